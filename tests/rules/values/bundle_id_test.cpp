#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    bundle_id_test, "LS2030", rule_case{"small", std::string(p1()), {}},
    rule_case{"medium", patch(p1(), "/bundleId", R"("medium_1_0")"), {}},
    rule_case{"large", patch(p1(), "/bundleId", R"("large_1_0")"), {}},
    rule_case{"typo", patch(p1(), "/bundleId", R"("smal_1_0")"), {"/bundleId"}},
    rule_case{"letter_case", patch(p1(), "/bundleId", R"("Small_1_0")"), {"/bundleId"}},
    rule_case{"padded", patch(p1(), "/bundleId", R"(" small_1_0 ")"), {"/bundleId"}},
    rule_case{"size_only", patch(p1(), "/bundleId", R"("small")"), {"/bundleId"}},
    rule_case{"unknown", patch(p1(), "/bundleId", R"("micro_1_0")"), {"/bundleId"}},
    rule_case{"bucket_like_name", patch(p1(), "/bundleId", R"("xlarge_1_0")"), {"/bundleId"}},
    // LS2005 owns empty and blank ids
    owned_by("empty_is_ls2005", patch(p1(), "/bundleId", R"("")"), "LS2005", {"/bundleId"}),
    owned_by("blank_is_ls2005", patch(p1(), "/bundleId", R"("  ")"), "LS2005", {"/bundleId"}),
    owned_by("wrong_type_is_ls1003_only", patch(p1(), "/bundleId", "1"), "LS1003", {"/bundleId"}),
    owned_by("absent_is_ls1001_only", patch(p1(), "/bundleId", ""), "LS1001", {""}),
    owned_by("near_miss_is_ls1002_only",
             patch(p1(), {{"/bundleId", ""}, {"/bundleID", R"("huge")"}}), "LS1002",
             {"/bundleID"}));

const diagnostic* finding(std::string_view value, report& r) {
  r = check(patch(p1(), "/bundleId", value));
  return first(r, "LS2030");
}

TEST(bundle_id, messages) {
  report r;
  ASSERT_NE(finding(R"("smal_1_0")", r), nullptr);
  EXPECT_EQ(finding(R"("smal_1_0")", r)->message,
            "'smal_1_0' is not a known distribution bundle ('small_1_0', 'medium_1_0' or "
            "'large_1_0'); did you mean 'small_1_0'?");
  EXPECT_EQ(first(r, "LS2030")->severity, severity::warning);
  ASSERT_NE(finding(R"("micro_1_0")", r), nullptr);
  EXPECT_EQ(finding(R"("micro_1_0")", r)->message,
            "'micro_1_0' is not a known distribution bundle ('small_1_0', 'medium_1_0' or "
            "'large_1_0'); GetDistributionBundles lists the bundles available now");
  ASSERT_NE(finding(R"("small")", r), nullptr);
  EXPECT_NE(finding(R"("small")", r)->message.find("did you mean 'small_1_0'?"), std::string::npos);
}

TEST(bundle_id, fix_only_when_the_id_is_certain) {
  for (std::string_view value : {R"("Small_1_0")", R"(" small_1_0 ")", R"("MEDIUM-1-0")"}) {
    report r;
    const diagnostic* d = finding(value, r);
    ASSERT_NE(d, nullptr) << value;
    ASSERT_TRUE(d->fix.has_value()) << value;
    EXPECT_EQ(d->fix->path, "/bundleId");
    EXPECT_EQ(boost::json::serialize(d->fix->value),
              value == R"("MEDIUM-1-0")" ? R"("medium_1_0")" : R"("small_1_0")");
  }
  report r;
  const diagnostic* d = finding(R"("smal_1_0")", r);
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
