#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P8: default cache with every cookie forwarded.
const std::string k_p8 = spec_payload("p8");

constexpr std::string_view k_cookies = "/cacheBehaviorSettings/forwardedCookies/option";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders/headersAllowList";

std::string headers(std::string_view list) { return patch(p4(), k_headers, list); }
std::string all_cookies(std::string_view doc) {
  return patch(doc, "/cacheBehaviorSettings/forwardedCookies", R"({"option":"all"})");
}
std::string nothing_cached(std::string_view doc) {
  return patch(doc, {{"/defaultCacheBehavior/behavior", R"("dont-cache")"},
                     {"/cacheBehaviors", R"([{"path":"api/*","behavior":"dont-cache"}])"}});
}

SAILCHECK_RULE_CASES(
    per_user_cache_key_test, "LS4006",
    // valid
    rule_case{"p1_no_settings", std::string(p1()), {}},
    rule_case{"p4_allow_lists", std::string(p4()), {}},
    rule_case{"p5_allow_lists", std::string(p5()), {}},
    rule_case{"cookies_none", patch(k_p8, k_cookies, R"("none")"), {}},
    rule_case{"all_cookies_but_nothing_cached", nothing_cached(k_p8), {}},
    rule_case{"authorization_but_nothing_cached",
              nothing_cached(headers(R"(["Host","Authorization"])")),
              {}},
    // invalid: all cookies
    rule_case{"p8_all_cookies_default_cache", std::string(k_p8), {std::string(k_cookies)}},
    rule_case{"all_cookies_with_a_cached_path",
              patch(nothing_cached(k_p8), "/cacheBehaviors/-",
                    R"({"path":"static/*","behavior":"cache"})"),
              {std::string(k_cookies)}},
    rule_case{"all_cookies_with_default_unreadable_but_a_cached_path",
              patch(k_p8, {{"/defaultCacheBehavior/behavior", R"("Cache")"},
                           {"/cacheBehaviors", R"([{"path":"static/*","behavior":"cache"}])"}}),
              {std::string(k_cookies)}},
    // invalid: Authorization in the header allow list
    rule_case{"authorization_item",
              headers(R"(["Host","Authorization"])"),
              {std::string(k_headers) + "/1"}},
    rule_case{"authorization_repeated_reported_once",
              headers(R"(["Authorization","Host","Authorization"])"),
              {std::string(k_headers) + "/0"}},
    rule_case{"authorization_with_option_absent",
              patch(headers(R"(["Authorization"])"),
                    "/cacheBehaviorSettings/forwardedHeaders/option", ""),
              {std::string(k_headers) + "/0"}},
    rule_case{"both_reported",
              all_cookies(headers(R"(["Authorization"])")),
              {std::string(k_cookies), std::string(k_headers) + "/0"}},
    // no cascades
    owned_by("authorization_lower_case_is_ls2001_only", headers(R"(["authorization"])"), "LS2001",
             {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList/0"}),
    owned_by("authorization_ignored_by_option_none_is_ls3005s",
             patch(headers(R"(["Authorization"])"),
                   "/cacheBehaviorSettings/forwardedHeaders/option", R"("none")"),
             "LS3005", {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList"}),
    owned_by("authorization_under_option_all_is_ls4005s",
             patch(headers(R"(["Authorization"])"),
                   "/cacheBehaviorSettings/forwardedHeaders/option", R"("all")"),
             "LS4005", {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    owned_by("header_item_wrong_type_is_ls1003_only", headers(R"([1, "Host"])"), "LS1003",
             {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList/0"}),
    owned_by("header_list_wrong_type_is_ls1003_only", headers(R"("Authorization")"), "LS1003",
             {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList"}),
    owned_by("cookies_option_wrong_type_is_ls1003_only", patch(k_p8, k_cookies, "true"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/option"}),
    owned_by("cookies_option_upper_case_is_ls2001_only", patch(k_p8, k_cookies, R"("ALL")"),
             "LS2001", {"/cacheBehaviorSettings/forwardedCookies/option"}));

TEST(per_user_cache_key, cookie_message) {
  report r = check(k_p8);
  const diagnostic* d = first(r, "LS4006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "forwarding all cookies to cached content makes each visitor's cookies part of the "
            "cache key, so cached responses are effectively per user; use 'allow-list' with only "
            "the cookies the origin varies on");
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(per_user_cache_key, authorization_message) {
  report r = check(headers(R"(["Host","Authorization"])"));
  const diagnostic* d = first(r, "LS4006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'Authorization' in headersAllowList makes each user's credentials part of the cache "
            "key, so cached responses are effectively per user; remove it, or serve the "
            "authenticated paths with 'dont-cache'");
}

}  // namespace
}  // namespace sailcheck::test
