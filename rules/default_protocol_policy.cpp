// LS4011 default-protocol-policy: `origin.protocolPolicy` omitted: the origin is fetched over plain HTTP

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4011",
    .name = "default-protocol-policy",
    .default_severity = severity::info,
    .summary = "`origin.protocolPolicy` omitted: the origin is fetched over plain HTTP",
    .rationale = "TODO",
};

class default_protocol_policy_rule final : public detail::rule {
 public:
  constexpr default_protocol_policy_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& default_protocol_policy() {
  static const default_protocol_policy_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
