// Engine tests: pointers, ordering, configuration, limits, positions, duplicate keys, threads.

#include "json_pointer.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

// Defined in the build tree from README.md.
int readme_embedding_example(std::string_view payload_text);

namespace {

using sailcheck::diagnostic;
using sailcheck::limits;
using sailcheck::linter;
using sailcheck::options;
using sailcheck::report;
using sailcheck::severity;
using sailcheck::test::dump;
using sailcheck::test::first;
using sailcheck::test::p1;
using sailcheck::test::pointers;

// p1 with extra top-level members appended as raw text (so key order and escapes are kept).
std::string p1_with(std::string_view extra_members) {
  std::string s(p1());
  s.pop_back();  // the closing '}'
  s += ',';
  s += extra_members;
  s += '}';
  return s;
}

const diagnostic* find(const report& r, std::string_view code, std::string_view pointer) {
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code && d.pointer == pointer) return &d;
  return nullptr;
}

std::vector<const diagnostic*> all_of(const report& r, std::string_view code) {
  std::vector<const diagnostic*> out;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code) out.push_back(&d);
  return out;
}

// Everything a report says, for equality checks across runs and threads.
std::string serialize(const report& r) { return sailcheck::format_json({{"payload.json", r}}); }

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

// ---------------------------------------------------------------------------------------------
// Pointer escaping

TEST(engine, pointer_escapes_tilde_in_unknown_member) {
  const std::string text = p1_with(R"("a~b":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/a~0b");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("a~b")"));
}

TEST(engine, pointer_escapes_slash_in_unknown_member) {
  const std::string text = p1_with(R"("a/b":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/a~1b");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("a/b")"));
}

TEST(engine, pointer_escapes_both_in_one_key) {
  const std::string text = p1_with(R"("~/~1":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/~0~1~01");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("~/~1")"));
}

TEST(engine, pointer_index_like_key_in_object) {
  const std::string text = p1_with(R"("0":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/0");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("0")"));
  EXPECT_EQ(d->end.offset, d->begin.offset + 3);
}

TEST(engine, pointer_index_like_key_in_nested_object) {
  std::string text(p1());
  const std::string origin = R"("origin":{)";
  text.insert(text.find(origin) + origin.size(), R"("1":true,)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/origin/1");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("1")"));
}

TEST(engine, pointer_of_empty_key) {
  const std::string text = p1_with(R"("":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("":1)"));
  EXPECT_EQ(d->end.offset, d->begin.offset + 2);
}

TEST(engine, pointer_of_escaped_unknown_key_is_unescaped) {
  // The pointer holds the member name, not its spelling; the position is the spelling's.
  const std::string text = p1_with(R"("x\u002Fy\u007ez":1)");
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/x~1y~0z");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.find(R"("x\u002Fy)"));
}

TEST(engine, split_pointer_round_trip) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"a"},
      {"a~b"},
      {"a/b"},
      {"0", "1", "2"},
      {"~0", "~1", "/~"},
      {"", "", ""},
      {"tags", "0", "key"},
      {"é中😀", "a b"},
  };
  for (const auto& tokens : cases) {
    std::string pointer;
    for (const std::string& t : tokens) {
      pointer += '/';
      sailcheck::detail::append_pointer_token(pointer, t);
    }
    EXPECT_EQ(sailcheck::detail::split_pointer(pointer), tokens) << pointer;
  }
}

TEST(engine, split_pointer_examples) {
  using sailcheck::detail::split_pointer;
  using v = std::vector<std::string>;
  EXPECT_EQ(split_pointer(""), v{});
  EXPECT_EQ(split_pointer("/"), v{""});
  EXPECT_EQ(split_pointer("/a~0b"), v{"a~b"});
  EXPECT_EQ(split_pointer("/a~1b"), v{"a/b"});
  // RFC 6901: "~01" is "~1" (the ~0 is decoded first, and only once).
  EXPECT_EQ(split_pointer("/~01"), v{"~1"});
  EXPECT_EQ(split_pointer("/tags/1/key"), (v{"tags", "1", "key"}));
}

TEST(engine, append_pointer_token_escapes) {
  std::string out;
  sailcheck::detail::append_pointer_token(out, "a~b/c");
  EXPECT_EQ(out, "a~0b~1c");
}

