// The text format: headers, source excerpts with carets, help and note lines, the summary,
// colour; and the excerpt window on its own.

#include "format/terminal.hpp"
#include "format_test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

[[maybe_unused]] std::string text_of(const std::vector<file_report>& files, bool color = false) {
  format_options o;
  o.color = color;
  return format_report(output_format::text, files, o);
}

std::string rep(std::size_t n, char c) { return std::string(n, c); }

// ---------------------------------------------------------------------------------------------
// The excerpt window

struct excerpt_case {
  std::string name;
  std::string source;
  std::size_t begin;
  std::size_t end;
  std::string text;
  std::size_t caret;
  std::size_t width;
};

void PrintTo(const excerpt_case& c, std::ostream* os) { *os << c.name; }

class excerpt_window : public ::testing::TestWithParam<excerpt_case> {};

TEST_P(excerpt_window, exact) {
  const excerpt_case& c = GetParam();
  const std::optional<detail::excerpt> e = detail::make_excerpt(c.source, c.begin, c.end);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->text, c.text);
  EXPECT_EQ(e->caret, c.caret);
  EXPECT_EQ(e->width, c.width);
  EXPECT_EQ(first_unsafe(e->text, false), "");
}

const std::string k_ell = "\u2026";

INSTANTIATE_TEST_SUITE_P(
    format_text, excerpt_window,
    ::testing::
        Values(excerpt_case{"short_line", "  \"a\": \"bc\"", 7, 11, "  \"a\": \"bc\"", 7, 4},
               excerpt_case{"other_lines_left_out", "{\n  \"a\": 1,\n  \"b\": 2\n}", 4, 7,
                            "  \"a\": 1,", 2, 3},
               excerpt_case{"crlf", "{\r\n  \"a\": 12\r\n}\r\n", 10, 12, "  \"a\": 12", 7, 2},
               excerpt_case{"lone_cr_breaks_the_line", "{\r\"a\": 1\r}", 7, 8, "\"a\": 1", 5, 1},
               excerpt_case{"tabs_expand_to_stops_of_4", "\t\"a\":\t\"x\"", 6, 9,
                            "    \"a\":    \"x\"", 12, 3},
               excerpt_case{"two_byte_utf8_is_one_column", "\"\u00e9\": 1", 6, 7, "\"\u00e9\": 1",
                            5, 1},
               excerpt_case{"wide_characters_are_two_columns", "\"\u540d\u524d\": \"x\"", 10, 13,
                            "\"\u540d\u524d\": \"x\"", 8, 3},
               excerpt_case{"emoji_is_two_columns", "\"\U0001F600\": 1", 8, 9, "\"\U0001F600\": 1",
                            6, 1},
               excerpt_case{"combining_mark_takes_no_column", "\"e\u0301\": 1", 7, 8,
                            "\"e\u0301\": 1", 5, 1},
               excerpt_case{"wide_token_underlined_by_columns", "[\"\u540d\"]", 1, 6,
                            "[\"\u540d\"]", 1, 4},
               excerpt_case{"bidi_is_escaped_and_takes_its_width", "\"\u202e\": 1", 7, 8,
                            "\"\\u202E\": 1", 10, 1},
               excerpt_case{"escaped_token_underlined_by_escape", "[\"\u202e\u2028\"]", 1, 9,
                            "[\"\\u202E\\u2028\"]", 1, 14},
               excerpt_case{"invalid_utf8_is_escaped", "\"\xff\": 1", 5, 6, "\"\\xFF\": 1", 8, 1},
               excerpt_case{"control_character_is_escaped", "\"\x1b\": 1", 5, 6, "\"\\u001B\": 1",
                            10, 1},
               excerpt_case{"backslash_and_quote_kept", "[\"a\\\"'\", 1]", 9, 10, "[\"a\\\"'\", 1]",
                            9, 1},
               excerpt_case{"token_spanning_lines_underlined_to_line_end", "{\"a\": [1,\n 2]}", 6,
                            14, "{\"a\": [1,", 6, 3},
               excerpt_case{"caret_at_end_of_input", "{\"a\": ", 6, 6, "{\"a\": ", 6, 1},
               excerpt_case{"caret_on_line_break", "{\"a\"\n}", 4, 4, "{\"a\"", 4, 1},
               excerpt_case{"line_under_the_limit_is_whole", rep(50, 'a') + "\"t\"" + rep(60, 'b'),
                            50, 53, rep(50, 'a') + "\"t\"" + rep(60, 'b'), 50, 3},
               excerpt_case{"line_of_exactly_120_is_whole", rep(20, 'a') + "\"t\"" + rep(97, 'b'),
                            20, 23, rep(20, 'a') + "\"t\"" + rep(97, 'b'), 20, 3},
               excerpt_case{"long_line_cut_on_both_sides",
                            rep(200, 'a') + "\"tok\"" + rep(200, 'b'), 200, 205,
                            k_ell + rep(40, 'a') + "\"tok\"" + rep(75, 'b') + k_ell, 41, 5},
               excerpt_case{"long_line_token_near_its_end", rep(300, 'a') + "\"t\"", 300, 303,
                            k_ell + rep(117, 'a') + "\"t\"", 118, 3},
               excerpt_case{"long_line_token_near_its_start",
                            rep(10, 'a') + "\"t\"" + rep(300, 'b'), 10, 13,
                            rep(10, 'a') + "\"t\"" + rep(107, 'b') + k_ell, 10, 3},
               excerpt_case{"token_longer_than_the_window",
                            rep(20, 'a') + "\"" + rep(300, 'x') + "\"", 20, 322,
                            rep(20, 'a') + "\"" + rep(99, 'x') + k_ell, 20, 100},
               excerpt_case{"long_line_of_wide_characters",
                            [] {
                              std::string s;
                              for (int i = 0; i < 100; ++i) s += "\u540d";
                              return s + "\"t\"" + std::string(100, 'b');
                            }(),
                            300, 303,
                            [] {
                              std::string s = "\u2026";
                              for (int i = 0; i < 20; ++i) s += "\u540d";
                              return s + "\"t\"" + std::string(77, 'b') + "\u2026";
                            }(),
                            41, 3},
               excerpt_case{"cut_never_splits_an_escape",
                            rep(100, 'a') + rep(10, '\x01') + "\"t\"" + rep(200, 'b'), 110, 113,
                            [] {
                              std::string s = "\u2026";
                              for (int i = 0; i < 6; ++i) s += "\\u0001";
                              return s + "\"t\"" + std::string(81, 'b') + "\u2026";
                            }(),
                            37, 3}),
    [](const auto& tc) { return tc.param.name; });

