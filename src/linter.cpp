#include <sailcheck/linter.hpp>

#include "json_pointer.hpp"
#include "parse.hpp"
#include "policy.hpp"
#include "registry.hpp"
#include "source_map.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "walk.hpp"

#include <fmt/format.h>
#include <boost/json/monotonic_resource.hpp>

#include <algorithm>
#include <array>
#include <string>

#ifndef SAILCHECK_VERSION
#define SAILCHECK_VERSION "0.0.0"
#endif

namespace sailcheck {
namespace {

using detail::pending_finding;
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
void apply_target_model(std::array<severity, 64>& severities, target_model& stored,
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

// By offset, then code, then pointer. Without text every offset is 0, so the order is the
// rule's code and then document order.
void sort_diagnostics(std::vector<diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const diagnostic& a, const diagnostic& b) {
    if (a.begin.offset != b.begin.offset) return a.begin.offset < b.begin.offset;
    if (a.code != b.code) return a.code < b.code;
    return detail::pointer_less(a.pointer, b.pointer);
  });
}

// LS0002 findings at the member names the parser saw: found by their object rather than by
// pointer, since the pointer of a key inside a repeated parent names two places.
std::vector<pending_finding> duplicate_findings(std::vector<detail::parsed_duplicate>& dups,
                                                std::string_view text) {
  std::vector<detail::key_request> keys;
  keys.reserve(dups.size() * 2);
  for (const detail::parsed_duplicate& d : dups) {
    keys.push_back({d.object_ordinal, d.key, d.occurrence});
    keys.push_back({d.object_ordinal, d.key, 0});
  }
  detail::locate_keys(text, keys);
  std::vector<pending_finding> out;
  out.reserve(dups.size());
  for (std::size_t i = 0; i < dups.size(); ++i) {
    detail::parsed_duplicate& d = dups[i];
    std::string pointer = std::move(d.object_pointer);
    pointer += '/';
    detail::append_pointer_token(pointer, d.key);
    pending_finding f{rule_id::duplicate_key, pointer, detail::target::key, d.occurrence};
    f.message = rules::duplicate_key_message(d.key);
    f.begin = keys[2 * i].begin == detail::k_no_offset ? 0 : keys[2 * i].begin;
    f.end = keys[2 * i].begin == detail::k_no_offset ? 0 : keys[2 * i].end;
    f.related.push_back({std::move(pointer), 0, "first occurrence",
                         keys[2 * i + 1].begin == detail::k_no_offset ? 0 : keys[2 * i + 1].begin});
    out.push_back(std::move(f));
  }
  return out;
}

using omitted_counts = std::array<std::size_t, rules::k_rule_count>;

std::size_t index_of(std::string_view code) noexcept {
  auto infos = all_rules();
  for (std::size_t i = 0; i < infos.size(); ++i)
    if (infos[i]->code == code) return i;
  return rules::to_index(rule_id::internal_error);
}

// Keeps the first `lim.max_findings` of the sorted report and adds LS0006 with every count the
// caps left out, at the severity of the most severe of them, so that capping never changes
// whether a run fails.
void apply_caps(report& r, omitted_counts omitted, const detail::severity_table& severities,
                const limits& lim, bool has_text) {
  severity worst = severity::off;
  for (std::size_t i = 0; i < omitted.size(); ++i)
    if (omitted[i] != 0) worst = std::max(worst, severities[i]);
  if (lim.max_findings != 0 && r.diagnostics.size() > lim.max_findings) {
    for (std::size_t i = lim.max_findings; i < r.diagnostics.size(); ++i) {
      const diagnostic& d = r.diagnostics[i];
      ++omitted[index_of(d.code)];
      worst = std::max(worst, d.severity);
    }
    r.diagnostics.resize(lim.max_findings);
  }
  std::vector<rules::omitted_findings> counts;
  for (std::size_t i = 0; i < omitted.size(); ++i)
    if (omitted[i] != 0) counts.push_back({static_cast<rule_id>(i), omitted[i]});
  if (counts.empty()) return;
  const rule_info& info = *info_table().infos[rules::to_index(rule_id::findings_capped)];
  diagnostic d;
  d.code = info.code;
  d.name = info.name;
  // Findings of rules set to `off` are never made, so `worst` is a real level here.
  d.severity = worst == severity::off ? info.default_severity : worst;
  d.message = rules::findings_capped_message(counts, lim.max_findings_per_rule, lim.max_findings);
  if (has_text) d.begin = d.end = {1, 1, 0};
  r.diagnostics.push_back(std::move(d));
  sort_diagnostics(r.diagnostics);
}

// Turns pending findings into diagnostics; with text, positions come from one locate pass.
report finish(std::vector<pending_finding>& pending, const detail::severity_table& severities,
              std::optional<std::string_view> text, const limits& lim,
              const omitted_counts& omitted = {}) {
  report r;
  r.diagnostics.reserve(pending.size());
  std::vector<detail::locate_request> requests;
  const std::size_t npos = detail::k_no_offset;
  if (text) {
    std::size_t wanted = 0;
    for (const pending_finding& p : pending)
      if (p.begin == npos) wanted += 1 + p.related.size();
    requests.reserve(wanted);
    for (const pending_finding& p : pending) {
      if (p.begin != npos) continue;
      requests.push_back(
          {detail::split_pointer(p.pointer), p.at == detail::target::key, p.occurrence});
      for (const auto& rel : p.related)
        requests.push_back({detail::split_pointer(rel.pointer), true, rel.occurrence});
    }
    detail::locate(*text, requests);
  }
  std::size_t next = 0;
  std::vector<source_position*> positions;
  for (pending_finding& p : pending) {
    const rule_info& info = *info_table().infos[rules::to_index(p.rule)];
    diagnostic d;
    d.code = info.code;
    d.name = info.name;
    d.severity = p.level != severity::off ? p.level : severities[rules::to_index(p.rule)];
    d.pointer = std::move(p.pointer);
    d.message = std::move(p.message);
    d.fix = std::move(p.fix);
    std::size_t begin = p.begin;
    std::size_t end = p.end;
    if (text && begin == npos) {
      begin = requests[next].begin;
      end = requests[next].end;
      ++next;
    }
    d.related.reserve(p.related.size());
    for (auto& rel : p.related) {
      related_location loc{std::move(rel.pointer), {}, std::move(rel.message)};
      if (text && p.begin == npos)
        loc.position.offset = requests[next++].begin;
      else if (text && rel.offset != npos)
        loc.position.offset = rel.offset;
      d.related.push_back(std::move(loc));
    }
    if (text) {
      // A pointer the scan could not find (it should not happen) points at the document.
      d.begin.offset = begin == npos ? 0 : begin;
      d.end.offset = end == npos ? d.begin.offset : end;
    }
    r.diagnostics.push_back(std::move(d));
  }
  if (text) {
    std::size_t count = 0;
    for (const diagnostic& d : r.diagnostics) count += 2 + d.related.size();
    positions.reserve(count);
    for (diagnostic& d : r.diagnostics) {
      positions.push_back(&d.begin);
      positions.push_back(&d.end);
      for (related_location& rel : d.related) {
        if (rel.position.offset == npos) rel.position.offset = 0;
        positions.push_back(&rel.position);
      }
    }
    detail::compute_positions(*text, positions);
  }
  sort_diagnostics(r.diagnostics);
  apply_caps(r, omitted, severities, lim, text.has_value());
  return r;
}

}  // namespace

