// LS9001 policy: a policy of your own, a JSON Schema checked with valijson, is violated

#include "policy/policy.hpp"

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS9001",
    .name = "policy",
    .default_severity = severity::error,
    .summary = "a policy of your own, a JSON Schema checked with valijson, is violated",
    .rationale =
        "AWS accepts many payloads an organisation does not want: no cost-center tag, an origin "
        "fetched over plain HTTP, a bundle larger than budgeted. A policy states such a rule as "
        "a JSON Schema (draft 7): `--policy FILE` or the configuration's `policies` list. Each "
        "policy is checked with valijson on every payload that is a request object, after the "
        "rules; each value that fails it is one finding, at that value, named by the policy and "
        "its message, with valijson's reason. The severity is the policy's own (error unless it "
        "says otherwise); `--severity LS9001=LEVEL` sets every policy's. The examples are "
        "checked against the policy "
        "`{\"properties\": {\"tags\": {\"contains\": {\"properties\": {\"key\": {\"const\": "
        "\"cost-center\"}}, \"required\": [\"key\"]}}}, \"required\": [\"tags\"]}` (as in "
        "examples/policies/cost-center-tag.schema.json).",
    .example_bad = R"({"distributionName": "shop", "tags": [{"key": "team", "value": "web"}]})",
    .example_good =
        R"({"distributionName": "shop", "tags": [{"key": "cost-center", "value": "cc-1234"}]})",
};

// The findings come from the engine's policy stage (src/policy.cpp); the rule is their
// identity card, their severity and their place in selections.
class policy_rule final : public detail::rule {
 public:
  constexpr policy_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& policy() {
  static const policy_rule k_rule;
  return k_rule;
}

std::string_view policy_example_schema() noexcept {
  return R"({
  "title": "cost-center-tag",
  "properties": {
    "tags": {
      "contains": {"properties": {"key": {"const": "cost-center"}}, "required": ["key"]}
    }
  },
  "required": ["tags"]
})";
}

}  // namespace sailcheck::rules
