// detail::locate and detail::compute_positions, directly.

#include "json_pointer.hpp"
#include "source_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sailcheck::source_position;
using sailcheck::detail::compute_positions;
using sailcheck::detail::k_no_offset;
using sailcheck::detail::locate;
using sailcheck::detail::locate_request;

// A request views its pointer; the pool keeps every pointer a test made alive until it ends.
std::deque<std::string>& pointer_pool() {
  static std::deque<std::string> pool;
  return pool;
}

locate_request request(const std::vector<std::string>& segments, bool member_name = false,
                       std::size_t occurrence = k_no_offset) {
  std::string& pointer = pointer_pool().emplace_back();
  for (const std::string& s : segments) {
    pointer += '/';
    sailcheck::detail::append_pointer_token(pointer, s);
  }
  locate_request r;
  r.pointer = pointer;
  r.member_name = member_name;
  r.occurrence = occurrence;
  return r;
}

// The token a single request resolves to, or "<none>".
std::string token(std::string_view text, locate_request r) {
  locate(text, std::span(&r, 1));
  if (r.begin == k_no_offset) return "<none>";
  EXPECT_NE(r.end, k_no_offset);
  EXPECT_LE(r.begin, r.end);
  EXPECT_LE(r.end, text.size());
  return std::string(text.substr(r.begin, r.end - r.begin));
}

source_position at(std::string_view text, std::size_t offset) {
  source_position p;
  p.offset = offset;
  source_position* ptr = &p;
  compute_positions(text, std::span(&ptr, 1));
  return p;
}

// ---------------------------------------------------------------------------------------------
// locate

TEST(source_map, value_target) {
  const std::string_view text = R"({"a": {"b": "x", "c": [1, 2]}, "d": null})";
  EXPECT_EQ(token(text, request({"a", "b"})), R"("x")");
  EXPECT_EQ(token(text, request({"a", "c"})), "[1, 2]");
  EXPECT_EQ(token(text, request({"a"})), R"({"b": "x", "c": [1, 2]})");
  EXPECT_EQ(token(text, request({"d"})), "null");
}

TEST(source_map, member_name_target) {
  const std::string_view text = R"({"a": {"b": "x", "c": [1, 2]}, "d": null})";
  EXPECT_EQ(token(text, request({"a", "b"}, true)), R"("b")");
  EXPECT_EQ(token(text, request({"a", "c"}, true)), R"("c")");
  EXPECT_EQ(token(text, request({"d"}, true)), R"("d")");
}

TEST(source_map, offsets_are_exact) {
  const std::string_view text = R"({"key":"value"})";
  locate_request r = request({"key"});
  locate(text, std::span(&r, 1));
  EXPECT_EQ(r.begin, 7U);
  EXPECT_EQ(r.end, 14U);
  locate_request k = request({"key"}, true);
  locate(text, std::span(&k, 1));
  EXPECT_EQ(k.begin, 1U);
  EXPECT_EQ(k.end, 6U);
}

TEST(source_map, root) {
  const std::string_view text = "  {\"a\": 1}  \n";
  EXPECT_EQ(token(text, request({})), "{\"a\": 1}");
  // The root has no member name; the value is the best answer.
  EXPECT_EQ(token(text, request({}, true)), "{\"a\": 1}");
}

TEST(source_map, missing_member_is_not_found) {
  const std::string_view text = R"({"a": {"b": 1}})";
  EXPECT_EQ(token(text, request({"x"})), "<none>");
  EXPECT_EQ(token(text, request({"a", "c"})), "<none>");
  EXPECT_EQ(token(text, request({"a", "b", "c"})), "<none>");
  EXPECT_EQ(token(text, request({"a", "0"})), "<none>");
}

