#include "format/formatters.hpp"

#include "text.hpp"

#include <fmt/format.h>

#include <ostream>

namespace sailcheck::detail {
namespace {

// Pointers and file names come from the input: keep them printable on a terminal line.
std::string printable(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

class concise_formatter final : public formatter {
 public:
  explicit concise_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    const std::string file = printable(fr.file);
    std::string buf;
    for (const diagnostic& d : fr.report.diagnostics) {
      fmt::format_to(std::back_inserter(buf), "{}:{}:{}: {}: {}: {} [{} {}]\n", file,
                     d.begin.line, d.begin.column, to_string(d.severity),
                     d.pointer.empty() ? std::string("(root)") : printable(d.pointer), d.message,
                     d.code, d.name);
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
