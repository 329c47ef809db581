#include "text.hpp"

#include "unicode.hpp"

#include <fmt/format.h>

namespace sailcheck::detail {

bool must_escape(char32_t cp) noexcept {
  // C0, DEL, C1, the bidi embeddings/overrides and isolates, and line/paragraph separators,
  // which would let a payload rearrange or break the terminal line a finding is printed on.
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C ||
         cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

namespace {

// Printable ASCII that is written as it is: no escape, one byte one character.
bool plain_ascii(std::string_view value) noexcept {
  for (char c : value)
    if (c < 0x20 || c > 0x7E || c == '\\' || c == '\'') return false;
  return true;
}

void append_one(std::string& out, std::string_view value, std::size_t pos, const utf8_char& ch) {
  if (!ch.valid) {
    out += fmt::format("\\x{:02X}", static_cast<unsigned char>(value[pos]));
  } else if (ch.code_point == '\\' || ch.code_point == '\'') {
    out += '\\';
    out += static_cast<char>(ch.code_point);
  } else if (must_escape(ch.code_point)) {
    out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(ch.code_point));
  } else {
    out.append(value.substr(pos, ch.length));
  }
}

}  // namespace

void append_escaped(std::string& out, std::string_view value) {
  if (plain_ascii(value)) {
    out += value;
    return;
  }
  for (std::size_t pos = 0; pos < value.size();) {
    utf8_char ch = decode_utf8(value, pos);
    append_one(out, value, pos, ch);
    pos += ch.length;
  }
}

void append_quoted(std::string& out, std::string_view value) {
  if (value.size() <= k_max_quoted_chars && plain_ascii(value)) {
    out += '\'';
    out += value;
    out += '\'';
    return;
  }
  out += '\'';
  std::size_t chars = 0;
  std::size_t pos = 0;
  for (; pos < value.size() && chars < k_max_quoted_chars; ++chars) {
    utf8_char ch = decode_utf8(value, pos);
    append_one(out, value, pos, ch);
    pos += ch.length;
  }
  if (pos < value.size()) {
    out += "\u2026' (";
    out += std::to_string(count_code_points(value));
    out += " characters)";
    return;
  }
  out += '\'';
}

std::string quote(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 2);
  append_quoted(out, value);
  return out;
}

std::string to_valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    if (ch.valid)
      out.append(s.substr(pos, ch.length));
    else
      out += "\uFFFD";
    pos += ch.length;
  }
  return out;
}

std::string quoted_list(std::span<const std::string_view> values, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i != 0) out += i + 1 == values.size() ? last_sep : std::string_view(", ");
    append_quoted(out, values[i]);
  }
  return out;
}

std::string describe_byte(std::string_view rest) {
  if (rest.empty()) return "end of input";
  utf8_char ch = decode_utf8(rest, 0);
  if (!ch.valid) return fmt::format("byte 0x{:02X}", static_cast<unsigned char>(rest[0]));
  if (ch.code_point < 0x20 || ch.code_point == 0x7F)
    return fmt::format("control character U+{:04X}", static_cast<std::uint32_t>(ch.code_point));
  return fmt::format("character {}", quote(rest.substr(0, ch.length)));
}

std::string_view trim_ascii_space(std::string_view s) noexcept {
  constexpr std::string_view k_space = " \t\n\r\f\v";
  const std::size_t start = s.find_first_not_of(k_space);
  if (start == std::string_view::npos) return {};
  return s.substr(start, s.find_last_not_of(k_space) - start + 1);
}

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

}  // namespace sailcheck::detail
