#include "test_support.hpp"

#include <gtest/gtest.h>

#include <boost/json/value.hpp>

#include <string>

namespace sailcheck::test {
namespace {

// A tags array with one {"key": k, "value": "v"} per key (keys are JSON string literals).
std::string tags(std::initializer_list<std::string_view> keys) {
  std::string out = "[";
  bool first_tag = true;
  for (std::string_view k : keys) {
    out += (first_tag ? "" : ",") + std::string(R"({"key":)") + std::string(k) + R"(,"value":"v"})";
    first_tag = false;
  }
  return out + "]";
}

std::string with_tags(std::initializer_list<std::string_view> keys) {
  return patch(p1(), "/tags", tags(keys));
}

SAILCHECK_RULE_CASES(
    tag_key_case_collision_test, "LS4013",
    // valid
    rule_case{"p1_no_tags", std::string(p1()), {}}, rule_case{"p4_one_tag", std::string(p4()), {}},
    rule_case{"distinct_keys", with_tags({R"("project")", R"("env")", R"("team")"}), {}},
    rule_case{"prefix_is_not_a_collision", with_tags({R"("env")", R"("Environment")"}), {}},
    // simple folding maps one code point to one: these need full or Turkic folding
    rule_case{"sharp_s_needs_full_folding", with_tags({R"("Straße")", R"("STRASSE")"}), {}},
    rule_case{"sharp_s_is_not_ss", with_tags({R"("ß")", R"("ss")"}), {}},
    rule_case{"dotted_capital_i_is_not_i", with_tags({R"("İd")", R"("id")"}), {}},
    rule_case{"dotless_i_is_not_i", with_tags({R"("ıd")", R"("Id")"}), {}},
    rule_case{"accent_is_not_case", with_tags({R"("Café")", R"("cafe")"}), {}},
    // invalid
    rule_case{"env_and_Env", with_tags({R"("Env")", R"("env")"}), {"/tags/1/key"}},
    rule_case{"three_spellings",
              with_tags({R"("Env")", R"("env")", R"("ENV")"}),
              {"/tags/1/key", "/tags/2/key"}},
    rule_case{"apart_with_others_between",
              with_tags({R"("CostCenter")", R"("team")", R"("costcenter")"}),
              {"/tags/2/key"}},
    rule_case{"two_groups",
              with_tags({R"("a")", R"("B")", R"("A")", R"("b")"}),
              {"/tags/2/key", "/tags/3/key"}},
    rule_case{"latin_1_letters", with_tags({R"("Ärger")", R"("ärger")"}), {"/tags/1/key"}},
    rule_case{"capital_sharp_s_folds_to_sharp_s",
              with_tags({R"("straße")", R"("STRAẞE")"}),
              {"/tags/1/key"}},
    rule_case{"dz_digraph_three_cases",
              with_tags({R"("ǅemal")", R"("ǆemal")", R"("Ǆemal")"}),
              {"/tags/1/key", "/tags/2/key"}},
    rule_case{"greek_sigma_final_and_not",
              with_tags({R"("ΟΔΟΣ")", R"("οδος")", R"("οδοσ")"}),
              {"/tags/1/key", "/tags/2/key"}},
    rule_case{"cyrillic", with_tags({R"("Проект")", R"("ПРОЕКТ")"}), {"/tags/1/key"}},
    rule_case{"kelvin_sign_and_k", with_tags({R"("\u212Aey")", R"("key")"}), {"/tags/1/key"}},
    rule_case{"outside_the_bmp", with_tags({R"("𐐀x")", R"("𐐨X")"}), {"/tags/1/key"}},
    rule_case{"mixed_ascii_letters_and_symbols",
              with_tags({R"("app:Name")", R"("APP:NAME")"}),
              {"/tags/1/key"}},
    // identical keys are LS3006's: only the first occurrence of each spelling counts
    owned_by("identical_keys_are_ls3006_only", with_tags({R"("env")", R"("env")"}), "LS3006",
             {"/tags/1/key"}),
    rule_case{"repeat_of_the_first_spelling",
              with_tags({R"("env")", R"("Env")", R"("env")"}),
              {"/tags/1/key"}},
    rule_case{"repeat_of_the_second_spelling",
              with_tags({R"("env")", R"("Env")", R"("Env")"}),
              {"/tags/1/key"}},
    // no cascades: unreadable keys are other rules'
    owned_by("key_wrong_type_is_ls1003_only", with_tags({"1", R"("env")"}), "LS1003",
             {"/tags/0/key"}),
    owned_by("key_missing_is_ls1004_only",
             patch(p1(), "/tags", R"([{"value":"v"},{"key":"env","value":"v"}])"), "LS1004",
             {"/tags/0"}),
    owned_by("key_near_miss_is_ls1002_only",
             patch(p1(), "/tags", R"([{"Key":"Env","value":"v"},{"key":"env","value":"v"}])"),
             "LS1002", {"/tags/0/Key"}),
    owned_by("tag_wrong_type_is_ls1003_only",
             patch(p1(), "/tags", R"(["Env",{"key":"env","value":"v"}])"), "LS1003", {"/tags/0"}),
    owned_by("tags_wrong_type_is_ls1003_only", patch(p1(), "/tags", R"({"Env":"v","env":"v"})"),
             "LS1003", {"/tags"}));

TEST(tag_key_case_collision, message_and_related_location) {
  report r = check(with_tags({R"("CostCenter")", R"("team")", R"("costcenter")"}));
  const diagnostic* d = first(r, "LS4013");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "tag key 'costcenter' differs from tag key 'CostCenter' only in letter case; tag keys "
            "are case-sensitive, so these are two different tags: use one spelling");
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(d->fix.has_value());
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, "/tags/0/key");
  EXPECT_EQ(d->related[0].message, "tag key 'CostCenter'");
}

