#pragma once

#include <cstddef>
#include <cstdint>

namespace sailcheck::rules {

/// Every rule of the set, in code order; the registry (registry.cpp) lists them in this order
/// and a test checks that the two agree.
enum class rule_id : std::uint8_t {
  json_syntax,                 // LS0001
  duplicate_key,               // LS0002
  input_limit,                 // LS0003
  internal_error,              // LS0004
  stale_suppression,           // LS0005
  findings_capped,             // LS0006
  required_member,             // LS1001
  unknown_member,              // LS1002
  type_mismatch,               // LS1003
  member_needed,               // LS1004
  not_a_request,               // LS1005
  enum_value,                  // LS2001
  resource_name,               // LS2002
  http_methods,                // LS2003
  number_range,                // LS2004
  empty_value,                 // LS2005
  name_period,                 // LS2006
  tag_key_format,              // LS2010
  tag_value_format,            // LS2011
  tag_reserved_prefix,         // LS2012
  path_format,                 // LS2020
  path_wildcard,               // LS2021
  bundle_id,                   // LS2030
  min_ttl_all_headers,         // LS3001
  ttl_order,                   // LS3002
  cached_methods_subset,       // LS3003
  allow_list_missing,          // LS3004
  allow_list_ignored,          // LS3005
  duplicate_tag_key,           // LS3006
  too_many_tags,               // LS3007
  duplicate_path,              // LS3008
  duplicate_item,              // LS3009
  nothing_cached,              // LS4001
  ineffective_cache_settings,  // LS4002
  redundant_path_behavior,     // LS4003
  unsafe_methods,              // LS4004
  forward_all_headers,         // LS4005
  per_user_cache_key,          // LS4006
  non_model_header_option,     // LS4007
  tls_without_certificate,     // LS4008
  weak_tls,                    // LS4009
  ipv6_distribution,           // LS4010
  default_protocol_policy,     // LS4011
  quota,                       // LS4012
  tag_key_case_collision,      // LS4013
};

inline constexpr std::size_t k_rule_count =
    static_cast<std::size_t>(rule_id::tag_key_case_collision) + 1;

constexpr std::size_t to_index(rule_id id) noexcept { return static_cast<std::size_t>(id); }

}  // namespace sailcheck::rules
