// LS4003 redundant-path-behavior: a per-path behavior equal to the default behavior, with no earlier per-path behavior of a different behavior that it could be an exception to

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4003",
    .name = "redundant-path-behavior",
    .default_severity = severity::info,
    .summary = "a per-path behavior equal to the default behavior, with no earlier per-path behavior of a different behavior that it could be an exception to",
    .rationale = "TODO",
};

class redundant_path_behavior_rule final : public detail::rule {
 public:
  constexpr redundant_path_behavior_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& redundant_path_behavior() {
  static const redundant_path_behavior_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
