// LS1005 not-a-request, and LS0001's YAML message: files that are not a CreateDistribution
// request get one finding that says what they are, instead of a cascade.

#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> all_findings(const report& r) {
  std::vector<std::string> out;
  for (const diagnostic& d : r.diagnostics) out.push_back(std::string(d.code) + " " + d.pointer);
  return out;
}

struct document_case {
  std::string name;
  std::string text;
  std::vector<std::string> expected;  // every finding, "CODE pointer", in report order
};

void PrintTo(const document_case& c, std::ostream* os) { *os << c.name; }

const std::vector<std::string> k_recognised = {"LS1005 "};
// What an object with none of the request's members gets when it is not recognised.
std::vector<std::string> cascade(std::vector<std::string> unknown) {
  std::vector<std::string> out = {"LS1001 ", "LS1001 ", "LS1001 ", "LS1001 "};
  for (std::string& u : unknown) out.push_back("LS1002 " + u);
  return out;
}

const std::string k_cfn_lightsail = R"({
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "CDN for the site",
  "Resources": {
    "Cdn": {
      "Type": "AWS::Lightsail::Distribution",
      "Properties": {"DistributionName": "my-site-cdn", "BundleId": "small_1_0",
                     "Origin": {"Name": "WordPress-1", "RegionName": "us-east-1"},
                     "DefaultCacheBehavior": {"Behavior": "cache"}}
    }
  }
})";

const std::string k_tf_lightsail = R"({
  "resource": {
    "aws_lightsail_distribution": {
      "cdn": {"name": "my-site-cdn", "bundle_id": "small_1_0",
              "origin": {"name": "WordPress-1", "region_name": "us-east-1"},
              "default_cache_behavior": {"behavior": "cache"}}
    }
  }
})";

const std::string k_create_response = R"({
  "distribution": {"name": "my-site-cdn", "arn": "arn:aws:lightsail:us-east-1:111122223333:Distribution/x",
                   "status": "InProgress", "bundleId": "small_1_0",
                   "origin": {"name": "WordPress-1", "regionName": "us-east-1"},
                   "defaultCacheBehavior": {"behavior": "cache"}},
  "operation": {"id": "0c4f3e8b", "resourceName": "my-site-cdn",
                "operationType": "CreateDistribution", "status": "Started"}
})";

// What `aws lightsail create-distribution --generate-cli-skeleton output` prints, cut short.
const std::string k_output_skeleton = R"({
    "distribution": {"name": "", "arn": "", "supportCode": "", "createdAt": "1970-01-01T00:00:00",
                     "location": {"availabilityZone": "", "regionName": "us-east-1"},
                     "isEnabled": true, "bundleId": "", "ableToUpdateBundle": true, "tags": []},
    "operation": {"id": "", "resourceName": "", "isTerminal": true, "operationType": ""}
})";

const std::string k_get_distributions = R"({
  "distributions": [{"name": "my-site-cdn", "bundleId": "small_1_0",
                     "origin": {"name": "WordPress-1", "regionName": "us-east-1"}}],
  "nextPageToken": "eyJ2IjoxfQ"
})";

class not_a_request_test : public ::testing::TestWithParam<document_case> {};

TEST_P(not_a_request_test, gives_exactly_the_expected_findings) {
  const document_case& c = GetParam();
  report r = check(c.text);
  EXPECT_EQ(all_findings(r), c.expected) << dump(r);
}

// The same verdict on an already-parsed value (no positions).
TEST_P(not_a_request_test, check_of_a_value_agrees) {
  const document_case& c = GetParam();
  report r = linter{}.check(boost::json::parse(c.text));
  // Without the text there are no duplicate keys (the DOM kept the last), so nothing beside it.
  const bool recognised = !c.expected.empty() && c.expected.front() == "LS1005 ";
  EXPECT_EQ(pointers(r, "LS1005"),
            recognised ? std::vector<std::string>{""} : std::vector<std::string>{})
      << dump(r);
  if (recognised) {
    EXPECT_EQ(r.diagnostics.size(), 1u) << dump(r);
  }
}

