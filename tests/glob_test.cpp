// Globs of `exclude` and `suppress.files`: the matching table, the directory rules, malformed
// patterns, and patterns that would take exponential time in a backtracking matcher.

#include "cli/glob.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace {

using sailcheck::cli::glob_covers;
using sailcheck::cli::glob_error;
using sailcheck::cli::glob_match;
using sailcheck::cli::has_glob_chars;

struct glob_case {
  std::string_view pattern;
  std::string_view path;
  bool matches;
};

void PrintTo(const glob_case& c, std::ostream* os) {
  *os << "glob_match(\"" << c.pattern << "\", \"" << c.path << "\")";
}

class glob_match_table : public ::testing::TestWithParam<glob_case> {};

TEST_P(glob_match_table, matches_as_documented) {
  const glob_case& c = GetParam();
  EXPECT_EQ(glob_match(c.pattern, c.path), c.matches);
}

INSTANTIATE_TEST_SUITE_P(
    glob, glob_match_table,
    ::testing::Values(
        // A pattern without '/' matches the base name at any depth.
        glob_case{"*.json", "a.json", true}, glob_case{"*.json", "a/b/c.json", true},
        glob_case{"*.draft.json", "a/b/c.draft.json", true}, glob_case{"*.json", "a.jsonx", false},
        glob_case{"*.json", "json", false}, glob_case{"x.json", "a/x.json", true},
        glob_case{"x.json", "a/xx.json", false}, glob_case{"*", "a/b", true},
        glob_case{"*.JSON", "a.json", false},
        // '/' anchors: at the start, or anywhere inside.
        glob_case{"/x.json", "x.json", true}, glob_case{"/x.json", "a/x.json", false},
        glob_case{"a/*", "a/b", true}, glob_case{"a/*", "a/b/c", false},
        glob_case{"a/*.json", "b/a/x.json", false}, glob_case{"a/*/c", "a/b/c", true},
        // `*` and `?` never cross '/'.
        glob_case{"a*c", "a/c", false}, glob_case{"x/a?c", "x/a/c", false},
        glob_case{"x/a*", "x/a/b", false},
        // `**` as a whole segment: zero or more segments.
        glob_case{"**/x.json", "x.json", true}, glob_case{"**/x.json", "a/b/x.json", true},
        glob_case{"**/x.json", "a/b/y.json", false}, glob_case{"a/**", "a", true},
        glob_case{"a/**", "a/b/c", true}, glob_case{"a/**", "b/a/c", false},
        glob_case{"a/**/b", "a/b", true}, glob_case{"a/**/b", "a/x/y/b", true},
        glob_case{"a/**/b", "a/x/y/c", false}, glob_case{"a/**/b/**/c", "a/b/x/b/c", true},
        glob_case{"a/**/**/b", "a/b", true}, glob_case{"**", "a/b/c", true},
        // `**` inside a segment is two `*`.
        glob_case{"a**b", "axxb", true}, glob_case{"x/a**b", "x/ay/zb", false},
        // `?` is one code point.
        glob_case{"?.json", "a.json", true}, glob_case{"?.json", "ab.json", false},
        glob_case{"?", "\xC3\xA9", true}, glob_case{"??", "\xC3\xA9", false},
        glob_case{"?", "\xE9", true},
        // Classes.
        glob_case{"[abc].json", "b.json", true}, glob_case{"[abc].json", "d.json", false},
        glob_case{"[a-c]x", "bx", true}, glob_case{"[a-c]x", "dx", false},
        glob_case{"[!a]x", "ax", false}, glob_case{"[!a]x", "bx", true},
        glob_case{"[^a]x", "bx", true}, glob_case{"[]]", "]", true}, glob_case{"[a-]", "-", true},
        glob_case{"[\\]]", "]", true}, glob_case{"[\xC3\xA9]", "\xC3\xA9", true},
        glob_case{"[a-z]", "\xC3\xA9", false}, glob_case{"[\xE9]", "\xC3\xA9", false},
        // '/' ends a class: both halves are literals.
        glob_case{"x/[/]", "x/[/]", true}, glob_case{"x/[/]", "x/a", false},
        // Backslash escapes; malformed patterns are literal.
        glob_case{"\\*", "*", true}, glob_case{"\\*", "a", false}, glob_case{"a\\?b", "a?b", true},
        glob_case{"a\\?b", "axb", false}, glob_case{"[a", "[a", true},
        glob_case{"a\\", "a\\", true},
        // A trailing '/' matches directories only; a path names one with a trailing '/'.
        glob_case{"drafts/", "drafts/", true}, glob_case{"drafts/", "drafts", false},
        glob_case{"drafts/", "a/drafts/", true}, glob_case{"a/drafts/", "a/drafts/", true},
        glob_case{"drafts", "drafts/", true},
        // Leading "./" and dot files.
        glob_case{"./a/*.json", "a/x.json", true}, glob_case{"*.json", "./x.json", true},
        glob_case{"*", ".hidden", true}, glob_case{".*", ".hidden", true},
        glob_case{".*", "hidden", false},
        // Backtracking that a naive greedy matcher gets wrong.
        glob_case{"*a*a*a*a*b", "aaaaab", true}, glob_case{"*a*a*a*a*b", "aaab", false},
        glob_case{"*ab", "aab", true}, glob_case{"a*b*c", "abbbc", true},
        glob_case{"**/a/b", "a/a/b", true}, glob_case{"**/a/*/c", "a/a/x/c", true}));

