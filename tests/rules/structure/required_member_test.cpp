#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    required_member_test, "LS1001", rule_case{"all_present", std::string(p1()), {}},
    rule_case{"null_is_present", patch(p1(), "/bundleId", "null"), {}},
    rule_case{"wrong_type_is_present", patch(p1(), "/origin", "[]"), {}},
    rule_case{"missing_bundle_id", patch(p1(), "/bundleId", ""), {""}},
    rule_case{"missing_two", patch(p1(), {{"/bundleId", ""}, {"/origin", ""}}), {"", ""}},
    rule_case{"empty_object", "{}", {"", "", "", ""}},
    owned_by("near_miss_reports_ls1002_only",
             patch(p1(), {{"/distributionName", ""}, {"/DistributionName", R"("a-b")"}}), "LS1002",
             {"/DistributionName"}),
    rule_case{
        "snake_case_near_miss", patch(p1(), {{"/bundleId", ""}, {"/bundle_id", R"("x")"}}), {}},
    rule_case{"top_level_not_object", "[]", {}});

TEST(required_member, message) {
  report r = check(patch(p1(), "/bundleId", ""));
  ASSERT_NE(first(r, "LS1001"), nullptr);
  EXPECT_EQ(first(r, "LS1001")->message,
            "missing required member 'bundleId'; CreateDistribution requires 'distributionName', "
            "'origin', 'defaultCacheBehavior' and 'bundleId'");
}

}  // namespace
}  // namespace sailcheck::test
