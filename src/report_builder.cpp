#include "report_builder.hpp"

#include "json_pointer.hpp"
#include "registry.hpp"
#include "rule_selection.hpp"
#include "source_map.hpp"
#include "text.hpp"

#include <sailcheck/linter.hpp>

#include <algorithm>
#include <string>

namespace sailcheck::detail {
namespace {

using rules::rule_id;

// By offset, then code, then pointer. Without text every offset is 0, so the order is the
// rule's code and then document order.
void sort_diagnostics(std::vector<diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const diagnostic& a, const diagnostic& b) {
    if (a.begin.offset != b.begin.offset) return a.begin.offset < b.begin.offset;
    if (a.code != b.code) return a.code < b.code;
    return pointer_less(a.pointer, b.pointer);
  });
}

std::size_t index_of(std::string_view code) noexcept {
  auto infos = all_rules();
  for (std::size_t i = 0; i < infos.size(); ++i)
    if (infos[i]->code == code) return i;
  return rules::to_index(rule_id::internal_error);
}

// Keeps the first `lim.max_findings` of the sorted report and adds LS0006 with every count the
// caps left out, at the severity of the most severe of them, so that capping never changes
// whether a run fails.
void apply_caps(report& r, omitted_counts omitted, const severity_table& severities,
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
  const rule_info& info = info_of(rule_id::findings_capped);
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

}  // namespace

// LS0002 findings at the member names the parser saw: found by their object rather than by
// pointer, since the pointer of a key inside a repeated parent names two places.
std::vector<pending_finding> duplicate_findings(std::vector<parsed_duplicate>& dups,
                                                std::string_view text) {
  std::vector<key_request> keys;
  keys.reserve(dups.size() * 2);
  for (const parsed_duplicate& d : dups) {
    keys.push_back({d.object_ordinal, d.key, d.occurrence});
    keys.push_back({d.object_ordinal, d.key, 0});
  }
  locate_keys(text, keys);
  std::vector<pending_finding> out;
  out.reserve(dups.size());
  for (std::size_t i = 0; i < dups.size(); ++i) {
    parsed_duplicate& d = dups[i];
    std::string pointer = std::move(d.object_pointer);
    pointer += '/';
    append_pointer_token(pointer, d.key);
    pending_finding f{rule_id::duplicate_key, pointer, target::key, d.occurrence};
    f.message = rules::duplicate_key_message(d.key);
    f.begin = keys[2 * i].begin == k_no_offset ? 0 : keys[2 * i].begin;
    f.end = keys[2 * i].begin == k_no_offset ? 0 : keys[2 * i].end;
    f.related.push_back({std::move(pointer), 0, "first occurrence",
                         keys[2 * i + 1].begin == k_no_offset ? 0 : keys[2 * i + 1].begin});
    out.push_back(std::move(f));
  }
  return out;
}

// Turns pending findings into diagnostics; with text, positions come from one locate pass.
report finish(std::vector<pending_finding>& pending, const severity_table& severities,
              std::optional<std::string_view> text, const limits& lim,
              const omitted_counts& omitted, bool unique_keys) {
  report r;
  r.diagnostics.reserve(pending.size());
  std::vector<locate_request> requests;
  const std::size_t npos = k_no_offset;
  if (text) {
    std::size_t wanted = 0;
    for (const pending_finding& p : pending)
      if (p.begin == npos) wanted += 1 + p.related.size();
    requests.reserve(wanted);
    for (const pending_finding& p : pending) {
      if (p.begin != npos) continue;
      requests.push_back({p.pointer, p.at == target::key, p.occurrence});
      for (const auto& rel : p.related) requests.push_back({rel.pointer, true, rel.occurrence});
    }
    locate(*text, requests, unique_keys);
  }
  std::size_t next = 0;
  std::vector<source_position*> positions;
  for (pending_finding& p : pending) {
    const rule_info& info = info_of(p.rule);
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
    compute_positions(*text, positions);
  }
  sort_diagnostics(r.diagnostics);
  apply_caps(r, omitted, severities, lim, text.has_value());
  return r;
}

// The engine's own failure (memory exhaustion, a bug) as a finding rather than an exception: a
// pre-flight check must not take its host down. Only when even this report cannot be built does
// the exception (then std::bad_alloc) reach the caller: an empty report would read as "valid".
report engine_failure(const char* what) {
  report r;
  const rule_info& info = info_of(rule_id::internal_error);
  diagnostic d;
  d.code = info.code;
  d.name = info.name;
  d.severity = severity::error;
  d.message = "sailcheck failed unexpectedly (" + quote(what) + "); the payload was not checked";
  r.diagnostics.push_back(std::move(d));
  return r;
}

}  // namespace sailcheck::detail