TEST(format_text, excerpt_past_the_end_is_none) {
  EXPECT_FALSE(detail::make_excerpt("{}", 3, 3).has_value());
}

struct token_case {
  std::string source;
  std::size_t begin;
  std::size_t end;
};

TEST(format_text, token_end_of_each_kind) {
  for (const token_case& c :
       {token_case{R"({"a": 1})", 1, 4}, token_case{R"({"a\"b": 1})", 1, 7},
        token_case{R"([12.5e3, 2])", 1, 7}, token_case{R"([true])", 1, 5},
        token_case{R"({"a": {"b": 1}})", 6, 7}, token_case{"[[1]]", 1, 2},
        token_case{"\"abc\ndef\"", 0, 4}, token_case{"\"abc", 0, 4}, token_case{"[1]", 3, 3}})
    EXPECT_EQ(detail::token_end(c.source, c.begin), c.end) << c.source << " at " << c.begin;
}

// ---------------------------------------------------------------------------------------------
// Whole output

std::string needs_work() {
  return read_file(std::string(SAILCHECK_SOURCE_DIR) + "/examples/needs-work.json");
}

// A duplicate key (a related location), a replace fix with a did-you-mean and a remark after it.
std::string dup_and_fix() {
  return "{\n"
         "  \"distributionName\": \"my-site-cdn\",\n"
         "  \"origin\": {\"name\": \"WordPress-1\", \"regionName\": \"us-east-1\", "
         "\"protocolPolicy\": \"HTTP-only\"},\n"
         "  \"defaultCacheBehavior\": {\"behavior\": \"cache\"},\n"
         "  \"bundleId\": \"small_1_0\",\n"
         "  \"bundleId\": \"small_1_0\"\n"
         "}\n";
}

TEST(format_text, golden_needs_work_example) {
  const std::string text = needs_work();
  ASSERT_FALSE(text.empty());
  EXPECT_TRUE(
      matches_golden("text_needs_work.txt", text_of({checked("examples/needs-work.json", text)})));
}

TEST(format_text, golden_duplicate_key_and_fix) {
  const std::string text = dup_and_fix();
  EXPECT_TRUE(matches_golden("text_dup_fix.txt", text_of({checked("dup.json", text)})));
}