TEST(source_map, scalar_values_of_every_kind) {
  const std::string_view text =
      R"({"s": "a\"b", "i": -12, "f": 1.5e3, "t": true, "n": null, "e": "", "o": {}, "a": []})";
  EXPECT_EQ(token(text, request({"s"})), R"("a\"b")");
  EXPECT_EQ(token(text, request({"i"})), "-12");
  EXPECT_EQ(token(text, request({"f"})), "1.5e3");
  EXPECT_EQ(token(text, request({"t"})), "true");
  EXPECT_EQ(token(text, request({"n"})), "null");
  EXPECT_EQ(token(text, request({"e"})), R"("")");
  EXPECT_EQ(token(text, request({"o"})), "{}");
  EXPECT_EQ(token(text, request({"a"})), "[]");
}

TEST(source_map, skips_untracked_values_with_tricky_strings) {
  // Brackets and quotes inside strings of untracked members must not confuse the scanner.
  const std::string_view text =
      R"({"x": {"y": "}]\"[{", "z": ["]", {"}": "{"}]}, "w": "\\", "target": 42})";
  EXPECT_EQ(token(text, request({"target"})), "42");
  EXPECT_EQ(token(text, request({"target"}, true)), R"("target")");
}

TEST(source_map, duplicate_key_occurrences) {
  const std::string_view text = R"({"k": 1, "k": 22, "other": 0, "k": 333})";
  EXPECT_EQ(token(text, request({"k"}, false, 0)), "1");
  EXPECT_EQ(token(text, request({"k"}, false, 1)), "22");
  EXPECT_EQ(token(text, request({"k"}, false, 2)), "333");
  EXPECT_EQ(token(text, request({"k"}, false, 3)), "<none>");
  // k_no_offset: the last one, which is what Boost.JSON keeps.
  EXPECT_EQ(token(text, request({"k"})), "333");

  locate_request second = request({"k"}, true, 1);
  locate(text, std::span(&second, 1));
  EXPECT_EQ(second.begin, text.find(R"("k": 22)"));
  EXPECT_EQ(second.end, second.begin + 3);
}

TEST(source_map, duplicate_key_occurrences_in_one_pass) {
  const std::string_view text = R"({"k": 1, "k": 22, "k": 333})";
  std::vector<locate_request> rs = {request({"k"}, true, 0), request({"k"}, true, 1),
                                    request({"k"}, true, 2), request({"k"}, false, 0),
                                    request({"k"})};
  locate(text, rs);
  EXPECT_EQ(rs[0].begin, 1U);
  EXPECT_EQ(rs[1].begin, text.find(R"("k": 22)"));
  EXPECT_EQ(rs[2].begin, text.find(R"("k": 333)"));
  EXPECT_EQ(rs[3].begin, text.find('1'));
  EXPECT_EQ(rs[4].begin, text.find("333"));
}

// Each of N repetitions of one key is requested on its own (N LS0002 findings): every request
// must find its own occurrence, in one pass that does not look at all N requests per occurrence
// (that was quadratic: 42 s for 100,000 repetitions).
TEST(source_map, many_occurrences_of_one_key) {
  constexpr std::size_t k_n = 100'000;
  std::string text = "{";
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < k_n; ++i) {
    if (i != 0) text += ',';
    starts.push_back(text.size());
    text += "\"k\":" + std::to_string(i);
  }
  text += '}';
  std::vector<locate_request> rs;
  for (std::size_t i = 0; i < k_n; ++i) rs.push_back(request({"k"}, true, i));
  rs.push_back(request({"k"}, false));  // the last one
  locate(text, rs);
  for (std::size_t i = 0; i < k_n; ++i) ASSERT_EQ(rs[i].begin, starts[i]) << i;
  EXPECT_EQ(text.substr(rs[k_n].begin, rs[k_n].end - rs[k_n].begin), std::to_string(k_n - 1));
}

TEST(source_map, duplicate_object_holds_nested_target) {
  // The second "o" is the one the DOM keeps: a nested pointer resolves inside the last one.
  const std::string_view text = R"({"o": {"a": "first"}, "o": {"a": "second"}})";
  EXPECT_EQ(token(text, request({"o", "a"})), R"("second")");
}

