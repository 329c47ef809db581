// One JSON object per line, for `grep`, `jq -c` and log pipelines: each line is exactly a
// diagnostic object of the json format, and a file that could not be checked is the line
// {"file":"…","toolError":"…"}, at its place in file order. No envelope, no summary line.
#include "format/formatters.hpp"

#include "format/json_writer.hpp"

#include <ostream>

namespace sailcheck::detail {
namespace {

class jsonl_formatter final : public formatter {
 public:
  explicit jsonl_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    std::string buf;
    if (!fr.tool_error.empty()) {
      buf += "{\"file\":";
      append_json_string(buf, fr.file);
      buf += ",\"toolError\":";
      append_json_string(buf, fr.tool_error);
      buf += "}\n";
    }
    for (const diagnostic& d : fr.report.diagnostics) {
      append_json_diagnostic(buf, fr.file, d);
      buf += '\n';
    }
    out_ << buf;
  }

  void finish() override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<formatter> make_jsonl_formatter(std::ostream& out, const format_options&) {
  return std::make_unique<jsonl_formatter>(out);
}

}  // namespace sailcheck::detail
