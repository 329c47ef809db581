// The real `sailcheck` binary with .sailcheck.json files and with --fix / --diff.

#include "cli_support.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <sys/stat.h>

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

using sailcheck::test::p1;
using sailcheck::test::patch;
using sailcheck::test::quote;
using sailcheck::test::read_file;
using sailcheck::test::result;
using sailcheck::test::run;
using sailcheck::test::run_shell;
using sailcheck::test::scratch;

std::string bad() { return patch(p1(), "/origin/protocolPolicy", R"("https-onlyy")"); }
std::string warning_only() { return patch(p1(), "/ipAddressType", R"("ipv6")"); }

// "CODE pointer" per finding of a json-format run, with the file name relative to `dir`.
std::vector<std::string> findings(const std::string& out, const fs::path& dir) {
  std::vector<std::string> v;
  boost::system::error_code ec;
  const json::value doc = json::parse(out, ec);
  EXPECT_FALSE(ec) << out;
  if (ec) return v;
  for (const json::value& d : doc.at("diagnostics").as_array())
    v.push_back(
        fs::path(std::string(d.at("file").as_string())).lexically_relative(dir).generic_string() +
        " " + std::string(d.at("code").as_string()) + " " +
        std::string(d.at("pointer").as_string()));
  return v;
}

// ---------------------------------------------------------------------------------------------
// Configuration

TEST(cli_config, found_upward_from_each_file) {
  scratch s;
  fs::create_directories(s.dir() / "strict/deep");
  fs::create_directories(s.dir() / "lax");
  s.write("strict/.sailcheck.json", R"({"fail-level": "warning"})");
  s.write("lax/.sailcheck.json", R"({"ignore": ["LS4010"]})");
  const std::string strict = s.write("strict/deep/w.json", warning_only());
  const std::string lax = s.write("lax/w.json", warning_only());
  EXPECT_EQ(run(s, {strict}).exit_code, 1);
  result r = run(s, {lax});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(run(s, {"--no-config", strict}).exit_code, 0);
}

TEST(cli_config, comments_and_trailing_commas_are_allowed) {
  scratch s;
  s.write(".sailcheck.json",
          "{\n  // warnings fail here\n  \"fail-level\": \"warning\", /* yes */\n}\n");
  EXPECT_EQ(run(s, {s.write("w.json", warning_only())}).exit_code, 1);
}

TEST(cli_config, flags_override_the_file) {
  scratch s;
  s.write(".sailcheck.json",
          R"({"select": ["LS4"], "fail-level": "warning", "severity": {"LS4010": "error"}})");
  const std::string w = s.write("w.json", warning_only());
  const std::string e = s.write("e.json", bad());
  // The file's select hides the LS2001 error; --select replaces it.
  EXPECT_EQ(run(s, {"--format=json", e}).out.find("LS2001"), std::string::npos);
  EXPECT_NE(run(s, {"--format=json", "--select", "LS2", e}).out.find("LS2001"), std::string::npos);
  // The file makes LS4010 an error; --severity after it wins.
  EXPECT_EQ(run(s, {w}).exit_code, 1);
  EXPECT_EQ(run(s, {"--severity", "LS4010=info", "--fail-level", "error", w}).exit_code, 0);
}

TEST(cli_config, bad_configuration_is_exit_2_naming_file_and_key) {
  scratch s;
  const std::string file = s.write("p.json", p1());
  s.write(".sailcheck.json", "{\n  \"selct\": [\"LS2001\"]\n}\n");
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find(".sailcheck.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'select'?"), std::string::npos) << r.err;
  s.write(".sailcheck.json", R"({"severity": {"enum-valeu": "warning"}})");
  r = run(s, {file});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("did you mean 'enum-value'"), std::string::npos) << r.err;
  s.write(".sailcheck.json", "{not json");
  EXPECT_EQ(run(s, {file}).exit_code, 2);
  const std::string other = s.write("other.json", R"({"fail-level": 3})");
  r = run(s, {"--config", other, file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("other.json"), std::string::npos) << r.err;
  EXPECT_EQ(run(s, {"--config", s.path("missing.json"), file}).exit_code, 2);
}

TEST(cli_config, exclude_skips_files_and_folders) {
  scratch s;
  fs::create_directories(s.dir() / "payloads/drafts");
  s.write(".sailcheck.json", R"({"exclude": ["payloads/drafts", "*.draft.json"]})");
  s.write("payloads/drafts/a.json", bad());
  s.write("payloads/b.draft.json", bad());
  s.write("payloads/c.json", bad());
  result r = run(s, {"--format=json", s.path("payloads")});
  EXPECT_EQ(findings(r.out, s.dir()),
            (std::vector<std::string>{"payloads/c.json LS2001 /origin/protocolPolicy"}));
  // Named explicitly (as pre-commit does), an excluded file is still skipped.
  result named = run(s, {s.path("payloads/b.draft.json")});
  EXPECT_EQ(named.exit_code, 0) << named.out;
  EXPECT_EQ(named.out, "");
}

