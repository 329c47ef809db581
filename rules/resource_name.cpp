// LS2002 resource-name: `distributionName`, `origin.name`, `certificateName` must fully match `^[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]$` (ASCII; so no `.`, at least 2 characters) and be at most 255 characters

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2002",
    .name = "resource-name",
    .default_severity = severity::error,
    .summary = "`distributionName`, `origin.name`, `certificateName` must fully match `^[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]$` (ASCII; so no `.`, at least 2 characters) and be at most 255 characters",
    .rationale = "TODO",
};

class resource_name_rule final : public detail::rule {
 public:
  constexpr resource_name_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& resource_name() {
  static const resource_name_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
