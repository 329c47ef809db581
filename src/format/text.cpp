// The text format (clang/rustc style), the default on a terminal. One block per finding, each
// line ending in '\n' and the block closed by a blank line:
//
//   FILE:LINE:COL: SEVERITY: MESSAGE [CODE name]
//       5 |     "regionName": "us-east-1a",
//         |                   ^~~~~~~~~~~~
//         = at /origin/regionName
//         = help: did you mean 'us-east-1'?
//         = help: fix: replace with "us-east-1" (DESCRIPTION)
//   FILE:LINE:COL: note: MESSAGE                (one per related location)
//       9 |   "bundleId": "small_1_0",
//         |   ^~~~~~~~~~
//         = at /bundleId
//
// - The header is gcc-parseable, `file:line:col: severity: `; a report without positions
//   (`check(value)`) says `FILE:0:0:` and has no excerpt, like the concise format.
// - The line number gutter is at least 5 wide, so blocks of a file under 100000 lines align.
// - The excerpt is the token's line, cut to about 120 columns around it with `…` (see
//   terminal.hpp); the caret marks the token's first character and `~` the rest of it on that
//   line. No excerpt when the caller kept no source.
// - A trailing did-you-mean clause of the message (`; did you mean 'x'?` or `: did you mean
//   'x'?`) moves to its own help line; the fix follows: `replace with JSON` or `rename 'a' to
//   'b'` (`move '/a' to '/b'` across objects), with its description in parentheses.
//
// After the last file one summary line: `3 errors, 1 warning, 2 infos in 2 files` (zero counts
// left out), or `no problems found in 2 files`; `; 1 file could not be checked` is added when
// files had tool errors (those are not counted as checked and not printed here: the CLI prints
// them on stderr).
//
// Colour, only when asked for: bold location and message, bold red `error`, bold magenta
// `warning`, bold cyan `info` and `note`, bold green caret and tildes; each reset right after.
#include "format/formatters.hpp"

#include "format/json_writer.hpp"
#include "format/terminal.hpp"
#include "json_pointer.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <ostream>
#include <utility>
#include <vector>

