// JUnit XML, as CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) read test reports: one
// test suite per file, one failing test case per finding, a passing one for a clean file.
//
// Each suite is written when its file arrives, with its own counts; the `<testsuites>` root
// carries no totals, since they are known only after the last file and consumers add them up
// from the suites anyway.

#include "format/formatters.hpp"

#include "format/terminal.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <ostream>
#include <string>
#include <string_view>

namespace sailcheck::detail {
namespace {

// XML 1.0 (section 2.2, Char) has no place for C0 controls other than tab, LF and CR, nor for
// U+FFFE and U+FFFF, not even as character references. Those, and the characters no output
// copies raw (bidi controls, C1, ...), become visible `\uXXXX` text; invalid UTF-8 becomes
// `\xNN`. Tab, LF and CR are escaped as well, because attribute values would lose them to
// whitespace normalization.
bool escapes_in_xml(char32_t cp) noexcept {
  return must_escape(cp) || cp == 0xFFFE || cp == 0xFFFF;
}

void append_xml(std::string& out, std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    const char32_t cp = ch.code_point;
    if (!ch.valid)
      fmt::format_to(std::back_inserter(out), "\\x{:02X}", static_cast<unsigned char>(s[pos]));
    else if (cp == '&')
      out += "&amp;";
    else if (cp == '<')
      out += "&lt;";
    else if (cp == '>')
      out += "&gt;";
    else if (cp == '"')
      out += "&quot;";
    else if (cp == '\'')
      out += "&apos;";
    else if (escapes_in_xml(cp))
      fmt::format_to(std::back_inserter(out), "\\u{:04X}", static_cast<std::uint32_t>(cp));
    else
      out.append(s.substr(pos, ch.length));
    pos += ch.length;
  }
}

std::string xml(std::string_view s) {
  std::string out;
  append_xml(out, s);
  return out;
}

std::string_view shown_pointer(std::string_view pointer) noexcept {
  return pointer.empty() ? std::string_view("(root)") : pointer;
}

// `file:line:col`, or just `file` when the report has no positions.
std::string place(std::string_view file, const source_position& p) {
  std::string out(file);
  if (p.line != 0) fmt::format_to(std::back_inserter(out), ":{}:{}", p.line, p.column);
  return out;
}

class junit_formatter final : public formatter {
 public:
  explicit junit_formatter(std::ostream& out) : out_(out) {}

  void add(const file_report& fr) override {
    std::string buf;
    begin(buf);
    const std::string file = xml(fr.file);
    const std::size_t findings = fr.report.diagnostics.size();
    const bool tool_error = !fr.tool_error.empty();
    // A clean file still counts one (passing) case, so that CI lists it.
    const std::size_t cases = findings + (tool_error ? 1 : 0);
    fmt::format_to(std::back_inserter(buf),
                   "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", file,
                   cases == 0 ? 1 : cases, findings, tool_error ? 1 : 0);
    if (tool_error) {
      fmt::format_to(std::back_inserter(buf),
                     "    <testcase name=\"sailcheck\" classname=\"{}\">\n"
                     "      <error type=\"tool-error\" message=\"{}\">{}: {}</error>\n"
                     "    </testcase>\n",
                     file, xml(fr.tool_error), file, xml(fr.tool_error));
    } else if (findings == 0) {
      fmt::format_to(std::back_inserter(buf),
                     "    <testcase name=\"sailcheck\" classname=\"{}\"/>\n", file);
    }
    for (const diagnostic& d : fr.report.diagnostics) {
      const std::string pointer = xml(shown_pointer(d.pointer));
      const std::string message = xml(d.message);
      const std::string where = xml(place(fr.file, d.begin));
      fmt::format_to(std::back_inserter(buf),
                     "    <testcase name=\"{} {} {}\" classname=\"{}\">\n"
                     "      <failure type=\"{}\" message=\"{}: {}\">{}: {}: {}: {} [{} {}]",
                     d.code, d.name, pointer, file, to_string(d.severity), where, message, where,
                     to_string(d.severity), pointer, message, d.code, d.name);
      if (d.fix) fmt::format_to(std::back_inserter(buf), "\nfix: {}", xml(d.fix->description));
      for (const related_location& r : d.related)
        fmt::format_to(std::back_inserter(buf), "\n{}: note: {}: {}",
                       xml(place(fr.file, r.position)), xml(shown_pointer(r.pointer)),
                       xml(r.message));
      buf += "</failure>\n    </testcase>\n";
    }
    buf += "  </testsuite>\n";
    out_ << buf;
  }

  void finish() override {
    std::string buf;
    begin(buf);
    buf += "</testsuites>\n";
    out_ << buf;
  }

 private:
  void begin(std::string& buf) {
    if (begun_) return;
    begun_ = true;
    buf += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sailcheck\">\n";
  }

  std::ostream& out_;
  bool begun_ = false;
};

}  // namespace

std::unique_ptr<formatter> make_junit_formatter(std::ostream& out, const format_options&) {
  return std::make_unique<junit_formatter>(out);
}

}  // namespace sailcheck::detail
