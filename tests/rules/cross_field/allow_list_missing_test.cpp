#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_cookies = "/cacheBehaviorSettings/forwardedCookies";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders";
const std::string k_at_cookies = "/cacheBehaviorSettings/forwardedCookies/option";
const std::string k_at_headers = "/cacheBehaviorSettings/forwardedHeaders/option";

std::string p4_cookies(std::string_view object_json) { return patch(p4(), k_cookies, object_json); }
std::string p4_headers(std::string_view object_json) { return patch(p4(), k_headers, object_json); }

SAILCHECK_RULE_CASES(
    allow_list_missing_test, "LS3004",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    rule_case{"p4_both_lists_given", std::string(p4()), {}},
    rule_case{"p5_both_lists_given", std::string(p5()), {}},
    rule_case{"cookies_none_without_list", p4_cookies(R"({"option":"none"})"), {}},
    rule_case{"cookies_all_without_list", p4_cookies(R"({"option":"all"})"), {}},
    rule_case{"headers_none_without_list", p4_headers(R"({"option":"none"})"), {}},
    rule_case{"options_omitted", patch(p4(), {{k_cookies, "{}"}, {k_headers, "{}"}}), {}},
    // items of the wrong type still make a non-empty list (LS1003 reports them)
    owned_by("cookies_list_of_numbers_is_ls1003_only",
             p4_cookies(R"({"option":"allow-list","cookiesAllowList":[1]})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/0"}),
    // LS2001 owns options outside the enum
    owned_by("option_case_slip_is_ls2001_only", p4_cookies(R"({"option":"Allow-List"})"), "LS2001",
             {"/cacheBehaviorSettings/forwardedCookies/option"}),
    // a list of the wrong type is LS1003 only
    owned_by("cookies_list_string_is_ls1003_only",
             p4_cookies(R"({"option":"allow-list","cookiesAllowList":"cookie1"})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList"}),
    owned_by("headers_list_null_is_ls1003_only",
             p4_headers(R"({"option":"allow-list","headersAllowList":null})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList"}),
    // a near-miss spelling of the list is LS1002 only: the author did write a list
    owned_by("cookies_list_near_miss_is_ls1002_only",
             p4_cookies(R"({"option":"allow-list","cookiesAlowList":["cookie1"]})"), "LS1002",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAlowList"}),
    owned_by("headers_list_case_slip_is_ls1002_only",
             p4_headers(R"({"option":"allow-list","HeadersAllowList":["Host"]})"), "LS1002",
             {"/cacheBehaviorSettings/forwardedHeaders/HeadersAllowList"}),
    owned_by("headers_list_near_miss_even_empty_is_ls1002_only",
             p4_headers(R"({"option":"allow-list","headerAllowList":[]})"), "LS1002",
             {"/cacheBehaviorSettings/forwardedHeaders/headerAllowList"}),
    // invalid
    rule_case{"cookies_list_missing", p4_cookies(R"({"option":"allow-list"})"), {k_at_cookies}},
    rule_case{"cookies_list_empty",
              p4_cookies(R"({"option":"allow-list","cookiesAllowList":[]})"),
              {k_at_cookies}},
    rule_case{"headers_list_missing", p4_headers(R"({"option":"allow-list"})"), {k_at_headers}},
    rule_case{"headers_list_empty",
              p4_headers(R"({"option":"allow-list","headersAllowList":[]})"),
              {k_at_headers}},
    rule_case{"both_missing",
              patch(p4(), {{k_cookies, R"({"option":"allow-list"})"},
                           {k_headers, R"({"option":"allow-list"})"}}),
              {k_at_cookies, k_at_headers}},
    // an unrelated unknown member does not hide a truly missing list
    rule_case{"cookies_list_missing_beside_unrelated_unknown_member",
              p4_cookies(R"({"option":"allow-list","comment":"session cookies"})"),
              {k_at_cookies}});

TEST(allow_list_missing, messages) {
  report r = check(p4_cookies(R"({"option":"allow-list"})"));
  const diagnostic* d = first(r, "LS3004");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "forwardedCookies.option is 'allow-list' but cookiesAllowList is missing, which "
            "CloudFront rejects; list the cookies to forward, or use 'none'");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());

  r = check(p4_headers(R"({"option":"allow-list","headersAllowList":[]})"));
  d = first(r, "LS3004");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "forwardedHeaders.option is 'allow-list' but headersAllowList is empty, so no header "
            "is forwarded; list the headers to forward, or use 'none'");
}

}  // namespace
}  // namespace sailcheck::test
