#include "test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace sailcheck::test {
namespace {

std::string p4_behaviors(std::string_view behaviors_json) {
  return patch(p4(), "/cacheBehaviors", behaviors_json);
}

SAILCHECK_RULE_CASES(
    duplicate_path_test, "LS3008",
    // valid
    rule_case{"no_cache_behaviors", std::string(p1()), {}},
    rule_case{"p4_one_path", std::string(p4()), {}},
    rule_case{"p3_wordpress_paths",
              p4_behaviors(R"([{"path":"wp-includes/","behavior":"cache"},)"
                           R"({"path":"wp-content/","behavior":"cache"}])"),
              {}},
    rule_case{
        "p7_file_types",
        p4_behaviors(R"([{"path":"*.css","behavior":"cache"},{"path":"*.js","behavior":"cache"},)"
                     R"({"path":"static/images/*","behavior":"cache"}])"),
        {}},
    // paths are case-sensitive
    rule_case{"case_differs",
              p4_behaviors(R"([{"path":"Images/*","behavior":"cache"},)"
                           R"({"path":"images/*","behavior":"cache"}])"),
              {}},
    // only one leading '/' is dropped
    rule_case{"double_slash_differs",
              p4_behaviors(R"([{"path":"//a/*","behavior":"cache"},)"
                           R"({"path":"/a/*","behavior":"cache"}])"),
              {}},
    rule_case{"trailing_slash_differs",
              p4_behaviors(R"([{"path":"images","behavior":"cache"},)"
                           R"({"path":"images/","behavior":"cache"}])"),
              {}},
    // paths that are missing, of the wrong type or empty are LS1004/LS1003/LS2020's
    owned_by("missing_paths_skipped",
             p4_behaviors(R"([{"behavior":"cache"},{"behavior":"cache"}])"), "LS1004",
             {"/cacheBehaviors/0", "/cacheBehaviors/1"}),
    owned_by("non_string_paths_skipped",
             p4_behaviors(R"([{"path":1,"behavior":"cache"},{"path":1,"behavior":"cache"}])"),
             "LS1003", {"/cacheBehaviors/0/path", "/cacheBehaviors/1/path"}),
    owned_by("non_object_items_skipped", p4_behaviors(R"(["images/*","images/*"])"), "LS1003",
             {"/cacheBehaviors/0", "/cacheBehaviors/1"}),
    owned_by("empty_paths_are_ls2020_only",
             p4_behaviors(R"([{"path":"","behavior":"cache"},{"path":"/","behavior":"cache"}])"),
             "LS2020", {"/cacheBehaviors/0/path"}),
    owned_by("slash_then_empty_is_ls2020_only",
             p4_behaviors(R"([{"path":"/","behavior":"cache"},{"path":"","behavior":"cache"}])"),
             "LS2020", {"/cacheBehaviors/1/path"}),
    owned_by("two_empty_paths_are_ls2020_only",
             p4_behaviors(R"([{"path":"","behavior":"cache"},{"path":"","behavior":"cache"}])"),
             "LS2020", {"/cacheBehaviors/0/path", "/cacheBehaviors/1/path"}),
    // '//' drops one '/' and becomes '/', which differs from the empty key of '/'
    rule_case{"double_slash_and_slash_differ",
              p4_behaviors(R"([{"path":"//","behavior":"cache"},{"path":"/","behavior":"cache"}])"),
              {}},
    rule_case{"slash_and_star_differ",
              p4_behaviors(R"([{"path":"/","behavior":"cache"},{"path":"*","behavior":"cache"}])"),
              {}},
    rule_case{"near_miss_paths_skipped",
              p4_behaviors(R"([{"Path":"a","behavior":"cache"},{"Path":"a","behavior":"cache"}])"),
              {}},
    owned_by("cache_behaviors_wrong_type_is_ls1003_only",
             p4_behaviors(R"({"path":"a","behavior":"cache"})"), "LS1003", {"/cacheBehaviors"}),
    // invalid
    rule_case{"same_path_same_behavior",
              p4_behaviors(R"([{"path":"images/*","behavior":"cache"},)"
                           R"({"path":"images/*","behavior":"cache"}])"),
              {"/cacheBehaviors/1/path"}},
    rule_case{"same_path_different_behavior",
              p4_behaviors(R"([{"path":"images/*","behavior":"cache"},)"
                           R"({"path":"images/*","behavior":"dont-cache"}])"),
              {"/cacheBehaviors/1/path"}},
    rule_case{"leading_slash_on_second",
              p4_behaviors(R"([{"path":"images/*","behavior":"cache"},)"
                           R"({"path":"/images/*","behavior":"cache"}])"),
              {"/cacheBehaviors/1/path"}},
    rule_case{"leading_slash_on_first",
              p4_behaviors(R"([{"path":"/images/*","behavior":"cache"},)"
                           R"({"path":"images/*","behavior":"cache"}])"),
              {"/cacheBehaviors/1/path"}},
    rule_case{
        "leading_slash_on_both",
        p4_behaviors(R"([{"path":"/a","behavior":"cache"},{"path":"/a","behavior":"cache"}])"),
        {"/cacheBehaviors/1/path"}},
    // '/' is compared like any other path (it was not, before review)
    rule_case{
        "two_slash_paths",
        p4_behaviors(R"([{"path":"/","behavior":"cache"},{"path":"/","behavior":"dont-cache"}])"),
        {"/cacheBehaviors/1/path"}},
    rule_case{"slash_paths_around_empty",
              p4_behaviors(R"([{"path":"/","behavior":"cache"},{"path":"","behavior":"cache"},)"
                           R"({"path":"/","behavior":"cache"}])"),
              {"/cacheBehaviors/2/path"}},
    rule_case{
        "two_double_slash_paths",
        p4_behaviors(R"([{"path":"//","behavior":"cache"},{"path":"//","behavior":"cache"}])"),
        {"/cacheBehaviors/1/path"}},
    rule_case{"behavior_missing_on_one",
              p4_behaviors(R"([{"path":"a"},{"path":"a","behavior":"cache"}])"),
              {"/cacheBehaviors/1/path"}},
    rule_case{
        "three_times",
        p4_behaviors(R"([{"path":"a","behavior":"cache"},{"path":"b","behavior":"cache"},)"
                     R"({"path":"/a","behavior":"cache"},{"path":"a","behavior":"dont-cache"}])"),
        {"/cacheBehaviors/2/path", "/cacheBehaviors/3/path"}});

const diagnostic* finding(std::string_view behaviors_json) {
  static report r;
  r = check(p4_behaviors(behaviors_json));
  return first(r, "LS3008");
}

TEST(duplicate_path, message_says_whether_behaviors_differ) {
  const diagnostic* d = finding(R"([{"path":"images/*","behavior":"cache"},)"
                                R"({"path":"images/*","behavior":"dont-cache"}])");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "path 'images/*' is already used by cache behavior 0 but with behavior 'dont-cache' "
            "instead of 'cache'; CloudFront rejects two cache behaviors for one path, so keep "
            "only the one you mean");
  EXPECT_EQ(d->severity, severity::error);
  EXPECT_FALSE(d->fix.has_value());
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, "/cacheBehaviors/0/path");
  EXPECT_EQ(d->related[0].message, "first cache behavior with this path");

  d = finding(R"([{"path":"images/*","behavior":"cache"},{"path":"images/*","behavior":"cache"}])");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "path 'images/*' is already used by cache behavior 0 with the same behavior 'cache'; "
            "remove the repeated cache behavior");

  d = finding(
      R"([{"path":"images/*","behavior":"cache"},{"path":"/images/*","behavior":"cache"}])");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "path '/images/*' is the same as 'images/*' of cache behavior 0 (a leading '/' makes "
            "no difference) with the same behavior 'cache'; remove the repeated cache behavior");

  d = finding(R"([{"path":"/","behavior":"cache"},{"path":"/","behavior":"cache"}])");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "path '/' is already used by cache behavior 0 with the same behavior 'cache'; "
            "remove the repeated cache behavior");
  EXPECT_EQ(d->pointer, "/cacheBehaviors/1/path");

  d = finding(R"([{"path":"a","behavior":"cache"},{"path":"a"}])");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "path 'a' is already used by cache behavior 0; CloudFront rejects two cache "
            "behaviors for one path, so keep one");
}

// 100,000 paths, every finding kept (no caps); a quadratic rule would run into the test timeout.
TEST(duplicate_path, large_arrays_are_not_quadratic) {
  options o;
  o.select = {"LS3008"};
  o.limits.max_findings_per_rule = 0;  // every finding, at scale
  o.limits.max_findings = 0;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());
  constexpr std::size_t k_n = 100'000;
  boost::json::value doc = boost::json::parse(p1());
  boost::json::array& behaviors = doc.as_object()["cacheBehaviors"].emplace_array();
  // Distinct paths, except that every 1000th repeats (with a leading '/') the one 999 earlier.
  for (std::size_t i = 0; i < k_n; ++i)
    behaviors.push_back(boost::json::object{
        {"path", i % 1000 == 999 ? "/p" + std::to_string(i - 999) : "p" + std::to_string(i)},
        {"behavior", "cache"}});
  report r = lint->check(doc);
  EXPECT_EQ(pointers(r, "LS3008").size(), k_n / 1000);
  // Without source positions the report is ordered by pointer text, so look the last one up.
  const auto last =
      std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                   [](const diagnostic& d) { return d.pointer == "/cacheBehaviors/99999/path"; });
  ASSERT_NE(last, r.diagnostics.end());
  ASSERT_EQ(last->related.size(), 1U);
  EXPECT_EQ(last->related[0].pointer, "/cacheBehaviors/99000/path");
}

}  // namespace
}  // namespace sailcheck::test
