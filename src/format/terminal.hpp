#pragma once

// What a terminal line needs from input text, for the text and concise formats: escaping that
// keeps the line intact, display widths, and the window of a source line around a token.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sailcheck::detail {

/// Appends `s` with each code point of `must_escape` written `\uXXXX` and each byte that is not
/// valid UTF-8 written `\xNN`, as `append_escaped` writes them, but `\` and `'` as they are: for
/// messages (already quoted by their rule) and source lines, where more escapes would be noise.
void append_printable(std::string& out, std::string_view s);

/// Terminal columns of `cp`, a valid code point that `must_escape` lets through: 2 for East Asian
/// wide and fullwidth characters (a coarse table of the big blocks), 0 for combining marks, 1
/// otherwise.
std::size_t display_width(char32_t cp) noexcept;

/// The widest window of a source line `make_excerpt` shows, in display columns (without the
/// `…` marks of a cut line).
inline constexpr std::size_t k_excerpt_columns = 120;
/// Columns kept before the token when a long line is cut, unless the line ends sooner after it.
inline constexpr std::size_t k_excerpt_lead = 40;
/// Tabs expand to the next multiple of this many columns of the excerpt.
inline constexpr std::size_t k_tab_stop = 4;

struct excerpt {
  /// The line holding the token, printable and with tabs expanded, without its line break; cut
  /// to at most `k_excerpt_columns` display columns, with `…` where it is cut.
  std::string text;
  std::size_t caret = 0;  ///< display column (from 0) of the token's first character in `text`
  std::size_t width = 1;  ///< display columns to underline, at least 1
};

/// The source line that holds byte `begin` of `source`, windowed around the token [begin, end);
/// a token that goes on past its line is underlined to the end of that line (or of the window).
/// Escaped characters take the width of their escape. Empty when `begin` is past the end.
/// Complexity: linear in the window, not in the line, so a minified 4 MiB document costs the
/// same per finding as a pretty-printed one.
std::optional<excerpt> make_excerpt(std::string_view source, std::size_t begin, std::size_t end);

/// One past the JSON token that starts at byte `begin`: a whole string (or up to its line
/// break), a number or literal, or just the bracket of an object or array. For related
/// locations, which carry only where they start.
std::size_t token_end(std::string_view source, std::size_t begin) noexcept;

}  // namespace sailcheck::detail
