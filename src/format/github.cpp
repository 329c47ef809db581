// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
// the runner turns into annotations, and optionally a Markdown table for $GITHUB_STEP_SUMMARY.
//
// GitHub shows only the first 10 annotations of each level per step, so errors come first, then
// warnings, then notices. Errors are written as their file arrives; warnings and notices wait
// for `finish`.

#include "format/formatters.hpp"

#include "format/terminal.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {
namespace {

// The runner aborts the upload of a step summary larger than 1024 KiB, losing all of it; the
// table stops well before, leaving room for what other tools of the step write.
constexpr std::size_t k_summary_budget = 512 * 1024;

// Workflow-command escaping as GitHub's own toolkit does it (actions/toolkit,
// packages/core/src/command.ts, `escapeData` and `escapeProperty`): in the message `%` -> `%25`,
// CR -> `%0D`, LF -> `%0A`; in a property value also `:` -> `%3A` and `,` -> `%2C`, so that the
// value cannot end the property list or the command. On top of that, other control characters,
// bidi controls and invalid UTF-8 are written as `\uXXXX`/`\xNN`, so that nothing from a payload
// or a file name can rearrange the log line or the annotation.
void append_command_value(std::string& out, std::string_view s, bool property) {
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    const char32_t cp = ch.code_point;
    if (!ch.valid)
      fmt::format_to(std::back_inserter(out), "\\x{:02X}", static_cast<unsigned char>(s[pos]));
    else if (cp == '%')
      out += "%25";
    else if (cp == '\r')
      out += "%0D";
    else if (cp == '\n')
      out += "%0A";
    else if (property && cp == ':')
      out += "%3A";
    else if (property && cp == ',')
      out += "%2C";
    else if (must_escape(cp))
      fmt::format_to(std::back_inserter(out), "\\u{:04X}", static_cast<std::uint32_t>(cp));
    else
      out.append(s.substr(pos, ch.length));
    pos += ch.length;
  }
}

std::string_view command_of(severity s) noexcept {
  switch (s) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    default:
      return "notice";
  }
}

// A table cell of GitHub-flavoured Markdown: unsafe characters first become visible escapes,
// then every character that Markdown or the table would interpret is backslash-escaped
// (CommonMark lets any ASCII punctuation be escaped; GFM tables honour `\|` even in code
// spans). `<` and `&` escaped this way cannot start HTML or an entity.
void append_cell(std::string& out, std::string_view s) {
  std::string visible;
  append_printable(visible, s);
  for (char c : visible) {
    if (std::string_view("\\`*_[]<>|&~$").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

class github_formatter final : public formatter {
 public:
  github_formatter(std::ostream& out, const format_options& o)
      : out_(out), summary_(o.step_summary) {}

  void add(const file_report& fr) override {
    ++files_;
    std::string file;
    append_command_value(file, fr.file, true);
    std::string errors;
    if (!fr.tool_error.empty()) {
      ++tool_errors_;
      errors += "::error file=" + file + ",title=sailcheck::";
      append_command_value(errors, fr.tool_error, false);
      errors += '\n';
      add_row(fr.file, {}, "error", "sailcheck", {}, fr.tool_error);
    }
    for (const diagnostic& d : fr.report.diagnostics) {
      std::string& line = d.severity == severity::error     ? errors
                          : d.severity == severity::warning ? warnings_
                                                            : notices_;
      fmt::format_to(std::back_inserter(line), "::{} file={}", command_of(d.severity), file);
      if (d.begin.line != 0) {
        const bool has_end = d.end.line != 0 && d.end.offset >= d.begin.offset;
        const std::size_t end_line = has_end ? d.end.line : d.begin.line;
        fmt::format_to(std::back_inserter(line), ",line={},endLine={}", d.begin.line, end_line);
        // The toolkit (packages/core/src/core.ts, AnnotationProperties): columns "cannot be
        // sent when startLine and endLine are different values".
        if (end_line == d.begin.line)
          fmt::format_to(std::back_inserter(line), ",col={},endColumn={}", d.begin.column,
                         has_end ? d.end.column : d.begin.column);
      }
      line += ",title=";
      append_command_value(line, fmt::format("{} {}", d.code, d.name), true);
      line += "::";
      append_command_value(line, d.pointer.empty() ? std::string_view("(root)") : d.pointer, false);
      line += ": ";
      append_command_value(line, d.message, false);
      line += '\n';

      if (d.severity == severity::error)
        ++errors_count_;
      else if (d.severity == severity::warning)
        ++warnings_count_;
      else
        ++infos_count_;
      add_row(fr.file, d.begin.line == 0 ? std::string() : std::to_string(d.begin.line),
              to_string(d.severity), fmt::format("{} {}", d.code, d.name),
              d.pointer.empty() ? std::string_view("(root)") : d.pointer, d.message);
    }
    out_ << errors;
  }

  void finish() override {
    out_ << warnings_ << notices_;
    if (summary_ == nullptr) return;
    std::string s = "## sailcheck\n\n";
    s += plural(errors_count_, "error", "errors");
    s += ", " + plural(warnings_count_, "warning", "warnings");
    if (infos_count_ != 0) s += fmt::format(", {} info", infos_count_);
    s += " in " + plural(files_, "file", "files");
    if (tool_errors_ != 0)
      s += fmt::format("; {} could not be checked", plural(tool_errors_, "file", "files"));
    s += '\n';
    if (!rows_.empty()) {
      s += "\n| file | line | severity | rule | pointer | message |\n";
      s += "| --- | --- | --- | --- | --- | --- |\n";
      s += rows_;
      if (rows_left_out_ != 0)
        s += fmt::format(
            "\n{} not shown: GitHub limits a step summary to 1 MiB; the log has every one.\n",
            plural(rows_left_out_, "more finding", "more findings"));
    }
    *summary_ << s;
  }

 private:
  void add_row(std::string_view file, std::string_view line, std::string_view severity_name,
               std::string_view rule, std::string_view pointer, std::string_view message) {
    if (summary_ == nullptr) return;
    if (rows_left_out_ != 0) {
      ++rows_left_out_;
      return;
    }
    std::string row = "| ";
    append_cell(row, file);
    row += " | ";
    append_cell(row, line);
    row += " | ";
    append_cell(row, severity_name);
    row += " | ";
    append_cell(row, rule);
    row += " | ";
    append_cell(row, pointer);
    row += " | ";
    append_cell(row, message);
    row += " |\n";
    if (rows_.size() + row.size() > k_summary_budget) {
      ++rows_left_out_;
      return;
    }
    rows_ += row;
  }

  std::ostream& out_;
  std::ostream* summary_;
  std::string warnings_;
  std::string notices_;
  std::string rows_;
  std::size_t rows_left_out_ = 0;
  std::size_t files_ = 0, tool_errors_ = 0;
  std::size_t errors_count_ = 0, warnings_count_ = 0, infos_count_ = 0;
};

}  // namespace

std::unique_ptr<formatter> make_github_formatter(std::ostream& out, const format_options& o) {
  return std::make_unique<github_formatter>(out, o);
}

}  // namespace sailcheck::detail
