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

class unsafe_methods_test : public ::testing::TestWithParam<rule_case> {};

TEST_P(unsafe_methods_test, reports_exactly_the_expected_pointers) {
  const rule_case& c = GetParam();
  report r = check(c.payload);
  EXPECT_EQ(pointers(r, "LS4004"), c.expected) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    cases, unsafe_methods_test,
    ::testing::Values(
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
        rule_case{"other_order_is_ls2003_only",
                  allowed(R"("GET,HEAD,OPTIONS,PUT,POST,PATCH,DELETE")"),
                  {}},
        rule_case{"lower_case_is_ls2003_only",
                  allowed(R"("get,head,options,put,patch,post,delete")"),
                  {}},
        rule_case{"spaces_are_ls2003_only",
                  allowed(R"("GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE")"),
                  {}},
        rule_case{"wrong_type_is_ls1003_only", allowed("7"), {}},
        rule_case{"null_is_ls1003_only", allowed("null"), {}},
        rule_case{"near_miss_key_is_ls1002_only",
                  patch(p5(), {{k_methods, ""},
                               {"/cacheBehaviorSettings/allowedHttpMethods",
                                R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"}}),
                  {}},
        rule_case{
            "settings_wrong_type_is_ls1003_only",
            patch(p1(), "/cacheBehaviorSettings", R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"),
            {}}),
    [](const auto& param_info) { return param_info.param.name; });

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
