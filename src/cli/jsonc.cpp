#include "cli/jsonc.hpp"

#include "unicode.hpp"

#include <fmt/format.h>

namespace sailcheck::cli {

std::string strip_comments(std::string_view text) {
  std::string out(text);
  bool in_string = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
      for (; i < out.size() && out[i] != '\n'; ++i) out[i] = ' ';
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '*') {
      out[i] = out[i + 1] = ' ';
      for (i += 2; i < out.size() && !(out[i] == '*' && i + 1 < out.size() && out[i + 1] == '/');
           ++i)
        if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
      if (i < out.size()) out[i] = ' ';
      if (i + 1 < out.size()) out[++i] = ' ';
    }
  }
  return out;
}

std::string escape_json_output(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t pos = 0; pos < json.size();) {
    const detail::utf8_char ch = detail::decode_utf8(json, pos);
    const char32_t cp = ch.code_point;
    if (ch.valid && (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
                     (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
                     cp == 0x061C || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)) {
      out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(cp));
    } else {
      out.append(json.substr(pos, ch.length));
    }
    pos += ch.length;
  }
  return out;
}

}  // namespace sailcheck::cli
