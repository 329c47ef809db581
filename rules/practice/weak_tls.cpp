// LS4009 weak-tls: `viewerMinimumTlsProtocolVersion` is `TLSv1.1_2016`

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4009",
    .name = "weak-tls",
    .default_severity = severity::warning,
    .summary = "`viewerMinimumTlsProtocolVersion` is `TLSv1.1_2016`",
    .rationale =
        "`viewerMinimumTlsProtocolVersion` `TLSv1.1_2016` is the only value of the model "
        "that lets viewers connect with TLS 1.1, which RFC 8996 deprecates; the other "
        "three values require TLS 1.2. The message suggests `TLSv1.2_2021`, the newest "
        "policy; there is no automatic fix, because raising the floor turns away old "
        "clients, which only the author can decide.",
    .example_bad =
        R"({"certificateName": "shop-example-com-cert", "viewerMinimumTlsProtocolVersion": "TLSv1.1_2016"})",
    .example_good =
        R"({"certificateName": "shop-example-com-cert", "viewerMinimumTlsProtocolVersion": "TLSv1.2_2021"})",
};

class weak_tls_rule final : public detail::rule {
 public:
  constexpr weak_tls_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::viewer_minimum_tls) != "TLSv1.1_2016") return;
    ctx.report_at(field::viewer_minimum_tls,
                  "'TLSv1.1_2016' lets viewers connect with TLS 1.1, which is deprecated; use "
                  "'TLSv1.2_2021' to require TLS 1.2");
  }
};

}  // namespace

const detail::rule& weak_tls() {
  static const weak_tls_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
