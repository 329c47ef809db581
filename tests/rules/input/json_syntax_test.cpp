#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

struct syntax_case {
  std::string name;
  std::string text;
  std::size_t offset;
  std::string pointer;
  std::string message_part;  // the words that name the problem
};

class json_syntax_test : public ::testing::TestWithParam<syntax_case> {};

TEST_P(json_syntax_test, names_the_problem_at_the_offending_byte) {
  const syntax_case& c = GetParam();
  report r = check(c.text);
  ASSERT_EQ(pointers(r, "LS0001").size(), 1u) << dump(r);
  const diagnostic& d = *first(r, "LS0001");
  EXPECT_EQ(d.pointer, c.pointer);
  EXPECT_EQ(d.begin.offset, c.offset);
  EXPECT_NE(d.message.find(c.message_part), std::string::npos) << d.message;
  EXPECT_EQ(d.severity, severity::error);
}

INSTANTIATE_TEST_SUITE_P(
    cases, json_syntax_test,
    ::testing::Values(
        syntax_case{"empty", "", 0, "", "the file is empty"},
        syntax_case{"whitespace_only", " \n\t", 0, "", "only whitespace"},
        syntax_case{"bom", "\xEF\xBB\xBF{}", 0, "", "byte order mark"},
        syntax_case{"utf16le", std::string("{\0\"\0a\0\"\0}\0", 10), 0, "", "UTF-16"},
        syntax_case{"utf16be_bom", "\xFE\xFF\0{", 0, "", "UTF-16"},
        // Comments and trailing commas are about the object or array they are in, not its
        // last member.
        syntax_case{"line_comment", "{\"a\":1 // note\n}", 7, "", "comments are not allowed"},
        syntax_case{"comment_in_nested_object", "{\"o\":{\"a\":1 /* c */}}", 12, "/o",
                    "comments are not allowed"},
        syntax_case{"block_comment", "{/* c */}", 1, "", "comments are not allowed"},
        syntax_case{"trailing_comma_object", "{\"a\":1,}", 6, "", "trailing comma before '}'"},
        syntax_case{"trailing_comma_array", "{\"a\":[1,2,\n]}", 9, "/a",
                    "trailing comma before ']'"},
        // A control character outside any string is not "to be escaped in a string".
        syntax_case{"nul_bytes", std::string(100, '\0'), 0, "",
                    "unexpected control character U+0000; JSON allows only spaces, tabs and line "
                    "breaks between tokens"},
        syntax_case{"control_in_string", "{\"a\":\"x\x01\"}", 7, "/a",
                    "raw control character U+0001 must be escaped in a JSON string"},
        syntax_case{"nan", "{\"a\":NaN}", 5, "/a", "NaN and Infinity"},
        syntax_case{"negative_infinity", "{\"a\":-Infinity}", 5, "/a", "NaN and Infinity"},
        syntax_case{"trailing_data", "{} {}", 3, "", "after the end of the JSON document"},
        syntax_case{"two_documents", "{},{}", 2, "", "not a sequence"},
        syntax_case{"single_quotes", "{'a':1}", 1, "", "double quotes"},
        syntax_case{"unquoted_key", "{a:1}", 1, "", "member names must be double-quoted"},
        syntax_case{"invalid_utf8", "{\"a\":\"\xC0\xAF\"}", 6, "/a", "invalid UTF-8"},
        syntax_case{"control_character", "{\"a\":\"x\x01\"}", 7, "/a", "must be escaped"},
        syntax_case{"incomplete", "{\"a\":[1,{\"b\":[", 14, "/a/1/b/0", "unexpected end of input"},
        syntax_case{"lone_surrogate", "{\"a\":\"\\ud800\"}", 6, "/a", "surrogate"},
        syntax_case{"leading_zero", "{\"a\":01}", 6, "/a", "unexpected"},
        syntax_case{"plus_number", "{\"a\":+1}", 5, "/a", "invalid number"}),
    [](const auto& tc) { return tc.param.name; });

TEST(json_syntax, valid_json_gives_no_finding) {
  EXPECT_EQ(first(check(p1()), "LS0001"), nullptr);
  EXPECT_EQ(first(check("{}"), "LS0001"), nullptr);
  EXPECT_EQ(first(check("[]"), "LS0001"), nullptr);
}

TEST(json_syntax, stops_other_rules) {
  report r = check("{\"distributionName\":\"a.b\",}");
  ASSERT_EQ(r.diagnostics.size(), 1u) << dump(r);
  EXPECT_EQ(r.diagnostics[0].code, "LS0001");
}

TEST(json_syntax, message) {
  report r = check("{\"a\":1,}");
  ASSERT_NE(first(r, "LS0001"), nullptr);
  EXPECT_EQ(first(r, "LS0001")->message, "trailing comma before '}' is not allowed in JSON");
  EXPECT_EQ(first(r, "LS0001")->name, "json-syntax");
  EXPECT_EQ(first(r, "LS0001")->begin.line, 1u);
  EXPECT_EQ(first(r, "LS0001")->begin.column, 7u);
}

}  // namespace
}  // namespace sailcheck::test
