#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

const std::string s = "/cacheBehaviorSettings/";

SAILCHECK_RULE_CASES(
    type_mismatch_test, "LS1003", rule_case{"p1", std::string(p1()), {}},
    rule_case{"p4", std::string(p4()), {}}, rule_case{"p5", std::string(p5()), {}},
    rule_case{"top_level_array", "[]", {""}}, rule_case{"top_level_string", R"("x")", {""}},
    rule_case{"null_member", patch(p1(), "/bundleId", "null"), {"/bundleId"}},
    rule_case{"string_for_boolean",
              patch(p5(), s + "forwardedQueryStrings/option", R"("false")"),
              {s + "forwardedQueryStrings/option"}},
    rule_case{"float_for_integer", patch(p5(), s + "defaultTTL", "86400.5"), {s + "defaultTTL"}},
    rule_case{"integral_float",
              R"({"cacheBehaviorSettings":{"defaultTTL":86400.0}})",
              {s + "defaultTTL"}},
    rule_case{
        "exponent", R"({"cacheBehaviorSettings":{"maximumTTL":3.1536e+07}})", {s + "maximumTTL"}},
    rule_case{"exponent_integral_form",
              R"({"cacheBehaviorSettings":{"maximumTTL":1e2}})",
              {s + "maximumTTL"}},
    rule_case{"above_int64",
              R"({"cacheBehaviorSettings":{"maximumTTL":9223372036854775808}})",
              {s + "maximumTTL"}},
    rule_case{
        "int64_max_is_fine", R"({"cacheBehaviorSettings":{"maximumTTL":9223372036854775807}})", {}},
    rule_case{"above_int32",
              patch(p1(), "/origin/responseTimeout", "2147483648"),
              {"/origin/responseTimeout"}},
    owned_by("int32_range_is_ls2004", patch(p1(), "/origin/responseTimeout", "2147483647"),
             "LS2004", {"/origin/responseTimeout"}),
    rule_case{"boolean_for_integer",
              patch(p1(), "/origin/responseTimeout", "true"),
              {"/origin/responseTimeout"}},
    rule_case{"object_for_array", patch(p4(), "/tags", R"({"key":"a","value":"b"})"), {"/tags"}},
    rule_case{"array_item", patch(p4(), "/tags/0", R"("a=b")"), {"/tags/0"}},
    rule_case{"allow_list_item",
              patch(p5(), s + "forwardedCookies/cookiesAllowList/1", "7"),
              {s + "forwardedCookies/cookiesAllowList/1"}},
    rule_case{"number_for_string", patch(p1(), "/distributionName", "42"), {"/distributionName"}},
    rule_case{"unknown_member_not_typed", patch(p1(), "/foo", "null"), {}},
    rule_case{
        "below_wrong_parent_not_walked", patch(p1(), "/origin", R"([{"name":1}])"), {"/origin"}});

struct message_case {
  std::string name;
  std::string payload;
  std::string message;
};

class type_mismatch_message_test : public ::testing::TestWithParam<message_case> {};

TEST_P(type_mismatch_message_test, quotes_the_source) {
  const message_case& c = GetParam();
  report r = check(c.payload);
  ASSERT_NE(first(r, "LS1003"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS1003")->message, c.message);
}

INSTANTIATE_TEST_SUITE_P(
    cases, type_mismatch_message_test,
    ::testing::Values(
        message_case{"float", R"({"cacheBehaviorSettings":{"defaultTTL":86400.0}})",
                     "expected an integer, got '86400.0'; boto3 sends a fraction or exponent as a "
                     "float, which botocore rejects"},
        message_case{"huge_exponent", R"({"cacheBehaviorSettings":{"defaultTTL":1e400}})",
                     "expected an integer, got '1e400'; boto3 sends a fraction or exponent as a "
                     "float, which botocore rejects"},
        message_case{"big_integer",
                     R"({"cacheBehaviorSettings":{"defaultTTL":18446744073709551616}})",
                     "integer '18446744073709551616' is outside the int64 range "
                     "-9223372036854775808..9223372036854775807"},
        message_case{"int32", R"({"origin":{"responseTimeout":-2147483649}})",
                     "integer -2147483649 is outside the int32 range -2147483648..2147483647"},
        message_case{"null", R"({"bundleId":null})",
                     "expected a string, got null; botocore rejects None: remove the member or "
                     "give it a value"},
        // A number is quoted as written: its double would say 'inf' or '0'.
        message_case{"huge_number_for_string", R"({"bundleId":1e400})",
                     "expected a string, got the number '1e400'"},
        message_case{"tiny_number_for_string", R"({"bundleId":1e-400})",
                     "expected a string, got the number '1e-400'"},
        message_case{"fraction_for_string", R"({"bundleId":0.10})",
                     "expected a string, got the number '0.10'"},
        message_case{"root", "[1]",
                     "the payload must be a JSON object (the CreateDistribution request), not an "
                     "array"}),
    [](const auto& tc) { return tc.param.name; });

TEST(type_mismatch, fixes_when_the_intent_is_unambiguous) {
  report r = check(
      R"({"cacheBehaviorSettings":{"defaultTTL":86400.0,"forwardedQueryStrings":{"option":"true"},"minimumTTL":"60"}})");
  std::vector<std::string> fixed;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == "LS1003" && d.fix)
      fixed.push_back(d.fix->path + "=" + boost::json::serialize(d.fix->value));
  EXPECT_EQ(fixed, (std::vector<std::string>{s + "defaultTTL=86400",
                                             s + "forwardedQueryStrings/option=true",
                                             s + "minimumTTL=60"}))
      << dump(r);
}

TEST(type_mismatch, value_rules_stay_silent) {
  report r = check(patch(p1(), "/defaultCacheBehavior/behavior", "1"));
  EXPECT_EQ(first(r, "LS2001"), nullptr) << dump(r);
  EXPECT_EQ(pointers(r, "LS1003"), std::vector<std::string>{"/defaultCacheBehavior/behavior"});
}

}  // namespace
}  // namespace sailcheck::test
