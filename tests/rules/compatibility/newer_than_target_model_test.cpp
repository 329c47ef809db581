// LS5001 newer-than-target-model

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

report check_for(std::string_view text, target_model m) {
  auto built = linter::create(options{.target_model = m});
  EXPECT_TRUE(built.has_value());
  return built->check_text(text);
}

// The table's linter targets the model of Debian's python3-botocore.
report check_botocore_1_29(std::string_view text) {
  return check_for(text, target_model::botocore_1_29);
}

SAILCHECK_RULE_CASES_WITH(
    newer_than_target_model_test, "LS5001", check_botocore_1_29,
    rule_case{"p1_is_clean", std::string(p1()), {}},
    rule_case{"old_regions_are_clean", patch(p1(), "/origin/regionName", R"("eu-north-1")"), {}},
    rule_case{"dualstack_is_clean", patch(p1(), "/ipAddressType", R"("dualstack")"), {}},
    rule_case{"p7_has_the_three_2024_members",
              std::string(spec_payload("p7")),
              {"/certificateName", "/viewerMinimumTlsProtocolVersion", "/origin/responseTimeout"}},
    rule_case{"origin_ip_address_type",
              patch(p1(), "/origin/ipAddressType", R"("ipv4")"),
              {"/origin/ipAddressType"}},
    // The old SDK refuses the name whatever the value: LS1003 reports the type too.
    rule_case{"newer_member_of_the_wrong_type",
              patch(p1(), "/certificateName", "7"),
              {"/certificateName"}},
    rule_case{"newer_region",
              patch(p1(), "/origin/regionName", R"("eu-south-2")"),
              {"/origin/regionName"}},
    rule_case{"each_newer_region_once",
              patch(p1(), "/origin/regionName", R"("sa-east-1")"),
              {"/origin/regionName"}},
    rule_case{"ipv6", patch(p1(), "/ipAddressType", R"("ipv6")"), {"/ipAddressType"}},
    // `origin.ipAddressType` is reported as a member; its value is not looked at.
    rule_case{"newer_member_with_newer_value",
              patch(p1(), "/origin/ipAddressType", R"("ipv6")"),
              {"/origin/ipAddressType"}},
    // A near miss is LS1002's; a wrong type of a known member is LS1003's.
    owned_by("near_miss_is_ls1002s", patch(p1(), "/certificatename", R"("cert")"), "LS1002",
             {"/certificatename"}),
    owned_by("region_of_wrong_type_is_ls1003s", patch(p1(), "/origin/regionName", "1"), "LS1003",
             {"/origin/regionName"}),
    owned_by("unknown_region_is_ls2001s", patch(p1(), "/origin/regionName", R"("mars-1")"),
             "LS2001", {"/origin/regionName"}));

TEST(newer_than_target_model, is_off_at_the_latest_model) {
  const std::string payload = std::string(spec_payload("p7"));
  EXPECT_TRUE(pointers(check(payload), "LS5001").empty());
  EXPECT_TRUE(pointers(check_for(payload, target_model::latest), "LS5001").empty());
  // Turned on by hand at `latest`, it finds nothing: the latest model has everything.
  auto on = linter::create(options{.severities = {{"LS5001", severity::error}}});
  ASSERT_TRUE(on.has_value());
  EXPECT_TRUE(pointers(on->check_text(payload), "LS5001").empty());
}

TEST(newer_than_target_model, an_older_target_turns_it_on_and_the_options_still_apply) {
  auto on = linter::create(options{.target_model = target_model::botocore_1_29});
  ASSERT_TRUE(on.has_value());
  EXPECT_EQ(on->severity_of("LS5001"), severity::error);
  EXPECT_EQ(on->target_model(), target_model::botocore_1_29);
  auto warn = linter::create(options{.severities = {{"LS5001", severity::warning}},
                                     .target_model = target_model::botocore_1_29});
  ASSERT_TRUE(warn.has_value());
  EXPECT_EQ(warn->severity_of("LS5001"), severity::warning);
  auto ignored = linter::create(
      options{.ignore = {"newer-than-target-model"}, .target_model = target_model::botocore_1_29});
  ASSERT_TRUE(ignored.has_value());
  EXPECT_EQ(ignored->severity_of("LS5001"), severity::off);
  auto other =
      linter::create(options{.select = {"LS2"}, .target_model = target_model::botocore_1_29});
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->severity_of("LS5001"), severity::off);
}

TEST(newer_than_target_model, messages) {
  const report members =
      check_for(patch(p1(), "/origin/responseTimeout", "30"), target_model::botocore_1_29);
  const diagnostic* m = first(members, "LS5001");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->message,
            "'responseTimeout' is not a member of origin in the botocore-1.29 model, whose SDK "
            "refuses the request before sending it ('Unknown parameter'); remove it or use a "
            "newer SDK");
  const report values =
      check_for(patch(p1(), "/origin/regionName", R"("ap-east-1")"), target_model::botocore_1_29);
  const diagnostic* v = first(values, "LS5001");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->message,
            "'ap-east-1' is not one of the regionName values of the botocore-1.29 model; that SDK "
            "sends it unchecked, but tools built on that model do not know it");
}

TEST(target_model, names_round_trip) {
  for (std::string_view name : target_model_names()) {
    auto m = parse_target_model(name);
    ASSERT_TRUE(m.has_value()) << name;
    EXPECT_EQ(to_string(*m), name);
  }
  EXPECT_EQ(target_model_names().size(), 2U);
  EXPECT_FALSE(parse_target_model("botocore-1.30").has_value());
  EXPECT_FALSE(parse_target_model("Latest").has_value());
}

}  // namespace
}  // namespace sailcheck::test
