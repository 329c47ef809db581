#include "test_support.hpp"

#include "registry.hpp"
#include "walk.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <stdexcept>
#include <vector>

namespace sailcheck::test {
namespace {

// A rule that fails on every document, standing in for a rule with a bug.
class failing_rule final : public detail::rule {
 public:
  failing_rule() : rule(rules::rule_of(rules::rule_id::weak_tls).info()) {}
  void on_document(detail::context&) const override { throw std::runtime_error("boom"); }
};

TEST(internal_error, a_failing_rule_becomes_a_finding_and_the_others_still_report) {
  std::vector<const detail::rule*> rule_set(rules::registry().begin(), rules::registry().end());
  const failing_rule failing;
  rule_set[rules::to_index(rules::rule_id::weak_tls)] = &failing;
  detail::severity_table severities{};
  for (std::size_t i = 0; i < rules::k_rule_count; ++i)
    severities[i] = rule_set[i]->info().default_severity;

  const boost::json::value doc = boost::json::parse(R"({"distributionName":"a.b"})");
  detail::walker w(severities, std::nullopt, rule_set);
  w.run(doc);
  bool saw_internal = false;
  bool saw_other = false;
  for (const detail::pending_finding& f : w.findings()) {
    if (f.rule == rules::rule_id::internal_error) {
      saw_internal = true;
      EXPECT_EQ(f.pointer, "");
      EXPECT_EQ(f.message,
                "rule LS4009 failed unexpectedly ('boom'); the findings of the other rules are "
                "complete");
    }
    if (f.rule == rules::rule_id::resource_name || f.rule == rules::rule_id::required_member)
      saw_other = true;
  }
  EXPECT_TRUE(saw_internal);
  EXPECT_TRUE(saw_other);
}

// A value rule that fails on every value it is given.
class failing_value_rule final : public detail::rule {
 public:
  failing_value_rule() : rule(rules::rule_of(rules::rule_id::enum_value).info()) {}
  void on_value(detail::context&, const boost::json::value&) const override {
    throw std::runtime_error("boom");
  }
};

TEST(internal_error, one_finding_per_failing_rule_however_many_values) {
  std::vector<const detail::rule*> rule_set(rules::registry().begin(), rules::registry().end());
  const failing_value_rule failing;
  rule_set[rules::to_index(rules::rule_id::enum_value)] = &failing;
  detail::severity_table severities{};
  for (std::size_t i = 0; i < rules::k_rule_count; ++i)
    severities[i] = rule_set[i]->info().default_severity;
  const boost::json::value doc = boost::json::parse(p4());  // several enum values
  detail::walker w(severities, std::nullopt, rule_set);
  w.run(doc);
  std::size_t internal = 0;
  for (const detail::pending_finding& f : w.findings())
    if (f.rule == rules::rule_id::internal_error) ++internal;
  EXPECT_EQ(internal, 1u);
}

TEST(internal_error, silent_on_real_payloads) {
  EXPECT_EQ(first(check(p4()), "LS0004"), nullptr);
  EXPECT_EQ(first(check("[]"), "LS0004"), nullptr);
}

}  // namespace
}  // namespace sailcheck::test
