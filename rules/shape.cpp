// The CreateDistribution request (botocore lightsail 2016-11-28 model, newest members), declared
// once as data. The engine walks it; value rules hang off the members they check. Facts and
// sources: shared spec/create-distribution.md §2-§3.

#include "shape.hpp"

#include <string_view>

namespace sailcheck::detail {
namespace {

using enum rule_id;

// ---- enums of the model (rules/model/request_model.hpp) ----
using namespace rules::model;  // NOLINT(google-build-using-namespace): the model's facts, here only

// ---- value rules attached to members ----
constexpr rule_id k_enum[] = {enum_value};
constexpr rule_id k_resource_name[] = {resource_name, name_period};
constexpr rule_id k_methods[] = {http_methods};
constexpr rule_id k_range[] = {number_range};
constexpr rule_id k_bundle[] = {empty_value, bundle_id};
constexpr rule_id k_tag_key[] = {tag_key_format, tag_reserved_prefix};
constexpr rule_id k_tag_value[] = {tag_value_format, tag_reserved_prefix};
constexpr rule_id k_path[] = {path_format, path_wildcard};

// The descriptions are the model's documentation, shortened; they become the JSON Schema's.

// ---- origin ----
constexpr shape_node origin_name =
    string(field::origin_name, k_resource_name)
        .described(
            "The name of the origin resource: a Lightsail instance, bucket, container "
            "service or load balancer.");
constexpr shape_node region_name = enum_string(k_regions, field::origin_region_name, k_enum)
                                       .with_additions(k_region_additions)
                                       .described("The AWS Region name of the origin resource.");
constexpr shape_node protocol_policy =
    enum_string(k_protocol_policies, field::origin_protocol_policy, k_enum)
        .described(
            "The protocol the distribution uses to pull content from the origin "
            "(default http-only).");
constexpr shape_node response_timeout =
    integer(int_width::int32, field::origin_response_timeout, k_range)
        .described(
            "Seconds the distribution waits for a response from the origin: 1 to 60, "
            "default 30.");
constexpr shape_node origin_ip_address_type =
    enum_string(k_origin_ip_address_types, field::origin_ip_address_type, k_enum)
        .described("The IP address type the distribution uses to reach the origin.");
constexpr member_spec k_origin_members[] = {
    member("name", origin_name, member_needed),
    member("regionName", region_name, member_needed),
    member("protocolPolicy", protocol_policy),
    added_in(member("responseTimeout", response_timeout), target_model::latest),
    added_in(member("ipAddressType", origin_ip_address_type), target_model::latest),
};
constexpr shape_node origin =
    object(k_origin_members, field::origin, "origin")
        .described("The origin resource of the distribution: where it gets its content.");

// ---- defaultCacheBehavior ----
constexpr shape_node default_behavior =
    enum_string(k_behaviors, field::default_behavior, k_enum)
        .described(
            "cache: cache every request, unless a cache behavior overrides it; "
            "dont-cache: cache only what the cache behaviors name.");
constexpr member_spec k_default_cache_behavior_members[] = {
    member("behavior", default_behavior, member_needed),
};
constexpr shape_node default_cache_behavior =
    object(k_default_cache_behavior_members, field::default_cache_behavior, "defaultCacheBehavior")
        .described("The default cache behavior of the distribution.");

// ---- cacheBehaviorSettings ----
constexpr shape_node ttl_default =
    integer(int_width::int64, field::default_ttl, k_range)
        .described(
            "Seconds content stays cached when the origin sends no cache headers "
            "(default 86400). Only a JSON integer: 86400.0 is not one.");
constexpr shape_node ttl_minimum =
    integer(int_width::int64, field::minimum_ttl, k_range)
        .described(
            "The fewest seconds content stays cached (default 0); must be 0 when all "
            "headers are forwarded.");
constexpr shape_node ttl_maximum =
    integer(int_width::int64, field::maximum_ttl, k_range)
        .described("The most seconds content stays cached (default 31536000).");
constexpr shape_node allowed_methods =
    string(field::allowed_methods, k_methods)
        .described(
            "The HTTP methods the distribution processes and forwards to the origin, "
            "written exactly as documented.");
constexpr shape_node cached_methods =
    string(field::cached_methods, k_methods)
        .described(
            "The HTTP methods whose responses are cached, written exactly as "
            "documented.");

constexpr shape_node cookie_name =
    string(field::none).described("A cookie name; '*' and '?' are wildcards.");
constexpr shape_node cookie_option =
    enum_string(k_cookie_options, field::cookies_option, k_enum)
        .described("Which cookies are forwarded to the origin and key the cache.");
constexpr shape_node cookies_allow_list =
    array_of(cookie_name, field::cookies_allow_list)
        .described("The cookies forwarded when option is allow-list.");
constexpr member_spec k_cookie_members[] = {
    member("option", cookie_option),
    member("cookiesAllowList", cookies_allow_list),
};
constexpr shape_node forwarded_cookies =
    object(k_cookie_members, field::forwarded_cookies, "forwardedCookies")
        .described("The cookies forwarded to the origin and cached.");

constexpr shape_node header_option =
    enum_string(k_header_options, field::headers_option, k_enum, k_header_options_service)
        .described(
            "Which headers are forwarded to the origin and key the cache. 'default' is "
            "accepted by the service but absent from the model.");
constexpr shape_node header_name =
    enum_string(k_headers, field::none, k_enum)
        .described("A header name, exactly as listed (case-sensitive).");
constexpr shape_node headers_allow_list =
    array_of(header_name, field::headers_allow_list)
        .described("The headers forwarded when option is allow-list.");
constexpr member_spec k_header_members[] = {
    member("option", header_option),
    member("headersAllowList", headers_allow_list),
};
constexpr shape_node forwarded_headers =
    object(k_header_members, field::forwarded_headers, "forwardedHeaders")
        .described("The headers forwarded to the origin and cached.");

constexpr shape_node query_string_name = string(field::none).described("A query string name.");
constexpr shape_node query_string_option =
    boolean(field::query_strings_option)
        .described("Whether query strings are forwarded to the origin (a JSON boolean).");
constexpr shape_node query_strings_allow_list =
    array_of(query_string_name, field::query_strings_allow_list)
        .described("The query strings that key the cache when option is true.");
constexpr member_spec k_query_string_members[] = {
    member("option", query_string_option),
    member("queryStringsAllowList", query_strings_allow_list),
};
constexpr shape_node forwarded_query_strings =
    object(k_query_string_members, field::forwarded_query_strings, "forwardedQueryStrings")
        .described("The query strings forwarded to the origin and cached.");

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
    object(k_cache_settings_members, field::cache_behavior_settings, "cacheBehaviorSettings")
        .described("Cache settings that apply to every behavior whose behavior is cache.");

// ---- cacheBehaviors ----
constexpr shape_node path_pattern =
    string(field::none, k_path)
        .described("The URL path the behavior applies to; '*' matches any characters.");
constexpr shape_node path_behavior = enum_string(k_behaviors, field::none, k_enum)
                                         .described("Whether requests for the path are cached.");
constexpr member_spec k_cache_behavior_members[] = {
    member("path", path_pattern, member_needed),
    member("behavior", path_behavior, member_needed),
};
constexpr shape_node cache_behavior =
    object(k_cache_behavior_members, field::none, "cache behavior")
        .described("A behavior that overrides the default one for a path.");
constexpr shape_node cache_behaviors =
    array_of(cache_behavior, field::cache_behaviors)
        .described("Per-path overrides of the default cache behavior.");

// ---- tags ----
constexpr shape_node tag_key =
    string(field::none, k_tag_key)
        .described(
            "1 to 128 Unicode letters, numbers, spaces and + - = . _ : / @; not starting "
            "with aws:.");
constexpr shape_node tag_value =
    string(field::none, k_tag_value)
        .described(
            "1 to 256 characters of the same set; CreateDistribution rejects a tag "
            "without a value.");
constexpr member_spec k_tag_members[] = {
    member("key", tag_key, member_needed),
    member("value", tag_value, tag_value_format),
};
constexpr shape_node tag = object(k_tag_members, field::none, "tag").described("A tag.");
constexpr shape_node tags =
    array_of(tag, field::tags).described("Tags for the distribution: at most 50, unique keys.");

// ---- the request ----
constexpr shape_node distribution_name =
    string(field::distribution_name, k_resource_name).described("The name of the distribution.");
constexpr shape_node bundle =
    string(field::bundle_id, k_bundle)
        .described("The bundle of the distribution, an id from GetDistributionBundles.");
constexpr shape_node ip_address_type =
    enum_string(k_ip_address_types, field::ip_address_type, k_enum)
        .with_additions(k_ip_address_type_additions)
        .described("The IP address type of the distribution (default dualstack).");
constexpr shape_node certificate_name =
    string(field::certificate_name, k_resource_name)
        .described("The name of the Lightsail certificate to attach to the distribution.");
constexpr shape_node viewer_minimum_tls =
    enum_string(k_tls_versions, field::viewer_minimum_tls, k_enum)
        .described("The minimum TLS protocol version for the certificate.");
constexpr member_spec k_request_members[] = {
    member("distributionName", distribution_name, required_member),
    member("origin", origin, required_member),
    member("defaultCacheBehavior", default_cache_behavior, required_member),
    member("cacheBehaviorSettings", cache_behavior_settings),
    member("cacheBehaviors", cache_behaviors),
    member("bundleId", bundle, required_member),
    member("tags", tags),
    member("ipAddressType", ip_address_type),
    added_in(member("certificateName", certificate_name), target_model::latest),
    added_in(member("viewerMinimumTlsProtocolVersion", viewer_minimum_tls), target_model::latest),
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
