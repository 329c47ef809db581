// The json and jsonl formats: exact output on fixed payloads, the envelope's streaming and
// counts, and that every document parses and holds nothing raw from the input that a terminal
// would act on.

#include "format/json_writer.hpp"
#include "format_test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

namespace json = boost::json;

std::string json_of(const std::vector<file_report>& files) {
  return format_report(output_format::json, files);
}
std::string jsonl_of(const std::vector<file_report>& files) {
  return format_report(output_format::jsonl, files);
}

// The version changes between releases; golden files say VERSION.
std::string without_version(std::string out) {
  const std::string v = "\"version\":\"" + std::string(version()) + "\"";
  const std::size_t at = out.find(v);
  if (at != std::string::npos) out.replace(at, v.size(), "\"version\":\"VERSION\"");
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(s.substr(start, nl - start));
  EXPECT_EQ(start, s.size()) << "output does not end in a line feed";
  return out;
}

// A pretty-printed payload with a duplicate key (related location), a rename fix and a replace
// fix.
std::string dup_and_fixes() {
  return "{\n"
         "  \"distributionName\": \"my-site-cdn\",\n"
         "  \"origin\": {\"name\": \"WordPress-1\", \"regionName\": \"us-east-1\", "
         "\"protocolPolicy\": \"HTTP-only\"},\n"
         "  \"defaultCacheBehavior\": {\"behavior\": \"cache\"},\n"
         "  \"BundleId\": \"small_1_0\",\n"
         "  \"bundleId\": \"small_1_0\",\n"
         "  \"bundleId\": \"small_1_0\"\n"
         "}\n";
}

// Member names with a bidi override, a line separator and (escaped in the JSON text) BEL and
// ESC: they reach pointers and messages as real characters.
std::string hostile_members() {
  std::string s(p1());
  s.pop_back();
  s += ",\"\u202Eevil\\u0007\u2028x\":1,\"b\\u001b[31m\\u0085\":2}";
  return s;
}

const std::string k_hostile_file = "evil\x1b[31m\u202E\xFF\u2066name.json";

// ---------------------------------------------------------------------------------------------
// The JSON string writer

struct string_case {
  std::string name;
  std::string input;
  std::string expected;
};

class json_string : public ::testing::TestWithParam<string_case> {};

TEST_P(json_string, escapes_exactly) {
  std::string out;
  detail::append_json_string(out, GetParam().input);
  EXPECT_EQ(out, GetParam().expected);
  json::error_code ec;
  const json::value v = json::parse(out, ec);
  ASSERT_FALSE(ec) << out;
  EXPECT_EQ(std::string(v.as_string()), detail::to_valid_utf8(GetParam().input));
}

INSTANTIATE_TEST_SUITE_P(
    format_json, json_string,
    ::testing::Values(
        string_case{"empty", "", R"("")"}, string_case{"plain", "abc /~", R"("abc /~")"},
        string_case{"quote_and_backslash", "a\"b\\c", R"("a\"b\\c")"},
        string_case{"short_escapes", "\b\f\n\r\t", R"("\b\f\n\r\t")"},
        string_case{"other_c0", std::string("\0\x01\x1b\x1f", 4), R"("\u0000\u0001\u001b\u001f")"},
        string_case{"del_and_c1", "\x7f\u0080\u0085\u009f", R"("\u007f\u0080\u0085\u009f")"},
        string_case{"bidi", "\u202a\u202e\u2066\u2069\u200e\u200f\u061c",
                    R"("\u202a\u202e\u2066\u2069\u200e\u200f\u061c")"},
        string_case{"separators_and_bom", "\u2028\u2029\uFEFF", R"("\u2028\u2029\ufeff")"},
        string_case{"invalid_utf8", "a\xFF\xC0\x80z", "\"a\uFFFD\uFFFD\uFFFDz\""},
        string_case{"truncated_sequence_at_end", "ok\xE2\x82", "\"ok\uFFFD\uFFFD\""},
        string_case{"other_unicode_stays_raw", "é名前😀\u00A0", "\"é名前😀\u00A0\""}),
    [](const auto& tc) { return tc.param.name; });

TEST(format_json, value_writer_keeps_member_order_and_escapes_keys) {
  const json::value v = json::parse(R"({"z":[1,-2,3.5,true,null],"a\u202e":{"k":"\u0007"}})");
  std::string out;
  detail::append_json_value(out, v);
  EXPECT_EQ(out, R"({"z":[1,-2,3.5E0,true,null],"a\u202e":{"k":"\u0007"}})");
  EXPECT_EQ(json::parse(out), v);
}

// ---------------------------------------------------------------------------------------------
// json

