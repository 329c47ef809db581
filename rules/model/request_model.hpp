#pragma once

// The request model's facts, in one place: the enums, the documented value sets, the lengths and
// ranges, and which SDK model has which enum value. The shape declaration (rules/shape.cpp), the
// rules that check these facts and the JSON Schema generator (src/schema.cpp) all read them from
// here, so the schema cannot drift from what the linter reports. Sources: shared
// spec/create-distribution.md §2-§3 (botocore lightsail 2016-11-28, newest model; Debian 12's
// python3-botocore 1.29.27 for the older model).

#include <sailcheck/options.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sailcheck::rules::model {

using sv = std::string_view;

/// A value of an enum that not every SDK model has: it is in the models from `since` on.
struct enum_addition {
  sv value;
  target_model since;
};

// ---- enums (model order) ----
inline constexpr std::array<sv, 20> k_regions = {
    "us-east-1",      "us-east-2",      "us-west-1",      "us-west-2",      "eu-west-1",
    "eu-west-2",      "eu-west-3",      "eu-central-1",   "eu-north-1",     "eu-south-2",
    "ca-central-1",   "ap-east-1",      "ap-south-1",     "ap-southeast-1", "ap-southeast-2",
    "ap-northeast-1", "ap-northeast-2", "ap-southeast-3", "ap-southeast-5", "sa-east-1"};
/// The regions botocore 1.29's RegionName enum lacks (added 2025-08 to 2026-06).
inline constexpr std::array<enum_addition, 5> k_region_additions = {{
    {"eu-south-2", target_model::latest},
    {"ap-east-1", target_model::latest},
    {"ap-southeast-3", target_model::latest},
    {"ap-southeast-5", target_model::latest},
    {"sa-east-1", target_model::latest},
}};
inline constexpr std::array<sv, 2> k_protocol_policies = {"http-only", "https-only"};
inline constexpr std::array<sv, 3> k_origin_ip_address_types = {"ipv4", "ipv6", "dualstack"};
inline constexpr std::array<sv, 2> k_behaviors = {"dont-cache", "cache"};
inline constexpr std::array<sv, 3> k_cookie_options = {"none", "allow-list", "all"};
inline constexpr std::array<sv, 3> k_header_options = {"none", "allow-list", "all"};
/// Accepted by the service though absent from the model (LS4007 reports it, LS2001 does not).
inline constexpr std::array<sv, 1> k_header_options_service = {"default"};
inline constexpr std::array<sv, 15> k_headers = {"Accept",
                                                 "Accept-Charset",
                                                 "Accept-Datetime",
                                                 "Accept-Encoding",
                                                 "Accept-Language",
                                                 "Authorization",
                                                 "CloudFront-Forwarded-Proto",
                                                 "CloudFront-Is-Desktop-Viewer",
                                                 "CloudFront-Is-Mobile-Viewer",
                                                 "CloudFront-Is-SmartTV-Viewer",
                                                 "CloudFront-Is-Tablet-Viewer",
                                                 "CloudFront-Viewer-Country",
                                                 "Host",
                                                 "Origin",
                                                 "Referer"};
inline constexpr std::array<sv, 3> k_ip_address_types = {"dualstack", "ipv4", "ipv6"};
/// `ipv6` joined the top-level IpAddressType enum in 2024-05, after botocore 1.29.
inline constexpr std::array<enum_addition, 1> k_ip_address_type_additions = {{
    {"ipv6", target_model::latest},
}};
inline constexpr std::array<sv, 4> k_tls_versions = {"TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019",
                                                     "TLSv1.2_2021"};

// ---- documented value sets ----
/// `allowedHTTPMethods` and `cachedHTTPMethods`: the API reference's exact strings (CacheSettings).
inline constexpr std::array<sv, 3> k_allowed_methods = {"GET,HEAD", "GET,HEAD,OPTIONS",
                                                        "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE"};
inline constexpr std::array<sv, 2> k_cached_methods = {"GET,HEAD", "GET,HEAD,OPTIONS"};
/// The known distribution bundles (GetDistributionBundles can add more: LS2030 is a warning).
inline constexpr std::array<sv, 3> k_bundles = {"small_1_0", "medium_1_0", "large_1_0"};

// ---- lengths (in characters, that is code points) and ranges ----
/// Resource names (ResourceName): the user guide's limit; the model's pattern has none.
inline constexpr std::size_t k_resource_name_max_length = 255;
inline constexpr std::size_t k_tag_key_max_chars = 128;
inline constexpr std::size_t k_tag_value_max_chars = 256;
/// CloudFront's path-pattern limit.
inline constexpr std::size_t k_path_max_length = 255;
inline constexpr std::int64_t k_response_timeout_min = 1;
inline constexpr std::int64_t k_response_timeout_max = 60;
inline constexpr std::int64_t k_response_timeout_default = 30;
inline constexpr std::int64_t k_ttl_min = 0;
/// The punctuation a path pattern may have besides ASCII letters and digits (CloudFront).
inline constexpr sv k_path_punctuation = "_-.*?$/~\"'@:+&";
/// The punctuation tag keys and values may have besides Unicode letters, numbers and spaces.
inline constexpr sv k_tag_punctuation = "+-=._:/@";
/// The prefix AWS reserves for its own tag keys and values, in any letter case.
inline constexpr sv k_reserved_tag_prefix = "aws:";

}  // namespace sailcheck::rules::model
