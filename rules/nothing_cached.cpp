// LS4001 nothing-cached: default behavior is `dont-cache` and no per-path behavior caches anything

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4001",
    .name = "nothing-cached",
    .default_severity = severity::warning,
    .summary = "default behavior is `dont-cache` and no per-path behavior caches anything",
    .rationale = "TODO",
};

class nothing_cached_rule final : public detail::rule {
 public:
  constexpr nothing_cached_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& nothing_cached() {
  static const nothing_cached_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
