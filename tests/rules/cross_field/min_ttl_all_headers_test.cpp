#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P8: forward-all-headers API passthrough, legal only because minimumTTL is 0.
const std::string k_p8 = spec_payload("p8");

constexpr std::string_view k_min = "/cacheBehaviorSettings/minimumTTL";
constexpr std::string_view k_headers = "/cacheBehaviorSettings/forwardedHeaders";

std::string p4_all_headers(std::string_view minimum) {
  return patch(p4(), {{k_headers, R"({"option":"all"})"}, {k_min, minimum}});
}

SAILCHECK_RULE_CASES(
    min_ttl_all_headers_test, "LS3001",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    rule_case{"p8_all_headers_minimum_zero", std::string(k_p8), {}},
    rule_case{"all_headers_minimum_absent_defaults_to_zero",
              patch(p4(), {{k_headers, R"({"option":"all"})"}, {k_min, ""}}),
              {}},
    rule_case{"allow_list_headers_any_minimum", std::string(p4()), {}},
    rule_case{"none_headers_any_minimum", patch(p4(), k_headers, R"({"option":"none"})"), {}},
    rule_case{"default_headers_is_not_all", patch(p4(), k_headers, R"({"option":"default"})"), {}},
    rule_case{"headers_option_absent", patch(p4(), k_headers, "{}"), {}},
    // LS2001 owns a value outside the enum, even one that differs only in case
    owned_by("option_case_slip_is_ls2001_only", patch(p4(), k_headers, R"({"option":"All"})"),
             "LS2001", {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    // wrong types are LS1003 only
    owned_by("minimum_string_is_ls1003_only", p4_all_headers(R"("60")"), "LS1003",
             {"/cacheBehaviorSettings/minimumTTL"}),
    owned_by("minimum_float_is_ls1003_only", p4_all_headers("60.0"), "LS1003",
             {"/cacheBehaviorSettings/minimumTTL"}),
    owned_by("minimum_null_is_ls1003_only", p4_all_headers("null"), "LS1003",
             {"/cacheBehaviorSettings/minimumTTL"}),
    owned_by("option_wrong_type_is_ls1003_only", patch(p4(), k_headers, R"({"option":true})"),
             "LS1003", {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    // a near-miss spelling is LS1002 only
    owned_by("minimum_near_miss_is_ls1002_only",
             patch(p4(), {{k_headers, R"({"option":"all"})"},
                          {k_min, ""},
                          {"/cacheBehaviorSettings/minimumTtl", "60"}}),
             "LS1002", {"/cacheBehaviorSettings/minimumTtl"}),
    // invalid
    rule_case{"p8_minimum_60", patch(k_p8, k_min, "60"), {std::string(k_min)}},
    rule_case{"p4_all_headers_minimum_1000", p4_all_headers("1000"), {std::string(k_min)}},
    rule_case{"minimum_1", p4_all_headers("1"), {std::string(k_min)}},
    // negative is also LS2004; 0 is still the only accepted value here
    rule_case{"negative_minimum", p4_all_headers("-5"), {std::string(k_min)}});

TEST(min_ttl_all_headers, message_and_fix) {
  report r = check(patch(k_p8, k_min, "60"));
  const diagnostic* d = first(r, "LS3001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "minimumTTL is 60 but must be 0 when forwardedHeaders.option is 'all'; set it to 0, "
            "or forward only the headers you need with 'allow-list'");
  EXPECT_EQ(d->severity, severity::error);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->op, fix::operation::replace);
  EXPECT_EQ(d->fix->path, k_min);
  EXPECT_EQ(d->fix->value, boost::json::value(0));
  EXPECT_EQ(d->fix->description, "set minimumTTL to 0");
}

TEST(min_ttl_all_headers, wrong_type_is_reported_once_by_ls1003) {
  report r = check(p4_all_headers(R"("60")"));
  EXPECT_EQ(pointers(r, "LS1003"), std::vector<std::string>{std::string(k_min)}) << dump(r);
  EXPECT_TRUE(pointers(r, "LS3001").empty()) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
