// LS4003 redundant-path-behavior: a per-path behavior equal to the default behavior, with no
// earlier per-path behavior of a different behavior that it could be an exception to

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4003",
    .name = "redundant-path-behavior",
    .default_severity = severity::info,
    .summary =
        "a per-path behavior equal to the default behavior, with no earlier per-path behavior of a "
        "different behavior that it could be an exception to",
    .rationale =
        "The API reference describes `cacheBehaviors` as a way to override the default "
        "behavior or add an exception to it; an item whose `behavior` equals "
        "`defaultCacheBehavior.behavior` does neither, unless an earlier per-path "
        "behavior of the other kind exists that it could carve an exception out of (any "
        "such earlier item counts: path overlap is not analysed). Legal, and common in "
        "Terraform tests, so it is only informational.",
    .example_bad =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviors": [{"path": "_next/static/*", "behavior": "cache"}]})",
    .example_good =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviors": [{"path": "api/*", "behavior": "dont-cache"}]})",
};

bool is_behavior(std::string_view s) { return s == "cache" || s == "dont-cache"; }

class redundant_path_behavior_rule final : public detail::rule {
 public:
  constexpr redundant_path_behavior_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const std::optional<std::string_view> fallback = ctx.string(field::default_behavior);
    if (!fallback || !is_behavior(*fallback)) return;  // LS1004 / LS2001 / LS1003 own it
    const json::array* items = ctx.array(field::cache_behaviors);
    if (!items) return;

    // Set once an earlier item is, or may be (unreadable behavior), of the other kind: every
    // later item equal to the default could then be an exception to it.
    bool earlier_differs = false;
    for (std::size_t i = 0; i < items->size() && !earlier_differs; ++i) {
      const json::object* o = (*items)[i].if_object();
      const json::value* b = o ? o->if_contains("behavior") : nullptr;
      const json::string* s = b ? b->if_string() : nullptr;
      if (!s || *s != *fallback) {
        earlier_differs = true;
        continue;
      }
      const json::value* p = o->if_contains("path");
      const json::string* path_text = p ? p->if_string() : nullptr;
      const std::string where =
          path_text ? fmt::format(" for path {}", detail::quote(*path_text)) : std::string();
      detail::path at = ctx.path_of(field::cache_behaviors);
      at.push_index(i);
      at.push_key("behavior");
      ctx.report_at(at, fmt::format("{}{} is already the default behavior, so this per-path "
                                    "behavior changes nothing; remove it",
                                    detail::quote(*s), where));
    }
  }
};

}  // namespace

const detail::rule& redundant_path_behavior() {
  static const redundant_path_behavior_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
