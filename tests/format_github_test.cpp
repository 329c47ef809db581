// The GitHub Actions format: workflow-command lines escaped as the toolkit escapes them, errors
// before warnings before notices, and a step summary table that no cell can break.

#include "format/terminal.hpp"
#include "format_test_support.hpp"
#include "test_support.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <sailcheck/format.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

std::string github(const std::vector<file_report>& files, std::ostream* summary = nullptr) {
  format_options o;
  o.step_summary = summary;
  return format_report(output_format::github, files, o);
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Invalid UTF-8, and control or bidi characters other than the line ends of the output.
std::string unsafe_characters(std::string_view s) {
  std::string found;
  for (std::size_t pos = 0; pos < s.size();) {
    const detail::utf8_char ch = detail::decode_utf8(s, pos);
    const char32_t cp = ch.code_point;
    if (!ch.valid || (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) ||
        (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF)
      found += "byte " + std::to_string(pos) + "; ";
    pos += ch.length;
  }
  return found;
}

// The shared golden check (format_test_support.hpp), under this file's historical name.
void expect_golden(std::string_view name, const std::string& actual) {
  EXPECT_TRUE(matches_golden(std::string(name), actual));
}

TEST(format_github, golden_commands_and_step_summary) {
  const std::vector<file_report> files = {checked("config/site.json", k_findings),
                                          checked("clean.json", p1()),
                                          unreadable("missing.json", "no such file")};
  std::ostringstream summary;
  expect_golden("github_findings.txt", github(files, &summary));
  expect_golden("github_summary.md", summary.str());
}

TEST(format_github, one_command_line_per_finding) {
  const file_report f = checked("site.json", k_findings);
  const std::vector<std::string> lines = lines_of(github({f}));
  ASSERT_EQ(lines.size(), f.report.diagnostics.size());
  for (const std::string& line : lines) EXPECT_TRUE(line.starts_with("::")) << line;
  EXPECT_EQ(lines[0],
            "::error file=site.json,line=5,endLine=5,col=5,endColumn=17,title=LS1002 "
            "unknown-member::/origin/regionname: unknown member 'regionname' in origin; did you "
            "mean 'regionName'?");
}

TEST(format_github, errors_then_warnings_then_notices_each_in_file_order) {
  const std::string warn_and_info =
      patch(p1(), {{"/bundleId", R"("smal_1_0")"}, {"/origin/protocolPolicy", ""}});
  const std::vector<file_report> files = {
      checked("a.json", warn_and_info), checked("b.json", k_findings),
      unreadable("c.json", "unreadable"), checked("d.json", warn_and_info)};
  std::vector<std::string> order;
  for (const std::string& line : lines_of(github(files))) {
    const std::size_t space = line.find(' ');
    const std::size_t title = line.find("title=");
    order.push_back(line.substr(2, space - 2) + " " + line.substr(space + 6, 6) + " " +
                    line.substr(title + 6, 6));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"error b.json LS1002", "error b.json LS2001",
                                             "error b.json LS0002", "error c.json sailch",
                                             "warning a.json LS2030", "warning b.json LS2030",
                                             "warning d.json LS2030", "notice a.json LS4011",
                                             "notice b.json LS4011", "notice d.json LS4011"}));
}

TEST(format_github, columns_only_for_a_finding_on_one_line) {
  const file_report f = checked("site.json", k_findings);
  bool seen = false;
  for (const std::string& line : lines_of(github({f}))) {
    if (!line.starts_with("::notice")) continue;
    seen = true;
    EXPECT_EQ(line,
              "::notice file=site.json,line=3,endLine=6,title=LS4011 "
              "default-protocol-policy::/origin: " +
                  first(f.report, "LS4011")->message);
  }
  EXPECT_TRUE(seen);
}

TEST(format_github, no_positions_no_line_properties) {
  file_report f;
  f.file = "parsed.json";
  f.report = linter{}.check(boost::json::value(42));
  ASSERT_EQ(f.report.diagnostics.size(), 1u);
  EXPECT_EQ(github({f}), "::error file=parsed.json,title=LS1003 type-mismatch::(root): " +
                             f.report.diagnostics[0].message + "\n");
}

TEST(format_github, tool_errors_are_errors_titled_sailcheck) {
  EXPECT_EQ(github({unreadable("gone.json", "cannot open: 100% gone\nreally")}),
            "::error file=gone.json,title=sailcheck::cannot open: 100%25 gone%0Areally\n");
}

// Property values escape `%`, CR, LF, `:` and `,`; data escapes `%`, CR and LF; both write other
// controls, bidi characters and invalid bytes as visible escapes.
TEST(format_github, hostile_file_names_and_messages_are_escaped) {
  struct escape_case {
    std::string file;
    std::string error;
    std::string expected;
  };
  const std::vector<escape_case> cases = {
      {"a%b:c,d.json", "x", "::error file=a%25b%3Ac%2Cd.json,title=sailcheck::x"},
      {"r\r\nn.json", "one\r\ntwo", "::error file=r%0D%0An.json,title=sailcheck::one%0D%0Atwo"},
      {"x::error file=y::z.json", "msg ::warning::oops, yes: 50%",
       "::error file=x%3A%3Aerror file=y%3A%3Az.json,title=sailcheck::msg ::warning::oops, yes: "
       "50%25"},
      {"bidi\u202Ex\u2066.json", "tab\there\x1b[31m",
       "::error file=bidi\\u202Ex\\u2066.json,title=sailcheck::tab\\u0009here\\u001B[31m"},
      {"bad\xff\xc3.json", "bad\xfe", "::error file=bad\\xFF\\xC3.json,title=sailcheck::bad\\xFE"},
      {"C:\\dir\\it's|x.json", "ok", "::error file=C%3A\\dir\\it's|x.json,title=sailcheck::ok"},
      {"\xc3\xbcml\xc3\xa4ut.json", "\xe2\x80\xa8sep",
       "::error file=\xc3\xbcml\xc3\xa4ut.json,title=sailcheck::\\u2028sep"},
  };
  for (const escape_case& c : cases) {
    const std::string out = github({unreadable(c.file, c.error)});
    EXPECT_EQ(out, c.expected + "\n") << c.file;
    EXPECT_EQ(unsafe_characters(out), "") << c.file;
  }
}