TEST(engine, path_render) {
  using sailcheck::detail::index;
  using sailcheck::detail::key;
  using sailcheck::detail::path;
  EXPECT_EQ(path{}.render(), "");
  EXPECT_EQ((path{key("origin"), key("name")}.render()), "/origin/name");
  EXPECT_EQ((path{key("tags"), index(12), key("key")}.render()), "/tags/12/key");
  EXPECT_EQ((path{key("a/b"), index(0), key("~")}.render()), "/a~1b/0/~0");
  EXPECT_EQ((path{key("0")}.render()), "/0");
  EXPECT_EQ((path{key("")}.render()), "/");

  path p;
  p.push_key("cacheBehaviors");
  p.push_index(3);
  p.push_key("path");
  EXPECT_EQ(p.size(), 3U);
  EXPECT_EQ(p.render(), "/cacheBehaviors/3/path");
  p.pop();
  EXPECT_EQ(p.render(), "/cacheBehaviors/3");
  EXPECT_TRUE(p.back().is_index);
  EXPECT_EQ(p.back().index, 3U);
}

// ---------------------------------------------------------------------------------------------
// Ordering and determinism

std::string many_findings_payload() {
  return R"({"distributionName":"my-site-cdn","zeta":1,"origin":{"name":"WordPress-1",)"
         R"("regionName":"us-east-99","protocolPolicy":"https-onlyy","extra":2},)"
         R"("defaultCacheBehavior":{"behavior":"cachee"},"bundleId":"small_1_0",)"
         R"("alpha":3,"bundleId":"small_1_0","cacheBehaviorSettings":{"defaultTTL":"1"}})";
}

TEST(engine, diagnostics_sorted_by_offset_then_code) {
  report r = linter{}.check_text(many_findings_payload());
  ASSERT_GE(r.diagnostics.size(), 5U) << dump(r);
  for (std::size_t i = 1; i < r.diagnostics.size(); ++i) {
    const diagnostic& a = r.diagnostics[i - 1];
    const diagnostic& b = r.diagnostics[i];
    EXPECT_TRUE(a.begin.offset < b.begin.offset ||
                (a.begin.offset == b.begin.offset &&
                 (a.code < b.code || (a.code == b.code && a.pointer <= b.pointer))))
        << "out of order at " << i << ":\n"
        << dump(r);
  }
}

TEST(engine, expected_findings_of_many_findings_payload) {
  report r = linter{}.check_text(many_findings_payload());
  EXPECT_NE(find(r, "LS1002", "/zeta"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS1002", "/alpha"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS1002", "/origin/extra"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS2001", "/origin/regionName"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS2001", "/origin/protocolPolicy"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS2001", "/defaultCacheBehavior/behavior"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS0002", "/bundleId"), nullptr) << dump(r);
  EXPECT_NE(find(r, "LS1003", "/cacheBehaviorSettings/defaultTTL"), nullptr) << dump(r);
}

TEST(engine, repeated_runs_give_identical_output) {
  const linter lint;
  const std::string text = many_findings_payload();
  const std::string once = serialize(lint.check_text(text));
  for (int i = 0; i < 20; ++i) EXPECT_EQ(serialize(lint.check_text(text)), once);
  // A second linter built the same way agrees too.
  EXPECT_EQ(serialize(linter{}.check_text(text)), once);
}

