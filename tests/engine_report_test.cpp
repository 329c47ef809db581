// Engine tests: the report itself: order and determinism, line/column/offset positions,
// check(value) against check_text, a linter shared between threads, the README example.

#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

// Defined in the build tree from README.md.
int readme_embedding_example(std::string_view payload_text);

namespace {

using sailcheck::diagnostic;
using sailcheck::linter;
using sailcheck::options;
using sailcheck::report;
using sailcheck::severity;
using sailcheck::test::dump;
using sailcheck::test::find;
using sailcheck::test::first;
using sailcheck::test::p1;
using sailcheck::test::p1_with;
using sailcheck::test::unknown_and_bad_enum;

// Everything a report says, for equality checks across runs and threads.
std::string serialize(const report& r) { return sailcheck::format_json({{"payload.json", r}}); }

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
