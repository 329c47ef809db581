#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payload P2 (explicit server-default settings); its negative variant writes `default`.
const std::string k_p2 = spec_payload("p2");

constexpr std::string_view k_option = "/cacheBehaviorSettings/forwardedHeaders/option";

std::string option(std::string_view json) { return patch(k_p2, k_option, json); }

SAILCHECK_RULE_CASES(
    non_model_header_option_test, "LS4007",
    // valid
    rule_case{"p1_no_settings", std::string(p1()), {}}, rule_case{"p2_none", std::string(k_p2), {}},
    rule_case{"p4_allow_list", std::string(p4()), {}},
    owned_by("all_is_ls4005s", option(R"("all")"), "LS4005",
             {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    rule_case{"option_absent", patch(k_p2, "/cacheBehaviorSettings/forwardedHeaders", "{}"), {}},
    // invalid
    rule_case{"p2_default", option(R"("default")"), {std::string(k_option)}},
    rule_case{"default_with_list_also_ls3005",
              patch(p4(), k_option, R"("default")"),
              {std::string(k_option)}},
    // no cascades
    owned_by("capitalised_is_ls2001_only", option(R"("Default")"), "LS2001",
             {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    owned_by("wrong_type_is_ls1003_only", option("0"), "LS1003",
             {"/cacheBehaviorSettings/forwardedHeaders/option"}),
    owned_by("null_is_ls1003_only", option("null"), "LS1003",
             {"/cacheBehaviorSettings/forwardedHeaders/option"}));

TEST(non_model_header_option, message_and_fix) {
  report r = check(option(R"("default")"));
  const diagnostic* d = first(r, "LS4007");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'default' is accepted by the service but is not a value of the API model, and "
            "CloudFormation rejects it; write 'none' to forward no headers");
  EXPECT_EQ(d->severity, severity::warning);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->op, fix::operation::replace);
  EXPECT_EQ(d->fix->path, k_option);
  EXPECT_EQ(d->fix->value, boost::json::value("none"));
  EXPECT_EQ(d->fix->description, "write 'none'");
}

TEST(non_model_header_option, enum_value_leaves_default_to_this_rule) {
  report r = check(option(R"("default")"));
  EXPECT_TRUE(pointers(r, "LS2001").empty()) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
