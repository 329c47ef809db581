// Engine tests: rule selection and severities (select, ignore, severity overrides by code,
// name and prefix), configuration errors, default options.

#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using sailcheck::diagnostic;
using sailcheck::linter;
using sailcheck::options;
using sailcheck::report;
using sailcheck::severity;
using sailcheck::test::dump;
using sailcheck::test::first;
using sailcheck::test::pointers;
using sailcheck::test::unknown_and_bad_enum;

// ---------------------------------------------------------------------------------------------
// Configuration

TEST(engine, default_severity_of_unknown_member_is_error) {
  report r = linter{}.check_text(unknown_and_bad_enum());
  const diagnostic* d = first(r, "LS1002");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->severity, severity::error);
  EXPECT_EQ(linter{}.severity_of("LS1002"), severity::error);
}

TEST(engine, severity_override_by_code) {
  options o;
  o.severities = {{"LS1002", severity::warning}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS1002"), severity::warning);
  EXPECT_EQ(lint->severity_of("unknown-member"), severity::warning);
  report r = lint->check_text(unknown_and_bad_enum());
  const diagnostic* d = first(r, "LS1002");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->severity, severity::warning);
  const diagnostic* e = first(r, "LS2001");
  ASSERT_NE(e, nullptr) << dump(r);
  EXPECT_EQ(e->severity, severity::error);
}

