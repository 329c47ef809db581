// The hostile-input suite (issue 9): the real binary on inputs an attacker would write, each
// generated here at test time (nothing large is kept in git). Every case checks the exit code,
// that a finding or message names the problem, that the output is fit for a terminal and a
// parser (see hostile_support.hpp), and bounds on wall time and peak memory: bounds, never
// speeds.

#include "cli_support.hpp"
#include "hostile_support.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace h = sailcheck::test::hostile;

using sailcheck::test::p1;
using sailcheck::test::scratch;

constexpr std::size_t k_default_per_rule = 100;  // limits::max_findings_per_rule
constexpr std::size_t k_default_total = 1000;    // limits::max_findings
constexpr std::string_view k_limit_phrase = "limit of 4194304 bytes";

// ---------------------------------------------------------------------------------------------
// Helpers

// The binary with `args`, in `s`'s folder unless `spec` names another.
h::child_result lint(const scratch& s, const std::vector<std::string>& args,
                     h::child_spec spec = {}) {
  spec.argv.insert(spec.argv.begin(), SAILCHECK_BINARY);
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  if (spec.cwd.empty()) spec.cwd = s.dir().string();
  return h::spawn(spec);
}

// A shell pipeline around the binary, `$B` standing for its quoted path.
h::child_result lint_shell(const scratch& s, std::string script) {
  const std::string binary = sailcheck::test::quote(SAILCHECK_BINARY);
  for (std::size_t at = 0; (at = script.find("$B", at)) != std::string::npos; at += binary.size())
    script.replace(at, 2, binary);
  h::child_spec spec;
  spec.argv = {"/bin/sh", "-c", script};
  spec.cwd = s.dir().string();
  return h::spawn(spec);
}

// For failure messages: how the child ended and the start of what it printed.
std::string show(const h::child_result& r) {
  std::string s = "exit " + std::to_string(r.exit_code) + ", " + std::to_string(r.wall_seconds) +
                  " s, " + std::to_string(r.max_rss_kib) + " KiB, " + std::to_string(r.out_bytes) +
                  " bytes of stdout\nstderr: " + h::printable(r.err.substr(0, 2000));
  s += "\nstdout: " + h::printable(r.out.substr(0, 2000));
  return s;
}

// P1 (a clean payload) with `members` added before its closing brace.
std::string p1_with(std::string_view members) {
  std::string doc(p1());
  const std::size_t close = doc.find_last_of('}');
  doc.erase(close);
  if (!members.empty()) {
    doc += ',';
    doc += members;
  }
  doc += '}';
  return doc;
}

// P1 with the value `old_value` (JSON text, found once) replaced.
std::string p1_replacing(std::string_view old_value, std::string_view new_value) {
  std::string doc(p1());
  const std::size_t at = doc.find(old_value);
  EXPECT_NE(at, std::string::npos) << old_value;
  if (at != std::string::npos) doc.replace(at, old_value.size(), new_value);
  return doc;
}

// `unit` `n` times, separated by commas.
std::string repeated(std::string_view unit, std::size_t n) {
  std::string out;
  out.reserve((unit.size() + 1) * n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0) out += ',';
    out += unit;
  }
  return out;
}

// Writes `head`, `fill` repeated until the file has `size` bytes with `tail`, in chunks, so that
// a 50 MB input never sits in the test's memory.
std::string write_sized(const scratch& s, const std::string& name, std::string_view head, char fill,
                        std::size_t size, std::string_view tail) {
  const std::string path = s.path(name);
  std::ofstream out(path, std::ios::binary);
  out << head;
  const std::string chunk(1 << 20, fill);
  for (std::size_t left = size - head.size() - tail.size(); left > 0;) {
    const std::size_t n = std::min(left, chunk.size());
    out.write(chunk.data(), static_cast<std::streamsize>(n));
    left -= n;
  }
  out << tail;
  out.close();
  EXPECT_EQ(fs::file_size(path), size);
  return path;
}

// The decimal numbers in `text`, with thousands separators (`99,899`) read as part of them.
std::vector<std::uint64_t> numbers_in(std::string_view text) {
  std::vector<std::uint64_t> out;
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    std::uint64_t n = 0;
    while (digit(i) || (i < text.size() && text[i] == ',' && digit(i - 1) && digit(i + 1))) {
      if (text[i] != ',') n = n * 10 + static_cast<std::uint64_t>(text[i] - '0');
      ++i;
    }
    out.push_back(n);
  }
  return out;
}

bool mentions_number(std::string_view text, std::uint64_t n) {
  const std::vector<std::uint64_t> all = numbers_in(text);
  return std::find(all.begin(), all.end(), n) != all.end();
}

std::string utf8(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// How quote() writes a code point it must not copy: `\u202E`.
std::string escaped(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(cp));
  return buffer;
}

// In a test: the findings obey the caps, at most `per_rule` of any rule and `total` in all, plus
// one LS0006 findings-capped per capped file.
void expect_capped(const std::vector<h::finding>& findings, std::size_t per_rule, std::size_t total,
                   std::size_t files = 1) {
  std::size_t capped = 0;
  for (const auto& [code, n] : h::count_by_code(findings)) {
    if (code == "LS0006") {
      capped = n;
      continue;
    }
    EXPECT_LE(n, per_rule) << "findings of " << code;
  }
  EXPECT_LE(capped, files) << "LS0006 findings";
  EXPECT_LE(findings.size() - capped, total) << "findings in all, without LS0006";
}

// The one finding of a file, which the test expects to be of rule `code`.
const h::finding* only_finding(const h::json_report& rep, std::string_view code) {
  EXPECT_EQ(rep.findings.size(), 1u) << "expected exactly one finding, of " << code;
  if (rep.findings.empty()) return nullptr;
  EXPECT_EQ(rep.findings[0].code, code) << h::printable(rep.findings[0].message);
  return rep.findings[0].code == code ? &rep.findings[0] : nullptr;
}

