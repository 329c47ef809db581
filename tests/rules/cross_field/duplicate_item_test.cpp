#include "test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_cookies = "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders/headersAllowList";
constexpr std::string_view k_query =
    "/cacheBehaviorSettings/forwardedQueryStrings/queryStringsAllowList";

std::string at(std::string_view list, int i) { return std::string(list) + "/" + std::to_string(i); }

SAILCHECK_RULE_CASES(
    duplicate_item_test, "LS3009",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    rule_case{"p4_distinct_items", std::string(p4()), {}},
    rule_case{"p5_same_name_in_two_lists", std::string(p5()), {}},
    rule_case{"empty_list", patch(p4(), k_cookies, "[]"), {}},
    // names compare exactly: a case slip in a header is LS2001's
    owned_by("header_case_differs_is_ls2001", patch(p4(), k_headers, R"(["Host","host"])"),
             "LS2001", {"/cacheBehaviorSettings/forwardedHeaders/headersAllowList/1"}),
    rule_case{"cookie_case_differs", patch(p4(), k_cookies, R"(["SessionId","sessionid"])"), {}},
    // items of the wrong type are LS1003's
    owned_by("non_string_items_skipped", patch(p4(), k_cookies, R"([1,1,null,null])"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/0",
              "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/1",
              "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/2",
              "/cacheBehaviorSettings/forwardedCookies/cookiesAllowList/3"}),
    owned_by("list_wrong_type_is_ls1003_only", patch(p4(), k_cookies, R"("a,a")"), "LS1003",
             {"/cacheBehaviorSettings/forwardedCookies/cookiesAllowList"}),
    // invalid
    rule_case{"cookie_twice",
              patch(p4(), k_cookies, R"(["cookie1","cookie2","cookie1"])"),
              {at(k_cookies, 2)}},
    rule_case{"header_twice", patch(p4(), k_headers, R"(["Host","Host"])"), {at(k_headers, 1)}},
    rule_case{
        "query_string_twice", patch(p4(), k_query, R"(["page","lang","page"])"), {at(k_query, 2)}},
    rule_case{"three_times",
              patch(p4(), k_cookies, R"(["a","a","b","a"])"),
              {at(k_cookies, 1), at(k_cookies, 3)}},
    rule_case{"after_a_skipped_item", patch(p4(), k_cookies, R"(["a",1,"a"])"), {at(k_cookies, 2)}},
    // the lists are checked whatever their option says (LS3005 owns ignored lists)
    rule_case{"in_an_ignored_list",
              patch(p4(), "/cacheBehaviorSettings/forwardedQueryStrings",
                    R"({"option":false,"queryStringsAllowList":["q","q"]})"),
              {at(k_query, 1)}},
    rule_case{"in_every_list",
              patch(p4(), {{k_cookies, R"(["c","c"])"},
                           {k_headers, R"(["Origin","Origin"])"},
                           {k_query, R"(["q","q"])"}}),
              {at(k_cookies, 1), at(k_headers, 1), at(k_query, 1)}});

TEST(duplicate_item, message_and_related_first_item) {
  report r = check(patch(p4(), k_cookies, R"(["session_id","theme","session_id"])"));
  const diagnostic* d = first(r, "LS3009");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'session_id' is already item 0 of cookiesAllowList; a repeated name has no effect, "
            "remove it");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, at(k_cookies, 0));
  EXPECT_EQ(d->related[0].message, "first 'session_id'");
}

TEST(duplicate_item, long_lists_use_the_same_answer) {
  // More items than the pairwise path handles.
  std::string list = "[";
  for (int i = 0; i < 30; ++i) list += "\"q" + std::to_string(i) + "\",";
  list += R"("q7","q29"])";
  report r = check(patch(p4(), k_query, list));
  EXPECT_EQ(pointers(r, "LS3009"), (std::vector<std::string>{at(k_query, 30), at(k_query, 31)}))
      << dump(r);
  const diagnostic* d = first(r, "LS3009");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, at(k_query, 7));
}

// 100,000 names, every finding kept (no caps); a quadratic rule would run into the test timeout.
TEST(duplicate_item, large_lists_are_not_quadratic) {
  options o;
  o.select = {"LS3009"};
  o.limits.max_findings_per_rule = 0;  // every finding, at scale
  o.limits.max_findings = 0;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());
  constexpr std::size_t k_n = 100'000;
  boost::json::value doc = boost::json::parse(patch(p4(), k_query, "[]"));
  boost::json::array& items = doc.as_object()["cacheBehaviorSettings"]
                                  .as_object()["forwardedQueryStrings"]
                                  .as_object()["queryStringsAllowList"]
                                  .as_array();
  for (std::size_t i = 0; i < k_n; ++i)
    items.push_back(boost::json::string("q" + std::to_string(i)));
  items.push_back(boost::json::string("q0"));
  report r = lint->check(doc);
  EXPECT_EQ(pointers(r, "LS3009"), std::vector<std::string>{at(k_query, 100'000)});
}

}  // namespace
}  // namespace sailcheck::test
