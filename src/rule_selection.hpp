#pragma once

// Which rules run and at which severity: the linter's options resolved against the rule table.

#include "walk.hpp"

#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/rule_info.hpp>

#include <optional>

namespace sailcheck::detail {

/// The metadata of rule `id`, from the table all_rules() lists.
const rule_info& info_of(rules::rule_id id) noexcept;

/// Applies `opts` (target model, select, ignore, severities) to `severities`, which start at the
/// rules' defaults; `model` and `policy_overridden` (a severity given to LS9001) are set on the
/// way. The error names the selector that matches no rule, with a did-you-mean, or the input
/// rule that cannot be turned off.
std::optional<config_error> select_severities(const options& opts, severity_table& severities,
                                              target_model& model, bool& policy_overridden);

}  // namespace sailcheck::detail
