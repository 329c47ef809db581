#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_settings = "/cacheBehaviorSettings";
constexpr std::string_view k_min = "/cacheBehaviorSettings/minimumTTL";
constexpr std::string_view k_def = "/cacheBehaviorSettings/defaultTTL";
constexpr std::string_view k_max = "/cacheBehaviorSettings/maximumTTL";

// P4 (1000 / 2000 / 3000) with the three TTLs replaced; "" removes one.
std::string p4_ttls(std::string_view minimum, std::string_view def, std::string_view maximum) {
  return patch(p4(), {{k_min, minimum}, {k_def, def}, {k_max, maximum}});
}

const std::string k_at_min(k_min);
const std::string k_at_def(k_def);
const std::string k_at_max(k_max);

SAILCHECK_RULE_CASES(
    ttl_order_test, "LS3002",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    rule_case{"p4_cfn_contract_1000_2000_3000", std::string(p4()), {}},
    rule_case{"p5_tf_10000_50000_100000", std::string(p5()), {}},
    rule_case{"explicit_service_defaults", p4_ttls("0", "86400", "31536000"), {}},
    rule_case{"all_equal_zero", p4_ttls("0", "0", "0"), {}},
    rule_case{"all_equal", p4_ttls("500", "500", "500"), {}},
    rule_case{"all_omitted", p4_ttls("", "", ""), {}},
    rule_case{"settings_without_ttls", patch(p1(), k_settings, "{}"), {}},
    rule_case{"p6_default_500_max_1800", p4_ttls("0", "500", "1800"), {}},
    rule_case{"default_only_small", p4_ttls("", "100", ""), {}},
    rule_case{"minimum_below_omitted_default", p4_ttls("86400", "", ""), {}},
    rule_case{"maximum_above_omitted_default", p4_ttls("", "", "86400"), {}},
    rule_case{"default_above_omitted_minimum", p4_ttls("", "1", "10"), {}},
    // invalid: a present defaultTTL outside [min, max] is reported at defaultTTL
    rule_case{"p6_default_2000_max_1800", p4_ttls("0", "2000", "1800"), {k_at_def}},
    rule_case{"default_above_maximum", p4_ttls("1000", "4000", "3000"), {k_at_def}},
    rule_case{"default_below_minimum", p4_ttls("1000", "500", "3000"), {k_at_def}},
    rule_case{"default_above_omitted_maximum", p4_ttls("", "40000000", ""), {k_at_def}},
    rule_case{"default_below_omitted_minimum_never", p4_ttls("", "0", ""), {}},
    rule_case{"minimum_above_default_maximum_omitted", p4_ttls("5000", "4000", ""), {k_at_def}},
    // invalid: minimumTTL above maximumTTL leaves no range for defaultTTL, and changing
    // defaultTTL cannot help, so the finding is at minimumTTL whatever defaultTTL is
    rule_case{"p8_minimum_60_default_0_maximum_0", p4_ttls("60", "0", "0"), {k_at_min}},
    rule_case{"minimum_above_maximum_default_between", p4_ttls("100", "50", "10"), {k_at_min}},
    rule_case{"minimum_above_maximum_default_below_both", p4_ttls("100", "5", "10"), {k_at_min}},
    // invalid: defaultTTL omitted, so the present member of the violated pair
    rule_case{"minimum_above_omitted_default", p4_ttls("100000", "", "200000"), {k_at_min}},
    rule_case{"minimum_above_omitted_default_and_maximum", p4_ttls("100000", "", ""), {k_at_min}},
    rule_case{"minimum_above_maximum_default_omitted", p4_ttls("1000", "", "500"), {k_at_min}},
    rule_case{"minimum_above_omitted_maximum", p4_ttls("40000000", "", ""), {k_at_min}},
    rule_case{"maximum_below_omitted_default", p4_ttls("", "", "3600"), {k_at_max}},
    rule_case{"maximum_below_omitted_default_with_minimum", p4_ttls("10", "", "3600"), {k_at_max}},
    // a negative TTL is LS2004's and takes part in no comparison; the other pairs still do
    owned_by("negative_default_is_ls2004_only", p4_ttls("1000", "-1", "3000"), "LS2004",
             {"/cacheBehaviorSettings/defaultTTL"}),
    owned_by("negative_maximum_is_ls2004_only", p4_ttls("", "", "-1"), "LS2004",
             {"/cacheBehaviorSettings/maximumTTL"}),
    rule_case{"negative_maximum_minimum_below_omitted_default", p4_ttls("10", "", "-1"), {}},
    owned_by("negative_minimum_is_ls2004_only", p4_ttls("-1", "100", "500"), "LS2004",
             {"/cacheBehaviorSettings/minimumTTL"}),
    rule_case{"negative_minimum_default_omitted", p4_ttls("-1", "", "86400"), {}},
    rule_case{"negative_default_and_maximum", p4_ttls("100", "-1", "-1"), {}},
    rule_case{"all_negative", p4_ttls("-3", "-2", "-1"), {}},
    rule_case{"negative_default_between_equal_bounds", p4_ttls("0", "-100", "0"), {}},
    // (was silent before review) default > maximum is still reported at defaultTTL
    rule_case{"negative_minimum_default_above_maximum", p4_ttls("-1", "500", "100"), {k_at_def}},
    rule_case{"negative_minimum_default_above_maximum_small", p4_ttls("-5", "10", "5"), {k_at_def}},
    rule_case{"negative_maximum_default_below_minimum", p4_ttls("1000", "500", "-1"), {k_at_def}},
    rule_case{"negative_default_minimum_above_maximum", p4_ttls("100", "-1", "10"), {k_at_min}},
    rule_case{"negative_default_minimum_omitted_maximum_zero", p4_ttls("", "-1", "0"), {}},
    rule_case{
        "negative_maximum_minimum_above_omitted_default", p4_ttls("100000", "", "-1"), {k_at_min}},
    rule_case{
        "negative_minimum_maximum_below_omitted_default", p4_ttls("-1", "", "3600"), {k_at_max}},
    rule_case{"negative_maximum_large_default", p4_ttls("", "40000000", "-1"), {}},
    // wrong types are LS1003 only, and nothing is guessed about the other members
    owned_by("default_string_is_ls1003_only", p4_ttls("0", R"("2000")", "1800"), "LS1003",
             {"/cacheBehaviorSettings/defaultTTL"}),
    owned_by("default_float_is_ls1003_only", p4_ttls("0", "2000.0", "1800"), "LS1003",
             {"/cacheBehaviorSettings/defaultTTL"}),
    owned_by("default_null_is_ls1003_only", p4_ttls("0", "null", "1800"), "LS1003",
             {"/cacheBehaviorSettings/defaultTTL"}),
    owned_by("maximum_out_of_int64_is_ls1003_only", p4_ttls("0", "2000", "100000000000000000000"),
             "LS1003", {"/cacheBehaviorSettings/maximumTTL"}),
    owned_by("settings_wrong_type_is_ls1003_only", patch(p1(), k_settings, "[]"), "LS1003",
             {"/cacheBehaviorSettings"}),
    // a near-miss spelling stands for the member: not omitted, so no default is assumed
    owned_by("default_near_miss_is_ls1002_only",
             patch(p4_ttls("0", "", "1800"), "/cacheBehaviorSettings/defaultTtl", "5000"), "LS1002",
             {"/cacheBehaviorSettings/defaultTtl"}),
    owned_by("minimum_near_miss_is_ls1002_only",
             patch(p4_ttls("", "", ""), "/cacheBehaviorSettings/MinimumTTL", "100000"), "LS1002",
             {"/cacheBehaviorSettings/MinimumTTL"}));

