// LS3008 duplicate-path: two `cacheBehaviors` with the same `path` (compared without a leading `/`)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3008",
    .name = "duplicate-path",
    .default_severity = severity::error,
    .summary = "two `cacheBehaviors` with the same `path` (compared without a leading `/`)",
    .rationale = "TODO",
};

class duplicate_path_rule final : public detail::rule {
 public:
  constexpr duplicate_path_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& duplicate_path() {
  static const duplicate_path_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
