// LS4003 redundant-path-behavior: a per-path behavior equal to the default behavior whose path
// can match no URL that another per-path behavior of a different behavior can match (glob
// overlap, order-independent), and that no other rule reports (LS3008's duplicates)

#include "registry.hpp"
#include "support/path_glob.hpp"
#include "support/rule_support.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4003",
    .name = "redundant-path-behavior",
    .default_severity = severity::info,
    .summary =
        "a per-path behavior equal to the default behavior whose path can match no URL that "
        "another per-path behavior of a different behavior can match (glob overlap, "
        "order-independent: the API does not document how per-path behaviors are ordered), and "
        "that no other rule reports (LS3008's duplicates)",
    .rationale =
        "The API reference describes `cacheBehaviors` as a way to override the default "
        "behavior or add an exception to it; an item whose `behavior` equals "
        "`defaultCacheBehavior.behavior` does neither, unless its path can match a URL that a "
        "per-path behavior of the other kind also matches, so that it can carve an exception "
        "out of it. Paths are compared as CloudFront path patterns (`*` matches any characters, "
        "`/` included, `?` exactly one; a leading `/` makes no difference): `images/*.png` is "
        "an exception to `images/*`, `*.css` to `css/*`, while `a/*` and `b/*` never meet. "
        "Every other per-path behavior counts, before or after: the API does not document in "
        "which order per-path behaviors are applied. A missing or unreadable path or behavior "
        "is another rule's finding and counts as possibly overlapping. Legal, and common in "
        "Terraform tests, so it is only informational.",
    .example_bad =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviors": [{"path": "_next/static/*", "behavior": "cache"}]})",
    .example_good =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviors": [{"path": "api/*", "behavior": "dont-cache"}]})",
};

bool is_behavior(std::string_view s) { return s == "cache" || s == "dont-cache"; }

// What the pair test needs of one item, read once.
struct item_facts {
  bool repeats_default = false;
  bool has_path = false;
  std::string_view path;  ///< as written (path_glob::code_points takes it so)
  std::string_view head;  ///< the literal bytes before the first wildcard
  std::string_view tail;  ///< the literal bytes after the last wildcard (all: no wildcard)
  bool wildcard = false;

  void set_path(std::string_view p) {
    has_path = true;
    path = p;
    // Without one leading `/`, as path_glob compares patterns.
    if (p.starts_with('/')) p.remove_prefix(1);
    // Loops rather than find_first_of, which searches its set once per byte.
    auto is_wildcard = [](char c) { return c == '*' || c == '?'; };
    const auto first = std::find_if(p.begin(), p.end(), is_wildcard);
    wildcard = first != p.end();
    head = p.substr(0, static_cast<std::size_t>(first - p.begin()));
    if (wildcard) {
      std::size_t last = p.size();
      while (!is_wildcard(p[last - 1])) --last;
      tail = p.substr(last);
    } else {
      tail = p;
    }
  }

  // Two patterns can match one URL only if the literal text before their first wildcard agrees
  // as far as both go, and so does the text after their last one. Byte equality of those parts
  // is code-point equality (UTF-8, and path_glob's mapping of invalid bytes, are one-to-one), so
  // a pair this rejects cannot overlap; the pairs it lets through get the exact test.
  bool ends_may_meet(const item_facts& other) const noexcept {
    const std::size_t h = std::min(head.size(), other.head.size());
    if (head.substr(0, h) != other.head.substr(0, h)) return false;
    const std::size_t t = std::min(tail.size(), other.tail.size());
    return tail.substr(tail.size() - t) == other.tail.substr(other.tail.size() - t);
  }
};

class redundant_path_behavior_rule final : public detail::rule {
 public:
  constexpr redundant_path_behavior_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const std::optional<std::string_view> fallback = ctx.string(field::default_behavior);
    if (!fallback || !is_behavior(*fallback)) return;  // LS1004 / LS2001 / LS1003 own it
    const json::array* list = ctx.array(field::cache_behaviors);
    if (!list || list->empty()) return;
    const json::array& items = *list;

    // An item repeats the default when its behavior reads as the default; any other item is,
    // or may be (unreadable behavior: another rule's), of the other kind. The usual payload has
    // no item that repeats the default: decide that before allocating.
    bool any_repeats = false;
    for (std::size_t i = 0; i < items.size() && !any_repeats; ++i)
      any_repeats = item_string(items, i, "behavior") == fallback;
    if (!any_repeats) return;
    std::vector<item_facts> facts(items.size());
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < items.size(); ++i) {
      facts[i].repeats_default = item_string(items, i, "behavior") == fallback;
      if (!facts[i].repeats_default) others.push_back(i);
      // A path that is missing, mistyped or empty (LS1004 / LS1003 / LS2020) could be any path:
      // it overlaps everything.
      if (const std::optional<std::string_view> p = item_string(items, i, "path"); p && !p->empty())
        facts[i].set_path(*p);
    }

    // LS3008 reports the later items of a repeated path; the same key as LS3008's.
    std::vector<bool> duplicate(items.size(), false);
    auto key_of = [&items](std::size_t i) { return path_key(items, i); };
    for (const auto& [i, first] : find_repeats(items.size(), key_of)) duplicate[i] = true;

    // Code points only for the pairs the literal ends cannot tell apart (few, in real payloads).
    std::vector<std::optional<std::u32string>> globs(items.size());
    auto glob = [&](std::size_t i) -> const std::u32string& {
      if (!globs[i]) globs[i] = path_glob::code_points(facts[i].path);
      return *globs[i];
    };
    path_glob::overlap_test overlap;
    for (std::size_t i = 0; i < items.size() && !overlap.exhausted(); ++i) {
      if (!facts[i].repeats_default || duplicate[i]) continue;
      const bool exception = std::any_of(others.begin(), others.end(), [&](std::size_t j) {
        if (!facts[i].has_path || !facts[j].has_path) return true;
        if (!facts[i].ends_may_meet(facts[j])) return false;
        return overlap.may_overlap(glob(i), glob(j));
      });
      // Spent budget answers "overlaps", so an item decided after that is not reported.
      if (exception || overlap.exhausted()) continue;
      // Built in one string: a large payload can have a finding per item.
      constexpr std::string_view k_rest =
          " is already the default behavior, so this per-path behavior changes nothing; "
          "remove it";
      const std::optional<std::string_view> path_text = item_string(items, i, "path");
      std::string message;
      message.reserve(fallback->size() + (path_text ? path_text->size() + 12 : 0) +
                      k_rest.size() + 2);
      detail::append_quoted(message, *fallback);
      if (path_text) {
        message += " for path ";
        detail::append_quoted(message, *path_text);
      }
      message += k_rest;
      detail::path at = ctx.path_of(field::cache_behaviors);
      at.push_index(i);
      at.push_key("behavior");
      ctx.report_at(at, std::move(message));
    }
  }
};

}  // namespace

const detail::rule& redundant_path_behavior() {
  static const redundant_path_behavior_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