TEST(format_json, golden_duplicate_key_and_fixes) {
  const std::string text = dup_and_fixes();
  EXPECT_TRUE(
      matches_golden("json_dup_fix.json", without_version(json_of({checked("dup.json", text)}))));
}

TEST(format_json, golden_needs_work_example) {
  const std::string text =
      read_file(std::string(SAILCHECK_SOURCE_DIR) + "/examples/needs-work.json");
  ASSERT_FALSE(text.empty());
  EXPECT_TRUE(
      matches_golden("json_needs_work.json",
                     without_version(json_of({checked("examples/needs-work.json", text)}))));
}

TEST(format_json, no_files) {
  EXPECT_EQ(json_of({}), "{\"schemaVersion\":1,\"tool\":{\"name\":\"sailcheck\",\"version\":\"" +
                             std::string(version()) +
                             "\"},\"diagnostics\":[],\"toolErrors\":[],\"summary\":{\"files\":0,"
                             "\"errors\":0,\"warnings\":0,\"infos\":0}}\n");
}

TEST(format_json, tool_errors_are_listed_and_counted_as_files) {
  EXPECT_EQ(
      without_version(json_of({unreadable("gone.json", "No such file or directory"),
                               checked("clean.json", p1()), unreadable("dir", "is a directory")})),
      "{\"schemaVersion\":1,\"tool\":{\"name\":\"sailcheck\",\"version\":\"VERSION\"},"
      "\"diagnostics\":[],\"toolErrors\":[{\"file\":\"gone.json\",\"message\":\"No such file "
      "or directory\"},{\"file\":\"dir\",\"message\":\"is a directory\"}],\"summary\":{"
      "\"files\":3,\"errors\":0,\"warnings\":0,\"infos\":0}}\n");

  // Among checked files, in file order, after the diagnostics.
  const std::string bad = patch(p1(), "/ipAddressType", R"("IPv4")");
  const json::value doc = json::parse(
      json_of({unreadable("gone.json", "x"), checked("bad.json", bad), unreadable("dir", "y")}));
  EXPECT_EQ(doc.at("toolErrors"),
            json::parse(R"([{"file":"gone.json","message":"x"},{"file":"dir","message":"y"}])"));
  EXPECT_EQ(doc.at("diagnostics").as_array().size(), 1U);
  EXPECT_EQ(doc.at("summary"), json::parse(R"({"files":3,"errors":1,"warnings":0,"infos":0})"));
}

TEST(format_json, summary_counts_every_severity) {
  // ipAddressType "ipv6" is a warning; a wrong enum value is an error.
  const std::string text =
      patch(p1(), {{"/ipAddressType", R"("ipv6")"}, {"/origin/protocolPolicy", R"("x")"}});
  const report r = linter{}.check_text(text);
  const json::value doc = json::parse(json_of({checked("a.json", text), checked("b.json", p1())}));
  const json::object& summary = doc.at("summary").as_object();
  EXPECT_EQ(summary.at("files"), json::value(2));
  EXPECT_EQ(summary.at("errors"), json::value(r.count(severity::error)));
  EXPECT_EQ(summary.at("warnings"), json::value(r.count(severity::warning)));
  EXPECT_EQ(summary.at("infos"), json::value(r.count(severity::info)));
  EXPECT_EQ(doc.at("diagnostics").as_array().size(), r.diagnostics.size());
}

TEST(format_json, help_uri_is_the_rules_documentation) {
  const std::string text = dup_and_fixes();
  const json::value doc = json::parse(json_of({checked("dup.json", text)}));
  ASSERT_FALSE(doc.at("diagnostics").as_array().empty());
  for (const json::value& d : doc.at("diagnostics").as_array()) {
    const rule_info* info = find_rule(std::string(d.at("code").as_string()));
    ASSERT_NE(info, nullptr) << d;
    EXPECT_EQ(d.at("helpUri"), json::value(rule_help_uri(*info))) << d;
  }
}

TEST(format_json, streams_each_file_as_it_is_added) {
  std::ostringstream out;
  auto f = make_formatter(output_format::json, out);
  const std::string bad = patch(p1(), "/ipAddressType", R"("IPv4")");
  f->add(checked("a.json", bad));
  const std::string after_first = out.str();
  EXPECT_EQ(after_first.rfind("{\"schemaVersion\":1,", 0), 0U) << after_first;
  EXPECT_NE(after_first.find("\"file\":\"a.json\""), std::string::npos) << after_first;
  EXPECT_EQ(after_first.find("summary"), std::string::npos) << after_first;
  f->add(checked("b.json", bad));
  EXPECT_NE(out.str().find("\"file\":\"b.json\""), std::string::npos);
  f->finish();
  json::error_code ec;
  const json::value doc = json::parse(out.str(), ec);
  ASSERT_FALSE(ec) << out.str();
  EXPECT_EQ(doc.at("diagnostics").as_array().size(), 2U);
}

