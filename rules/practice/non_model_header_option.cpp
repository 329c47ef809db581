// LS4007 non-model-header-option: `forwardedHeaders.option` is `default`: accepted by the service,
// absent from the API model, rejected by CloudFormation

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4007",
    .name = "non-model-header-option",
    .default_severity = severity::warning,
    .summary =
        "`forwardedHeaders.option` is `default`: accepted by the service, absent from the API "
        "model, rejected by CloudFormation",
    .rationale =
        "The model's values for `cacheBehaviorSettings.forwardedHeaders.option` are "
        "`none`, `allow-list` and `all`, but the service also accepts and returns "
        "`default` (Terraform sends it and reads it back), so LS2001 leaves it to this "
        "rule. The CloudFormation schema rejects `default`, and it forwards no headers "
        "like `none`, the model value offered as the fix.",
    .example_bad = R"({"cacheBehaviorSettings": {"forwardedHeaders": {"option": "default"}}})",
    .example_good = R"({"cacheBehaviorSettings": {"forwardedHeaders": {"option": "none"}}})",
};

class non_model_header_option_rule final : public detail::rule {
 public:
  constexpr non_model_header_option_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::headers_option) != "default") return;
    const detail::path at = ctx.path_of(field::headers_option);
    ctx.report_at(
        at,
        "'default' is accepted by the service but is not a value of the API model, "
        "and CloudFormation rejects it; write 'none' to forward no headers",
        fix{fix::operation::replace, at.render(), {}, boost::json::value("none"), "write 'none'"});
  }
};

}  // namespace

const detail::rule& non_model_header_option() {
  static const non_model_header_option_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
