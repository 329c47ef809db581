#pragma once

// The rule set's one explicit list (registry.cpp) and each rule's accessor (its own file).

#include "rule.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sailcheck::rules {

/// Every rule, sorted by code; index i is `rule_id(i)`.
std::span<const detail::rule* const> registry() noexcept;

const detail::rule& rule_of(rule_id id) noexcept;

const detail::rule& json_syntax();
const detail::rule& duplicate_key();
const detail::rule& input_limit();
const detail::rule& internal_error();
const detail::rule& stale_suppression();
const detail::rule& findings_capped();
const detail::rule& required_member();
const detail::rule& unknown_member();
const detail::rule& type_mismatch();
const detail::rule& member_needed();
const detail::rule& not_a_request();
const detail::rule& enum_value();
const detail::rule& resource_name();
const detail::rule& http_methods();
const detail::rule& number_range();
const detail::rule& empty_value();
const detail::rule& name_period();
const detail::rule& tag_key_format();
const detail::rule& tag_value_format();
const detail::rule& tag_reserved_prefix();
const detail::rule& path_format();
const detail::rule& path_wildcard();
const detail::rule& bundle_id();
const detail::rule& min_ttl_all_headers();
const detail::rule& ttl_order();
const detail::rule& cached_methods_subset();
const detail::rule& allow_list_missing();
const detail::rule& allow_list_ignored();
const detail::rule& duplicate_tag_key();
const detail::rule& too_many_tags();
const detail::rule& duplicate_path();
const detail::rule& duplicate_item();
const detail::rule& nothing_cached();
const detail::rule& ineffective_cache_settings();
const detail::rule& redundant_path_behavior();
const detail::rule& unsafe_methods();
const detail::rule& forward_all_headers();
const detail::rule& per_user_cache_key();
const detail::rule& non_model_header_option();
const detail::rule& tls_without_certificate();
const detail::rule& weak_tls();
const detail::rule& ipv6_distribution();
const detail::rule& default_protocol_policy();
const detail::rule& quota();
const detail::rule& tag_key_case_collision();

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
