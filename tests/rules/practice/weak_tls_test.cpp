#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_tls = "/viewerMinimumTlsProtocolVersion";

std::string with_certificate(std::string_view tls_json) {
  return patch(p1(), {{"/certificateName", R"("site-example-com-cert")"}, {k_tls, tls_json}});
}

SAILCHECK_RULE_CASES(weak_tls_test, "LS4009",
                     // valid
                     rule_case{"absent", std::string(p1()), {}},
                     rule_case{"tls_1_2_2018", with_certificate(R"("TLSv1.2_2018")"), {}},
                     rule_case{"tls_1_2_2019", with_certificate(R"("TLSv1.2_2019")"), {}},
                     rule_case{"tls_1_2_2021", with_certificate(R"("TLSv1.2_2021")"), {}},
                     // invalid
                     rule_case{"weak", with_certificate(R"("TLSv1.1_2016")"), {std::string(k_tls)}},
                     rule_case{"weak_without_certificate_is_also_ls4008",
                               patch(p1(), k_tls, R"("TLSv1.1_2016")"),
                               {std::string(k_tls)}},
                     // no cascades
                     owned_by("lower_case_is_ls2001_only", with_certificate(R"("tlsv1.1_2016")"),
                              "LS2001", {"/viewerMinimumTlsProtocolVersion"}),
                     owned_by("older_unknown_version_is_ls2001_only",
                              with_certificate(R"("TLSv1_2016")"), "LS2001",
                              {"/viewerMinimumTlsProtocolVersion"}),
                     owned_by("wrong_type_is_ls1003_only", with_certificate("1.1"), "LS1003",
                              {"/viewerMinimumTlsProtocolVersion"}),
                     owned_by("near_miss_key_is_ls1002_only",
                              patch(p1(), "/viewerMinimumTLSProtocolVersion", R"("TLSv1.1_2016")"),
                              "LS1002", {"/viewerMinimumTLSProtocolVersion"}));

TEST(weak_tls, message_and_no_fix) {
  report r = check(with_certificate(R"("TLSv1.1_2016")"));
  const diagnostic* d = first(r, "LS4009");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'TLSv1.1_2016' lets viewers connect with TLS 1.1, which is deprecated; use "
            "'TLSv1.2_2021' to require TLS 1.2");
  EXPECT_EQ(d->severity, severity::warning);
  // A choice between security or reach and compatibility is the author's: no automatic fix.
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
