// The CreateDistribution request (botocore lightsail 2016-11-28 model, newest members), declared
// once as data. The engine walks it; value rules hang off the members they check. Facts and
// sources: shared spec/create-distribution.md §2-§3.

#include "shape.hpp"

#include <string_view>

namespace sailcheck::detail {
namespace {

using enum rule_id;
using sv = std::string_view;

// ---- enums of the model ----
constexpr sv k_regions[] = {"us-east-1",      "us-east-2",      "us-west-1",      "us-west-2",
                            "eu-west-1",      "eu-west-2",      "eu-west-3",      "eu-central-1",
                            "eu-north-1",     "eu-south-2",     "ca-central-1",   "ap-east-1",
                            "ap-south-1",     "ap-southeast-1", "ap-southeast-2", "ap-northeast-1",
                            "ap-northeast-2", "ap-southeast-3", "ap-southeast-5", "sa-east-1"};
constexpr sv k_protocol_policies[] = {"http-only", "https-only"};
constexpr sv k_origin_ip_address_types[] = {"ipv4", "ipv6", "dualstack"};
constexpr sv k_behaviors[] = {"dont-cache", "cache"};
constexpr sv k_cookie_options[] = {"none", "allow-list", "all"};
constexpr sv k_header_options[] = {"none", "allow-list", "all"};
constexpr sv k_header_options_service[] = {"default"};  // LS4007 owns it
constexpr sv k_headers[] = {"Accept",
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
constexpr sv k_ip_address_types[] = {"dualstack", "ipv4", "ipv6"};
constexpr sv k_tls_versions[] = {"TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021"};

// ---- value rules attached to members ----
constexpr rule_id k_enum[] = {enum_value};
constexpr rule_id k_resource_name[] = {resource_name, name_period};
constexpr rule_id k_methods[] = {http_methods};
constexpr rule_id k_range[] = {number_range};
constexpr rule_id k_bundle[] = {empty_value, bundle_id};
constexpr rule_id k_tag_key[] = {tag_key_format, tag_reserved_prefix};
constexpr rule_id k_tag_value[] = {tag_value_format, tag_reserved_prefix};
constexpr rule_id k_path[] = {path_format, path_wildcard};

// ---- origin ----
constexpr shape_node origin_name = string(field::origin_name, k_resource_name);
constexpr shape_node region_name = enum_string(k_regions, field::origin_region_name, k_enum);
constexpr shape_node protocol_policy =
    enum_string(k_protocol_policies, field::origin_protocol_policy, k_enum);
constexpr shape_node response_timeout =
    integer(int_width::int32, field::origin_response_timeout, k_range);
constexpr shape_node origin_ip_address_type =
    enum_string(k_origin_ip_address_types, field::origin_ip_address_type, k_enum);
constexpr member_spec k_origin_members[] = {
    member("name", origin_name, member_needed),
    member("regionName", region_name, member_needed),
    member("protocolPolicy", protocol_policy),
    member("responseTimeout", response_timeout),
    member("ipAddressType", origin_ip_address_type),
};
constexpr shape_node origin = object(k_origin_members, field::origin, "origin");

// ---- defaultCacheBehavior ----
constexpr shape_node default_behavior = enum_string(k_behaviors, field::default_behavior, k_enum);
constexpr member_spec k_default_cache_behavior_members[] = {
    member("behavior", default_behavior, member_needed),
};
constexpr shape_node default_cache_behavior =
    object(k_default_cache_behavior_members, field::default_cache_behavior, "defaultCacheBehavior");

// ---- cacheBehaviorSettings ----
constexpr shape_node ttl_default = integer(int_width::int64, field::default_ttl, k_range);
constexpr shape_node ttl_minimum = integer(int_width::int64, field::minimum_ttl, k_range);
constexpr shape_node ttl_maximum = integer(int_width::int64, field::maximum_ttl, k_range);
constexpr shape_node allowed_methods = string(field::allowed_methods, k_methods);
constexpr shape_node cached_methods = string(field::cached_methods, k_methods);

constexpr shape_node cookie_name = string(field::none);
constexpr shape_node cookie_option = enum_string(k_cookie_options, field::cookies_option, k_enum);
constexpr shape_node cookies_allow_list = array_of(cookie_name, field::cookies_allow_list);
constexpr member_spec k_cookie_members[] = {
    member("option", cookie_option),
    member("cookiesAllowList", cookies_allow_list),
};
constexpr shape_node forwarded_cookies =
    object(k_cookie_members, field::forwarded_cookies, "forwardedCookies");

constexpr shape_node header_option =
    enum_string(k_header_options, field::headers_option, k_enum, k_header_options_service);
constexpr shape_node header_name = enum_string(k_headers, field::none, k_enum);
constexpr shape_node headers_allow_list = array_of(header_name, field::headers_allow_list);
constexpr member_spec k_header_members[] = {
    member("option", header_option),
    member("headersAllowList", headers_allow_list),
};
constexpr shape_node forwarded_headers =
    object(k_header_members, field::forwarded_headers, "forwardedHeaders");

constexpr shape_node query_string_name = string(field::none);
constexpr shape_node query_string_option = boolean(field::query_strings_option);
constexpr shape_node query_strings_allow_list =
    array_of(query_string_name, field::query_strings_allow_list);
constexpr member_spec k_query_string_members[] = {
    member("option", query_string_option),
    member("queryStringsAllowList", query_strings_allow_list),
};
constexpr shape_node forwarded_query_strings =
    object(k_query_string_members, field::forwarded_query_strings, "forwardedQueryStrings");

constexpr member_spec k_cache_settings_members[] = {
    member("defaultTTL", ttl_default),
    member("minimumTTL", ttl_minimum),
    member("maximumTTL", ttl_maximum),
    member("allowedHTTPMethods", allowed_methods),
    member("cachedHTTPMethods", cached_methods),
    member("forwardedCookies", forwarded_cookies),
    member("forwardedHeaders", forwarded_headers),
    member("forwardedQueryStrings", forwarded_query_strings),
};
constexpr shape_node cache_behavior_settings =
    object(k_cache_settings_members, field::cache_behavior_settings, "cacheBehaviorSettings");

// ---- cacheBehaviors ----
constexpr shape_node path_pattern = string(field::none, k_path);
constexpr shape_node path_behavior = enum_string(k_behaviors, field::none, k_enum);
constexpr member_spec k_cache_behavior_members[] = {
    member("path", path_pattern, member_needed),
    member("behavior", path_behavior, member_needed),
};
constexpr shape_node cache_behavior =
    object(k_cache_behavior_members, field::none, "cache behavior");
constexpr shape_node cache_behaviors = array_of(cache_behavior, field::cache_behaviors);

// ---- tags ----
constexpr shape_node tag_key = string(field::none, k_tag_key);
constexpr shape_node tag_value = string(field::none, k_tag_value);
constexpr member_spec k_tag_members[] = {
    member("key", tag_key, member_needed),
    member("value", tag_value, tag_value_format),
};
constexpr shape_node tag = object(k_tag_members, field::none, "tag");
constexpr shape_node tags = array_of(tag, field::tags);

// ---- the request ----
constexpr shape_node distribution_name = string(field::distribution_name, k_resource_name);
constexpr shape_node bundle = string(field::bundle_id, k_bundle);
constexpr shape_node ip_address_type =
    enum_string(k_ip_address_types, field::ip_address_type, k_enum);
constexpr shape_node certificate_name = string(field::certificate_name, k_resource_name);
constexpr shape_node viewer_minimum_tls =
    enum_string(k_tls_versions, field::viewer_minimum_tls, k_enum);
constexpr member_spec k_request_members[] = {
    member("distributionName", distribution_name, required_member),
    member("origin", origin, required_member),
    member("defaultCacheBehavior", default_cache_behavior, required_member),
    member("cacheBehaviorSettings", cache_behavior_settings),
    member("cacheBehaviors", cache_behaviors),
    member("bundleId", bundle, required_member),
    member("tags", tags),
    member("ipAddressType", ip_address_type),
    member("certificateName", certificate_name),
    member("viewerMinimumTlsProtocolVersion", viewer_minimum_tls),
};
constexpr shape_node request = object(k_request_members, field::root, "request");

}  // namespace

const shape_node& request_shape() noexcept { return request; }

}  // namespace sailcheck::detail

namespace sailcheck::rules {

std::string_view pointer_of(field f) noexcept {
  switch (f) {
    case field::root:
      return "";
    case field::distribution_name:
      return "/distributionName";
    case field::origin:
      return "/origin";
    case field::origin_name:
      return "/origin/name";
    case field::origin_region_name:
      return "/origin/regionName";
    case field::origin_protocol_policy:
      return "/origin/protocolPolicy";
    case field::origin_response_timeout:
      return "/origin/responseTimeout";
    case field::origin_ip_address_type:
      return "/origin/ipAddressType";
    case field::default_cache_behavior:
      return "/defaultCacheBehavior";
    case field::default_behavior:
      return "/defaultCacheBehavior/behavior";
    case field::cache_behavior_settings:
      return "/cacheBehaviorSettings";
    case field::allowed_methods:
      return "/cacheBehaviorSettings/allowedHTTPMethods";
    case field::cached_methods:
      return "/cacheBehaviorSettings/cachedHTTPMethods";
    case field::default_ttl:
      return "/cacheBehaviorSettings/defaultTTL";
    case field::minimum_ttl:
      return "/cacheBehaviorSettings/minimumTTL";
    case field::maximum_ttl:
      return "/cacheBehaviorSettings/maximumTTL";
    case field::forwarded_cookies:
      return "/cacheBehaviorSettings/forwardedCookies";
    case field::cookies_option:
      return "/cacheBehaviorSettings/forwardedCookies/option";
    case field::cookies_allow_list:
      return "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList";
    case field::forwarded_headers:
      return "/cacheBehaviorSettings/forwardedHeaders";
    case field::headers_option:
      return "/cacheBehaviorSettings/forwardedHeaders/option";
    case field::headers_allow_list:
      return "/cacheBehaviorSettings/forwardedHeaders/headersAllowList";
    case field::forwarded_query_strings:
      return "/cacheBehaviorSettings/forwardedQueryStrings";
    case field::query_strings_option:
      return "/cacheBehaviorSettings/forwardedQueryStrings/option";
    case field::query_strings_allow_list:
      return "/cacheBehaviorSettings/forwardedQueryStrings/queryStringsAllowList";
    case field::cache_behaviors:
      return "/cacheBehaviors";
    case field::bundle_id:
      return "/bundleId";
    case field::tags:
      return "/tags";
    case field::ip_address_type:
      return "/ipAddressType";
    case field::certificate_name:
      return "/certificateName";
    case field::viewer_minimum_tls:
      return "/viewerMinimumTlsProtocolVersion";
    case field::none:
      break;
  }
  return "";
}

}  // namespace sailcheck::rules
