// Policies through the real binary: --policy FILE, the configuration's `policies`, bad policy
// files (exit 2, naming the file), --print-config and --explain.

#include "cli_support.hpp"

#include <sys/stat.h>

namespace sailcheck::test {
namespace {

const std::string k_policies = std::string(SAILCHECK_SOURCE_DIR) + "/examples/policies/";

struct binary_case {
  std::string name;
  std::string policy;   // file in examples/policies/
  std::string payload;  // written to payload.json
  int exit_code;
  std::string finding;  // the concise line's "pointer: message" part, or empty
};

class policy_binary : public ::testing::TestWithParam<binary_case> {};

std::vector<std::string> ls9001_lines(const std::string& out) {
  std::vector<std::string> found;
  for (const std::string& line : lines(out))
    if (line.find("[LS9001 policy]") != std::string::npos) found.push_back(line);
  return found;
}

TEST_P(policy_binary, with_the_flag) {
  const binary_case& c = GetParam();
  scratch s;
  const std::string payload = s.write("payload.json", c.payload);
  const result r = run(s, {"--no-config", "--format", "concise", "--select", "LS9001", "--policy",
                           k_policies + c.policy, payload});
  EXPECT_EQ(r.exit_code, c.exit_code) << r.out << r.err;
  const std::vector<std::string> found = ls9001_lines(r.out);
  if (c.finding.empty()) {
    EXPECT_EQ(found, std::vector<std::string>{}) << r.out;
  } else {
    ASSERT_EQ(found.size(), 1u) << r.out;
    EXPECT_NE(found[0].find(c.finding), std::string::npos) << found[0];
  }
}

TEST_P(policy_binary, with_the_configuration_key) {
  const binary_case& c = GetParam();
  scratch s;
  // The schema path is relative to the configuration file's directory.
  s.write("policies/" + c.policy, read_file(k_policies + c.policy));
  s.write("site/.sailcheck.json",
          R"({"select": ["LS9001"], "policies": [{"schema": "../policies/)" + c.policy +
              R"(", "message": "see the wiki"}]})");
  const std::string payload = s.write("site/payload.json", c.payload);
  const result r = run(s, {"--format", "concise", payload});
  EXPECT_EQ(r.exit_code, c.exit_code) << r.out << r.err;
  const std::vector<std::string> found = ls9001_lines(r.out);
  if (c.finding.empty()) {
    EXPECT_EQ(found, std::vector<std::string>{}) << r.out;
  } else {
    ASSERT_EQ(found.size(), 1u) << r.out;
    EXPECT_NE(found[0].find(": see the wiki ("), std::string::npos) << found[0];
  }
}

INSTANTIATE_TEST_SUITE_P(
    examples, policy_binary,
    ::testing::Values(
        binary_case{"cost_center_passes", "cost-center-tag.schema.json",
                    patch(p1(), "/tags", R"([{"key":"cost-center","value":"cc-1"}])"), 0, ""},
        binary_case{"cost_center_fails", "cost-center-tag.schema.json",
                    patch(p1(), "/tags", R"([{"key":"team","value":"web"}])"), 1,
                    "error: /tags: policy 'cost-center-tag': no item matches"},
        binary_case{"https_only_passes", "https-only.schema.json",
                    patch(p1(), "/origin/protocolPolicy", R"("https-only")"), 0, ""},
        binary_case{"https_only_fails", "https-only.schema.json", std::string(p1()), 1,
                    "error: /origin/protocolPolicy: policy 'https-only': failed to match expected "
                    "value set by 'const' constraint"},
        binary_case{"small_bundle_passes", "small-bundle.schema.json", std::string(p1()), 0, ""},
        binary_case{"small_bundle_fails", "small-bundle.schema.json",
                    patch(p1(), "/bundleId", R"("large_1_0")"), 1,
                    "error: /bundleId: policy 'small-bundle': failed to match against any enum "
                    "values"},
        binary_case{"headers_pass", "no-forward-all-headers.schema.json", std::string(p4()), 0, ""},
        binary_case{"headers_fail", "no-forward-all-headers.schema.json",
                    patch(p4(), "/cacheBehaviorSettings/forwardedHeaders/option", R"("all")"), 1,
                    "error: /cacheBehaviorSettings/forwardedHeaders/option: policy "
                    "'no-forward-all-headers': target should not validate"}),
    [](const auto& tc) { return tc.param.name; });

