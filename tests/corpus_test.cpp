// The spec's realistic payloads (P1-P8, tests/corpus/) and its negative variants: every finding
// of every rule is pinned, so a new false alarm on a real payload fails here.

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

std::vector<std::string> all_findings(const report& r) {
  std::vector<std::string> out;
  for (const diagnostic& d : r.diagnostics) out.push_back(std::string(d.code) + " " + d.pointer);
  return out;
}

struct corpus_case {
  std::string name;
  std::string payload;
  std::vector<std::string> expected;  // "CODE pointer", in report order
};

void PrintTo(const corpus_case& c, std::ostream* os) { *os << c.name; }

class corpus_test : public ::testing::TestWithParam<corpus_case> {};

TEST_P(corpus_test, gives_exactly_the_expected_findings) {
  const corpus_case& c = GetParam();
  ASSERT_FALSE(c.payload.empty());
  report r = check(c.payload);
  EXPECT_EQ(all_findings(r), c.expected) << dump(r);
}

const std::string s = "/cacheBehaviorSettings/";

INSTANTIATE_TEST_SUITE_P(
    realistic, corpus_test,
    ::testing::Values(corpus_case{"p1", spec_payload("p1"), {}},
                      corpus_case{"p2", spec_payload("p2"), {"LS4004 " + s + "allowedHTTPMethods"}},
                      corpus_case{"p3", spec_payload("p3"), {"LS4004 " + s + "allowedHTTPMethods"}},
                      corpus_case{"p4", spec_payload("p4"), {}},
                      corpus_case{"p5", spec_payload("p5"), {"LS4011 /origin"}},
                      corpus_case{"p6",
                                  spec_payload("p6"),
                                  {"LS4003 /cacheBehaviors/0/behavior",
                                   "LS4003 /cacheBehaviors/1/behavior"}},
                      corpus_case{"p7", spec_payload("p7"), {}},
                      corpus_case{"p8",
                                  spec_payload("p8"),
                                  {"LS4004 " + s + "allowedHTTPMethods",
                                   "LS4005 " + s + "forwardedHeaders/option",
                                   "LS4006 " + s + "forwardedCookies/option"}}),
    [](const auto& tc) { return tc.param.name; });

TEST(corpus, realistic_payloads_have_no_error_finding) {
  for (const char* name : {"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"}) {
    report r = check(spec_payload(name));
    EXPECT_FALSE(r.has_errors()) << name << "\n" << dump(r);
  }
}

