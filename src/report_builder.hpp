#pragma once

// The report from the pending findings: severities, positions from the text, order, caps.

#include "parse.hpp"
#include "walk.hpp"

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/options.hpp>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

/// How many findings of each rule the caps left out.
using omitted_counts = std::array<std::size_t, rules::k_rule_count>;

/// LS0002 findings at the member names the parser saw: found by their object rather than by
/// pointer, since the pointer of a key inside a repeated parent names two places.
std::vector<pending_finding> duplicate_findings(std::vector<parsed_duplicate>& dups,
                                                std::string_view text);

/// The report of `pending` (consumed): severities from `severities` unless a finding has its
/// own, positions from `text` when there is one (one locate pass), report order, then the caps
/// of `lim` with LS0006 counting what they and `omitted` left out. `unique_keys`: the parser
/// found no repeated member name in `text`, so locating can stop early.
report finish(std::vector<pending_finding>& pending, const severity_table& severities,
              std::optional<std::string_view> text, const limits& lim,
              const omitted_counts& omitted = {}, bool unique_keys = false);

/// The engine's own failure (memory exhaustion, a bug) as one LS0004 finding.
report engine_failure(const char* what);

}  // namespace sailcheck::detail
