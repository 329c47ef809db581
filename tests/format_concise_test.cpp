// The concise format: one gcc-style line per finding, a note line per related location.

#include "format_test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

std::string concise_of(const std::vector<file_report>& files) {
  return format_report(output_format::concise, files);
}

TEST(format_concise, golden_needs_work_example) {
  const std::string text =
      read_file(std::string(SAILCHECK_SOURCE_DIR) + "/examples/needs-work.json");
  ASSERT_FALSE(text.empty());
  EXPECT_TRUE(matches_golden("concise_needs_work.txt",
                             concise_of({checked("examples/needs-work.json", text)})));
}

TEST(format_concise, related_location_is_a_note_line_after_its_finding) {
  const std::string text =
      "{\n  \"distributionName\": \"my-site-cdn\",\n"
      "  \"origin\": {\"name\": \"WordPress-1\", \"regionName\": \"us-east-1\", "
      "\"protocolPolicy\": \"http-only\"},\n"
      "  \"defaultCacheBehavior\": {\"behavior\": \"cache\"},\n"
      "  \"bundleId\": \"small_1_0\",\n  \"bundleId\": \"small_1_0\"\n}\n";
  EXPECT_EQ(concise_of({checked("dup.json", text)}),
            "dup.json:6:3: error: /bundleId: duplicate member 'bundleId'; boto3 and the AWS CLI "
            "silently keep only the last value [LS0002 duplicate-key]\n"
            "dup.json:5:3: note: /bundleId: first occurrence\n");
}

TEST(format_concise, root_pointer_and_positions_of_an_unlocated_report) {
  const report r = linter{}.check(boost::json::parse("[]"));
  ASSERT_FALSE(r.diagnostics.empty());
  const std::string out = concise_of({{"value.json", r, {}, {}}});
  EXPECT_EQ(out.rfind("value.json:0:0: error: (root): ", 0), 0U) << out;
}

TEST(format_concise, hostile_file_and_member_names_are_escaped) {
  std::string text(p1());
  text.pop_back();
  text += ",\"\u202Eevil\\u0007\u2028x\":1}";
  const std::string out = concise_of({checked("evil\x1b[31m\u202E\xFF.json", text)});
  EXPECT_EQ(first_unsafe(out, true), "") << out;
  EXPECT_EQ(out.rfind("evil\\u001B[31m\\u202E\\xFF.json:1:", 0), 0U) << out;
  EXPECT_NE(out.find(": /\\u202Eevil\\u0007\\u2028x: unknown member '\\u202Eevil\\u0007\\u2028x'"),
            std::string::npos)
      << out;
}

TEST(format_concise, messages_keep_quotes_and_backslashes_but_not_raw_controls) {
  // Rules quote what they take from the input; a message that still held a raw control
  // character (a rule's bug) must not reach the terminal either.
  diagnostic d;
  d.code = "LS9999";
  d.name = "made-up";
  d.pointer = "/a\\b'c";
  d.begin = {2, 3, 10};
  d.message = "it's 'x\\y'\x1b[2J\u202E";
  d.related.push_back({"", {1, 1, 0}, "see\u2066 here"});
  report r;
  r.diagnostics.push_back(d);
  EXPECT_EQ(concise_of({{"f.json", r, {}, {}}}),
            "f.json:2:3: error: /a\\\\b\\'c: it's 'x\\y'\\u001B[2J\\u202E [LS9999 made-up]\n"
            "f.json:1:1: note: (root): see\\u2066 here\n");
}

TEST(format_concise, tool_errors_and_clean_files_print_nothing) {
  EXPECT_EQ(concise_of({unreadable("gone.json", "No such file or directory"),
                        checked("clean.json", p1())}),
            "");
}

TEST(format_concise, streams_each_file_as_it_is_added) {
  std::ostringstream out;
  auto f = make_formatter(output_format::concise, out);
  const std::string bad = patch(p1(), "/ipAddressType", R"("IPv4")");
  f->add(checked("a.json", bad));
  const std::string first = out.str();
  EXPECT_EQ(first.rfind("a.json:1:", 0), 0U) << first;
  f->add(checked("b.json", bad));
  f->finish();
  EXPECT_EQ(out.str().substr(0, first.size()), first);
  EXPECT_NE(out.str().find("\nb.json:1:"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace sailcheck::test
