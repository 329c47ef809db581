// LS0006 findings-capped: the caps per rule and per check, and the finding that counts the rest.

#include "test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <string>

namespace sailcheck::test {
namespace {

// One object with `n` members named "bundleId": n - 1 LS0002 errors.
std::string repeated_keys(std::size_t n) {
  std::string body =
      R"({"distributionName":"shop","origin":{"name":"web-1","regionName":"us-east-1"},)"
      R"("defaultCacheBehavior":{"behavior":"cache"})";
  for (std::size_t i = 0; i < n; ++i) body += R"(,"bundleId":"small_1_0")";
  return body + "}";
}

linter with_limits(std::size_t per_rule, std::size_t per_check,
                   std::vector<std::string> select = {}) {
  options o;
  o.select = std::move(select);
  o.limits.max_findings_per_rule = per_rule;
  o.limits.max_findings = per_check;
  auto l = linter::create(o);
  EXPECT_TRUE(l.has_value());
  return l ? *l : linter{};
}

TEST(findings_capped, below_the_caps_nothing_is_left_out) {
  report r = check(repeated_behaviors(101));  // 100 LS3008 findings: exactly the cap
  EXPECT_EQ(pointers(r, "LS3008").size(), 100U);
  EXPECT_EQ(first(r, "LS0006"), nullptr) << dump(r);
}

TEST(findings_capped, keeps_100_per_rule_by_default_and_counts_the_rest) {
  report r = check(repeated_behaviors(1000));
  const std::vector<std::string> kept = pointers(r, "LS3008");
  ASSERT_EQ(kept.size(), 100U);
  EXPECT_EQ(kept.front(), "/cacheBehaviors/1/path");  // the first ones, in document order
  EXPECT_EQ(kept.back(), "/cacheBehaviors/100/path");
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->name, "findings-capped");
  EXPECT_EQ(d->pointer, "");
  EXPECT_EQ(d->begin.line, 1U);
  EXPECT_EQ(d->begin.column, 1U);
  EXPECT_EQ(d->severity, severity::error);  // the severity of what it leaves out
  EXPECT_EQ(d->message,
            "899 more findings were left out, beyond the caps of 100 per rule and 1000 per "
            "file: LS3008 duplicate-path 899");
}

TEST(findings_capped, duplicate_keys_are_capped_while_parsing) {
  report r = check(repeated_keys(20'000));
  EXPECT_EQ(pointers(r, "LS0002").size(), 100U);
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "19899 more findings were left out, beyond the caps of 100 per rule and 1000 per "
            "file: LS0002 duplicate-key 19899");
}

TEST(findings_capped, the_per_rule_cap_is_an_option) {
  const linter l = with_limits(5, 1000);
  report r = l.check_text(repeated_behaviors(20));
  EXPECT_EQ(pointers(r, "LS3008").size(), 5U);
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "14 more findings were left out, beyond the caps of 5 per rule and 1000 per file: "
            "LS3008 duplicate-path 14");
}

TEST(findings_capped, the_per_check_cap_keeps_the_first_in_report_order) {
  const linter l = with_limits(0, 10);
  report r = l.check_text(repeated_behaviors(20));  // up to 25 behaviors: no LS4012
  ASSERT_EQ(r.diagnostics.size(), 11U) << dump(r);
  // The first ten in report order: LS4003 on behavior 0 (equal to the default), then LS3008.
  EXPECT_EQ(pointers(r, "LS4003"), std::vector<std::string>{"/cacheBehaviors/0/behavior"});
  EXPECT_EQ(pointers(r, "LS3008").size(), 9U);
  EXPECT_EQ(pointers(r, "LS3008").back(), "/cacheBehaviors/9/path");
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "10 more findings were left out, beyond the cap of 10 per file: LS3008 "
            "duplicate-path 10");
}

TEST(findings_capped, zero_means_no_cap) {
  const linter l = with_limits(0, 0);
  report r = l.check_text(repeated_behaviors(2000));
  EXPECT_EQ(pointers(r, "LS3008").size(), 1999U);
  EXPECT_EQ(first(r, "LS0006"), nullptr);
}

TEST(findings_capped, counts_every_capped_rule_largest_first) {
  const linter l = with_limits(3, 1000);
  // 9 LS0002 (ten "x" keys in one tag) and 4 LS3008 beyond the caps of 3.
  std::string text = repeated_behaviors(8);
  text = patch(text, "/tags", R"([{"key":"a","value":"b"}])");
  const std::size_t at = text.find(R"("key":"a")");
  std::string repeats;
  for (int i = 0; i < 10; ++i) repeats += R"("x":1,)";
  text.insert(at, repeats);
  report r = l.check_text(text);
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "10 more findings were left out, beyond the caps of 3 per rule and 1000 per file: "
            "LS0002 duplicate-key 6, LS3008 duplicate-path 4");
}

TEST(findings_capped, takes_the_severity_of_the_most_severe_finding_left_out) {
  options o;
  o.severities = {{"LS3008", severity::info}};
  o.limits.max_findings_per_rule = 2;
  auto l = linter::create(o);
  ASSERT_TRUE(l.has_value());
  report r = l->check_text(repeated_behaviors(10));
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(r.has_errors());
}

TEST(findings_capped, caps_a_parsed_document_too) {
  const boost::json::value doc = boost::json::parse(repeated_behaviors(300));
  report r = linter{}.check(doc);
  EXPECT_EQ(pointers(r, "LS3008").size(), 100U);
  const diagnostic* d = first(r, "LS0006");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->begin.line, 0U);  // no text, no positions
  EXPECT_EQ(d->message,
            "199 more findings were left out, beyond the caps of 100 per rule and 1000 per "
            "file: LS3008 duplicate-path 199");
}

TEST(findings_capped, cannot_be_turned_off_ignored_or_given_a_severity) {
  EXPECT_FALSE(linter::create(options{.ignore = {"LS0006"}}).has_value());
  EXPECT_FALSE(linter::create(options{.severities = {{"LS0006", severity::off}}}).has_value());
  auto set = linter::create(options{.severities = {{"findings-capped", severity::info}}});
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(set.error().message,
            "rule LS0006 (findings-capped) cannot be given a severity: it takes that of the most "
            "severe finding it counts");
  // Broad selectors pass over it, as over the other input rules.
  EXPECT_TRUE(linter::create(options{.ignore = {"LS0"}}).has_value());
  EXPECT_TRUE(linter::create(options{.select = {"LS3008"}}).has_value());
}

TEST(findings_capped, a_related_location_never_attaches_to_another_finding) {
  // LS3008 relates each duplicate to the first path: with a cap of 1 the dropped findings'
  // related locations must not pile onto the kept one.
  const linter l = with_limits(1, 1000, {"LS3008"});
  report r = l.check_text(repeated_behaviors(5));
  const diagnostic* d = first(r, "LS3008");
  ASSERT_NE(d, nullptr);
  EXPECT_LE(d->related.size(), 1U);
}

}  // namespace
}  // namespace sailcheck::test
