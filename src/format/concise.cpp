// One gcc-style line per finding, the default when standard output is not a terminal:
//   FILE:LINE:COL: SEVERITY: /pointer: MESSAGE [CODE name]
// followed by one line per related location:
//   FILE:LINE:COL: note: /pointer: MESSAGE
// `(root)` stands for the empty pointer. File names and pointers are escaped with
// `append_escaped`; messages are sentences the rules already quoted, so only what must never
// reach a terminal raw is escaped in them.
#include "format/formatters.hpp"

#include "format/terminal.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <iterator>
#include <ostream>

namespace sailcheck::detail {
namespace {

void append_pointer(std::string& out, std::string_view pointer) {
  if (pointer.empty())
    out += "(root)";
  else
    append_escaped(out, pointer);
}

void append_location(std::string& out, std::string_view file, const source_position& at,
                     std::string_view label, std::string_view pointer) {
  out += file;
  fmt::format_to(std::back_inserter(out), ":{}:{}: {}: ", at.line, at.column, label);
  append_pointer(out, pointer);
  out += ": ";
}

class concise_formatter final : public formatter {
 public:
  explicit concise_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    if (fr.report.diagnostics.empty()) return;
    std::string file;
    append_escaped(file, fr.file);
    std::string buf;
    for (const diagnostic& d : fr.report.diagnostics) {
      append_location(buf, file, d.begin, to_string(d.severity), d.pointer);
      append_printable(buf, d.message);
      fmt::format_to(std::back_inserter(buf), " [{} {}]\n", d.code, d.name);
      for (const related_location& r : d.related) {
        append_location(buf, file, r.position, "note", r.pointer);
        append_printable(buf, r.message);
        buf += '\n';
      }
    }
    out_ << buf;
  }
  void finish() override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<formatter> make_concise_formatter(std::ostream& out, const format_options&) {
  return std::make_unique<concise_formatter>(out);
}

}  // namespace sailcheck::detail