TEST(format_text, minified_long_line_is_windowed_around_the_token) {
  const std::string text =
      "{\"distributionName\":\"my-site-cdn\",\"tags\":[{\"key\":\"a\",\"value\":\"" +
      rep(150, 'x') +
      "\"}],\"origin\":{\"name\":\"WordPress-1\",\"regionName\":\"us-east-1a\","
      "\"protocolPolicy\":\"http-only\"},\"defaultCacheBehavior\":{\"behavior\":\"cache\"},"
      "\"bundleId\":\"small_1_0\"}";
  EXPECT_EQ(text_of({checked("min.json", text)}),
            "min.json:1:261: error: 'us-east-1a' is not one of the 20 values of regionName "
            "('us-east-1', 'us-east-2', 'us-west-1', ...) [LS2001 enum-value]\n"
            "    1 | \u2026gin\":{\"name\":\"WordPress-1\",\"regionName\":\"us-east-1a\","
            "\"protocolPolicy\":\"http-only\"},\"defaultCacheBehavior\":{\"behavior\":\"c\u2026\n"
            "      |                                          ^~~~~~~~~~~~\n"
            "      = at /origin/regionName\n"
            "      = help: did you mean 'us-east-1'?\n"
            "\n"
            "1 error in 1 file\n");
}

TEST(format_text, crlf_tabs_multibyte_and_wide_characters_before_the_token) {
  const std::string text =
      "{\r\n"
      "\t\"distributionName\": \"my-site-cdn\",\r\n"
      "\t\"origin\": {\"name\": \"WordPress-1\", \"regionName\": \"us-east-1\", "
      "\"protocolPolicy\": \"http-only\"},\r\n"
      "\t\"defaultCacheBehavior\": {\"behavior\": \"cache\"},\r\n"
      "\t\"bundleId\": \"small_1_0\",\r\n"
      "\t\"tags\": [{\"key\": \"\u540d\u524d\", \"value\": \"\u00e9\"}],\t\"ipAddressType\":\t"
      "\"IPv4\"\r\n"
      "}\r\n";
  // The column counts code points (a tab is one); the caret counts display columns: tabs to the
  // next stop of 4, two for each of the two CJK characters, one for 'é'.
  EXPECT_EQ(text_of({checked("crlf.json", text)}),
            "crlf.json:6:58: error: 'IPv4' is not one of 'dualstack', 'ipv4' or 'ipv6' [LS2001 "
            "enum-value]\n"
            "    6 |     \"tags\": [{\"key\": \"\u540d\u524d\", \"value\": \"\u00e9\"}],    "
            "\"ipAddressType\":    \"IPv4\"\n"
            "      |                                                                     ^~~~~~\n"
            "      = at /ipAddressType\n"
            "      = help: did you mean 'ipv4'? (values are case-sensitive)\n"
            "      = help: fix: replace with \"ipv4\" (write 'ipv4')\n"
            "\n"
            "1 error in 1 file\n");
}

TEST(format_text, hostile_file_and_member_names_are_escaped) {
  std::string text(p1());
  text.pop_back();
  text += ",\n\"\u202Eevil\\u0007\u2028x\":1}";
  const std::string out = text_of({checked("evil\x1b[31m\u202E\xFF.json", text)});
  EXPECT_EQ(first_unsafe(out, true), "") << out;
  const std::string file = "evil\\u001B[31m\\u202E\\xFF.json";
  EXPECT_EQ(out.substr(0, out.find(" in request")),
            file + ":2:1: error: unknown member '\\u202Eevil\\u0007\\u2028x'");
  // The caret is under the whole key: its raw bidi override and line separator are shown, and
  // measured, as their six-character escapes.
  EXPECT_NE(out.find("    2 | \"\\u202Eevil\\u0007\\u2028x\":1}\n"
                     "      | ^~~~~~~~~~~~~~~~~~~~~~~~~\n"
                     "      = at /\\u202Eevil\\u0007\\u2028x\n\n"),
            std::string::npos)
      << out;
}

TEST(format_text, report_without_positions_has_header_and_pointer_only) {
  const report r = linter{}.check(boost::json::parse(R"({"distributionName":"my-site-cdn",
      "origin":{"name":"WordPress-1","regionName":"us-east-1","protocolPolicy":"http-only"},
      "defaultCacheBehavior":{"behavior":"cache"},"bundleId":3})"));
  EXPECT_EQ(text_of({{"value.json", r, {}, {}}}),
            "value.json:0:0: error: expected a string, got the integer 3 [LS1003 type-mismatch]\n"
            "      = at /bundleId\n"
            "\n"
            "1 error in 1 file\n");
}

