#include "registry.hpp"

#include <array>

namespace sailcheck::rules {

std::span<const detail::rule* const> registry() noexcept {
  // Sorted by code, in the order of rule_id; a test checks both.
  static const std::array<const detail::rule*, k_rule_count> k_rules = {
      &json_syntax(),
      &duplicate_key(),
      &input_limit(),
      &internal_error(),
      &stale_suppression(),
      &findings_capped(),
      &required_member(),
      &unknown_member(),
      &type_mismatch(),
      &member_needed(),
      &not_a_request(),
      &enum_value(),
      &resource_name(),
      &http_methods(),
      &number_range(),
      &empty_value(),
      &name_period(),
      &tag_key_format(),
      &tag_value_format(),
      &tag_reserved_prefix(),
      &path_format(),
      &path_wildcard(),
      &bundle_id(),
      &min_ttl_all_headers(),
      &ttl_order(),
      &cached_methods_subset(),
      &allow_list_missing(),
      &allow_list_ignored(),
      &duplicate_tag_key(),
      &too_many_tags(),
      &duplicate_path(),
      &duplicate_item(),
      &nothing_cached(),
      &ineffective_cache_settings(),
      &redundant_path_behavior(),
      &unsafe_methods(),
      &forward_all_headers(),
      &per_user_cache_key(),
      &non_model_header_option(),
      &tls_without_certificate(),
      &weak_tls(),
      &ipv6_distribution(),
      &default_protocol_policy(),
      &quota(),
      &tag_key_case_collision(),
  };
  return k_rules;
}

const detail::rule& rule_of(rule_id id) noexcept { return *registry()[to_index(id)]; }

}  // namespace sailcheck::rules
