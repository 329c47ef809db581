// The real `sailcheck` binary: inputs, selection, exit codes, rules, baselines, statistics,
// several outputs, -j, and the agreement of --help with the README.

#include "cli_support.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <sys/stat.h>

#include <regex>
#include <set>

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

using sailcheck::test::lines;
using sailcheck::test::p1;
using sailcheck::test::patch;
using sailcheck::test::quote;
using sailcheck::test::read_file;
using sailcheck::test::repeated_behaviors;
using sailcheck::test::result;
using sailcheck::test::run;
using sailcheck::test::run_shell;
using sailcheck::test::scratch;

// One LS2001 error at /origin/protocolPolicy.
std::string bad() { return patch(p1(), "/origin/protocolPolicy", R"("https-onlyy")"); }
// One LS4010 warning at /ipAddressType.
std::string warning_only() { return patch(p1(), "/ipAddressType", R"("ipv6")"); }
// One LS4011 info at /origin.
std::string info_only() { return patch(p1(), "/origin/protocolPolicy", ""); }

json::value parse_json(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  EXPECT_FALSE(ec) << text;
  return v;
}

// "CODE pointer" for each finding of a json-format run.
std::vector<std::string> findings(const std::string& json_out) {
  std::vector<std::string> out;
  const json::value v = parse_json(json_out);
  if (!v.is_object()) return out;
  for (const json::value& d : v.at("diagnostics").as_array())
    out.push_back(std::string(d.at("code").as_string()) + " " +
                  std::string(d.at("pointer").as_string()));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inputs

TEST(cli_inputs, stdin_named_twice_is_read_once) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  result r = run_shell(s, "--format json - - < " + quote(file));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json::value v = parse_json(r.out);
  EXPECT_EQ(v.at("summary").at("files").as_int64(), 1);
  EXPECT_EQ(v.at("diagnostics").as_array().size(), 1U);
}

TEST(cli_inputs, stdin_filename_names_standard_input) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  result r = run_shell(s, "--stdin-filename payloads/site.json - < " + quote(file));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("payloads/site.json:1:", 0), 0U) << r.out;
}

TEST(cli_inputs, closed_stdin_is_exit_2) {
  scratch s;
  result r = run_shell(s, "- <&-");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("cannot read standard input"), std::string::npos) << r.err;
}

TEST(cli_inputs, directory_is_searched_for_json_files_in_order) {
  scratch s;
  fs::create_directories(s.dir() / "payloads/sub");
  fs::create_directories(s.dir() / "payloads/.hidden");
  s.write("payloads/b.json", bad());
  s.write("payloads/a.json", warning_only());
  s.write("payloads/sub/c.json", bad());
  s.write("payloads/notes.txt", "not json");
  s.write("payloads/.hidden/d.json", bad());
  s.write("payloads/.e.json", bad());
  result r = run(s, {"--format", "json", "--no-config", s.path("payloads")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json::value v = parse_json(r.out);
  std::vector<std::string> files;
  for (const json::value& d : v.at("diagnostics").as_array())
    files.push_back(fs::path(std::string(d.at("file").as_string()))
                        .lexically_relative(s.dir())
                        .generic_string());
  EXPECT_EQ(files, (std::vector<std::string>{"payloads/a.json", "payloads/b.json",
                                             "payloads/sub/c.json"}));
  EXPECT_EQ(v.at("summary").at("files").as_int64(), 3);
}

TEST(cli_inputs, empty_directory_is_exit_2) {
  scratch s;
  fs::create_directories(s.dir() / "empty");
  result r = run(s, {s.path("empty")});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("no *.json files"), std::string::npos) << r.err;
}

TEST(cli_inputs, missing_file_is_a_tool_error_in_json) {
  scratch s;
  const std::string good = s.write("good.json", p1());
  result r = run(s, {"--format", "json", good, s.path("missing.json")});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const json::value v = parse_json(r.out);
  ASSERT_TRUE(v.as_object().contains("toolErrors")) << r.out;
  const json::array& errors = v.at("toolErrors").as_array();
  ASSERT_EQ(errors.size(), 1U) << r.out;
  EXPECT_EQ(errors[0].at("file").as_string(), s.path("missing.json"));
  EXPECT_NE(std::string(errors[0].at("message").as_string()).find("No such file"),
            std::string::npos);
  EXPECT_EQ(v.at("summary").at("files").as_int64(), 2);
  EXPECT_NE(r.err.find("missing.json"), std::string::npos) << r.err;
}

TEST(cli_inputs, fifo_is_refused_without_blocking) {
  scratch s;
  const std::string fifo = s.path("pipe.json");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  result r = run(s, {fifo});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("FIFO"), std::string::npos) << r.err;
}

