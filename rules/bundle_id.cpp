// LS2030 bundle-id: `bundleId` is not a known bundle (`small_1_0`, `medium_1_0`, `large_1_0`); did-you-mean. Warning, because bundles come from GetDistributionBundles and can change

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2030",
    .name = "bundle-id",
    .default_severity = severity::warning,
    .summary = "`bundleId` is not a known bundle (`small_1_0`, `medium_1_0`, `large_1_0`); did-you-mean. Warning, because bundles come from GetDistributionBundles and can change",
    .rationale = "TODO",
};

class bundle_id_rule final : public detail::rule {
 public:
  constexpr bundle_id_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& bundle_id() {
  static const bundle_id_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