// `--format json`: parsed, or the test fails.
h::json_report json_of(const h::child_result& r) {
  h::json_report rep = h::parse_json_report(r.out);
  EXPECT_EQ(rep.error, "") << show(r);
  return rep;
}

// A payload with one finding: LS2001 at /origin/protocolPolicy.
std::string one_finding_payload() { return p1_replacing(R"("http-only")", R"("https-onlyy")"); }

// ---------------------------------------------------------------------------------------------
// Repeated member names: locating N findings that share one pointer was O(N^2) (42 s at
// N = 100,000). Each size must be within the same bound, which only linear work meets.

void repeated_member_case(std::string_view name, std::string_view value,
                          std::string_view also_code) {
  for (std::size_t n : {20000u, 40000u, 100000u}) {
    SCOPED_TRACE(std::string(name) + " x " + std::to_string(n));
    scratch s;
    const std::string member = "\"" + std::string(name) + "\":" + std::string(value);
    s.write("repeated.json", p1_with(repeated(member, n)));
    const h::child_result r = lint(s, {"--format", "json", "repeated.json"});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    const std::vector<h::finding> dups = h::of_rule(rep.findings, "LS0002");
    ASSERT_FALSE(dups.empty()) << show(r);
    EXPECT_EQ(dups[0].pointer, "/" + std::string(name));
    EXPECT_NE(dups[0].message.find("duplicate member '" + std::string(name) + "'"),
              std::string::npos)
        << h::printable(dups[0].message);
    if (!also_code.empty()) {
      const std::vector<h::finding> also = h::of_rule(rep.findings, also_code);
      ASSERT_EQ(also.size(), 1u) << also_code;
      EXPECT_EQ(also[0].pointer, "/" + std::string(name));
    }
    expect_capped(rep.findings, k_default_per_rule, k_default_total);
  }
}

TEST(hostile, repeated_known_member_name) {
  repeated_member_case("bundleId", R"("small_1_0")", "");
}

TEST(hostile, repeated_unknown_member_name) { repeated_member_case("x", "1", "LS1002"); }

// ---------------------------------------------------------------------------------------------
// Floods of findings: capped per rule and per file, the cap reported as LS0006 at the root with
// the count of what was left out. 99,999 repeats of one item are 99,999 findings of one rule
// (nothing else in these payloads reports), so the default cap of 100 leaves out 99,899.

struct flood_case {
  std::string name;
  std::string payload;
  std::string code;  // the flooding rule
  std::size_t uncapped = 0;
  // LS3009 is a warning: --fail-level warning makes exit 1 mean "the flood was seen" there too,
  // whatever severity LS0006 has.
  std::vector<std::string> args;
};

std::vector<flood_case> flood_cases() {
  // dont-cache differs from the default behavior: no LS4003, only LS3008 and LS4012 (quota).
  // 37 bytes an item: 3.7 MB in all, within the size limit.
  const std::string behavior = R"({"path":"/a","behavior":"dont-cache"})";
  const std::string header = R"("Host")";
  return {
      {"100000 identical cacheBehaviors",
       p1_with(R"("cacheBehaviors":[)" + repeated(behavior, 100000) + "]"),
       "LS3008",
       99999,
       {}},
      {"100000 repeated headersAllowList items",
       p1_with(R"("cacheBehaviorSettings":{"forwardedHeaders":{"option":"allow-list",)"
               R"("headersAllowList":[)" +
               repeated(header, 100000) + "]}}"),
       "LS3009",
       99999,
       {"--fail-level", "warning"}},
  };
}