TEST(ttl_order, message_default_above_maximum) {
  report r = check(p4_ttls("0", "2000", "1800"));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "defaultTTL 2000 is greater than maximumTTL 1800; CloudFront requires minimumTTL <= "
            "defaultTTL <= maximumTTL");
  EXPECT_EQ(first(r, "LS3002")->severity, severity::error);
  EXPECT_FALSE(first(r, "LS3002")->fix.has_value());
}

TEST(ttl_order, message_says_when_a_default_was_used) {
  report r = check(p4_ttls("100000", "", ""));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "minimumTTL 100000 is greater than 86400, the service default of the omitted "
            "defaultTTL; CloudFront requires minimumTTL <= defaultTTL <= maximumTTL");

  r = check(p4_ttls("", "40000000", ""));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "defaultTTL 40000000 is greater than 31536000, the service default of the omitted "
            "maximumTTL; CloudFront requires minimumTTL <= defaultTTL <= maximumTTL");

  r = check(p4_ttls("", "", "3600"));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "maximumTTL 3600 is less than 86400, the service default of the omitted defaultTTL; "
            "set defaultTTL to at most 3600 (CloudFront requires minimumTTL <= defaultTTL <= "
            "maximumTTL)");
}

TEST(ttl_order, negative_ttl_is_left_out_of_the_message) {
  report r = check(p4_ttls("-1", "500", "100"));
  EXPECT_EQ(pointers(r, "LS3002"), std::vector<std::string>{k_at_def}) << dump(r);
  EXPECT_EQ(pointers(r, "LS2004"), std::vector<std::string>{k_at_min}) << dump(r);
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "defaultTTL 500 is greater than maximumTTL 100; CloudFront requires minimumTTL <= "
            "defaultTTL <= maximumTTL");

  // minimumTTL above maximumTTL: the negative defaultTTL is not named as a second broken pair.
  r = check(p4_ttls("100", "-1", "10"));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "minimumTTL 100 is greater than maximumTTL 10; CloudFront requires minimumTTL <= "
            "defaultTTL <= maximumTTL");

  // The service default of an omitted member still applies next to a negative one.
  r = check(p4_ttls("-1", "", "3600"));
  ASSERT_NE(first(r, "LS3002"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "maximumTTL 3600 is less than 86400, the service default of the omitted defaultTTL; "
            "set defaultTTL to at most 3600 (CloudFront requires minimumTTL <= defaultTTL <= "
            "maximumTTL)");
}

TEST(ttl_order, one_finding_names_every_broken_pair) {
  report r = check(p4_ttls("100", "50", "10"));
  ASSERT_EQ(pointers(r, "LS3002").size(), 1U) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "minimumTTL 100 is greater than maximumTTL 10, which is itself less than defaultTTL "
            "50; CloudFront requires minimumTTL <= defaultTTL <= maximumTTL");

  r = check(p4_ttls("60", "0", "0"));
  ASSERT_EQ(pointers(r, "LS3002").size(), 1U) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "minimumTTL 60 is greater than maximumTTL 0; CloudFront requires minimumTTL <= "
            "defaultTTL <= maximumTTL");

  r = check(p4_ttls("1000", "", "500"));
  ASSERT_EQ(pointers(r, "LS3002").size(), 1U) << dump(r);
  EXPECT_EQ(first(r, "LS3002")->message,
            "minimumTTL 1000 is greater than maximumTTL 500, which is itself less than 86400, "
            "the service default of the omitted defaultTTL; CloudFront requires minimumTTL <= "
            "defaultTTL <= maximumTTL");
}

}  // namespace
}  // namespace sailcheck::test
