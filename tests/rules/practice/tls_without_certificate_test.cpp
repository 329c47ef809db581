#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P7: custom certificate with a TLS floor.
const std::string k_p7 = spec_payload("p7");

constexpr std::string_view k_tls = "/viewerMinimumTlsProtocolVersion";

std::string p7_without_certificate() { return patch(k_p7, "/certificateName", ""); }

SAILCHECK_RULE_CASES(
    tls_without_certificate_test, "LS4008",
    // valid
    rule_case{"p1_neither", std::string(p1()), {}},
    rule_case{"p7_with_certificate", std::string(k_p7), {}},
    rule_case{"certificate_without_tls", patch(k_p7, k_tls, ""), {}},
    // invalid
    rule_case{"p7_without_certificate", p7_without_certificate(), {std::string(k_tls)}},
    rule_case{"p1_with_tls", patch(p1(), k_tls, R"("TLSv1.2_2019")"), {std::string(k_tls)}},
    rule_case{"weak_tls_without_certificate_is_also_ls4009",
              patch(p1(), k_tls, R"("TLSv1.1_2016")"),
              {std::string(k_tls)}},
    // no cascades: the certificate is there in some form, or the TLS value is unusable
    owned_by("certificate_null_is_ls1003_only", patch(k_p7, "/certificateName", "null"), "LS1003",
             {"/certificateName"}),
    owned_by("certificate_wrong_type_is_ls1003_only", patch(k_p7, "/certificateName", "1"),
             "LS1003", {"/certificateName"}),
    owned_by("certificate_near_miss_key_is_ls1002_only",
             patch(p7_without_certificate(), "/CertificateName", R"("shop-example-com-cert")"),
             "LS1002", {"/CertificateName"}),
    // A name whose only fault is its periods is LS2006's, not LS2002's (RULES.md).
    owned_by("certificate_dotted_name_is_ls2006_only",
             patch(k_p7, "/certificateName", R"("shop.example.com")"), "LS2006",
             {"/certificateName"}),
    owned_by("tls_wrong_type_is_ls1003_only", patch(p7_without_certificate(), k_tls, "1.2"),
             "LS1003", {"/viewerMinimumTlsProtocolVersion"}),
    owned_by("tls_null_is_ls1003_only", patch(p7_without_certificate(), k_tls, "null"), "LS1003",
             {"/viewerMinimumTlsProtocolVersion"}));

TEST(tls_without_certificate, message) {
  report r = check(p7_without_certificate());
  const diagnostic* d = first(r, "LS4008");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "minimum TLS version 'TLSv1.2_2021' is set but certificateName is absent; the setting "
            "applies to the certificate of a custom domain, so it most likely has no effect on "
            "the default *.cloudfront.net domain");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
