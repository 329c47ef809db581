// The SARIF format: the official 2.1.0 schema accepts every document, rule indices and
// fingerprints hold, locations and fixes point at the right bytes, and nothing unsafe from file
// names, pointers or messages is copied raw.

#include "cli_support.hpp"
#include "format_test_support.hpp"
#include "test_support.hpp"
#include "unicode.hpp"

#include <sailcheck/format.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/utils/boost_json_utils.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

namespace json = boost::json;

std::string sarif(const std::vector<file_report>& files, const format_options& o = {}) {
  return format_report(output_format::sarif, files, o);
}

json::value parse(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  EXPECT_FALSE(ec) << ec.message() << "\n" << text;
  return v;
}

const json::object& run_of(const json::value& doc) { return doc.at("runs").at(0).as_object(); }

// Everything a SARIF document may not carry raw: invalid UTF-8, and control, bidi and separator
// characters (the newlines of the layout excepted).
std::string unsafe_characters(std::string_view s) {
  std::string found;
  for (std::size_t pos = 0; pos < s.size();) {
    const detail::utf8_char ch = detail::decode_utf8(s, pos);
    const char32_t cp = ch.code_point;
    if (!ch.valid || (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) ||
        (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF)
      found += "byte " + std::to_string(pos) + "; ";
    pos += ch.length;
  }
  return found;
}

// The characters of a URI reference (RFC 3986): unreserved, reserved, and `%` of an escape.
bool is_uri_reference(std::string_view uri) {
  for (std::size_t i = 0; i < uri.size(); ++i) {
    const char c = uri[i];
    if (c == '%') {
      if (i + 2 >= uri.size()) return false;
      if (!std::isxdigit(static_cast<unsigned char>(uri[i + 1])) ||
          !std::isxdigit(static_cast<unsigned char>(uri[i + 2])))
        return false;
      continue;
    }
    if (std::isalnum(static_cast<unsigned char>(c))) continue;
    if (std::string_view("-._~:/?#[]@!$&'()*+,;=").find(c) == std::string_view::npos) return false;
  }
  return true;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = s.find(from); pos != std::string::npos;
       pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

// Golden output does not change with the release or where the docs are published.
std::string normalized(std::string s) {
  const std::string help = rule_help_uri(*find_rule("LS2001"));
  const std::string docs = help.substr(0, help.find('#'));
  const std::string home = docs.substr(0, docs.find("/blob/"));
  replace_all(s, docs, "@DOCS@");
  replace_all(s, home, "@HOME@");
  replace_all(s, "\"version\": \"" + std::string(version()) + "\"", "\"version\": \"@VERSION@\"");
  replace_all(s, "\"semanticVersion\": \"" + std::string(version()) + "\"",
              "\"semanticVersion\": \"@VERSION@\"");
  return s;
}

// The shared golden check (format_test_support.hpp), under this file's historical name.
void expect_golden(std::string_view name, const std::string& actual) {
  EXPECT_TRUE(matches_golden(std::string(name), actual));
}

// ---------------------------------------------------------------------------------------------

TEST(format_sarif, golden_with_configured_rules) {
  // Configured: three rules. LS2030 and LS4011 report too, and are added to the list.
  const std::vector<rule_entry> rules = {{find_rule("LS0002"), severity::error},
                                         {find_rule("LS1002"), severity::error},
                                         {find_rule("LS2001"), severity::error}};
  format_options o;
  o.rules = rules;
  const std::vector<file_report> files = {checked("config/site.json", k_findings),
                                          checked("clean.json", p1()),
                                          unreadable("missing.json", "no such file")};
  expect_golden("sarif_findings.sarif", normalized(sarif(files, o)));
}

TEST(format_sarif, golden_of_a_clean_run) {
  const std::vector<rule_entry> rules = {{find_rule("LS2001"), severity::error}};
  format_options o;
  o.rules = rules;
  expect_golden("sarif_clean.sarif", normalized(sarif({checked("clean.json", p1())}, o)));
}

TEST(format_sarif, an_empty_run_is_a_complete_document) {
  const json::value doc = parse(sarif({}));
  EXPECT_EQ(doc.at("version"), "2.1.0");
  EXPECT_TRUE(run_of(doc).at("results").as_array().empty());
  EXPECT_EQ(run_of(doc).at("invocations").at(0).at("executionSuccessful"), true);
}

// ---------------------------------------------------------------------------------------------
// The official schema.

class sarif_schema {
 public:
  explicit sarif_schema(const std::string& path) {
    json::value doc;
    loaded_ = valijson::utils::loadDocument(path, doc);
    if (!loaded_) return;
    valijson::adapters::BoostJsonAdapter adapter(doc);
    valijson::SchemaParser parser;
    parser.populateSchema(adapter, schema_);
  }

  bool loaded() const { return loaded_; }

  // Empty when `text` is valid; otherwise the schema's complaints.
  std::string errors(const std::string& text) const {
    const json::value doc = json::parse(text);
    valijson::adapters::BoostJsonAdapter adapter(doc);
    valijson::Validator validator;
    valijson::ValidationResults results;
    if (validator.validate(schema_, adapter, &results)) return {};
    std::string out;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      for (const std::string& c : e.context) out += c;
      out += ": " + e.description + "\n";
    }
    return out.empty() ? "invalid" : out;
  }

 private:
  valijson::Schema schema_;
  bool loaded_ = false;
};

TEST(format_sarif, validates_against_the_official_schema) {
  SAILCHECK_NEED_CORPUS(schema_path, "sarif/sarif-schema-2.1.0.json");
  const sarif_schema schema(schema_path);
  ASSERT_TRUE(schema.loaded()) << schema_path;

  std::string many = std::string(p4());
  many = patch(many, {{"/origin/regionName", R"("us-east-9")"},
                      {"/origin/protocolPolicy", R"("HTTPS-ONLY")"},
                      {"/cacheBehaviorSettings/minimumTTL", "-1"},
                      {"/cacheBehaviorSettings/forwardedHeaders/option", R"("all")"},
                      {"/tags/-", R"({"key":"key","value":"x"})"},
                      {"/tags/-", R"({"Key":"k2","value":"\u202Ey"})"}});
  const std::string duplicate = R"({"bundleId":"small_1_0","bundleId":"small_1_0","bundleId":1})";
  const std::string rename_elsewhere =
      R"({"distributionName":"d","origin":{"name":"o","regionName":"us-east-1"},)"
      R"("defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0","regionName":"x"})";

  struct case_ {
    std::string name;
    std::vector<file_report> files;
    format_options options;
  };
  std::vector<case_> cases;
  cases.push_back({"empty run", {}, {}});
  cases.push_back({"clean", {checked("clean.json", p1())}, {}});
  cases.push_back({"golden payload", {checked("site.json", k_findings)}, {}});
  cases.push_back({"many findings", {checked("many.json", many)}, {}});
  cases.push_back({"duplicates", {checked("dup.json", duplicate)}, {}});
  cases.push_back({"rename elsewhere", {checked("r.json", rename_elsewhere)}, {}});
  cases.push_back({"syntax error", {checked("bad.json", "{\"a\": [1, 2,]")}, {}});
  cases.push_back({"empty file", {checked("empty.json", "")}, {}});
  cases.push_back({"tool error", {unreadable("gone.json", "cannot open: No such file")}, {}});
  {
    file_report no_source = checked("nosource.json", k_findings);
    no_source.source = {};
    cases.push_back({"no source", {std::move(no_source)}, {}});
  }
  {
    file_report no_positions;
    no_positions.file = "parsed.json";
    no_positions.report = linter{}.check(json::parse(k_findings));
    cases.push_back({"no positions", {std::move(no_positions)}, {}});
  }
  cases.push_back(
      {"hostile names",
       {checked("a b/c#d?.json", k_findings), checked("x\u202Ey\u2028.json", k_findings),
        checked(std::string("bad\xff\x01name.json"), p1()), checked("/abs/p:q.json", p1()),
        checked("-", k_findings), unreadable("t\u202E\n.json", "error \x1b[31m\xc3(")},
       {}});
  {
    file_report custom = checked("custom.json", p1());
    diagnostic d;
    d.code = "LS9001";
    d.name = "cost-center-tag";
    d.message = "no cost-center tag";
    custom.report.diagnostics.push_back(d);
    cases.push_back({"a rule no catalog has", {std::move(custom)}, {}});
  }
  const std::vector<rule_entry> one_rule = {{find_rule("LS2001"), severity::info}};
  cases.push_back({"rules from options", {checked("site.json", k_findings)}, {}});
  cases.back().options.rules = one_rule;

  // The validator must be able to say no, or its yes proves nothing.
  std::string broken = sarif({checked("site.json", k_findings)});
  replace_all(broken, "\"startLine\": 9", "\"startLine\": 0");
  EXPECT_NE(schema.errors(broken), "");
  std::string no_message = sarif({checked("site.json", k_findings)});
  replace_all(no_message, "\"message\"", "\"massage\"");
  EXPECT_NE(schema.errors(no_message), "");

  for (const case_& c : cases) {
    const std::string out = sarif(c.files, c.options);
    EXPECT_EQ(schema.errors(out), "") << c.name << "\n" << out;
    EXPECT_EQ(unsafe_characters(out), "") << c.name;
  }
}

// ---------------------------------------------------------------------------------------------
// Rules and results.

TEST(format_sarif, lists_every_rule_at_its_default_severity_without_options) {
  const json::value doc = parse(sarif({checked("clean.json", p1())}));
  const json::array& rules = run_of(doc).at("tool").at("driver").at("rules").as_array();
  ASSERT_EQ(rules.size(), all_rules().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const rule_info& r = *all_rules()[i];
    const json::object& d = rules[i].as_object();
    EXPECT_EQ(d.at("id"), json::value(r.code));
    EXPECT_EQ(d.at("name"), json::value(r.name));
    EXPECT_EQ(d.at("shortDescription").at("text"), json::value(r.summary));
    EXPECT_EQ(d.at("helpUri"), json::value(rule_help_uri(r)));
    // A rule that is off by default (LS5001) has the SARIF level "none".
    const std::string_view level = r.default_severity == severity::info      ? "note"
                                   : r.default_severity == severity::warning ? "warning"
                                   : r.default_severity == severity::off     ? "none"
                                                                             : "error";
    EXPECT_EQ(d.at("defaultConfiguration").at("level"), json::value(level)) << r.code;
    const std::string markdown(d.at("help").at("markdown").as_string());
    EXPECT_NE(markdown.find(r.example_bad), std::string::npos) << r.code;
    EXPECT_NE(markdown.find(r.example_good), std::string::npos) << r.code;
  }
}

TEST(format_sarif, tags_rules_with_the_category_of_their_code) {
  const std::vector<std::pair<std::string_view, std::string_view>> expected = {
      {"LS0001", "input"},       {"LS1002", "structure"},     {"LS2001", "values"},
      {"LS3001", "cross-field"}, {"LS4011", "best-practice"}, {"LS2030", "values"}};
  std::vector<rule_entry> rules;
  for (const auto& [code, tag] : expected) rules.push_back({find_rule(code), severity::error});
  format_options o;
  o.rules = rules;
  const json::value doc = parse(sarif({}, o));
  const json::array& listed = run_of(doc).at("tool").at("driver").at("rules").as_array();
  ASSERT_EQ(listed.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(listed[i].at("properties").at("tags"), json::array{expected[i].second})
        << expected[i].first;
}

TEST(format_sarif, rule_index_names_the_rule_of_each_result) {
  const std::vector<rule_entry> one_rule = {{find_rule("LS2001"), severity::info}};
  for (bool configured : {false, true}) {
    format_options o;
    if (configured) o.rules = one_rule;
    const json::value doc = parse(sarif({checked("site.json", k_findings)}, o));
    const json::object& run = run_of(doc);
    const json::array& rules = run.at("tool").at("driver").at("rules").as_array();
    const json::array& results = run.at("results").as_array();
    ASSERT_EQ(results.size(), 5u);
    for (const json::value& r : results) {
      const std::size_t index = static_cast<std::size_t>(r.at("ruleIndex").as_int64());
      ASSERT_LT(index, rules.size());
      EXPECT_EQ(rules[index].at("id"), r.at("ruleId"));
    }
    if (configured) {
      // The configured rule keeps its configured level; the others come as they report.
      EXPECT_EQ(rules[0].at("id"), "LS2001");
      EXPECT_EQ(rules[0].at("defaultConfiguration").at("level"), "note");
      EXPECT_EQ(rules.size(), 5u);
    }
  }
}

TEST(format_sarif, a_finding_of_an_unlisted_unknown_rule_still_gets_a_descriptor) {
  file_report f = checked("site.json", p1());
  diagnostic d;
  d.code = "LS9999";
  d.name = "cost-center-tag";
  d.severity = severity::warning;
  d.pointer = "/tags";
  d.message = "every distribution carries a cost-center tag";
  f.report.diagnostics.push_back(d);
  const std::vector<rule_entry> one_rule = {{find_rule("LS2001"), severity::error}};
  format_options o;
  o.rules = one_rule;
  const json::value doc = parse(sarif({f}, o));
  const json::array& rules = run_of(doc).at("tool").at("driver").at("rules").as_array();
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[1], (json::object{{"id", "LS9999"},
                                    {"name", "cost-center-tag"},
                                    {"defaultConfiguration", {{"level", "warning"}}},
                                    {"properties", {{"tags", json::array{"policy"}}}}}));
  EXPECT_EQ(run_of(doc).at("results").at(0).at("ruleIndex"), 1);
}

TEST(format_sarif, result_has_level_message_region_and_pointer) {
  const file_report f = checked("site.json", k_findings);
  const diagnostic& d = *first(f.report, "LS2001");
  const json::value doc = parse(sarif({f}));
  const json::value* result = nullptr;
  for (const json::value& r : run_of(doc).at("results").as_array())
    if (r.at("ruleId") == "LS2001") result = &r;
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->at("level"), "error");
  EXPECT_EQ(result->at("message").at("text"), json::value(d.message));
  const json::value& loc = result->at("locations").at(0);
  EXPECT_EQ(loc.at("physicalLocation").at("artifactLocation"),
            (json::object{{"uri", "site.json"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(loc.at("physicalLocation").at("region"), (json::object{{"startLine", 9},
                                                                   {"startColumn", 71},
                                                                   {"endLine", 9},
                                                                   {"endColumn", 77},
                                                                   {"byteOffset", d.begin.offset},
                                                                   {"byteLength", 6}}));
  EXPECT_EQ(k_findings.substr(d.begin.offset, 6), "\"host\"");
  EXPECT_EQ(
      loc.at("logicalLocations"),
      (json::array{json::object{
          {"fullyQualifiedName", "/cacheBehaviorSettings/forwardedHeaders/headersAllowList/0"},
          {"kind", "element"}}}));
  EXPECT_EQ(run_of(doc).at("columnKind"), "unicodeCodePoints");
}

TEST(format_sarif, related_locations_carry_their_message) {
  const file_report f = checked("site.json", k_findings);
  const diagnostic& d = *first(f.report, "LS0002");
  ASSERT_EQ(d.related.size(), 1u);
  const json::value doc = parse(sarif({f}));
  for (const json::value& r : run_of(doc).at("results").as_array()) {
    if (r.at("ruleId") != "LS0002") continue;
    const json::value& rel = r.at("relatedLocations").at(0);
    EXPECT_EQ(rel.at("id"), 0);
    EXPECT_EQ(rel.at("message").at("text"), json::value(d.related[0].message));
    EXPECT_EQ(rel.at("physicalLocation").at("region"),
              (json::object{{"startLine", d.related[0].position.line},
                            {"startColumn", d.related[0].position.column},
                            {"byteOffset", d.related[0].position.offset}}));
    EXPECT_EQ(rel.at("logicalLocations").at(0).at("fullyQualifiedName"), "/bundleId");
    return;
  }
  FAIL() << "no LS0002 result";
}

// The fix's replacement applied to the deleted region gives the text the fix describes.
TEST(format_sarif, fixes_replace_the_bytes_of_the_value_or_member_name) {
  const file_report f = checked("site.json", k_findings);
  const json::value doc = parse(sarif({f}));
  std::vector<std::string> fixed;
  for (const json::value& r : run_of(doc).at("results").as_array()) {
    const json::object& o = r.as_object();
    if (!o.contains("fixes")) {
      EXPECT_FALSE(o.contains("properties")) << json::serialize(r);
      continue;
    }
    const json::value& rep =
        r.at("fixes").at(0).at("artifactChanges").at(0).at("replacements").at(0);
    const json::value& region = rep.at("deletedRegion");
    const auto offset = static_cast<std::size_t>(region.at("byteOffset").as_int64());
    const auto length = static_cast<std::size_t>(region.at("byteLength").as_int64());
    std::string text(k_findings);
    text.replace(offset, length, rep.at("insertedContent").at("text").as_string());
    fixed.push_back(std::string(r.at("ruleId").as_string()) + " " +
                    text.substr(offset, rep.at("insertedContent").at("text").as_string().size()));
    // The JSON Patch form rides along.
    EXPECT_TRUE(r.at("properties").at("fix").as_object().contains("op"));
    EXPECT_EQ(region.at("startLine"), region.at("endLine"));
  }
  EXPECT_EQ(fixed, (std::vector<std::string>{"LS1002 \"regionName\"", "LS2001 \"Host\""}));
}

TEST(format_sarif, a_fix_without_an_edit_stays_in_properties_only) {
  file_report f = checked("site.json", k_findings);
  f.source = {};  // no text kept: no edit can be computed
  const json::value doc = parse(sarif({f}));
  std::size_t with_fix = 0;
  for (const json::value& r : run_of(doc).at("results").as_array()) {
    EXPECT_FALSE(r.as_object().contains("fixes"));
    if (r.as_object().contains("properties")) {
      ++with_fix;
      EXPECT_EQ(r.at("properties").at("fix").at("op"),
                r.at("ruleId") == "LS1002" ? "move" : "replace");
    }
  }
  EXPECT_EQ(with_fix, 2u);
}

TEST(format_sarif, a_report_without_positions_has_no_region) {
  file_report f;
  f.file = "parsed.json";
  f.report = linter{}.check(json::parse(k_findings));
  ASSERT_FALSE(f.report.diagnostics.empty());
  const json::value doc = parse(sarif({f}));
  for (const json::value& r : run_of(doc).at("results").as_array())
    EXPECT_FALSE(r.at("locations").at(0).at("physicalLocation").as_object().contains("region"));
}

TEST(format_sarif, fingerprints_survive_line_shifts_and_tell_repeats_apart) {
  auto fingerprints = [](std::string_view text) {
    const json::value doc = parse(sarif({checked("a.json", text)}));
    std::vector<std::string> out;
    for (const json::value& r : run_of(doc).at("results").as_array())
      out.push_back(std::string(r.at("partialFingerprints").at("sailcheck/v1").as_string()));
    return out;
  };
  const std::vector<std::string> before = fingerprints(k_findings);
  const std::vector<std::string> after = fingerprints("\n\n\n  " + std::string(k_findings));
  EXPECT_EQ(before, after);
  ASSERT_EQ(before.size(), 5u);
  for (const std::string& f : before) EXPECT_EQ(f.size(), 16u) << f;

  // The same key three times: two findings at one pointer, told apart by their occurrence.
  const std::vector<std::string> repeats =
      fingerprints(R"({"bundleId":"small_1_0","bundleId":"small_1_0","bundleId":"small_1_0"})");
  std::vector<std::string> dup;
  const report r =
      check(R"({"bundleId":"small_1_0","bundleId":"small_1_0","bundleId":"small_1_0"})");
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
    if (r.diagnostics[i].code == "LS0002") dup.push_back(repeats[i]);
  ASSERT_EQ(dup.size(), 2u);
  EXPECT_NE(dup[0], dup[1]);
}

// ---------------------------------------------------------------------------------------------
// File names and tool errors.

TEST(format_sarif, file_names_become_uri_references) {
  struct name_case {
    std::string file;
    json::object expected;
  };
  const std::vector<name_case> cases = {
      {"site.json", {{"uri", "site.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"./conf/site.json", {{"uri", "conf/site.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {".//x.json", {{"uri", "x.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"../up.json", {{"uri", "../up.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"a b/c#d?e%f.json", {{"uri", "a%20b/c%23d%3Fe%25f.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"a:b.json", {{"uri", "a%3Ab.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"it's+(1)&@.json", {{"uri", "it's+(1)&@.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"\xc3\xbc.json", {{"uri", "%C3%BC.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"bad\xff\n.json", {{"uri", "bad%FF%0A.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"x\u202E.json", {{"uri", "x%E2%80%AE.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"[1]\\2.json", {{"uri", "%5B1%5D%5C2.json"}, {"uriBaseId", "%SRCROOT%"}}},
      {"/abs/dir/p q.json", {{"uri", "file:///abs/dir/p%20q.json"}}},
      {"-", {{"uri", "-"}}},
  };
  for (const name_case& c : cases) {
    const json::value doc = parse(sarif({checked(c.file, k_findings)}));
    const json::value& loc =
        run_of(doc).at("results").at(0).at("locations").at(0).at("physicalLocation");
    EXPECT_EQ(loc.at("artifactLocation"), c.expected) << c.file;
    EXPECT_TRUE(is_uri_reference(c.expected.at("uri").as_string())) << c.file;
  }
}

TEST(format_sarif, tool_errors_make_the_invocation_unsuccessful) {
  const json::value doc =
      parse(sarif({checked("ok.json", p1()), unreadable("gone.json", "cannot open: No such file"),
                   unreadable("dir", "not a regular file")}));
  const json::value& inv = run_of(doc).at("invocations").at(0);
  EXPECT_EQ(inv.at("executionSuccessful"), false);
  const json::array& n = inv.at("toolExecutionNotifications").as_array();
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(
      n[0],
      (json::object{
          {"level", "error"},
          {"message", {{"text", "cannot open: No such file"}}},
          {"locations",
           json::array{json::object{
               {"physicalLocation",
                {{"artifactLocation", {{"uri", "gone.json"}, {"uriBaseId", "%SRCROOT%"}}}}}}}}}));
  EXPECT_EQ(n[1].at("message").at("text"), "not a regular file");
  EXPECT_TRUE(run_of(doc).at("results").as_array().empty());
}

TEST(format_sarif, hostile_text_is_escaped_and_survives_parsing) {
  // A member name with controls and bidi characters ends up in a pointer and in messages.
  const std::string payload = patch(p1(), "/origin/x\u202Ey\x01\u2028\x7f", "1");
  const std::string name = std::string("n\u202E\xc2\x85\xff.json");
  const std::string out = sarif({checked(name, payload), unreadable(name, "bad\x1b\xfe")});
  EXPECT_EQ(unsafe_characters(out), "");
  EXPECT_NE(out.find(R"(/origin/x\u202ey\u0001\u2028\u007f)"), std::string::npos) << out;
  EXPECT_NE(out.find("\"text\": \"bad\\u001b\uFFFD\""), std::string::npos) << out;
  const json::value doc = parse(out);
  const json::value& r = run_of(doc).at("results").at(0);
  EXPECT_EQ(r.at("locations").at(0).at("logicalLocations").at(0).at("fullyQualifiedName"),
            "/origin/x\u202Ey\x01\u2028\x7f");
  EXPECT_EQ(r.at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri"),
            "n%E2%80%AE%C2%85%FF.json");
}

TEST(format_sarif, streams_results_as_files_arrive) {
  std::ostringstream out;
  auto f = make_formatter(output_format::sarif, out);
  f->add(checked("site.json", k_findings));
  const std::string after_first = out.str();
  EXPECT_NE(after_first.find("\"ruleId\": \"LS2001\""), std::string::npos);
  f->finish();
  EXPECT_EQ(out.str().substr(0, after_first.size()), after_first);
  parse(out.str());
}

// The binary's own output, as code scanning receives it: the bundled examples, a configuration
// with severities, and a file that cannot be read.
TEST(format_sarif, binary_output_validates_against_the_official_schema) {
  SAILCHECK_NEED_CORPUS(schema_path, "sarif/sarif-schema-2.1.0.json");
  const sarif_schema schema(schema_path);
  ASSERT_TRUE(schema.loaded()) << schema_path;
  scratch s;
  const std::string examples = std::string(SAILCHECK_SOURCE_DIR) + "/examples";
  for (const std::string& args :
       {"--format sarif " + quote(examples),
        "--format sarif --select LS2,LS4 --severity LS4010=error " +
            quote(examples + "/needs-work.json") + " " + quote(s.path("missing.json"))}) {
    const result r = run_shell(s, args);
    EXPECT_NE(r.exit_code, 0) << args;
    EXPECT_EQ(schema.errors(r.out), "") << args << "\n" << r.out;
  }
}

}  // namespace
}  // namespace sailcheck::test
