// Engine tests: JSON Pointers of findings (RFC 6901 escaping, index-like and empty keys),
// split_pointer, path rendering and the document order of pointers.

#include "json_pointer.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
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

// ---------------------------------------------------------------------------------------------
// Document order

// pointer_less's definition, token by token: indices before other tokens, indices as numbers,
// the rest as text, and a pointer before the pointers it is a prefix of.
bool reference_less(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto is_index = [](const std::string& t) {
    return !t.empty() && t.find_first_not_of("0123456789") == std::string::npos;
  };
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] == b[i]) continue;
    const bool ia = is_index(a[i]), ib = is_index(b[i]);
    if (ia != ib) return ia;
    if (ia && a[i].size() != b[i].size()) return a[i].size() < b[i].size();
    return a[i] < b[i];
  }
  return a.size() < b.size();
}

TEST(engine, pointer_order_agrees_with_the_token_by_token_definition) {
  // Short tokens of a few bytes, so that prefixes, equal tokens, digits and empty tokens meet.
  const std::vector<std::string> pieces = {"", "0", "1", "10", "2", "a", "ab", "b", "1a", "~"};
  std::uint32_t seed = 7;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
  };
  std::vector<std::vector<std::string>> tokens;
  std::vector<std::string> pointers;
  for (int i = 0; i < 300; ++i) {
    std::vector<std::string> t(next() % 4);
    for (std::string& s : t) s = pieces[next() % pieces.size()];
    std::string pointer;
    for (const std::string& s : t) {
      pointer += '/';
      sailcheck::detail::append_pointer_token(pointer, s);
    }
    tokens.push_back(t);
    pointers.push_back(pointer);
  }
  for (std::size_t i = 0; i < pointers.size(); ++i)
    for (std::size_t j = 0; j < pointers.size(); ++j)
      ASSERT_EQ(sailcheck::detail::pointer_less(pointers[i], pointers[j]),
                reference_less(tokens[i], tokens[j]))
          << pointers[i] << " < " << pointers[j];
}

TEST(engine, pointer_order_examples) {
  using sailcheck::detail::pointer_less;
  EXPECT_TRUE(pointer_less("/tags/9", "/tags/10"));
  EXPECT_FALSE(pointer_less("/tags/10", "/tags/9"));
  EXPECT_TRUE(pointer_less("/tags/10", "/tags/1a"));
  EXPECT_TRUE(pointer_less("", "/a"));
  EXPECT_FALSE(pointer_less("/a", "/a"));
  EXPECT_TRUE(pointer_less("/a", "/a/b"));
  EXPECT_TRUE(pointer_less("/a/", "/a/b"));
  EXPECT_TRUE(pointer_less("/a/b", "/ab"));
  EXPECT_TRUE(pointer_less("/cacheBehaviors/3/path", "/cacheBehaviors/12/behavior"));
}

}  // namespace
