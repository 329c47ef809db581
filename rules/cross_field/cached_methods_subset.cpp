// LS3003 cached-methods-subset: `cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods`
// does not; silent when either is not one of the documented strings (LS2003 owns that value) or
// absent with a default that cannot break the subset

#include "support/http_method_list.hpp"
#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3003",
    .name = "cached-methods-subset",
    .default_severity = severity::error,
    .summary =
        "`cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods` does not; silent when "
        "either is not one of the documented strings (LS2003 owns that value) or absent with a "
        "default that cannot break the subset",
    .rationale =
        "A distribution can only cache responses to methods it lets through: the "
        "Lightsail user guide caches OPTIONS responses only \"if you choose to allow "
        "those requests\", and CloudFront requires CachedMethods to be a subset of "
        "AllowedMethods. So `cacheBehaviorSettings.cachedHTTPMethods` `GET,HEAD,OPTIONS` "
        "needs `allowedHTTPMethods` to include OPTIONS; an omitted `allowedHTTPMethods` "
        "allows all seven methods, and an omitted `cachedHTTPMethods` caches only GET "
        "and HEAD. Only the documented strings are compared: any other spelling is "
        "LS2003's finding (with the documented spelling as a fix when the set is clear), "
        "and reading methods out of it here would report one mistake twice.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD", "cachedHTTPMethods": "GET,HEAD,OPTIONS"}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD,OPTIONS", "cachedHTTPMethods": "GET,HEAD,OPTIONS"}})",
};

constexpr std::uint8_t k_options_bit = 1U << 2;  // OPTIONS in http_method_list::k_methods

class cached_methods_subset_rule final : public detail::rule {
 public:
  constexpr cached_methods_subset_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    // An omitted cachedHTTPMethods is GET,HEAD and an omitted allowedHTTPMethods is all seven
    // methods (service defaults): neither can break the subset, so both must be present.
    const std::optional<std::string_view> cached = ctx.string(field::cached_methods);
    const std::optional<std::string_view> allowed = ctx.string(field::allowed_methods);
    if (!cached || !allowed) return;
    // Any other spelling is LS2003's alone (settled in review): no second finding quoting it.
    if (!http_method_list::is_one_of(*cached, http_method_list::k_cached_values) ||
        !http_method_list::is_one_of(*allowed, http_method_list::k_allowed_values))
      return;
    const std::optional<std::uint8_t> cached_set = http_method_list::method_set(*cached);
    const std::optional<std::uint8_t> allowed_set = http_method_list::method_set(*allowed);
    if (!cached_set || !allowed_set) return;  // cannot happen for documented strings
    if ((*cached_set & k_options_bit) == 0 || (*allowed_set & k_options_bit) != 0) return;
    ctx.report_at(field::cached_methods,
                  fmt::format("cachedHTTPMethods {} caches OPTIONS, which allowedHTTPMethods {} "
                              "does not allow; allow it with 'GET,HEAD,OPTIONS' or cache only "
                              "'GET,HEAD'",
                              detail::quote(*cached), detail::quote(*allowed)));
  }
};

}  // namespace

const detail::rule& cached_methods_subset() {
  static const cached_methods_subset_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
