#pragma once

// The characters the machine formats (sarif, github, junit) never copy raw from file names,
// pointers or messages, and a plain-text escape for them. Unlike `append_escaped`, backslashes
// and quotes stay as they are: a file property or a test name must still read as the name the
// user gave (Windows paths keep their separators).

#include "unicode.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace sailcheck::detail {

/// C0, DEL, C1, bidi embeddings/overrides/isolates and marks, line/paragraph separators and the
/// BOM: characters that can hide, reorder or break the text a finding is shown in. The same set
/// as `append_escaped` escapes (text.cpp).
constexpr bool is_unsafe_code_point(char32_t cp) noexcept {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C ||
         cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

/// Appends `s` with each unsafe character written as `\uXXXX` and each byte that is not valid
/// UTF-8 as `\xNN`; everything else is copied.
inline void append_visible(std::string& out, std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    if (!ch.valid)
      fmt::format_to(std::back_inserter(out), "\\x{:02X}", static_cast<unsigned char>(s[pos]));
    else if (is_unsafe_code_point(ch.code_point))
      fmt::format_to(std::back_inserter(out), "\\u{:04X}",
                     static_cast<std::uint32_t>(ch.code_point));
    else
      out.append(s.substr(pos, ch.length));
    pos += ch.length;
  }
}

}  // namespace sailcheck::detail