TEST(source_map, arrays) {
  const std::string_view text = R"([10, 20 , 30, [40, [50]], {"k": [60]}])";
  EXPECT_EQ(token(text, request({"0"})), "10");
  EXPECT_EQ(token(text, request({"1"})), "20");
  EXPECT_EQ(token(text, request({"2"})), "30");
  EXPECT_EQ(token(text, request({"3", "1", "0"})), "50");
  EXPECT_EQ(token(text, request({"4", "k", "0"})), "60");
  EXPECT_EQ(token(text, request({"4", "k"}, true)), R"("k")");
  EXPECT_EQ(token(text, request({"5"})), "<none>");
  EXPECT_EQ(token(text, request({"-"})), "<none>");
  // An array element has no member name: the value is returned.
  EXPECT_EQ(token(text, request({"2"}, true)), "30");
}

TEST(source_map, array_of_objects_like_tags) {
  const std::string_view text =
      "{\n  \"tags\": [\n    {\"key\": \"a\", \"value\": \"b\"},\n    {\"key\": \"c\"}\n  ]\n}";
  locate_request r = request({"tags", "1", "key"}, true);
  locate(text, std::span(&r, 1));
  EXPECT_EQ(r.begin, text.find("\"key\": \"c\""));
  EXPECT_EQ(token(text, request({"tags", "1", "key"})), R"("c")");
  EXPECT_EQ(token(text, request({"tags", "0", "value"})), R"("b")");
}

TEST(source_map, index_like_key_in_object) {
  const std::string_view text = R"({"0": "zero", "a": ["x"]})";
  EXPECT_EQ(token(text, request({"0"})), R"("zero")");
  EXPECT_EQ(token(text, request({"0"}, true)), R"("0")");
  EXPECT_EQ(token(text, request({"a", "0"})), R"("x")");
}

TEST(source_map, keys_with_escapes) {
  const std::string_view text = R"({"a\u0062": 5, "c\"d": 6, "e\\f": 7, "g\/h": 8, "\u00e9": 9})";
  EXPECT_EQ(token(text, request({"ab"})), "5");
  EXPECT_EQ(token(text, request({"ab"}, true)), R"("a\u0062")");
  EXPECT_EQ(token(text, request({"c\"d"})), "6");
  EXPECT_EQ(token(text, request({"e\\f"})), "7");
  EXPECT_EQ(token(text, request({"g/h"})), "8");
  EXPECT_EQ(token(text, request({"é"})), "9");
}

TEST(source_map, keys_with_surrogate_pair_escape) {
  const std::string_view text = R"({"\ud83d\ude00": 1, "x\uD83D\uDE00y": 2})";
  EXPECT_EQ(token(text, request({"😀"})), "1");
  EXPECT_EQ(token(text, request({"x😀y"})), "2");
}

TEST(source_map, escaped_and_plain_spellings_are_the_same_member) {
  const std::string_view text = R"({"bundle\u0049d": "a", "bundleId": "b"})";
  EXPECT_EQ(token(text, request({"bundleId"}, false, 0)), R"("a")");
  EXPECT_EQ(token(text, request({"bundleId"}, false, 1)), R"("b")");
  EXPECT_EQ(token(text, request({"bundleId"}, true, 0)), R"("bundle\u0049d")");
}

TEST(source_map, escaped_keys_along_the_path) {
  const std::string_view text = R"({"\u006frigin": {"n\u0061me": [1, {"\u0078": "hit"}]}})";
  EXPECT_EQ(token(text, request({"origin", "name", "1", "x"})), R"("hit")");
}