TEST(tag_key_case_collision, is_n_log_n_on_100000_tags) {
  // 50,000 pairs `kN`/`KN`: one finding per pair; a quadratic comparison would need 5e9 steps.
  // Checked as a parsed document: resolving 50,000 source positions is the engine's cost, not
  // the rule's.
  boost::json::array tag_list;
  constexpr std::size_t k_pairs = 50'000;
  for (std::size_t i = 0; i < k_pairs; ++i) {
    const std::string n = std::to_string(i);
    tag_list.push_back(boost::json::object{{"key", "k" + n}, {"value", "v"}});
    tag_list.push_back(boost::json::object{{"key", "K" + n}, {"value", "v"}});
  }
  const boost::json::value document = boost::json::object{{"tags", std::move(tag_list)}};
  auto linter = linter::create(
      options{.select = {"LS4013"}, .limits = {.max_findings_per_rule = 0, .max_findings = 0}});
  ASSERT_TRUE(linter.has_value());
  report r = linter->check(document);
  const std::vector<std::string> found = pointers(r, "LS4013");
  ASSERT_EQ(found.size(), k_pairs);
  EXPECT_EQ(found.front(), "/tags/1/key");
  EXPECT_EQ(found.back(), "/tags/99999/key");
}

}  // namespace
}  // namespace sailcheck::test

namespace sailcheck::test {
namespace {

// Up to 16 tags are compared pairwise, more are sorted: both ways must give the same findings.
TEST(tag_key_case_collision, pairwise_and_sorted_paths_agree) {
  const std::vector<std::vector<std::string>> lists = {{"Env", "env", "ENV"},
                                                       {"a", "B", "A", "b"},
                                                       {"env", "Env", "env"},
                                                       {"env", "Env", "Env"},
                                                       {"CostCenter", "team", "costcenter"},
                                                       {"ǅemal", "ǆemal", "Ǆemal"},
                                                       {"ΟΔΟΣ", "οδος", "οδοσ", "ΟΔΟΣ"},
                                                       {"Straße", "STRASSE", "straße", "STRAẞE"},
                                                       {"\u212A", "k", "K"}};
  for (const auto& keys : lists) {
    std::string small = "[", padded = "[";
    for (int i = 0; i < 20; ++i)
      padded += R"({"key":"filler)" + std::to_string(i) + R"(","value":"v"},)";
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const std::string tag = R"({"key":")" + keys[i] + R"(","value":"v"})";
      small += (i ? "," : "") + tag;
      padded += (i ? "," : "") + tag;
    }
    small += "]";
    padded += "]";
    std::vector<std::string> expected;
    for (const std::string& p : pointers(check(patch(p1(), "/tags", small)), "LS4013"))
      expected.push_back("/tags/" + std::to_string(std::stoul(p.substr(6)) + 20) + "/key");
    EXPECT_EQ(pointers(check(patch(p1(), "/tags", padded)), "LS4013"), expected) << small;
  }
}

}  // namespace
}  // namespace sailcheck::test
