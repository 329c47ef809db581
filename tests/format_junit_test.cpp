// The JUnit format: one suite per file with its counts, a failing case per finding, a passing
// case for a clean file, an error case for a tool error, and a well-formed XML 1.0 document
// whatever the file names, pointers and messages contain.

#include "format_test_support.hpp"
#include "test_support.hpp"
#include "unicode.hpp"

#include <sailcheck/format.hpp>

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

std::string junit(const std::vector<file_report>& files) {
  return format_report(output_format::junit, files);
}

// The shared golden check (format_test_support.hpp), under this file's historical name.
void expect_golden(std::string_view name, const std::string& actual) {
  EXPECT_TRUE(matches_golden(std::string(name), actual));
}

// A strict check of the XML 1.0 subset the formatter writes: the declaration, elements with
// double-quoted attributes, text, and the five predefined entities. Returns what is wrong, or
// empty. No comments, CDATA or DOCTYPE are expected, so any is an error.
class xml_checker {
 public:
  explicit xml_checker(std::string_view s) : s_(s) {}

  std::string check() {
    constexpr std::string_view decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (!s_.starts_with(decl)) return "no XML declaration";
    pos_ = decl.size();
    if (std::string e = characters(); !e.empty()) return e;
    std::vector<std::string> open;
    bool root_seen = false;
    while (pos_ < s_.size()) {
      if (s_[pos_] != '<') {
        const std::size_t end = s_.find('<', pos_);
        const std::string_view text = s_.substr(pos_, end - pos_);
        if (open.empty() && text.find_first_not_of(" \n") != std::string_view::npos)
          return "text outside the root";
        if (std::string e = text_ok(text); !e.empty()) return e;
        if (end == std::string_view::npos) break;
        pos_ = end;
        continue;
      }
      if (s_.substr(pos_).starts_with("</")) {
        const std::size_t end = s_.find('>', pos_);
        if (end == std::string_view::npos) return "unclosed end tag";
        const std::string name(s_.substr(pos_ + 2, end - pos_ - 2));
        if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
        open.pop_back();
        pos_ = end + 1;
        continue;
      }
      if (open.empty() && root_seen) return "second root element";
      root_seen = true;
      ++pos_;
      const std::string name = read_name();
      if (name.empty()) return "bad element name at " + std::to_string(pos_);
      std::vector<std::string> attributes;
      for (;;) {
        if (pos_ >= s_.size()) return "unclosed start tag";
        if (s_[pos_] == ' ') {
          ++pos_;
          const std::string attr = read_name();
          if (attr.empty()) return "bad attribute name in <" + name + ">";
          for (const std::string& a : attributes)
            if (a == attr) return "attribute " + attr + " twice";
          attributes.push_back(attr);
          if (s_.substr(pos_, 2) != "=\"") return "attribute without =\"";
          pos_ += 2;
          const std::size_t end = s_.find('"', pos_);
          if (end == std::string_view::npos) return "unclosed attribute";
          const std::string_view value = s_.substr(pos_, end - pos_);
          if (value.find('<') != std::string_view::npos) return "< in an attribute";
          if (std::string e = text_ok(value); !e.empty()) return e;
          pos_ = end + 1;
        } else if (s_.substr(pos_, 2) == "/>") {
          pos_ += 2;
          break;
        } else if (s_[pos_] == '>') {
          ++pos_;
          open.push_back(name);
          break;
        } else {
          return "unexpected character in <" + name + ">";
        }
      }
    }
    if (!open.empty()) return "unclosed <" + open.back() + ">";
    if (!root_seen) return "no root element";
    return {};
  }

