#include <sailcheck/format.hpp>
#include <sailcheck/linter.hpp>

#include "format/formatters.hpp"

#include <array>
#include <sstream>

#ifndef SAILCHECK_DOCS_URL
#define SAILCHECK_DOCS_URL "https://github.com/sailcheck/sailcheck/blob/main/docs/rules.md"
#endif

namespace sailcheck {
namespace {

constexpr std::array<std::string_view, 7> k_format_names = {"text",  "concise", "json", "jsonl",
                                                            "sarif", "github",  "junit"};

}  // namespace

std::string_view to_string(output_format f) noexcept {
  return k_format_names[static_cast<std::size_t>(f)];
}

std::optional<output_format> parse_output_format(std::string_view name) noexcept {
  for (std::size_t i = 0; i < k_format_names.size(); ++i)
    if (k_format_names[i] == name) return static_cast<output_format>(i);
  return std::nullopt;
}

std::span<const std::string_view> output_format_names() noexcept { return k_format_names; }

std::string_view rule_category(std::string_view code) noexcept {
  switch (code.size() > 2 ? code[2] : ' ') {
    case '0':
      return "input";
    case '1':
      return "structure";
    case '2':
      return "values";
    case '3':
      return "cross-field";
    case '4':
      return "best-practice";
    case '5':
      return "compatibility";
    case '9':
      return "policy";
    default:
      return "other";
  }
}

std::string rule_help_uri(const rule_info& r) {
  // GitHub's heading anchors are the heading lower-cased with spaces as hyphens.
  std::string uri = SAILCHECK_DOCS_URL "#";
  for (char c : r.code) uri += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  uri += '-';
  uri += r.name;
  return uri;
}

std::unique_ptr<formatter> make_formatter(output_format format, std::ostream& out,
                                          const format_options& options) {
  switch (format) {
    case output_format::text:
      return detail::make_text_formatter(out, options);
    case output_format::concise:
      return detail::make_concise_formatter(out, options);
    case output_format::json:
      return detail::make_json_formatter(out, options);
    case output_format::jsonl:
      return detail::make_jsonl_formatter(out, options);
    case output_format::sarif:
      return detail::make_sarif_formatter(out, options);
    case output_format::github:
      return detail::make_github_formatter(out, options);
    case output_format::junit:
      return detail::make_junit_formatter(out, options);
  }
  return detail::make_concise_formatter(out, options);
}

std::string format_report(output_format format, std::span<const file_report> files,
                          const format_options& options) {
  std::ostringstream out;
  auto f = make_formatter(format, out, options);
  for (const file_report& fr : files) f->add(fr);
  f->finish();
  return std::move(out).str();
}

std::string format_concise(const std::vector<file_report>& files) {
  return format_report(output_format::concise, files);
}

std::string format_json(const std::vector<file_report>& files) {
  return format_report(output_format::json, files);
}

boost::json::object fix_to_json(const fix& f) {
  boost::json::object o;
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

}  // namespace sailcheck
