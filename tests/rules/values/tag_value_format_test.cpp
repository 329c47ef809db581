#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

std::string value(std::string_view json) { return patch(p4(), "/tags/0/value", json); }

SAILCHECK_RULE_CASES(
    tag_value_format_test, "LS2011",
    // valid
    rule_case{"p4", std::string(p4()), {}}, rule_case{"no_tags", std::string(p1()), {}},
    rule_case{"punctuation", value(R"("team@example.com:a/b+c=d_e-f")"), {}},
    rule_case{"unicode", value(R"("M\u00fcller \u5de5\u7a0b")"), {}},
    rule_case{"max_length", value("\"" + std::string(256, 'v') + "\""), {}},
    // invalid
    rule_case{"missing", patch(p4(), "/tags/0/value", ""), {"/tags/0"}},
    rule_case{"empty", value(R"("")"), {"/tags/0/value"}},
    rule_case{"too_long", value("\"" + std::string(257, 'v') + "\""), {"/tags/0/value"}},
    rule_case{"hash", value(R"("#1")"), {"/tags/0/value"}},
    rule_case{"combining_mark", value(R"("Sa\u0303o Paulo")"), {"/tags/0/value"}},
    rule_case{"second_tag_missing", patch(p4(), "/tags/-", R"({"key":"owner"})"), {"/tags/1"}},
    rule_case{"key_and_value_missing", patch(p4(), "/tags/-", R"({})"), {"/tags/1"}},
    // no cascade
    owned_by("reserved_prefix_is_ls2012", value(R"("aws:x")"), "LS2012", {"/tags/0/value"}),
    owned_by("wrong_type_is_ls1003_only", value("1"), "LS1003", {"/tags/0/value"}),
    owned_by("null_is_ls1003_only", value("null"), "LS1003", {"/tags/0/value"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p4(), {{"/tags/0/value", ""}, {"/tags/0/Value", R"("v")"}}), "LS1002",
             {"/tags/0/Value"}),
    rule_case{"tag_not_an_object", patch(p4(), "/tags/0", "[]"), {}},
    rule_case{"tags_not_an_array", patch(p4(), "/tags", R"({"key":"value"})"), {}});

TEST(tag_value_format, messages) {
  report r = check(patch(p4(), "/tags/0/value", ""));
  ASSERT_NE(first(r, "LS2011"), nullptr);
  EXPECT_EQ(first(r, "LS2011")->message,
            "tag has no 'value' member; CreateDistribution rejects key-only tags: give it a value "
            "of 1 to 256 characters, or add the tag after creation with TagResource");
  r = check(value(R"("")"));
  ASSERT_NE(first(r, "LS2011"), nullptr);
  EXPECT_EQ(first(r, "LS2011")->message,
            "tag value is empty; CreateDistribution rejects tags without a value: give it 1 to 256 "
            "characters, or add the tag after creation with TagResource");
  r = check(value(R"("#1")"));
  ASSERT_NE(first(r, "LS2011"), nullptr);
  EXPECT_EQ(first(r, "LS2011")->message,
            "tag value '#1' has '#' (U+0023) at position 1; allowed are Unicode letters, numbers, "
            "spaces and '+ - = . _ : / @'");
  r = check(value("\"" + std::string(257, 'v') + "\""));
  ASSERT_NE(first(r, "LS2011"), nullptr);
  EXPECT_EQ(first(r, "LS2011")->message, "tag value '" + std::string(100, 'v') +
                                             "\u2026' (257 characters) is longer than 256 "
                                             "characters");
}

TEST(tag_value_format, fix_composes_combining_marks) {
  report r = check(value(R"("Sa\u0303o Paulo")"));
  const diagnostic* d = first(r, "LS2011");
  ASSERT_NE(d, nullptr);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, "/tags/0/value");
  EXPECT_EQ(boost::json::serialize(d->fix->value), "\"S\u00e3o Paulo\"");
}

}  // namespace
}  // namespace sailcheck::test
