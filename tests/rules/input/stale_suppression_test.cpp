// LS0005 stale-suppression: metadata only. The command line reports it at a `suppress` entry
// of `.sailcheck.json`; the library never does, on any payload.

#include "test_support.hpp"

#include "registry.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

TEST(stale_suppression, metadata) {
  const rule_info* r = find_rule("LS0005");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(find_rule("stale-suppression"), r);
  EXPECT_EQ(r->code, "LS0005");
  EXPECT_EQ(r->name, "stale-suppression");
  EXPECT_EQ(r->default_severity, severity::warning);
  EXPECT_EQ(&rules::rule_of(rules::rule_id::stale_suppression).info(), r);
  // Its example is a configuration entry, not a payload.
  EXPECT_TRUE(r->example_bad.starts_with(R"({"suppress": [)")) << r->example_bad;
  EXPECT_NO_THROW((void)boost::json::parse(r->example_bad));
}

TEST(stale_suppression, can_be_selected_ignored_and_overridden_like_any_rule) {
  {
    options o;
    o.ignore = {"stale-suppression"};
    auto lint = linter::create(o);
    ASSERT_TRUE(lint.has_value()) << lint.error().message;
    EXPECT_EQ(lint->severity_of("LS0005"), severity::off);
  }
  {
    options o;
    o.severities = {{"LS0005", severity::error}};
    auto lint = linter::create(o);
    ASSERT_TRUE(lint.has_value()) << lint.error().message;
    EXPECT_EQ(lint->severity_of("stale-suppression"), severity::error);
  }
  {
    options o;
    o.select = {"LS2"};
    auto lint = linter::create(o);
    ASSERT_TRUE(lint.has_value()) << lint.error().message;
    EXPECT_EQ(lint->severity_of("LS0005"), severity::off);
  }
  EXPECT_EQ(linter{}.severity_of("LS0005"), severity::warning);
}

// Even at error severity, no payload, valid or broken, makes the engine report it.
TEST(stale_suppression, the_engine_never_reports_it_on_payloads) {
  options o;
  o.severities = {{"LS0005", severity::error}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  std::vector<std::string> texts;
  for (const char* name : {"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"})
    texts.push_back(spec_payload(name));
  texts.push_back(R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "2000-01-01"}]})");
  texts.push_back(patch(p1(), "/bundleId", R"("")"));
  texts.push_back(R"({"distributionName": "a",})");
  texts.push_back("");
  for (const std::string& text : texts) {
    report r = lint->check_text(text);
    EXPECT_EQ(first(r, "LS0005"), nullptr) << text << "\n" << dump(r);
    if (!text.empty() && first(r, "LS0001") == nullptr) {
      report from_value = lint->check(boost::json::parse(text));
      EXPECT_EQ(first(from_value, "LS0005"), nullptr) << text;
    }
  }
}

}  // namespace
}  // namespace sailcheck::test