TEST(engine, check_value_is_sorted_by_code_then_pointer) {
  report r = linter{}.check(boost::json::parse(R"({"zz":1,"aa":2,"origin":{"qq":1}})"));
  ASSERT_GE(r.diagnostics.size(), 3U);
  for (std::size_t i = 1; i < r.diagnostics.size(); ++i) {
    const diagnostic& a = r.diagnostics[i - 1];
    const diagnostic& b = r.diagnostics[i];
    EXPECT_TRUE(a.code < b.code || (a.code == b.code && a.pointer <= b.pointer)) << dump(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Configuration

std::string unknown_and_bad_enum() {
  return sailcheck::test::patch(p1_with(R"("colour":"blue")"), "/origin/protocolPolicy",
                                R"("https-onlyy")");
}

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

// ---------------------------------------------------------------------------------------------
// Limits

TEST(engine, custom_size_limit) {
  options o;
  o.limits.max_input_bytes = 100;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());
  const std::string text = R"({"distributionName":")" + std::string(177, 'a') + R"("})";
  ASSERT_EQ(text.size(), 200U);
  report r = lint->check_text(text);
  ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
  EXPECT_EQ(r.diagnostics[0].code, "LS0003");
  EXPECT_EQ(r.diagnostics[0].severity, severity::error);
  EXPECT_NE(r.diagnostics[0].message.find("100"), std::string::npos) << r.diagnostics[0].message;
  // The same text passes the size check with the default limit.
  EXPECT_EQ(first(linter{}.check_text(text), "LS0003"), nullptr);
  // Exactly at the limit is fine.
  EXPECT_EQ(first(lint->check_text(std::string(100, ' ')), "LS0003"), nullptr);
}

TEST(engine, depth_33_is_over_the_default_limit) {
  report r = linter{}.check_text(nested_arrays(33));
  ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
  EXPECT_EQ(r.diagnostics[0].code, "LS0003");
  EXPECT_EQ(r.diagnostics[0].begin.offset, 32U) << "the 33rd '['";
  EXPECT_NE(r.diagnostics[0].message.find("32"), std::string::npos) << r.diagnostics[0].message;
}

TEST(engine, depth_32_is_within_the_default_limit) {
  report r = linter{}.check_text(nested_arrays(32));
  EXPECT_EQ(first(r, "LS0003"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS0001"), nullptr) << dump(r);
  // The top level is not an object: that is a type mismatch at the root.
  EXPECT_EQ(pointers(r, "LS1003"), std::vector<std::string>{""}) << dump(r);
}

TEST(engine, deep_object_inside_payload) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += R"({"x":)";
  deep += "1";
  deep += std::string(40, '}');
  report r = linter{}.check_text(p1_with(R"("extra":)" + deep));
  EXPECT_NE(first(r, "LS0003"), nullptr) << dump(r);
  EXPECT_EQ(first(r, "LS0001"), nullptr) << dump(r);
}

TEST(engine, custom_depth_limit) {
  options o;
  o.limits.max_depth = 2;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());
  EXPECT_EQ(first(lint->check_text(R"({"origin":{"name":"x"}})"), "LS0003"), nullptr);
  report r = lint->check_text(R"({"origin":{"name":{}}})");
  EXPECT_EQ(pointers(r, "LS0003").size(), 1U) << dump(r);
}

TEST(engine, large_custom_depth_limit) {
  options o;
  o.limits.max_depth = limits::k_max_depth_cap;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report ok = lint->check_text(nested_arrays(limits::k_max_depth_cap));
  EXPECT_EQ(first(ok, "LS0003"), nullptr) << dump(ok);
  EXPECT_EQ(pointers(ok, "LS1003"), std::vector<std::string>{""}) << dump(ok);
  report deep = lint->check_text(nested_arrays(limits::k_max_depth_cap + 1));
  EXPECT_NE(first(deep, "LS0003"), nullptr) << dump(deep);

  options too_big;
  too_big.limits.max_depth = limits::k_max_depth_cap + 1;
  EXPECT_TRUE(linter::create(too_big).has_error());
}

TEST(engine, trailing_data_is_a_syntax_error) {
  const std::string text = p1_with(R"("x":1)") + " {}";
  report r = linter{}.check_text(text);
  const diagnostic* d = first(r, "LS0001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, text.size() - 2);
  EXPECT_EQ(first(r, "LS1002"), nullptr) << "no walk after a parse failure";
}

TEST(engine, very_deep_input_is_bounded) {
  report r = linter{}.check_text(std::string(100000, '['));
  ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
  EXPECT_EQ(r.diagnostics[0].code, "LS0003");
}

// ---------------------------------------------------------------------------------------------
// Line, column, offset

const std::string_view k_pretty =
    "{\n"
    "  \"distributionName\": \"my-site-cdn\",\n"
    "  \"origin\": {\n"
    "    \"name\": \"WordPress-1\",\n"
    "    \"regionName\": \"us-east-1\",\n"
    "    \"protocolPolicy\": \"https-onlyy\"\n"
    "  },\n"
    "  \"defaultCacheBehavior\": {\n"
    "    \"behavior\": \"cache\"\n"
    "  },\n"
    "  \"colour\": \"blue\",\n"
    "  \"bundleId\": \"small_1_0\"\n"
    "}\n";

std::string minify(std::string_view pretty) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < pretty.size(); ++i) {
    char c = pretty[i];
    if (in_string) {
      out += c;
      if (c == '\\') {
        out += pretty[++i];
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      out += c;
    }
  }
  return out;
}

std::string to_crlf(std::string_view lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

TEST(engine, positions_pretty) {
  const std::string text(k_pretty);
  report r = linter{}.check_text(text);
  const diagnostic* e = find(r, "LS2001", "/origin/protocolPolicy");
  ASSERT_NE(e, nullptr) << dump(r);
  EXPECT_EQ(e->begin.line, 6U);
  EXPECT_EQ(e->begin.column, 23U);
  EXPECT_EQ(e->begin.offset, text.find("\"https-onlyy\""));
  EXPECT_EQ(e->end.line, 6U);
  EXPECT_EQ(e->end.column, 36U);
  EXPECT_EQ(e->end.offset, e->begin.offset + 13);

  const diagnostic* u = find(r, "LS1002", "/colour");
  ASSERT_NE(u, nullptr) << dump(r);
  EXPECT_EQ(u->begin.line, 11U);
  EXPECT_EQ(u->begin.column, 3U);
  EXPECT_EQ(u->begin.offset, text.find("\"colour\""));
  EXPECT_EQ(u->end.line, 11U);
  EXPECT_EQ(u->end.column, 11U);
  EXPECT_EQ(u->end.offset, u->begin.offset + 8);
}

TEST(engine, positions_minified) {
  const std::string text = minify(k_pretty);
  report r = linter{}.check_text(text);
  const diagnostic* e = find(r, "LS2001", "/origin/protocolPolicy");
  ASSERT_NE(e, nullptr) << dump(r);
  const std::size_t at = text.find("\"https-onlyy\"");
  EXPECT_EQ(e->begin.line, 1U);
  EXPECT_EQ(e->begin.column, at + 1);
  EXPECT_EQ(e->begin.offset, at);
  EXPECT_EQ(e->end.line, 1U);
  EXPECT_EQ(e->end.column, at + 14);
  EXPECT_EQ(e->end.offset, at + 13);

  const diagnostic* u = find(r, "LS1002", "/colour");
  ASSERT_NE(u, nullptr) << dump(r);
  EXPECT_EQ(u->begin.line, 1U);
  EXPECT_EQ(u->begin.offset, text.find("\"colour\""));
  EXPECT_EQ(u->begin.column, u->begin.offset + 1);
}

TEST(engine, positions_crlf_count_one_break) {
  const std::string text = to_crlf(k_pretty);
  report r = linter{}.check_text(text);
  const diagnostic* e = find(r, "LS2001", "/origin/protocolPolicy");
  ASSERT_NE(e, nullptr) << dump(r);
  EXPECT_EQ(e->begin.line, 6U);
  EXPECT_EQ(e->begin.column, 23U);
  EXPECT_EQ(e->begin.offset, text.find("\"https-onlyy\""));
  EXPECT_EQ(e->end.line, 6U);
  EXPECT_EQ(e->end.column, 36U);

  const diagnostic* u = find(r, "LS1002", "/colour");
  ASSERT_NE(u, nullptr) << dump(r);
  EXPECT_EQ(u->begin.line, 11U);
  EXPECT_EQ(u->begin.column, 3U);
  EXPECT_EQ(u->begin.offset, text.find("\"colour\""));
}

TEST(engine, same_findings_in_all_layouts) {
  auto pairs = [](const report& r) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const diagnostic& d : r.diagnostics) out.emplace_back(d.code, d.pointer);
    return out;
  };
  const linter lint;
  const auto pretty = pairs(lint.check_text(k_pretty));
  EXPECT_EQ(pairs(lint.check_text(minify(k_pretty))), pretty);
  EXPECT_EQ(pairs(lint.check_text(to_crlf(k_pretty))), pretty);
}

TEST(engine, multibyte_characters_shift_column_by_code_points) {
  // é is 2 bytes, 中 is 3, 😀 is 4: 9 bytes, 3 code points before "bogus" on the same line.
  const std::string prefix = R"({"é中😀":1,)";
  const std::string text = prefix + R"("bogus":2})";
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/bogus");
  ASSERT_NE(d, nullptr) << dump(r);
  const std::size_t at = text.find("\"bogus\"");
  ASSERT_EQ(at, 15U);
  EXPECT_EQ(d->begin.offset, at);
  EXPECT_EQ(d->begin.line, 1U);
  EXPECT_EQ(d->begin.column, at + 1 - 6);  // 6 = (2-1) + (3-1) + (4-1)
  EXPECT_EQ(d->end.offset, at + 7);
  EXPECT_EQ(d->end.column, d->begin.column + 7);
  // The non-ASCII key itself starts at column 2 and ends after 5 code points.
  const diagnostic* k = find(r, "LS1002", "/é中😀");
  ASSERT_NE(k, nullptr) << dump(r);
  EXPECT_EQ(k->begin.column, 2U);
  EXPECT_EQ(k->end.column, 7U);
  EXPECT_EQ(k->end.offset, 1U + 11U);
}

TEST(engine, multibyte_characters_in_value_before_finding) {
  // A value with multi-byte characters earlier on the line, then an unknown member.
  std::string text(p1());
  text.pop_back();
  text += R"(,"note":"café 中文 😀😀","zzz":0})";
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/zzz");
  ASSERT_NE(d, nullptr) << dump(r);
  const std::size_t at = text.find("\"zzz\"");
  EXPECT_EQ(d->begin.offset, at);
  // café: 1 extra byte; 中文: 2x2 extra; 😀😀: 2x3 extra.
  EXPECT_EQ(d->begin.column, at + 1 - (1 + 4 + 6));
}

TEST(engine, multibyte_on_previous_line_does_not_shift_column) {
  const std::string text = "{\"é中😀\": 1,\n  \"bogus\": 2}";
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1002", "/bogus");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.line, 2U);
  EXPECT_EQ(d->begin.column, 3U);
  EXPECT_EQ(d->begin.offset, text.find("\"bogus\""));
}

TEST(engine, syntax_error_position) {
  const std::string text = "{\n  \"a\": 1,\n  \"b\": tru\n}";
  report r = linter{}.check_text(text);
  ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
  const diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.code, "LS0001");
  EXPECT_EQ(d.begin.line, 3U);
  EXPECT_GE(d.begin.offset, text.find("tru"));
  EXPECT_LE(d.begin.offset, text.find("tru") + 3);
  EXPECT_LE(d.begin.offset, d.end.offset);
}

