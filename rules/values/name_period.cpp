// LS2006 name-period: a resource name whose only fault under LS2002's pattern is `.`
// (`static.example.org`): the user guide allows it, the API model does not

#include "registry.hpp"
#include "support/resource_name_syntax.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2006",
    .name = "name-period",
    .default_severity = severity::warning,
    .summary =
        "a resource name (`distributionName`, `origin.name`, `certificateName`) that contains "
        "`.` and otherwise follows LS2002 (fully matches "
        "`^[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]$`, at most 255 characters): the user guide "
        "allows periods, the API model's pattern does not",
    .rationale =
        "The Lightsail user guide says resource names may contain periods, but the Smithy "
        "model's ResourceName pattern `^\\w[\\w\\-]*\\w$` has no `.`, and tools disagree: "
        "CloudFormation's schema and Terraform match that pattern unanchored, so they pass "
        "`static.example.org`, while the anchored pattern fails it. It is a warning because AWS "
        "may accept such a name; a name with `-` in place of `.` "
        "is accepted everywhere. No fix is offered: replacing `.` changes the name, which is "
        "the author's choice. A name with a `.` and any other fault is LS2002's alone.",
    .example_bad = R"({"distributionName": "static.example.org"})",
    .example_good = R"({"distributionName": "static-example-org"})",
};

class name_period_rule final : public detail::rule {
 public:
  constexpr name_period_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (!resource_name_syntax::only_fault_is_period(s)) return;  // valid, or LS2002's
    ctx.report(fmt::format(
        "{} {} contains '.'; the Lightsail user guide allows periods in names but the API "
        "model's pattern does not, so some tools reject it; use '-' to be safe",
        resource_name_syntax::label(ctx), detail::quote(s)));
  }
};

}  // namespace

const detail::rule& name_period() {
  static const name_period_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
