#pragma once

// Shell-style globs on '/'-separated relative paths: `*` and `?` never match '/', `**` as a
// whole segment matches any number of segments, `[abc]`, `[a-z]` and `[!a]` match one character.
//
// The rest of the syntax, as .gitignore has it:
// - a pattern without '/' matches the base name at any depth (`*.draft.json` matches
//   `a/b/c.draft.json`); a leading '/' anchors a pattern to the base directory (`/x.json`
//   matches `x.json` only); any other '/' anchors it too (`a/*.json` does not match `b/a/x.json`);
// - a trailing '/' matches directories only; a path names a directory by ending in '/';
// - `**` matches zero or more segments, so `a/**` matches `a` itself as well as all below it;
//   `**` inside a segment (`a**b`) is two `*`;
// - `*` and `?` match a leading '.' too; `?` and classes match one code point (an invalid UTF-8
//   byte counts as one); `[^a]` is `[!a]`; `]` first in a class is literal; `\` escapes the next
//   character, inside a class too; '/' always separates segments and cannot be escaped;
// - a leading `./` of the pattern or the path is ignored;
// - a malformed pattern still matches deterministically (an unclosed `[` is a literal `[`, a
//   trailing `\` a literal `\`); `glob_error` says what is malformed, for configuration checks.
//
// Matching is bounded: one pass per segment with the two-pointer greedy algorithm, and the same
// algorithm one level up for `**`, so time is O(pattern x path) at worst and nothing allocates.

#include <optional>
#include <string>
#include <string_view>

namespace sailcheck::cli {

/// True when `path` (relative, '/'-separated; a trailing '/' marks a directory) matches
/// `pattern`.
bool glob_match(std::string_view pattern, std::string_view path) noexcept;

/// True when `path` or one of the directories it is in matches `pattern`: `drafts/` and
/// `drafts` cover `drafts/a/b.json`. How `exclude` and `suppress.files` apply a glob, so that
/// excluding a directory excludes what is in it.
bool glob_covers(std::string_view pattern, std::string_view path) noexcept;

/// True when `s` has a glob metacharacter (`*`, `?`, `[`).
bool has_glob_chars(std::string_view s) noexcept;

/// Why `pattern` is not a well-formed glob (`it is empty`, `it has an unclosed '['`, ...), or
/// empty when it is one.
std::optional<std::string> glob_error(std::string_view pattern);

}  // namespace sailcheck::cli