INSTANTIATE_TEST_SUITE_P(
    negative, corpus_test,
    ::testing::Values(
        corpus_case{"p8_minimum_ttl_60",
                    patch(spec_payload("p8"), s + "minimumTTL", "60"),
                    {"LS4004 " + s + "allowedHTTPMethods", "LS3001 " + s + "minimumTTL",
                     "LS3002 " + s + "minimumTTL", "LS4005 " + s + "forwardedHeaders/option",
                     "LS4006 " + s + "forwardedCookies/option"}},
        corpus_case{"p1_name_with_period",
                    patch(spec_payload("p1"), "/distributionName", R"("my.site")"),
                    {"LS2006 /distributionName"}},
        corpus_case{"p1_name_too_short",
                    patch(spec_payload("p1"), "/distributionName", R"("a")"),
                    {"LS2002 /distributionName"}},
        corpus_case{"p1_name_underscores",
                    patch(spec_payload("p1"), "/distributionName", R"("_cdn_")"),
                    {}},
        corpus_case{"p1_without_bundle", patch(spec_payload("p1"), "/bundleId", ""), {"LS1001 "}},
        corpus_case{"p4_key_only_tag",
                    patch(spec_payload("p4"), "/tags/0", R"({"key":"owner"})"),
                    {"LS2011 /tags/0"}},
        corpus_case{"p4_empty_tag_value",
                    patch(spec_payload("p4"), "/tags/0", R"({"key":"owner","value":""})"),
                    {"LS2011 /tags/0/value"}},
        corpus_case{"p4_reserved_tag_key",
                    patch(spec_payload("p4"), "/tags/0/key", R"("aws:team")"),
                    {"LS2012 /tags/0/key"}},
        corpus_case{"p4_tag_key_with_hash",
                    patch(spec_payload("p4"), "/tags/0/key", R"("cost center#1")"),
                    {"LS2010 /tags/0/key"}},
        corpus_case{"p5_options_not_allowed",
                    patch(spec_payload("p5"), s + "allowedHTTPMethods", R"("GET,HEAD")"),
                    {"LS4011 /origin", "LS3003 " + s + "cachedHTTPMethods"}},
        corpus_case{"p5_methods_with_space",
                    patch(spec_payload("p5"), s + "allowedHTTPMethods", R"("GET, HEAD")"),
                    {"LS4011 /origin", "LS2003 " + s + "allowedHTTPMethods"}},
        corpus_case{"p5_methods_lower_case",
                    patch(spec_payload("p5"), s + "allowedHTTPMethods", R"("get,head,options")"),
                    {"LS4011 /origin", "LS2003 " + s + "allowedHTTPMethods"}},
        corpus_case{"p5_headers_not_in_enum",
                    patch(spec_payload("p5"), s + "forwardedHeaders/headersAllowList",
                          R"(["host","X-Api-Key"])"),
                    {"LS4011 /origin", "LS2001 " + s + "forwardedHeaders/headersAllowList/0",
                     "LS2001 " + s + "forwardedHeaders/headersAllowList/1"}},
        corpus_case{"p6_ttl_order",
                    patch(spec_payload("p6"), s + "defaultTTL", "2000"),
                    {"LS4003 /cacheBehaviors/0/behavior", "LS4003 /cacheBehaviors/1/behavior",
                     "LS3002 " + s + "defaultTTL"}},
        corpus_case{"p7_response_timeout_90",
                    patch(spec_payload("p7"), "/origin/responseTimeout", "90"),
                    {"LS2004 /origin/responseTimeout"}},
        corpus_case{"p7_tls_1_3",
                    patch(spec_payload("p7"), "/viewerMinimumTlsProtocolVersion", R"("TLSv1.3")"),
                    {"LS2001 /viewerMinimumTlsProtocolVersion"}},
        corpus_case{
            "p2_query_option_string",
            patch(spec_payload("p2"), s + "forwardedQueryStrings/option", R"("false")"),
            {"LS4004 " + s + "allowedHTTPMethods", "LS1003 " + s + "forwardedQueryStrings/option"}},
        corpus_case{"p2_fractional_ttl",
                    patch(spec_payload("p2"), s + "defaultTTL", "86400.5"),
                    {"LS4004 " + s + "allowedHTTPMethods", "LS1003 " + s + "defaultTTL"}},
        corpus_case{
            "p2_header_option_default",
            patch(spec_payload("p2"), s + "forwardedHeaders/option", R"("default")"),
            {"LS4004 " + s + "allowedHTTPMethods", "LS4007 " + s + "forwardedHeaders/option"}},
        corpus_case{"p1_availability_zone",
                    patch(spec_payload("p1"), "/origin",
                          R"({"name":"WordPress-1","regionName":"us-east-1a"})"),
                    {"LS4011 /origin", "LS2001 /origin/regionName"}},
        corpus_case{"p1_ip_address_type_case",
                    patch(spec_payload("p1"), "/ipAddressType", R"("IPv4")"),
                    {"LS2001 /ipAddressType"}}),
    [](const auto& tc) { return tc.param.name; });

TEST(corpus, fifty_one_tags) {
  std::string tags = "[";
  for (int i = 0; i < 51; ++i)
    tags += (i ? "," : "") + std::string(R"({"key":"k)") + std::to_string(i) + R"(","value":"v"})";
  tags += "]";
  report r = check(patch(spec_payload("p4"), "/tags", tags));
  EXPECT_EQ(all_findings(r), std::vector<std::string>{"LS3007 /tags"}) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
