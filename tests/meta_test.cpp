// The rule set's bookkeeping: the registry, the metadata, a test file per rule, and the
// generated reference in docs/rules.md.

#include "test_support.hpp"

#include "policy/policy.hpp"
#include "registry.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

namespace sailcheck::test {
namespace {

std::string snake(std::string_view kebab) {
  std::string out(kebab);
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

TEST(registry, sorted_unique_and_in_rule_id_order) {
  auto rs = rules::registry();
  ASSERT_EQ(rs.size(), rules::k_rule_count);
  std::set<std::string_view> codes, names;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const rule_info& info = rs[i]->info();
    EXPECT_TRUE(codes.insert(info.code).second) << info.code;
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    if (i > 0) {
      EXPECT_LT(rs[i - 1]->info().code, info.code);
    }
    EXPECT_EQ(info.code.size(), 6u);
    EXPECT_TRUE(info.code.starts_with("LS"));
  }
  EXPECT_EQ(rules::rule_of(rules::rule_id::enum_value).info().code, "LS2001");
  EXPECT_EQ(rules::rule_of(rules::rule_id::tag_key_case_collision).info().code, "LS4013");
  EXPECT_EQ(all_rules().size(), rs.size());
}

// The folder of a rule's category, by its code's first digit.
std::string category_folder(std::string_view code) {
  constexpr std::string_view k_folders[] = {"input",       "structure", "values",
                                            "cross_field", "practice",  "compatibility"};
  const std::size_t digit = static_cast<std::size_t>(code[2] - '0');
  if (digit == 9) return "policy";
  return digit < std::size(k_folders) ? std::string(k_folders[digit]) : "unknown";
}

TEST(registry, rules_def_is_the_one_table) {
  // Each line of rules/rules.def names a rule whose own metadata agrees with it, and whose file,
  // test and identifier all follow from its name.
  struct row {
    std::string_view code, identifier;
  };
  constexpr row k_table[] = {
#define SAILCHECK_RULE(code, identifier) {#code, #identifier},
#include "rules.def"
#undef SAILCHECK_RULE
  };
  auto rs = rules::registry();
  ASSERT_EQ(std::size(k_table), rs.size());
  const std::filesystem::path root = SAILCHECK_SOURCE_DIR;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const rule_info& info = rs[i]->info();
    EXPECT_EQ(info.code, k_table[i].code);
    EXPECT_EQ(snake(info.name), k_table[i].identifier) << info.code;
    // LS<d>xxx lives in the folder of its category, and so does its test.
    const std::string id(k_table[i].identifier);
    const std::string folder = category_folder(info.code);
    EXPECT_TRUE(std::filesystem::exists(root / "rules" / folder / (id + ".cpp"))) << id;
    EXPECT_TRUE(std::filesystem::exists(root / "tests" / "rules" / folder / (id + "_test.cpp")))
        << id;
  }
}

TEST(registry, find_rule_by_code_and_name) {
  ASSERT_NE(find_rule("LS2001"), nullptr);
  EXPECT_EQ(find_rule("enum-value"), find_rule("LS2001"));
  EXPECT_EQ(find_rule("LS9999"), nullptr);
}

class rule_metadata_test : public ::testing::TestWithParam<const rule_info*> {};

TEST_P(rule_metadata_test, is_complete) {
  const rule_info& r = *GetParam();
  EXPECT_FALSE(r.summary.empty());
  EXPECT_FALSE(r.rationale.empty());
  EXPECT_EQ(r.rationale.find("TODO"), std::string_view::npos) << r.code;
  // LS5001 alone is off by default: choosing a target model turns it on (RULES.md).
  if (r.code != "LS5001") {
    EXPECT_NE(r.default_severity, severity::off);
  }
  for (char c : r.name) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
}

TEST_P(rule_metadata_test, has_its_own_test_file_that_asserts_it) {
  const rule_info& r = *GetParam();
  const std::string path = std::string(SAILCHECK_SOURCE_DIR) + "/tests/rules/" +
                           category_folder(r.code) + "/" + snake(r.name) + "_test.cpp";
  const std::string source = read_file(path);
  ASSERT_FALSE(source.empty()) << "missing " << path;
  EXPECT_NE(source.find(std::string(r.code)), std::string::npos)
      << path << " never names " << r.code;
}

TEST_P(rule_metadata_test, has_its_own_source_file) {
  const rule_info& r = *GetParam();
  EXPECT_TRUE(std::filesystem::exists(std::string(SAILCHECK_SOURCE_DIR) + "/rules/" +
                                      category_folder(r.code) + "/" + snake(r.name) + ".cpp"))
      << r.name;
}

TEST_P(rule_metadata_test, its_bad_example_is_reported_and_its_good_one_is_not) {
  const rule_info& r = *GetParam();
  // LS0005's examples are configuration entries, which the command line checks.
  if (r.code == "LS0005") GTEST_SKIP() << "a configuration example, tested in cli_config_test";
  options o;
  o.select = {std::string(r.code)};
  if (r.code == "LS0006") {  // as --explain shows it: LS0002's repeats under a cap of 1
    o.select.emplace_back("LS0002");
    o.limits.max_findings_per_rule = 1;
  }
  // LS5001 is off unless a target model older than `latest` is chosen.
  if (r.code == "LS5001") o.target_model = target_model::botocore_1_29;
  // LS9001's examples are checked against the example policy its rationale shows.
  if (r.code == "LS9001")
    o.policies.push_back({.schema_text = std::string(rules::policy_example_schema())});
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());
  auto reported = [&](std::string_view text) {
    const report rep = lint->check_text(text);
    return std::any_of(rep.diagnostics.begin(), rep.diagnostics.end(),
                       [&](const diagnostic& d) { return d.code == r.code; });
  };
  if (!r.example_bad.empty()) {
    EXPECT_TRUE(reported(r.example_bad)) << r.code;
  }
  if (!r.example_good.empty()) {
    EXPECT_FALSE(reported(r.example_good)) << r.code;
  }
}

INSTANTIATE_TEST_SUITE_P(rules, rule_metadata_test,
                         ::testing::ValuesIn(all_rules().begin(), all_rules().end()),
                         [](const auto& tc) { return snake(tc.param->name); });

TEST(docs, rules_md_is_generated_from_the_metadata) {
  std::string generated;
  FILE* pipe = ::popen(SAILCHECK_DOCGEN, "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) generated.append(buffer, n);
  ASSERT_EQ(::pclose(pipe), 0);
  const std::string committed = read_file(std::string(SAILCHECK_SOURCE_DIR) + "/docs/rules.md");
  EXPECT_TRUE(generated == committed)
      << "docs/rules.md is stale: run `cmake --build <build dir> -t update-docs` and commit it";
  for (const rule_info* r : all_rules())
    EXPECT_NE(committed.find("## " + std::string(r->code) + " " + std::string(r->name)),
              std::string::npos);
}

}  // namespace
}  // namespace sailcheck::test
