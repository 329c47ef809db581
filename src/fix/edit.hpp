#pragma once

// The text edit a fix stands for: which bytes it replaces and with what. Shared by apply_fixes
// and the SARIF formatter (`fixes[].artifactChanges[].replacements`), so both edit the same bytes.

#include <sailcheck/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

struct text_edit {
  std::size_t begin = 0;  ///< first byte replaced
  std::size_t end = 0;    ///< one past the last byte replaced
  std::string replacement;

  friend bool operator==(const text_edit&, const text_edit&) = default;
};

/// The edit of `f` on `text`: a `replace` rewrites the value at `f.path` (its serialized JSON); a
/// `move` within one object renames the member, rewriting only its name. Empty when the target
/// is not in the text, or for a move to another object (not expressible as one edit).
std::optional<text_edit> edit_for(std::string_view text, const fix& f);

/// `edit_for` of every fix, in the same order, with one pass over `text` for all of them: a
/// report can carry a fix per tag of a huge file, and one pass per fix would be quadratic.
std::vector<std::optional<text_edit>> edits_for(std::string_view text,
                                                std::span<const fix* const> fixes);

/// True when `f` is a `move` between two members of one object (same parent pointer, neither
/// the root): a rename, which `edit_for` can express when the source is an object member.
bool is_rename(const fix& f) noexcept;

/// The JSON text of a fix's value, escaped as little as JSON allows: only `"`, `\` and control
/// characters; other characters, `/` and non-ASCII included, are written as they are.
std::string replacement_text(const boost::json::value& v);

}  // namespace sailcheck::detail
