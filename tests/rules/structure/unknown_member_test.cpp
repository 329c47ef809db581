#include "test_support.hpp"

#include "suggest.hpp"

#include <gtest/gtest.h>

#include <array>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    unknown_member_test, "LS1002", rule_case{"p1", std::string(p1()), {}},
    rule_case{"p4", std::string(p4()), {}},
    rule_case{"top_level", patch(p1(), "/foo", "1"), {"/foo"}},
    rule_case{"origin", patch(p1(), "/origin/foo", "1"), {"/origin/foo"}},
    rule_case{"in_array_item", patch(p4(), "/tags/0/Value", R"("x")"), {"/tags/0/Value"}},
    rule_case{"pascal_case", patch(p1(), "/BundleId", R"("x")"), {"/BundleId"}},
    rule_case{"update_only_member", patch(p1(), "/isEnabled", "true"), {"/isEnabled"}},
    rule_case{"null_value", patch(p1(), "/foo", "null"), {"/foo"}},
    rule_case{"inside_unknown_member_not_walked", patch(p1(), "/foo", R"({"bar":1})"), {"/foo"}});

struct suggestion_case {
  std::string name;
  std::string payload;
  std::string pointer;
  std::string suggestion;  // empty: no did-you-mean
};

class unknown_member_suggestion_test : public ::testing::TestWithParam<suggestion_case> {};

TEST_P(unknown_member_suggestion_test, suggests_the_member_meant) {
  const suggestion_case& c = GetParam();
  report r = check(c.payload);
  ASSERT_EQ(pointers(r, "LS1002"), std::vector<std::string>{c.pointer}) << dump(r);
  const diagnostic& d = *first(r, "LS1002");
  if (c.suggestion.empty()) {
    EXPECT_EQ(d.message.find("did you mean"), std::string::npos) << d.message;
    EXPECT_FALSE(d.fix.has_value());
    return;
  }
  EXPECT_NE(d.message.find("did you mean '" + c.suggestion + "'?"), std::string::npos) << d.message;
  ASSERT_TRUE(d.fix.has_value());
  EXPECT_EQ(d.fix->op, fix::operation::move);
  EXPECT_EQ(d.fix->from, c.pointer);
}

const std::string p5_settings = "/cacheBehaviorSettings/";

INSTANTIATE_TEST_SUITE_P(
    cases, unknown_member_suggestion_test,
    ::testing::Values(
        suggestion_case{
            "case_slip_http",
            patch(p5(), {{p5_settings + "allowedHTTPMethods", ""},
                         {p5_settings + "allowedHttpMethods", R"("GET,HEAD,OPTIONS")"}}),
            p5_settings + "allowedHttpMethods", "allowedHTTPMethods"},
        suggestion_case{
            "case_slip_ttl",
            patch(p5(), {{p5_settings + "defaultTTL", ""}, {p5_settings + "defaultTtl", "50000"}}),
            p5_settings + "defaultTtl", "defaultTTL"},
        suggestion_case{"pascal_case",
                        patch(p1(), {{"/distributionName", ""}, {"/DistributionName", R"("a-b")"}}),
                        "/DistributionName", "distributionName"},
        suggestion_case{
            "snake_case",
            patch(p1(), {{"/origin/regionName", ""}, {"/origin/region_name", R"("us-east-1")"}}),
            "/origin/region_name", "regionName"},
        suggestion_case{"typo", patch(p1(), {{"/bundleId", ""}, {"/bundelId", R"("small_1_0")"}}),
                        "/bundelId", "bundleId"},
        suggestion_case{"tag_key", patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/Key", R"("k")"}}),
                        "/tags/0/Key", "key"},
        suggestion_case{
            "allowed_list_spelling",
            patch(p5(),
                  {{p5_settings + "forwardedQueryStrings/queryStringsAllowList", ""},
                   {p5_settings + "forwardedQueryStrings/queryStringsAllowedList", R"(["a"])"}}),
            p5_settings + "forwardedQueryStrings/queryStringsAllowedList", "queryStringsAllowList"},
        suggestion_case{"near_but_present", patch(p1(), "/bundleID", R"("x")"), "/bundleID", ""},
        suggestion_case{"far", patch(p1(), "/colour", R"("x")"), "/colour", ""}),
    [](const auto& tc) { return tc.param.name; });