TEST(format_text, no_excerpt_when_the_source_was_not_kept) {
  const std::string text = patch(p1(), "/ipAddressType", R"("ipv5")");
  const std::string out = text_of({{"a.json", linter{}.check_text(text), {}, {}}});
  EXPECT_EQ(out.find(" | "), std::string::npos) << out;
  EXPECT_NE(out.find("      = at /ipAddressType\n"), std::string::npos) << out;
}

// Findings made by hand, for what the rule set does not produce today.
report one(diagnostic d) {
  report r;
  r.diagnostics.push_back(std::move(d));
  return r;
}

diagnostic made_up(std::string message) {
  diagnostic d;
  d.code = "LS9999";
  d.name = "made-up";
  d.severity = severity::warning;
  d.pointer = "/a/b";
  d.message = std::move(message);
  return d;
}

TEST(format_text, help_lines) {
  struct help_case {
    std::string message;
    std::optional<fix> fx;
    std::string expected;  // the lines after the header and the pointer
  };
  fix move_across{fix::operation::move, "/c/b", "/a/b", {}, "move it"};
  fix rename{fix::operation::move, "/a/c~1d", "/a/b", {}, "rename 'b' to 'c/d'"};
  fix long_value{
      fix::operation::replace, "/a/b", {}, boost::json::value(std::string(150, 'v')), ""};
  fix hostile_value{fix::operation::replace, "/a/b", {}, boost::json::value("\u202Ex\ny"), "a\x1b"};
  for (const help_case& c : std::vector<help_case>{
           {"'x' is wrong; did you mean 'y'?", std::nullopt, "= help: did you mean 'y'?\n"},
           {"'x' is wrong: did you mean 'y'?", std::nullopt, "= help: did you mean 'y'?\n"},
           {"'x'; did you mean 'y' (LS2001)?", std::nullopt,
            "= help: did you mean 'y' (LS2001)?\n"},
           {"did you mean nothing", std::nullopt, ""},
           {"'x' is wrong; did you mean", std::nullopt, ""},
           {"no suggestion", move_across, "= help: fix: move '/a/b' to '/c/b' (move it)\n"},
           {"no suggestion", rename, "= help: fix: rename 'b' to 'c/d'\n"},
           {"no suggestion", long_value,
            "= help: fix: replace with \"" + std::string(99, 'v') + "\u2026\n"},
           {"no suggestion", hostile_value,
            "= help: fix: replace with \"\\u202ex\\ny\" (a\\u001B)\n"},
       }) {
    diagnostic d = made_up(c.message);
    d.fix = c.fx;
    const std::string out = text_of({{"f.json", one(d), {}, {}}});
    const std::size_t at = out.find("      = at /a/b\n");
    ASSERT_NE(at, std::string::npos) << out;
    std::string rest = out.substr(at + 16);
    rest = rest.substr(0, rest.find("\n\n") + 1);
    std::string expected;
    for (std::size_t start = 0; start < c.expected.size();) {
      const std::size_t nl = c.expected.find('\n', start);
      expected += "      " + c.expected.substr(start, nl + 1 - start);
      start = nl + 1;
    }
    EXPECT_EQ(rest == "\n" ? std::string() : rest, expected) << c.message;
  }
}

struct summary_case {
  std::vector<severity> findings;  // in one file
  std::size_t clean_files;
  std::size_t unreadable_files;
  std::string expected;
};

TEST(format_text, summary_line) {
  for (const summary_case& c : std::vector<summary_case>{
           {{}, 0, 0, "no problems found in 0 files"},
           {{}, 1, 0, "no problems found in 1 file"},
           {{}, 3, 0, "no problems found in 3 files"},
           {{}, 1, 1, "no problems found in 1 file; 1 file could not be checked"},
           {{}, 0, 2, "no problems found in 0 files; 2 files could not be checked"},
           {{severity::error}, 0, 0, "1 error in 1 file"},
           {{severity::warning, severity::warning}, 1, 0, "2 warnings in 2 files"},
           {{severity::info}, 0, 0, "1 info in 1 file"},
           {{severity::error, severity::error, severity::error, severity::warning, severity::info,
             severity::info},
            1,
            0,
            "3 errors, 1 warning, 2 infos in 2 files"},
           {{severity::error, severity::info},
            0,
            1,
            "1 error, 1 info in 1 file; 1 file could not be checked"},
       }) {
    std::vector<file_report> files;
    if (!c.findings.empty()) {
      report r;
      for (severity s : c.findings) {
        diagnostic d = made_up("m");
        d.severity = s;
        r.diagnostics.push_back(d);
      }
      files.push_back({"f.json", r, {}, {}});
    }
    for (std::size_t i = 0; i < c.clean_files; ++i) files.push_back(checked("clean.json", p1()));
    for (std::size_t i = 0; i < c.unreadable_files; ++i)
      files.push_back(unreadable("gone.json", "No such file or directory"));
    const std::string out = text_of(files);
    const std::size_t last = out.rfind('\n', out.size() - 2);
    EXPECT_EQ(out.substr(last == std::string::npos ? 0 : last + 1), c.expected + "\n") << out;
  }
}