TEST(source_map, many_requests_one_pass) {
  const std::string_view text = R"({"a": {"b": 1, "c": 2}, "d": [3, 4]})";
  std::vector<locate_request> rs = {request({"a", "b"}), request({"a", "c"}, true),
                                    request({"d", "1"}), request({"a"}),
                                    request({"zz"}),     request({"a", "b"})};
  locate(text, rs);
  EXPECT_EQ(text.substr(rs[0].begin, rs[0].end - rs[0].begin), "1");
  EXPECT_EQ(text.substr(rs[1].begin, rs[1].end - rs[1].begin), R"("c")");
  EXPECT_EQ(text.substr(rs[2].begin, rs[2].end - rs[2].begin), "4");
  EXPECT_EQ(text.substr(rs[3].begin, rs[3].end - rs[3].begin), R"({"b": 1, "c": 2})");
  EXPECT_EQ(rs[4].begin, k_no_offset);
  EXPECT_EQ(rs[5].begin, rs[0].begin);
}

TEST(source_map, value_token_helper) {
  const std::string_view text = R"({"a": [true, {"b": "v"}]})";
  EXPECT_EQ(sailcheck::detail::value_token(text, "/a/1/b"), R"("v")");
  EXPECT_EQ(sailcheck::detail::value_token(text, "/nope"), "");
  // Tokens are unescaped as RFC 6901 says: "~1" is '/', "~0" is '~'.
  const std::string_view escaped = R"({"a/b": {"~c": 1, "~1": 2}})";
  EXPECT_EQ(sailcheck::detail::value_token(escaped, "/a~1b/~0c"), "1");
  EXPECT_EQ(sailcheck::detail::value_token(escaped, "/a~1b/~01"), "2");
}

TEST(source_map, empty_requests_and_empty_text) {
  std::vector<locate_request> none;
  locate("{}", none);
  EXPECT_EQ(token("", request({"a"})), "<none>");
  EXPECT_EQ(token("", request({})), "");
}

// Text that is not JSON: locate scans as far as it goes, never crashes, never spins.
TEST(source_map, truncated_and_invalid_text) {
  const std::vector<std::string_view> texts = {
      "{",
      "[",
      "\"",
      "\"\\",
      "{\"a\"",
      "{\"a\":",
      "{\"a\": ",
      "{\"a\": [1, 2",
      "{\"a\": [1, 2,",
      "{\"a\": {\"b\": ",
      "{\"a\": \"unterminated",
      "{\"a\": \"esc\\",
      "{\"a\": \"\\u12",
      "{\"a\\u00\": 1}",
      "{\"a\\ud83d\": 1}",
      "{\"a\" 1}",
      "{\"a\"::1}",
      "{,,,}",
      "{\"a\":1,,\"b\":2}",
      "[,,,]",
      "[1 2 3]",
      "[}",
      "{]",
      "}}}]]]",
      "{\"a\": [}, \"b\": 1}",
      "{\"a\": [1, }",
      "{\"a\": {]}",
      "{a: 1, b: [2]}",
      "{'a': 1}",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
      "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":",
      "nul",
      "1e",
      "\x00\x01\x02",
      "{\"a\": 1} trailing {\"a\": 2}",
      "\xEF\xBB\xBF{\"a\": 1}",
      "{\"a\": \xFF\xFE}",
  };
  for (std::string_view text : texts) {
    std::vector<locate_request> rs = {
        request({}),
        request({"a"}),
        request({"a"}, true),
        request({"a", "0"}),
        request({"a", "1"}),
        request({"a", "b"}, true),
        request({"a", "a", "a", "a", "a", "a", "a"}),
        request({"0", "0", "0"}),
        request({"b"}),
        request({"a"}, true, 1),
    };
    locate(text, rs);
    for (const locate_request& r : rs) {
      if (r.begin == k_no_offset) continue;
      EXPECT_LE(r.begin, text.size()) << testing::PrintToString(std::string(text));
      EXPECT_NE(r.end, k_no_offset) << testing::PrintToString(std::string(text));
      EXPECT_LE(r.begin, r.end) << testing::PrintToString(std::string(text));
      EXPECT_LE(r.end, text.size()) << testing::PrintToString(std::string(text));
    }
  }
}