TEST(engine, syntax_error_at_end_of_input_stays_inside_text) {
  for (std::string_view text : {"[1,", "{\"a\":", "{", "{\"origin\": {\"name\": \"x\""}) {
    report r = linter{}.check_text(text);
    ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
    const diagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.code, "LS0001");
    EXPECT_EQ(d.begin.offset, text.size()) << text;
    EXPECT_LE(d.end.offset, text.size()) << text;
    EXPECT_EQ(d.end.line, d.begin.line);
  }
}

TEST(engine, root_finding_is_at_document_start) {
  const std::string text = "  \n  [1]";
  report r = linter{}.check_text(text);
  const diagnostic* d = find(r, "LS1003", "");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->begin.offset, 5U);
  EXPECT_EQ(d->begin.line, 2U);
  EXPECT_EQ(d->begin.column, 3U);
  EXPECT_EQ(d->end.offset, 8U);
}

// ---------------------------------------------------------------------------------------------
// check(value) versus check_text

TEST(engine, check_value_matches_check_text_without_positions) {
  const std::vector<std::string> payloads = {
      std::string(p1()),
      std::string(sailcheck::test::p4()),
      std::string(sailcheck::test::p5()),
      unknown_and_bad_enum(),
      minify(k_pretty),
      R"({"origin":{"regionName":"us-east-99","protocolPolicy":7},"tags":[{"value":"x"}],"x~/":1})",
      "[1,2,3]",
      "\"just a string\"",
  };
  const linter lint;
  for (const std::string& text : payloads) {
    auto pairs = [](const report& r) {
      std::vector<std::pair<std::string, std::string>> out;
      for (const diagnostic& d : r.diagnostics) out.emplace_back(d.code, d.pointer);
      std::sort(out.begin(), out.end());
      return out;
    };
    report from_text = lint.check_text(text);
    report from_value = lint.check(boost::json::parse(text));
    EXPECT_EQ(pairs(from_value), pairs(from_text)) << text;
    for (const diagnostic& d : from_value.diagnostics) {
      EXPECT_EQ(d.begin, sailcheck::source_position{}) << d.code << " " << d.pointer;
      EXPECT_EQ(d.end, sailcheck::source_position{}) << d.code << " " << d.pointer;
      for (const auto& rel : d.related) EXPECT_EQ(rel.position, sailcheck::source_position{});
    }
  }
}

