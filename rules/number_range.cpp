// LS2004 number-range: TTLs below 0; `origin.responseTimeout` outside 1..60

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2004",
    .name = "number-range",
    .default_severity = severity::error,
    .summary = "TTLs below 0; `origin.responseTimeout` outside 1..60",
    .rationale = "TODO",
};

class number_range_rule final : public detail::rule {
 public:
  constexpr number_range_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& number_range() {
  static const number_range_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
