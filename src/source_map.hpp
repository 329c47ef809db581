#pragma once

// Maps JSON Pointers back to byte ranges of the text they came from, after the walk and only
// when there are findings, so a valid payload never pays for positions.

#include <sailcheck/diagnostic.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

inline constexpr std::size_t k_no_offset = static_cast<std::size_t>(-1);

struct locate_request {
  /// An RFC 6901 JSON Pointer, read as split_pointer reads it; the caller keeps its text alive.
  std::string_view pointer;
  bool member_name = false;           ///< the key token of the last segment, not the value
  /// Which occurrence of a repeated member to find (0 = first); `k_no_offset` means the last,
  /// the one Boost.JSON keeps.
  std::size_t occurrence = k_no_offset;
  std::size_t begin = k_no_offset;  ///< result: first byte of the token
  std::size_t end = k_no_offset;    ///< result: one past its last byte
};

/// Resolves every request in one pass over `text`. Untracked values are skipped without
/// recursion; text that is not valid JSON is scanned as far as it goes. With `unique_keys` (the
/// caller knows that no object of the text repeats a member name), a pointer names one place
/// only, and the scan stops once every request is resolved.
void locate(std::string_view text, std::span<locate_request> requests, bool unique_keys = false);

/// A member name found by its object instead of by a pointer: a pointer cannot tell apart two
/// objects at one path (a repeated parent), which is where duplicate keys are found.
struct key_request {
  std::size_t object = 0;      ///< the object, counting every `{` of the text from 0 in text order
  std::string_view key;        ///< the member name, unescaped
  std::size_t occurrence = 0;  ///< 0 for the first member with that name in that object
  std::size_t begin = k_no_offset;  ///< result: the member name's token (with its quotes)
  std::size_t end = k_no_offset;
};

/// Resolves every request in one pass over `text` (objects with requests are scanned once more).
void locate_keys(std::string_view text, std::span<key_request> requests);

/// Fills line and column (1-based, code points, CRLF as one break) for byte offsets; sorts
/// `positions` by offset on the way.
void compute_positions(std::string_view text, std::span<source_position*> positions);

/// The raw text of the value at `pointer`, or empty when it is not found.
std::string_view value_token(std::string_view text, std::string_view pointer);

}  // namespace sailcheck::detail
