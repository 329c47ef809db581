#include "json_pointer.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>

namespace sailcheck::detail {

path::path(std::initializer_list<path_segment> segments) noexcept {
  for (const path_segment& s : segments) segments_[size_++] = s;
}

void path::push_key(std::string_view k) noexcept {
  assert(size_ < k_capacity && "the request shape is shallower than the path capacity");
  segments_[size_++] = {k, 0, false};
}

void path::push_index(std::size_t i) noexcept {
  assert(size_ < k_capacity && "the request shape is shallower than the path capacity");
  segments_[size_++] = {{}, i, true};
}

std::string path::render() const {
  std::size_t length = 0;
  for (std::size_t i = 0; i < size_; ++i) {
    std::size_t digits = 1;
    for (std::size_t n = segments_[i].index; n >= 10; n /= 10) ++digits;
    length += 1 + (segments_[i].is_index ? digits : segments_[i].key.size());
  }
  std::string out;
  out.reserve(length);  // escapes aside, one allocation at most
  for (std::size_t i = 0; i < size_; ++i) {
    out += '/';
    if (segments_[i].is_index) {
      char digits[24];
      out.append(digits, std::to_chars(digits, digits + sizeof digits, segments_[i].index).ptr);
    } else {
      append_pointer_token(out, segments_[i].key);
    }
  }
  return out;
}

void append_pointer_token(std::string& out, std::string_view token) {
  // A loop, not find_first_of, which searches its set once per byte of the token.
  if (std::none_of(token.begin(), token.end(), [](char c) { return c == '~' || c == '/'; })) {
    out += token;
    return;
  }
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  tokens.reserve(static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/')));
  // A pointer always starts with '/'; each '/' opens one token.
  std::size_t pos = 1;
  for (;;) {
    std::size_t next = pointer.find('/', pos);
    std::string_view raw = pointer.substr(pos, next == std::string_view::npos ? next : next - pos);
    if (std::find(raw.begin(), raw.end(), '~') == raw.end()) {
      tokens.emplace_back(raw);
    } else {
      std::string& token = tokens.emplace_back();
      token.reserve(raw.size());
      for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
          token += raw[i + 1] == '0' ? '~' : '/';
          ++i;
        } else {
          token += raw[i];
        }
      }
    }
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return tokens;
}

namespace {

// All digits; a loop, since find_first_not_of would search its set once per byte.
bool is_index_token(std::string_view t) noexcept {
  if (t.empty()) return false;
  for (const char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}

// Tokens that differ: indices first, and as numbers; then as text.
bool token_less(std::string_view ta, std::string_view tb) noexcept {
  const bool ia = is_index_token(ta), ib = is_index_token(tb);
  if (ia != ib) return ia;
  if (ia && ta.size() != tb.size()) return ta.size() < tb.size();
  return ta < tb;
}

}  // namespace

bool pointer_less(std::string_view a, std::string_view b) noexcept {
  // Every token before the first differing byte is the same in both, so only the token that
  // holds it decides (reports sort many pointers with a long common prefix).
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  if (i == a.size() && i == b.size()) return false;
  const std::size_t slash = i == 0 ? std::string_view::npos : a.rfind('/', i - 1);
  if (slash != std::string_view::npos) {
    const std::size_t start = slash + 1;
    const std::string_view ta = a.substr(start, std::min(a.find('/', start), a.size()) - start);
    const std::string_view tb = b.substr(start, std::min(b.find('/', start), b.size()) - start);
    // Equal tokens: one pointer ends where the other goes on, and the shorter comes first.
    if (ta == tb) return a.size() < b.size();
    return token_less(ta, tb);
  }
  // Not a pointer from its first byte (the document's own "" is one): token by token.
  while (!a.empty() && !b.empty()) {
    const std::size_t ea = std::min(a.find('/', 1), a.size());
    const std::size_t eb = std::min(b.find('/', 1), b.size());
    const std::string_view ta = a.substr(1, ea - 1);
    const std::string_view tb = b.substr(1, eb - 1);
    if (ta != tb) return token_less(ta, tb);
    a.remove_prefix(ea);
    b.remove_prefix(eb);
  }
  return a.size() < b.size();
}

}  // namespace sailcheck::detail