TEST(format_json, deterministic) {
  const std::string a = dup_and_fixes();
  const std::string b = hostile_members();
  const std::vector<file_report> files = {checked("a.json", a), checked(k_hostile_file, b)};
  EXPECT_EQ(json_of(files), json_of(files));
  EXPECT_EQ(jsonl_of(files), jsonl_of(files));
}

TEST(format_json, hostile_names_parse_back_and_stay_safe) {
  const std::string text = hostile_members();
  const std::string out =
      json_of({checked(k_hostile_file, text), unreadable(k_hostile_file, "x\x1b")});
  EXPECT_EQ(first_unsafe(out, true), "") << out;
  ASSERT_EQ(out.find('\n'), out.size() - 1) << "one line";
  json::error_code ec;
  const json::value doc = json::parse(out, ec);
  ASSERT_FALSE(ec) << out;
  std::vector<std::string> pointers;
  for (const json::value& d : doc.at("diagnostics").as_array()) {
    EXPECT_EQ(d.at("file"), json::value(detail::to_valid_utf8(k_hostile_file)));
    pointers.emplace_back(d.at("pointer").as_string());
  }
  // The pointers are the members' real names: a reader gets them back exactly.
  EXPECT_EQ(pointers, (std::vector<std::string>{"/\u202Eevil\a\u2028x", "/b\x1b[31m\u0085"}));
  EXPECT_EQ(
      doc.at("toolErrors"),
      json::parse(R"([{"file":"evil\u001b[31m\u202e\ufffd\u2066name.json","message":"x\u001b"}])"));
  // And the text holds them only as escapes.
  EXPECT_NE(out.find(R"("pointer":"/\u202eevil\u0007\u2028x")"), std::string::npos) << out;
}

// ---------------------------------------------------------------------------------------------
// jsonl

TEST(format_jsonl, golden_duplicate_key_and_fixes) {
  const std::string text = dup_and_fixes();
  EXPECT_TRUE(matches_golden("jsonl_dup_fix.jsonl", jsonl_of({checked("dup.json", text)})));
}

TEST(format_jsonl, each_line_is_the_json_formats_diagnostic) {
  const std::string a = dup_and_fixes();
  const std::string b = read_file(std::string(SAILCHECK_SOURCE_DIR) + "/examples/needs-work.json");
  const std::string c = hostile_members();
  const std::vector<file_report> files = {checked("a.json", a), checked("b.json", b),
                                          checked(k_hostile_file, c)};
  const std::string doc_text = json_of(files);
  const json::value doc = json::parse(doc_text);
  const std::string out = jsonl_of(files);
  EXPECT_EQ(first_unsafe(out, true), "") << out;
  const std::vector<std::string> lines = split_lines(out);
  const json::array& ds = doc.at("diagnostics").as_array();
  ASSERT_EQ(lines.size(), ds.size()) << out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    json::error_code ec;
    const json::value v = json::parse(lines[i], ec);
    ASSERT_FALSE(ec) << lines[i];
    EXPECT_EQ(v, ds[i]) << i;
    // Byte for byte too: the envelope's diagnostics are these lines joined by commas.
    EXPECT_NE(doc_text.find(lines[i]), std::string::npos) << lines[i];
  }
}

TEST(format_jsonl, tool_error_line_in_file_order) {
  const std::string bad = patch(p1(), "/ipAddressType", R"("IPv4")");
  const std::vector<std::string> lines =
      split_lines(jsonl_of({checked("a.json", bad), unreadable("b\u202E.json", "is a directory"),
                            checked("c.json", p1()), checked("d.json", bad)}));
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_NE(lines[0].find("\"file\":\"a.json\""), std::string::npos) << lines[0];
  EXPECT_EQ(lines[1], R"({"file":"b\u202e.json","toolError":"is a directory"})");
  EXPECT_NE(lines[2].find("\"file\":\"d.json\""), std::string::npos) << lines[2];
}

TEST(format_jsonl, nothing_for_clean_files) {
  EXPECT_EQ(jsonl_of({checked("a.json", p1()), checked("b.json", p1())}), "");
  EXPECT_EQ(jsonl_of({}), "");
}

TEST(format_jsonl, streams_each_file_as_it_is_added) {
  std::ostringstream out;
  auto f = make_formatter(output_format::jsonl, out);
  f->add(checked("a.json", patch(p1(), "/ipAddressType", R"("IPv4")")));
  EXPECT_EQ(split_lines(out.str()).size(), 1U) << out.str();
  f->finish();
  EXPECT_EQ(split_lines(out.str()).size(), 1U) << out.str();
}

}  // namespace
}  // namespace sailcheck::test