void flood_case_run(const flood_case& c) {
  scratch s;
  s.write("flood.json", c.payload);
  auto lint_flood = [&](std::vector<std::string> args) {
    args.insert(args.begin(), c.args.begin(), c.args.end());
    args.push_back("flood.json");
    return lint(s, args);
  };
  {
    SCOPED_TRACE("default caps");
    const h::child_result r = lint_flood({"--format", "json"});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    EXPECT_LT(r.out_bytes, 2u * 1024 * 1024) << "bytes of --format json";
    const h::json_report rep = json_of(r);
    expect_capped(rep.findings, k_default_per_rule, k_default_total);
    EXPECT_EQ(h::of_rule(rep.findings, c.code).size(), k_default_per_rule);
    const std::vector<h::finding> cap = h::of_rule(rep.findings, "LS0006");
    EXPECT_EQ(cap.size(), 1u) << "one LS0006 findings-capped per capped file";
    if (!cap.empty()) {
      EXPECT_EQ(cap[0].name, "findings-capped");
      EXPECT_EQ(cap[0].pointer, "");
      EXPECT_EQ(cap[0].line, 1);
      EXPECT_EQ(cap[0].column, 1);
      EXPECT_TRUE(mentions_number(cap[0].message, c.uncapped - k_default_per_rule))
          << "the count left out, " << c.uncapped - k_default_per_rule << ": "
          << h::printable(cap[0].message);
    }
  }
  {
    SCOPED_TRACE("--max-findings-per-rule 5");
    const h::child_result r = lint_flood({"--format", "json", "--max-findings-per-rule", "5"});
    h::expect_within_bounds(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    expect_capped(rep.findings, 5, k_default_total);
    EXPECT_EQ(h::of_rule(rep.findings, c.code).size(), 5u);
    const std::vector<h::finding> cap = h::of_rule(rep.findings, "LS0006");
    EXPECT_EQ(cap.size(), 1u);
    if (!cap.empty()) {
      EXPECT_TRUE(mentions_number(cap[0].message, c.uncapped - 5)) << h::printable(cap[0].message);
    }
  }
  {
    SCOPED_TRACE("--max-findings 3");
    const h::child_result r = lint_flood({"--format", "json", "--max-findings", "3"});
    h::expect_within_bounds(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    expect_capped(rep.findings, k_default_per_rule, 3);
    EXPECT_EQ(h::of_rule(rep.findings, "LS0006").size(), 1u);
  }
}

TEST(hostile, identical_cache_behaviors_are_capped) { flood_case_run(flood_cases()[0]); }

TEST(hostile, repeated_allow_list_items_are_capped) { flood_case_run(flood_cases()[1]); }

// ---------------------------------------------------------------------------------------------
// Nesting: past the depth limit (32 by default) is one LS0003 and nothing else, however deep.

TEST(hostile, deep_nesting_is_one_input_limit_finding) {
  auto arrays = [](std::size_t n) { return std::string(n, '[') + std::string(n, ']'); };
  auto objects = [](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += R"({"a":)";
    return s + "1" + std::string(n, '}');
  };
  auto open_objects = [](std::string_view unit) {
    std::string s;
    for (std::size_t i = 0; i < 1000000; ++i) s += unit;
    return s;
  };
  const std::string depth = "nesting is deeper than the limit of 32 levels";
  struct nesting_case {
    std::string name;
    std::string text;
    std::string says;  // empty: not over a limit, no LS0003
  };
  const std::vector<nesting_case> cases = {
      {"10^6 '['", std::string(1000000, '['), depth},
      // 5 MB: over the size limit too, which is checked first.
      {"10^6 '{\"a\":'", open_objects(R"({"a":)"), std::string(k_limit_phrase)},
      {"10^6 '{\"\":'", open_objects(R"({"":)"), depth},  // 4,000,000 bytes: within the size
      {"33 arrays", arrays(33), depth},
      {"33 objects", objects(33), depth},
      {"32 arrays", arrays(32), ""},
      {"32 objects", objects(32), ""},
  };
  scratch s;
  for (const nesting_case& c : cases) {
    SCOPED_TRACE(c.name);
    s.write("deep.json", c.text);
    const h::child_result r = lint(s, {"--format", "json", "deep.json"});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    if (!c.says.empty()) {
      if (const h::finding* f = only_finding(rep, "LS0003")) {
        EXPECT_NE(f->message.find(c.says), std::string::npos) << h::printable(f->message);
      }
    } else {
      EXPECT_TRUE(h::of_rule(rep.findings, "LS0003").empty()) << show(r);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Size: over 4 MiB is one LS0003 at 1:1 naming the limit. The command line reads one byte past
// the limit and no more; at f7872ce run.cpp does not pass read_file's real size (stat) on to
// the message, so the message names only the limit. It must never make up a size (it used to
// say "4194305 bytes" for any large input): every number in it is the limit (in bytes or MiB)
// or the real size.

void expect_size_limit_finding(const h::json_report& rep, std::uint64_t real_size) {
  const h::finding* f = only_finding(rep, "LS0003");
  if (f == nullptr) return;
  EXPECT_EQ(f->pointer, "");
  EXPECT_EQ(f->line, 1);
  EXPECT_EQ(f->column, 1);
  EXPECT_NE(f->message.find(k_limit_phrase), std::string::npos) << h::printable(f->message);
  for (std::uint64_t n : numbers_in(f->message))
    EXPECT_TRUE(n == 4194304 || n == 4 || (real_size != 0 && n == real_size))
        << "a size that is neither the limit nor the real size: " << h::printable(f->message);
}

TEST(hostile, oversized_files_are_one_finding_at_1_1) {
  scratch s;
  for (std::size_t size : {6000000u, 50000000u}) {
    SCOPED_TRACE(std::to_string(size) + " bytes");
    const std::string path =
        write_sized(s, "big.json", R"({"distributionName":")", 'a', size, R"("})");
    const h::child_result r = lint(s, {"--format", "json", "big.json"});
    fs::remove(path);
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    expect_size_limit_finding(json_of(r), size);
  }
}

TEST(hostile, endless_standard_input_stops_at_the_limit) {
  scratch s;
  struct stream_case {
    std::string name;
    h::child_result result;
  };
  h::child_spec from_zero;
  from_zero.in = h::stdin_kind::file;
  from_zero.in_path = "/dev/zero";
  std::vector<stream_case> cases;
  cases.push_back({"yes | sailcheck -", lint_shell(s, "yes | exec $B --format json -")});
  cases.push_back(
      {"cat /dev/zero | sailcheck -", lint_shell(s, "cat /dev/zero | exec $B --format json -")});
  cases.push_back({"sailcheck - </dev/zero", lint(s, {"--format", "json", "-"}, from_zero)});
  for (const stream_case& c : cases) {
    SCOPED_TRACE(c.name);
    h::expect_within_bounds(c.result);
    h::expect_clean_output(c.result);
    EXPECT_EQ(c.result.exit_code, 1) << show(c.result);
    const h::json_report rep = json_of(c.result);
    expect_size_limit_finding(rep, 0);
    if (!rep.findings.empty()) {
      EXPECT_EQ(rep.findings[0].file, "-");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Large values: 100,000-element arrays, 1 MiB strings and member names, 100,000-digit numbers,
// and numbers outside double's range. Messages quote the source token, cut long ones with
// their length, and stay short.

TEST(hostile, large_values_are_reported_with_short_messages) {
  const std::string mib(1 << 20, 'k');
  std::string tags;
  for (std::size_t i = 0; i < 100000; ++i) {
    if (i != 0) tags += ',';
    tags += R"({"key":"k)" + std::to_string(i) + R"(","value":"v"})";
  }
  auto ttl = [](std::string_view token) {
    return p1_with(R"("cacheBehaviorSettings":{"defaultTTL":)" + std::string(token) + "}");
  };
  auto name = [](std::string_view token) { return p1_replacing(R"("my-site-cdn")", token); };
  struct value_case {
    std::string name;
    std::string payload;
    std::string code;
    std::string pointer;
    std::vector<std::string> says;
    std::vector<std::string> never_says;
  };
  const std::string ttl_pointer = "/cacheBehaviorSettings/defaultTTL";
  const std::vector<value_case> cases = {
      {"100000 tags",
       p1_with(R"("tags":[)" + tags + "]"),
       "LS3007",
       "/tags",
       {"100000 tags given"},
       {}},
      {"100000-element unknown member",
       p1_with(R"("extra":[)" + repeated("0", 100000) + "]"),
       "LS1002",
       "/extra",
       {"unknown member 'extra'"},
       {}},
      {"1 MiB distributionName",
       name("\"" + mib + "\""),
       "LS2002",
       "/distributionName",
       {"(1048576 characters)"},
       {}},
      {"1 MiB member name",
       p1_with("\"" + mib + "\":1"),
       "LS1002",
       "/" + mib,
       {"unknown member", "(1048576 characters)"},
       {}},
      {"100000-digit integer TTL",
       ttl(std::string(100000, '9')),
       "LS1003",
       ttl_pointer,
       {"(100000 characters)", "outside"},
       {}},
      {"100000-digit fraction TTL",
       ttl("1." + std::string(100000, '5')),
       "LS1003",
       ttl_pointer,
       {"(100002 characters)", "expected an integer"},
       {}},
      {"1e400 TTL", ttl("1e400"), "LS1003", ttl_pointer, {"'1e400'"}, {"inf"}},
      {"-1e-400 TTL", ttl("-1e-400"), "LS1003", ttl_pointer, {"'-1e-400'"}, {"number 0"}},
      {"1e400 distributionName",
       name("1e400"),
       "LS1003",
       "/distributionName",
       {"'1e400'"},
       {"inf"}},
      {"-1e-400 distributionName",
       name("-1e-400"),
       "LS1003",
       "/distributionName",
       {"'-1e-400'"},
       {"number 0", "got 0"}},
  };
  scratch s;
  for (const value_case& c : cases) {
    SCOPED_TRACE(c.name);
    s.write("value.json", c.payload);
    const h::child_result r = lint(s, {"--format", "json", "value.json"});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    const h::finding* f = only_finding(rep, c.code);
    if (f == nullptr) continue;
    EXPECT_TRUE(f->pointer == c.pointer) << "pointer " << f->pointer.substr(0, 80);
    EXPECT_LE(f->message.size(), 1000u)
        << "a message cuts long values: " << h::printable(f->message);
    for (const std::string& phrase : c.says)
      EXPECT_NE(f->message.find(phrase), std::string::npos)
          << phrase << " in " << h::printable(f->message);
    for (const std::string& phrase : c.never_says)
      EXPECT_EQ(f->message.find(phrase), std::string::npos)
          << phrase << " in " << h::printable(f->message);
  }
}

// ---------------------------------------------------------------------------------------------
// NUL bytes between tokens are not "in a string", and the message names U+0000. A lone '{'
// before NULs is not UTF-16: UTF-16 text of ASCII alternates NUL and non-NUL bytes.

TEST(hostile, raw_nul_bytes_outside_strings) {
  const std::string nuls(100, '\0');
  struct nul_case {
    std::string name;
    std::string text;
  };
  const std::vector<nul_case> cases = {
      {"100 NUL bytes", nuls},
      {"NULs after a member", R"({"distributionName":"x",)" + nuls + "}"},
      {"NULs after the opening brace", "{" + nuls + "}"},
      {"NULs after the document", std::string(p1()) + nuls},
  };
  scratch s;
  for (const nul_case& c : cases) {
    SCOPED_TRACE(c.name);
    s.write("nul.json", c.text);
    const h::child_result r = lint(s, {"--format", "json", "nul.json"});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 1) << show(r);
    const h::json_report rep = json_of(r);
    if (const h::finding* f = only_finding(rep, "LS0001")) {
      EXPECT_NE(f->message.find("U+0000"), std::string::npos) << h::printable(f->message);
      EXPECT_EQ(f->message.find("string"), std::string::npos) << h::printable(f->message);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Encodings: UTF-16 and a byte-order mark are named; invalid UTF-8 is named and never copied
// into any output (the text format shows the source line).

TEST(hostile, encodings_are_named_and_never_copied) {
  auto utf16 = [](std::string_view ascii, bool little_endian, bool bom) {
    std::string out;
    if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char c : ascii) {
      if (little_endian) {
        out += c;
        out += '\0';
      } else {
        out += '\0';
        out += c;
      }
    }
    return out;
  };
  struct encoding_case {
    std::string file;
    std::string text;
    std::string says;
  };
  const std::string doc(p1());
  const std::vector<encoding_case> cases = {
      {"utf16le-bom.json", utf16(doc, true, true), "UTF-16"},
      {"utf16le.json", utf16(doc, true, false), "UTF-16"},
      {"utf16be.json", utf16(doc, false, false), "UTF-16"},
      {"utf8-bom.json", "\xEF\xBB\xBF" + doc, "byte order mark"},
      {"bad-key.json", p1_with("\"a\xFF\x1B[2Jb\":1"), "invalid UTF-8"},
      {"bad-value.json", p1_replacing(R"("my-site-cdn")", "\"my\xC3\x1B[31msite\""),
       "invalid UTF-8"},
      {"overlong.json", p1_replacing(R"("my-site-cdn")", "\"my\xC0\xAFsite\""), "invalid UTF-8"},
      {"surrogate.json", p1_replacing(R"("my-site-cdn")", "\"my\xED\xA0\x80site\""),
       "invalid UTF-8"},
      {"truncated.json", p1_replacing(R"("my-site-cdn")", "\"my\xE2\x80site\""), "invalid UTF-8"},
  };
  scratch s;
  for (const encoding_case& c : cases) s.write("enc/" + c.file, c.text);
  const h::child_result r = lint(s, {"--format", "json", "enc"});
  h::expect_within_bounds(r);
  h::expect_clean_output(r);
  EXPECT_EQ(r.exit_code, 1) << show(r);
  const h::json_report rep = json_of(r);
  for (const encoding_case& c : cases) {
    SCOPED_TRACE(c.file);
    std::vector<h::finding> of_file;
    for (const h::finding& f : rep.findings)
      if (f.file == "enc/" + c.file) of_file.push_back(f);
    ASSERT_EQ(of_file.size(), 1u);
    EXPECT_EQ(of_file[0].code, "LS0001");
    EXPECT_NE(of_file[0].message.find(c.says), std::string::npos)
        << h::printable(of_file[0].message);
  }
  for (const char* format : {"text", "concise", "github", "junit", "sarif", "jsonl"}) {
    SCOPED_TRACE(format);
    const h::child_result t = lint(s, {"--format", format, "enc"});
    h::expect_within_bounds(t);
    h::expect_clean_output(t);
    EXPECT_EQ(t.exit_code, 1) << show(t);
  }
}

// ---------------------------------------------------------------------------------------------
// Control, bidi and separator characters, escaped (\uXXXX in the JSON text) and raw (valid
// JSON when raw: only C0 controls must be escaped in JSON), in member names and values: every
// output format escapes them, in every field.

struct hostile_char {
  std::string name;
  std::string spelling;  // as written in the payload's JSON text
  char32_t cp;
};

const std::vector<hostile_char>& hostile_chars() {
  static const std::vector<hostile_char> chars = {
      {"escaped U+0000", "\\u0000", 0x0000},
      {"escaped ESC", "\\u001b", 0x001B},
      {"escaped U+202E", "\\u202e", 0x202E},
      {"raw U+202E", utf8(0x202E), 0x202E},
      {"escaped U+2066", "\\u2066", 0x2066},
      {"raw U+2066", utf8(0x2066), 0x2066},
      {"raw C1 U+0085", utf8(0x0085), 0x0085},
      {"escaped C1 U+009B", "\\u009b", 0x009B},
      {"raw DEL", "\x7F", 0x007F},
      {"escaped DEL", "\\u007f", 0x007F},
      {"raw U+2028", utf8(0x2028), 0x2028},
      {"escaped U+2029", "\\u2029", 0x2029},
      {"raw U+FEFF", utf8(0xFEFF), 0xFEFF},
  };
  return chars;
}

// Every format on `dir`: clean output, parsable machine formats, and each finding line of the
// line formats starts as expected (a raw line break in a field would add lines).
void expect_every_format_clean(const scratch& s, const std::vector<std::string>& paths,
                               int exit_code) {
  for (const char* format : {"text", "concise", "json", "jsonl", "sarif", "github", "junit"}) {
    SCOPED_TRACE(format);
    std::vector<std::string> args = {"--format", format};
    args.insert(args.end(), paths.begin(), paths.end());
    const h::child_result r = lint(s, args);
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, exit_code) << show(r);
    const std::string_view f = format;
    if (f == "json") {
      EXPECT_EQ(h::parse_json_report(r.out).error, "");
    } else if (f == "jsonl") {
      EXPECT_EQ(h::parse_jsonl_report(r.out).error, "");
    } else if (f == "sarif") {
      boost::json::error_code ec;
      const boost::json::value v = boost::json::parse(r.out, ec);
      EXPECT_FALSE(ec) << ec.message();
      EXPECT_TRUE(v.is_object() && v.as_object().contains("runs"));
    } else if (f == "github") {
      for (const std::string& line : sailcheck::test::lines(r.out))
        EXPECT_TRUE(line.starts_with("::error ") || line.starts_with("::warning ") ||
                    line.starts_with("::notice "))
            << "a line that is no workflow command: " << h::printable(line.substr(0, 200));
    } else if (f == "junit") {
      EXPECT_TRUE(r.out.starts_with("<?xml")) << h::printable(r.out.substr(0, 200));
    }
  }
}

TEST(hostile, control_and_bidi_characters_in_content) {
  scratch s;
  for (std::size_t i = 0; i < hostile_chars().size(); ++i) {
    const std::string& c = hostile_chars()[i].spelling;
    std::string doc = p1_replacing(R"("my-site-cdn")", "\"my" + c + "site\"");
    // A near miss of bundleId (one insertion): LS1002 with a did-you-mean and a rename fix.
    const std::size_t at = doc.find(R"("bundleId")");
    doc.replace(at, 10, "\"bundleI" + c + "d\"");
    doc.pop_back();
    doc += ",\"x" + c + "y\":1,\"tags\":[{\"key\":\"k" + c + "\",\"value\":\"v" + c +
           "\"}],\"cacheBehaviors\":[{\"path\":\"/a" + c + "\",\"behavior\":\"dont-cache\"}]}";
    s.write("content/c" + std::to_string(i) + ".json", doc);
  }
  // Lone CRs are line breaks and tabs are spaces: the text format's source lines show neither.
  s.write("content/whitespace.json",
          "{\"distributionName\":\t\"bad name\",\r\"origin\":{\"name\":\"o1\",\"regionName\":"
          "\"us-east-1\"},\r\t\"defaultCacheBehavior\":{\"behavior\":\"cache\"},\"bundleId\":"
          "\"small_1_0\"}");
  expect_every_format_clean(s, {"content"}, 1);

  const h::child_result json = lint(s, {"--format", "json", "content"});
  const h::json_report rep = json_of(json);
  const h::child_result concise = lint(s, {"--format", "concise", "content"});
  for (std::size_t i = 0; i < hostile_chars().size(); ++i) {
    const hostile_char& c = hostile_chars()[i];
    SCOPED_TRACE(c.name);
    const std::string file = "content/c" + std::to_string(i) + ".json";
    const std::string raw = utf8(c.cp);
    std::set<std::pair<std::string, std::string>> got;  // (code, pointer)
    for (const h::finding& f : rep.findings)
      if (f.file == file) got.insert({f.code, f.pointer});
    EXPECT_TRUE(got.contains({"LS2002", "/distributionName"}));
    EXPECT_TRUE(got.contains({"LS1002", "/x" + raw + "y"}));
    EXPECT_TRUE(got.contains({"LS1002", "/bundleI" + raw + "d"}));
    // The concise line names the member, escaped.
    EXPECT_NE(concise.out.find(file + ":1:"), std::string::npos);
    EXPECT_NE(
        concise.out.find("/x" + escaped(c.cp) + "y: unknown member 'x" + escaped(c.cp) + "y'"),
        std::string::npos)
        << "expected the member name escaped as " << escaped(c.cp);
    EXPECT_NE(concise.out.find("did you mean 'bundleId'"), std::string::npos);
  }
}

// ---------------------------------------------------------------------------------------------
// The same characters in file names (created on disk), and in a missing path and the stdin name.

TEST(hostile, control_and_bidi_characters_in_file_names) {
  struct name_case {
    std::string part;
    char32_t cp;  // the code point `part` starts with; 0: an invalid UTF-8 byte
  };
  const std::vector<name_case> names = {
      {"\x1B[31m", 0x1B},     {"\n", 0x0A},           {"\t", 0x09},
      {"\r", 0x0D},           {utf8(0x202E), 0x202E}, {utf8(0x2066), 0x2066},
      {utf8(0x2028), 0x2028}, {utf8(0x2029), 0x2029}, {utf8(0x0085), 0x0085},
      {utf8(0x009B), 0x009B}, {"\x7F", 0x7F},         {"\xFF", 0},
  };
  scratch s;
  for (std::size_t i = 0; i < names.size(); ++i)
    s.write("names/n" + std::to_string(i) + names[i].part + ".json", one_finding_payload());
  const std::string missing = "gone\x1B]0;title\x07" + utf8(0x202E) + ".json";
  expect_every_format_clean(s, {"names", missing}, 2);

  const h::child_result concise = lint(s, {"--format", "concise", "names", missing});
  EXPECT_EQ(sailcheck::test::lines(concise.out).size(), names.size())
      << "one line per file: a raw line break in a name would add one";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].cp == 0) continue;
    const std::string shown = "names/n" + std::to_string(i) + escaped(names[i].cp) +
                              names[i].part.substr(utf8(names[i].cp).size()) + ".json:1:";
    EXPECT_NE(concise.out.find(shown), std::string::npos) << shown;
  }
  EXPECT_NE(concise.err.find("cannot read 'gone\\u001B]0;title\\u0007\\u202E.json'"),
            std::string::npos)
      << h::printable(concise.err);

  const h::child_result json = lint(s, {"--format", "json", "names", missing});
  const h::json_report rep = json_of(json);
  std::set<std::string> files;
  for (const h::finding& f : rep.findings) files.insert(f.file);
  EXPECT_EQ(files.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].cp == 0) continue;
    EXPECT_TRUE(files.contains("names/n" + std::to_string(i) + names[i].part + ".json"))
        << "the JSON file field is the exact name, JSON-escaped";
  }
  ASSERT_EQ(rep.tool_errors.size(), 1u);
  EXPECT_EQ(h::output_problem(rep.tool_errors[0]), "") << "the message itself is escaped";

  h::child_spec in;
  in.in = h::stdin_kind::file;
  in.in_path = s.write("stdin.json", one_finding_payload());
  const h::child_result named = lint(
      s, {"--format", "concise", "--stdin-filename", "s\x1B" + utf8(0x2066) + ".json", "-"}, in);
  h::expect_clean_output(named);
  EXPECT_EQ(named.exit_code, 1) << show(named);
  EXPECT_TRUE(named.out.starts_with("s\\u001B\\u2066.json:1:")) << h::printable(named.out);
}

// Messages on stderr quote file names and option values escaped, as concise output does.
TEST(hostile, stderr_escapes_names_and_option_values) {
  scratch s;
  const std::string file = s.write("one.json", one_finding_payload());
  const std::string evil = "\x1B[2J" + utf8(0x202E);
  const std::string shown = "\\u001B[2J\\u202E";
  struct stderr_case {
    std::vector<std::string> args;
    std::string says;
  };
  const std::vector<stderr_case> cases = {
      {{"--format", "x" + evil, file}, "unknown format 'x" + shown + "'"},
      {{"--x" + evil, file}, "unknown option '--x" + shown + "'"},
      // '[' makes it a glob: "no file matches this pattern".
      {{"missing" + evil + ".json"}, "'missing" + shown + ".json'"},
      {{"--select", "LS" + evil, file}, "unknown rule 'LS" + shown + "'"},
      {{"--ignore", "LS" + evil, file}, "unknown rule 'LS" + shown + "'"},
      {{"--severity", "LS" + evil + "=error", file}, "unknown rule 'LS" + shown + "'"},
      {{"--severity", "LS2001=" + evil, file}, "unknown level '" + shown + "'"},
      {{"--explain", "LS" + evil}, "unknown rule 'LS" + shown + "'"},
      {{"--config", "c" + evil + ".json", file}, "c" + shown + ".json"},
      {{"--baseline", "b" + evil, file}, "'b" + shown + "'"},
      {{"--output", "json=/nonexistent/o" + evil, file}, "'/nonexistent/o" + shown + "'"},
      {{"--max-warnings", evil, file}, "not '" + shown + "'"},
  };
  for (const stderr_case& c : cases) {
    SCOPED_TRACE(h::printable(c.args[0] + " " + (c.args.size() > 1 ? c.args[1] : "")));
    const h::child_result r = lint(s, c.args);
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, 2) << show(r);
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.says << "\n" << show(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Paths that name no payload: exit 2, a message that says what the path is, and no hang (a
// FIFO without a writer used to block forever).

TEST(hostile, special_paths_are_refused) {
  scratch s;
  s.write("empty/notes.txt", "not a payload");
  s.write("selfloop/one.json", one_finding_payload());
  fs::create_directory_symlink(".", s.dir() / "selfloop" / "again");
  ASSERT_EQ(::mkfifo(s.path("fifo.json").c_str(), 0600), 0);
  fs::create_directories(s.dir() / "fifodir");
  ASSERT_EQ(::mkfifo(s.path("fifodir/pipe.json").c_str(), 0600), 0);
  fs::create_symlink("loop-b.json", s.dir() / "loop-a.json");
  fs::create_symlink("loop-a.json", s.dir() / "loop-b.json");
  fs::create_symlink("nowhere.json", s.dir() / "dangling.json");
  // A UNIX socket bound to a path in the scratch folder (short enough for sun_path).
  const std::string socket_path = s.path("sock.json");
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const bool have_socket = sock >= 0 && socket_path.size() < sizeof addr.sun_path;
  if (have_socket) {
    std::memcpy(addr.sun_path, socket_path.c_str(), socket_path.size() + 1);
    EXPECT_EQ(::bind(sock, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);
  }
  struct path_case {
    std::string path;
    int exit_code;
    std::string says;  // on stderr
  };
  std::vector<path_case> cases = {
      {"empty", 2, "'empty': no *.json files in this directory"},
      {"fifo.json", 2, "cannot read 'fifo.json': is a FIFO (named pipe), not a regular file"},
      {"fifodir", 2, "'fifodir': no *.json files in this directory"},
      {"loop-a.json", 2, "cannot read 'loop-a.json': Too many levels of symbolic links"},
      {"dangling.json", 2, "cannot read 'dangling.json': No such file or directory"},
      {"/dev/null", 2, "cannot read '/dev/null': is a character device, not a regular file"},
      {"/dev/zero", 2, "cannot read '/dev/zero': is a character device, not a regular file"},
      {"selfloop", 1, ""},  // a link to its own folder is not followed: one file, one finding
  };
  if (have_socket)
    cases.push_back({"sock.json", 2, "cannot read 'sock.json': is a socket, not a regular file"});
  for (const path_case& c : cases) {
    SCOPED_TRACE(c.path);
    const h::child_result r = lint(s, {"--format", "concise", c.path});
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, c.exit_code) << show(r);
    if (c.says.empty()) {
      EXPECT_EQ(sailcheck::test::lines(r.out).size(), 1u) << show(r);
      EXPECT_EQ(h::printable(r.err), "");
    } else {
      EXPECT_NE(r.err.find("sailcheck: " + c.says), std::string::npos) << show(r);
    }
  }
  if (sock >= 0) ::close(sock);
}

// An unreadable file, as a user who cannot read it. CI runs as root, for whom mode 000 stops
// nothing: then the binary runs as nobody (setpriv from util-linux) on a file in a folder that
// nobody can traverse but not list, and cannot read.
TEST(hostile, unreadable_file_as_unprivileged_user) {
  scratch s;
  const std::string file = s.write("locked/secret.json", one_finding_payload());
  const std::string dir = s.path("locked");
  h::child_spec spec;
  spec.cwd = "/";
  if (::geteuid() == 0) {
    const passwd* nobody = ::getpwnam("nobody");
    const group* nogroup = ::getgrnam("nogroup");
    if (nogroup == nullptr) nogroup = ::getgrnam("nobody");
    std::string setpriv;
    for (const char* p : {"/usr/bin/setpriv", "/bin/setpriv"})
      if (::access(p, X_OK) == 0) setpriv = p;
    if (nobody == nullptr || nogroup == nullptr || setpriv.empty())
      GTEST_SKIP() << "running as root without setpriv or a nobody user and group: cannot run "
                      "the binary as an unprivileged user";
    spec.argv = {setpriv, "--reuid=" + std::to_string(nobody->pw_uid),
                 "--regid=" + std::to_string(nogroup->gr_gid), "--clear-groups"};
    ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
    ASSERT_EQ(::chmod(dir.c_str(), 0711), 0);
    h::child_spec probe = spec;
    probe.argv.insert(probe.argv.end(), {SAILCHECK_BINARY, "--version"});
    const h::child_result p = h::spawn(probe);
    if (p.exit_code != 0)
      GTEST_SKIP() << "nobody cannot run " << SAILCHECK_BINARY << " (a folder on its path is "
                   << "closed to other users?): " << show(p);
    spec.argv.push_back(SAILCHECK_BINARY);
  } else {
    ASSERT_EQ(::chmod(file.c_str(), 0), 0);
    if (::access(file.c_str(), R_OK) == 0)
      GTEST_SKIP() << "this user can read a file of mode 000 (a capability?)";
    spec.argv = {SAILCHECK_BINARY};
  }
  spec.argv.push_back(file);
  const h::child_result r = h::spawn(spec);
  ::chmod(dir.c_str(), 0755);
  h::expect_within_bounds(r);
  h::expect_clean_output(r);
  EXPECT_EQ(r.exit_code, 2) << show(r);
  EXPECT_NE(r.err.find("cannot read '" + file + "': Permission denied"), std::string::npos)
      << show(r);
}

// ---------------------------------------------------------------------------------------------
// Standard streams: stdout closed or full is a tool error (exit 2, said on stderr); a reader
// that goes away early (`| head -c 1`) has what it wanted: quiet, the status of the findings
// unchanged. A closed stdin cannot be read: exit 2, not "the file is empty".

TEST(hostile, stdout_closed_full_or_closed_early) {
  scratch s;
  s.write("one.json", one_finding_payload());
  // Enough output to fill any pipe buffer several times over, within the default caps.
  for (int f = 0; f < 30; ++f) {
    std::string members;
    for (int i = 0; i < 150; ++i) {
      if (i != 0) members += ',';
      members += "\"unknown" + std::to_string(i) + "\":1";
    }
    s.write("many/m" + std::to_string(f) + ".json", p1_with(members));
  }
  struct stream_case {
    std::string name;
    h::child_spec spec;
    std::vector<std::string> args;
    int exit_code;
    std::string says;  // on stderr; empty: stderr stays empty
  };
  h::child_spec closed;
  closed.out = h::stdout_kind::closed;
  h::child_spec full;
  full.out = h::stdout_kind::file;
  full.out_path = "/dev/full";
  h::child_spec head;
  head.out = h::stdout_kind::read_then_close;
  head.read_bytes = 1;
  const std::vector<stream_case> cases = {
      {">&-", closed, {"one.json"}, 2, "cannot write the report to standard output"},
      {">/dev/full", full, {"one.json"}, 2, "cannot write the report to standard output"},
      {"| head -c 1 (text)", head, {"--format", "text", "many"}, 1, ""},
      {"| head -c 1 (json)", head, {"--format", "json", "many"}, 1, ""},
  };
  for (const stream_case& c : cases) {
    SCOPED_TRACE(c.name);
    const h::child_result r = lint(s, c.args, c.spec);
    h::expect_within_bounds(r);
    h::expect_clean_output(r);
    EXPECT_EQ(r.exit_code, c.exit_code) << show(r);
    if (c.says.empty()) {
      EXPECT_EQ(h::printable(r.err), "");
    } else {
      EXPECT_NE(r.err.find("sailcheck: " + c.says), std::string::npos) << show(r);
    }
  }
}

TEST(hostile, closed_stdin_is_a_tool_error) {
  scratch s;
  h::child_spec spec;
  spec.in = h::stdin_kind::closed;
  const h::child_result r = lint(s, {"-"}, spec);
  h::expect_within_bounds(r);
  h::expect_clean_output(r);
  EXPECT_EQ(r.exit_code, 2) << show(r);
  EXPECT_NE(r.err.find("sailcheck: cannot read standard input"), std::string::npos) << show(r);
  EXPECT_EQ(h::printable(r.out), "");
}

// ---------------------------------------------------------------------------------------------
// Colons in file names. Concise output is `FILE:LINE:COL: SEVERITY: POINTER: MESSAGE [CODE
// name]` and does not escape ':' in FILE, so a tool splits it like this: FILE is everything
// before the FIRST `:LINE:COL: SEVERITY:` where LINE and COL are decimal digits and SEVERITY is
// error, warning, info or note. Searching from the left matters: a message can quote a value
// that contains `:7:8: error:`, and it comes after the real location. A name that itself
// contains `:DIGITS:DIGITS: SEVERITY:` cannot be told apart; machine formats (json, jsonl,
// sarif, github with %3A) carry the file in a field of its own.

struct concise_location {
  std::string file;
  long line = 0;
  long column = 0;
  std::string severity;
};

std::optional<concise_location> split_concise(std::string_view line) {
  auto digits = [&](std::size_t& p, long& value) {
    const std::size_t from = p;
    value = 0;
    while (p < line.size() && line[p] >= '0' && line[p] <= '9')
      value = value * 10 + (line[p++] - '0');
    return p > from;
  };
  for (std::size_t colon = line.find(':'); colon != std::string_view::npos;
       colon = line.find(':', colon + 1)) {
    concise_location loc;
    std::size_t p = colon + 1;
    if (!digits(p, loc.line) || p >= line.size() || line[p++] != ':') continue;
    if (!digits(p, loc.column) || line.substr(p, 2) != ": ") continue;
    p += 2;
    for (std::string_view sev : {"error", "warning", "info", "note"}) {
      if (line.substr(p, sev.size()) == sev && line.substr(p + sev.size(), 1) == ":") {
        loc.file = std::string(line.substr(0, colon));
        loc.severity = std::string(sev);
        return loc;
      }
    }
  }
  return std::nullopt;
}

TEST(hostile, colons_in_file_names_split_by_the_documented_rule) {
  scratch s;
  // The value quotes a location-like text: the message contains `:7:8: error:`.
  const std::string payload = p1_replacing(R"("http-only")", R"("a:7:8: error: b")");
  const std::size_t value_at = payload.find(R"("a:7:8)");
  const std::vector<std::string> names = {"a:1:2.json", "12:34:56.json", "x: error: y.json",
                                          ":9:9: z.json"};
  for (const std::string& n : names) s.write("colons/" + n, payload);
  const h::child_result r = lint(s, {"--format", "concise", "colons"});
  h::expect_within_bounds(r);
  h::expect_clean_output(r);
  EXPECT_EQ(r.exit_code, 1) << show(r);
  std::set<std::string> found;
  for (const std::string& line : sailcheck::test::lines(r.out)) {
    SCOPED_TRACE(line);
    const std::optional<concise_location> loc = split_concise(line);
    ASSERT_TRUE(loc.has_value());
    EXPECT_EQ(loc->line, 1);
    EXPECT_EQ(loc->column, static_cast<long>(value_at) + 1);
    EXPECT_EQ(loc->severity, "error");
    EXPECT_NE(line.find("[LS2001 enum-value]"), std::string::npos);
    found.insert(loc->file);
  }
  std::set<std::string> expected;
  for (const std::string& n : names) expected.insert("colons/" + n);
  EXPECT_EQ(found, expected);

  // GitHub workflow commands escape ':' and ',' in properties (%3A, %2C).
  const h::child_result gh = lint(s, {"--format", "github", "colons/a:1:2.json"});
  EXPECT_NE(gh.out.find("::error file=colons/a%3A1%3A2.json,line=1,"), std::string::npos) << gh.out;
}

}  // namespace
