#include <sailcheck/linter.hpp>

#include "parse.hpp"
#include "policy.hpp"
#include "registry.hpp"
#include "report_builder.hpp"
#include "rule_selection.hpp"
#include "walk.hpp"

#include <fmt/format.h>
#include <boost/json/monotonic_resource.hpp>

#include <algorithm>
#include <string>

#ifndef SAILCHECK_VERSION
#define SAILCHECK_VERSION "0.0.0"
#endif

namespace sailcheck {
namespace {

using detail::omitted_counts;
using detail::pending_finding;
using rules::rule_id;

constexpr std::string_view k_target_model_names[] = {"latest", "botocore-1.29"};

}  // namespace

std::string_view version() noexcept { return SAILCHECK_VERSION; }

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
  if (auto failed = detail::select_severities(opts, l.severities_, l.target_model_,
                                              l.policy_severity_overridden_))
    return *failed;
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
    f.message =
        rules::internal_error_message(detail::info_of(rule_id::not_a_request).code, e.what());
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
      return detail::finish(pending, severities_, std::nullopt, limits_);
    detail::walker w(severities_, std::nullopt, rules::registry(), limits_.max_findings_per_rule);
    w.set_target_model(target_model_);
    w.run(document);
    auto& found = w.findings();
    if (pending.empty())
      pending = std::move(found);
    else
      std::move(found.begin(), found.end(), std::back_inserter(pending));
    omitted_counts omitted = w.omitted();
    if (!policies_) return detail::finish(pending, severities_, std::nullopt, limits_, omitted);
    detail::severity_table table = severities_;
    run_policies(*policies_, policy_severity_overridden_, document, limits_.max_findings_per_rule,
                 table, pending, omitted[rules::to_index(rule_id::policy)]);
    return detail::finish(pending, table, std::nullopt, limits_, omitted);
  } catch (const std::exception& e) {
    return detail::engine_failure(e.what());
  }
}

report linter::check_text(std::string_view text) const {
  try {
    return check_text_unguarded(text);
  } catch (const std::exception& e) {
    return detail::engine_failure(e.what());
  }
}

report linter::check_text_unguarded(std::string_view text) const {
  // Parse, walk and throw away: a stack buffer serves typical payloads without the heap.
  unsigned char buffer[16 * 1024];
  boost::json::monotonic_resource arena(buffer, sizeof buffer);
  detail::parse_result parsed = detail::parse(text, limits_, &arena);
  const bool unique_keys = parsed.duplicates.empty() && parsed.duplicates_omitted == 0;
  std::vector<pending_finding> pending;
  omitted_counts omitted{};
  if (severities_[rules::to_index(rule_id::duplicate_key)] != severity::off) {
    if (!parsed.duplicates.empty()) pending = detail::duplicate_findings(parsed.duplicates, text);
    omitted[rules::to_index(rule_id::duplicate_key)] = parsed.duplicates_omitted;
  }
  if (parsed.failure) {
    rules::input_finding f = rules::parse_failure_finding(text, *parsed.failure, limits_);
    pending_finding p{f.rule, std::move(f.pointer)};
    p.message = std::move(f.message);
    p.begin = f.offset;
    p.end = f.offset + f.length;
    pending.push_back(std::move(p));
    return detail::finish(pending, severities_, text, limits_, omitted);
  }
  if (recognised_as_other_document(parsed.document, severities_, pending))
    return detail::finish(pending, severities_, text, limits_, omitted);
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
    return detail::finish(pending, severities_, text, limits_, omitted, unique_keys);
  }
  detail::severity_table table = severities_;
  run_policies(*policies_, policy_severity_overridden_, parsed.document,
               limits_.max_findings_per_rule, table, pending,
               omitted[rules::to_index(rule_id::policy)]);
  if (pending.empty()) return {};
  return detail::finish(pending, table, text, limits_, omitted, unique_keys);
}

}  // namespace sailcheck
