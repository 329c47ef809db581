#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sailcheck::rules {

/// The members of the request that occur at most once (not inside an array). The walk records
/// the state of each, so cross-field rules read them without searching the document again.
enum class field : std::uint8_t {
  root,
  distribution_name,
  origin,
  origin_name,
  origin_region_name,
  origin_protocol_policy,
  origin_response_timeout,
  origin_ip_address_type,
  default_cache_behavior,
  default_behavior,
  cache_behavior_settings,
  allowed_methods,
  cached_methods,
  default_ttl,
  minimum_ttl,
  maximum_ttl,
  forwarded_cookies,
  cookies_option,
  cookies_allow_list,
  forwarded_headers,
  headers_option,
  headers_allow_list,
  forwarded_query_strings,
  query_strings_option,
  query_strings_allow_list,
  cache_behaviors,
  bundle_id,
  tags,
  ip_address_type,
  certificate_name,
  viewer_minimum_tls,
  none,  // a node that is not a singleton field (array items and their members)
};

inline constexpr std::size_t k_field_count = static_cast<std::size_t>(field::none);

/// The field's JSON Pointer, e.g. "/cacheBehaviorSettings/minimumTTL".
std::string_view pointer_of(field f) noexcept;

}  // namespace sailcheck::rules