INSTANTIATE_TEST_SUITE_P(
    cases, not_a_request_test,
    ::testing::Values(
        // --- recognised ---
        document_case{"cloudformation_lightsail", k_cfn_lightsail, k_recognised},
        document_case{"cloudformation_version_only",
                      R"({"AWSTemplateFormatVersion": "2010-09-09", "Description": "x"})",
                      k_recognised},
        document_case{"cloudformation_sam_resources_only",
                      R"({"Transform": "AWS::Serverless-2016-10-31",
                "Resources": {"Fn": {"Type": "AWS::Serverless::Function"}, "Role": {"Properties": {}}}})",
                      k_recognised},
        document_case{"terraform_lightsail", k_tf_lightsail, k_recognised},
        document_case{"terraform_settings_and_provider",
                      R"({"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"}}},
                "provider": {"aws": {"region": "us-east-1"}}})",
                      k_recognised},
        document_case{"terraform_repeated_provider_blocks",
                      R"({"//": "generated", "provider": {"aws": [{"region": "us-east-1"},
                          {"alias": "west", "region": "us-west-2"}]}})",
                      k_recognised},
        document_case{"terraform_variable_and_output",
                      R"({"variable": {"bundle": {"default": "small_1_0"}},
                          "output": {"domain": {"value": "x"}}})",
                      k_recognised},
        document_case{"terraform_module", R"({"module": {"cdn": {"source": "./modules/cdn"}}})",
                      k_recognised},
        document_case{"create_distribution_response", k_create_response, k_recognised},
        document_case{"generate_cli_skeleton_output", k_output_skeleton, k_recognised},
        document_case{"get_distributions_response", k_get_distributions, k_recognised},
        document_case{"get_distributions_empty", R"({"distributions": []})", k_recognised},
        // Duplicate keys found by the parse are still reported beside it.
        document_case{"duplicate_key_is_still_reported",
                      R"({"AWSTemplateFormatVersion": "2010-09-09",
                          "AWSTemplateFormatVersion": "2010-09-09"})",
                      {"LS1005 ", "LS0002 /AWSTemplateFormatVersion"}},

        // --- real requests with odd keys: never misclassified (LS1002 as before) ---
        document_case{"request_with_template_version",
                      patch(p1(), "/AWSTemplateFormatVersion", R"("2010-09-09")"),
                      {"LS1002 /AWSTemplateFormatVersion"}},
        document_case{
            "request_with_resources",
            patch(p1(), "/Resources", R"({"Cdn": {"Type": "AWS::Lightsail::Distribution"}})"),
            {"LS1002 /Resources"}},
        document_case{"request_with_terraform_block",
                      patch(p1(), "/provider", R"({"aws": {"region": "us-east-1"}})"),
                      {"LS1002 /provider"}},
        document_case{
            "request_with_operation",
            patch(p1(), {{"/distribution", R"({"name": "x"})"}, {"/operation", R"({"id": "x"})"}}),
            {"LS1002 /distribution", "LS1002 /operation"}},
        document_case{"request_with_distributions",
                      patch(p1(), "/distributions", "[]"),
                      {"LS1002 /distributions"}},
        document_case{"only_bundle_id_and_a_template_key",
                      R"({"AWSTemplateFormatVersion": "2010-09-09", "bundleId": "small_1_0"})",
                      {"LS1001 ", "LS1001 ", "LS1001 ", "LS1002 /AWSTemplateFormatVersion"}},
        // A request in CloudFormation's spelling is a request: LS1002 renames its members.
        document_case{"pascal_case_request_with_template_version",
                      R"({"AWSTemplateFormatVersion": "2010-09-09", "DistributionName": "x"})",
                      {"LS1001 ", "LS1001 ", "LS1001 ", "LS1002 /AWSTemplateFormatVersion",
                       "LS1002 /DistributionName"}},

        // --- not enough evidence: checked as a request, as before ---
        document_case{"resources_without_types", R"({"Resources": {"a": {"b": 1}}})",
                      cascade({"/Resources"})},
        document_case{"resources_not_all_objects",
                      R"({"Resources": {"a": {"Type": "AWS::S3::Bucket"}, "b": 1}})",
                      cascade({"/Resources"})},
        document_case{"terraform_data_only", R"({"data": {"aws_region": {"current": {}}}})",
                      cascade({"/data"})},
        document_case{"terraform_keys_beside_other_keys",
                      R"({"variable": {"bundle": {}}, "name": "x"})",
                      cascade({"/variable", "/name"})},
        document_case{"terraform_resource_without_nesting",
                      R"({"resource": {"aws_lightsail_distribution": "cdn"}})",
                      cascade({"/resource"})},
        document_case{"distribution_without_operation", R"({"distribution": {"name": "x"}})",
                      cascade({"/distribution"})},
        document_case{"distributions_not_objects", R"({"distributions": ["x"]})",
                      cascade({"/distributions"})},
        document_case{"empty_object", "{}", cascade({})},
        document_case{
            "top_level_array", R"([{"AWSTemplateFormatVersion": "2010-09-09"}])", {"LS1003 "}}),
    [](const auto& tc) { return tc.param.name; });