// The near-miss distance (RULES.md conventions): 1 edit for expected names of up to 4
// characters, 2 for longer ones. Each case renames an absent member; a near miss is LS1002 with
// a did-you-mean and nothing about the missing member, anything else is a plain LS1002 plus the
// missing member's own finding.
struct distance_case {
  std::string name;
  std::string payload;
  std::string pointer;
  std::string suggestion;            // empty: not a near miss
  std::vector<std::string> missing;  // "CODE pointer" of the missing-member rules
};

void PrintTo(const distance_case& c, std::ostream* os) { *os << c.name; }

std::vector<std::string> missing_member_findings(const report& r) {
  std::vector<std::string> out;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == "LS1001" || d.code == "LS1004" || d.code == "LS2011")
      out.push_back(std::string(d.code) + " " + d.pointer);
  return out;
}

std::string tag_key_as(std::string_view key) {
  return patch(p4(), {{"/tags/0/key", ""}, {"/tags/0/" + std::string(key), R"("k")"}});
}
std::string tag_value_as(std::string_view key) {
  return patch(p4(), {{"/tags/0/value", ""}, {"/tags/0/" + std::string(key), R"("v")"}});
}
std::string origin_name_as(std::string_view key) {
  return patch(p1(), {{"/origin/name", ""}, {"/origin/" + std::string(key), R"("web-1")"}});
}
std::string bundle_id_as(std::string_view key) {
  return patch(p1(), {{"/bundleId", ""}, {"/" + std::string(key), R"("small_1_0")"}});
}

class unknown_member_distance_test : public ::testing::TestWithParam<distance_case> {};

TEST_P(unknown_member_distance_test, near_miss_only_within_the_length_dependent_distance) {
  const distance_case& c = GetParam();
  report r = check(c.payload);
  ASSERT_EQ(pointers(r, "LS1002"), std::vector<std::string>{c.pointer}) << dump(r);
  const diagnostic& d = *first(r, "LS1002");
  if (c.suggestion.empty()) {
    EXPECT_EQ(d.message.find("did you mean"), std::string::npos) << d.message;
    EXPECT_FALSE(d.fix.has_value());
  } else {
    EXPECT_NE(d.message.find("did you mean '" + c.suggestion + "'?"), std::string::npos)
        << d.message;
    EXPECT_TRUE(d.fix.has_value());
  }
  EXPECT_EQ(missing_member_findings(r), c.missing) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    cases, unknown_member_distance_test,
    ::testing::Values(
        // `key` (3 characters): one edit
        distance_case{"kye", tag_key_as("kye"), "/tags/0/kye", "key", {}},
        distance_case{"ky", tag_key_as("ky"), "/tags/0/ky", "key", {}},
        distance_case{"keys", tag_key_as("keys"), "/tags/0/keys", "key", {}},
        distance_case{"xqy", tag_key_as("xqy"), "/tags/0/xqy", "", {"LS1004 /tags/0"}},
        distance_case{"wev", tag_key_as("wev"), "/tags/0/wev", "", {"LS1004 /tags/0"}},
        distance_case{"kyes", tag_key_as("kyes"), "/tags/0/kyes", "", {"LS1004 /tags/0"}},
        distance_case{"KEY_loose", tag_key_as("K_E_Y"), "/tags/0/K_E_Y", "key", {}},
        // `name` (4 characters): one edit
        distance_case{"nmae", origin_name_as("nmae"), "/origin/nmae", "name", {}},
        distance_case{"nam", origin_name_as("nam"), "/origin/nam", "name", {}},
        distance_case{"namex", origin_name_as("namex"), "/origin/namex", "name", {}},
        distance_case{"nome", origin_name_as("nome"), "/origin/nome", "name", {}},
        distance_case{"noma", origin_name_as("noma"), "/origin/noma", "", {"LS1004 /origin"}},
        distance_case{"nm", origin_name_as("nm"), "/origin/nm", "", {"LS1004 /origin"}},
        distance_case{"nmaex", origin_name_as("nmaex"), "/origin/nmaex", "", {"LS1004 /origin"}},
        // `value` (5 characters): two edits
        distance_case{"vaule", tag_value_as("vaule"), "/tags/0/vaule", "value", {}},
        distance_case{"vxxue", tag_value_as("vxxue"), "/tags/0/vxxue", "value", {}},
        distance_case{"val", tag_value_as("val"), "/tags/0/val", "value", {}},
        distance_case{"vlaeu", tag_value_as("vlaeu"), "/tags/0/vlaeu", "value", {}},
        distance_case{"vxxxe", tag_value_as("vxxxe"), "/tags/0/vxxxe", "", {"LS2011 /tags/0"}},
        distance_case{"va", tag_value_as("va"), "/tags/0/va", "", {"LS2011 /tags/0"}},
        // longer names: two edits, and LS1001 when it is no near miss
        distance_case{"bnudleDi", bundle_id_as("bnudleDi"), "/bnudleDi", "bundleId", {}},
        distance_case{"bxxxleId", bundle_id_as("bxxxleId"), "/bxxxleId", "", {"LS1001 "}}),
    [](const auto& tc) { return tc.param.name; });

