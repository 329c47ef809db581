#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P7: custom certificate with a TLS floor.
const std::string k_p7 = spec_payload("p7");

constexpr std::string_view k_tls = "/viewerMinimumTlsProtocolVersion";

std::string p7_without_certificate() { return patch(k_p7, "/certificateName", ""); }

class tls_without_certificate_test : public ::testing::TestWithParam<rule_case> {};

TEST_P(tls_without_certificate_test, reports_exactly_the_expected_pointers) {
  const rule_case& c = GetParam();
  report r = check(c.payload);
  EXPECT_EQ(pointers(r, "LS4008"), c.expected) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    cases, tls_without_certificate_test,
    ::testing::Values(
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
        rule_case{"certificate_null_is_ls1003_only", patch(k_p7, "/certificateName", "null"), {}},
        rule_case{
            "certificate_wrong_type_is_ls1003_only", patch(k_p7, "/certificateName", "1"), {}},
        rule_case{"certificate_near_miss_key_is_ls1002_only",
                  patch(p7_without_certificate(), "/CertificateName", R"("shop-example-com-cert")"),
                  {}},
        rule_case{"certificate_bad_name_is_ls2002_only",
                  patch(k_p7, "/certificateName", R"("shop.example.com")"),
                  {}},
        rule_case{
            "tls_wrong_type_is_ls1003_only", patch(p7_without_certificate(), k_tls, "1.2"), {}},
        rule_case{"tls_null_is_ls1003_only", patch(p7_without_certificate(), k_tls, "null"), {}}),
    [](const auto& param_info) { return param_info.param.name; });

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