TEST(not_a_request, spec_payloads_are_requests) {
  for (const char* name : {"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"}) {
    report r = check(spec_payload(name));
    EXPECT_EQ(first(r, "LS1005"), nullptr) << name << "\n" << dump(r);
  }
}

TEST(not_a_request, messages) {
  struct message_case {
    std::string text;
    std::string message;
  };
  const std::string checked =
      "sailcheck checks the JSON given to 'aws lightsail create-distribution --cli-input-json'";
  const std::vector<message_case> cases = {
      {k_cfn_lightsail,
       "this is a CloudFormation template (it has 'AWSTemplateFormatVersion' and an "
       "'AWS::Lightsail::Distribution' resource), not a CreateDistribution request; " +
           checked + "; lint templates with cfn-lint"},
      {R"({"Resources": {"Cdn": {"Type": "AWS::Lightsail::Distribution"}}})",
       "this is a CloudFormation template (it has an 'AWS::Lightsail::Distribution' resource), "
       "not a CreateDistribution request; " +
           checked + "; lint templates with cfn-lint"},
      {R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}})",
       "this is a CloudFormation template (it has 'AWSTemplateFormatVersion' and 'Resources'), "
       "not a CreateDistribution request; " +
           checked + "; lint templates with cfn-lint"},
      {R"({"AWSTemplateFormatVersion": "2010-09-09"})",
       "this is a CloudFormation template (it has 'AWSTemplateFormatVersion'), not a "
       "CreateDistribution request; " +
           checked + "; lint templates with cfn-lint"},
      {R"({"Resources": {"B": {"Type": "AWS::S3::Bucket"}}})",
       "this is a CloudFormation template (it has 'Resources' whose entries have a 'Type'), not "
       "a CreateDistribution request; " +
           checked + "; lint templates with cfn-lint"},
      {k_tf_lightsail,
       "this is Terraform JSON configuration (it has an 'aws_lightsail_distribution' resource), "
       "not a CreateDistribution request; " +
           checked + "; check Terraform files with 'terraform validate'"},
      {R"({"module": {"cdn": {"source": "./cdn"}}})",
       "this is Terraform JSON configuration (it has a 'module' block), not a CreateDistribution "
       "request; " +
           checked + "; check Terraform files with 'terraform validate'"},
      {R"({"terraform": {}, "provider": {"aws": {}}, "resource": {"aws_s3_bucket": {"b": {}}}})",
       "this is Terraform JSON configuration (it has 'terraform', 'provider' and 'resource' "
       "blocks), not a CreateDistribution request; " +
           checked + "; check Terraform files with 'terraform validate'"},
      {k_create_response,
       "this is a CreateDistribution response (it has 'distribution' and 'operation'), not a "
       "request; " +
           checked +
           "; for a template of a request, run it with '--generate-cli-skeleton input', not "
           "'output'"},
      {k_get_distributions,
       "this is a GetDistributions response (it has 'distributions' and 'nextPageToken'), not a "
       "CreateDistribution request; " +
           checked + "; for a template of a request, run it with '--generate-cli-skeleton input'"},
      {R"({"distributions": []})",
       "this is a GetDistributions response (it has 'distributions'), not a CreateDistribution "
       "request; " +
           checked + "; for a template of a request, run it with '--generate-cli-skeleton input'"},
  };
  for (const message_case& c : cases) {
    report r = check(c.text);
    ASSERT_EQ(r.diagnostics.size(), 1u) << c.text << "\n" << dump(r);
    EXPECT_EQ(r.diagnostics[0].code, "LS1005");
    EXPECT_EQ(r.diagnostics[0].name, "not-a-request");
    EXPECT_EQ(r.diagnostics[0].severity, severity::error);
    EXPECT_EQ(r.diagnostics[0].message, c.message);
  }
}

