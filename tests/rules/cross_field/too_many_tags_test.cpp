#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// P4 with `n` distinct, valid tags.
std::string p4_with_tags(std::size_t n) {
  std::string tags = "[";
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0) tags += ',';
    tags += R"({"key":"key)" + std::to_string(i) + R"(","value":"value"})";
  }
  tags += ']';
  return patch(p4(), "/tags", tags);
}

SAILCHECK_RULE_CASES(
    too_many_tags_test, "LS3007",
    // valid
    rule_case{"no_tags", std::string(p1()), {}}, rule_case{"p4_one_tag", std::string(p4()), {}},
    rule_case{"no_tag_in_list", p4_with_tags(0), {}}, rule_case{"exactly_50", p4_with_tags(50), {}},
    owned_by("tags_wrong_type_is_ls1003_only", patch(p4(), "/tags", R"({"a":"b"})"), "LS1003",
             {"/tags"}),
    owned_by("tags_null_is_ls1003_only", patch(p4(), "/tags", "null"), "LS1003", {"/tags"}),
    // invalid
    rule_case{"tags_51", p4_with_tags(51), {"/tags"}},
    rule_case{"tags_200", p4_with_tags(200), {"/tags"}},
    // an item LS1003 reports is still meant as a tag, and counts
    rule_case{"tags_50_plus_one_wrong_type", patch(p4_with_tags(50), "/tags/-", "7"), {"/tags"}});

TEST(too_many_tags, message) {
  report r = check(p4_with_tags(53));
  const diagnostic* d = first(r, "LS3007");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "53 tags given, but a resource can have at most 50; remove 3 or combine some");
  EXPECT_EQ(d->severity, severity::error);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