// The same boundaries on the suggester itself, candidate by candidate.
struct limit_case {
  std::string_view word;
  std::string_view expected;
  bool near;
};

class member_edit_limit_test : public ::testing::TestWithParam<limit_case> {};

TEST_P(member_edit_limit_test, closest_member) {
  const limit_case& c = GetParam();
  const std::array<std::string_view, 1> candidates{c.expected};
  const std::optional<std::size_t> near = detail::closest_member(c.word, candidates);
  EXPECT_EQ(near.has_value(), c.near) << c.word << " vs " << c.expected;
}

INSTANTIATE_TEST_SUITE_P(
    cases, member_edit_limit_test,
    ::testing::Values(limit_case{"kye", "key", true}, limit_case{"xqy", "key", false},
                      limit_case{"wev", "key", false}, limit_case{"Key", "key", true},
                      // 4 characters: 1 edit is near, 2 are not
                      limit_case{"path", "path", true}, limit_case{"pth", "path", true},
                      limit_case{"apth", "path", true}, limit_case{"paths", "path", true},
                      limit_case{"pxth", "path", true}, limit_case{"pxtx", "path", false},
                      limit_case{"apht", "path", false}, limit_case{"pt", "path", false},
                      limit_case{"pathxx", "path", false}, limit_case{"P_A_T_H", "path", true},
                      // 5 characters: 2 edits are near, 3 are not
                      limit_case{"vlaue", "value", true}, limit_case{"vxxue", "value", true},
                      limit_case{"val", "value", true}, limit_case{"valuexx", "value", true},
                      limit_case{"vxxxe", "value", false}, limit_case{"va", "value", false},
                      limit_case{"valuexxx", "value", false}, limit_case{"xxxue", "value", false}),
    [](const auto& tc) {
      std::string n = std::string(tc.param.word) + "_vs_" + std::string(tc.param.expected);
      for (char& ch : n)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
          ch = '_';
      return n;
    });

TEST(member_edit_limit, by_length_of_the_expected_name) {
  EXPECT_EQ(detail::member_edit_limit("key"), 1u);
  EXPECT_EQ(detail::member_edit_limit("name"), 1u);
  EXPECT_EQ(detail::member_edit_limit("value"), 2u);
  EXPECT_EQ(detail::member_edit_limit("distributionName"), 2u);
}

TEST(unknown_member, message_and_fix) {
  report r = check(patch(p1(), {{"/bundleId", ""}, {"/BundleId", R"("small_1_0")"}}));
  const diagnostic* d = first(r, "LS1002");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "unknown member 'BundleId' in request; did you mean 'bundleId'?");
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_EQ(d->fix->path, "/bundleId");
  EXPECT_EQ(d->fix->from, "/BundleId");
  EXPECT_EQ(d->fix->description, "rename 'BundleId' to 'bundleId'");
  EXPECT_EQ(first(r, "LS1001"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS2030"), nullptr) << dump(r);
}

TEST(unknown_member, message_without_suggestion_lists_the_members) {
  report r = check(patch(p1(), "/origin/port", "80"));
  ASSERT_NE(first(r, "LS1002"), nullptr);
  EXPECT_EQ(first(r, "LS1002")->message,
            "unknown member 'port' in origin; expected one of 'name', 'regionName', "
            "'protocolPolicy', 'responseTimeout' or 'ipAddressType'");
}

}  // namespace
}  // namespace sailcheck::test
