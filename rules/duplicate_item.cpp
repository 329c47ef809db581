// LS3009 duplicate-item: the same item twice in an allow list

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3009",
    .name = "duplicate-item",
    .default_severity = severity::warning,
    .summary = "the same item twice in an allow list",
    .rationale = "TODO",
};

class duplicate_item_rule final : public detail::rule {
 public:
  constexpr duplicate_item_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& duplicate_item() {
  static const duplicate_item_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