TEST(format_text, tool_errors_are_not_printed) {
  EXPECT_EQ(text_of({unreadable("gone\u202E.json", "No such file or directory")}),
            "no problems found in 0 files; 1 file could not be checked\n");
}

TEST(format_text, colour_when_asked) {
  const std::string text = patch(p1(), "/ipAddressType", R"("IPv4")");
  diagnostic note = made_up("look here");
  note.severity = severity::warning;
  note.begin = {1, 1, 0};
  note.end = {1, 2, 1};
  note.related.push_back({"", {1, 1, 0}, "the document"});
  const std::string out =
      text_of({checked("a.json", text), {"b.json", one(note), text, {}}}, /*color=*/true);
  const std::size_t at = text.find("\"IPv4\"");
  const std::string column = std::to_string(at + 1);
  const std::string excerpt = detail::make_excerpt(text, at, at + 6)->text;
  const std::size_t caret = detail::make_excerpt(text, at, at + 6)->caret;
  EXPECT_EQ(out, "\x1b[1ma.json:1:" + column +
                     ":\x1b[0m \x1b[1;31merror:\x1b[0m \x1b[1m'IPv4' is not one "
                     "of 'dualstack', 'ipv4' or 'ipv6'\x1b[0m [LS2001 enum-value]\n"
                     "    1 | " +
                     excerpt +
                     "\n"
                     "      | " +
                     std::string(caret, ' ') +
                     "\x1b[1;32m^~~~~~\x1b[0m\n"
                     "      = at /ipAddressType\n"
                     "      = help: did you mean 'ipv4'? (values are case-sensitive)\n"
                     "      = help: fix: replace with \"ipv4\" (write 'ipv4')\n"
                     "\n"
                     "\x1b[1mb.json:1:1:\x1b[0m \x1b[1;35mwarning:\x1b[0m \x1b[1mlook here\x1b[0m "
                     "[LS9999 made-up]\n"
                     "    1 | " +
                     detail::make_excerpt(text, 0, 1)->text +
                     "\n"
                     "      | \x1b[1;32m^\x1b[0m\n"
                     "      = at /a/b\n"
                     "\x1b[1mb.json:1:1:\x1b[0m \x1b[1;36mnote:\x1b[0m \x1b[1mthe document\x1b[0m\n"
                     "    1 | " +
                     detail::make_excerpt(text, 0, 1)->text +
                     "\n"
                     "      | \x1b[1;32m^\x1b[0m\n"
                     "      = at (root)\n"
                     "\n"
                     "1 error, 1 warning in 2 files\n");
}

TEST(format_text, no_escape_sequence_without_colour) {
  const std::string a = needs_work();
  const std::string b = dup_and_fix();
  const std::string out = text_of({checked("a.json", a), checked("b.json", b)});
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  EXPECT_EQ(first_unsafe(out, true), "") << out;
}

TEST(format_text, streams_each_file_and_summarises_at_the_end) {
  std::ostringstream out;
  auto f = make_formatter(output_format::text, out);
  const std::string bad = patch(p1(), "/ipAddressType", R"("IPv4")");
  f->add(checked("a.json", bad));
  const std::string first = out.str();
  EXPECT_EQ(first.rfind("a.json:1:", 0), 0U) << first;
  EXPECT_EQ(first.find(" in 1 file"), std::string::npos) << first;
  f->add(checked("b.json", p1()));
  EXPECT_EQ(out.str(), first);
  f->finish();
  EXPECT_EQ(out.str(), first + "1 error in 2 files\n");
}

}  // namespace
}  // namespace sailcheck::test