TEST(cli_config, suppressions_by_file_rule_and_pointer) {
  scratch s;
  s.write(".sailcheck.json", R"({"suppress": [
    {"files": "legacy/*.json", "rule": "enum-value", "pointer": "/origin",
     "reason": "the legacy origin is migrated in Q3"}
  ]})");
  fs::create_directories(s.dir() / "legacy");
  const std::string legacy = s.write("legacy/a.json", bad());
  const std::string fresh = s.write("b.json", bad());
  result r = run(s, {"--format=json", legacy, fresh});
  EXPECT_EQ(findings(r.out, s.dir()),
            (std::vector<std::string>{"b.json LS2001 /origin/protocolPolicy"}));
  // An entry for a folder covers the files in it, as `exclude` does.
  s.write(".sailcheck.json", R"({"suppress": [
    {"files": "legacy/", "rule": "LS2001", "reason": "migrated in Q3"}]})");
  r = run(s, {"--format=json", legacy, fresh});
  EXPECT_EQ(findings(r.out, s.dir()),
            (std::vector<std::string>{"b.json LS2001 /origin/protocolPolicy"}));
}

TEST(cli_config, unused_and_expired_suppressions_are_ls0005) {
  scratch s;
  s.write(".sailcheck.json", R"({"suppress": [
    {"rule": "LS4004", "reason": "nothing matches this"},
    {"rule": "LS2001", "reason": "too old", "until": "2020-01-31"},
    {"files": "elsewhere/*.json", "rule": "LS2001", "reason": "not linted in this run"}
  ]})");
  const std::string file = s.write("a.json", bad());
  result r = run(s, {"--format=json", file});
  EXPECT_EQ(r.exit_code, 1) << "the expired entry suppresses nothing";
  EXPECT_EQ(findings(r.out, s.dir()),
            (std::vector<std::string>{"a.json LS2001 /origin/protocolPolicy",
                                      ".sailcheck.json LS0005 /suppress/0",
                                      ".sailcheck.json LS0005 /suppress/1"}));
  EXPECT_NE(r.out.find("expired on 2020-01-31"), std::string::npos) << r.out;
  result concise = run(s, {file});
  EXPECT_NE(concise.out.find(".sailcheck.json:2:5: warning: /suppress/0: suppression of 'LS4004' "
                             "matched no finding; remove it [LS0005 stale-suppression]"),
            std::string::npos)
      << concise.out;
  EXPECT_EQ(run(s, {"--ignore", "LS0005", "--format=json", file}).out.find("LS0005"),
            std::string::npos);
}