TEST(cli_inputs, file_named_twice_is_checked_once) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  result r = run(s, {"--format", "json", file, file});
  const json::value v = parse_json(r.out);
  EXPECT_EQ(v.at("diagnostics").as_array().size(), 1U) << r.out;
}

// ---------------------------------------------------------------------------------------------
// Choosing what is reported, and exit codes

TEST(cli_select, select_and_ignore_by_code_prefix_and_name) {
  scratch s;
  // LS2001 (error) and LS4010 (warning).
  const std::string file = s.write("two.json", patch(bad(), "/ipAddressType", R"("ipv6")"));
  EXPECT_EQ(findings(run(s, {"--format=json", file}).out),
            (std::vector<std::string>{"LS2001 /origin/protocolPolicy", "LS4010 /ipAddressType"}));
  EXPECT_EQ(findings(run(s, {"--format=json", "--select", "LS4", file}).out),
            (std::vector<std::string>{"LS4010 /ipAddressType"}));
  EXPECT_EQ(findings(run(s, {"--format=json", "--select=enum-value,LS40", file}).out),
            (std::vector<std::string>{"LS2001 /origin/protocolPolicy", "LS4010 /ipAddressType"}));
  EXPECT_EQ(findings(run(s, {"--format=json", "--ignore", "ipv6-distribution", file}).out),
            (std::vector<std::string>{"LS2001 /origin/protocolPolicy"}));
  result r = run(s, {"--ignore", "LS2001", file});
  EXPECT_EQ(r.exit_code, 0) << "only a warning is left: " << r.out;
}

