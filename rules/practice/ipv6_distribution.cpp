// LS4010 ipv6-distribution: top-level `ipAddressType` is `ipv6`: in the shared enum, not documented
// for distributions (`origin.ipAddressType` `ipv6` is documented: no finding)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4010",
    .name = "ipv6-distribution",
    .default_severity = severity::warning,
    .summary =
        "top-level `ipAddressType` is `ipv6`: in the shared enum, not documented for distributions "
        "(`origin.ipAddressType` `ipv6` is documented: no finding)",
    .rationale =
        "The top-level `ipAddressType` uses the IpAddressType enum shared with "
        "instances, which gained `ipv6` in 2024, but the CreateDistribution "
        "documentation still lists only `dualstack` (the default) and `ipv4`; whether "
        "the service accepts `ipv6` for a distribution is unverified. `dualstack` serves "
        "IPv6 viewers too and is suggested (not as an automatic fix: the author may mean "
        "IPv6 only). `origin.ipAddressType` has its own "
        "documented enum and is not checked here.",
    .example_bad = R"({"ipAddressType": "ipv6"})",
    .example_good = R"({"ipAddressType": "dualstack"})",
};

class ipv6_distribution_rule final : public detail::rule {
 public:
  constexpr ipv6_distribution_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::ip_address_type) != "ipv6") return;
    ctx.report_at(field::ip_address_type,
                  "'ipv6' is in the model's enum but not documented for distributions, which "
                  "list 'dualstack' and 'ipv4'; use 'dualstack' to serve IPv6 and IPv4 viewers");
  }
};

}  // namespace

const detail::rule& ipv6_distribution() {
  static const ipv6_distribution_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
