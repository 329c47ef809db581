#pragma once

// Shell-style globs on '/'-separated relative paths: `*` and `?` never match '/', `**` as a
// whole segment matches any number of segments, `[abc]`, `[a-z]` and `[!a]` match one character.

#include <string_view>

namespace sailcheck::cli {

/// True when `path` (relative, '/'-separated) matches `pattern`.
bool glob_match(std::string_view pattern, std::string_view path) noexcept;

/// True when `s` has a glob metacharacter (`*`, `?`, `[`).
bool has_glob_chars(std::string_view s) noexcept;

}  // namespace sailcheck::cli
