#include "registry.hpp"

#include <array>

namespace sailcheck::rules {

std::span<const detail::rule* const> registry() noexcept {
  // Sorted by code, in the order of rule_id: both come from rules.def, and a test checks that
  // each rule's own metadata has the code written there.
  static const std::array<const detail::rule*, k_rule_count> k_rules = {
#define SAILCHECK_RULE(code, identifier) &identifier(),
#include "rules.def"
#undef SAILCHECK_RULE
  };
  return k_rules;
}

const detail::rule& rule_of(rule_id id) noexcept { return *registry()[to_index(id)]; }

}  // namespace sailcheck::rules
