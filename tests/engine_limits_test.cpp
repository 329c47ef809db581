// Engine tests: input limits (size, depth, custom limits) and trailing data.

#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sailcheck::diagnostic;
using sailcheck::limits;
using sailcheck::linter;
using sailcheck::options;
using sailcheck::report;
using sailcheck::severity;
using sailcheck::test::dump;
using sailcheck::test::first;
using sailcheck::test::p1_with;
using sailcheck::test::pointers;

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
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

// An empty view may have no data at all: the engine must not hand that pointer on (memchr and
// friends must never get null), and the report is the empty file's one finding.
TEST(engine, empty_text_with_or_without_data_is_one_syntax_finding) {
  for (const std::string_view text : {std::string_view{}, std::string_view("")}) {
    const report r = linter{}.check_text(text);
    ASSERT_EQ(r.diagnostics.size(), 1U) << dump(r);
    const diagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.code, "LS0001");
    EXPECT_EQ(d.pointer, "");
    EXPECT_EQ(d.begin, (sailcheck::source_position{1, 1, 0}));
    EXPECT_EQ(d.message, "the file is empty; expected a JSON object");
  }
}

}  // namespace
