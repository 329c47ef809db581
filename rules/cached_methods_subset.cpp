// LS3003 cached-methods-subset: `cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods`
// does not

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
    .summary = "`cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods` does not",
    .rationale =
        "A distribution can only cache responses to methods it lets through: the "
        "Lightsail user guide caches OPTIONS responses only \"if you choose to allow "
        "those requests\", and CloudFront requires CachedMethods to be a subset of "
        "AllowedMethods. So `cacheBehaviorSettings.cachedHTTPMethods` `GET,HEAD,OPTIONS` "
        "needs `allowedHTTPMethods` to include OPTIONS; an omitted `allowedHTTPMethods` "
        "allows all seven methods.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD", "cachedHTTPMethods": "GET,HEAD,OPTIONS"}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD,OPTIONS", "cachedHTTPMethods": "GET,HEAD,OPTIONS"}})",
};

constexpr std::array<std::string_view, 7> k_methods = {"GET",   "HEAD", "OPTIONS", "PUT",
                                                       "PATCH", "POST", "DELETE"};
constexpr std::uint8_t k_options_bit = 1U << 2;

std::string_view trim(std::string_view s) noexcept {
  constexpr std::string_view k_blank = " \t\r\n";
  const std::size_t b = s.find_first_not_of(k_blank);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(k_blank) - b + 1);
}

// The set of methods in a comma-separated list, read leniently (spaces, letter case, order and
// empty items do not matter: LS2003 owns the format). Nullopt when an item is not a method or
// the list names none: then which methods are meant is a guess, and this rule stays silent.
std::optional<std::uint8_t> method_set(std::string_view list) noexcept {
  std::uint8_t set = 0;
  while (true) {
    const std::size_t comma = list.find(',');
    const std::string_view item = trim(list.substr(0, comma));
    if (!item.empty()) {
      std::size_t m = 0;
      while (m < k_methods.size() && !detail::iequals_ascii(k_methods[m], item)) ++m;
      if (m == k_methods.size()) return std::nullopt;
      set = static_cast<std::uint8_t>(set | (1U << m));
    }
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  if (set == 0) return std::nullopt;
  return set;
}

class cached_methods_subset_rule final : public detail::rule {
 public:
  constexpr cached_methods_subset_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    // An omitted cachedHTTPMethods is GET,HEAD and an omitted allowedHTTPMethods is all seven
    // methods (service defaults): neither can break the subset, so both must be present.
    const std::optional<std::string_view> cached = ctx.string(field::cached_methods);
    const std::optional<std::string_view> allowed = ctx.string(field::allowed_methods);
    if (!cached || !allowed) return;
    const std::optional<std::uint8_t> cached_set = method_set(*cached);
    const std::optional<std::uint8_t> allowed_set = method_set(*allowed);
    if (!cached_set || !allowed_set) return;
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
