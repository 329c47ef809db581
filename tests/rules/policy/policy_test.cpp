// LS9001 policy: the library's side (options::policies); the command line's is in
// tests/cli_policy_test.cpp.

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <thread>

namespace sailcheck::test {
namespace {

std::string example_policy(std::string_view file) {
  return read_file(std::string(SAILCHECK_SOURCE_DIR) + "/examples/policies/" + std::string(file));
}

// A linter with the given policies (as text) and otherwise the defaults.
linter with_policies(std::vector<policy> policies, options o = {}) {
  o.policies = std::move(policies);
  auto l = linter::create(o);
  EXPECT_TRUE(l) << (l ? "" : l.error().message);
  return l ? std::move(*l) : linter{};
}

policy from_text(std::string_view text, std::string name = "p") {
  policy p;
  p.schema_text = std::string(text);
  p.name = std::move(name);
  return p;
}

std::string error_of(const policy& p) {
  options o;
  o.policies = {p};
  auto l = linter::create(o);
  return l ? std::string("(created)") : l.error().message;
}

// --- the four example policies: a passing and a failing payload each --------------------------

struct example_case {
  std::string name;
  std::string file;
  std::string payload;
  std::vector<std::string> expected;  // LS9001 pointers
};

class policy_examples : public ::testing::TestWithParam<example_case> {};

TEST_P(policy_examples, report_exactly_the_expected_pointers) {
  const example_case& c = GetParam();
  policy p;
  p.schema_text = example_policy(c.file);
  p.file = c.file;
  ASSERT_FALSE(p.schema_text.empty()) << c.file;
  const linter l = with_policies({p});
  const report r = l.check_text(c.payload);
  EXPECT_EQ(pointers(r, "LS9001"), c.expected) << dump(r);
  // The parsed-document entry point agrees.
  const report parsed = l.check(boost::json::parse(c.payload));
  EXPECT_EQ(pointers(parsed, "LS9001"), c.expected) << dump(parsed);
}

const std::string k_tagged =
    patch(p1(), "/tags", R"([{"key":"team","value":"web"},{"key":"cost-center","value":"cc-1"}])");
const std::string k_https = patch(p1(), "/origin/protocolPolicy", R"("https-only")");

INSTANTIATE_TEST_SUITE_P(
    cases, policy_examples,
    ::testing::Values(
        example_case{"cost_center_present", "cost-center-tag.schema.json", k_tagged, {}},
        example_case{
            "cost_center_missing_tags", "cost-center-tag.schema.json", std::string(p1()), {""}},
        example_case{"cost_center_other_tags_only",
                     "cost-center-tag.schema.json",
                     patch(p1(), "/tags", R"([{"key":"team","value":"web"}])"),
                     {"/tags"}},
        example_case{"https_only_passes", "https-only.schema.json", k_https, {}},
        example_case{"http_only_fails",
                     "https-only.schema.json",
                     std::string(p1()),
                     {"/origin/protocolPolicy"}},
        example_case{"protocol_policy_omitted_fails",
                     "https-only.schema.json",
                     patch(p1(), "/origin/protocolPolicy", ""),
                     {"/origin"}},
        example_case{"small_bundle_passes", "small-bundle.schema.json", std::string(p1()), {}},
        example_case{"medium_bundle_fails",
                     "small-bundle.schema.json",
                     patch(p1(), "/bundleId", R"("medium_1_0")"),
                     {"/bundleId"}},
        example_case{"headers_allow_list_passes",
                     "no-forward-all-headers.schema.json",
                     std::string(p4()),
                     {}},
        example_case{"default_settings_forward_all",
                     "no-forward-all-headers.schema.json",
                     patch(p4(), "/cacheBehaviorSettings/forwardedHeaders", R"({"option":"all"})"),
                     {"/cacheBehaviorSettings/forwardedHeaders/option"}},
        example_case{"per_path_behavior_forwards_all",
                     "no-forward-all-headers.schema.json",
                     patch(p4(), "/cacheBehaviors/-",
                           R"({"path":"api/*","behavior":"dont-cache",)"
                           R"("forwardedHeaders":{"option":"all"}})"),
                     {"/cacheBehaviors/1/forwardedHeaders/option"}}),
    [](const auto& tc) { return tc.param.name; });

// --- messages, positions, severities ----------------------------------------------------------

TEST(policy, message_names_the_policy_its_message_and_the_reason) {
  policy p;
  p.schema_text = example_policy("cost-center-tag.schema.json");
  p.message = "tag every distribution with its cost center";
  const report r = with_policies({p}).check_text(patch(p1(), "/tags", "[]"));
  const diagnostic* d = first(r, "LS9001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->name, "policy");
  EXPECT_EQ(d->severity, severity::error);
  EXPECT_EQ(d->message,
            "policy 'cost-center-tag': tag every distribution with its cost center (no item "
            "matches the schema of the 'contains' constraint)");
}

TEST(policy, name_defaults_to_the_title_then_the_file_name) {
  const std::string no_title = R"({"required": ["nope"]})";
  policy titled;
  titled.schema_text = example_policy("small-bundle.schema.json");
  titled.file = "whatever.json";
  policy by_file;
  by_file.schema_text = no_title;
  by_file.file = "policies/cost.schema.json";
  policy unnamed;
  unnamed.schema_text = no_title;
  const linter l = with_policies({titled, by_file, unnamed});
  EXPECT_EQ(l.policy_names(), (std::vector<std::string_view>{"small-bundle", "cost", "policy-3"}));
  const report r = l.check_text(p1());
  ASSERT_EQ(pointers(r, "LS9001"), (std::vector<std::string>{"", ""})) << dump(r);
  EXPECT_EQ(r.diagnostics[0].message, "policy 'cost': missing required property 'nope'");
}

TEST(policy, findings_have_line_and_column) {
  const std::string text =
      "{\"distributionName\": \"my-site-cdn\",\n  \"bundleId\": \"medium_1_0\"}";
  policy p;
  p.schema_text = example_policy("small-bundle.schema.json");
  const report r = with_policies({p}, options{.select = {"LS9001"}}).check_text(text);
  const diagnostic* d = first(r, "LS9001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->pointer, "/bundleId");
  EXPECT_EQ(d->begin.line, 2u);
  EXPECT_EQ(d->begin.column, 15u);
  EXPECT_EQ(d->begin.offset, text.find("\"medium_1_0\""));
}

TEST(policy, severity_per_policy_and_the_override_for_all) {
  policy warn = from_text(R"({"required": ["tags"]})", "needs-tags");
  warn.severity = severity::warning;
  policy info = from_text(R"({"properties": {"bundleId": {"const": "x"}}})", "bundle");
  info.severity = severity::info;
  policy off = from_text(R"({"required": ["nope"]})", "off");
  off.severity = severity::off;
  {
    const report r = with_policies({warn, info, off}).check_text(p1());
    ASSERT_EQ(pointers(r, "LS9001"), (std::vector<std::string>{"", "/bundleId"})) << dump(r);
    EXPECT_EQ(r.diagnostics[0].severity, severity::warning);
    EXPECT_EQ(r.diagnostics[1].severity, severity::info);
  }
  {
    const report r =
        with_policies({warn, info}, options{.severities = {{"LS9001", severity::error}}})
            .check_text(p1());
    ASSERT_EQ(pointers(r, "LS9001").size(), 2u) << dump(r);
    EXPECT_EQ(r.diagnostics[0].severity, severity::error);
    EXPECT_EQ(r.diagnostics[1].severity, severity::error);
  }
}

TEST(policy, select_and_ignore_apply_as_to_any_rule) {
  const policy p = from_text(R"({"required": ["tags"]})");
  EXPECT_EQ(pointers(with_policies({p}, options{.ignore = {"LS9001"}}).check_text(p1()), "LS9001"),
            std::vector<std::string>{});
  EXPECT_EQ(pointers(with_policies({p}, options{.select = {"LS2"}}).check_text(p1()), "LS9001"),
            std::vector<std::string>{});
  EXPECT_EQ(pointers(with_policies({p}, options{.select = {"policy"}}).check_text(p1()), "LS9001"),
            std::vector<std::string>{""});
}

TEST(policy, the_per_rule_cap_counts_the_rest) {
  // Every tag value must be "x": 5 failing values, a cap of 2.
  const policy p = from_text(R"({"properties": {"tags": {"items": {"properties":
      {"value": {"const": "x"}}}}}})");
  std::string tags = "[";
  for (int i = 0; i < 5; ++i)
    tags += std::string(i ? "," : "") + R"({"key":"k)" + std::to_string(i) + R"(","value":"v"})";
  tags += "]";
  options o;
  o.limits.max_findings_per_rule = 2;
  const report r = with_policies({p}, o).check_text(patch(p1(), "/tags", tags));
  EXPECT_EQ(pointers(r, "LS9001"), (std::vector<std::string>{"/tags/0/value", "/tags/1/value"}));
  const diagnostic* capped = first(r, "LS0006");
  ASSERT_NE(capped, nullptr) << dump(r);
  EXPECT_NE(capped->message.find("LS9001 policy 3"), std::string::npos) << capped->message;
}

// --- pointers: valijson's "[0]" is a member name in an object and an index in an array ---------

TEST(policy, context_paths_become_pointers_by_walking_the_document) {
  // Both "tags" members hold a "0": an object member in one payload, an array item in the
  // other. Keys with '/', '~', '[' and ']' are escaped as RFC 6901 says.
  const policy p = from_text(R"({"additionalProperties": {"additionalProperties": {
      "type": "string"}, "items": {"type": "string"}}})");
  const linter l = with_policies({p}, options{.select = {"LS9001"}});
  struct pointer_case {
    std::string text;
    std::string pointer;
    std::string token;  // what the finding's position points at
  };
  const pointer_case cases[] = {
      {R"({"a": {"0": 1}})", "/a/0", "1}"},      {R"({"a": [1]})", "/a/0", "1]"},
      {R"({"a": {"x/y": 1}})", "/a/x~1y", "1}"}, {R"({"a": {"x~y": 2}})", "/a/x~0y", "2}"},
      {R"({"a": {"[0]": 3}})", "/a/[0]", "3}"},  {R"({"a": {"]": 4, "[": "s"}})", "/a/]", "4,"},
      {R"({"a": {"01": 5}})", "/a/01", "5}"},    {R"({"a": ["s", "t", 6]})", "/a/2", "6]"},
  };
  for (const pointer_case& c : cases) {
    const report r = l.check_text(c.text);
    ASSERT_EQ(pointers(r, "LS9001"), std::vector<std::string>{c.pointer}) << c.text << dump(r);
    EXPECT_EQ(c.text.substr(r.diagnostics[0].begin.offset, c.token.size()), c.token) << c.text;
  }
}

TEST(policy, one_finding_per_failing_value_not_the_chain_of_parents) {
  // A failure deep inside and an independent one at the root: two findings, and none for the
  // schemas around the deep one.
  const policy p = from_text(R"({"required": ["ipAddressType"], "properties": {"origin":
      {"allOf": [{"properties": {"protocolPolicy": {"const": "https-only"}}}]}}})");
  const report r = with_policies({p}).check_text(p1());
  EXPECT_EQ(pointers(r, "LS9001"), (std::vector<std::string>{"", "/origin/protocolPolicy"}))
      << dump(r);
  EXPECT_EQ(first(r, "LS9001")->message, "policy 'p': missing required property 'ipAddressType'");
}

TEST(policy, alternatives_say_so_with_their_reasons) {
  const policy p =
      from_text(R"({"anyOf": [{"required": ["tags"]}, {"required": ["certificateName"]}]})");
  const report r = with_policies({p}).check_text(p1());
  ASSERT_EQ(pointers(r, "LS9001"), std::vector<std::string>{""}) << dump(r);
  EXPECT_EQ(r.diagnostics[0].message,
            "policy 'p': failed to validate against any schemas allowed by anyOf constraint; "
            "missing required property 'tags'; missing required property 'certificateName'");
}

TEST(policy, a_false_schema_reports_at_the_value) {
  const policy p = from_text(R"({"properties": {"ipAddressType": false}})");
  const report r = with_policies({p}).check_text(patch(p1(), "/ipAddressType", R"("ipv4")"));
  EXPECT_EQ(pointers(r, "LS9001"), std::vector<std::string>{"/ipAddressType"}) << dump(r);
}

TEST(policy, messages_are_escaped_and_long_names_stay_in_the_pointer) {
  // A `false` schema fails at the value, so the member name is in the pointer (which formatters
  // escape), not in the message; the policy's own message is escaped.
  policy p = from_text(R"({"properties": {"origin": {"additionalProperties": false,
      "properties": {"name": true, "regionName": true, "protocolPolicy": true}}}})");
  p.message = "no extras\x1b[31m\u202e";
  const std::string key = "evil" + std::string(5000, 'k');
  const report r = with_policies({p}).check_text(patch(p1(), "/origin/" + key, "1"));
  ASSERT_EQ(pointers(r, "LS9001"), std::vector<std::string>{"/origin/" + key}) << dump(r);
  EXPECT_EQ(first(r, "LS9001")->message,
            "policy 'p': no extras\\u001B[31m\\u202E (target should not validate against schema "
            "specified in 'not' constraint)");
}

// --- long strings never reach std::regex -----------------------------------------------------

TEST(policy, a_2_mib_string_is_reported_as_too_long_to_test_and_the_rest_is_checked) {
  const policy p = from_text(R"({"properties": {
      "distributionName": {"pattern": "^[a-z-]+$"},
      "bundleId": {"pattern": "^small_"}}})");
  const std::string name(2 * 1024 * 1024, 'a');
  const std::string text =
      patch(p1(), {{"/distributionName", "\"" + name + "\""}, {"/bundleId", R"("large_1_0")"}});
  const report r = with_policies({p}, options{.select = {"LS9001"}}).check_text(text);
  ASSERT_EQ(pointers(r, "LS9001"), (std::vector<std::string>{"/distributionName", "/bundleId"}))
      << dump(r);
  EXPECT_EQ(r.diagnostics[0].message,
            "policy 'p': the string is 2097152 bytes long, too long to test against the policy's "
            "patterns and formats (at most 1024 bytes are tested)");
  EXPECT_EQ(r.diagnostics[1].message,
            "policy 'p': failed to match regex specified by 'pattern' constraint");
}

TEST(policy, a_long_member_name_is_not_tested_against_pattern_properties) {
  const policy p = from_text(R"({"properties": {"origin": {"patternProperties": {"^x": false}}}})");
  const std::string key(2000, 'x');
  const report r = with_policies({p}, options{.select = {"LS9001"}})
                       .check_text(patch(p1(), "/origin/" + key, "1"));
  ASSERT_EQ(pointers(r, "LS9001"), std::vector<std::string>{"/origin/" + key}) << dump(r);
  EXPECT_NE(r.diagnostics[0].message.find("the member name is 2000 bytes long"), std::string::npos);
}

// --- when policies run -------------------------------------------------------------------------

TEST(policy, only_requests_that_parsed_are_checked) {
  const policy p = from_text(R"({"required": ["nope"]})");
  const linter l = with_policies({p});
  struct when_case {
    std::string text;
    std::string owner;  // the finding that stands instead
  };
  const when_case cases[] = {
      {R"({"distributionName": )", "LS0001"},
      {std::string(40, '[') + std::string(40, ']'), "LS0003"},
      {R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})", "LS1005"},
      {R"([1, 2])", "LS1003"},
  };
  for (const when_case& c : cases) {
    const report r = l.check_text(c.text);
    EXPECT_EQ(pointers(r, "LS9001"), std::vector<std::string>{}) << c.text << dump(r);
    EXPECT_NE(first(r, c.owner), nullptr) << c.text << dump(r);
  }
  EXPECT_EQ(pointers(l.check_text("{}"), "LS9001"), std::vector<std::string>{""});
}

TEST(policy, one_linter_serves_several_threads) {
  const policy p = from_text(R"({"properties": {"distributionName": {"pattern": "^x"}}})");
  const linter l = with_policies({p});
  std::vector<std::size_t> counts(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) counts[t] += pointers(l.check_text(p1()), "LS9001").size();
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(counts, (std::vector<std::size_t>{25, 25, 25, 25}));
}

// --- configuration errors: named, never a crash ------------------------------------------------

TEST(policy, bad_policies_are_configuration_errors_naming_file_and_policy) {
  struct bad_case {
    std::string schema;
    std::string error;
  };
  const bad_case cases[] = {
      {R"({"required": [)", "p.json: policy 'p': not valid JSON: "},
      {R"({"a": 1, "a": 2})", "p.json: policy 'p': duplicate key 'a'"},
      {R"([1])", "p.json: policy 'p': not a valid schema: expected an object, got an array"},
      {R"({"type": "nonsense"})",
       "p.json: policy 'p': not a valid schema: unrecognised JSON type name 'nonsense'"},
      {R"({"properties": {"a": {"pattern": "(("}}})",
       "p.json: policy 'p': not a valid schema: the pattern '((' at '/properties/a/pattern' is "
       "not a regular expression std::regex accepts ("},
      {R"({"patternProperties": {"[z-a]": true}})",
       "p.json: policy 'p': not a valid schema: the pattern '[z-a]' at '/patternProperties' is "
       "not a regular expression std::regex accepts ("},
      {R"({"$ref": "https://example.com/s.json"})",
       "p.json: policy 'p': not a valid schema: $ref 'https://example.com/s.json' is not "
       "supported: only references within the policy, like '#/definitions/name', are"},
      {R"({"$ref": "#/definitions/nope"})",
       "p.json: policy 'p': not a valid schema: $ref '#/definitions/nope' points at nothing in "
       "the policy"},
      {R"({"$ref": "#"})",
       "p.json: policy 'p': not a valid schema: a $ref leads back to its own "
       "schema without entering a member or an item, so validating would "
       "never end"},
      {R"({"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"allOf": [{"$ref":
          "#/definitions/a"}]}}, "$ref": "#/definitions/a"})",
       "p.json: policy 'p': not a valid schema: a $ref leads back"},
      {R"({"properties": {"a": {"$id": "x"}}})",
       "p.json: policy 'p': not a valid schema: '$id' at '/properties/a' is not supported"},
  };
  for (const bad_case& c : cases) {
    policy p = from_text(c.schema);
    p.file = "p.json";
    const std::string error = error_of(p);
    EXPECT_TRUE(error.starts_with(c.error)) << c.schema << "\n" << error;
  }
  // A reference that enters a member first is recursion the document's depth ends.
  EXPECT_EQ(error_of(from_text(R"({"properties": {"next": {"$ref": "#"}}})")), "(created)");
}

TEST(policy, schemas_are_read_under_the_input_limits) {
  policy deep = from_text(std::string(40, '[') + std::string(40, ']'));
  EXPECT_TRUE(error_of(deep).starts_with("policy 'p': exceeds the limits of payloads: "))
      << error_of(deep);
  policy large = from_text("{\"description\": \"" + std::string(5 * 1024 * 1024, 'x') + "\"}");
  EXPECT_TRUE(
      error_of(large).starts_with("policy 'p': exceeds the limits of payloads: the input is"))
      << error_of(large);
  policy parsed;
  parsed.schema = boost::json::parse(R"({"required": ["tags"]})");
  parsed.name = "parsed";
  EXPECT_EQ(pointers(with_policies({parsed}).check_text(p1()), "LS9001"),
            std::vector<std::string>{""});
}

}  // namespace
}  // namespace sailcheck::test
