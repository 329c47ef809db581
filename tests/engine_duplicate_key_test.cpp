// Engine tests: duplicate keys (LS0002) at the bytes of each occurrence, in nested, wide,
// repeated and escaped objects.

#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sailcheck::diagnostic;
using sailcheck::linter;
using sailcheck::options;
using sailcheck::report;
using sailcheck::severity;
using sailcheck::test::dump;
using sailcheck::test::find;
using sailcheck::test::p1;
using sailcheck::test::p1_with;

std::vector<const diagnostic*> all_of(const report& r, std::string_view code) {
  std::vector<const diagnostic*> out;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code) out.push_back(&d);
  return out;
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

}  // namespace
