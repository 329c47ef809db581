#include <sailcheck/format.hpp>
#include <sailcheck/linter.hpp>

#include "text.hpp"

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

namespace sailcheck {
namespace {

namespace json = boost::json;

// Pointers and file names come from the input: keep them printable on a terminal line.
std::string printable(std::string_view s) {
  std::string out;
  detail::append_escaped(out, s);
  return out;
}

json::object position_fields(const diagnostic& d) {
  json::object o;
  o["line"] = d.begin.line;
  o["column"] = d.begin.column;
  o["endLine"] = d.end.line;
  o["endColumn"] = d.end.column;
  o["offset"] = d.begin.offset;
  return o;
}

}  // namespace

json::object fix_to_json(const fix& f) {
  json::object o;
  if (f.op == fix::operation::move) {
    o["op"] = "move";
    o["from"] = f.from;
    o["path"] = f.path;
  } else {
    o["op"] = "replace";
    o["path"] = f.path;
    o["value"] = f.value;
  }
  o["description"] = f.description;
  return o;
}

std::string format_concise(const std::vector<file_report>& files) {
  std::string out;
  for (const file_report& fr : files) {
    const std::string file = printable(fr.file);
    for (const diagnostic& d : fr.report.diagnostics) {
      fmt::format_to(std::back_inserter(out), "{}:{}:{}: {}: {}: {} [{} {}]\n", file, d.begin.line,
                     d.begin.column, to_string(d.severity),
                     d.pointer.empty() ? std::string("(root)") : printable(d.pointer), d.message,
                     d.code, d.name);
    }
  }
  return out;
}

std::string format_json(const std::vector<file_report>& files) {
  json::object root;
  root["schemaVersion"] = 1;
  root["tool"] = json::object{{"name", "sailcheck"}, {"version", version()}};
  json::array diagnostics;
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const file_report& fr : files) {
    errors += fr.report.count(severity::error);
    warnings += fr.report.count(severity::warning);
    infos += fr.report.count(severity::info);
    for (const diagnostic& d : fr.report.diagnostics) {
      json::object o;
      o["file"] = detail::to_valid_utf8(fr.file);
      o["code"] = d.code;
      o["name"] = d.name;
      o["severity"] = to_string(d.severity);
      o["pointer"] = d.pointer;
      for (auto& kv : position_fields(d)) o[kv.key()] = kv.value();
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
      diagnostics.push_back(std::move(o));
    }
  }
  root["diagnostics"] = std::move(diagnostics);
  root["summary"] = json::object{
      {"files", files.size()}, {"errors", errors}, {"warnings", warnings}, {"infos", infos}};
  std::string out = json::serialize(root);
  out += '\n';
  return out;
}

}  // namespace sailcheck
