#include "cli/jsonc.hpp"

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

}  // namespace sailcheck::cli
