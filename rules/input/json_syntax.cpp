// LS0001 json-syntax: not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas,
// NaN, trailing data, empty file; BOM and UTF-16 get messages that name them

#include "parse.hpp"
#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>
#include <boost/json/error.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0001",
    .name = "json-syntax",
    .default_severity = severity::error,
    .summary =
        "not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas, NaN, "
        "trailing data, empty file; BOM and UTF-16 get messages that name them",
    .rationale =
        "The request body must be one JSON object (RFC 8259): boto3 and the AWS CLI fail before "
        "sending anything, with messages that rarely say where. sailcheck names the usual causes "
        "(a byte order mark, UTF-16 text, comments, trailing commas, NaN or Infinity, trailing "
        "data, an empty file) and points at the offending byte; nothing else is checked in a file "
        "that is not JSON.",
    .example_bad = R"({"distributionName": "my-cdn",})",
    .example_good = R"({"distributionName": "my-cdn"})",
};

class json_syntax_rule final : public detail::rule {
 public:
  constexpr json_syntax_rule() noexcept : rule(k_info) {}
};

namespace json = boost::json;

// What describe_syntax_error makes of a failed parse.
struct syntax_description {
  rule_id rule = rule_id::json_syntax;
  std::size_t offset = 0;  // the offending byte
  std::size_t length = 1;  // how many bytes to underline
  std::string message;
  // About the object or array being read (a comment, a trailing comma), not about its last
  // member: the finding names the container.
  bool at_container = false;
};

// Whether `offset` lies inside a string literal, by the quotes before it (only on the error path).
bool inside_string(std::string_view text, std::size_t offset) noexcept {
  bool in = false;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (in && text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      in = !in;
    }
  }
  return in;
}

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

bool looks_like_utf16(std::string_view text) noexcept {
  if (starts_with(text, "\xFF\xFE") || starts_with(text, "\xFE\xFF")) return true;
  // ASCII text in UTF-16 has a NUL beside every character, on the same side of each pair: a
  // '{' followed by NUL bytes is a NUL flood, not UTF-16.
  const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 4);
  if (pairs == 0) return false;
  const bool little = text[0] != '\0' && text[1] == '\0';
  const bool big = text[0] == '\0' && text[1] != '\0';
  if (!little && !big) return false;
  for (std::size_t i = 1; i < pairs; ++i) {
    const bool zero_first = text[2 * i] == '\0', zero_second = text[2 * i + 1] == '\0';
    if (little ? (zero_first || !zero_second) : (!zero_first || zero_second)) return false;
  }
  return true;
}

std::size_t skip_whitespace_back(std::string_view text, std::size_t pos) noexcept {
  while (pos > 0) {
    char c = text[pos - 1];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    --pos;
  }
  return pos;
}

// A plain YAML mapping key at the start of `line`: `key:` or `key: value` (a colon followed by
// a space or the end of the line; `a:b` is one scalar in YAML). Quoted keys are left out on
// purpose: `"key": 1` without braces is more likely a JSON object missing its braces.
bool starts_with_yaml_key(std::string_view line) noexcept {
  // ASCII only, whatever the host program's locale says about other bytes.
  auto key_start = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  auto key_char = [&](char c) {
    return key_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  };
  if (line.empty() || !key_start(line[0])) return false;
  std::size_t i = 1;
  while (i < line.size() && key_char(line[i])) ++i;
  if (i == line.size() || line[i] != ':') return false;
  return i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
}

// True when text that failed to parse as JSON looks like YAML: its first line that is neither
// blank nor a `#` comment is a document marker `---`, a directive (`%YAML`), a block sequence
// item `- x`, or a mapping key `key:`. JSON with a syntax error starts with `{` or `[` (or a
// scalar), so none of these match it.
bool looks_like_yaml(std::string_view text) noexcept {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    const std::string_view content = line.substr(indent);
    if (content.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank
    if (content[0] == '#') continue;                                           // comment
    auto marker_then_space = [&](std::string_view marker) {
      return starts_with(content, marker) &&
             (content.size() == marker.size() || content[marker.size()] == ' ' ||
              content[marker.size()] == '\t');
    };
    // Markers and directives start in the first column; keys and items may be indented.
    if (indent == 0 && (marker_then_space("---") || starts_with(content, "%YAML ") ||
                        starts_with(content, "%TAG ")))
      return true;
    return marker_then_space("-") || starts_with_yaml_key(content);
  }
  return false;
}

