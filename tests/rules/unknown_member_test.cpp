#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

class unknown_member_test : public ::testing::TestWithParam<rule_case> {};

TEST_P(unknown_member_test, reports_exactly_the_expected_pointers) {
  const rule_case& c = GetParam();
  report r = check(c.payload);
  EXPECT_EQ(pointers(r, "LS1002"), c.expected) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    cases, unknown_member_test,
    ::testing::Values(
        rule_case{"p1", std::string(p1()), {}}, rule_case{"p4", std::string(p4()), {}},
        rule_case{"top_level", patch(p1(), "/foo", "1"), {"/foo"}},
        rule_case{"origin", patch(p1(), "/origin/foo", "1"), {"/origin/foo"}},
        rule_case{"in_array_item", patch(p4(), "/tags/0/Value", R"("x")"), {"/tags/0/Value"}},
        rule_case{"pascal_case", patch(p1(), "/BundleId", R"("x")"), {"/BundleId"}},
        rule_case{"update_only_member", patch(p1(), "/isEnabled", "true"), {"/isEnabled"}},
        rule_case{"null_value", patch(p1(), "/foo", "null"), {"/foo"}},
        rule_case{
            "inside_unknown_member_not_walked", patch(p1(), "/foo", R"({"bar":1})"), {"/foo"}}),
    [](const auto& tc) { return tc.param.name; });

struct suggestion_case {
  std::string name;
  std::string payload;
  std::string pointer;
  std::string suggestion;  // empty: no did-you-mean
};

class unknown_member_suggestion_test : public ::testing::TestWithParam<suggestion_case> {};

TEST_P(unknown_member_suggestion_test, suggests_the_member_meant) {
  const suggestion_case& c = GetParam();
  report r = check(c.payload);
  ASSERT_EQ(pointers(r, "LS1002"), std::vector<std::string>{c.pointer}) << dump(r);
  const diagnostic& d = *first(r, "LS1002");
  if (c.suggestion.empty()) {
    EXPECT_EQ(d.message.find("did you mean"), std::string::npos) << d.message;
    EXPECT_FALSE(d.fix.has_value());
    return;
  }
  EXPECT_NE(d.message.find("did you mean '" + c.suggestion + "'?"), std::string::npos) << d.message;
  ASSERT_TRUE(d.fix.has_value());
  EXPECT_EQ(d.fix->op, fix::operation::move);
  EXPECT_EQ(d.fix->from, c.pointer);
}

const std::string p5_settings = "/cacheBehaviorSettings/";

INSTANTIATE_TEST_SUITE_P(
    cases, unknown_member_suggestion_test,
    ::testing::Values(
        suggestion_case{
            "case_slip_http",
            patch(p5(), {{p5_settings + "allowedHTTPMethods", ""},
                         {p5_settings + "allowedHttpMethods", R"("GET,HEAD,OPTIONS")"}}),
            p5_settings + "allowedHttpMethods", "allowedHTTPMethods"},
        suggestion_case{
            "case_slip_ttl",
            patch(p5(), {{p5_settings + "defaultTTL", ""}, {p5_settings + "defaultTtl", "50000"}}),
            p5_settings + "defaultTtl", "defaultTTL"},
        suggestion_case{"pascal_case",
                        patch(p1(), {{"/distributionName", ""}, {"/DistributionName", R"("a-b")"}}),
                        "/DistributionName", "distributionName"},
        suggestion_case{
            "snake_case",
            patch(p1(), {{"/origin/regionName", ""}, {"/origin/region_name", R"("us-east-1")"}}),
            "/origin/region_name", "regionName"},
        suggestion_case{"typo", patch(p1(), {{"/bundleId", ""}, {"/bundelId", R"("small_1_0")"}}),
                        "/bundelId", "bundleId"},
        suggestion_case{"tag_key", patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/Key", R"("k")"}}),
                        "/tags/0/Key", "key"},
        suggestion_case{
            "allowed_list_spelling",
            patch(p5(),
                  {{p5_settings + "forwardedQueryStrings/queryStringsAllowList", ""},
                   {p5_settings + "forwardedQueryStrings/queryStringsAllowedList", R"(["a"])"}}),
            p5_settings + "forwardedQueryStrings/queryStringsAllowedList", "queryStringsAllowList"},
        suggestion_case{"near_but_present", patch(p1(), "/bundleID", R"("x")"), "/bundleID", ""},
        suggestion_case{"far", patch(p1(), "/colour", R"("x")"), "/colour", ""}),
    [](const auto& tc) { return tc.param.name; });

TEST(unknown_member, message_and_fix) {
  report r = check(patch(p1(), {{"/bundleId", ""}, {"/BundleId", R"("small_1_0")"}}));
  const diagnostic* d = first(r, "LS1002");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "unknown member 'BundleId' in request; did you mean 'bundleId'?");
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, "/bundleId");
  EXPECT_EQ(d->fix->from, "/BundleId");
  EXPECT_EQ(d->fix->description, "rename 'BundleId' to 'bundleId'");
  EXPECT_EQ(first(r, "LS1001"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS2030"), nullptr) << dump(r);
}

TEST(unknown_member, message_without_suggestion_lists_the_members) {
  report r = check(patch(p1(), "/origin/port", "80"));
  ASSERT_NE(first(r, "LS1002"), nullptr);
  EXPECT_EQ(first(r, "LS1002")->message,
            "unknown member 'port' in origin; expected one of 'name', 'regionName', "
            "'protocolPolicy', 'responseTimeout' or 'ipAddressType'");
}

}  // namespace
}  // namespace sailcheck::test
