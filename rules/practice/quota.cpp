// LS4012 quota: more than 10 items in an allow list, or more than 25 `cacheBehaviors` (CloudFront
// default quotas)

#include "registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4012",
    .name = "quota",
    .default_severity = severity::warning,
    .summary =
        "more than 10 items in an allow list, or more than 25 `cacheBehaviors` (CloudFront default "
        "quotas)",
    .rationale =
        "Lightsail distributions are CloudFront distributions, whose default quotas "
        "allow 10 cookie names, 10 headers and 10 query strings per cache behavior "
        "(`cookiesAllowList`, `headersAllowList`, `queryStringsAllowList`) and 25 cache "
        "behaviors per distribution (`cacheBehaviors`). Lightsail documents no limits of "
        "its own, hence a warning rather than an error. Repeated list items "
        "(LS3009) and items of the wrong type (LS1003) are not counted.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"forwardedQueryStrings": {"option": true, "queryStringsAllowList": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"forwardedQueryStrings": {"option": true, "queryStringsAllowList": ["page", "lang"]}}})",
};

constexpr std::size_t k_max_list_items = 10;
constexpr std::size_t k_max_cache_behaviors = 25;

// Distinct string items: a repeated name does not take another slot of the quota.
std::size_t distinct_names(const json::array& list) {
  std::vector<std::string_view> names;
  names.reserve(list.size());
  for (const json::value& item : list)
    if (const json::string* s = item.if_string()) names.emplace_back(*s);
  std::sort(names.begin(), names.end());
  return static_cast<std::size_t>(std::unique(names.begin(), names.end()) - names.begin());
}

struct allow_list {
  field id;
  std::string_view member;
  std::string_view items;
};

constexpr allow_list k_lists[] = {
    {field::cookies_allow_list, "cookiesAllowList", "cookie names"},
    {field::headers_allow_list, "headersAllowList", "headers"},
    {field::query_strings_allow_list, "queryStringsAllowList", "query string names"},
};

class quota_rule final : public detail::rule {
 public:
  constexpr quota_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    for (const allow_list& l : k_lists) {
      const json::array* list = ctx.array(l.id);
      if (!list || list->size() <= k_max_list_items) continue;
      const std::size_t n = distinct_names(*list);
      if (n <= k_max_list_items) continue;
      ctx.report_at(l.id, fmt::format("{} has {} {}, more than CloudFront's default quota of {} "
                                      "per cache behavior (Lightsail documents no limit)",
                                      l.member, n, l.items, k_max_list_items));
    }

    if (const json::array* behaviors = ctx.array(field::cache_behaviors)) {
      if (behaviors->size() <= k_max_cache_behaviors) return;
      const auto n = static_cast<std::size_t>(
          std::count_if(behaviors->begin(), behaviors->end(),
                        [](const json::value& v) { return v.is_object(); }));
      if (n <= k_max_cache_behaviors) return;
      ctx.report_at(field::cache_behaviors,
                    fmt::format("cacheBehaviors has {} per-path behaviors, more than CloudFront's "
                                "default quota of {} per distribution (Lightsail documents no "
                                "limit)",
                                n, k_max_cache_behaviors));
    }
  }
};

}  // namespace

const detail::rule& quota() {
  static const quota_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
