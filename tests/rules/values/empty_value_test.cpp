#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    empty_value_test, "LS2005", rule_case{"p1", std::string(p1()), {}},
    owned_by("unknown_bundle_is_ls2030", patch(p1(), "/bundleId", R"("mega_1_0")"), "LS2030",
             {"/bundleId"}),
    owned_by("padded_bundle_is_ls2030", patch(p1(), "/bundleId", R"(" small_1_0")"), "LS2030",
             {"/bundleId"}),
    rule_case{"empty", patch(p1(), "/bundleId", R"("")"), {"/bundleId"}},
    // Whitespace only counts as empty: NonEmptyString-like, and no bundle id has spaces.
    rule_case{"spaces", patch(p1(), "/bundleId", R"("   ")"), {"/bundleId"}},
    rule_case{"tab_and_newline", patch(p1(), "/bundleId", R"("\t\n")"), {"/bundleId"}},
    owned_by("wrong_type_is_ls1003_only", patch(p1(), "/bundleId", "0"), "LS1003", {"/bundleId"}),
    owned_by("null_is_ls1003_only", patch(p1(), "/bundleId", "null"), "LS1003", {"/bundleId"}),
    owned_by("absent_is_ls1001_only", patch(p1(), "/bundleId", ""), "LS1001", {""}),
    owned_by("near_miss_is_ls1002_only", patch(p1(), {{"/bundleId", ""}, {"/BundleId", R"("")"}}),
             "LS1002", {"/BundleId"}));

TEST(empty_value, messages) {
  report r = check(patch(p1(), "/bundleId", R"("")"));
  ASSERT_NE(first(r, "LS2005"), nullptr);
  EXPECT_EQ(first(r, "LS2005")->message,
            "bundleId is empty; expected a distribution bundle id from GetDistributionBundles, "
            "e.g. 'small_1_0'");
  r = check(patch(p1(), "/bundleId", R"(" \t")"));
  ASSERT_NE(first(r, "LS2005"), nullptr);
  EXPECT_EQ(first(r, "LS2005")->message,
            "bundleId ' \\u0009' is blank; expected a distribution bundle id from "
            "GetDistributionBundles, e.g. 'small_1_0'");
}

TEST(empty_value, bundle_id_rule_stays_silent) {
  for (std::string_view value : {R"("")", R"("  ")"}) {
    report r = check(patch(p1(), "/bundleId", value));
    EXPECT_EQ(pointers(r, "LS2005"), std::vector<std::string>{"/bundleId"}) << value;
    EXPECT_TRUE(pointers(r, "LS2030").empty()) << dump(r);
  }
}

}  // namespace
}  // namespace sailcheck::test