TEST(engine, check_value_has_no_duplicate_key_findings) {
  // The DOM has already dropped the first value; only the text knows about duplicates.
  const std::string text = p1_with(R"("bundleId":"small_1_0")");
  EXPECT_NE(first(linter{}.check_text(text), "LS0002"), nullptr);
  EXPECT_EQ(first(linter{}.check(boost::json::parse(text)), "LS0002"), nullptr);
}

// ---------------------------------------------------------------------------------------------
// Duplicate keys

TEST(engine, duplicate_key_at_second_occurrence_with_related_first) {
  const std::string text =
      R"({"bundleId":"small_1_0","distributionName":"my-site-cdn","origin":{"name":"WordPress-1",)"
      R"("regionName":"us-east-1","protocolPolicy":"http-only"},"defaultCacheBehavior":)"
      R"({"behavior":"cache"},"bundleId":"medium_1_0"})";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  const diagnostic& d = *dups[0];
  EXPECT_EQ(d.pointer, "/bundleId");
  EXPECT_EQ(d.severity, severity::error);
  const std::size_t first_at = text.find("\"bundleId\"");
  const std::size_t second_at = text.find("\"bundleId\"", first_at + 1);
  EXPECT_EQ(d.begin.offset, second_at) << "the key token of the second occurrence";
  EXPECT_EQ(d.end.offset, second_at + 10);
  EXPECT_EQ(d.begin.line, 1U);
  EXPECT_EQ(d.begin.column, second_at + 1);
  ASSERT_EQ(d.related.size(), 1U);
  EXPECT_EQ(d.related[0].pointer, "/bundleId");
  EXPECT_EQ(d.related[0].position.offset, first_at);
  EXPECT_EQ(d.related[0].position.line, 1U);
  EXPECT_EQ(d.related[0].position.column, first_at + 1);
  EXPECT_FALSE(d.message.empty());
}

