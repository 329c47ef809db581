#include "rule_selection.hpp"

#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <sailcheck/linter.hpp>

#include <fmt/format.h>

#include <array>
#include <string>
#include <tuple>
#include <vector>

namespace sailcheck {
namespace {

using rules::rule_id;

struct rule_info_table {
  std::array<const rule_info*, rules::k_rule_count> infos{};
  rule_info_table() {
    auto reg = rules::registry();
    for (std::size_t i = 0; i < reg.size(); ++i) infos[i] = &reg[i]->info();
  }
};

const rule_info_table& info_table() {
  static const rule_info_table table;
  return table;
}

// Input rules: without them a broken file would pass, so they cannot be turned off. Nor can the
// cap's count: without it a capped report would look complete.
bool always_on(rule_id id) noexcept {
  return id == rule_id::json_syntax || id == rule_id::input_limit ||
         id == rule_id::internal_error || id == rule_id::findings_capped;
}

// Resolves a rule selector: code, name, code prefix ("LS4", "LS40"), or "ALL".
std::vector<std::size_t> match_rules(std::string_view selector) {
  std::vector<std::size_t> out;
  auto infos = all_rules();
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const rule_info& r = *infos[i];
    if (selector == "ALL" || r.code == selector || r.name == selector ||
        (selector.size() >= 3 && selector.size() < r.code.size() && r.code.starts_with(selector)))
      out.push_back(i);
  }
  return out;
}

std::string_view why_always_on(rule_id id) noexcept {
  return id == rule_id::findings_capped ? "without it a capped report would look complete"
                                        : "without it an unreadable payload would pass";
}

// An older target turns LS5001 on before select, ignore and severities apply, so that those can
// still choose its level or turn it off like any other rule's.
void apply_target_model(detail::severity_table& severities, target_model& stored,
                        target_model chosen) noexcept {
  stored = chosen;
  if (chosen != target_model::latest)
    severities[rules::to_index(rule_id::newer_than_target_model)] = severity::error;
}

config_error unknown_rule(std::string_view selector) {
  std::vector<std::string_view> names;
  for (const rule_info* r : all_rules()) names.push_back(r->name);
  // Quoted and escaped: the selector comes from a command line or a file, and reaches terminals.
  std::string message = fmt::format("unknown rule {}", detail::quote(selector));
  if (auto near = detail::closest(selector, names, 3))
    message += fmt::format("; did you mean '{}' ({})?", names[*near], all_rules()[*near]->code);
  return {message};
}

}  // namespace

std::span<const rule_info* const> all_rules() noexcept { return info_table().infos; }

const rule_info* find_rule(std::string_view code_or_name) noexcept {
  for (const rule_info* r : all_rules())
    if (r->code == code_or_name || r->name == code_or_name) return r;
  return nullptr;
}

namespace detail {

const rule_info& info_of(rule_id id) noexcept { return *info_table().infos[rules::to_index(id)]; }

std::optional<config_error> select_severities(const options& opts, severity_table& severities,
                                              target_model& model, bool& policy_overridden) {
  apply_target_model(severities, model, opts.target_model);
  auto infos = all_rules();
  if (!opts.select.empty()) {
    std::array<bool, std::tuple_size_v<severity_table>> selected{};
    for (const std::string& s : opts.select) {
      auto matched = match_rules(s);
      if (matched.empty()) return unknown_rule(s);
      for (std::size_t i : matched) selected[i] = true;
    }
    for (std::size_t i = 0; i < infos.size(); ++i)
      if (!selected[i] && !always_on(static_cast<rule_id>(i))) severities[i] = severity::off;
  }
  for (const std::string& s : opts.ignore) {
    auto matched = match_rules(s);
    if (matched.empty()) return unknown_rule(s);
    for (std::size_t i : matched) {
      if (!always_on(static_cast<rule_id>(i))) {
        severities[i] = severity::off;
      } else if (matched.size() == 1) {
        return config_error{fmt::format("rule {} ({}) cannot be ignored: {}", infos[i]->code,
                                        infos[i]->name, why_always_on(static_cast<rule_id>(i)))};
      }
    }
  }
  for (const auto& [s, level] : opts.severities) {
    auto matched = match_rules(s);
    if (matched.empty()) return unknown_rule(s);
    for (std::size_t i : matched) {
      if (static_cast<rule_id>(i) == rule_id::findings_capped) {
        if (matched.size() == 1)
          return config_error{fmt::format(
              "rule {} ({}) cannot be given a severity: it takes that of the most severe "
              "finding it counts",
              infos[i]->code, infos[i]->name)};
        continue;
      }
      if (level == severity::off && always_on(static_cast<rule_id>(i))) {
        if (matched.size() == 1)
          return config_error{
              fmt::format("rule {} ({}) cannot be turned off", infos[i]->code, infos[i]->name)};
        continue;
      }
      if (static_cast<rule_id>(i) == rule_id::policy) policy_overridden = true;
      severities[i] = level;
    }
  }
  return std::nullopt;
}

}  // namespace detail
}  // namespace sailcheck
