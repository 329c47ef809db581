#include "format/formatters.hpp"

#include <sailcheck/linter.hpp>

#include "text.hpp"

#include <boost/json/serialize.hpp>

#include <ostream>

namespace sailcheck::detail {
namespace {

namespace json = boost::json;

class json_formatter final : public formatter {
 public:
  explicit json_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    ++files_;
    errors_ += fr.report.count(severity::error);
    warnings_ += fr.report.count(severity::warning);
    infos_ += fr.report.count(severity::info);
    for (const diagnostic& d : fr.report.diagnostics) {
      json::object o;
      o["file"] = to_valid_utf8(fr.file);
      o["code"] = d.code;
      o["name"] = d.name;
      o["severity"] = to_string(d.severity);
      o["pointer"] = d.pointer;
      o["line"] = d.begin.line;
      o["column"] = d.begin.column;
      o["endLine"] = d.end.line;
      o["endColumn"] = d.end.column;
      o["offset"] = d.begin.offset;
      o["message"] = d.message;
      if (d.fix) o["fix"] = fix_to_json(*d.fix);
      if (!d.related.empty()) {
        json::array related;
        for (const related_location& r : d.related)
          related.push_back(json::object{{"pointer", r.pointer},
                                         {"line", r.position.line},
                                         {"column", r.position.column},
                                         {"offset", r.position.offset},
                                         {"message", r.message}});
        o["related"] = std::move(related);
      }
      diagnostics_.push_back(std::move(o));
    }
  }

  void finish() override {
    json::object root;
    root["schemaVersion"] = 1;
    root["tool"] = json::object{{"name", "sailcheck"}, {"version", version()}};
    root["diagnostics"] = std::move(diagnostics_);
    root["summary"] = json::object{
        {"files", files_}, {"errors", errors_}, {"warnings", warnings_}, {"infos", infos_}};
    out_ << json::serialize(root) << '\n';
  }

 private:
  std::ostream& out_;
  json::array diagnostics_;
  std::size_t files_ = 0, errors_ = 0, warnings_ = 0, infos_ = 0;
};

}  // namespace

std::unique_ptr<formatter> make_json_formatter(std::ostream& out, const format_options&) {
  return std::make_unique<json_formatter>(out);
}

}  // namespace sailcheck::detail
