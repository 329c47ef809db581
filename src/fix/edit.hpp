#pragma once

// The text edit a fix stands for: which bytes it replaces and with what. Shared by apply_fixes
// and the SARIF formatter (`fixes[].artifactChanges[].replacements`), so both edit the same bytes.

#include <sailcheck/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sailcheck::detail {

struct text_edit {
  std::size_t begin = 0;  ///< first byte replaced
  std::size_t end = 0;    ///< one past the last byte replaced
  std::string replacement;
};

/// The edit of `f` on `text`: a `replace` rewrites the value at `f.path` (its serialized JSON); a
/// `move` within one object renames the member, rewriting only its name. Empty when the target
/// is not in the text, or for a move to another object (not expressible as one edit).
std::optional<text_edit> edit_for(std::string_view text, const fix& f);

}  // namespace sailcheck::detail
