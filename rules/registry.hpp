#pragma once

// The rule set's one explicit list (registry.cpp) and each rule's accessor (its own file).

#include "rule.hpp"

#include <sailcheck/options.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sailcheck::detail {
struct parse_failure;
}  // namespace sailcheck::detail

namespace sailcheck::rules {

/// Every rule, sorted by code; index i is `rule_id(i)`.
std::span<const detail::rule* const> registry() noexcept;

const detail::rule& rule_of(rule_id id) noexcept;

// One accessor per rule, defined in the rule's own file.
#define SAILCHECK_RULE(code, identifier) const detail::rule& identifier();
#include "rules.def"
#undef SAILCHECK_RULE

/// A finding of an input rule at a byte range the parse stage found.
struct input_finding {
  rule_id rule;
  std::size_t offset;  ///< the first byte to underline
  std::size_t length;
  std::string pointer;
  std::string message;
};

/// LS0001's finding for text that failed to parse (LS0003's for nesting beyond the depth limit
/// or an input over the size limit), worded from the parse stage's facts.
input_finding parse_failure_finding(std::string_view text, const detail::parse_failure& failure,
                                    const limits& lim);

/// LS0003's message for an input over `lim.max_input_bytes`: with its real size when known (a
/// reader that stopped at the limit knows it from the file system, the parser does not).
std::string input_size_message(std::optional<std::size_t> size, const limits& lim);
/// LS0003's message for nesting deeper than `lim.max_depth`.
std::string nesting_message(const limits& lim);

// Messages of the input rules, whose findings the parse stage and the engine make.
std::string duplicate_key_message(std::string_view key);
std::string internal_error_message(std::string_view failed_rule, std::string_view what);

/// How many findings of one rule a cap left out.
struct omitted_findings {
  rule_id rule;
  std::size_t count;
};
/// LS0006's message: how many findings were left out, of which rules, under which caps (0: none).
std::string findings_capped_message(std::span<const omitted_findings> omitted, std::size_t per_rule,
                                    std::size_t per_check);

/// LS1005's recognition, which the engine runs before the walk: when `document` is recognisably
/// another kind of file (a CloudFormation template, Terraform JSON, a CreateDistribution or
/// GetDistributions response) and has none of the request's own top-level members, the message
/// that names it; otherwise nothing, and the document is checked as a request.
std::optional<std::string> not_a_request_message(const boost::json::value& document);

}  // namespace sailcheck::rules
