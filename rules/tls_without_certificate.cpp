// LS4008 tls-without-certificate: `viewerMinimumTlsProtocolVersion` given and `certificateName` absent

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4008",
    .name = "tls-without-certificate",
    .default_severity = severity::warning,
    .summary = "`viewerMinimumTlsProtocolVersion` given and `certificateName` absent",
    .rationale = "TODO",
};

class tls_without_certificate_rule final : public detail::rule {
 public:
  constexpr tls_without_certificate_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& tls_without_certificate() {
  static const tls_without_certificate_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
