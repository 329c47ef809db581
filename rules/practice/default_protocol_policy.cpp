// LS4011 default-protocol-policy: `origin.protocolPolicy` omitted: the origin is fetched over plain
// HTTP

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4011",
    .name = "default-protocol-policy",
    .default_severity = severity::info,
    .summary = "`origin.protocolPolicy` omitted: the origin is fetched over plain HTTP",
    .rationale =
        "When `origin.protocolPolicy` is omitted the service default `http-only` "
        "applies (Lightsail user guide), so the distribution talks to the origin over "
        "plain HTTP even when viewers use HTTPS; bucket origins are always `https-only` "
        "in the console. Only a truly omitted member counts: `null` (LS1003) or a "
        "misspelt name such as `ProtocolPolicy` (LS1002) is reported by those rules.",
    .example_bad = R"({"origin": {"name": "web-1", "regionName": "us-east-1"}})",
    .example_good =
        R"({"origin": {"name": "web-1", "regionName": "us-east-1", "protocolPolicy": "https-only"}})",
};

class default_protocol_policy_rule final : public detail::rule {
 public:
  constexpr default_protocol_policy_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (!ctx.object(field::origin) || !ctx.absent(field::origin_protocol_policy)) return;
    // No fix: JSON Patch `replace` needs an existing member, and whether the origin serves
    // HTTPS is not in the payload.
    ctx.report_at(field::origin,
                  "origin has no 'protocolPolicy', so the service default 'http-only' applies and "
                  "the origin is fetched over plain HTTP; set 'https-only' if the origin serves "
                  "HTTPS, or 'http-only' to make the choice explicit");
  }
};

}  // namespace

const detail::rule& default_protocol_policy() {
  static const default_protocol_policy_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
