// LS4006 per-user-cache-key: cached content (default or any per-path behavior caches) keyed on all cookies or on `Authorization`

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4006",
    .name = "per-user-cache-key",
    .default_severity = severity::info,
    .summary = "cached content (default or any per-path behavior caches) keyed on all cookies or on `Authorization`",
    .rationale = "TODO",
};

class per_user_cache_key_rule final : public detail::rule {
 public:
  constexpr per_user_cache_key_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& per_user_cache_key() {
  static const per_user_cache_key_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