TEST(source_map, truncated_text_still_finds_what_came_before) {
  const std::string_view text = R"({"a": "x", "b": [1, 2, {"c": "y"}, )";
  EXPECT_EQ(token(text, request({"a"})), R"("x")");
  EXPECT_EQ(token(text, request({"b", "2", "c"})), R"("y")");
}

// Deterministic pseudo-random byte soup built from JSON-ish characters.
TEST(source_map, byte_soup_does_not_crash_or_hang) {
  const std::string_view alphabet = "{}[]\",:\\ ab01u\n\r-.e";
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525U + 1013904223U;
    return state >> 8;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const std::size_t len = next() % 40;
    for (std::size_t i = 0; i < len; ++i) text += alphabet[next() % alphabet.size()];
    std::vector<locate_request> rs = {request({"a"}), request({"a", "b"}, true),
                                      request({"0", "a"}), request({"b"}, false, 1), request({})};
    locate(text, rs);
    for (const locate_request& r : rs) {
      if (r.begin == k_no_offset) continue;
      ASSERT_LE(r.begin, r.end) << text;
      ASSERT_LE(r.end, text.size()) << text;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// compute_positions

TEST(source_map, positions_single_line) {
  const std::string_view text = "abc";
  EXPECT_EQ(at(text, 0), (source_position{1, 1, 0}));
  EXPECT_EQ(at(text, 2), (source_position{1, 3, 2}));
  EXPECT_EQ(at(text, 3), (source_position{1, 4, 3}));
}

TEST(source_map, positions_lf) {
  const std::string_view text = "ab\ncd\n\nef";
  EXPECT_EQ(at(text, 2), (source_position{1, 3, 2}));  // the '\n' itself ends line 1
  EXPECT_EQ(at(text, 3), (source_position{2, 1, 3}));
  EXPECT_EQ(at(text, 4), (source_position{2, 2, 4}));
  EXPECT_EQ(at(text, 6), (source_position{3, 1, 6}));
  EXPECT_EQ(at(text, 7), (source_position{4, 1, 7}));
  EXPECT_EQ(at(text, 8), (source_position{4, 2, 8}));
}

TEST(source_map, positions_crlf_is_one_break) {
  const std::string_view text = "ab\r\ncd\r\n\r\nef";
  EXPECT_EQ(at(text, 2), (source_position{1, 3, 2}));
  EXPECT_EQ(at(text, 4), (source_position{2, 1, 4}));
  EXPECT_EQ(at(text, 5), (source_position{2, 2, 5}));
  EXPECT_EQ(at(text, 8), (source_position{3, 1, 8}));
  EXPECT_EQ(at(text, 10), (source_position{4, 1, 10}));
  EXPECT_EQ(at(text, 11), (source_position{4, 2, 11}));
}

TEST(source_map, positions_cr_only_breaks) {
  const std::string_view text = "ab\rcd\r\ref";
  EXPECT_EQ(at(text, 3), (source_position{2, 1, 3}));
  EXPECT_EQ(at(text, 4), (source_position{2, 2, 4}));
  EXPECT_EQ(at(text, 6), (source_position{3, 1, 6}));
  EXPECT_EQ(at(text, 7), (source_position{4, 1, 7}));
  EXPECT_EQ(at(text, 8), (source_position{4, 2, 8}));
}

TEST(source_map, positions_mixed_breaks) {
  // LF, CRLF, CR, then LF CR (two breaks: LF, then a lone CR).
  const std::string_view text = "a\nb\r\nc\rd\n\re";
  EXPECT_EQ(at(text, 2), (source_position{2, 1, 2}));
  EXPECT_EQ(at(text, 5), (source_position{3, 1, 5}));
  EXPECT_EQ(at(text, 7), (source_position{4, 1, 7}));
  EXPECT_EQ(at(text, 10), (source_position{6, 1, 10}));
}

TEST(source_map, positions_trailing_cr_at_end_of_text) {
  const std::string_view text = "ab\r";
  EXPECT_EQ(at(text, 3), (source_position{2, 1, 3}));
}

TEST(source_map, positions_count_code_points) {
  // é (2 bytes), 中 (3), 😀 (4), then x.
  const std::string_view text = "é中😀x\né!";
  EXPECT_EQ(at(text, 2), (source_position{1, 2, 2}));
  EXPECT_EQ(at(text, 5), (source_position{1, 3, 5}));
  EXPECT_EQ(at(text, 9), (source_position{1, 4, 9}));
  EXPECT_EQ(at(text, 10), (source_position{1, 5, 10}));
  EXPECT_EQ(at(text, 11), (source_position{2, 1, 11}));
  EXPECT_EQ(at(text, 13), (source_position{2, 2, 13}));
}

TEST(source_map, positions_tab_is_one_column) {
  EXPECT_EQ(at("\t\tx", 2), (source_position{1, 3, 2}));
}

TEST(source_map, positions_past_the_end_are_clamped) {
  const std::string_view text = "ab\ncd";
  const source_position p = at(text, 1000);
  EXPECT_EQ(p.line, 2U);
  EXPECT_EQ(p.column, 3U);
  EXPECT_EQ(p.offset, 1000U);  // the offset itself is left alone
  EXPECT_EQ(at("", 0), (source_position{1, 1, 0}));
}

TEST(source_map, positions_in_any_order_and_repeated) {
  const std::string_view text = "{\n  \"a\": 1,\r\n  \"b\": \"中\", \"c\": 2\n}";
  std::vector<source_position> ps(6);
  const std::size_t offsets[] = {text.find("\"c\""), 0,
                                 text.find("\"a\""), text.find("\"b\""),
                                 text.find("\"a\""), text.size()};
  std::vector<source_position*> ptrs;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    ps[i].offset = offsets[i];
    ptrs.push_back(&ps[i]);
  }
  compute_positions(text, ptrs);
  EXPECT_EQ(ps[0], (source_position{3, 13, offsets[0]}));
  EXPECT_EQ(ps[1], (source_position{1, 1, 0}));
  EXPECT_EQ(ps[2], (source_position{2, 3, offsets[2]}));
  EXPECT_EQ(ps[3], (source_position{3, 3, offsets[3]}));
  EXPECT_EQ(ps[4], ps[2]);
  EXPECT_EQ(ps[5], (source_position{4, 2, text.size()}));
}

TEST(source_map, positions_with_invalid_utf8) {
  // Stray continuation bytes and truncated sequences must not crash; lines still count.
  const std::string_view text = "\x80\x80\xC3\n\xE4\xB8x";
  const source_position p = at(text, text.size());
  EXPECT_EQ(p.line, 2U);
  EXPECT_GE(p.column, 1U);
}

}  // namespace

