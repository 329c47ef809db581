#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

const std::string s = "/cacheBehaviorSettings/";

SAILCHECK_RULE_CASES(
    number_range_test, "LS2004",
    // valid
    rule_case{"p1_absent", std::string(p1()), {}}, rule_case{"p4", std::string(p4()), {}},
    rule_case{"p5", std::string(p5()), {}},
    rule_case{
        "zero_ttls",
        patch(p5(), {{s + "minimumTTL", "0"}, {s + "defaultTTL", "0"}, {s + "maximumTTL", "0"}}),
        {}},
    rule_case{"timeout_min", patch(p1(), "/origin/responseTimeout", "1"), {}},
    rule_case{"timeout_max", patch(p1(), "/origin/responseTimeout", "60"), {}},
    rule_case{"timeout_default", patch(p1(), "/origin/responseTimeout", "30"), {}},
    rule_case{"huge_ttl", patch(p5(), s + "maximumTTL", "9223372036854775807"), {}},
    // invalid
    rule_case{"negative_minimum", patch(p5(), s + "minimumTTL", "-1"), {s + "minimumTTL"}},
    rule_case{"negative_default",
              patch(p5(), {{s + "minimumTTL", "-10"}, {s + "defaultTTL", "-5"}}),
              {s + "defaultTTL", s + "minimumTTL"}},
    rule_case{"negative_maximum", patch(p1(), s + "maximumTTL", "-86400"), {s + "maximumTTL"}},
    rule_case{
        "int64_min", patch(p1(), s + "minimumTTL", "-9223372036854775808"), {s + "minimumTTL"}},
    rule_case{
        "timeout_zero", patch(p1(), "/origin/responseTimeout", "0"), {"/origin/responseTimeout"}},
    rule_case{
        "timeout_61", patch(p1(), "/origin/responseTimeout", "61"), {"/origin/responseTimeout"}},
    rule_case{
        "timeout_90", patch(p1(), "/origin/responseTimeout", "90"), {"/origin/responseTimeout"}},
    rule_case{"timeout_negative",
              patch(p1(), "/origin/responseTimeout", "-30"),
              {"/origin/responseTimeout"}},
    rule_case{"timeout_int32_max",
              patch(p1(), "/origin/responseTimeout", "2147483647"),
              {"/origin/responseTimeout"}},
    // no cascade: outside the integer type, or not an integer, is LS1003 only
    owned_by("timeout_outside_int32", patch(p1(), "/origin/responseTimeout", "2147483648"),
             "LS1003", {"/origin/responseTimeout"}),
    owned_by("ttl_outside_int64", patch(p1(), s + "minimumTTL", "-9223372036854775809"), "LS1003",
             {"/cacheBehaviorSettings/minimumTTL"}),
    owned_by("ttl_float", patch(p5(), s + "defaultTTL", "-1.0"), "LS1003",
             {"/cacheBehaviorSettings/defaultTTL"}),
    owned_by("timeout_string", patch(p1(), "/origin/responseTimeout", R"("90")"), "LS1003",
             {"/origin/responseTimeout"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p5(), {{s + "minimumTTL", ""}, {s + "minimumTtl", "-1"}}), "LS1002",
             {"/cacheBehaviorSettings/minimumTtl"}));

TEST(number_range, messages) {
  report r = check(patch(p5(), s + "minimumTTL", "-1"));
  ASSERT_NE(first(r, "LS2004"), nullptr);
  EXPECT_EQ(first(r, "LS2004")->message,
            "minimumTTL is -1; a TTL is a number of seconds and must be 0 or more");
  EXPECT_FALSE(first(r, "LS2004")->fix.has_value());
  r = check(patch(p1(), "/origin/responseTimeout", "90"));
  ASSERT_NE(first(r, "LS2004"), nullptr);
  EXPECT_EQ(first(r, "LS2004")->message,
            "origin.responseTimeout is 90; it must be 1 to 60 seconds (omit it for the service "
            "default, 30)");
}

}  // namespace
}  // namespace sailcheck::test