TEST(policy_cli, the_finding_has_line_and_column_and_the_policy_severity) {
  scratch s;
  const std::string payload =
      s.write("payload.json", "{\"distributionName\": \"my-site-cdn\",\n\"bundleId\": \"big\"}");
  s.write(".sailcheck.json", R"({"select": ["LS9001"], "policies": [{"schema": ")" + k_policies +
                                 R"(small-bundle.schema.json", "severity": "warning",
                                 "name": "budget"}]})");
  const result r = run(s, {"--format", "concise", payload});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;  // a warning does not fail the run
  EXPECT_EQ(ls9001_lines(r.out),
            std::vector<std::string>{payload +
                                     ":2:13: warning: /bundleId: policy 'budget': failed to match "
                                     "against any enum values [LS9001 policy]"});
}

TEST(policy_cli, bad_policy_files_are_exit_2_naming_the_file) {
  scratch s;
  const std::string payload = s.write("payload.json", std::string(p1()));
  const std::string not_json = s.write("not-json.json", "{\"required\": [");
  const std::string bad_pattern =
      s.write("pattern.json", R"({"properties": {"a": {"pattern": "(("}}})");
  const std::string empty = s.write("empty.json", "");
  const std::string fifo = s.path("fifo.json");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // 50 MB without writing them: a sparse file is read no further than the payload limit.
  const std::string huge = s.path("huge.json");
  { std::ofstream out(huge); }
  fs::resize_file(huge, 50 * 1000 * 1000);
  struct bad_case {
    std::string file;
    std::string message;
  };
  const bad_case cases[] = {
      {not_json, not_json + ": policy 'not-json': not valid JSON: "},
      {bad_pattern, bad_pattern + ": policy 'pattern': not a valid schema: the pattern '((' "},
      {empty, empty + ": the policy file is empty; expected a JSON Schema"},
      {fifo, fifo + ": cannot read the policy: it is a FIFO (named pipe), not a regular file"},
      {huge, huge + ": cannot read the policy: the file is 50000000 bytes, more than the limit"},
      {s.path("missing.json"),
       s.path("missing.json") + ": cannot read the policy: no such file or directory"},
  };
  for (const bad_case& c : cases) {
    const result r = run(s, {"--no-config", "--policy", c.file, payload});
    EXPECT_EQ(r.exit_code, 2) << c.file << "\n" << r.err;
    EXPECT_NE(r.err.find("sailcheck: " + c.message), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "") << c.file;
  }
}

TEST(policy_cli, configuration_entries_are_validated_with_did_you_mean) {
  scratch s;
  const std::string payload = s.write("payload.json", std::string(p1()));
  struct config_case {
    std::string config;
    std::string message;
  };
  const config_case cases[] = {
      {R"({"polices": []})", "unknown key 'polices'; did you mean 'policies'?"},
      {R"({"policies": {}})", "/policies: expected an array of policies, got an object"},
      {R"({"policies": [{"schema": "a.json", "sevrity": "error"}]})",
       "/policies/0: unknown key 'sevrity'; did you mean 'severity'?"},
      {R"({"policies": [{"name": "x"}]})", "/policies/0: missing required key 'schema'"},
      {R"({"policies": [{"schema": "a.json", "severity": "eror"}]})",
       "/policies/0/severity: expected one of 'error', 'warning', 'info', 'off', got 'eror'; did "
       "you mean 'error'?"},
      {R"({"policies": [{"schema": "a.json", "name": " "}]})",
       "/policies/0/name: expected a name (a string that is not blank), got ' '"},
  };
  for (const config_case& c : cases) {
    s.write(".sailcheck.json", c.config);
    const result r = run(s, {payload});
    EXPECT_EQ(r.exit_code, 2) << c.config << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.config << "\n" << r.err;
  }
}

TEST(policy_cli, print_config_lists_the_policies) {
  scratch s;
  s.write("p/https.json", read_file(k_policies + "https-only.schema.json"));
  s.write(".sailcheck.json",
          R"({"policies": [{"schema": "p/https.json", "severity": "info", "message": "m"}]})");
  const std::string payload = s.write("payload.json", std::string(p1()));
  const result r =
      run(s, {"--print-config", payload, "--policy", k_policies + "small-bundle.schema.json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      R"("policies":[{"schema":")" + (s.dir() / "p/https.json").lexically_normal().string() +
      R"(","name":"https-only","severity":"info","message":"m"},{"schema":")" + k_policies +
      R"(small-bundle.schema.json","name":"small-bundle","severity":"error","message":""}])";
  EXPECT_NE(r.out.find(expected), std::string::npos) << r.out;
}

TEST(policy_cli, explain_shows_the_example_finding) {
  scratch s;
  const result r = run(s, {"--explain", "LS9001"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("LS9001 policy (policy, default severity error)"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  -> /tags: policy 'cost-center-tag': no item matches the schema of the "
                       "'contains' constraint"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace sailcheck::test
