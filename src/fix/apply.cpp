#include <sailcheck/fix.hpp>

#include "fix/edit.hpp"
#include "json_pointer.hpp"
#include "source_map.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace sailcheck {
namespace {

// One edit to make, and the diagnostics whose fixes it stands for (identical edits are merged).
struct planned_edit {
  detail::text_edit edit;
  const diagnostic* first = nullptr;
  std::size_t fixes = 1;
};

// "LS2001 at '/origin/regionName'": how every refusal names a fix.
std::string name_of(const diagnostic& d) {
  return fmt::format("{} at {}", d.code, detail::quote(d.pointer));
}

fix_error stale(const diagnostic& d, std::string_view why) {
  return {
      fmt::format("stale fix: {}: {}; the report was not made from this text", name_of(d), why)};
}

// The checks that need only the fix and its own edit: is it one edit, is its target there, is
// it where the report saw it.
std::optional<fix_error> check_one(const diagnostic& d, const std::optional<detail::text_edit>& e) {
  const fix& f = *d.fix;
  const bool move = f.op == fix::operation::move;
  if (move && !detail::is_rename(f))
    return fix_error{fmt::format(
        "cannot apply the fix of {}: it moves {} to {}, which is not a rename within one object",
        name_of(d), detail::quote(f.from), detail::quote(f.path))};
  const std::string& target = move ? f.from : f.path;
  if (!e && move)
    // Either stale or a move between array items, which has no name to rewrite.
    return fix_error{fmt::format(
        "cannot apply the fix of {}: the text has no object member {} to rename; was the "
        "report made from another text?",
        name_of(d), detail::quote(target))};
  if (!e) return stale(d, fmt::format("the text has no {}", detail::quote(target)));
  // Only a fix of the reported member itself has a reported position to compare with; a fix of
  // another member (a cross-field finding may fix a neighbour) has none.
  if (d.begin.line != 0 && target == d.pointer && e->begin != d.begin.offset)
    return stale(d, fmt::format("the text has it at byte {}, the report at byte {}", e->begin,
                                d.begin.offset));
  return std::nullopt;
}

// Two renames to one name, or a rename to a name the object already has, would leave a
// duplicate key (which boto3 and the AWS CLI resolve silently by keeping the last).
std::optional<fix_error> check_renames(std::string_view text,
                                       const std::vector<planned_edit>& edits) {
  std::map<std::string_view, const diagnostic*> by_target;
  std::vector<detail::locate_request> requests;
  std::vector<const diagnostic*> requested;
  for (const planned_edit& p : edits) {
    const fix& f = *p.first->fix;
    if (f.op != fix::operation::move) continue;
    auto [it, inserted] = by_target.emplace(f.path, p.first);
    if (!inserted)
      return fix_error{fmt::format("fixes conflict: {} and {} both rename a member to {}",
                                   name_of(*it->second), name_of(*p.first), detail::quote(f.path))};
    if (f.path == f.from) continue;
    detail::locate_request req;
    req.pointer = f.path;
    req.member_name = true;
    requests.push_back(std::move(req));
    requested.push_back(p.first);
  }
  detail::locate(text, requests);
  for (std::size_t i = 0; i < requests.size(); ++i)
    if (requests[i].begin != detail::k_no_offset)
      return fix_error{fmt::format("cannot apply the fix of {}: the object already has {}",
                                   name_of(*requested[i]), detail::quote(requested[i]->fix->path))};
  return std::nullopt;
}

bool edit_less(const planned_edit& a, const planned_edit& b) {
  if (a.edit.begin != b.edit.begin) return a.edit.begin < b.edit.begin;
  if (a.edit.end != b.edit.end) return a.edit.end < b.edit.end;
  return a.edit.replacement < b.edit.replacement;
}

}  // namespace

boost::system::result<fixed_text, fix_error> apply_fixes(std::string_view text,
                                                         std::span<const diagnostic> diagnostics) {
  std::vector<const diagnostic*> with_fix;
  std::vector<const fix*> fixes;
  for (const diagnostic& d : diagnostics) {
    if (!d.fix) continue;
    with_fix.push_back(&d);
    fixes.push_back(&*d.fix);
  }
  if (with_fix.empty()) return fixed_text{std::string(text), 0};

  std::vector<std::optional<detail::text_edit>> located = detail::edits_for(text, fixes);
  std::vector<planned_edit> edits;
  edits.reserve(with_fix.size());
  for (std::size_t i = 0; i < with_fix.size(); ++i) {
    if (std::optional<fix_error> e = check_one(*with_fix[i], located[i])) return *e;
    edits.push_back({std::move(*located[i]), with_fix[i]});
  }

  // Stable, so merged duplicates are named by the first diagnostic in report order.
  std::stable_sort(edits.begin(), edits.end(), edit_less);
  std::vector<planned_edit> merged;
  merged.reserve(edits.size());
  for (planned_edit& p : edits) {
    if (!merged.empty() && merged.back().edit == p.edit) {
      ++merged.back().fixes;
      continue;
    }
    merged.push_back(std::move(p));
  }
  // Sorted by start, an edit overlaps an earlier one exactly when it starts before the furthest
  // end so far; that earlier edit is the one to name.
  const planned_edit* widest = nullptr;
  for (const planned_edit& p : merged) {
    if (widest && p.edit.begin < widest->edit.end)
      return fix_error{fmt::format(
          "fixes overlap: {} (bytes {} to {}) and {} (bytes {} to {}) edit the same bytes; apply "
          "one, check again, then apply the other",
          name_of(*widest->first), widest->edit.begin, widest->edit.end, name_of(*p.first),
          p.edit.begin, p.edit.end)};
    if (!widest || p.edit.end > widest->edit.end) widest = &p;
  }
  if (std::optional<fix_error> e = check_renames(text, merged)) return *e;

  fixed_text out;
  std::size_t size = text.size();
  for (const planned_edit& p : merged)
    size = size - (p.edit.end - p.edit.begin) + p.edit.replacement.size();
  out.text.reserve(size);
  std::size_t pos = 0;
  for (const planned_edit& p : merged) {
    out.text.append(text.substr(pos, p.edit.begin - pos));
    out.text.append(p.edit.replacement);
    pos = p.edit.end;
    out.applied += p.fixes;
  }
  out.text.append(text.substr(pos));
  return out;
}

}  // namespace sailcheck
