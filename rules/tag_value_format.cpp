// LS2011 tag-value-format: tag value must be 1..256 characters of the same set; CreateDistribution rejects a missing or empty value (observed, TF PR #37711)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2011",
    .name = "tag-value-format",
    .default_severity = severity::error,
    .summary = "tag value must be 1..256 characters of the same set; CreateDistribution rejects a missing or empty value (observed, TF PR #37711)",
    .rationale = "TODO",
};

class tag_value_format_rule final : public detail::rule {
 public:
  constexpr tag_value_format_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& tag_value_format() {
  static const tag_value_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
