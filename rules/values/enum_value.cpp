// LS2001 enum-value: a string that is not one of the model's allowed values.

#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2001",
    .name = "enum-value",
    .default_severity = severity::error,
    .summary =
        "not one of the allowed values of `origin.regionName` (20 regions), "
        "`origin.protocolPolicy`, `origin.ipAddressType`, the behaviors, the cookie and "
        "header options, each `headersAllowList` item (15 case-sensitive names), "
        "`ipAddressType` or `viewerMinimumTlsProtocolVersion`; did-you-mean, and a case hint",
    .rationale =
        "Enums are case-sensitive and checked only by the service (botocore does not "
        "check enums), which answers InvalidInputException after the round trip. "
        "`forwardedHeaders.option` `default` is accepted by the service though absent "
        "from the model: LS4007 reports it instead. A value that differs only in letter "
        "case comes with a fix.",
    .example_bad =
        R"({"origin": {"name": "web-1", "regionName": "us-east-1a"}, "cacheBehaviorSettings": {"forwardedHeaders": {"option": "allow-list", "headersAllowList": ["host"]}}})",
    .example_good =
        R"({"origin": {"name": "web-1", "regionName": "us-east-1"}, "cacheBehaviorSettings": {"forwardedHeaders": {"option": "allow-list", "headersAllowList": ["Host"]}}})",
};

class enum_value_rule final : public detail::rule {
 public:
  constexpr enum_value_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const detail::shape_node& node = *ctx.node();
    const std::string_view s = v.get_string();
    auto contains = [s](std::span<const std::string_view> values) {
      return std::find(values.begin(), values.end(), s) != values.end();
    };
    if (contains(node.enum_values) || contains(node.enum_owned_elsewhere)) return;

    std::string expected =
        node.enum_values.size() <= 6
            ? "one of " + detail::quoted_list(node.enum_values)
            : fmt::format("one of the {} values of {} ({}, ...)", node.enum_values.size(),
                          ctx.member_name(), detail::quoted_list(node.enum_values.first(3), ", "));
    std::string message = fmt::format("{} is not {}", detail::quote(s), expected);
    for (std::string_view candidate : node.enum_values) {
      if (detail::iequals_ascii(candidate, s)) {
        ctx.report(fmt::format("{}; did you mean {}? (values are case-sensitive)", message,
                               detail::quote(candidate)),
                   fix{fix::operation::replace,
                       ctx.where().render(),
                       {},
                       boost::json::value(candidate),
                       fmt::format("write {}", detail::quote(candidate))});
        return;
      }
    }
    if (auto near = detail::closest(s, node.enum_values))
      message += fmt::format("; did you mean {}?", detail::quote(node.enum_values[*near]));
    ctx.report(std::move(message));
  }
};

}  // namespace

const detail::rule& enum_value() {
  static const enum_value_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
