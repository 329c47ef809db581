#include "support/path_glob.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sailcheck::test {
namespace {

// Spec payloads P3 (dont-cache + cached paths), P6 (cache + cached paths: LS4003 twice) and P7.
const std::string k_p3 = spec_payload("p3");
const std::string k_p6 = spec_payload("p6");
const std::string k_p7 = spec_payload("p7");

std::string with_paths(std::string_view default_behavior, std::string_view items) {
  return patch(p1(),
               {{"/defaultCacheBehavior/behavior", default_behavior}, {"/cacheBehaviors", items}});
}

SAILCHECK_RULE_CASES(
    redundant_path_behavior_test, "LS4003",
    // valid: every per-path behavior overrides the default, or no per-path behaviors
    rule_case{"p1_no_paths", std::string(p1()), {}},
    rule_case{"p3_dont_cache_with_cached_paths", std::string(k_p3), {}},
    rule_case{"p4_cache_with_dont_cache_path", std::string(p4()), {}},
    rule_case{"p7_dont_cache_with_cached_paths", std::string(k_p7), {}},
    rule_case{"empty_paths", with_paths(R"("cache")", "[]"), {}},
    rule_case{
        "exception_to_an_earlier_override",
        with_paths(
            R"("cache")",
            R"([{"path":"api/*","behavior":"dont-cache"},{"path":"api/docs/*","behavior":"cache"}])"),
        {}},
    // invalid: the per-path behavior repeats the default
    rule_case{"p6_twice",
              std::string(k_p6),
              {"/cacheBehaviors/0/behavior", "/cacheBehaviors/1/behavior"}},
    rule_case{"dont_cache_repeated",
              with_paths(R"("dont-cache")", R"([{"path":"api/*","behavior":"dont-cache"}])"),
              {"/cacheBehaviors/0/behavior"}},
    rule_case{
        "only_items_no_override_overlaps",
        with_paths(
            R"("cache")",
            R"([{"path":"a/*","behavior":"cache"},{"path":"b/*","behavior":"dont-cache"},{"path":"b/c/*","behavior":"cache"}])"),
        {"/cacheBehaviors/0/behavior"}},
    // One leading `/` is dropped, once: `//` is the pattern `/`, which `/` (the empty
    // pattern) does not meet; `/a` and `a` are one pattern, so they do.
    rule_case{
        "only_one_leading_slash_is_dropped",
        with_paths(
            R"("cache")",
            R"([{"path":"//","behavior":"cache"},{"path":"/","behavior":"dont-cache"},{"path":"/a*","behavior":"cache"},{"path":"a","behavior":"dont-cache"}])"),
        {"/cacheBehaviors/0/behavior"}},
    rule_case{"path_missing_still_redundant",
              with_paths(R"("cache")", R"([{"behavior":"cache"}])"),
              {"/cacheBehaviors/0/behavior"}},
    // no cascades: the default or another behavior is unreadable, another rule owns it
    owned_by("default_behavior_missing_is_ls1004_only",
             patch(k_p6, "/defaultCacheBehavior/behavior", ""), "LS1004",
             {"/defaultCacheBehavior"}),
    owned_by("default_behavior_misspelt_is_ls2001_only",
             patch(k_p6, "/defaultCacheBehavior/behavior", R"("Cache")"), "LS2001",
             {"/defaultCacheBehavior/behavior"}),
    owned_by("default_behavior_wrong_type_is_ls1003_only",
             patch(k_p6, "/defaultCacheBehavior/behavior", "1"), "LS1003",
             {"/defaultCacheBehavior/behavior"}),
    rule_case{"path_behavior_misspelt_is_ls2001_only",
              patch(k_p6, "/cacheBehaviors/1/behavior", R"("CACHE")"),
              {"/cacheBehaviors/0/behavior"}},
    // an unreadable behavior may be of the other kind, but only where its path can match
    rule_case{"unreadable_behavior_misspelt_overlaps_only_its_own_path",
              patch(k_p6, "/cacheBehaviors/0/behavior", R"("dont_cache")"),
              {"/cacheBehaviors/1/behavior"}},
    rule_case{"unreadable_behavior_missing_overlaps_only_its_own_path",
              patch(k_p6, "/cacheBehaviors/0/behavior", ""),
              {"/cacheBehaviors/1/behavior"}},
    rule_case{
        "unreadable_behavior_near_miss_key_overlaps_only_its_own_path",
        patch(k_p6, "/cacheBehaviors/0", R"({"path":"_next/static/*","Behavior":"dont-cache"})"),
        {"/cacheBehaviors/1/behavior"}},
    rule_case{"unreadable_behavior_overlapping_could_be_an_override",
              patch(k_p6, "/cacheBehaviors/0", R"({"path":"_next/*","behavior":"dont_cache"})"),
              {}},
    // an unreadable path (LS1004 / LS1003 / LS2020) could be any path
    owned_by("item_wrong_type_could_be_any_path",
             patch(k_p6, "/cacheBehaviors/0", R"("_next/static/*")"), "LS1003",
             {"/cacheBehaviors/0"}),
    owned_by("other_path_missing_could_be_any_path",
             patch(k_p6, "/cacheBehaviors/0", R"({"behavior":"dont-cache"})"), "LS1004",
             {"/cacheBehaviors/0"}),
    owned_by("other_path_empty_could_be_any_path",
             patch(k_p6, "/cacheBehaviors/0", R"({"path":"","behavior":"dont-cache"})"), "LS2020",
             {"/cacheBehaviors/0/path"}),
    owned_by(
        "own_path_wrong_type_could_be_any_path",
        with_paths(R"("cache")",
                   R"([{"path":"a/*","behavior":"dont-cache"},{"path":7,"behavior":"cache"}])"),
        "LS1003", {"/cacheBehaviors/1/path"}),
    // order independence: a later override counts as much as an earlier one
    rule_case{
        "general_cache_path_before_a_specific_override",
        with_paths(
            R"("cache")",
            R"([{"path":"images/*","behavior":"cache"},{"path":"images/private/*","behavior":"dont-cache"}])"),
        {}},
    rule_case{
        "later_override_elsewhere_does_not_count",
        with_paths(
            R"("cache")",
            R"([{"path":"images/*","behavior":"cache"},{"path":"api/*","behavior":"dont-cache"}])"),
        {"/cacheBehaviors/0/behavior"}},
    rule_case{
        "file_type_exception_to_a_folder",
        with_paths(
            R"("dont-cache")",
            R"([{"path":"css/*","behavior":"cache"},{"path":"*.css","behavior":"dont-cache"},{"path":"js/*.map","behavior":"dont-cache"}])"),
        {"/cacheBehaviors/2/behavior"}},
    rule_case{
        "file_type_anywhere_meets_a_folder",
        with_paths(
            R"("dont-cache")",
            R"([{"path":"css/*","behavior":"cache"},{"path":"*.png","behavior":"dont-cache"}])"),
        {}},
    rule_case{
        "leading_slash_makes_no_difference",
        with_paths(
            R"("cache")",
            R"([{"path":"/api/*","behavior":"dont-cache"},{"path":"api/v1/*","behavior":"cache"},{"path":"/apx/*","behavior":"cache"}])"),
        {"/cacheBehaviors/2/behavior"}},
    rule_case{
        "question_mark_is_one_character",
        with_paths(
            R"("cache")",
            R"([{"path":"v?/*","behavior":"dont-cache"},{"path":"v1/x","behavior":"cache"},{"path":"v10/x","behavior":"cache"}])"),
        {"/cacheBehaviors/2/behavior"}},
    rule_case{
        "question_mark_is_one_code_point",
        with_paths(
            R"("cache")",
            R"([{"path":"caf?","behavior":"dont-cache"},{"path":"café","behavior":"cache"}])"),
        {}},
    // LS3008 reports the later of two equal paths: not reported here as well
    rule_case{
        "duplicates_are_ls3008_only",
        with_paths(R"("cache")",
                   R"([{"path":"a/*","behavior":"cache"},{"path":"/a/*","behavior":"cache"}])"),
        {"/cacheBehaviors/0/behavior"}},
    owned_by(
        "duplicate_of_an_override_is_ls3008_only",
        with_paths(R"("cache")",
                   R"([{"path":"a/*","behavior":"dont-cache"},{"path":"a/*","behavior":"cache"}])"),
        "LS3008", {"/cacheBehaviors/1/path"}),
    owned_by("cache_behaviors_wrong_type_is_ls1003_only",
             with_paths(R"("cache")", R"({"path":"a/*","behavior":"cache"})"), "LS1003",
             {"/cacheBehaviors"}));

TEST(redundant_path_behavior, message) {
  report r = check(k_p6);
  const diagnostic* d = first(r, "LS4003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'cache' for path '_next/static/*' is already the default behavior, so this per-path "
            "behavior changes nothing; remove it");
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(redundant_path_behavior, message_without_a_path) {
  report r = check(with_paths(R"("cache")", R"([{"behavior":"cache"}])"));
  const diagnostic* d = first(r, "LS4003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'cache' is already the default behavior, so this per-path behavior changes nothing; "
            "remove it");
}

struct overlap_case {
  std::string_view a;
  std::string_view b;
  bool overlap;
};

class path_glob_overlap_test : public ::testing::TestWithParam<overlap_case> {};

TEST_P(path_glob_overlap_test, is_symmetric_and_exact) {
  const overlap_case& c = GetParam();
  rules::path_glob::overlap_test t;
  const std::u32string a = rules::path_glob::code_points(c.a);
  const std::u32string b = rules::path_glob::code_points(c.b);
  EXPECT_EQ(t.may_overlap(a, b), c.overlap) << c.a << " / " << c.b;
  EXPECT_EQ(t.may_overlap(b, a), c.overlap) << c.b << " / " << c.a;
  EXPECT_FALSE(t.exhausted());
}

INSTANTIATE_TEST_SUITE_P(
    cases, path_glob_overlap_test,
    ::testing::Values(overlap_case{"images/*", "images/*.png", true},
                      overlap_case{"*.css", "css/*", true},  // css/x.css
                      overlap_case{"a/*", "b/*", false}, overlap_case{"*.css", "*.png", false},
                      overlap_case{"*", "anything/at/all", true},
                      overlap_case{"/css/*", "css/a", true},  // one leading '/' is ignored
                      overlap_case{"//css/*", "css/a", false},
                      overlap_case{"index.html", "index.html", true},
                      overlap_case{"index.html", "index.htm", false},
                      overlap_case{"Images/*", "images/*", false},  // case-sensitive
                      overlap_case{"a*", "*b", true},               // ab
                      overlap_case{"a*c", "ab*", true},             // abc
                      overlap_case{"a*b*c", "*x*", true},           // axbc
                      overlap_case{"a*b", "*c", false}, overlap_case{"*a*", "*b*", true},
                      overlap_case{"a?c", "abc", true}, overlap_case{"a?c", "ac", false},
                      overlap_case{"??", "*", true}, overlap_case{"??", "a", false},
                      overlap_case{"a?*", "a", false}, overlap_case{"x*y*z", "x*q", false},
                      overlap_case{"_next/static/*", "_next/image*", false},
                      overlap_case{"", "", true},  // "/" and "/" both match the root only
                      overlap_case{"", "*", true}, overlap_case{"", "a", false},
                      overlap_case{"é?", "?ü", true}, overlap_case{"é", "?", true},
                      overlap_case{"é", "??", false}),
    [](const auto& param_info) { return std::to_string(param_info.index); });

TEST(path_glob, long_patterns_are_polynomial) {
  // Many stars make naive backtracking exponential; the table is |a| * |b| steps.
  std::string stars;
  for (int i = 0; i < 399; ++i) stars += "*a";
  const auto glob = [](const std::string& s) { return rules::path_glob::code_points(s); };
  rules::path_glob::overlap_test t;
  EXPECT_TRUE(t.may_overlap(glob(std::string(400, 'a')), glob(stars + "*")));
  EXPECT_FALSE(t.may_overlap(glob(std::string(398, 'a')), glob(stars + "*")));  // 399 a's needed
  EXPECT_FALSE(t.may_overlap(glob(std::string(400, 'a')), glob(stars + "*b*")));
  EXPECT_FALSE(t.exhausted());
}

TEST(path_glob, spent_budget_answers_overlap) {
  rules::path_glob::overlap_test t(10);
  const std::u32string a = rules::path_glob::code_points("a*x");
  const std::u32string b = rules::path_glob::code_points("a*y");
  EXPECT_FALSE(t.may_overlap(a, b));  // decided by the literal ends in 3 steps
  EXPECT_FALSE(t.exhausted());
  const std::u32string c = rules::path_glob::code_points("*x*");
  EXPECT_TRUE(t.may_overlap(c, b));  // needs a 4 x 4 table: over budget
  EXPECT_TRUE(t.exhausted());
  EXPECT_TRUE(t.may_overlap(a, b));  // and stays spent
}

TEST(redundant_path_behavior, many_paths_stay_bounded) {
  // 3,000 per-path behaviors of 250 characters, 2.25 million pairs: the literal prefixes
  // decide each pair in a few steps, without a 250 x 250 table per pair.
  std::string items = "[";
  for (int i = 0; i < 3000; ++i) {
    std::string path = std::to_string(i) + "/*" + std::string(240, 'x') + "*";
    items += (i ? "," : "") + std::string(R"({"path":")") + path + R"(","behavior":")" +
             (i % 2 ? "cache" : "dont-cache") + R"("})";
  }
  items += "]";
  auto linter = linter::create(
      options{.select = {"LS4003"}, .limits = {.max_findings_per_rule = 0, .max_findings = 0}});
  ASSERT_TRUE(linter.has_value());
  report r = linter->check_text(with_paths(R"("cache")", items));
  // Every cached path starts with its own number and a '/', so none overlaps a dont-cache one.
  const std::vector<std::string> found = pointers(r, "LS4003");
  ASSERT_EQ(found.size(), 1500U);
  EXPECT_EQ(found.front(), "/cacheBehaviors/1/behavior");
  EXPECT_EQ(found.back(), "/cacheBehaviors/2999/behavior");
}

}  // namespace
}  // namespace sailcheck::test
