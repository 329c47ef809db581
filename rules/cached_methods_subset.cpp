// LS3003 cached-methods-subset: `cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods` does not

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3003",
    .name = "cached-methods-subset",
    .default_severity = severity::error,
    .summary = "`cachedHTTPMethods` includes OPTIONS but `allowedHTTPMethods` does not",
    .rationale = "TODO",
};

class cached_methods_subset_rule final : public detail::rule {
 public:
  constexpr cached_methods_subset_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& cached_methods_subset() {
  static const cached_methods_subset_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