TEST(not_a_request, reported_at_the_root_object) {
  report r = check("\n  " + k_cfn_lightsail);
  ASSERT_EQ(r.diagnostics.size(), 1u) << dump(r);
  EXPECT_EQ(r.diagnostics[0].pointer, "");
  EXPECT_EQ(r.diagnostics[0].begin, (source_position{2, 3, 3}));
}

TEST(not_a_request, turned_off_the_document_is_checked_as_a_request) {
  for (const char* how : {"ignore", "severity", "select"}) {
    options o;
    if (std::string_view(how) == "ignore") o.ignore = {"not-a-request"};
    if (std::string_view(how) == "severity") o.severities = {{"LS1005", severity::off}};
    if (std::string_view(how) == "select") o.select = {"LS1001", "LS1002"};
    auto lint = linter::create(o);
    ASSERT_TRUE(lint.has_value()) << lint.error().message;
    report r = lint->check_text(R"({"AWSTemplateFormatVersion": "2010-09-09"})");
    EXPECT_EQ(all_findings(r), cascade({"/AWSTemplateFormatVersion"})) << how << "\n" << dump(r);
  }
}

TEST(not_a_request, a_severity_override_keeps_the_other_rules_silent) {
  options o;
  o.severities = {{"not-a-request", severity::warning}};
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value()) << lint.error().message;
  report r = lint->check_text(k_tf_lightsail);
  ASSERT_EQ(all_findings(r), k_recognised) << dump(r);
  EXPECT_EQ(r.diagnostics[0].severity, severity::warning);
}

// ---- LS0001: YAML ------------------------------------------------------------------------------

const std::string k_yaml_message =
    "this looks like YAML, not JSON; 'aws lightsail create-distribution --cli-input-yaml' takes "
    "YAML, sailcheck checks JSON: convert it (for example with 'yq -o json') or write it as JSON";

struct text_case {
  std::string name;
  std::string text;
};

void PrintTo(const text_case& c, std::ostream* os) { *os << c.name; }

class yaml_hint_test : public ::testing::TestWithParam<text_case> {};

TEST_P(yaml_hint_test, one_json_syntax_finding_at_the_first_byte) {
  report r = check(GetParam().text);
  ASSERT_EQ(all_findings(r), std::vector<std::string>{"LS0001 "}) << dump(r);
  const diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.message, k_yaml_message);
  EXPECT_EQ(d.begin, (source_position{1, 1, 0}));
}

