#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_cookies = "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders/headersAllowList";
constexpr std::string_view k_queries =
    "/cacheBehaviorSettings/forwardedQueryStrings/queryStringsAllowList";
constexpr std::string_view k_behaviors = "/cacheBehaviors";

// ["name0", ..., "name<n-1>"]
std::string names(std::size_t n, std::string_view prefix = "name") {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i)
    out += (i ? ",\"" : "\"") + std::string(prefix) + std::to_string(i) + "\"";
  return out + "]";
}

// n per-path behaviors with distinct paths, each overriding the default `cache`.
std::string behaviors(std::size_t n) {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i)
    out += (i ? "," : "") + std::string(R"({"path":"dir)") + std::to_string(i) +
           R"(/*","behavior":"dont-cache"})";
  return out + "]";
}

// 11 of the 15 headers of the model.
constexpr std::string_view k_eleven_headers =
    R"(["Accept","Accept-Charset","Accept-Datetime","Accept-Encoding","Accept-Language","Authorization","CloudFront-Forwarded-Proto","CloudFront-Is-Desktop-Viewer","CloudFront-Is-Mobile-Viewer","Host","Origin"])";

SAILCHECK_RULE_CASES(
    quota_test, "LS4012",
    // valid
    rule_case{"p1_no_lists", std::string(p1()), {}},
    rule_case{"p4_small_lists", std::string(p4()), {}},
    rule_case{"ten_cookies", patch(p4(), k_cookies, names(10)), {}},
    rule_case{"ten_query_strings", patch(p4(), k_queries, names(10)), {}},
    rule_case{"twenty_five_behaviors", patch(p4(), k_behaviors, behaviors(25)), {}},
    rule_case{
        "empty_lists", patch(p4(), {{k_cookies, "[]"}, {k_headers, "[]"}, {k_queries, "[]"}}), {}},
    // invalid
    rule_case{"eleven_cookies", patch(p4(), k_cookies, names(11)), {std::string(k_cookies)}},
    rule_case{"eleven_headers", patch(p4(), k_headers, k_eleven_headers), {std::string(k_headers)}},
    rule_case{"eleven_query_strings", patch(p4(), k_queries, names(11)), {std::string(k_queries)}},
    rule_case{"twenty_six_behaviors",
              patch(p4(), k_behaviors, behaviors(26)),
              {std::string(k_behaviors)}},
    rule_case{"every_list_and_behaviors",
              patch(p4(), {{k_cookies, names(11)},
                           {k_headers, k_eleven_headers},
                           {k_queries, names(12)},
                           {k_behaviors, behaviors(30)}}),
              {std::string(k_behaviors), std::string(k_cookies), std::string(k_headers),
               std::string(k_queries)}},
    rule_case{"list_ignored_by_its_option_still_counts",
              patch(p4(), {{k_cookies, names(11)},
                           {"/cacheBehaviorSettings/forwardedCookies/option", R"("none")"}}),
              {std::string(k_cookies)}},
    // no cascades: repeats (LS3009) and wrong types (LS1003) take no slot
    owned_by("eleven_cookies_with_a_repeat_is_ls3009_only",
             patch(patch(p4(), k_cookies, names(10)), std::string(k_cookies) + "/-", R"("name3")"),
             "LS3009", {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/10"}),
    owned_by("eleven_cookies_with_a_wrong_type_is_ls1003_only",
             patch(patch(p4(), k_cookies, names(10)), std::string(k_cookies) + "/-", "42"),
             "LS1003", {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/10"}),
    owned_by("twenty_six_behaviors_with_a_wrong_type_is_ls1003_only",
             patch(patch(p4(), k_behaviors, behaviors(25)), "/cacheBehaviors/-", R"("dir/*")"),
             "LS1003", {"/cacheBehaviors/25"}),
    owned_by("list_wrong_type_is_ls1003_only", patch(p4(), k_cookies, R"({"a":1})"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList"}),
    owned_by("behaviors_wrong_type_is_ls1003_only", patch(p4(), k_behaviors, "26"), "LS1003",
             {"/cacheBehaviors"}));

TEST(quota, list_message) {
  report r = check(patch(p4(), k_cookies, names(12)));
  const diagnostic* d = first(r, "LS4012");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "cookiesAllowList has 12 cookie names, more than CloudFront's default quota of 10 per "
            "cache behavior (Lightsail documents no limit)");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(quota, behaviors_message) {
  report r = check(patch(p4(), k_behaviors, behaviors(26)));
  const diagnostic* d = first(r, "LS4012");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "cacheBehaviors has 26 per-path behaviors, more than CloudFront's default quota of 25 "
            "per distribution (Lightsail documents no limit)");
}

}  // namespace
}  // namespace sailcheck::test