TEST(format_github, hostile_pointers_are_escaped_in_the_message) {
  const std::string payload = patch(p1(), "/origin/a%b\r\n::c\u202E", "1");
  const std::string out = github({checked("f,1.json", payload)});
  ASSERT_EQ(lines_of(out).size(), 1u) << out;
  EXPECT_TRUE(out.starts_with("::error file=f%2C1.json,line=1,endLine=1,col=")) << out;
  EXPECT_NE(out.find("::/origin/a%25b%0D%0A::c\\u202E: unknown member"), std::string::npos) << out;
  EXPECT_EQ(unsafe_characters(out), "");
}

TEST(format_github, summary_counts_and_table) {
  std::ostringstream summary;
  github({checked("a.json", p1()), checked("b.json", k_findings)}, &summary);
  const std::vector<std::string> lines = lines_of(summary.str());
  ASSERT_GE(lines.size(), 5u);
  EXPECT_EQ(lines[0], "## sailcheck");
  EXPECT_EQ(lines[2], "3 errors, 1 warning, 1 info in 2 files");
  EXPECT_EQ(lines[4], "| file | line | severity | rule | pointer | message |");
  EXPECT_EQ(lines.size(), 6u + 5u);

  std::ostringstream clean;
  github({checked("a.json", p1())}, &clean);
  EXPECT_EQ(clean.str(), "## sailcheck\n\n0 errors, 0 warnings in 1 file\n");

  std::ostringstream broken;
  github({checked("a.json", p1()), unreadable("b.json", "gone")}, &broken);
  EXPECT_EQ(broken.str(),
            "## sailcheck\n\n0 errors, 0 warnings in 2 files; 1 file could not be checked\n\n"
            "| file | line | severity | rule | pointer | message |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| b.json |  | error | sailcheck |  | gone |\n");
}

TEST(format_github, summary_cells_cannot_break_the_table_or_inject_html) {
  std::ostringstream summary;
  github({unreadable("a|b`c`<script>&amp;\n*x*_[l](u)~$1$\\.json",
                     "msg | with <b>bold</b>\r\n`code` \u202Eevil")},
         &summary);
  const std::vector<std::string> lines = lines_of(summary.str());
  ASSERT_EQ(lines.size(), 7u) << summary.str();
  EXPECT_EQ(
      lines[6],
      "| a\\|b\\`c\\`\\<script\\>\\&amp;\\\\u000A\\*x\\*\\_\\[l\\](u)\\~\\$1\\$\\\\.json |  | "
      "error | sailcheck |  | msg \\| with \\<b\\>bold\\</b\\>\\\\u000D\\\\u000A\\`code\\` "
      "\\\\u202Eevil |");
  EXPECT_EQ(unsafe_characters(summary.str()), "");
}

TEST(format_github, summary_stays_under_the_step_summary_limit) {
  const file_report one = checked("site.json", k_findings);
  file_report many;
  many.file = "many.json";
  for (int i = 0; i < 4000; ++i)
    for (const diagnostic& d : one.report.diagnostics) many.report.diagnostics.push_back(d);
  std::ostringstream summary;
  const std::string out = github({many}, &summary);
  EXPECT_EQ(lines_of(out).size(), 20000u);  // the log keeps every finding
  const std::string s = summary.str();
  EXPECT_LT(s.size(), 1024u * 1024u);
  const std::vector<std::string> lines = lines_of(s);
  const std::size_t rows = lines.size() - 8;  // heading, blanks, summary, table head, note
  EXPECT_EQ(lines.back(), std::to_string(20000 - rows) +
                              " more findings not shown: GitHub limits a step summary to 1 MiB; "
                              "the log has every one.");
  EXPECT_EQ(lines[2], "12000 errors, 4000 warnings, 4000 info in 1 file");
}

TEST(format_github, no_summary_without_a_stream) {
  const std::string out = github({checked("b.json", k_findings)});
  EXPECT_EQ(out.find("## sailcheck"), std::string::npos);
  EXPECT_EQ(lines_of(out).size(), 5u);
}

// The machine formats' set of unsafe characters is the one `append_escaped` uses for messages.
TEST(format_github, unsafe_set_matches_the_message_escaper) {
  std::vector<char32_t> differ;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (cp == '\\' || cp == '\'') continue;  // quoting, not safety
    std::string utf8;
    detail::append_utf8(utf8, cp);
    std::string escaped;
    detail::append_escaped(escaped, utf8);
    if ((escaped != utf8) != detail::must_escape(cp)) differ.push_back(cp);
  }
  EXPECT_TRUE(differ.empty()) << "first difference at U+" << std::hex
                              << static_cast<std::uint32_t>(differ.empty() ? 0 : differ[0]);
}

}  // namespace
}  // namespace sailcheck::test
