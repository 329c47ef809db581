// LS1004 member-needed: a member the model leaves optional, but without which no working
// distribution can be created.

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS1004",
    .name = "member-needed",
    .default_severity = severity::error,
    .summary =
        "`origin.name`, `origin.regionName`, `defaultCacheBehavior.behavior`, "
        "`cacheBehaviors[i].path`, `cacheBehaviors[i].behavior` or `tags[i].key` is missing",
    .rationale =
        "The model marks no member of InputOrigin, CacheBehavior, CacheBehaviorPerPath "
        "or Tag required, so botocore sends the request, but the service cannot create "
        "a distribution without an origin name and region or a behavior, and Terraform "
        "and CloudFormation require these members. Reported at the object missing it.",
    .example_bad = R"({"origin": {"name": "web-1"}})",
    .example_good = R"({"origin": {"name": "web-1", "regionName": "us-east-1"}})",
};

// Why each member matters, in the words a user needs to fix it.
std::string_view why(std::string_view noun, std::string_view member) {
  if (member == "name")
    return "the Lightsail instance, bucket, container service or load balancer to fetch from";
  if (member == "regionName") return "the AWS Region the origin is in, e.g. 'us-east-1'";
  if (member == "behavior") return "'cache' or 'dont-cache'";
  if (member == "path") return "the path or pattern the behavior applies to, e.g. 'images/*'";
  if (noun == "tag" && member == "key") return "a tag needs a key";
  return "the service needs it";
}

class member_needed_rule final : public detail::rule {
 public:
  constexpr member_needed_rule() noexcept : rule(k_info) {}

  void on_missing(detail::context& ctx, const detail::member_spec& m) const override {
    const std::string_view noun = ctx.node() ? ctx.node()->noun : std::string_view("object");
    ctx.report(
        fmt::format("{} has no {} member: {}", noun, detail::quote(m.name), why(noun, m.name)));
  }
};

}  // namespace

const detail::rule& member_needed() {
  static const member_needed_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