struct covers_case {
  std::string_view pattern;
  std::string_view path;
  bool covers;
};

void PrintTo(const covers_case& c, std::ostream* os) {
  *os << "glob_covers(\"" << c.pattern << "\", \"" << c.path << "\")";
}

class glob_covers_table : public ::testing::TestWithParam<covers_case> {};

TEST_P(glob_covers_table, covers_the_path_or_a_directory_it_is_in) {
  const covers_case& c = GetParam();
  EXPECT_EQ(glob_covers(c.pattern, c.path), c.covers);
}

INSTANTIATE_TEST_SUITE_P(
    glob, glob_covers_table,
    ::testing::Values(
        covers_case{"drafts", "drafts/a/b.json", true},
        covers_case{"drafts/", "drafts/a/b.json", true},
        covers_case{"drafts/", "x/drafts/b.json", true}, covers_case{"drafts/", "x/drafts", false},
        covers_case{"/drafts", "x/drafts/b.json", false},
        covers_case{"legacy/**", "legacy/x.json", true},
        covers_case{"legacy/*", "legacy/a/x.json", true}, covers_case{"*.json", "a.json", true},
        covers_case{"b.json", "b.json/c.json", true}, covers_case{"c.json", "a/b/c.json", true},
        covers_case{"a/b", "a/bc/d", false}, covers_case{"a/b", "a/b/c/d", true},
        covers_case{"x/*/c", "x/y/c/d.json", true}, covers_case{"x/*/c", "x/y/d/c", false},
        covers_case{"**/old", "a/old/b.json", true}, covers_case{"**/old", "a/b.json", false}));

TEST(glob, malformed_patterns_are_named) {
  struct error_case {
    std::string_view pattern;
    std::optional<std::string> problem;
  };
  const error_case cases[] = {
      {"", "it is empty"},
      {"/", "it is empty"},
      {"./", "it is empty"},
      {"[a", "it has an unclosed '['"},
      {"[/]", "it has an unclosed '['"},
      {"[\\]", "it has an unclosed '['"},
      {"a\\", "it ends with a lone '\\'"},
      {"a\\/b", "'\\' cannot escape '/', which always separates segments"},
      {"../x", "it has a '..' segment, and globs match paths below the configuration's directory"},
      {"a/../b",
       "it has a '..' segment, and globs match paths below the configuration's directory"},
      {"**/*.json", std::nullopt},
      {"[!a]x", std::nullopt},
      {"[]]", std::nullopt},
      {"\\*", std::nullopt},
      {"drafts/", std::nullopt},
      {"/x.json", std::nullopt},
      {"..x", std::nullopt},
  };
  for (const error_case& c : cases) EXPECT_EQ(glob_error(c.pattern), c.problem) << c.pattern;
}

TEST(glob, has_glob_chars) {
  EXPECT_TRUE(has_glob_chars("a*"));
  EXPECT_TRUE(has_glob_chars("a?"));
  EXPECT_TRUE(has_glob_chars("a[b]"));
  EXPECT_FALSE(has_glob_chars("a/b.json"));
  EXPECT_FALSE(has_glob_chars("a\\b"));
}

// These take exponential time in a recursive backtracking matcher; here they are linear in the
// path per pattern element.
TEST(glob, pathological_patterns_are_bounded) {
  const std::string as(10000, 'a');
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*b", as));
  EXPECT_TRUE(glob_match("*a*a*a*a*a*a*a*a*a*a*b", as + "b"));
  EXPECT_FALSE(glob_match("[a-z]*[a-z]*[a-z]*[a-z]*?*?*?*b", as));

  std::string segments;
  for (int i = 0; i < 5000; ++i) segments += "a/";
  segments += "a";
  EXPECT_EQ(segments.size(), 10001u);
  EXPECT_FALSE(glob_match("**/a/**/a/**/a/**/a/**/b", segments));
  EXPECT_TRUE(glob_match("**/a/**/a/**/a/**/a/**/a", segments));
  EXPECT_FALSE(glob_match("a/**/*a*a*a*b/**/a", segments));
  EXPECT_FALSE(glob_covers("**/a/**/a/**/a/**/b", segments));
  EXPECT_TRUE(glob_covers("**/a/**/a/**/a", segments));
  EXPECT_FALSE(glob_covers("*b*", segments));
}

}  // namespace
