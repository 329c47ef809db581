#pragma once

// Helpers for table-driven rule tests: realistic base payloads, JSON edits by pointer, and
// (code, pointer) extraction from reports.

#include <sailcheck/sailcheck.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::test {

/// Spec payload P1: minimal instance origin, no findings.
std::string_view p1();
/// Spec payload P4: CloudFormation contract test (cookies, headers, query strings, tags).
std::string_view p4();
/// Spec payload P5: TF acceptance test with OPTIONS allowed and cached.
std::string_view p5();

/// One of the spec's realistic payloads, `p1` to `p8`, from tests/corpus/.
std::string spec_payload(std::string_view name);

/// `doc` with the value at `pointer` replaced by `value_json` (created when absent, parents
/// too), or removed when `value_json` is empty. Array indices must exist (or be "-" to append).
std::string patch(std::string_view doc, std::string_view pointer, std::string_view value_json);

/// Several patches in order.
std::string patch(std::string_view doc,
                  std::initializer_list<std::pair<std::string_view, std::string_view>> edits);

/// P1 with `copies` cache behaviors for one path: each copy after the first is an LS3008 error
/// (a flood for the findings caps).
std::string repeated_behaviors(std::size_t copies);

/// The default linter's report on `text`.
report check(std::string_view text);

/// The pointers of the findings of rule `code` (in report order).
std::vector<std::string> pointers(const report& r, std::string_view code);

/// The first finding of rule `code`, or null.
const diagnostic* first(const report& r, std::string_view code);

/// The finding of rule `code` at `pointer`, or null.
const diagnostic* find(const report& r, std::string_view code, std::string_view pointer);

/// P1 with `extra_members` appended as raw text (so key order and escapes are kept as written).
std::string p1_with(std::string_view extra_members);

/// P1 with an unknown member `/colour` (LS1002) and a bad enum at `/origin/protocolPolicy`
/// (LS2001): two rules' findings, for selection and severity tests.
std::string unknown_and_bad_enum();

/// Every finding as "CODE pointer" lines, for readable failure output.
std::string dump(const report& r);

/// The contents of a file (empty when it cannot be read).
std::string read_file(const std::string& path);

/// The folder or file `sub` of the external test corpora (SAILCHECK_CORPUS_DIR, by default
/// ../shared/corpus beside the repository: JSONTestSuite, the SARIF schema); empty when absent.
std::string external_corpus(std::string_view sub);

/// True when the environment variable SAILCHECK_REQUIRE_CORPUS is set (CI sets it): a missing
/// external corpus is then a failure instead of a skip.
bool corpus_required();

/// In a test body: binds `var` to the external corpus path `sub`, or skips the test (fails it
/// when the corpus is required) with a message naming what is missing.
#define SAILCHECK_NEED_CORPUS(var, sub)                                                          \
  const std::string var = ::sailcheck::test::external_corpus(sub);                               \
  if (var.empty()) {                                                                             \
    if (::sailcheck::test::corpus_required())                                                    \
      GTEST_FAIL() << "external corpus '" << (sub) << "' not found under " SAILCHECK_CORPUS_DIR; \
    GTEST_SKIP() << "external corpus '" << (sub) << "' not found under " SAILCHECK_CORPUS_DIR    \
                 << " (configure with -DSAILCHECK_CORPUS_DIR=...)";                              \
  }

/// One case of a rule's table: a payload and the pointers at which the rule must report
/// (empty: the rule stays silent). When another rule owns what the case shows (one finding per
/// fact), `owner` names it and `owner_expected` holds the pointers at which it must report, so
/// the case proves the fact is reported once rather than not at all.
struct rule_case {
  std::string name;
  std::string payload;
  std::vector<std::string> expected;
  std::string owner{};
  std::vector<std::string> owner_expected{};
};

/// A case where the rule under test stays silent because `owner_code` owns the fact: that rule
/// must report exactly at `owner_pointers` (in report order, as `pointers` gives them).
rule_case owned_by(std::string name, std::string payload, std::string_view owner_code,
                   std::vector<std::string> owner_pointers);

/// Names a case in test output instead of dumping its bytes.
void PrintTo(const rule_case& c, std::ostream* os);

/// A rule's table test, like ESLint's RuleTester: defines the fixture `suite`, its test
/// `reports_exactly_the_expected_pointers` and one instance per case, named by the case.
/// `code` is the rule under test; `check_fn` maps a payload text to a report; the cases follow.
#define SAILCHECK_RULE_CASES_WITH(suite, code, check_fn, ...)                                   \
  class suite : public ::testing::TestWithParam<::sailcheck::test::rule_case> {};               \
  TEST_P(suite, reports_exactly_the_expected_pointers) {                                        \
    const ::sailcheck::test::rule_case& c = GetParam();                                         \
    /* A case owned by the rule itself belongs in `expected`: the owner check would be empty */ \
    /* of meaning, and an owner that reports nothing owns nothing. */                           \
    ASSERT_NE(c.owner, code) << c.name << ": the rule under test cannot be its own owner";      \
    ASSERT_TRUE(c.owner.empty() || !c.owner_expected.empty())                                   \
        << c.name << ": " << c.owner << " must report somewhere to own this case";              \
    const ::sailcheck::report r = check_fn(c.payload);                                          \
    EXPECT_EQ(::sailcheck::test::pointers(r, code), c.expected) << ::sailcheck::test::dump(r);  \
    if (!c.owner.empty()) {                                                                     \
      EXPECT_EQ(::sailcheck::test::pointers(r, c.owner), c.owner_expected)                      \
          << c.owner << " owns this case\n"                                                     \
          << ::sailcheck::test::dump(r);                                                        \
    }                                                                                           \
  }                                                                                             \
  INSTANTIATE_TEST_SUITE_P(cases, suite, ::testing::Values(__VA_ARGS__),                        \
                           [](const auto& tc) { return tc.param.name; })

/// `SAILCHECK_RULE_CASES_WITH` with the default linter (`check`).
#define SAILCHECK_RULE_CASES(suite, code, ...) \
  SAILCHECK_RULE_CASES_WITH(suite, code, ::sailcheck::test::check, __VA_ARGS__)

}  // namespace sailcheck::test