TEST(engine, severity_override_by_name) {
  options o;
  o.severities = {{"unknown-member", severity::info}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS1002"), severity::info);
  report r = lint->check_text(unknown_and_bad_enum());
  const diagnostic* d = first(r, "LS1002");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_EQ(r.count(severity::info), 1U) << dump(r);
}

TEST(engine, severity_override_by_prefix) {
  options o;
  o.severities = {{"LS4", severity::error}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  std::size_t ls4 = 0;
  for (const sailcheck::rule_info* info : sailcheck::all_rules()) {
    if (info->code.starts_with("LS4")) {
      ++ls4;
      EXPECT_EQ(lint->severity_of(info->code), severity::error) << info->code;
    } else {
      EXPECT_EQ(lint->severity_of(info->code), info->default_severity) << info->code;
    }
  }
  EXPECT_GE(ls4, 13U);
}

TEST(engine, severity_overrides_apply_in_order) {
  options o;
  o.severities = {{"LS4", severity::error}, {"LS4010", severity::info}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS4010"), severity::info);
  EXPECT_EQ(lint->severity_of("LS4009"), severity::error);
}

TEST(engine, severity_off_disables_rule) {
  options o;
  o.severities = {{"LS1002", severity::off}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report r = lint->check_text(unknown_and_bad_enum());
  EXPECT_TRUE(pointers(r, "LS1002").empty()) << dump(r);
  EXPECT_FALSE(pointers(r, "LS2001").empty()) << dump(r);
}

TEST(engine, ignore_disables_rule) {
  options o;
  o.ignore = {"LS1002"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS1002"), severity::off);
  report r = lint->check_text(unknown_and_bad_enum());
  EXPECT_TRUE(pointers(r, "LS1002").empty()) << dump(r);
  EXPECT_EQ(pointers(r, "LS2001"), std::vector<std::string>{"/origin/protocolPolicy"}) << dump(r);
}

TEST(engine, ignore_by_name) {
  options o;
  o.ignore = {"enum-value"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report r = lint->check_text(unknown_and_bad_enum());
  EXPECT_TRUE(pointers(r, "LS2001").empty()) << dump(r);
  EXPECT_EQ(pointers(r, "LS1002"), std::vector<std::string>{"/colour"}) << dump(r);
}

TEST(engine, select_runs_only_selected_rules) {
  options o;
  o.select = {"LS2001"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS1002"), severity::off);
  EXPECT_EQ(lint->severity_of("LS2001"), severity::error);
  // The input rules always run.
  EXPECT_EQ(lint->severity_of("LS0001"), severity::error);
  EXPECT_EQ(lint->severity_of("LS0003"), severity::error);
  report r = lint->check_text(unknown_and_bad_enum());
  for (const diagnostic& d : r.diagnostics) EXPECT_EQ(d.code, "LS2001") << dump(r);
  EXPECT_EQ(pointers(r, "LS2001"), std::vector<std::string>{"/origin/protocolPolicy"}) << dump(r);
  report bad = lint->check_text("{");
  EXPECT_NE(first(bad, "LS0001"), nullptr) << dump(bad);
}

TEST(engine, select_then_ignore) {
  options o;
  o.select = {"LS1", "LS2"};
  o.ignore = {"LS2001"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report r = lint->check_text(unknown_and_bad_enum());
  EXPECT_TRUE(pointers(r, "LS2001").empty()) << dump(r);
  EXPECT_EQ(pointers(r, "LS1002"), std::vector<std::string>{"/colour"}) << dump(r);
  EXPECT_EQ(lint->severity_of("LS4010"), severity::off);
}

TEST(engine, unknown_rule_name_is_config_error_with_suggestion) {
  options o;
  o.ignore = {"unknown-membr"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_error());
  EXPECT_NE(lint.error().message.find("unknown-membr"), std::string::npos) << lint.error().message;
  EXPECT_NE(lint.error().message.find("did you mean"), std::string::npos) << lint.error().message;
  EXPECT_NE(lint.error().message.find("unknown-member"), std::string::npos) << lint.error().message;
}

TEST(engine, unknown_rule_in_select_and_severities_is_config_error) {
  options a;
  a.select = {"enum-valeu"};
  auto la = linter::create(a);
  ASSERT_TRUE(la.has_error());
  EXPECT_NE(la.error().message.find("enum-value"), std::string::npos) << la.error().message;

  options b;
  b.severities = {{"LS7777", severity::warning}};
  EXPECT_TRUE(linter::create(b).has_error());

  options c;
  c.ignore = {"completely-unrelated-words-here"};
  auto lc = linter::create(c);
  ASSERT_TRUE(lc.has_error());
  EXPECT_NE(lc.error().message.find("completely-unrelated-words-here"), std::string::npos);
}

TEST(engine, config_error_value_throws_invalid_argument) {
  options o;
  o.ignore = {"nope-nope"};
  auto lint = linter::create(o);
  EXPECT_THROW((void)lint.value(), std::invalid_argument);
}

TEST(engine, ignoring_json_syntax_is_config_error) {
  for (const char* name : {"LS0001", "json-syntax", "LS0003", "input-limit"}) {
    options o;
    o.ignore = {name};
    auto lint = linter::create(o);
    EXPECT_TRUE(lint.has_error()) << name;
    if (lint.has_error()) {
      EXPECT_FALSE(lint.error().message.empty());
    }
  }
  options off;
  off.severities = {{"LS0001", severity::off}};
  EXPECT_TRUE(linter::create(off).has_error());
}

TEST(engine, ignoring_input_prefix_keeps_input_rules) {
  options o;
  o.ignore = {"LS0"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  EXPECT_EQ(lint->severity_of("LS0001"), severity::error);
  EXPECT_EQ(lint->severity_of("LS0003"), severity::error);
  EXPECT_EQ(lint->severity_of("LS0002"), severity::off);
  report r = lint->check_text("[1,");
  EXPECT_NE(first(r, "LS0001"), nullptr) << dump(r);
}

TEST(engine, max_depth_zero_is_config_error) {
  options o;
  o.limits.max_depth = 0;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_error());
  EXPECT_NE(lint.error().message.find("max_depth"), std::string::npos) << lint.error().message;
}

TEST(engine, default_options_create_default_linter) {
  auto lint = linter::create(options{});
  ASSERT_TRUE(lint.has_value());
  for (const sailcheck::rule_info* info : sailcheck::all_rules())
    EXPECT_EQ(lint->severity_of(info->code), info->default_severity) << info->code;
  EXPECT_EQ(lint->limits().max_input_bytes, 4U * 1024U * 1024U);
  EXPECT_EQ(lint->limits().max_depth, 32U);
}

}  // namespace
