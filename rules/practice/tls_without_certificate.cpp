// LS4008 tls-without-certificate: `viewerMinimumTlsProtocolVersion` given and `certificateName`
// absent

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4008",
    .name = "tls-without-certificate",
    .default_severity = severity::warning,
    .summary = "`viewerMinimumTlsProtocolVersion` given and `certificateName` absent",
    .rationale =
        "The model documents `viewerMinimumTlsProtocolVersion` as the minimum TLS "
        "version for the distribution's SSL/TLS certificate, i.e. the custom-domain "
        "certificate named by `certificateName`. Without one, viewers reach the default "
        "*.cloudfront.net domain and the setting most likely has no effect. Silent when "
        "`certificateName` is present in any form (a misspelt or mistyped member is "
        "reported by LS1002 or LS1003).",
    .example_bad = R"({"viewerMinimumTlsProtocolVersion": "TLSv1.2_2021"})",
    .example_good =
        R"({"certificateName": "shop-example-com-cert", "viewerMinimumTlsProtocolVersion": "TLSv1.2_2021"})",
};

class tls_without_certificate_rule final : public detail::rule {
 public:
  constexpr tls_without_certificate_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const std::optional<std::string_view> version = ctx.string(field::viewer_minimum_tls);
    if (!version || !ctx.absent(field::certificate_name)) return;
    ctx.report_at(field::viewer_minimum_tls,
                  fmt::format("minimum TLS version {} is set but certificateName is absent; the "
                              "setting applies to the certificate of a custom domain, so it most "
                              "likely has no effect on the default *.cloudfront.net domain",
                              detail::quote(*version)));
  }
};

}  // namespace

const detail::rule& tls_without_certificate() {
  static const tls_without_certificate_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
