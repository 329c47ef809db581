// LS3009 duplicate-item: the same item twice in an allow list

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
    .code = "LS3009",
    .name = "duplicate-item",
    .default_severity = severity::warning,
    .summary = "the same item twice in an allow list",
    .rationale =
        "A name repeated in `cookiesAllowList`, `headersAllowList` or "
        "`queryStringsAllowList` has no effect beyond the first, counts towards "
        "CloudFront's per-behavior quota of forwarded names, and the CloudFormation "
        "schema of AWS::Lightsail::Distribution rejects it (`uniqueItems`). Names compare "
        "exactly, as the service does.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list", "cookiesAllowList": ["session_id", "session_id"]}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list", "cookiesAllowList": ["session_id"]}}})",
};

struct allow_list {
  field id;
  std::string_view name;
};

constexpr allow_list k_lists[] = {
    {field::cookies_allow_list, "cookiesAllowList"},
    {field::headers_allow_list, "headersAllowList"},
    {field::query_strings_allow_list, "queryStringsAllowList"},
};

class duplicate_item_rule final : public detail::rule {
 public:
  constexpr duplicate_item_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    for (const allow_list& list : k_lists) {
      const boost::json::array* items = ctx.array(list.id);
      if (!items) continue;
      // Items that are not strings are LS1003's.
      auto key_of = [items](std::size_t i) -> std::optional<std::string_view> {
        if (const boost::json::string* s = (*items)[i].if_string()) return std::string_view(*s);
        return std::nullopt;
      };
      for (const auto& [i, first] : find_repeats(items->size(), key_of)) {
        const std::string quoted = detail::quote(*key_of(i));
        detail::path at = ctx.path_of(list.id);
        at.push_index(i);
        ctx.report_at(at, fmt::format("{} is already item {} of {}; a repeated name has no "
                                      "effect, remove it",
                                      quoted, first, list.name));
        detail::path earlier = ctx.path_of(list.id);
        earlier.push_index(first);
        ctx.relate(earlier, fmt::format("first {}", quoted));
      }
    }
  }
};

}  // namespace

const detail::rule& duplicate_item() {
  static const duplicate_item_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
