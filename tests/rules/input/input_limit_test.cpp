#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

linter with_limits(std::size_t bytes, std::size_t depth) {
  options o;
  o.limits = {bytes, depth};
  return linter::create(o).value();
}

TEST(input_limit, size) {
  const linter lint = with_limits(100, 32);
  std::string big = patch(p1(), "/distributionName", "\"" + std::string(200, 'a') + "\"");
  report r = lint.check_text(big);
  ASSERT_EQ(r.diagnostics.size(), 1u) << dump(r);
  EXPECT_EQ(r.diagnostics[0].code, "LS0003");
  EXPECT_EQ(r.diagnostics[0].pointer, "");
  // At 1:1, with the real size when the text is whole.
  EXPECT_EQ(r.diagnostics[0].begin.offset, 0u);
  EXPECT_EQ(r.diagnostics[0].begin.line, 1u);
  EXPECT_EQ(r.diagnostics[0].begin.column, 1u);
  EXPECT_EQ(r.diagnostics[0].message, "the input is " + std::to_string(big.size()) +
                                          " bytes, more than the limit of 100 bytes");
  // Exactly one byte past the limit is what a bounded reader passes: the size is not known.
  EXPECT_EQ(lint.check_text(big.substr(0, 101)).diagnostics.at(0).message,
            "the input is larger than the limit of 100 bytes");
  EXPECT_EQ(linter{}.check_text(std::string(4 * 1024 * 1024 + 2, ' ')).diagnostics.at(0).message,
            "the input is 4194306 bytes, more than the limit of 4194304 bytes (4 MiB)");
  EXPECT_TRUE(lint.check_text(std::string(p1()).substr(0, 100)).diagnostics.size() != 0);
  EXPECT_EQ(pointers(lint.check_text("{}"), "LS0003"), std::vector<std::string>{});
}

TEST(input_limit, default_depth) {
  EXPECT_EQ(pointers(check(nested_arrays(32)), "LS0003"), std::vector<std::string>{});
  report r = check(nested_arrays(33));
  ASSERT_EQ(pointers(r, "LS0003").size(), 1u) << dump(r);
  EXPECT_EQ(first(r, "LS0003")->message, "nesting is deeper than the limit of 32 levels");
  EXPECT_EQ(first(r, "LS0003")->begin.offset, 32u);
}

TEST(input_limit, deep_object_reports_where_the_limit_was_hit) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "{\"a\":";
  report r = check(text);
  const diagnostic* d = first(r, "LS0003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->pointer.rfind("/a/a/a", 0), 0u);
}

TEST(input_limit, configurable_depth) {
  const linter lint = with_limits(4 << 20, 4);
  EXPECT_EQ(pointers(lint.check_text(nested_arrays(5)), "LS0003"),
            std::vector<std::string>{"/0/0/0/0"});
  EXPECT_EQ(pointers(lint.check_text(nested_arrays(4)), "LS0003"), std::vector<std::string>{});
}

}  // namespace
}  // namespace sailcheck::test
