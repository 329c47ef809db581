// LS4012 quota: more than 10 items in an allow list, or more than 25 `cacheBehaviors` (CloudFront default quotas)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4012",
    .name = "quota",
    .default_severity = severity::warning,
    .summary = "more than 10 items in an allow list, or more than 25 `cacheBehaviors` (CloudFront default quotas)",
    .rationale = "TODO",
};

class quota_rule final : public detail::rule {
 public:
  constexpr quota_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& quota() {
  static const quota_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
