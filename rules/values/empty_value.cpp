// LS2005 empty-value: `bundleId` is an empty string

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2005",
    .name = "empty-value",
    .default_severity = severity::error,
    .summary = "`bundleId` is an empty string",
    .rationale =
        "`bundleId` is required, and botocore only checks that it is present, so an "
        "empty string reaches the service, which rejects it: no bundle has an empty id. "
        "A string of only whitespace counts as empty too, as it would under the "
        "model's NonEmptyString pattern `\\S` that guards the other required strings: "
        "users see it as blank, and no bundle id contains whitespace. LS2030 stays "
        "silent on such values.",
    .example_bad = R"({"bundleId": ""})",
    .example_good = R"({"bundleId": "small_1_0"})",
};

class empty_value_rule final : public detail::rule {
 public:
  constexpr empty_value_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (!detail::trim_ascii_space(s).empty()) return;
    const std::string what =
        s.empty() ? fmt::format("{} is empty", ctx.member_name())
                  : fmt::format("{} {} is blank", ctx.member_name(), detail::quote(s));
    ctx.report(
        fmt::format("{}; expected a distribution bundle id from GetDistributionBundles, "
                    "e.g. 'small_1_0'",
                    what));
  }
};

}  // namespace

const detail::rule& empty_value() {
  static const empty_value_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
