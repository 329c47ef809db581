#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

const std::string at = "/cacheBehaviors/0/path";

std::string path(std::string_view json) { return patch(p4(), at, json); }

SAILCHECK_RULE_CASES(
    path_wildcard_test, "LS2021",
    // valid
    rule_case{"p4_directory", std::string(p4()), {}},
    rule_case{"no_behaviors", std::string(p1()), {}},
    rule_case{"directory_star", path(R"("images/*")"), {}},
    rule_case{"extension", path(R"("*.css")"), {}},
    rule_case{"next_image", path(R"("_next/image*")"), {}},
    rule_case{"sitemap", path(R"("sitemap.*")"), {}},
    rule_case{"stars_apart", path(R"("*/thumbs/*")"), {}},
    // invalid
    rule_case{"star", path(R"("*")"), {at}}, rule_case{"slash_star", path(R"("/*")"), {at}},
    rule_case{"double_star_only", path(R"("**")"), {at}},
    rule_case{"double_star", path(R"("assets/**")"), {at}},
    rule_case{"double_star_inside", path(R"("assets/**/*.png")"), {at}},
    rule_case{"question_mark", path(R"("img?.png")"), {at}},
    rule_case{"trailing_question_mark", path(R"("api/items?")"), {at}},
    rule_case{"double_star_before_query", path(R"("a/**?x=1")"), {at}},
    rule_case{"second_behavior",
              patch(p4(), "/cacheBehaviors/-", R"({"path":"/*","behavior":"cache"})"),
              {"/cacheBehaviors/1/path"}},
    // no cascade: LS2020 owns query strings and regular expressions
    owned_by("query_string_is_ls2020", path(R"("search?q=1")"), "LS2020",
             {"/cacheBehaviors/0/path"}),
    owned_by("query_after_question_mark_is_ls2020", path(R"("a?b?c=1")"), "LS2020",
             {"/cacheBehaviors/0/path"}),
    owned_by("regex_is_ls2020", path(R"("^/api/?$")"), "LS2020", {"/cacheBehaviors/0/path"}),
    owned_by("regex_star_is_ls2020", path(R"("^.*$")"), "LS2020", {"/cacheBehaviors/0/path"}),
    owned_by("empty_is_ls2020", path(R"("")"), "LS2020", {"/cacheBehaviors/0/path"}),
    owned_by("wrong_type_is_ls1003_only", path("7"), "LS1003", {"/cacheBehaviors/0/path"}),
    owned_by("missing_is_ls1004_only", patch(p4(), at, ""), "LS1004", {"/cacheBehaviors/0"}));

const diagnostic* finding(std::string_view json, report& r) {
  r = check(path(json));
  return first(r, "LS2021");
}

TEST(path_wildcard, messages) {
  report r;
  ASSERT_NE(finding(R"("/*")", r), nullptr);
  EXPECT_EQ(finding(R"("/*")", r)->message,
            "path '/*' matches every request, which is what defaultCacheBehavior already does; set "
            "defaultCacheBehavior.behavior instead");
  EXPECT_EQ(first(r, "LS2021")->severity, severity::warning);
  EXPECT_EQ(finding(R"("img?.png")", r)->message,
            "path 'img?.png' has '?' at position 4, which matches exactly one character and is not "
            "documented for Lightsail, where only '*' is: use '*' if any characters will do");
  EXPECT_EQ(finding(R"("api/items?")", r)->message,
            "path 'api/items?' ends with '?', which matches exactly one character, not an optional "
            "query string (query strings are not part of a path pattern): did you mean "
            "'api/items'?");
  EXPECT_EQ(finding(R"("assets/**")", r)->message,
            "path 'assets/**' uses '**', which matches the same as '*' (a '*' already matches "
            "across '/'): did you mean 'assets/*'?");
}

TEST(path_wildcard, fix_collapses_double_stars) {
  report r;
  const diagnostic* d = finding(R"("assets/**/***.png")", r);
  ASSERT_NE(d, nullptr);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, at);
  EXPECT_EQ(boost::json::serialize(d->fix->value), R"("assets/*/*.png")");
  // With a query string LS2020 reports, the fix would fight LS2020's advice: message only.
  d = finding(R"("a/**?x=1")", r);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("did you mean 'a/*'?"), std::string::npos);
  EXPECT_FALSE(d->fix.has_value());
  EXPECT_FALSE(finding(R"("*")", r)->fix.has_value());
  EXPECT_FALSE(finding(R"("img?.png")", r)->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
