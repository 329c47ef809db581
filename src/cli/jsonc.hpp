#pragma once

// JSON with comments, as configuration files are written.

#include <string>
#include <string_view>

namespace sailcheck::cli {

/// `text` with every `//` and `/* */` comment outside strings turned into spaces (line breaks
/// kept), so that byte offsets, lines and columns stay those of the original.
std::string strip_comments(std::string_view text);

/// Serialized JSON with the code points a terminal or editor would act on (DEL, C1 controls,
/// bidi controls, U+2028/U+2029) written as `\uXXXX`; only strings can hold them, so escaping
/// them there keeps the document equal.
std::string escape_json_output(std::string_view json);

}  // namespace sailcheck::cli
