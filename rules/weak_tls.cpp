// LS4009 weak-tls: `viewerMinimumTlsProtocolVersion` is `TLSv1.1_2016`

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4009",
    .name = "weak-tls",
    .default_severity = severity::warning,
    .summary = "`viewerMinimumTlsProtocolVersion` is `TLSv1.1_2016`",
    .rationale = "TODO",
};

class weak_tls_rule final : public detail::rule {
 public:
  constexpr weak_tls_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& weak_tls() {
  static const weak_tls_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
