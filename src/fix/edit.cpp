#include "fix/edit.hpp"

#include "json_pointer.hpp"
#include "source_map.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

namespace sailcheck::detail {
namespace {

// The parent of a pointer ("/a/b" -> "/a") and its last token, still escaped.
std::string_view parent_of(std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
}

}  // namespace

std::optional<text_edit> edit_for(std::string_view text, const fix& f) {
  locate_request req;
  text_edit edit;
  if (f.op == fix::operation::replace) {
    req.segments = split_pointer(f.path);
    edit.replacement = boost::json::serialize(f.value);
  } else {
    if (f.from.empty() || f.path.empty() || parent_of(f.from) != parent_of(f.path)) return {};
    req.segments = split_pointer(f.from);
    req.member_name = true;
    const std::vector<std::string> to = split_pointer(f.path);
    edit.replacement = boost::json::serialize(boost::json::string(to.back()));
  }
  locate(text, std::span(&req, 1));
  if (req.begin == k_no_offset || req.end == k_no_offset || req.end < req.begin) return {};
  edit.begin = req.begin;
  edit.end = req.end;
  return edit;
}

}  // namespace sailcheck::detail