TEST(engine, duplicate_key_three_occurrences) {
  const std::string text =
      "{\n  \"bundleId\": \"a\",\n  \"bundleId\": \"b\",\n  \"bundleId\": \"small_1_0\"\n}";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 2U) << dump(r);
  const std::size_t k1 = text.find("\"bundleId\"");
  const std::size_t k2 = text.find("\"bundleId\"", k1 + 1);
  const std::size_t k3 = text.find("\"bundleId\"", k2 + 1);
  EXPECT_EQ(dups[0]->pointer, "/bundleId");
  EXPECT_EQ(dups[1]->pointer, "/bundleId");
  EXPECT_EQ(dups[0]->begin.offset, k2);
  EXPECT_EQ(dups[0]->begin.line, 3U);
  EXPECT_EQ(dups[0]->begin.column, 3U);
  EXPECT_EQ(dups[1]->begin.offset, k3);
  EXPECT_EQ(dups[1]->begin.line, 4U);
  for (const diagnostic* d : dups) {
    ASSERT_EQ(d->related.size(), 1U);
    EXPECT_EQ(d->related[0].position.offset, k1);
    EXPECT_EQ(d->related[0].position.line, 2U);
    EXPECT_EQ(d->related[0].position.column, 3U);
  }
}

TEST(engine, duplicate_key_in_nested_object) {
  std::string text(p1());
  const std::string anchor = R"("name":"WordPress-1",)";
  text.insert(text.find(anchor) + anchor.size(), R"("name":"Other-1",)");
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  EXPECT_EQ(dups[0]->pointer, "/origin/name");
  const std::size_t first_at = text.find("\"name\"");
  const std::size_t second_at = text.find("\"name\"", first_at + 1);
  EXPECT_EQ(dups[0]->begin.offset, second_at);
  ASSERT_EQ(dups[0]->related.size(), 1U);
  EXPECT_EQ(dups[0]->related[0].pointer, "/origin/name");
  EXPECT_EQ(dups[0]->related[0].position.offset, first_at);
}

TEST(engine, duplicate_key_inside_array) {
  const std::string text =
      p1_with(R"("tags":[{"key":"a","value":"b"},{"key":"c","value":"d","key":"e"}])");
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  EXPECT_EQ(dups[0]->pointer, "/tags/1/key");
  const std::size_t tag1 = text.find(R"({"key":"c")");
  const std::size_t first_at = text.find("\"key\"", tag1);
  const std::size_t second_at = text.find("\"key\"", first_at + 1);
  EXPECT_EQ(dups[0]->begin.offset, second_at);
  ASSERT_EQ(dups[0]->related.size(), 1U);
  EXPECT_EQ(dups[0]->related[0].position.offset, first_at);
}

TEST(engine, duplicate_keys_in_sibling_objects_are_not_duplicates) {
  const std::string text = p1_with(R"("tags":[{"key":"a","value":"b"},{"key":"c","value":"d"}])");
  report r = linter{}.check_text(text);
  EXPECT_TRUE(all_of(r, "LS0002").empty()) << dump(r);
}

TEST(engine, duplicate_key_differing_only_by_escape) {
  const std::string text =
      R"({"distributionName":"my-site-cdn","bundle\u0049d":"small_1_0","origin":{"name":)"
      R"("WordPress-1","regionName":"us-east-1","protocolPolicy":"http-only"},)"
      R"("defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"})";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  EXPECT_EQ(dups[0]->pointer, "/bundleId");
  EXPECT_EQ(dups[0]->begin.offset, text.find("\"bundleId\""));
  ASSERT_EQ(dups[0]->related.size(), 1U);
  EXPECT_EQ(dups[0]->related[0].position.offset, text.find("\"bundle\\u0049d\""));
}

TEST(engine, duplicate_key_with_escaped_pointer_characters) {
  const std::string text = R"({"a/b":1,"a~b":2,"a/b":3})";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  EXPECT_EQ(dups[0]->pointer, "/a~1b");
  EXPECT_EQ(dups[0]->begin.offset, text.rfind("\"a/b\""));
  ASSERT_EQ(dups[0]->related.size(), 1U);
  EXPECT_EQ(dups[0]->related[0].position.offset, text.find("\"a/b\""));
}

