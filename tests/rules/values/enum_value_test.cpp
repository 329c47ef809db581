#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

const std::string h = "/cacheBehaviorSettings/forwardedHeaders/";

SAILCHECK_RULE_CASES(
    enum_value_test, "LS2001", rule_case{"p1", std::string(p1()), {}},
    rule_case{"p4", std::string(p4()), {}}, rule_case{"p5", std::string(p5()), {}},
    rule_case{"newest_region", patch(p1(), "/origin/regionName", R"("ap-southeast-5")"), {}},
    rule_case{"availability_zone",
              patch(p1(), "/origin/regionName", R"("us-east-1a")"),
              {"/origin/regionName"}},
    rule_case{"protocol_policy",
              patch(p1(), "/origin/protocolPolicy", R"("https")"),
              {"/origin/protocolPolicy"}},
    rule_case{"origin_ip_type",
              patch(p1(), "/origin/ipAddressType", R"("ipv5")"),
              {"/origin/ipAddressType"}},
    rule_case{"default_behavior",
              patch(p1(), "/defaultCacheBehavior/behavior", R"("no-cache")"),
              {"/defaultCacheBehavior/behavior"}},
    rule_case{"path_behavior",
              patch(p4(), "/cacheBehaviors/0/behavior", R"("Cache")"),
              {"/cacheBehaviors/0/behavior"}},
    rule_case{"cookie_option",
              patch(p4(), "/cacheBehaviorSettings/forwardedCookies/option", R"("whitelist")"),
              {"/cacheBehaviorSettings/forwardedCookies/option"}},
    rule_case{"header_option", patch(p4(), h + "option", R"("some")"), {h + "option"}},
    owned_by("header_option_default_is_ls4007", patch(p4(), h + "option", R"("default")"), "LS4007",
             {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    rule_case{"header_items",
              patch(p5(), h + "headersAllowList", R"(["host","X-Api-Key"])"),
              {h + "headersAllowList/0", h + "headersAllowList/1"}},
    rule_case{
        "ip_address_type_case", patch(p1(), "/ipAddressType", R"("IPv4")"), {"/ipAddressType"}},
    rule_case{"tls",
              patch(p1(), "/viewerMinimumTlsProtocolVersion", R"("TLSv1.3")"),
              {"/viewerMinimumTlsProtocolVersion"}},
    owned_by("wrong_type_is_ls1003", patch(p1(), "/ipAddressType", "4"), "LS1003",
             {"/ipAddressType"}),
    rule_case{"absent", patch(p1(), "/origin/protocolPolicy", ""), {}});

TEST(enum_value, message_with_case_hint_and_fix) {
  report r = check(patch(p5(), h + "headersAllowList", R"(["host"])"));
  const diagnostic* d = first(r, "LS2001");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "'host' is not one of the 15 values of headersAllowList ('Accept', 'Accept-Charset', "
            "'Accept-Datetime', ...); did you mean 'Host'? (values are case-sensitive)");
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, h + "headersAllowList/0");
  EXPECT_EQ(boost::json::serialize(d->fix->value), "\"Host\"");
}

TEST(enum_value, message_with_suggestion) {
  report r = check(patch(p1(), "/origin/protocolPolicy", R"("https-onlyy")"));
  const diagnostic* d = first(r, "LS2001");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "'https-onlyy' is not one of 'http-only' or 'https-only'; did you mean 'https-only'?");
  EXPECT_FALSE(d->fix.has_value());
}

TEST(enum_value, region_suggestion) {
  report r = check(patch(p1(), "/origin/regionName", R"("us-east-1a")"));
  ASSERT_NE(first(r, "LS2001"), nullptr);
  EXPECT_NE(first(r, "LS2001")->message.find("did you mean 'us-east-1'?"), std::string::npos);
}

}  // namespace
}  // namespace sailcheck::test
