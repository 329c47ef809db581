#include "cli/explain.hpp"

#include "policy/policy.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <sailcheck/sailcheck.hpp>

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include <ostream>
#include <vector>

namespace sailcheck::cli {
namespace {

// Indents every line of a (possibly multi-line) example.
std::string indented(std::string_view text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

// What the rule's own bad example gives, with only that rule running: the fix it offers.
std::vector<diagnostic> example_findings(const rule_info& r) {
  options o;
  o.select = {std::string(r.code)};
  // LS0006 counts what a cap leaves out: its example shows LS0002's repeats with a cap of 1.
  if (r.code == "LS0006") {
    o.select.emplace_back("LS0002");
    o.limits.max_findings_per_rule = 1;
  }
  // LS5001 is off unless a target model older than `latest` is chosen: show it with one.
  if (r.code == "LS5001") o.target_model = target_model::botocore_1_29;
  // LS9001's examples are checked against the example policy its rationale shows.
  if (r.code == "LS9001")
    o.policies.push_back({.schema_text = std::string(rules::policy_example_schema())});
  auto lint = linter::create(o);
  if (!lint || r.example_bad.empty()) return {};
  report rep = lint->check_text(r.example_bad);
  std::erase_if(rep.diagnostics, [&](const diagnostic& d) { return d.code != r.code; });
  return std::move(rep.diagnostics);
}

}  // namespace

int list_rules(std::ostream& out, std::ostream&, const arguments& a) {
  if (a.format == output_format::json) {
    boost::json::array rules;
    for (const rule_info* r : all_rules())
      rules.push_back(boost::json::object{{"code", r->code},
                                          {"name", r->name},
                                          {"category", rule_category(r->code)},
                                          {"severity", to_string(r->default_severity)},
                                          {"summary", r->summary},
                                          {"helpUri", rule_help_uri(*r)}});
    out << boost::json::serialize(rules) << '\n';
    return 0;
  }
  out << fmt::format("{:<6}  {:<27} {:<8} {:<14} {}\n", "code", "name", "default", "category",
                     "summary");
  for (const rule_info* r : all_rules())
    out << fmt::format("{:<6}  {:<27} {:<8} {:<14} {}\n", r->code, r->name,
                       to_string(r->default_severity), rule_category(r->code), r->summary);
  return 0;
}

int explain_rule(std::ostream& out, std::ostream& err, std::string_view name) {
  const rule_info* r = find_rule(name);
  if (r == nullptr) {
    std::vector<std::string_view> names;
    std::vector<std::string_view> codes;
    for (const rule_info* info : all_rules()) {
      names.push_back(info->name);
      codes.push_back(info->code);
    }
    std::string message = fmt::format("unknown rule {}", detail::quote(name));
    if (auto near = detail::closest(name, names, 3))
      message += fmt::format("; did you mean '{}' ({})?", names[*near], codes[*near]);
    else if (auto near_code = detail::closest(name, codes, 1))
      message += fmt::format("; did you mean {} ({})?", codes[*near_code], names[*near_code]);
    err << "sailcheck: " << message << "\ntry 'sailcheck --list-rules'\n";
    return 2;
  }
  out << fmt::format("{} {} ({}, default severity {})\n\n", r->code, r->name,
                     rule_category(r->code), to_string(r->default_severity));
  out << r->summary << ".\n\n" << r->rationale << "\n";
  if (!r->example_bad.empty()) out << "\nReported:\n\n" << indented(r->example_bad) << "\n";
  for (const diagnostic& d : example_findings(*r)) {
    out << fmt::format("\n  -> {}: {}\n", d.pointer.empty() ? "(root)" : d.pointer, d.message);
    if (d.fix) {
      const fix& f = *d.fix;
      if (f.op == fix::operation::move)
        out << fmt::format("     fix: move {} to {} ({})\n", f.from, f.path, f.description);
      else
        out << fmt::format("     fix: replace {} with {} ({})\n", f.path,
                           boost::json::serialize(f.value), f.description);
    }
  }
  if (!r->example_good.empty()) out << "\nNot reported:\n\n" << indented(r->example_good) << "\n";
  out << "\nDocumentation: " << rule_help_uri(*r) << "\n";
  return 0;
}

}  // namespace sailcheck::cli