std::span<const rule_info* const> all_rules() noexcept { return info_table().infos; }

const rule_info* find_rule(std::string_view code_or_name) noexcept {
  for (const rule_info* r : all_rules())
    if (r->code == code_or_name || r->name == code_or_name) return r;
  return nullptr;
}

std::string_view version() noexcept { return SAILCHECK_VERSION; }

namespace {
constexpr std::string_view k_target_model_names[] = {"latest", "botocore-1.29"};
}  // namespace

std::string_view to_string(target_model m) noexcept {
  return m == target_model::latest ? k_target_model_names[0] : k_target_model_names[1];
}

std::optional<target_model> parse_target_model(std::string_view name) noexcept {
  if (name == k_target_model_names[0]) return target_model::latest;
  if (name == k_target_model_names[1]) return target_model::botocore_1_29;
  return std::nullopt;
}

std::span<const std::string_view> target_model_names() noexcept { return k_target_model_names; }

linter::linter() noexcept {
  auto infos = all_rules();
  for (std::size_t i = 0; i < infos.size(); ++i) severities_[i] = infos[i]->default_severity;
}

boost::system::result<linter, config_error> linter::create(const options& opts) {
  linter l;
  // Boost.JSON's parser recurses once per nesting level, so the depth limit also bounds the
  // stack a check needs, including on the small stacks of a host program's threads.
  if (opts.limits.max_depth == 0 || opts.limits.max_depth > limits::k_max_depth_cap)
    return config_error{fmt::format("max_depth must be between 1 and {}, not {}",
                                    limits::k_max_depth_cap, opts.limits.max_depth)};
  l.limits_ = opts.limits;
  apply_target_model(l.severities_, l.target_model_, opts.target_model);
  auto infos = all_rules();
  if (!opts.select.empty()) {
    std::array<bool, k_max_rules> selected{};
    for (const std::string& s : opts.select) {
      auto matched = match_rules(s);
      if (matched.empty()) return unknown_rule(s);
      for (std::size_t i : matched) selected[i] = true;
    }
    for (std::size_t i = 0; i < infos.size(); ++i)
      if (!selected[i] && !always_on(static_cast<rule_id>(i))) l.severities_[i] = severity::off;
  }
  for (const std::string& s : opts.ignore) {
    auto matched = match_rules(s);
    if (matched.empty()) return unknown_rule(s);
    for (std::size_t i : matched) {
      if (!always_on(static_cast<rule_id>(i))) {
        l.severities_[i] = severity::off;
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
      if (static_cast<rule_id>(i) == rule_id::policy) l.policy_severity_overridden_ = true;
      l.severities_[i] = level;
    }
  }
  if (!opts.policies.empty()) {
    auto compiled = detail::policy_set::compile(opts.policies, opts.limits);
    if (!compiled) return compiled.error();
    l.policies_ = std::move(*compiled);
  }
  return l;
}

std::vector<std::string_view> linter::policy_names() const {
  std::vector<std::string_view> out;
  if (policies_)
    for (std::size_t i = 0; i < policies_->size(); ++i) out.push_back(policies_->name(i));
  return out;
}

severity linter::severity_of(std::string_view code) const noexcept {
  auto infos = all_rules();
  for (std::size_t i = 0; i < infos.size(); ++i)
    if (infos[i]->code == code || infos[i]->name == code) return severities_[i];
  return severity::off;
}

namespace {

// The engine's own failure (memory exhaustion, a bug) as a finding rather than an exception: a
// pre-flight check must not take its host down. Only when even this report cannot be built does
// the exception (then std::bad_alloc) reach the caller: an empty report would read as "valid".
report engine_failure(const char* what) {
  report r;
  const rule_info& info = *info_table().infos[rules::to_index(rule_id::internal_error)];
  diagnostic d;
  d.code = info.code;
  d.name = info.name;
  d.severity = severity::error;
  d.message =
      "sailcheck failed unexpectedly (" + detail::quote(what) + "); the payload was not checked";
  r.diagnostics.push_back(std::move(d));
  return r;
}

// LS1005 before the walk: a file that is recognisably another kind of document gets that one
// finding, and no other rule runs on it (true). A failure of the recognition is LS0004's, and
// the document is then checked as a request.
bool recognised_as_other_document(const boost::json::value& document,
                                  const detail::severity_table& severities,
                                  std::vector<pending_finding>& out) {
  if (severities[rules::to_index(rule_id::not_a_request)] == severity::off) return false;
  std::optional<std::string> message;
  try {
    message = rules::not_a_request_message(document);
  } catch (const std::exception& e) {
    pending_finding f{rule_id::internal_error, {}};
    f.message = rules::internal_error_message(
        info_table().infos[rules::to_index(rule_id::not_a_request)]->code, e.what());
    out.push_back(std::move(f));
    return false;
  }
  if (!message) return false;
  pending_finding f{rule_id::not_a_request, {}};
  f.message = std::move(*message);
  out.push_back(std::move(f));
  return true;
}

// LS9001 after the rules: each policy's findings at its own severity (unless a severity override
// named LS9001), under the same per-rule cap. `table` becomes the one the caps' count uses:
// LS9001 at the most severe level its findings can have.
void run_policies(const detail::policy_set& policies, bool overridden,
                  const boost::json::value& document, std::size_t per_rule_cap,
                  detail::severity_table& table, std::vector<pending_finding>& out,
                  std::size_t& omitted) {
  const std::size_t index = rules::to_index(rule_id::policy);
  if (table[index] == severity::off || !document.is_object()) return;
  std::vector<detail::policy_finding> found = policies.check(document);
  if (!overridden) {
    severity worst = severity::off;
    for (std::size_t i = 0; i < policies.size(); ++i) worst = std::max(worst, policies.level(i));
    table[index] = worst;
  }
  std::size_t kept = 0;
  for (detail::policy_finding& f : found) {
    if (per_rule_cap != 0 && kept == per_rule_cap) {
      ++omitted;
      continue;
    }
    ++kept;
    pending_finding p{rule_id::policy, std::move(f.pointer),
                      f.at_key ? detail::target::key : detail::target::value};
    p.message = std::move(f.message);
    if (!overridden) p.level = policies.level(f.policy);
    out.push_back(std::move(p));
  }
}

}  // namespace

report linter::check(const boost::json::value& document) const {
  try {
    std::vector<pending_finding> pending;
    if (recognised_as_other_document(document, severities_, pending))
      return finish(pending, severities_, std::nullopt, limits_);
    detail::walker w(severities_, std::nullopt, rules::registry(), limits_.max_findings_per_rule);
    w.set_target_model(target_model_);
    w.run(document);
    auto& found = w.findings();
    if (pending.empty())
      pending = std::move(found);
    else
      std::move(found.begin(), found.end(), std::back_inserter(pending));
    omitted_counts omitted = w.omitted();
    if (!policies_) return finish(pending, severities_, std::nullopt, limits_, omitted);
    detail::severity_table table = severities_;
    run_policies(*policies_, policy_severity_overridden_, document, limits_.max_findings_per_rule,
                 table, pending, omitted[rules::to_index(rule_id::policy)]);
    return finish(pending, table, std::nullopt, limits_, omitted);
  } catch (const std::exception& e) {
    return engine_failure(e.what());
  }
}

report linter::check_text(std::string_view text) const {
  try {
    return check_text_unguarded(text);
  } catch (const std::exception& e) {
    return engine_failure(e.what());
  }
}

report linter::check_text_unguarded(std::string_view text) const {
  // Parse, walk and throw away: a stack buffer serves typical payloads without the heap.
  unsigned char buffer[16 * 1024];
  boost::json::monotonic_resource arena(buffer, sizeof buffer);
  detail::parse_result parsed = detail::parse(text, limits_, &arena);
  std::vector<pending_finding> pending;
  omitted_counts omitted{};
  if (severities_[rules::to_index(rule_id::duplicate_key)] != severity::off) {
    if (!parsed.duplicates.empty()) pending = duplicate_findings(parsed.duplicates, text);
    omitted[rules::to_index(rule_id::duplicate_key)] = parsed.duplicates_omitted;
  }
  if (parsed.failure) {
    rules::input_finding f = rules::parse_failure_finding(text, *parsed.failure, limits_);
    pending_finding p{f.rule, std::move(f.pointer)};
    p.message = std::move(f.message);
    p.begin = f.offset;
    p.end = f.offset + f.length;
    pending.push_back(std::move(p));
    return finish(pending, severities_, text, limits_, omitted);
  }
  if (recognised_as_other_document(parsed.document, severities_, pending))
    return finish(pending, severities_, text, limits_, omitted);
  detail::walker w(severities_, text, rules::registry(), limits_.max_findings_per_rule);
  w.set_target_model(target_model_);
  w.run(parsed.document);
  auto& found = w.findings();
  if (pending.empty())
    pending = std::move(found);
  else
    std::move(found.begin(), found.end(), std::back_inserter(pending));
  for (std::size_t i = 0; i < omitted.size(); ++i) omitted[i] += w.omitted()[i];
  if (!policies_) {
    if (pending.empty()) return {};
    return finish(pending, severities_, text, limits_, omitted);
  }
  detail::severity_table table = severities_;
  run_policies(*policies_, policy_severity_overridden_, parsed.document,
               limits_.max_findings_per_rule, table, pending,
               omitted[rules::to_index(rule_id::policy)]);
  if (pending.empty()) return {};
  return finish(pending, table, text, limits_, omitted);
}

}  // namespace sailcheck
