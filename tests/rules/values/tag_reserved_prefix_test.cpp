#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    tag_reserved_prefix_test, "LS2012",
    // valid
    rule_case{"p4", std::string(p4()), {}},
    rule_case{"no_colon", patch(p4(), "/tags/0/key", R"("aws")"), {}},
    rule_case{"longer_word", patch(p4(), "/tags/0/key", R"("awsome:x")"), {}},
    rule_case{"not_at_start", patch(p4(), "/tags/0/key", R"("team:aws:x")"), {}},
    rule_case{"leading_space", patch(p4(), "/tags/0/value", R"(" aws:x")"), {}},
    rule_case{"fullwidth_letters", patch(p4(), "/tags/0/key", R"("\uff41ws:x")"), {}},
    // invalid
    rule_case{"key", patch(p4(), "/tags/0/key", R"("aws:team")"), {"/tags/0/key"}},
    rule_case{"key_upper_case", patch(p4(), "/tags/0/key", R"("AWS:team")"), {"/tags/0/key"}},
    rule_case{"key_mixed_case", patch(p4(), "/tags/0/key", R"("aWs:")"), {"/tags/0/key"}},
    rule_case{"value", patch(p4(), "/tags/0/value", R"("aws:cloudformation")"), {"/tags/0/value"}},
    rule_case{"both",
              patch(p4(), {{"/tags/0/key", R"("aws:a")"}, {"/tags/0/value", R"("Aws:b")"}}),
              {"/tags/0/key", "/tags/0/value"}},
    rule_case{
        "second_tag", patch(p4(), "/tags/-", R"({"key":"ok","value":"AWS:x"})"), {"/tags/1/value"}},
    // no cascade
    owned_by("wrong_type_is_ls1003_only", patch(p4(), "/tags/0/key", "true"), "LS1003",
             {"/tags/0/key"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/Key", R"("aws:team")"}}), "LS1002",
             {"/tags/0/Key"}));

TEST(tag_reserved_prefix, messages_name_key_or_value) {
  report r = check(patch(p4(), "/tags/0/key", R"("aws:team")"));
  ASSERT_NE(first(r, "LS2012"), nullptr);
  EXPECT_EQ(first(r, "LS2012")->message,
            "tag key 'aws:team' starts with 'aws:', a prefix AWS reserves for its own tags (in any "
            "letter case); use a prefix of your own");
  EXPECT_TRUE(pointers(r, "LS2010").empty()) << dump(r);
  r = check(patch(p4(), "/tags/0/value", R"("AWS:x")"));
  ASSERT_NE(first(r, "LS2012"), nullptr);
  EXPECT_EQ(first(r, "LS2012")->message,
            "tag value 'AWS:x' starts with 'AWS:', a prefix AWS reserves for its own tags (in any "
            "letter case); use a prefix of your own");
  EXPECT_TRUE(pointers(r, "LS2011").empty()) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