 private:
  std::string read_name() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                s_[pos_] == '_' || s_[pos_] == '-'))
      ++pos_;
    return std::string(s_.substr(start, pos_ - start));
  }

  // Every character is an XML 1.0 Char, and `&` starts one of the predefined entities.
  std::string characters() const {
    for (std::size_t pos = 0; pos < s_.size();) {
      const detail::utf8_char ch = detail::decode_utf8(s_, pos);
      const char32_t cp = ch.code_point;
      if (!ch.valid) return "invalid UTF-8 at " + std::to_string(pos);
      if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF)
        return "character not allowed in XML at " + std::to_string(pos);
      // No output copies these raw, even where XML would allow them.
      if ((cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
          (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029)
        return "unsafe character at " + std::to_string(pos);
      pos += ch.length;
    }
    return {};
  }

  static std::string text_ok(std::string_view text) {
    for (std::size_t i = text.find('&'); i != std::string_view::npos; i = text.find('&', i + 1)) {
      const std::string_view rest = text.substr(i);
      bool known = false;
      for (std::string_view e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
        known = known || rest.starts_with(e);
      if (!known) return "bare & in " + std::string(text);
    }
    if (text.find('>') != std::string_view::npos) return "raw > in " + std::string(text);
    return {};
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

std::string xml_errors(const std::string& s) { return xml_checker(s).check(); }

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(format_junit, golden) {
  const std::vector<file_report> files = {checked("config/site.json", k_findings),
                                          checked("clean.json", p1()),
                                          unreadable("missing.json", "no such file")};
  const std::string out = junit(files);
  EXPECT_EQ(xml_errors(out), "");
  expect_golden("junit_findings.xml", out);
}

TEST(format_junit, the_checker_catches_what_it_should) {
  // The well-formedness check above must be able to fail, or the hostile tests prove nothing.
  const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  EXPECT_EQ(xml_errors(head + "<a x=\"1\"><b/></a>\n"), "");
  EXPECT_NE(xml_errors(head + "<a x=\"<\"/>"), "");
  EXPECT_NE(xml_errors(head + "<a>&nbsp;</a>"), "");
  EXPECT_NE(xml_errors(head + "<a>\x01</a>"), "");
  EXPECT_NE(xml_errors(head + "<a>\xff</a>"), "");
  EXPECT_NE(xml_errors(head + "<a>\xef\xbf\xbe</a>"), "");
  EXPECT_NE(xml_errors(head + "<a><b></a></b>"), "");
  EXPECT_NE(xml_errors(head + "<a x=\"1\" x=\"2\"/>"), "");
  EXPECT_NE(xml_errors(head + "<a/><b/>"), "");
}

TEST(format_junit, empty_run_is_a_document) {
  EXPECT_EQ(junit({}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sailcheck\">\n"
            "</testsuites>\n");
}

TEST(format_junit, a_clean_file_has_one_passing_case) {
  EXPECT_EQ(junit({checked("ok.json", p1())}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sailcheck\">\n"
            "  <testsuite name=\"ok.json\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
            "    <testcase name=\"sailcheck\" classname=\"ok.json\"/>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

TEST(format_junit, a_tool_error_is_an_error_case) {
  const std::vector<std::string> lines = lines_of(junit({unreadable("gone.json", "no <file>")}));
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(lines[2], "  <testsuite name=\"gone.json\" tests=\"1\" failures=\"0\" errors=\"1\">");
  EXPECT_EQ(lines[3], "    <testcase name=\"sailcheck\" classname=\"gone.json\">");
  EXPECT_EQ(lines[4],
            "      <error type=\"tool-error\" message=\"no &lt;file&gt;\">gone.json: no "
            "&lt;file&gt;</error>");
}

TEST(format_junit, one_failing_case_per_finding) {
  const file_report f = checked("site.json", k_findings);
  const std::string out = junit({f});
  EXPECT_EQ(xml_errors(out), "");
  const std::vector<std::string> lines = lines_of(out);
  EXPECT_EQ(lines[2], "  <testsuite name=\"site.json\" tests=\"5\" failures=\"5\" errors=\"0\">");
  std::vector<std::string> names;
  for (const std::string& line : lines)
    if (line.starts_with("    <testcase name=\""))
      names.push_back(line.substr(20, line.find('"', 20) - 20));
  EXPECT_EQ(
      names,
      (std::vector<std::string>{
          "LS4011 default-protocol-policy /origin", "LS1002 unknown-member /origin/regionname",
          "LS2001 enum-value /cacheBehaviorSettings/forwardedHeaders/headersAllowList/0",
          "LS0002 duplicate-key /bundleId", "LS2030 bundle-id /bundleId"}));
  const diagnostic& d = *first(f.report, "LS2001");
  const std::string failure = "      <failure type=\"error\" message=\"site.json:9:71: ";
  EXPECT_NE(out.find(failure), std::string::npos) << out;
  EXPECT_NE(out.find("<failure type=\"info\""), std::string::npos);
  EXPECT_NE(out.find("<failure type=\"warning\""), std::string::npos);
  EXPECT_EQ(d.begin.line, 9u);
}

TEST(format_junit, hostile_names_pointers_and_messages_stay_well_formed) {
  struct hostile_case {
    std::string file;
    std::string expected_name;  // the suite's name attribute as written
  };
  const std::vector<hostile_case> cases = {
      {"a&b<c>d\"e'f.json", "a&amp;b&lt;c&gt;d&quot;e&apos;f.json"},
      {"c0\x01\x0b\x1f.json", "c0\\u0001\\u000B\\u001F.json"},
      {"ws\t\r\n.json", "ws\\u0009\\u000D\\u000A.json"},
      {"nc\xef\xbf\xbe\xef\xbf\xbf.json", "nc\\uFFFE\\uFFFF.json"},
      {"bidi\u202E\u2067\u200F.json", "bidi\\u202E\\u2067\\u200F.json"},
      {"bad\xff\xed\xa0\x80.json", "bad\\xFF\\xED\\xA0\\x80.json"},
      {"ok\xc3\xbc\xf0\x9f\x98\x80.json", "ok\xc3\xbc\xf0\x9f\x98\x80.json"},
      {"]]>--><!--.json", "]]&gt;--&gt;&lt;!--.json"},
  };
  const std::string payload = patch(p1(), "/origin/<x>&\x01\u202E\"", "1");
  for (const hostile_case& c : cases) {
    const std::string out = junit({checked(c.file, payload), unreadable(c.file, c.file)});
    EXPECT_EQ(xml_errors(out), "") << c.expected_name << "\n" << out;
    EXPECT_NE(out.find("<testsuite name=\"" + c.expected_name + "\" tests=\"1\" failures=\"1\""),
              std::string::npos)
        << out;
  }
  const std::string out = junit({checked("p.json", payload)});
  EXPECT_NE(out.find("name=\"LS1002 unknown-member /origin/&lt;x&gt;&amp;\\u0001\\u202E&quot;\""),
            std::string::npos)
      << out;
}

TEST(format_junit, related_locations_and_fixes_are_in_the_failure_text) {
  const std::string out = junit({checked("site.json", k_findings)});
  const file_report f = checked("site.json", k_findings);
  const diagnostic& dup = *first(f.report, "LS0002");
  ASSERT_EQ(dup.related.size(), 1u);
  EXPECT_NE(out.find("\nsite.json:" + std::to_string(dup.related[0].position.line) + ":" +
                     std::to_string(dup.related[0].position.column) + ": note: /bundleId: "),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\nfix: "), std::string::npos) << out;
}

TEST(format_junit, streams_one_suite_per_file) {
  std::ostringstream out;
  auto f = make_formatter(output_format::junit, out);
  f->add(checked("a.json", p1()));
  EXPECT_NE(out.str().find("</testsuite>\n"), std::string::npos);
  f->add(checked("b.json", k_findings));
  f->finish();
  EXPECT_EQ(xml_errors(out.str()), "");
}

}  // namespace
}  // namespace sailcheck::test
