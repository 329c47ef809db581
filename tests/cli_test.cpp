// The real `sailcheck` binary: exit codes, output formats, stdin, several files.

#include "cli_support.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

using sailcheck::test::lines;
using sailcheck::test::quote;
using sailcheck::test::result;
using sailcheck::test::run;
using sailcheck::test::run_shell;
using sailcheck::test::scratch;

using sailcheck::test::p1;
using sailcheck::test::patch;

// A bad enum value: exactly one LS2001 finding at /origin/protocolPolicy.
std::string bad_enum_payload() { return patch(p1(), "/origin/protocolPolicy", R"("https-onlyy")"); }

std::set<std::string> keys(const json::object& o) {
  std::set<std::string> out;
  for (const auto& kv : o) out.insert(std::string(kv.key()));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Exit codes

TEST(cli, clean_payload_exits_0) {
  scratch s;
  const std::string file = s.write("clean.json", p1());
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST(cli, error_finding_exits_1) {
  scratch s;
  const std::string file = s.write("bad.json", bad_enum_payload());
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("LS2001"), std::string::npos) << r.out;
}

TEST(cli, invalid_json_exits_1) {
  scratch s;
  const std::string file = s.write("broken.json", "{\"distributionName\": \"x\",\n");
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("LS0001"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("json-syntax"), std::string::npos) << r.out;
}

TEST(cli, empty_file_exits_1) {
  scratch s;
  const std::string file = s.write("empty.json", "");
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("LS0001"), std::string::npos) << r.out;
}

TEST(cli, only_warnings_exits_0) {
  scratch s;
  const std::string file = s.write("warn.json", patch(p1(), "/ipAddressType", R"("ipv6")"));
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out, "") << "the warning is still printed";
  EXPECT_EQ(r.out.find(": error: "), std::string::npos) << r.out;
}

TEST(cli, json_output_stays_valid_utf8_for_any_file_name) {
  scratch s;
  const std::string file =
      s.write("bad\xFF\xFEname.json", patch(p1(), "/ipAddressType", R"("IPv4")"));
  result r = run(s, {"--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  EXPECT_NE(
      std::string(v.at("diagnostics").at(0).at("file").as_string()).find("bad\uFFFD\uFFFDname"),
      std::string::npos);
}

TEST(cli, closed_stdout_exits_2) {
  scratch s;
  const std::string file = s.write("bad.json", patch(p1(), "/ipAddressType", R"("IPv4")"));
  result r = run_shell(s, quote(file) + " >&-");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("cannot write the report"), std::string::npos) << r.err;
}

TEST(cli, missing_file_exits_2_and_names_it) {
  scratch s;
  const std::string file = s.path("does-not-exist.json");
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
}

TEST(cli, missing_file_among_good_ones_still_reports_the_others) {
  scratch s;
  const std::string bad = s.write("bad.json", bad_enum_payload());
  const std::string missing = s.path("missing.json");
  result r = run(s, {bad, missing});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("LS2001"), std::string::npos) << r.out;
}

TEST(cli, directory_exits_2) {
  scratch s;
  const std::string sub = s.path("subdir.json");
  fs::create_directories(sub);
  result r = run(s, {sub});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(sub), std::string::npos) << r.err;
}

TEST(cli, unknown_flag_exits_2) {
  scratch s;
  const std::string file = s.write("clean.json", p1());
  result r = run(s, {"--frobnicate", file});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("--frobnicate"), std::string::npos) << r.err;
}

TEST(cli, unknown_format_exits_2) {
  scratch s;
  const std::string file = s.write("clean.json", p1());
  result r = run(s, {"--format", "xml", file});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("xml"), std::string::npos) << r.err;
  result eq = run(s, {"--format=xml", file});
  EXPECT_EQ(eq.exit_code, 2) << eq.out << eq.err;
}

