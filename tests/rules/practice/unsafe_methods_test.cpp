#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payloads P2, P3 and P8 all allow every method (L4).
const std::string k_p2 = spec_payload("p2");
const std::string k_p3 = spec_payload("p3");
const std::string k_p8 = spec_payload("p8");

constexpr std::string_view k_methods = "/cacheBehaviorSettings/allowedHTTPMethods";

std::string allowed(std::string_view json) { return patch(p5(), k_methods, json); }

SAILCHECK_RULE_CASES(
    unsafe_methods_test, "LS4004",
    // valid
    rule_case{"absent_service_default_is_not_a_visible_choice", std::string(p1()), {}},
    rule_case{"settings_without_methods", std::string(p4()), {}},
    rule_case{"p5_get_head_options", std::string(p5()), {}},
    rule_case{"get_head",
              patch(p5(), {{k_methods, R"("GET,HEAD")"},
                           {"/cacheBehaviorSettings/cachedHTTPMethods", R"("GET,HEAD")"}}),
              {}},
    // invalid
    rule_case{"p2_all_methods", std::string(k_p2), {std::string(k_methods)}},
    rule_case{"p3_all_methods", std::string(k_p3), {std::string(k_methods)}},
    rule_case{"p8_all_methods", std::string(k_p8), {std::string(k_methods)}},
    rule_case{"p5_all_methods",
              allowed(R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"),
              {std::string(k_methods)}},
    // no cascades: a string that is not the documented value is LS2003's
    owned_by("other_order_is_ls2003_only", allowed(R"("GET,HEAD,OPTIONS,PUT,POST,PATCH,DELETE")"),
             "LS2003", {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("lower_case_is_ls2003_only", allowed(R"("get,head,options,put,patch,post,delete")"),
             "LS2003", {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("spaces_are_ls2003_only", allowed(R"("GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE")"),
             "LS2003", {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("wrong_type_is_ls1003_only", allowed("7"), "LS1003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("null_is_ls1003_only", allowed("null"), "LS1003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("near_miss_key_is_ls1002_only",
             patch(p5(), {{k_methods, ""},
                          {"/cacheBehaviorSettings/allowedHttpMethods",
                           R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"}}),
             "LS1002", {"/cacheBehaviorSettings/allowedHttpMethods"}),
    owned_by("settings_wrong_type_is_ls1003_only",
             patch(p1(), "/cacheBehaviorSettings", R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"),
             "LS1003", {"/cacheBehaviorSettings"}));

TEST(unsafe_methods, message) {
  report r = check(k_p2);
  const diagnostic* d = first(r, "LS4004");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE' lets PUT, PATCH, POST and DELETE requests "
            "reach the origin, which must reject the ones it does not handle; allow only "
            "'GET,HEAD' or 'GET,HEAD,OPTIONS' unless the site needs them");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());  // whether the site needs POST is not in the payload
}

}  // namespace
}  // namespace sailcheck::test
