#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_type = "/ipAddressType";

SAILCHECK_RULE_CASES(
    ipv6_distribution_test, "LS4010",
    // valid
    rule_case{"absent", std::string(p1()), {}}, rule_case{"p4_ipv4", std::string(p4()), {}},
    rule_case{"dualstack", patch(p1(), k_type, R"("dualstack")"), {}},
    rule_case{"origin_ipv6_is_documented", patch(p1(), "/origin/ipAddressType", R"("ipv6")"), {}},
    // invalid
    rule_case{"ipv6", patch(p1(), k_type, R"("ipv6")"), {std::string(k_type)}},
    rule_case{"ipv6_on_both",
              patch(p1(), {{k_type, R"("ipv6")"}, {"/origin/ipAddressType", R"("ipv6")"}}),
              {std::string(k_type)}},
    // no cascades
    owned_by("upper_case_is_ls2001_only", patch(p1(), k_type, R"("IPv6")"), "LS2001",
             {"/ipAddressType"}),
    owned_by("wrong_type_is_ls1003_only", patch(p1(), k_type, "6"), "LS1003", {"/ipAddressType"}),
    owned_by("near_miss_key_is_ls1002_only", patch(p1(), "/IpAddressType", R"("ipv6")"), "LS1002",
             {"/IpAddressType"}));

TEST(ipv6_distribution, message_and_no_fix) {
  report r = check(patch(p1(), k_type, R"("ipv6")"));
  const diagnostic* d = first(r, "LS4010");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'ipv6' is in the model's enum but not documented for distributions, which list "
            "'dualstack' and 'ipv4'; use 'dualstack' to serve IPv6 and IPv4 viewers");
  EXPECT_EQ(d->severity, severity::warning);
  // A choice between security or reach and compatibility is the author's: no automatic fix.
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