TEST(engine, duplicate_key_in_wide_object) {
  // More than 16 members: the parser sorts instead of comparing pairwise.
  std::string text = "{";
  for (int i = 0; i < 30; ++i) text += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  text += R"("k7":"again","k3":"again","k7":"third"})";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 3U) << dump(r);
  // Sorted by offset: k7 (2nd), k3 (2nd), k7 (3rd).
  EXPECT_EQ(dups[0]->pointer, "/k7");
  EXPECT_EQ(dups[1]->pointer, "/k3");
  EXPECT_EQ(dups[2]->pointer, "/k7");
  EXPECT_EQ(dups[0]->begin.offset, text.find("\"k7\":\"again\""));
  EXPECT_EQ(dups[1]->begin.offset, text.find("\"k3\":\"again\""));
  EXPECT_EQ(dups[2]->begin.offset, text.find("\"k7\":\"third\""));
  for (const diagnostic* d : dups) {
    ASSERT_EQ(d->related.size(), 1U);
    EXPECT_EQ(d->related[0].position.offset, text.find("\"" + d->pointer.substr(1) + "\""));
  }
}

TEST(engine, duplicate_key_in_object_inside_top_level_array) {
  const std::string text = R"([{"a":1,"a":2}])";
  report r = linter{}.check_text(text);
  auto dups = all_of(r, "LS0002");
  ASSERT_EQ(dups.size(), 1U) << dump(r);
  EXPECT_EQ(dups[0]->pointer, "/0/a");
  EXPECT_EQ(dups[0]->begin.offset, text.rfind("\"a\""));
  EXPECT_EQ(dups[0]->related[0].position.offset, text.find("\"a\""));
}

TEST(engine, duplicate_key_inside_each_of_two_duplicate_objects) {
  // Both "o" members hold a duplicate of their own: each finding is located in its own object.
  const std::string text = R"({"o":{"x":1,"x":2},"o":{"y":3,"y":4}})";
  report r = linter{}.check_text(text);
  const diagnostic* x = find(r, "LS0002", "/o/x");
  const diagnostic* y = find(r, "LS0002", "/o/y");
  const diagnostic* o = find(r, "LS0002", "/o");
  ASSERT_NE(x, nullptr) << dump(r);
  ASSERT_NE(y, nullptr) << dump(r);
  ASSERT_NE(o, nullptr) << dump(r);
  EXPECT_EQ(x->begin.offset, text.find(R"("x":2)"));
  EXPECT_EQ(x->related[0].position.offset, text.find(R"("x":1)"));
  EXPECT_EQ(y->begin.offset, text.find(R"("y":4)"));
  EXPECT_EQ(y->related[0].position.offset, text.find(R"("y":3)"));
  EXPECT_EQ(o->begin.offset, text.rfind(R"("o")"));
  EXPECT_EQ(o->related[0].position.offset, text.find(R"("o")"));
}

TEST(engine, duplicate_keys_in_both_of_two_duplicate_objects_point_at_their_own_bytes) {
  // One pointer, /o/x, names a place in each "o": each finding is at the bytes it is about.
  const std::string text = R"({"o":{"x":1,"x":2},"o":{"x":3,"x":4}})";
  report r = linter{}.check_text(text);
  std::vector<const diagnostic*> xs;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == "LS0002" && d.pointer == "/o/x") xs.push_back(&d);
  ASSERT_EQ(xs.size(), 2U) << dump(r);
  EXPECT_EQ(xs[0]->begin.offset, text.find(R"("x":2)"));
  EXPECT_EQ(xs[0]->related[0].position.offset, text.find(R"("x":1)"));
  EXPECT_EQ(xs[1]->begin.offset, text.find(R"("x":4)"));
  EXPECT_EQ(xs[1]->related[0].position.offset, text.find(R"("x":3)"));
}

TEST(engine, duplicate_key_inside_a_replaced_object_is_at_its_bytes) {
  // The first "gs" is dropped by the parser; its inner duplicate is still where it was written.
  const std::string text = "{\"gs\":{\"\":1,\n\"\":2},\"gs\":{}}";
  report r = linter{}.check_text(text);
  const diagnostic* inner = find(r, "LS0002", "/gs/");
  ASSERT_NE(inner, nullptr) << dump(r);
  EXPECT_EQ(inner->begin.line, 2U);
  EXPECT_EQ(inner->begin.column, 1U);
  EXPECT_EQ(inner->end.offset - inner->begin.offset, 2U);
  EXPECT_EQ(inner->related[0].position.offset, text.find(R"("":1)"));
}

TEST(engine, duplicate_key_spelt_with_escapes_in_a_repeated_parent) {
  const std::string text = R"({"a":{"\u0078":1,"x":2},"a":{"x":3}})";
  report r = linter{}.check_text(text);
  const diagnostic* x = find(r, "LS0002", "/a/x");
  ASSERT_NE(x, nullptr) << dump(r);
  EXPECT_EQ(x->begin.offset, text.find(R"("x":2)"));
  EXPECT_EQ(x->related[0].position.offset, text.find(R"("\u0078")"));
}