INSTANTIATE_TEST_SUITE_P(
    cases, yaml_hint_test,
    ::testing::Values(
        text_case{"request", "distributionName: my-site-cdn\norigin:\n  name: WordPress-1\n"},
        text_case{"document_marker", "---\ndistributionName: my-site-cdn\n"},
        text_case{"document_marker_with_comment", "--- # the CDN\nbundleId: small_1_0\n"},
        text_case{"document_marker_alone", "---"},
        text_case{"directive", "%YAML 1.2\n---\nbundleId: small_1_0\n"},
        text_case{"comments_and_blank_lines_first",
                  "# CDN request\n\n  # generated\r\ndistributionName: my-site-cdn\r\n"},
        text_case{"key_without_value", "origin:\n  name: WordPress-1\n"},
        text_case{"indented_key", "  bundleId: small_1_0\n"},
        text_case{"key_then_tab", "bundleId:\tsmall_1_0\n"},
        text_case{"flow_value", "origin: {name: WordPress-1}\n"},
        text_case{"sequence", "- distributionName: a\n- distributionName: b\n"},
        text_case{"bare_dash", "-\n  a: 1\n"},
        text_case{"cloudformation_yaml",
                  "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Cdn:\n    Type: "
                  "AWS::Lightsail::Distribution\n"},
        text_case{"key_that_is_a_json_literal", "true: 1\n"}),
    [](const auto& tc) { return tc.param.name; });

TEST(yaml_hint, underlines_the_first_line) {
  report r = check("bundleId: small_1_0\r\norigin: {}\n");
  ASSERT_EQ(r.diagnostics.size(), 1u) << dump(r);
  EXPECT_EQ(r.diagnostics[0].end.offset, 19u);
}

// Broken JSON never gets the YAML message, whatever is broken.
class no_yaml_hint_test : public ::testing::TestWithParam<text_case> {};

TEST_P(no_yaml_hint_test, json_with_a_syntax_error) {
  report r = check(GetParam().text);
  const diagnostic* d = first(r, "LS0001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_NE(d->message, k_yaml_message);
}

INSTANTIATE_TEST_SUITE_P(
    cases, no_yaml_hint_test,
    ::testing::Values(
        text_case{"trailing_comma", R"({"distributionName": "a",})"},
        text_case{"unquoted_keys", "{distributionName: a}"},
        text_case{"unquoted_keys_on_lines", "{\n  distributionName: a,\n  bundleId: b\n}"},
        text_case{"single_quotes", "{'distributionName': 'a'}"},
        text_case{"line_comment", "// the CDN\n{\"distributionName\": \"a\"}"},
        text_case{"block_comment", "/* the CDN */ {}"},
        text_case{"hash_comment_before_json", "# the CDN\n{\"distributionName\": \"a\"}"},
        text_case{"members_without_braces", "\"distributionName\": \"a\",\n\"bundleId\": \"b\""},
        text_case{"quoted_key_without_braces", "\"distributionName\": \"a\""},
        text_case{"key_without_space", "distributionName:a"}, text_case{"four_dashes", "----\n"},
        text_case{"negative_number_then_garbage", "-1 x"},
        text_case{"unclosed_object", "{\"origin\": {\"name\": \"a\"}"},
        text_case{"missing_colon", "{\"origin\" {}}"}, text_case{"nan", "{\"defaultTTL\": NaN}"},
        text_case{"two_documents", "{}\n---\n{}"}, text_case{"bare_word", "distributionName"},
        text_case{"python_literal", "{'a': True}"}, text_case{"array_of_keys", "[a: 1]"},
        text_case{"empty", ""}, text_case{"whitespace", "  \n\t"},
        text_case{"only_comments", "# nothing here\n"}),
    [](const auto& tc) { return tc.param.name; });

TEST(yaml_hint, never_on_jsontestsuite_invalid_files) {
  SAILCHECK_NEED_CORPUS(dir, "jsontestsuite/test_parsing");
  std::size_t checked = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    const std::string file = e.path().filename().string();
    if (!file.starts_with("n_")) continue;
    ++checked;
    report r = check(read_file(e.path().string()));
    for (const diagnostic& d : r.diagnostics) EXPECT_NE(d.message, k_yaml_message) << file;
  }
  EXPECT_GT(checked, 100u);
}

}  // namespace
}  // namespace sailcheck::test
