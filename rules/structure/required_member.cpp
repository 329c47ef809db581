// LS1001 required-member: a member the API model requires is missing.

#include "registry.hpp"
#include "text.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS1001",
    .name = "required-member",
    .default_severity = severity::error,
    .summary = "`distributionName`, `origin`, `defaultCacheBehavior` or `bundleId` is missing",
    .rationale =
        "The API model (botocore lightsail 2016-11-28, CreateDistributionRequest) marks "
        "these four members required; botocore refuses the call client-side with "
        "`Missing required parameter in input`. Reported at the object missing the "
        "member.",
    .example_bad =
        R"({"distributionName": "my-cdn", "origin": {"name": "web-1", "regionName": "us-east-1"}, "defaultCacheBehavior": {"behavior": "cache"}})",
    .example_good =
        R"({"distributionName": "my-cdn", "origin": {"name": "web-1", "regionName": "us-east-1"}, "defaultCacheBehavior": {"behavior": "cache"}, "bundleId": "small_1_0"})",
};

class required_member_rule final : public detail::rule {
 public:
  constexpr required_member_rule() noexcept : rule(k_info) {}

  void on_missing(detail::context& ctx, const detail::member_spec& m) const override {
    ctx.report("missing required member " + detail::quote(m.name) +
               "; CreateDistribution requires 'distributionName', 'origin', "
               "'defaultCacheBehavior' and 'bundleId'");
  }
};

}  // namespace

const detail::rule& required_member() {
  static const required_member_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
