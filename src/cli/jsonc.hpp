#pragma once

// JSON with comments, as configuration files are written.

#include <string>
#include <string_view>

namespace sailcheck::cli {

/// `text` with every `//` and `/* */` comment outside strings turned into spaces (line breaks
/// kept), so that byte offsets, lines and columns stay those of the original.
std::string strip_comments(std::string_view text);

}  // namespace sailcheck::cli
