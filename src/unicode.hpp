#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/// Unicode helpers for rules that reason about characters rather than bytes.
/// Tables are generated from the Unicode Character Database by
/// scripts/gen_unicode_tables.py so that sailcheck needs neither ICU nor
/// std::regex (whose Unicode support is implementation-defined).
namespace sailcheck::detail {

/// Coarse classes derived from the Unicode General_Category groups L*, N*, Z*
/// and M*. Everything else, including unassigned code points, controls (so
/// '\t' and '\n', which are Cc), punctuation, symbols and emoji, is `other`.
enum class char_class : std::uint8_t { letter, number, space, mark, other };

char_class classify(char32_t cp) noexcept;

struct utf8_char {
  char32_t code_point;
  std::uint8_t length;  ///< bytes consumed; 1 for an invalid byte so callers always make progress
  bool valid;
};

/// Strict RFC 3629 decoding of the sequence starting at s[pos]: overlong forms,
/// surrogates, values above U+10FFFF, truncated sequences and stray
/// continuation bytes are invalid. An invalid result reports only the first byte
/// (length 1, code_point = that byte value) so the caller can resynchronise on
/// the next byte. If pos >= s.size() there is nothing to decode and the result
/// is {0, 0, false}.
utf8_char decode_utf8(std::string_view s, std::size_t pos) noexcept;

/// Number of code points in s, counting each byte of an invalid sequence as
/// one, matching how decode_utf8 steps through malformed input.
std::size_t count_code_points(std::string_view s) noexcept;

/// Appends `cp` encoded as UTF-8 (a code point the caller has checked, at most U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

/// Unicode simple case folding (CaseFolding.txt statuses C and S): the one code point `cp`
/// folds to, or `cp` itself. Two strings are equal ignoring case, in the simple sense, when
/// their code points fold alike: `K` (U+212A KELVIN SIGN) and `k`, `Σ`, `σ` and `ς`, `ǅ` and
/// `ǆ`; not `ß` and `ss`, which takes full folding.
char32_t simple_fold(char32_t cp) noexcept;

/// Version of the Unicode Character Database the tables were generated from.
std::string_view unicode_version() noexcept;

}  // namespace sailcheck::detail