namespace {

// The definition compute_positions implements, one byte at a time.
source_position reference_position(std::string_view text, std::size_t offset) {
  source_position p{1, 1, offset};
  for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++p.line;
      p.column = 1;
    } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

}  // namespace

TEST(source_map, quotes_after_runs_of_backslashes) {
  // A quote after an even run of backslashes closes the string; after an odd run it is text.
  const std::string text = R"({"a":"x\\","b":"y\\\"z","c":"\\\\","d":"\"","e":7})";
  EXPECT_EQ(token(text, request({"b"})), R"("y\\\"z")");
  EXPECT_EQ(token(text, request({"c"})), R"("\\\\")");
  EXPECT_EQ(token(text, request({"d"})), R"("\"")");
  EXPECT_EQ(token(text, request({"e"})), "7");
  // The same strings inside a value that is skipped whole.
  const std::string nested = R"({"skip":{"s":"\\\"}]","t":["\\",{"u":"\""}]},"e":8})";
  EXPECT_EQ(token(nested, request({"e"})), "8");
}

TEST(source_map, unique_keys_gives_the_same_places) {
  // Without repeated keys, stopping once every request is resolved changes no result.
  const std::string text =
      R"({"a": {"b": [1, {"c": "x"}], "d": null}, "e": [[true], {"f": {}}], "g": "\u0041"})";
  const std::vector<std::vector<std::string>> pointers = {
      {"a", "b", "1", "c"}, {"a"}, {"e", "0", "0"}, {"e", "1", "f"}, {"g"}, {"a", "d"},
      {"nope"},             {"a", "b", "7"}};
  for (bool member_name : {false, true}) {
    std::vector<locate_request> full, early;
    for (const auto& p : pointers) {
      full.push_back(request(p, member_name));
      early.push_back(request(p, member_name));
    }
    locate(text, full);
    locate(text, early, true);
    for (std::size_t i = 0; i < full.size(); ++i) {
      EXPECT_EQ(early[i].begin, full[i].begin) << full[i].pointer;
      EXPECT_EQ(early[i].end, full[i].end) << full[i].pointer;
    }
  }
}

