#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    member_needed_test, "LS1004", rule_case{"p1", std::string(p1()), {}},
    rule_case{"p4", std::string(p4()), {}},
    rule_case{"origin_name", patch(p1(), "/origin/name", ""), {"/origin"}},
    rule_case{"origin_region", patch(p1(), "/origin/regionName", ""), {"/origin"}},
    rule_case{"origin_empty", patch(p1(), "/origin", "{}"), {"/origin", "/origin"}},
    rule_case{
        "default_behavior", patch(p1(), "/defaultCacheBehavior", "{}"), {"/defaultCacheBehavior"}},
    rule_case{
        "path_behavior", patch(p4(), "/cacheBehaviors/0/behavior", ""), {"/cacheBehaviors/0"}},
    rule_case{"path_path",
              patch(p4(), "/cacheBehaviors/-", R"({"behavior":"cache"})"),
              {"/cacheBehaviors/1"}},
    rule_case{"tag_key", patch(p4(), "/tags/0/key", ""), {"/tags/0"}},
    rule_case{"null_is_present", patch(p1(), "/origin/name", "null"), {}},
    rule_case{"origin_wrong_type", patch(p1(), "/origin", R"("web-1")"), {}},
    owned_by("origin_absent_is_ls1001", patch(p1(), "/origin", ""), "LS1001", {""}),
    rule_case{"near_miss_key", patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/Key", R"("k")"}}), {}},
    rule_case{"near_miss_region",
              patch(p1(), {{"/origin/regionName", ""}, {"/origin/region_name", R"("us-east-1")"}}),
              {}});

TEST(member_needed, message) {
  report r = check(patch(p1(), "/origin/regionName", ""));
  ASSERT_NE(first(r, "LS1004"), nullptr);
  EXPECT_EQ(first(r, "LS1004")->message,
            "origin has no 'regionName' member: the AWS Region the origin is in, e.g. 'us-east-1'");
}

}  // namespace
}  // namespace sailcheck::test
