// LS2005 empty-value: `bundleId` is an empty string

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2005",
    .name = "empty-value",
    .default_severity = severity::error,
    .summary = "`bundleId` is an empty string",
    .rationale = "TODO",
};

class empty_value_rule final : public detail::rule {
 public:
  constexpr empty_value_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& empty_value() {
  static const empty_value_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
