#pragma once

// Text helpers for messages: quoting values safely (no raw control characters or bidi
// overrides from the input reach any output), lists of choices, and byte descriptions.

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace sailcheck::detail {

/// Values longer than this many code points are cut in messages, with their full length.
inline constexpr std::size_t k_max_quoted_chars = 100;

/// `'value'`, with control characters, bidi controls and invalid UTF-8 escaped as `\uXXXX` or
/// `\xNN`, and long values truncated: `'aaaa…' (1048576 characters)`.
std::string quote(std::string_view value);

/// Appends `quote(value)` to `out`: a message built in one string needs no temporary per value.
void append_quoted(std::string& out, std::string_view value);

/// Appends `value` escaped as `quote` does, without quotes or truncation.
void append_escaped(std::string& out, std::string_view value);

/// True for the code points no output copies raw from the input: C0 and C1 controls, DEL, the
/// bidi controls, U+2028/9 and U+FEFF. Formatters that escape in their own syntax (JSON) use it.
bool must_escape(char32_t cp) noexcept;

/// `s` with each byte that is not part of valid UTF-8 replaced by U+FFFD, so that JSON output
/// stays valid whatever a file name contains.
std::string to_valid_utf8(std::string_view s);

/// `'a', 'b' or 'c'`.
std::string quoted_list(std::span<const std::string_view> values,
                        std::string_view last_sep = " or ");

/// Describes the byte that starts `rest` for syntax errors: `character 'x'`, `byte 0xC0`,
/// `end of input`.
std::string describe_byte(std::string_view rest);

/// `s` without ASCII whitespace (space, tab, CR, LF, FF, VT) at either end; empty when `s` is
/// blank. LS2005 and LS2030 both use it, so they agree on which bundle ids are blank.
std::string_view trim_ascii_space(std::string_view s) noexcept;

/// A membership table of bytes for tight scanning loops: the ASCII letters and digits when
/// `alnum`, and the bytes of `members`, but none of `except`.
constexpr std::array<bool, 256> byte_set(std::string_view members, bool alnum = false,
                                         std::string_view except = {}) noexcept {
  std::array<bool, 256> t{};
  if (alnum)
    for (int c = 0; c < 256; ++c)
      t[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  for (char c : members) t[static_cast<unsigned char>(c)] = true;
  for (char c : except) t[static_cast<unsigned char>(c)] = false;
  return t;
}

/// ASCII lower-casing for case-insensitive comparisons of names.
char ascii_lower(char c) noexcept;
bool iequals_ascii(std::string_view a, std::string_view b) noexcept;

}  // namespace sailcheck::detail