TEST(cli, format_without_value_exits_2) {
  scratch s;
  result r = run(s, {"--format"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
}

TEST(cli, no_input_exits_2) {
  scratch s;
  result r = run(s, {});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err, "");
}

TEST(cli, version_exits_0) {
  scratch s;
  result r = run(s, {"--version"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "sailcheck " + std::string(sailcheck::version()) + "\n");
}

TEST(cli, help_exits_0) {
  scratch s;
  for (const char* flag : {"--help", "-h"}) {
    result r = run(s, {flag});
    EXPECT_EQ(r.exit_code, 0) << flag << r.err;
    EXPECT_NE(r.out.find("usage"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--format"), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");
  }
}

// ---------------------------------------------------------------------------------------------
// Concise format

TEST(cli, concise_line_format) {
  scratch s;
  const std::string text = bad_enum_payload();
  const std::string file = s.write("bad.json", text);
  const sailcheck::report rep = sailcheck::linter{}.check_text(text);
  const sailcheck::diagnostic* d = sailcheck::test::first(rep, "LS2001");
  ASSERT_NE(d, nullptr);
  const std::size_t column = text.find("\"https-onlyy\"") + 1;  // one line, ASCII

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{file}, std::vector<std::string>{"--format", "concise", file},
        std::vector<std::string>{"--format=concise", file}}) {
    result r = run(s, args);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const std::string expected = file + ":1:" + std::to_string(column) +
                                 ": error: /origin/protocolPolicy: " + d->message +
                                 " [LS2001 enum-value]";
    std::vector<std::string> got = lines(r.out);
    EXPECT_EQ(got.size(), rep.diagnostics.size()) << r.out;
    EXPECT_NE(std::find(got.begin(), got.end(), expected), got.end()) << "expected line:\n"
                                                                      << expected << "\ngot:\n"
                                                                      << r.out;
  }
}

TEST(cli, concise_line_and_column_on_multiline_input) {
  scratch s;
  const std::string text =
      "{\r\n  \"distributionName\": \"my-site-cdn\",\r\n  \"héllo\": 1,\r\n"
      "  \"origin\": {\"name\": \"WordPress-1\", \"regionName\": \"us-east-1\"},\r\n"
      "  \"defaultCacheBehavior\": {\"behavior\": \"cache\"},\r\n"
      "  \"bundleId\": \"small_1_0\", \"zz\": 2\r\n}\r\n";
  const std::string file = s.write("multi.json", text);
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // "héllo" is on line 3, column 3; "zz" on line 6 after 27 code points.
  EXPECT_NE(r.out.find(file + ":3:3: error: /héllo: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(file + ":6:28: error: /zz: "), std::string::npos) << r.out;
}

// ---------------------------------------------------------------------------------------------
// JSON format

void check_envelope(const json::value& doc, std::size_t files) {
  ASSERT_TRUE(doc.is_object());
  const json::object& root = doc.get_object();
  EXPECT_EQ(keys(root), (std::set<std::string>{"schemaVersion", "tool", "diagnostics", "toolErrors",
                                               "summary"}));
  ASSERT_TRUE(root.contains("schemaVersion"));
  EXPECT_EQ(root.at("schemaVersion"), json::value(1));

  ASSERT_TRUE(root.contains("tool") && root.at("tool").is_object());
  const json::object& tool = root.at("tool").get_object();
  EXPECT_EQ(keys(tool), (std::set<std::string>{"name", "version"}));
  EXPECT_EQ(tool.at("name"), json::value("sailcheck"));
  EXPECT_EQ(tool.at("version"), json::value(std::string(sailcheck::version())));

  ASSERT_TRUE(root.contains("diagnostics") && root.at("diagnostics").is_array());
  const std::set<std::string> required = {"file",      "code",   "name",    "severity",
                                          "pointer",   "line",   "column",  "endLine",
                                          "endColumn", "offset", "message", "helpUri"};
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const json::value& v : root.at("diagnostics").get_array()) {
    ASSERT_TRUE(v.is_object());
    const json::object& d = v.get_object();
    std::set<std::string> k = keys(d);
    for (const std::string& r : required) EXPECT_EQ(k.count(r), 1U) << r << " in " << v;
    for (const std::string& key : k)
      EXPECT_TRUE(required.count(key) != 0 || key == "fix" || key == "related")
          << "unexpected key " << key << " in " << v;
    for (const char* n : {"line", "column", "endLine", "endColumn", "offset"})
      EXPECT_TRUE(d.contains(n) && (d.at(n).is_uint64() || d.at(n).is_int64())) << n;
    for (const char* n : {"file", "code", "name", "severity", "pointer", "message"})
      EXPECT_TRUE(d.contains(n) && d.at(n).is_string()) << n;
    if (d.contains("related")) {
      ASSERT_TRUE(d.at("related").is_array());
      for (const json::value& rel : d.at("related").get_array()) {
        ASSERT_TRUE(rel.is_object());
        EXPECT_TRUE(rel.get_object().contains("pointer"));
        EXPECT_TRUE(rel.get_object().contains("line"));
      }
    }
    if (d.contains("severity")) {
      const json::string& sev = d.at("severity").get_string();
      errors += sev == "error";
      warnings += sev == "warning";
      infos += sev == "info";
    }
  }

  ASSERT_TRUE(root.contains("summary") && root.at("summary").is_object());
  const json::object& summary = root.at("summary").get_object();
  EXPECT_EQ(keys(summary), (std::set<std::string>{"files", "errors", "warnings", "infos"}));
  EXPECT_EQ(summary.at("files"), json::value(files));
  EXPECT_EQ(summary.at("errors"), json::value(errors));
  EXPECT_EQ(summary.at("warnings"), json::value(warnings));
  EXPECT_EQ(summary.at("infos"), json::value(infos));
}

TEST(cli, json_format_envelope) {
  scratch s;
  const std::string file = s.write("bad.json", bad_enum_payload());
  result r = run(s, {"--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(r.out.back(), '\n');
  json::error_code ec;
  json::value doc = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << ec.message() << "\n" << r.out;
  check_envelope(doc, 1);
  const json::array& ds = doc.at("diagnostics").get_array();
  ASSERT_GE(ds.size(), 1U);
  bool found = false;
  for (const json::value& v : ds) {
    const json::object& d = v.get_object();
    if (d.at("code") != json::value("LS2001")) continue;
    found = true;
    EXPECT_EQ(d.at("file"), json::value(file));
    EXPECT_EQ(d.at("name"), json::value("enum-value"));
    EXPECT_EQ(d.at("severity"), json::value("error"));
    EXPECT_EQ(d.at("pointer"), json::value("/origin/protocolPolicy"));
    EXPECT_EQ(d.at("line"), json::value(1));
    const std::size_t at = bad_enum_payload().find("\"https-onlyy\"");
    EXPECT_EQ(d.at("offset"), json::value(at));
    EXPECT_EQ(d.at("column"), json::value(at + 1));
    EXPECT_EQ(d.at("endColumn"), json::value(at + 14));
  }
  EXPECT_TRUE(found) << r.out;
}

TEST(cli, json_format_clean) {
  scratch s;
  const std::string file = s.write("clean.json", p1());
  result r = run(s, {"--format=json", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json::error_code ec;
  json::value doc = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  check_envelope(doc, 1);
  EXPECT_TRUE(doc.at("diagnostics").get_array().empty());
}

TEST(cli, json_format_with_related_and_fix) {
  scratch s;
  std::string text(p1());
  text.pop_back();
  text += R"(,"bundleId":"small_1_0","DistributionNam":"x"})";
  // A near miss of a present member still gets a did-you-mean; a duplicate key has a related
  // location.
  const std::string file = s.write("dup.json", text);
  result r = run(s, {"--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  json::error_code ec;
  json::value doc = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  check_envelope(doc, 1);
  bool related = false;
  for (const json::value& v : doc.at("diagnostics").get_array()) {
    const json::object& d = v.get_object();
    if (d.at("code") == json::value("LS0002")) {
      ASSERT_TRUE(d.contains("related")) << v;
      const json::object& rel = d.at("related").get_array().at(0).get_object();
      EXPECT_EQ(rel.at("pointer"), json::value("/bundleId"));
      EXPECT_EQ(rel.at("offset"), json::value(text.find("\"bundleId\"")));
      related = true;
    }
    if (d.contains("fix")) {
      ASSERT_TRUE(d.at("fix").is_object());
      EXPECT_TRUE(d.at("fix").get_object().contains("op")) << v;
      EXPECT_TRUE(d.at("fix").get_object().contains("path")) << v;
    }
  }
  EXPECT_TRUE(related) << r.out;
}

TEST(cli, json_format_invalid_json) {
  scratch s;
  const std::string file = s.write("broken.json", "{\"a\": tru}");
  result r = run(s, {"--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  json::error_code ec;
  json::value doc = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  check_envelope(doc, 1);
  const json::array& ds = doc.at("diagnostics").get_array();
  ASSERT_EQ(ds.size(), 1U) << r.out;
  EXPECT_EQ(ds[0].at("code"), json::value("LS0001"));
}

// ---------------------------------------------------------------------------------------------
// Standard input and several files

TEST(cli, stdin_dash) {
  scratch s;
  const std::string text = bad_enum_payload();
  ASSERT_EQ(text.find_first_of("'%\\"), std::string::npos);
  result r = run_shell(s, "-", "printf '%s' " + quote(text) + " | ");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("-:1:", 0), 0U) << r.out;
  EXPECT_NE(r.out.find("[LS2001 enum-value]"), std::string::npos) << r.out;

  result clean = run_shell(s, "-", "printf '%s' " + quote(std::string(p1())) + " | ");
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_EQ(clean.out, "");
}

TEST(cli, stdin_dash_json_format) {
  scratch s;
  result r = run_shell(s, "--format json -", "printf '%s' '{\"bundleId\": 3' | ");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  json::error_code ec;
  json::value doc = json::parse(r.out, ec);
  ASSERT_FALSE(ec) << r.out;
  check_envelope(doc, 1);
  const json::array& ds = doc.at("diagnostics").get_array();
  ASSERT_EQ(ds.size(), 1U) << r.out;
  EXPECT_EQ(ds[0].at("file"), json::value("-"));
  EXPECT_EQ(ds[0].at("code"), json::value("LS0001"));
}

TEST(cli, several_files_in_one_run) {
  scratch s;
  const std::string clean = s.write("a_clean.json", p1());
  const std::string bad = s.write("b_bad.json", bad_enum_payload());
  const std::string broken = s.write("c_broken.json", "[");
  result r = run(s, {clean, bad, broken});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::vector<std::string> got = lines(r.out);
  ASSERT_EQ(got.size(), 2U) << r.out;
  // In the order given on the command line.
  EXPECT_EQ(got[0].rfind(bad + ":1:", 0), 0U) << r.out;
  EXPECT_NE(got[0].find("[LS2001 enum-value]"), std::string::npos) << r.out;
  EXPECT_EQ(got[1].rfind(broken + ":1:", 0), 0U) << r.out;
  EXPECT_NE(got[1].find("[LS0001 json-syntax]"), std::string::npos) << r.out;

  result j = run(s, {"--format", "json", clean, bad, broken});
  EXPECT_EQ(j.exit_code, 1) << j.err;
  json::error_code ec;
  json::value doc = json::parse(j.out, ec);
  ASSERT_FALSE(ec) << j.out;
  check_envelope(doc, 3);
  EXPECT_EQ(doc.at("summary").at("errors"), json::value(2));

  result both_clean = run(s, {clean, clean});
  EXPECT_EQ(both_clean.exit_code, 0) << both_clean.out << both_clean.err;
}

TEST(cli, oversized_file_exits_1_with_input_limit) {
  scratch s;
  std::string text = "[";
  text += std::string(5 * 1024 * 1024, ' ');
  text += "]";
  const std::string file = s.write("huge.json", text);
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("[LS0003 input-limit]"), std::string::npos) << r.out.substr(0, 500);
  // The reader stops past the limit; the message still gives the real size, at 1:1.
  EXPECT_NE(
      r.out.find(":1:1: error: (root): the input is 5242882 bytes, more than the limit of 4194304 "
                 "bytes (4 MiB) [LS0003 input-limit]"),
      std::string::npos)
      << r.out.substr(0, 500);
}

TEST(cli, control_characters_from_input_are_not_printed_raw) {
  scratch s;
  std::string text(p1());
  text.pop_back();
  text += R"(,"\u001b[31mred\u0007":1})";
  const std::string file = s.write("escape.json", text);
  result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("LS1002"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x07'), std::string::npos) << r.out;
}

TEST(cli, double_dash_ends_options) {
  scratch s;
  (void)s.write("--weird.json", p1());
  result r = run_shell(s, "-- " + quote("--weird.json"), "cd " + quote(s.dir().string()) + " && ");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