TEST(source_map, unique_keys_stops_at_the_first_place) {
  // The caller's promise is what makes stopping right: broken, it shows as the first of two.
  const std::string text = R"({"a": 1, "a": 2})";
  std::vector<locate_request> r = {request({"a"})};
  locate(text, r, true);
  EXPECT_EQ(text.substr(r[0].begin, r[0].end - r[0].begin), "1");
  EXPECT_EQ(token(text, request({"a"})), "2");
}

TEST(source_map, many_requested_members_of_one_object) {
  // Past a few children a node's children are found by hash instead of by list: both ways
  // must find every member, requested or not, in any order.
  std::string text = "{";
  std::vector<locate_request> requests;
  for (int i = 0; i < 40; ++i) {
    text += (i ? "," : "") + std::string("\"k") + std::to_string(i) + "\":" + std::to_string(i);
    if (i % 3 != 1) requests.push_back(request({"k" + std::to_string(i)}));
  }
  text += "}";
  locate(text, requests);
  for (const locate_request& r : requests) {
    ASSERT_NE(r.begin, k_no_offset) << r.pointer;
    EXPECT_EQ(text.substr(r.begin, r.end - r.begin), r.pointer.substr(2));
  }
}

TEST(source_map, positions_agree_with_the_byte_by_byte_definition) {
  // Pieces that straddle the eight-byte steps: multibyte characters, every kind of break.
  const std::vector<std::string> pieces = {"a", "bcdefghij", "\n",   "\r\n", "\r", "é",
                                           "€", "😀",         "\xC3", "\x80", "\t", "        "};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 400; ++round) {
    // Half the texts have no '\r' at all, which is read line by line rather than byte by byte.
    const bool with_cr = round % 2 == 0;
    std::string text;
    const int count = 1 + static_cast<int>(seed % 40);
    for (int i = 0; i < count; ++i) {
      seed = seed * 1103515245u + 12345u;
      const std::string& piece = pieces[(seed >> 16) % pieces.size()];
      if (with_cr || piece.find('\r') == std::string::npos) text += piece;
    }
    // One offset per call, so that long stretches go eight bytes at a time, and then every
    // offset in one call.
    std::vector<source_position> all(text.size() + 2);
    std::vector<source_position*> pointers;
    for (std::size_t i = 0; i < all.size(); ++i) {
      source_position one{0, 0, i};
      source_position* p = &one;
      compute_positions(text, std::span(&p, 1));
      const source_position want = reference_position(text, i);
      ASSERT_EQ(one, want) << "round " << round << " offset " << i;
      all[i].offset = i;
      pointers.push_back(&all[i]);
    }
    // Handed over in reverse: the call sorts them.
    std::reverse(pointers.begin(), pointers.end());
    compute_positions(text, pointers);
    for (std::size_t i = 0; i < all.size(); ++i)
      ASSERT_EQ(all[i], reference_position(text, i)) << "round " << round << " offset " << i;
  }
}
