// LS4002 ineffective-cache-settings: `cacheBehaviorSettings` given while nothing is cached

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4002",
    .name = "ineffective-cache-settings",
    .default_severity = severity::warning,
    .summary = "`cacheBehaviorSettings` given while nothing is cached",
    .rationale = "TODO",
};

class ineffective_cache_settings_rule final : public detail::rule {
 public:
  constexpr ineffective_cache_settings_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& ineffective_cache_settings() {
  static const ineffective_cache_settings_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