TEST(cli_config, print_config_shows_the_effective_configuration) {
  scratch s;
  s.write(".sailcheck.json", R"({"ignore": ["LS4"], "fail-level": "warning"})");
  result r = run(s, {"--severity", "LS2030=error", "--print-config", s.path("x.json")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  boost::system::error_code ec;
  const json::value v = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  EXPECT_EQ(v.at("fail-level").as_string(), "warning");
  EXPECT_EQ(v.at("rules").at("LS4001").as_string(), "off");
  EXPECT_EQ(v.at("rules").at("LS2030").as_string(), "error");
  EXPECT_EQ(v.at("rules").at("LS2001").as_string(), "error");
  EXPECT_NE(std::string(v.at("config").as_string()).find(".sailcheck.json"), std::string::npos);
}

TEST(cli_config, stdin_filename_selects_the_configuration) {
  scratch s;
  fs::create_directories(s.dir() / "strict");
  s.write("strict/.sailcheck.json", R"({"fail-level": "warning"})");
  const std::string w = s.write("w.json", warning_only());
  EXPECT_EQ(run_shell(s, "- < " + quote(w)).exit_code, 0);
  EXPECT_EQ(run_shell(s, "--stdin-filename " + quote(s.path("strict/w.json")) + " - < " + quote(w))
                .exit_code,
            1);
}

// ---------------------------------------------------------------------------------------------
// --fix and --diff

struct layout {
  std::string name;
  std::string before;
  std::string after;
};

TEST(cli_fix, fixes_in_place_in_every_layout_then_reports_what_remains) {
  const std::vector<layout> layouts = {
      {"minified",
       R"({"distributionName":"my-site","origin":{"name":"web-1","regionName":"us-east-1","protocolPolicy":"https-only"},"defaultCacheBehavior":{"behavior":"cache"},"cacheBehaviorSettings":{"allowedHTTPMethods":"get,head"},"BundleId":"small_1_0"})",
       R"({"distributionName":"my-site","origin":{"name":"web-1","regionName":"us-east-1","protocolPolicy":"https-only"},"defaultCacheBehavior":{"behavior":"cache"},"cacheBehaviorSettings":{"allowedHTTPMethods":"GET,HEAD"},"bundleId":"small_1_0"})"},
      {"crlf",
       "{\r\n  \"distributionName\": \"my-site\",\r\n  \"origin\": {\"name\": \"web-1\", "
       "\"regionName\": "
       "\"us-east-1\", \"protocolPolicy\": \"https-only\"},\r\n  \"defaultCacheBehavior\": "
       "{\"behavior\": \"cache\"},\r\n  \"cacheBehaviorSettings\": {\"defaultTTL\": 86400.0},\r\n"
       "  \"bundleId\": \"small_1_0\"\r\n}\r\n",
       "{\r\n  \"distributionName\": \"my-site\",\r\n  \"origin\": {\"name\": \"web-1\", "
       "\"regionName\": "
       "\"us-east-1\", \"protocolPolicy\": \"https-only\"},\r\n  \"defaultCacheBehavior\": "
       "{\"behavior\": \"cache\"},\r\n  \"cacheBehaviorSettings\": {\"defaultTTL\": 86400},\r\n"
       "  \"bundleId\": \"small_1_0\"\r\n}\r\n"},
      {"tabs",
       "{\n\t\"distributionName\": \"my-site\",\n\t\"origin\": {\n\t\t\"name\": \"web-1\",\n\t\t"
       "\"regionName\": \"us-east-1\",\n\t\t\"protocolPolicy\": \"https-only\"\n\t},\n\t"
       "\"defaultCacheBehavior\": {\"behavior\": \"cache\"},\n\t\"cacheBehaviorSettings\": {\n\t\t"
       "\"forwardedHeaders\": {\"option\": \"allow-list\", \"headersAllowList\": "
       "[\"host\"]}\n\t},\n\t"
       "\"bundleId\": \"small_1_0\"\n}",
       "{\n\t\"distributionName\": \"my-site\",\n\t\"origin\": {\n\t\t\"name\": \"web-1\",\n\t\t"
       "\"regionName\": \"us-east-1\",\n\t\t\"protocolPolicy\": \"https-only\"\n\t},\n\t"
       "\"defaultCacheBehavior\": {\"behavior\": \"cache\"},\n\t\"cacheBehaviorSettings\": {\n\t\t"
       "\"forwardedHeaders\": {\"option\": \"allow-list\", \"headersAllowList\": "
       "[\"Host\"]}\n\t},\n\t"
       "\"bundleId\": \"small_1_0\"\n}"},
  };
  for (const layout& l : layouts) {
    scratch s;
    const std::string file = s.write("site.json", l.before);
    ::chmod(file.c_str(), 0640);
    result r = run(s, {"--fix", file});
    EXPECT_EQ(read_file(file), l.after) << l.name;
    EXPECT_EQ(r.exit_code, 0) << l.name << ": nothing left that fails\n" << r.out << r.err;
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640U) << l.name << ": the file keeps its mode";
    EXPECT_EQ(fs::directory_iterator(s.dir()) != fs::directory_iterator(), true);
    for (const auto& e : fs::directory_iterator(s.dir()))
      EXPECT_EQ(e.path().extension() == ".tmp", false) << e.path();
    result again = run(s, {"--fix", file});
    EXPECT_EQ(read_file(file), l.after) << l.name << ": a second --fix changes nothing";
  }
}

TEST(cli_fix, remaining_findings_are_reported_after_fixing) {
  scratch s;
  // LS2003 has a fix; LS2001 'https-onlyy' has none (a did-you-mean only).
  const std::string file = s.write(
      "site.json", patch(bad(), "/cacheBehaviorSettings/allowedHTTPMethods", R"("get,head")"));
  result r = run(s, {"--fix", "--format=json", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(findings(r.out, s.dir()),
            (std::vector<std::string>{"site.json LS2001 /origin/protocolPolicy"}));
  EXPECT_NE(read_file(file).find("\"GET,HEAD\""), std::string::npos);
}

TEST(cli_fix, diff_prints_and_writes_nothing) {
  scratch s;
  const std::string before =
      "{\n  \"distributionName\": \"my-site\",\n  \"origin\": {\"name\": \"web-1\", "
      "\"regionName\": "
      "\"us-east-1\", \"protocolPolicy\": \"https-only\"},\n  \"defaultCacheBehavior\": "
      "{\"behavior\": \"cache\"},\n  \"cacheBehaviorSettings\": {\"allowedHTTPMethods\": "
      "\"HEAD,GET\"},\n  \"bundleId\": \"small_1_0\"\n}\n";
  const std::string file = s.write("site.json", before);
  result r = run(s, {"--diff", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(read_file(file), before);
  EXPECT_NE(r.out.find("-  \"cacheBehaviorSettings\": {\"allowedHTTPMethods\": \"HEAD,GET\"},\n"
                       "+  \"cacheBehaviorSettings\": {\"allowedHTTPMethods\": \"GET,HEAD\"},\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("@@ -2,6 +2,6 @@"), std::string::npos) << r.out;
  result clean = run(s, {"--diff", s.write("clean.json", p1())});
  EXPECT_EQ(clean.exit_code, 0);
  EXPECT_EQ(clean.out, "");
  EXPECT_EQ(run(s, {"--fix", "--diff", file}).exit_code, 2);
  EXPECT_EQ(run_shell(s, "--fix - < " + quote(file)).exit_code, 2);
}

}  // namespace