TEST(engine, duplicate_key_inside_second_of_duplicate_objects) {
  // The first "o" also has an "x": occurrences must be counted per object, not per pointer.
  const std::string text = R"({"o":{"x":1},"o":{"x":2,"x":3}})";
  report r = linter{}.check_text(text);
  const diagnostic* x = find(r, "LS0002", "/o/x");
  ASSERT_NE(x, nullptr) << dump(r);
  ASSERT_EQ(x->related.size(), 1U);
  EXPECT_EQ(x->begin.offset, text.find(R"("x":3)"));
  EXPECT_EQ(x->related[0].position.offset, text.find(R"("x":2)"));
}

TEST(engine, finding_inside_duplicated_member_is_located_in_the_kept_value) {
  // Boost.JSON keeps the last "origin"; the enum finding is about that one.
  std::string text(p1());
  text.pop_back();
  text +=
      R"(,"origin":{"name":"WordPress-1","regionName":"us-east-1","protocolPolicy":"https-onlyy"}})";
  report r = linter{}.check_text(text);
  const diagnostic* e = find(r, "LS2001", "/origin/protocolPolicy");
  ASSERT_NE(e, nullptr) << dump(r);
  EXPECT_EQ(e->begin.offset, text.find("\"https-onlyy\""));
  EXPECT_NE(find(r, "LS0002", "/origin"), nullptr) << dump(r);
}

TEST(engine, duplicate_key_can_be_ignored) {
  options o;
  o.ignore = {"duplicate-key"};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report r = lint->check_text(p1_with(R"("bundleId":"small_1_0")"));
  EXPECT_TRUE(all_of(r, "LS0002").empty()) << dump(r);
}

// ---------------------------------------------------------------------------------------------
// Thread safety

TEST(engine, shared_linter_is_thread_safe) {
  const std::vector<std::string> payloads = {
      std::string(p1()),
      std::string(sailcheck::test::p4()),
      std::string(sailcheck::test::p5()),
      many_findings_payload(),
      std::string(k_pretty),
      to_crlf(k_pretty),
      R"({"bundleId":1,"bundleId":2,"tags":[{"key":"a","key":"b"}]})",
      "{\"origin\": [1, 2,\n",
      p1_with(R"("é中😀":1,"a~b":2,"0":3)"),
  };
  options o;
  o.severities = {{"LS1002", severity::warning}};
  auto created = linter::create(o);
  ASSERT_TRUE(created.has_value());
  const linter& lint = *created;

  std::vector<std::string> expected;
  for (const std::string& p : payloads) expected.push_back(serialize(lint.check_text(p)));

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < payloads.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        // Alternate between this thread's payload and a neighbour's, so threads overlap on
        // the same inputs too.
        const std::size_t which = (i % 2 == 0) ? t : (t + 1) % payloads.size();
        if (serialize(lint.check_text(payloads[which])) != expected[which]) ++mismatches;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// ---------------------------------------------------------------------------------------------
// README: the embedding example, compiled from README.md itself (see tests/CMakeLists.txt).

TEST(engine, readme_embedding_example) {
  std::ostringstream out;
  std::streambuf* const saved = std::cout.rdbuf(out.rdbuf());
  const int rc = readme_embedding_example(R"({"distributionName": "my-site-cdn",
    "origin": {"name": "WordPress-1", "regionName": "us-east-1", "protocolPolicy": "https-onlyy"},
    "defaultCacheBehavior": {"behavior": "cache"}, "bundleId": "small_1_0"})");
  std::cout.rdbuf(saved);
  EXPECT_EQ(rc, 1);
  EXPECT_NE(out.str().find("LS2001 /origin/protocolPolicy 2:84 "), std::string::npos) << out.str();
  std::cout.rdbuf(out.rdbuf());
  const int clean = readme_embedding_example(sailcheck::test::p1());
  std::cout.rdbuf(saved);
  EXPECT_EQ(clean, 0);
}

}  // namespace

namespace {

// Findings of one rule without positions sort by pointer: a total order, so that every order of
// the members gives the same report (index-like tokens first, by number, then the others).
TEST(engine, finding_order_is_total_and_independent_of_member_order) {
  std::vector<std::string> keys = {"10", "2", "1a", "b", "01"};
  std::sort(keys.begin(), keys.end());
  std::vector<std::string> first;
  do {
    boost::json::object o;
    for (const std::string& k : keys) o[k] = 1;
    const sailcheck::report r = sailcheck::linter{}.check(boost::json::value(o));
    std::vector<std::string> order;
    for (const sailcheck::diagnostic& d : r.diagnostics)
      if (d.code == "LS1002") order.push_back(d.pointer);
    if (first.empty()) first = order;
    EXPECT_EQ(order, first);
  } while (std::next_permutation(keys.begin(), keys.end()));
  EXPECT_EQ(first, (std::vector<std::string>{"/2", "/01", "/10", "/1a", "/b"}));
}

}  // namespace
