// LS3008 duplicate-path: two `cacheBehaviors` with the same `path` (compared without a leading
// `/`; two paths `/` are duplicates too; empty paths are LS2020's)

#include "registry.hpp"
#include "support/rule_support.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3008",
    .name = "duplicate-path",
    .default_severity = severity::error,
    .summary =
        "two `cacheBehaviors` with the same `path` (compared without a leading `/`; two paths `/` "
        "are duplicates too; empty paths are LS2020's)",
    .rationale =
        "Each `cacheBehaviors[i].path` becomes a CloudFront path pattern, and CloudFront "
        "rejects a distribution with two cache behaviors for the same pattern; a "
        "leading `/` makes no difference to the pattern (CloudFront PathPattern doc). "
        "Two entries for one path are contradictory when their behaviors differ and "
        "redundant when they agree; CloudFormation's `uniqueItems` catches only exact "
        "copies.",
    .example_bad =
        R"({"cacheBehaviors": [{"path": "images/*", "behavior": "cache"}, {"path": "/images/*", "behavior": "dont-cache"}]})",
    .example_good =
        R"({"cacheBehaviors": [{"path": "images/*", "behavior": "cache"}, {"path": "images/private/*", "behavior": "dont-cache"}]})",
};

// What the second behavior says compared with the first, for the message.
std::string behaviors_part(std::optional<std::string_view> first,
                           std::optional<std::string_view> second) {
  if (!first || !second)
    return "; CloudFront rejects two cache behaviors for one path, so keep one";
  if (*first == *second)
    return fmt::format(" with the same behavior {}; remove the repeated cache behavior",
                       detail::quote(*second));
  return fmt::format(
      " but with behavior {} instead of {}; CloudFront rejects two cache "
      "behaviors for one path, so keep only the one you mean",
      detail::quote(*second), detail::quote(*first));
}

class duplicate_path_rule final : public detail::rule {
 public:
  constexpr duplicate_path_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const boost::json::array* behaviors = ctx.array(field::cache_behaviors);
    if (!behaviors) return;
    const boost::json::array& a = *behaviors;
    // Paths compare without one leading '/' (RULES.md): see path_key.
    auto key_of = [&a](std::size_t i) { return path_key(a, i); };
    for (const auto& [i, first] : find_repeats(a.size(), key_of)) {
      const std::string_view path = *item_string(a, i, "path");
      const std::string_view first_path = *item_string(a, first, "path");
      std::string message =
          path == first_path ? fmt::format("path {} is already used by cache behavior {}",
                                           detail::quote(path), first)
                             : fmt::format(
                                   "path {} is the same as {} of cache behavior {} (a leading '/' "
                                   "makes no difference)",
                                   detail::quote(path), detail::quote(first_path), first);
      message += behaviors_part(item_string(a, first, "behavior"), item_string(a, i, "behavior"));
      detail::path at = ctx.path_of(field::cache_behaviors);
      at.push_index(i);
      at.push_key("path");
      ctx.report_at(at, std::move(message));
      detail::path earlier = ctx.path_of(field::cache_behaviors);
      earlier.push_index(first);
      earlier.push_key("path");
      ctx.relate(earlier, "first cache behavior with this path");
    }
  }
};

}  // namespace

const detail::rule& duplicate_path() {
  static const duplicate_path_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