// Turns Boost.JSON's error and position into a message that names the usual suspects.
syntax_description describe_syntax_error(std::string_view text, std::size_t pos,
                                         boost::system::error_code ec) {
  syntax_description f;
  f.offset = std::min(pos, text.size());
  auto at = [&](std::size_t p) { return p < text.size() ? text[p] : '\0'; };
  const std::string_view rest = text.substr(f.offset);

  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    f.offset = 0;
    f.length = 0;
    f.message = text.empty() ? "the file is empty; expected a JSON object"
                             : "the file contains only whitespace; expected a JSON object";
    return f;
  }
  if (starts_with(text, "\xEF\xBB\xBF")) {
    f.offset = 0;
    f.length = 3;
    f.message =
        "the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; "
        "save it as UTF-8 without BOM";
    return f;
  }
  if (looks_like_utf16(text)) {
    f.offset = 0;
    f.length = 2;
    f.message = "the file looks like UTF-16 text; JSON payloads must be UTF-8";
    return f;
  }
  if (ec == json::error::too_deep) {
    f.rule = rule_id::input_limit;
    return f;  // the caller words it with the limit
  }
  if (looks_like_yaml(text)) {
    // At the first byte, underlining the first line: the whole file is the problem.
    f.offset = 0;
    f.length = std::min(text.find_first_of("\r\n"), text.size());
    f.message =
        "this looks like YAML, not JSON; 'aws lightsail create-distribution --cli-input-yaml' "
        "takes YAML, sailcheck checks JSON: convert it (for example with 'yq -o json') or write "
        "it as JSON";
    return f;
  }
  if (ec == json::error::extra_data) {
    f.message = fmt::format("unexpected {} after the end of the JSON document",
                            detail::describe_byte(rest));
    if (at(f.offset) == ',') f.message += "; a payload is one object, not a sequence";
    return f;
  }
  if (ec == json::error::incomplete) {
    f.message = "unexpected end of input; the document is incomplete (a missing '}', ']' or '\"'?)";
    return f;
  }
  if (ec == json::error::exponent_overflow) {
    f.message = "number exponent is too large";
    return f;
  }
  if (ec == json::error::illegal_leading_surrogate ||
      ec == json::error::illegal_trailing_surrogate || ec == json::error::expected_utf16_escape) {
    f.message = "invalid \\u escape: a UTF-16 surrogate must come in a high-low pair";
    return f;
  }
  if (ec == json::error::expected_hex_digit) {
    f.message = "invalid \\u escape: expected four hexadecimal digits";
    return f;
  }
  if (f.offset >= 6 && text[f.offset - 6] == '\\' && text[f.offset - 5] == 'u') {
    unsigned unit = 0;
    auto [end, err] = std::from_chars(text.data() + f.offset - 4, text.data() + f.offset, unit, 16);
    if (err == std::errc{} && end == text.data() + f.offset && unit >= 0xD800 && unit <= 0xDBFF) {
      f.offset -= 6;
      f.length = 6;
      f.message = "invalid \\u escape: a high surrogate must be followed by a low surrogate escape";
      return f;
    }
  }
  const char c = at(f.offset);
  if (c == '/' && (at(f.offset + 1) == '/' || at(f.offset + 1) == '*')) {
    f.length = 2;
    f.message = "comments are not allowed in JSON";
    f.at_container = true;
    return f;
  }
  if (c == '}' || c == ']') {
    std::size_t before = skip_whitespace_back(text, f.offset);
    if (before > 0 && text[before - 1] == ',') {
      f.offset = before - 1;
      f.message = fmt::format("trailing comma before '{}' is not allowed in JSON", c);
      f.at_container = true;
      return f;
    }
  }
  if (starts_with(rest, "NaN") || starts_with(rest, "Infinity") || starts_with(rest, "-Infinity") ||
      starts_with(rest, "+Infinity") || starts_with(rest, "-NaN")) {
    f.length = rest.find_first_of("NI") + (rest[rest.find_first_of("NI")] == 'N' ? 3 : 8);
    if (f.offset > 0 && (text[f.offset - 1] == '-' || text[f.offset - 1] == '+')) {
      --f.offset;
      ++f.length;
    }
    f.message = "NaN and Infinity are not JSON numbers";
    return f;
  }
  if (c == '\'') {
    f.message = "strings and member names must use double quotes, not single quotes";
    return f;
  }
  if (static_cast<unsigned char>(c) >= 0x80) {
    f.message = fmt::format("invalid UTF-8: {}", detail::describe_byte(rest));
    return f;
  }
  if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
    f.message =
        inside_string(text, f.offset)
            ? fmt::format("raw {} must be escaped in a JSON string", detail::describe_byte(rest))
            : fmt::format(
                  "unexpected {}; JSON allows only spaces, tabs and line breaks "
                  "between tokens",
                  detail::describe_byte(rest));
    return f;
  }
  if (c == '+' || (c == '0' && at(f.offset + 1) >= '0' && at(f.offset + 1) <= '9') ||
      (c == '.' && at(f.offset + 1) >= '0' && at(f.offset + 1) <= '9')) {
    f.message = fmt::format("invalid number: {}", detail::describe_byte(rest));
    return f;
  }
  std::size_t before = skip_whitespace_back(text, f.offset);
  char prev = before > 0 ? text[before - 1] : '\0';
  if ((prev == '{' || prev == ',') && (std::isalpha(static_cast<unsigned char>(c)) || c == '_')) {
    f.message = "member names must be double-quoted strings";
    return f;
  }
  f.message = fmt::format("unexpected {}", detail::describe_byte(rest));
  return f;
}

}  // namespace

input_finding parse_failure_finding(std::string_view text, const detail::parse_failure& failure,
                                    const limits& lim) {
  if (failure.cause == detail::parse_failure::too_large)
    return {rule_id::input_limit, 0, 0, {}, input_size_message(failure.size, lim)};
  syntax_description d = describe_syntax_error(text, failure.offset, failure.error);
  d.length = std::min(d.length, text.size() - d.offset);  // nothing to underline past the end
  if (d.rule == rule_id::input_limit) d.message = nesting_message(lim);
  return {d.rule, d.offset, d.length, d.at_container ? failure.container_pointer : failure.pointer,
          std::move(d.message)};
}

const detail::rule& json_syntax() {
  static const json_syntax_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
