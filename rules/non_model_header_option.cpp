// LS4007 non-model-header-option: `forwardedHeaders.option` is `default`: accepted by the service, absent from the API model, rejected by CloudFormation

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4007",
    .name = "non-model-header-option",
    .default_severity = severity::warning,
    .summary = "`forwardedHeaders.option` is `default`: accepted by the service, absent from the API model, rejected by CloudFormation",
    .rationale = "TODO",
};

class non_model_header_option_rule final : public detail::rule {
 public:
  constexpr non_model_header_option_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& non_model_header_option() {
  static const non_model_header_option_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
