// Engine tests: JSON Pointers of findings (RFC 6901 escaping, index-like and empty keys),
// split_pointer and path rendering.

#include "json_pointer.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using sailcheck::diagnostic;
using sailcheck::linter;
using sailcheck::report;
using sailcheck::test::dump;
using sailcheck::test::find;
using sailcheck::test::p1;
using sailcheck::test::p1_with;

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

}  // namespace
