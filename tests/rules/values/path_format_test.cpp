#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

const std::string at = "/cacheBehaviors/0/path";

std::string path(std::string_view json) { return patch(p4(), at, json); }

SAILCHECK_RULE_CASES(
    path_format_test, "LS2020",
    // valid: documented and real-world patterns
    rule_case{"p4_directory", std::string(p4()), {}},
    rule_case{"no_behaviors", std::string(p1()), {}},
    rule_case{"file", path(R"("var/www/html/index.html")"), {}},
    rule_case{"extension", path(R"("*.css")"), {}},
    rule_case{"next_static", path(R"("_next/static/*")"), {}},
    rule_case{"next_image", path(R"("_next/image*")"), {}},
    rule_case{"leading_slash", path(R"("/path1")"), {}},
    rule_case{"sitemap_glob_is_not_regex", path(R"("sitemap.*")"), {}},
    rule_case{"every_allowed_character", path(R"("aZ09_-.*$/~\"'@:+&")"), {}},
    rule_case{"dollar_alone", path(R"("$web/*")"), {}},
    rule_case{"max_length", path("\"" + std::string(255, 'p') + "\""), {}},
    // wildcard warnings are LS2021's
    owned_by("question_mark_is_ls2021", path(R"("img?.png")"), "LS2021",
             {"/cacheBehaviors/0/path"}),
    owned_by("double_star_is_ls2021", path(R"("assets/**")"), "LS2021", {"/cacheBehaviors/0/path"}),
    owned_by("star_only_is_ls2021", path(R"("*")"), "LS2021", {"/cacheBehaviors/0/path"}),
    // invalid
    rule_case{"empty", path(R"("")"), {at}},
    rule_case{"too_long", path("\"" + std::string(256, 'p') + "\""), {at}},
    rule_case{"blank", path(R"("   ")"), {at}},
    rule_case{"inner_space", path(R"("my images/*")"), {at}},
    rule_case{"trailing_space", path(R"("images/* ")"), {at}},
    rule_case{"tab", path(R"("a\tb")"), {at}}, rule_case{"newline", path(R"("a\n")"), {at}},
    rule_case{"nbsp", path(R"("a\u00a0b")"), {at}},
    rule_case{"control", path(R"("a\u0001b")"), {at}},
    rule_case{"percent", path(R"("images/%20*")"), {at}},
    rule_case{"comma", path(R"("a,b")"), {at}},
    rule_case{"equals_without_query", path(R"("a=b")"), {at}},
    rule_case{"non_ascii", path(R"("caf\u00e9/*")"), {at}},
    rule_case{"query_string", path(R"("search?q=1")"), {at}},
    rule_case{"query_string_only", path(R"("?page=2")"), {at}},
    rule_case{"fragment", path(R"("docs/page#intro")"), {at}},
    rule_case{"backslash", path(R"("images\\logo.png")"), {at}},
    rule_case{"brace", path(R"("images/{a,b}")"), {at}},
    rule_case{"bracket", path(R"("img[12].png")"), {at}},
    rule_case{"bracket_range", path(R"("img[0-9].png")"), {at}},
    rule_case{"regex_anchors", path(R"("^/api/.*$")"), {at}},
    rule_case{"regex_group", path(R"("(css|js)/*")"), {at}},
    rule_case{"regex_bar", path(R"("css|js")"), {at}},
    rule_case{"regex_escape", path(R"(".*\\.css")"), {at}},
    rule_case{"regex_dot_star_anchored", path(R"("images/.*$")"), {at}},
    rule_case{"closing_paren", path(R"x("a)")x"), {at}},
    rule_case{"second_behavior",
              patch(p4(), "/cacheBehaviors/-", R"({"path":"a b","behavior":"cache"})"),
              {"/cacheBehaviors/1/path"}},
    // no cascade
    owned_by("wrong_type_is_ls1003_only", path(R"(["a","b"])"), "LS1003",
             {"/cacheBehaviors/0/path"}),
    owned_by("null_is_ls1003_only", path("null"), "LS1003", {"/cacheBehaviors/0/path"}),
    owned_by("missing_is_ls1004_only", patch(p4(), at, ""), "LS1004", {"/cacheBehaviors/0"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p4(), {{at, ""}, {"/cacheBehaviors/0/Path", R"("")"}}), "LS1002",
             {"/cacheBehaviors/0/Path"}),
    rule_case{"behavior_not_an_object", patch(p4(), "/cacheBehaviors/0", R"("images/*")"), {}});

struct message_case {
  std::string name;
  std::string path_json;
  std::string message;
  std::string fixed;  // the fix's value as JSON, or empty: no fix
};

class path_format_message_test : public ::testing::TestWithParam<message_case> {};

TEST_P(path_format_message_test, says_what_the_author_probably_meant) {
  const message_case& c = GetParam();
  report r = check(path(c.path_json));
  const diagnostic* d = first(r, "LS2020");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message, c.message);
  if (c.fixed.empty()) {
    EXPECT_FALSE(d->fix.has_value());
  } else {
    ASSERT_TRUE(d->fix.has_value());
    EXPECT_EQ(d->fix->path, at);
    EXPECT_EQ(boost::json::serialize(d->fix->value), c.fixed);
  }
}

INSTANTIATE_TEST_SUITE_P(
    messages, path_format_message_test,
    ::testing::Values(
        message_case{"empty", R"("")",
                     "path is empty; give the URL path the behavior applies to, e.g. 'images/*' or "
                     "'index.html'",
                     ""},
        message_case{"blank", R"("  ")",
                     "path '  ' is blank; give the URL path the behavior applies to, e.g. "
                     "'images/*' or 'index.html'",
                     ""},
        message_case{"regex", R"("^/api/.*$")",
                     "path '^/api/.*$' looks like a regular expression, but a path pattern is a "
                     "glob in which '*' matches any characters: did you mean 'api/*'?",
                     ""},
        message_case{"regex_alternatives", R"("^/(css|js)/.*$")",
                     "path '^/(css|js)/.*$' looks like a regular expression, but a path pattern is "
                     "a glob in which '*' matches any characters: add two behaviors, 'css/*' and "
                     "'js/*'",
                     ""},
        message_case{"regex_extension", R"(".*\\.(png|jpg)$")",
                     "path '.*\\\\.(png|jpg)$' looks like a regular expression, but a path pattern "
                     "is a glob in which '*' matches any characters: add two behaviors, '*.png' "
                     "and '*.jpg'",
                     ""},
        message_case{"regex_optional_slash", R"("^api/?$")",
                     "path '^api/?$' looks like a regular expression, but a path pattern is a glob "
                     "in which '*' matches any characters: add two behaviors, 'api' and 'api/'",
                     ""},
        message_case{"regex_untranslatable", R"("^img\\d+\\.png$")",
                     "path '^img\\\\d+\\\\.png$' looks like a regular expression, but a path "
                     "pattern is a glob in which '*' matches any characters; write the pattern "
                     "with '*', e.g. 'api/*' or '*.css'",
                     ""},
        message_case{"brace", R"("images/{a,b}")",
                     "path 'images/{a,b}' uses a brace glob, which path patterns do not support: "
                     "add two behaviors, 'images/a' and 'images/b'",
                     ""},
        message_case{
            "brace_extensions", R"("*.{png,jpg,gif}")",
            "path '*.{png,jpg,gif}' uses a brace glob, which path patterns do not support: "
            "add three behaviors, '*.png', '*.jpg' and '*.gif'",
            ""},
        message_case{"bracket", R"("img[12].png")",
                     "path 'img[12].png' uses a bracket expression, which path patterns do not "
                     "support: add two behaviors, 'img1.png' and 'img2.png'",
                     ""},
        message_case{"bracket_range", R"("img[0-9].png")",
                     "path 'img[0-9].png' uses a bracket expression, which path patterns do not "
                     "support: did you mean 'img*.png'?",
                     ""},
        message_case{"backslash", R"("images\\logo.png")",
                     "path 'images\\\\logo.png' uses '\\', but URL paths are separated by '/': did "
                     "you mean 'images/logo.png'?",
                     R"("images/logo.png")"},
        message_case{"query_string", R"("search?q=1")",
                     "path 'search?q=1' contains the query string '?q=1'; query strings are not "
                     "part of a path pattern (forwardedQueryStrings decides which reach the "
                     "origin): did you mean 'search'?",
                     ""},
        message_case{"fragment", R"("docs/page#intro")",
                     "path 'docs/page#intro' contains the fragment '#intro'; browsers never send a "
                     "fragment, so the pattern cannot match: did you mean 'docs/page'?",
                     ""},
        message_case{"trailing_whitespace", R"("images/* ")",
                     "path 'images/* ' has whitespace at its end: did you mean 'images/*'?",
                     R"("images/*")"},
        message_case{"surrounding_whitespace", R"(" images/*\n")",
                     "path ' images/*\\u000A' has whitespace at its start and end: did you mean "
                     "'images/*'?",
                     R"("images/*")"},
        message_case{"inner_space", R"("my images/*")",
                     "path 'my images/*' has a space at position 3; path patterns cannot contain "
                     "whitespace: match it with '*'",
                     ""},
        message_case{"control", R"("a\u0001b")",
                     "path 'a\\u0001b' has the control character U+0001 at position 2; path "
                     "patterns cannot contain control characters",
                     ""},
        message_case{"other_character", R"("a,b")",
                     "path 'a,b' has ',' (U+002C) at position 2; path patterns allow only A-Z, "
                     "a-z, 0-9 and _ - . * ? $ / ~ \" ' @ : + &",
                     ""},
        message_case{"too_long", "\"" + std::string(256, 'p') + "\"",
                     "path '" + std::string(100, 'p') +
                         "\u2026' (256 characters) is longer than 255 characters",
                     ""}),
    [](const auto& tc) { return tc.param.name; });

TEST(path_format, one_finding_per_path_and_no_wildcard_warning_on_a_query_string) {
  report r = check(path(R"("search?q=a b#x")"));
  EXPECT_EQ(pointers(r, "LS2020"), std::vector<std::string>{at}) << dump(r);
  EXPECT_TRUE(pointers(r, "LS2021").empty()) << dump(r);
  r = check(path(R"("^/api/?.*$")"));
  EXPECT_EQ(pointers(r, "LS2020"), std::vector<std::string>{at}) << dump(r);
  EXPECT_TRUE(pointers(r, "LS2021").empty()) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
