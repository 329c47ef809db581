#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

std::string key(std::string_view json) { return patch(p4(), "/tags/0/key", json); }

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

SAILCHECK_RULE_CASES(
    tag_key_format_test, "LS2010",
    // valid
    rule_case{"p4", std::string(p4()), {}}, rule_case{"no_tags", std::string(p1()), {}},
    rule_case{"space_and_punctuation", key(R"("cost center+a-b=c.d_e:f/g@h")"), {}},
    rule_case{"cjk", key(R"("\u9879\u76ee")"), {}},
    rule_case{"precomposed", key(R"("caf\u00e9")"), {}},
    rule_case{"nbsp_and_ideographic_space", key(R"("a\u00a0b\u3000c")"), {}},
    rule_case{"arabic_indic_digits", key(R"("\u0661\u0662\u0663")"), {}},
    rule_case{"max_ascii", key("\"" + std::string(128, 'k') + "\""), {}},
    rule_case{"max_code_points", key("\"" + repeat("\u00e9", 128) + "\""), {}},
    // invalid
    rule_case{"empty", key(R"("")"), {"/tags/0/key"}},
    rule_case{"hash", key(R"("cost center#1")"), {"/tags/0/key"}},
    rule_case{"combining_mark", key(R"("cafe\u0301")"), {"/tags/0/key"}},
    rule_case{"tab", key(R"("a\tb")"), {"/tags/0/key"}},
    rule_case{"emoji", key(R"("\ud83d\ude00")"), {"/tags/0/key"}},
    rule_case{"exclamation", key(R"("key!")"), {"/tags/0/key"}},
    rule_case{"too_long", key("\"" + std::string(129, 'k') + "\""), {"/tags/0/key"}},
    rule_case{
        "second_tag", patch(p4(), "/tags/-", R"({"key":"a,b","value":"v"})"), {"/tags/1/key"}},
    // no cascade
    owned_by("reserved_prefix_is_ls2012", key(R"("aws:team")"), "LS2012", {"/tags/0/key"}),
    owned_by("wrong_type_is_ls1003_only", key("42"), "LS1003", {"/tags/0/key"}),
    owned_by("missing_is_ls1004_only", patch(p4(), "/tags/0/key", ""), "LS1004", {"/tags/0"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/Key", R"("a#b")"}}), "LS1002",
             {"/tags/0/Key"}),
    rule_case{"tag_not_an_object", patch(p4(), "/tags/0", R"("key=value")"), {}});

std::string message_for(std::string_view value) {
  report r = check(key(value));
  const diagnostic* d = first(r, "LS2010");
  return d ? d->message : "(no finding)";
}

TEST(tag_key_format, messages) {
  EXPECT_EQ(message_for(R"("cost center#1")"),
            "tag key 'cost center#1' has '#' (U+0023) at position 12; allowed are Unicode "
            "letters, numbers, spaces and '+ - = . _ : / @'");
  EXPECT_EQ(
      message_for(R"("cafe\u0301")"),
      "tag key 'cafe\u0301' has the combining mark U+0301 at position 5; combining marks are "
      "not allowed: write the precomposed (NFC) form '\u00e9' (U+00E9) instead of 'e' + U+0301");
  EXPECT_EQ(message_for(R"("\u0301x")"),
            "tag key '\u0301x' has the combining mark U+0301 at position 1; combining marks are "
            "not allowed: remove it");
  EXPECT_EQ(message_for(R"("\u03b1\u0301\u0345")"),
            "tag key '\u03b1\u0301\u0345' has the combining mark U+0301 at position 2; combining "
            "marks are not allowed: write the text in precomposed (NFC) form");
  EXPECT_EQ(message_for(R"("a\tb")"),
            "tag key 'a\\u0009b' has the control character U+0009 at position 2; allowed are "
            "Unicode letters, numbers, spaces and '+ - = . _ : / @'");
  EXPECT_EQ(message_for(R"("")"), "tag key is empty; a key needs 1 to 128 characters");
  EXPECT_EQ(message_for("\"" + std::string(129, 'k') + "\""),
            "tag key '" + std::string(100, 'k') +
                "\u2026' (129 characters) is longer than 128 "
                "characters");
}

TEST(tag_key_format, fix_composes_combining_marks) {
  report r = check(key(R"("Mu\u0308ller-cafe\u0301")"));
  const diagnostic* d = first(r, "LS2010");
  ASSERT_NE(d, nullptr);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, "/tags/0/key");
  EXPECT_EQ(boost::json::serialize(d->fix->value), "\"M\u00fcller-caf\u00e9\"");

  // No fix when composing would not make the key valid, or is not known here.
  for (std::string_view value : {R"("cafe\u0301#")", R"("\u0301x")", R"("cost center#1")"}) {
    report other = check(key(value));
    ASSERT_NE(first(other, "LS2010"), nullptr) << value;
    EXPECT_FALSE(first(other, "LS2010")->fix.has_value()) << value;
  }
}

}  // namespace
}  // namespace sailcheck::test
