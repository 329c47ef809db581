#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P8: API passthrough forwarding every header (L9).
const std::string k_p8 = spec_payload("p8");

constexpr std::string_view k_option = "/cacheBehaviorSettings/forwardedHeaders/option";

std::string option(std::string_view json) { return patch(k_p8, k_option, json); }

SAILCHECK_RULE_CASES(forward_all_headers_test, "LS4005",
                     // valid
                     rule_case{"p1_no_settings", std::string(p1()), {}},
                     rule_case{"p4_allow_list", std::string(p4()), {}},
                     rule_case{"option_absent",
                               patch(k_p8, "/cacheBehaviorSettings/forwardedHeaders", "{}"),
                               {}},
                     rule_case{"none", option(R"("none")"), {}},
                     owned_by("default_is_ls4007s", option(R"("default")"), "LS4007",
                              {"/cacheBehaviorSettings/forwardedHeaders/option"}),
                     // invalid
                     rule_case{"p8_all", std::string(k_p8), {std::string(k_option)}},
                     rule_case{"all_even_when_nothing_else_is_odd",
                               patch(p1(), k_option, R"("all")"),
                               {std::string(k_option)}},
                     rule_case{"all_with_min_ttl_is_also_ls3001",
                               patch(k_p8, "/cacheBehaviorSettings/minimumTTL", "60"),
                               {std::string(k_option)}},
                     // no cascades
                     owned_by("upper_case_is_ls2001_only", option(R"("ALL")"), "LS2001",
                              {"/cacheBehaviorSettings/forwardedHeaders/option"}),
                     owned_by("wrong_type_is_ls1003_only", option("true"), "LS1003",
                              {"/cacheBehaviorSettings/forwardedHeaders/option"}),
                     owned_by("null_is_ls1003_only", option("null"), "LS1003",
                              {"/cacheBehaviorSettings/forwardedHeaders/option"}),
                     owned_by("headers_object_wrong_type_is_ls1003_only",
                              patch(k_p8, "/cacheBehaviorSettings/forwardedHeaders", R"("all")"),
                              "LS1003", {"/cacheBehaviorSettings/forwardedHeaders"}));

TEST(forward_all_headers, message) {
  report r = check(k_p8);
  const diagnostic* d = first(r, "LS4005");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "forwarding all headers makes nearly every request its own cache key, so little is "
            "served from the cache; use 'allow-list' with only the headers the origin needs");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
