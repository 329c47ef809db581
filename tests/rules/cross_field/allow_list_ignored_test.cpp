#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_cookies = "/cacheBehaviorSettings/forwardedCookies";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders";
constexpr std::string_view k_query = "/cacheBehaviorSettings/forwardedQueryStrings";
const std::string k_at_cookies = "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList";
const std::string k_at_headers = "/cacheBehaviorSettings/forwardedHeaders/headersAllowList";
const std::string k_at_query = "/cacheBehaviorSettings/forwardedQueryStrings/queryStringsAllowList";

std::string p4_with(std::string_view pointer, std::string_view object_json) {
  return patch(p4(), pointer, object_json);
}

SAILCHECK_RULE_CASES(
    allow_list_ignored_test, "LS3005",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    // query strings true + list: forward all, key the cache on the listed ones
    rule_case{"p4_allow_lists_and_query_true_with_list", std::string(p4()), {}},
    rule_case{"p5_allow_lists_and_query_true_with_list", std::string(p5()), {}},
    rule_case{"cookies_none_without_list", p4_with(k_cookies, R"({"option":"none"})"), {}},
    rule_case{"cookies_none_with_empty_list",
              p4_with(k_cookies, R"({"option":"none","cookiesAllowList":[]})"),
              {}},
    rule_case{"headers_all_without_list", p4_with(k_headers, R"({"option":"all"})"), {}},
    rule_case{"query_false_without_list", p4_with(k_query, R"({"option":false})"), {}},
    rule_case{"query_false_with_empty_list",
              p4_with(k_query, R"({"option":false,"queryStringsAllowList":[]})"),
              {}},
    // the model names no default for the cookie and header options: nothing is guessed
    rule_case{"cookies_option_omitted_with_list",
              p4_with(k_cookies, R"({"cookiesAllowList":["cookie1"]})"),
              {}},
    rule_case{"headers_option_omitted_with_list",
              p4_with(k_headers, R"({"headersAllowList":["Host"]})"),
              {}},
    // options of the wrong type are LS1003 only; outside the enum, LS2001 only
    owned_by("query_option_string_is_ls1003_only",
             p4_with(k_query, R"({"option":"false","queryStringsAllowList":["q"]})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedQueryStrings/option"}),
    owned_by("query_option_null_is_ls1003_only",
             p4_with(k_query, R"({"option":null,"queryStringsAllowList":["q"]})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedQueryStrings/option"}),
    owned_by("cookies_option_case_slip_is_ls2001_only",
             p4_with(k_cookies, R"({"option":"None","cookiesAllowList":["cookie1"]})"), "LS2001",
             {"/cacheBehaviorSettings/forwardedCookies/option"}),
    // lists of the wrong type are LS1003 only
    owned_by("cookies_list_string_is_ls1003_only",
             p4_with(k_cookies, R"({"option":"none","cookiesAllowList":"cookie1"})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList"}),
    // a near-miss option spelling is LS1002 only: not absent, so no default is assumed
    owned_by("query_option_near_miss_is_ls1002_only",
             p4_with(k_query, R"({"Option":true,"queryStringsAllowList":["q"]})"), "LS1002",
             {"/cacheBehaviorSettings/forwardedQueryStrings/Option"}),
    owned_by("query_option_near_miss_false_is_ls1002_only",
             p4_with(k_query, R"({"optoin":false,"queryStringsAllowList":["q"]})"), "LS1002",
             {"/cacheBehaviorSettings/forwardedQueryStrings/optoin"}),
    // invalid
    rule_case{"cookies_none_with_list",
              p4_with(k_cookies, R"({"option":"none","cookiesAllowList":["cookie1"]})"),
              {k_at_cookies}},
    rule_case{"cookies_all_with_list",
              p4_with(k_cookies, R"({"option":"all","cookiesAllowList":["cookie1"]})"),
              {k_at_cookies}},
    rule_case{"headers_none_with_list",
              p4_with(k_headers, R"({"option":"none","headersAllowList":["Host"]})"),
              {k_at_headers}},
    rule_case{"headers_all_with_list",
              p4_with(k_headers, R"({"option":"all","headersAllowList":["Host"]})"),
              {k_at_headers}},
    rule_case{"headers_default_with_list",
              p4_with(k_headers, R"({"option":"default","headersAllowList":["Host"]})"),
              {k_at_headers}},
    rule_case{"query_false_with_list",
              p4_with(k_query, R"({"option":false,"queryStringsAllowList":["q"]})"),
              {k_at_query}},
    rule_case{"query_option_absent_with_list",
              p4_with(k_query, R"({"queryStringsAllowList":["q"]})"),
              {k_at_query}},
    // a non-empty list counts even when LS1003 reports its items
    rule_case{"cookies_none_with_list_of_numbers",
              p4_with(k_cookies, R"({"option":"none","cookiesAllowList":[1]})"),
              {k_at_cookies}},
    rule_case{"all_three_ignored",
              patch(p4(), {{k_cookies, R"({"option":"all","cookiesAllowList":["a"]})"},
                           {k_headers, R"({"option":"none","headersAllowList":["Host"]})"},
                           {k_query, R"({"option":false,"queryStringsAllowList":["q"]})"}}),
              {k_at_cookies, k_at_headers, k_at_query}});

TEST(allow_list_ignored, messages) {
  report r = check(p4_with(k_cookies, R"({"option":"none","cookiesAllowList":["cookie1"]})"));
  const diagnostic* d = first(r, "LS3005");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "cookiesAllowList is ignored because forwardedCookies.option is 'none' (CloudFront "
            "rejects cookie names then); use 'allow-list' to forward only these cookies, or "
            "remove the list");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());

  r = check(p4_with(k_headers, R"({"option":"default","headersAllowList":["Host"]})"));
  d = first(r, "LS3005");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "headersAllowList is ignored because forwardedHeaders.option is 'default'; use "
            "'allow-list' to forward only these headers, or remove the list");

  // The message says when the service default was used.
  r = check(p4_with(k_query, R"({"queryStringsAllowList":["q"]})"));
  d = first(r, "LS3005");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "queryStringsAllowList is ignored because forwardedQueryStrings.option is omitted "
            "(the service default is false), so no query string is forwarded; set the option to "
            "true to forward query strings and cache on the listed ones, or remove the list");

  r = check(p4_with(k_query, R"({"option":false,"queryStringsAllowList":["q"]})"));
  d = first(r, "LS3005");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "queryStringsAllowList is ignored because forwardedQueryStrings.option is false, so "
            "no query string is forwarded; set the option to true to forward query strings and "
            "cache on the listed ones, or remove the list");
}

}  // namespace
}  // namespace sailcheck::test
