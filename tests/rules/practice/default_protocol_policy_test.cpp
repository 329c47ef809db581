#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_policy = "/origin/protocolPolicy";

SAILCHECK_RULE_CASES(
    default_protocol_policy_test, "LS4011",
    // valid
    rule_case{"p1_http_only", std::string(p1()), {}},
    rule_case{"p4_http_only", std::string(p4()), {}},
    rule_case{"https_only", patch(p1(), k_policy, R"("https-only")"), {}},
    // invalid: truly omitted
    rule_case{"p5_omitted", std::string(p5()), {"/origin"}},
    rule_case{"p1_omitted", patch(p1(), k_policy, ""), {"/origin"}},
    rule_case{"empty_origin", patch(p1(), "/origin", "{}"), {"/origin"}},
    // no cascades: present in some form, or the origin is unusable
    owned_by("null_is_ls1003_only", patch(p1(), k_policy, "null"), "LS1003",
             {"/origin/protocolPolicy"}),
    owned_by("wrong_type_is_ls1003_only", patch(p1(), k_policy, "true"), "LS1003",
             {"/origin/protocolPolicy"}),
    owned_by("misspelt_value_is_ls2001_only", patch(p1(), k_policy, R"("https")"), "LS2001",
             {"/origin/protocolPolicy"}),
    owned_by("pascal_case_key_is_ls1002_only",
             patch(p1(), {{k_policy, ""}, {"/origin/ProtocolPolicy", R"("https-only")"}}), "LS1002",
             {"/origin/ProtocolPolicy"}),
    owned_by("near_miss_key_is_ls1002_only",
             patch(p1(), {{k_policy, ""}, {"/origin/protocolPolcy", R"("https-only")"}}), "LS1002",
             {"/origin/protocolPolcy"}),
    owned_by("origin_absent_is_ls1001_only", patch(p1(), "/origin", ""), "LS1001", {""}),
    owned_by("origin_null_is_ls1003_only", patch(p1(), "/origin", "null"), "LS1003", {"/origin"}),
    owned_by("origin_wrong_type_is_ls1003_only", patch(p1(), "/origin", R"(["WordPress-1"])"),
             "LS1003", {"/origin"}),
    owned_by("origin_near_miss_key_is_ls1002_only",
             patch(p1(), {{"/origin", ""},
                          {"/Origin", R"({"name":"WordPress-1","regionName":"us-east-1"})"}}),
             "LS1002", {"/Origin"}));

TEST(default_protocol_policy, message) {
  report r = check(p5());
  const diagnostic* d = first(r, "LS4011");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "origin has no 'protocolPolicy', so the service default 'http-only' applies and the "
            "origin is fetched over plain HTTP; set 'https-only' if the origin serves HTTPS, or "
            "'http-only' to make the choice explicit");
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
