// The stable envelope (schemaVersion 1), streamed:
//   {"schemaVersion":1,"tool":{"name":"sailcheck","version":"…"},"diagnostics":[
//   ...each file's diagnostics as the file arrives...
//   ],"toolErrors":[{"file":"…","message":"…"}],"summary":{"files":N,"errors":N,"warnings":N,
//   "infos":N}}
// One document, compact, ending in '\n'. Tool errors are kept until the end (they are few and
// small) because the envelope lists them after the diagnostics.
#include "format/formatters.hpp"

#include <sailcheck/linter.hpp>

#include "format/json_writer.hpp"

#include <ostream>

namespace sailcheck::detail {
namespace {

class json_formatter final : public formatter {
 public:
  explicit json_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    std::string buf;
    start(buf);
    ++files_;
    errors_ += fr.report.count(severity::error);
    warnings_ += fr.report.count(severity::warning);
    infos_ += fr.report.count(severity::info);
    for (const diagnostic& d : fr.report.diagnostics) {
      if (any_diagnostic_) buf += ',';
      any_diagnostic_ = true;
      append_json_diagnostic(buf, fr.file, d);
    }
    if (!fr.tool_error.empty()) {
      if (!tool_errors_.empty()) tool_errors_ += ',';
      tool_errors_ += "{\"file\":";
      append_json_string(tool_errors_, fr.file);
      tool_errors_ += ",\"message\":";
      append_json_string(tool_errors_, fr.tool_error);
      tool_errors_ += '}';
    }
    out_ << buf;
  }

  void finish() override {
    std::string buf;
    start(buf);
    buf += "],\"toolErrors\":[";
    buf += tool_errors_;
    buf += "],\"summary\":{\"files\":";
    append_json_number(buf, files_);
    buf += ",\"errors\":";
    append_json_number(buf, errors_);
    buf += ",\"warnings\":";
    append_json_number(buf, warnings_);
    buf += ",\"infos\":";
    append_json_number(buf, infos_);
    buf += "}}\n";
    out_ << buf;
  }

 private:
  // The opening part goes out with the first file, or with finish when there is none.
  void start(std::string& buf) {
    if (started_) return;
    started_ = true;
    buf += "{\"schemaVersion\":1,\"tool\":{\"name\":\"sailcheck\",\"version\":";
    append_json_string(buf, version());
    buf += "},\"diagnostics\":[";
  }

  std::ostream& out_;
  bool started_ = false;
  bool any_diagnostic_ = false;
  std::string tool_errors_;  ///< the objects of "toolErrors", comma-separated
  std::size_t files_ = 0, errors_ = 0, warnings_ = 0, infos_ = 0;
};

}  // namespace

std::unique_ptr<formatter> make_json_formatter(std::ostream& out, const format_options&) {
  return std::make_unique<json_formatter>(out);
}

}  // namespace sailcheck::detail