namespace sailcheck::detail {
namespace {

constexpr std::size_t k_min_gutter = 5;
// A fix's new value longer than this (in code points of its JSON) is cut in the help line.
constexpr std::size_t k_max_fix_chars = k_max_quoted_chars;

// Writes `text` between `on` and a reset when colour is enabled.
void styled(std::string& out, bool color, std::string_view on, std::string_view text) {
  if (color) out += on;
  out += text;
  if (color) out += "\x1b[0m";
}

constexpr std::string_view k_bold = "\x1b[1m";
constexpr std::string_view k_green = "\x1b[1;32m";

std::string_view severity_color(severity s) {
  switch (s) {
    case severity::error:
      return "\x1b[1;31m";
    case severity::warning:
      return "\x1b[1;35m";
    case severity::info:
    case severity::off:
      break;
  }
  return "\x1b[1;36m";
}

std::size_t digits(std::size_t n) {
  std::size_t d = 1;
  for (; n >= 10; n /= 10) ++d;
  return d;
}

// File names and pointers are escaped as the concise format escapes them.
std::string escaped(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

std::string pointer_text(std::string_view pointer) {
  return pointer.empty() ? std::string("(root)") : escaped(pointer);
}

// Splits a trailing "; did you mean 'x'?" (or ": did you mean ...", with an optional remark
// after the '?') off a message: {message without it, "did you mean 'x'?"}. Rules write their
// suggestion last, so the last such clause is the one.
std::pair<std::string_view, std::string_view> split_suggestion(std::string_view message) {
  constexpr std::string_view k_clause = " did you mean ";
  const std::size_t at = message.rfind(k_clause);
  if (at == std::string_view::npos || at == 0) return {message, {}};
  const char sep = message[at - 1];
  if ((sep != ';' && sep != ':') || message.find('?', at) == std::string_view::npos)
    return {message, {}};
  return {message.substr(0, at - 1), message.substr(at + 1)};
}

// The last reference token of a pointer, unescaped, and the pointer of its parent.
std::pair<std::string_view, std::string> split_last(std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  if (slash == std::string_view::npos) return {{}, std::string(pointer)};
  std::vector<std::string> tokens = split_pointer(pointer);
  return {pointer.substr(0, slash), std::move(tokens.back())};
}

std::string describe_fix(const fix& f) {
  std::string out;
  if (f.op == fix::operation::move) {
    auto [from_parent, from_name] = split_last(f.from);
    auto [to_parent, to_name] = split_last(f.path);
    if (from_parent == to_parent)
      out += fmt::format("rename {} to {}", quote(from_name), quote(to_name));
    else
      out += fmt::format("move {} to {}", quote(f.from), quote(f.path));
  } else {
    std::string value;
    append_json_value(value, f.value);
    // JSON text is valid UTF-8 here and has no raw control or bidi characters.
    if (count_code_points(value) > k_max_fix_chars) {
      std::size_t pos = 0;
      for (std::size_t n = 0; n < k_max_fix_chars; ++n) pos += decode_utf8(value, pos).length;
      value.resize(pos);
      value += "\u2026";
    }
    out += "replace with ";
    out += value;
  }
  // A description that only restates the action ("rename 'a' to 'b'") is left out.
  if (!f.description.empty() && f.description != out) {
    out += " (";
    append_printable(out, f.description);
    out += ')';
  }
  return "fix: " + out;
}

class text_formatter final : public formatter {
 public:
  text_formatter(std::ostream& out, bool color) : out_(out), color_(color) {}

  void add(const file_report& fr) override {
    ++files_;
    if (!fr.tool_error.empty()) ++tool_errors_;
    errors_ += fr.report.count(severity::error);
    warnings_ += fr.report.count(severity::warning);
    infos_ += fr.report.count(severity::info);
    if (fr.report.diagnostics.empty()) return;
    const std::string file = escaped(fr.file);
    std::string buf;
    for (const diagnostic& d : fr.report.diagnostics) write_finding(buf, file, fr.source, d);
    out_ << buf;
  }

  void finish() override {
    std::string line;
    auto count = [&](std::size_t n, std::string_view what) {
      if (n == 0) return;
      if (!line.empty()) line += ", ";
      line += fmt::format("{} {}{}", n, what, n == 1 ? "" : "s");
    };
    count(errors_, "error");
    count(warnings_, "warning");
    count(infos_, "info");
    const std::size_t checked = files_ - tool_errors_;
    const std::string_view files = checked == 1 ? "file" : "files";
    if (line.empty())
      line = fmt::format("no problems found in {} {}", checked, files);
    else
      line += fmt::format(" in {} {}", checked, files);
    if (tool_errors_ != 0)
      line += fmt::format("; {} {} could not be checked", tool_errors_,
                          tool_errors_ == 1 ? "file" : "files");
    line += '\n';
    out_ << line;
  }

 private:
  void write_finding(std::string& out, const std::string& file, std::string_view source,
                     const diagnostic& d) const {
    std::size_t last_line = d.begin.line;
    for (const related_location& r : d.related) last_line = std::max(last_line, r.position.line);
    const std::size_t gutter = std::max(k_min_gutter, digits(last_line));

    const auto [message, suggestion] = split_suggestion(d.message);
    write_header(out, file, d.begin, to_string(d.severity), severity_color(d.severity), message);
    out += " [";
    out += d.code;
    out += ' ';
    out += d.name;
    out += "]\n";
    write_excerpt(out, gutter, source, d.begin, d.end.offset);
    write_note(out, gutter, "at " + pointer_text(d.pointer));
    if (!suggestion.empty()) {
      std::string help = "help: ";
      append_printable(help, suggestion);
      write_note(out, gutter, help);
    }
    if (d.fix) write_note(out, gutter, "help: " + describe_fix(*d.fix));

    for (const related_location& r : d.related) {
      write_header(out, file, r.position, "note", severity_color(severity::info), r.message);
      out += '\n';
      const std::size_t end = r.position.offset <= source.size()
                                  ? token_end(source, r.position.offset)
                                  : r.position.offset;
      write_excerpt(out, gutter, source, r.position, end);
      write_note(out, gutter, "at " + pointer_text(r.pointer));
    }
    out += '\n';
  }

  void write_header(std::string& out, const std::string& file, const source_position& at,
                    std::string_view label, std::string_view color,
                    std::string_view message) const {
    styled(out, color_, k_bold, fmt::format("{}:{}:{}:", file, at.line, at.column));
    out += ' ';
    styled(out, color_, color, fmt::format("{}:", label));
    out += ' ';
    std::string text;
    append_printable(text, message);
    styled(out, color_, k_bold, text);
  }

  void write_excerpt(std::string& out, std::size_t gutter, std::string_view source,
                     const source_position& at, std::size_t end) const {
    if (source.empty() || at.line == 0) return;
    const std::optional<excerpt> e = make_excerpt(source, at.offset, end);
    if (!e) return;
    fmt::format_to(std::back_inserter(out), "{:>{}} |", at.line, gutter);
    if (!e->text.empty()) {
      out += ' ';
      out += e->text;
    }
    out += '\n';
    fmt::format_to(std::back_inserter(out), "{:>{}} | {:{}}", "", gutter, "", e->caret);
    styled(out, color_, k_green, "^" + std::string(e->width - 1, '~'));
    out += '\n';
  }

  static void write_note(std::string& out, std::size_t gutter, std::string_view text) {
    fmt::format_to(std::back_inserter(out), "{:>{}} = {}\n", "", gutter, text);
  }

  std::ostream& out_;
  bool color_;
  std::size_t files_ = 0, tool_errors_ = 0, errors_ = 0, warnings_ = 0, infos_ = 0;
};

}  // namespace

std::unique_ptr<formatter> make_text_formatter(std::ostream& out, const format_options& o) {
  return std::make_unique<text_formatter>(out, o.color);
}

}  // namespace sailcheck::detail
