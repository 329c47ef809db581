// LS4010 ipv6-distribution: top-level `ipAddressType` is `ipv6`: in the shared enum, not documented for distributions (`origin.ipAddressType` `ipv6` is documented: no finding)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4010",
    .name = "ipv6-distribution",
    .default_severity = severity::warning,
    .summary = "top-level `ipAddressType` is `ipv6`: in the shared enum, not documented for distributions (`origin.ipAddressType` `ipv6` is documented: no finding)",
    .rationale = "TODO",
};

class ipv6_distribution_rule final : public detail::rule {
 public:
  constexpr ipv6_distribution_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& ipv6_distribution() {
  static const ipv6_distribution_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
