#include "fix/edit.hpp"

#include "json_pointer.hpp"
#include "source_map.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

namespace sailcheck::detail {
namespace {

// The parent of a pointer ("/a/b" -> "/a"); empty for the root and its members.
std::string_view parent_of(std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
}

// RFC 6901: empty (the whole document) or a sequence of '/'-prefixed tokens.
bool is_pointer(std::string_view p) noexcept { return p.empty() || p.front() == '/'; }

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The scanner falls back to the value's span when the last segment is an array index, so a
// "member name" is only one if it is a string token followed by ':'.
bool is_member_name(std::string_view text, std::size_t begin, std::size_t end) noexcept {
  if (end <= begin || end > text.size() || text[begin] != '"' || text[end - 1] != '"') return false;
  while (end < text.size() && is_space(text[end])) ++end;
  return end < text.size() && text[end] == ':';
}

}  // namespace

bool is_rename(const fix& f) noexcept {
  return f.op == fix::operation::move && !f.from.empty() && !f.path.empty() && is_pointer(f.from) &&
         is_pointer(f.path) && parent_of(f.from) == parent_of(f.path);
}

std::string replacement_text(const boost::json::value& v) {
  // Boost.JSON escapes exactly `"`, `\` and U+0000..U+001F, which is the minimum JSON needs.
  return boost::json::serialize(v);
}

std::vector<std::optional<text_edit>> edits_for(std::string_view text,
                                                std::span<const fix* const> fixes) {
  std::vector<locate_request> requests;
  std::vector<std::size_t> request_of(fixes.size(), k_no_offset);
  requests.reserve(fixes.size());
  for (std::size_t i = 0; i < fixes.size(); ++i) {
    const fix& f = *fixes[i];
    locate_request req;
    if (f.op == fix::operation::replace) {
      if (!is_pointer(f.path)) continue;
      req.pointer = f.path;
    } else if (is_rename(f)) {
      req.pointer = f.from;
      req.member_name = true;
    } else {
      continue;
    }
    request_of[i] = requests.size();
    requests.push_back(std::move(req));
  }
  locate(text, requests);

  std::vector<std::optional<text_edit>> out(fixes.size());
  for (std::size_t i = 0; i < fixes.size(); ++i) {
    if (request_of[i] == k_no_offset) continue;
    const locate_request& req = requests[request_of[i]];
    if (req.begin == k_no_offset || req.end == k_no_offset || req.end < req.begin) continue;
    const fix& f = *fixes[i];
    text_edit edit{req.begin, req.end, {}};
    if (f.op == fix::operation::replace) {
      edit.replacement = replacement_text(f.value);
    } else {
      if (!is_member_name(text, req.begin, req.end)) continue;
      const std::vector<std::string> to = split_pointer(f.path);
      edit.replacement = replacement_text(boost::json::string(to.back()));
    }
    out[i] = std::move(edit);
  }
  return out;
}

std::optional<text_edit> edit_for(std::string_view text, const fix& f) {
  const fix* one = &f;
  return std::move(edits_for(text, std::span(&one, 1)).front());
}

}  // namespace sailcheck::detail
