// LS1002 unknown-member: a member the API model does not have, with a did-you-mean.

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS1002",
    .name = "unknown-member",
    .default_severity = severity::error,
    .summary =
        "a member the API model does not have; did-you-mean for near misses, including "
        "case slips (`allowedHttpMethods`) and CloudFormation PascalCase names "
        "(`DistributionName`)",
    .rationale =
        "Member names are case-sensitive camelCase (`allowedHTTPMethods`, `defaultTTL`). "
        "botocore rejects unknown members with `Unknown parameter in ...`; CloudFormation, "
        "Terraform and Pulumi spell the same members differently, which is where most "
        "of these come from. A near miss of a missing member is reported only here, "
        "with a fix that renames it.",
    .example_bad = R"({"cacheBehaviorSettings": {"allowedHttpMethods": "GET,HEAD"}})",
    .example_good = R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD"}})",
};

class unknown_member_rule final : public detail::rule {
 public:
  constexpr unknown_member_rule() noexcept : rule(k_info) {}

  void on_unknown(detail::context& ctx, std::string_view key, const detail::member_spec* near,
                  const detail::shape_node& object) const override {
    const std::string_view noun = object.noun;
    if (near) {
      detail::path target = ctx.where();
      target.pop();
      target.push_key(near->name);
      fix f{fix::operation::move,
            target.render(),
            ctx.where().render(),
            {},
            fmt::format("rename {} to {}", detail::quote(key), detail::quote(near->name))};
      ctx.report_member(fmt::format("unknown member {} in {}; did you mean {}?", detail::quote(key),
                                    noun, detail::quote(near->name)),
                        std::move(f));
      return;
    }
    std::vector<std::string_view> names;
    for (const detail::member_spec& m : object.members) names.push_back(m.name);
    ctx.report_member(fmt::format("unknown member {} in {}; expected one of {}", detail::quote(key),
                                  noun, detail::quoted_list(names)));
  }
};

}  // namespace

const detail::rule& unknown_member() {
  static const unknown_member_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