TEST(cli_select, unknown_rule_is_exit_2_with_did_you_mean) {
  scratch s;
  const std::string file = s.write("p.json", p1());
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--select", "enum-valeu", file},
        std::vector<std::string>{"--ignore", "enum-valeu", file},
        std::vector<std::string>{"--severity", "enum-valeu=warning", file}}) {
    result r = run(s, args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << r.err;
    EXPECT_NE(r.err.find("unknown rule 'enum-valeu'; did you mean 'enum-value' (LS2001)?"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST(cli_select, severity_override_changes_the_exit_code) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  result r = run(s, {"--severity", "LS2001=warning", file});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find(": warning: "), std::string::npos) << r.out;
  result w = run(s, {"--severity", "ipv6-distribution=error", s.write("w.json", warning_only())});
  EXPECT_EQ(w.exit_code, 1) << w.out;
  result off = run(s, {"--severity", "LS2001=off", file});
  EXPECT_EQ(off.exit_code, 0);
  EXPECT_EQ(off.out, "");
  result bad_level = run(s, {"--severity", "LS2001=fatal", file});
  EXPECT_EQ(bad_level.exit_code, 2);
  EXPECT_NE(bad_level.err.find("fatal"), std::string::npos) << bad_level.err;
}

TEST(cli_select, input_rules_cannot_be_turned_off) {
  scratch s;
  const std::string file = s.write("broken.json", "{");
  result r = run(s, {"--ignore", "LS0001", file});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("cannot be ignored"), std::string::npos) << r.err;
}

TEST(cli_exit, fail_level_max_warnings_and_exit_zero) {
  scratch s;
  const std::string warn = s.write("w.json", warning_only());
  const std::string info = s.write("i.json", info_only());
  const std::string error = s.write("e.json", bad());
  struct row {
    std::vector<std::string> args;
    int expected;
  };
  const std::vector<row> rows = {
      {{warn}, 0},
      {{"--fail-level", "warning", warn}, 1},
      {{"--fail-level=warning", info}, 0},
      {{"--fail-level", "info", info}, 1},
      {{"--max-warnings", "0", warn}, 1},
      {{"--max-warnings", "1", warn}, 0},
      {{"--exit-zero", error}, 0},
      {{"--exit-zero", "--fail-level", "info", info}, 0},
      {{"--exit-zero", error, s.path("missing.json")}, 2},
      {{"--fail-level", "off", warn}, 2},
      {{"--max-warnings", "many", warn}, 2},
  };
  for (const row& rw : rows) {
    result r = run(s, rw.args);
    std::string joined;
    for (const std::string& a : rw.args) joined += a + " ";
    EXPECT_EQ(r.exit_code, rw.expected) << joined << "\n" << r.out << r.err;
  }
}

TEST(cli_exit, bad_flag_is_one_line_and_a_hint) {
  scratch s;
  result r = run(s, {"--slect", "LS2001", "x.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "sailcheck: unknown option '--slect'; did you mean '--select'?\n"
            "try 'sailcheck --help'\n");
  EXPECT_EQ(r.out, "");
}

TEST(cli_exit, hostile_option_values_are_escaped_on_stderr) {
  scratch s;
  result r = run(s, {"--format", "x\x1b[31m\xe2\x80\xaey"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("\xe2\x80\xae"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\\u001B"), std::string::npos) << r.err;
}

TEST(cli_exit, reader_going_away_ends_quietly_with_the_status_unchanged) {
  scratch s;
  std::string many;
  for (int i = 0; i < 3000; ++i) many += s.write("f" + std::to_string(i) + ".json", bad()) + " ";
  // `head -1` exits after the first line; PIPESTATUS has the status of sailcheck.
  const std::string script =
      s.write("pipe.sh", quote(SAILCHECK_BINARY) + " " + many + " 2>" + quote(s.path("err.txt")) +
                             " | head -1 >/dev/null\nexit ${PIPESTATUS[0]}\n");
  const int status = std::system(("bash " + quote(script)).c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  EXPECT_EQ(read_file(s.path("err.txt")), "");
}

// ---------------------------------------------------------------------------------------------
// Rules

TEST(cli_rules, list_rules_table_and_json) {
  scratch s;
  result r = run(s, {"--list-rules"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const sailcheck::rule_info* info : sailcheck::all_rules()) {
    EXPECT_NE(r.out.find("\n" + std::string(info->code) + "  " + std::string(info->name) + " "),
              std::string::npos)
        << info->code;
  }
  result j = run(s, {"--list-rules", "--format", "json"});
  EXPECT_EQ(j.exit_code, 0) << j.err;
  const json::value v = parse_json(j.out);
  ASSERT_EQ(v.as_array().size(), sailcheck::all_rules().size());
  const json::object& first = v.as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "LS0001");
  EXPECT_EQ(first.at("name").as_string(), "json-syntax");
  EXPECT_EQ(first.at("severity").as_string(), "error");
  EXPECT_EQ(first.at("category").as_string(), "input");
  EXPECT_NE(std::string(first.at("helpUri").as_string()).find("rules.md#ls0001-json-syntax"),
            std::string::npos);
}

TEST(cli_rules, explain_shows_summary_rationale_examples_and_fix) {
  scratch s;
  result r = run(s, {"--explain", "LS2001"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const sailcheck::rule_info* info = sailcheck::find_rule("LS2001");
  EXPECT_EQ(r.out.rfind("LS2001 enum-value (values, default severity error)\n", 0), 0U) << r.out;
  EXPECT_NE(r.out.find(info->rationale), std::string::npos);
  EXPECT_NE(r.out.find("Reported:"), std::string::npos);
  EXPECT_NE(r.out.find("Not reported:"), std::string::npos);
  EXPECT_NE(r.out.find("fix: replace /cacheBehaviorSettings/forwardedHeaders/headersAllowList/0 "
                       "with \"Host\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Documentation: "), std::string::npos);
  result by_name = run(s, {"--explain=enum-value"});
  EXPECT_EQ(by_name.out, r.out);
}

TEST(cli_rules, explain_unknown_rule_is_exit_2) {
  scratch s;
  result r = run(s, {"--explain", "enum-valu"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean 'enum-value' (LS2001)?"), std::string::npos) << r.err;
}

TEST(cli_rules, every_rules_documented_example_is_reported_and_the_good_one_is_not) {
  // --explain runs the rule alone on its bad example; the docs promise a finding there.
  scratch s;
  for (const sailcheck::rule_info* info : sailcheck::all_rules()) {
    // LS0005's example is a configuration entry, which the command line reports, not a payload.
    if (info->example_bad.empty() || info->code == "LS0005") continue;
    result r = run(s, {"--explain", std::string(info->code)});
    EXPECT_NE(r.out.find("  -> "), std::string::npos) << info->code << ": no finding shown";
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics, several outputs, baselines, -j

TEST(cli_output, statistics_count_per_rule) {
  scratch s;
  const std::string a = s.write("a.json", patch(bad(), "/ipAddressType", R"("ipv6")"));
  const std::string b = s.write("b.json", bad());
  result r = run(s, {"--statistics", a, b});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "     2  LS2001  enum-value\n     1  LS4010  ipv6-distribution\n");
  result j = run(s, {"--statistics", "--format", "json", a, b});
  EXPECT_EQ(j.out,
            "[{\"code\":\"LS2001\",\"name\":\"enum-value\",\"count\":2},"
            "{\"code\":\"LS4010\",\"name\":\"ipv6-distribution\",\"count\":1}]\n");
}

TEST(cli_output, several_outputs_in_one_run) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  result r = run(s, {"--format", "concise", "--output", "json=" + s.path("out.json"),
                     "--output=sarif=" + s.path("out.sarif"), file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("[LS2001 enum-value]"), std::string::npos);
  EXPECT_EQ(findings(read_file(s.path("out.json"))),
            (std::vector<std::string>{"LS2001 /origin/protocolPolicy"}));
  EXPECT_NE(read_file(s.path("out.sarif")).find("LS2001"), std::string::npos);
  result bad_target = run(s, {"--output", "json=" + s.path("no/such/dir/out.json"), file});
  EXPECT_EQ(bad_target.exit_code, 2);
  EXPECT_NE(bad_target.err.find("cannot write"), std::string::npos) << bad_target.err;
  EXPECT_EQ(run(s, {"--output", "json", file}).exit_code, 2);
}

TEST(cli_output, parallel_output_is_identical_to_sequential) {
  scratch s;
  std::vector<std::string> args = {"--format", "json"};
  for (int i = 0; i < 40; ++i) {
    std::string payload = i % 3 == 0 ? bad() : i % 3 == 1 ? warning_only() : std::string(p1());
    args.push_back(s.write("f" + std::to_string(i) + ".json", payload));
  }
  std::vector<std::string> one = args, many = args;
  one.insert(one.begin(), "-j1");
  many.insert(many.begin(), {"-j", "8"});
  result a = run(s, one);
  result b = run(s, many);
  EXPECT_EQ(a.exit_code, 1);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.exit_code, b.exit_code);
}

TEST(cli_baseline, write_then_report_only_new_findings) {
  scratch s;
  fs::create_directories(s.dir() / "payloads");
  const std::string file = s.write("payloads/site.json", bad());
  const std::string base = s.path("baseline.json");
  result w = run(s, {"--write-baseline", base, file});
  EXPECT_EQ(w.exit_code, 0) << w.err;
  EXPECT_EQ(read_file(base),
            "{\"sailcheckBaseline\":1,\"findings\":[\n"
            "  {\"file\":\"payloads/site.json\",\"rule\":\"LS2001\",\"pointer\":"
            "\"/origin/protocolPolicy\",\"count\":1}\n]}\n");
  result again = run(s, {"--baseline", base, file});
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_EQ(again.out, "");
  // A new finding is reported; the known one stays quiet.
  s.write("payloads/site.json", patch(bad(), "/bundleId", R"("")"));
  result added = run(s, {"--format=json", "--baseline", base, file});
  EXPECT_EQ(added.exit_code, 1);
  EXPECT_EQ(findings(added.out), (std::vector<std::string>{"LS2005 /bundleId"}));
  s.write("broken-baseline.json", "[]");
  EXPECT_EQ(run(s, {"--baseline", s.path("broken-baseline.json"), file}).exit_code, 2);
}

TEST(cli_output, colour_follows_flag_and_environment) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  const std::string args = " --format text " + quote(file);
  struct row {
    std::string prefix;
    std::string flag;
    bool colour;
  };
  // Standard output is a pipe here, so `auto` means no colour unless FORCE_COLOR says so.
  const std::vector<row> rows = {
      {"env -u NO_COLOR -u FORCE_COLOR ", "", false},
      {"env -u NO_COLOR FORCE_COLOR=1 ", "", true},
      {"env -u NO_COLOR FORCE_COLOR=0 ", "", false},
      {"env NO_COLOR=1 FORCE_COLOR=1 ", "", true},
      {"env -u FORCE_COLOR NO_COLOR=1 ", "--color always", true},
      {"env -u NO_COLOR FORCE_COLOR=1 ", "--color never", false},
  };
  for (const row& rw : rows) {
    result r = run_shell(s, rw.flag + args, rw.prefix);
    EXPECT_EQ(r.exit_code, 1) << rw.prefix << rw.flag;
    EXPECT_EQ(r.out.find('\x1b') != std::string::npos, rw.colour) << rw.prefix << rw.flag << "\n"
                                                                  << r.out;
  }
}

TEST(cli_output, github_step_summary_is_appended_when_set) {
  scratch s;
  const std::string file = s.write("bad.json", bad());
  const std::string summary = s.write("summary.md", "earlier step\n");
  result r =
      run_shell(s, "--format github " + quote(file), "GITHUB_STEP_SUMMARY=" + quote(summary) + " ");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.rfind("::error file=", 0), 0U) << r.out;
  const std::string written = read_file(summary);
  EXPECT_EQ(written.rfind("earlier step\n", 0), 0U) << written;
  EXPECT_NE(written.find("## sailcheck"), std::string::npos) << written;
  EXPECT_NE(written.find("LS2001"), std::string::npos) << written;
  // Other formats leave it alone.
  run_shell(s, "--format concise " + quote(file), "GITHUB_STEP_SUMMARY=" + quote(summary) + " ");
  EXPECT_EQ(read_file(summary), written);
}

TEST(cli_inputs, globs_expand_and_an_unmatched_glob_is_a_tool_error) {
  scratch s;
  fs::create_directories(s.dir() / "payloads/eu");
  s.write("payloads/eu/a.json", bad());
  s.write("payloads/b.json", bad());
  s.write("payloads/c.txt", bad());
  result r = run(s, {"--format=json", s.path("payloads") + "/**/*.json"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json::value v = parse_json(r.out);
  EXPECT_EQ(v.at("summary").at("files").as_int64(), 2) << r.out;
  result none = run(s, {"--format=json", s.path("payloads") + "/*.yaml"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("no file matches this pattern"), std::string::npos) << none.err;
  const json::value n = parse_json(none.out);
  EXPECT_EQ(n.at("toolErrors").as_array().size(), 1U) << none.out;
}

// ---------------------------------------------------------------------------------------------
// --help and the README agree

TEST(cli_help, every_flag_in_help_is_in_the_readme) {
  scratch s;
  result r = run(s, {"--help"});
  ASSERT_EQ(r.exit_code, 0);
  const std::string readme = read_file(SAILCHECK_SOURCE_DIR "/README.md");
  ASSERT_FALSE(readme.empty());
  // The flags an option line of --help defines: "  -j, --jobs N  ...", "  --fix  ...".
  std::set<std::string> flags;
  const std::regex option_line(R"(^  (-[a-z]), (--[a-z-]+)|^  (--[a-z-]+))");
  for (const std::string& line : lines(r.out)) {
    std::smatch m;
    if (!std::regex_search(line, m, option_line)) continue;
    for (int g = 1; g <= 3; ++g)
      if (m[g].matched) flags.insert(m[g].str());
  }
  EXPECT_GE(flags.size(), 25U);
  for (const std::string& f : flags)
    EXPECT_NE(readme.find("`" + f), std::string::npos) << f << " is in --help but not in README.md";
}

}  // namespace

namespace {

std::size_t count_of(const std::string& out, std::string_view what) {
  std::size_t n = 0;
  for (const std::string& line : lines(out))
    if (line.find(what) != std::string::npos) ++n;
  return n;
}

TEST(cli_caps, flags_set_the_caps_and_ls0006_counts_the_rest) {
  scratch s;
  const std::string file = s.write("many.json", repeated_behaviors(6));
  result r = run(s, {"--format", "concise", "--max-findings-per-rule", "2", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::vector<std::string> out = lines(r.out);
  EXPECT_EQ(count_of(r.out, "[LS3008"), 2U) << r.out;
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0],
            file +
                ":1:1: error: (root): 3 more findings were left out, beyond the caps of 2 per rule "
                "and 1000 per file: LS3008 duplicate-path 3 [LS0006 findings-capped]");
  result all = run(s, {"--format", "concise", "--max-findings-per-rule", "0", file});
  EXPECT_EQ(count_of(all.out, "[LS3008"), 5U) << all.out;
  EXPECT_EQ(count_of(all.out, "[LS0006"), 0U) << all.out;
  result total = run(s, {"--format", "concise", "--max-findings", "1", file});
  EXPECT_EQ(count_of(total.out, "[LS4003"), 1U) << total.out;  // the first in report order
  EXPECT_EQ(count_of(total.out, "[LS3008"), 0U) << total.out;
  EXPECT_EQ(count_of(total.out, "[LS0006"), 1U) << total.out;
}

TEST(cli_caps, bad_values_are_usage_errors) {
  scratch s;
  for (const char* flag : {"--max-findings", "--max-findings-per-rule"}) {
    result r = run(s, {flag, "-1", "x.json"});
    EXPECT_EQ(r.exit_code, 2) << flag;
    EXPECT_NE(r.err.find(std::string(flag) + " needs a whole number, not '-1'"), std::string::npos)
        << r.err;
  }
}

TEST(cli_caps, the_configuration_sets_the_caps_and_flags_win) {
  scratch s;
  s.write(".sailcheck.json", R"({"max-findings-per-rule": 1, "max-findings": 50})");
  const std::string file = s.write("many.json", repeated_behaviors(6));
  result r = run(s, {"--format", "concise", file});
  EXPECT_EQ(count_of(r.out, "[LS3008"), 1U) << r.out;
  result flag = run(s, {"--format", "concise", "--max-findings-per-rule", "3", file});
  EXPECT_EQ(count_of(flag.out, "[LS3008"), 3U) << flag.out;
  result printed = run(s, {"--print-config", file});
  const json::value cfg = json::parse(printed.out);
  EXPECT_EQ(cfg.at("max-findings").as_int64(), 50);
  EXPECT_EQ(cfg.at("max-findings-per-rule").as_int64(), 1);
  s.write(".sailcheck.json", R"({"max-findings": -3})");
  result bad_cfg = run(s, {file});
  EXPECT_EQ(bad_cfg.exit_code, 2);
  EXPECT_NE(bad_cfg.err.find("/max-findings: expected a whole number (0: no cap), got -3"),
            std::string::npos)
      << bad_cfg.err;
}

}  // namespace
