// `.sailcheck.json`: parsing and validation with exact messages, finding it upward, loading it
// safely, the helpers the command line applies it with, and its JSON Schema.

#include "cli/config.hpp"
#include "cli/glob.hpp"
#include "cli/jsonc.hpp"
#include "cli/suppress.hpp"
#include "cli_support.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/utils/boost_json_utils.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using sailcheck::severity;
using namespace sailcheck::cli;

const fs::path k_name{".sailcheck.json"};

using sailcheck::test::scratch;

std::string error_of(std::string_view text, const fs::path& path = k_name) {
  auto r = parse_config(text, path);
  if (r) return "(no error)";
  return r.error().message;
}

// --- invalid configurations: the exact message, with file, line:column and pointer ---------

struct invalid_case {
  std::string name;
  std::string text;
  std::string message;
};

void PrintTo(const invalid_case& c, std::ostream* os) { *os << c.name; }

class invalid_config : public ::testing::TestWithParam<invalid_case> {};

TEST_P(invalid_config, is_an_error_naming_the_place) {
  EXPECT_EQ(error_of(GetParam().text), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    config, invalid_config,
    ::testing::Values(
        // Keys.
        invalid_case{"unknown_key", R"({"selct": []})",
                     ".sailcheck.json:1:2: unknown key 'selct'; did you mean 'select'?"},
        invalid_case{"unknown_key_snake_case", R"({"fail_level": "error"})",
                     ".sailcheck.json:1:2: unknown key 'fail_level'; did you mean 'fail-level'?"},
        invalid_case{"unknown_key_far_from_all", R"({"rules": {}})",
                     ".sailcheck.json:1:2: unknown key 'rules'"},
        invalid_case{"unknown_key_on_its_line", "{\n  \"select\": [],\n    \"selct\": []\n}",
                     ".sailcheck.json:3:5: unknown key 'selct'; did you mean 'select'?"},
        invalid_case{"duplicate_key", R"({"select": [], "select": []})",
                     ".sailcheck.json:1:16: duplicate key 'select'"},
        invalid_case{"duplicate_severity", R"({"severity": {"LS2001": "info", "LS2001": "off"}})",
                     ".sailcheck.json:1:33: /severity: duplicate key 'LS2001'"},
        invalid_case{"duplicate_in_suppression",
                     R"({"suppress": [{"rule": "LS4004", "rule": "LS4005", "reason": "x"}]})",
                     ".sailcheck.json:1:34: /suppress/0: duplicate key 'rule'"},
        invalid_case{"not_an_object", "[]",
                     ".sailcheck.json:1:1: expected an object of settings, got an array"},
        invalid_case{"schema_not_a_string", R"({"$schema": 1})",
                     ".sailcheck.json:1:13: /$schema: expected a string, got a number"},
        // select / ignore.
        invalid_case{"select_not_an_array", R"({"select": "LS2"})",
                     ".sailcheck.json:1:12: /select: expected an array of rule selectors, got a "
                     "string"},
        invalid_case{"select_item_not_a_string", R"({"select": ["LS2", 1]})",
                     ".sailcheck.json:1:20: /select/1: expected a rule selector (a string), got a "
                     "number"},
        invalid_case{"select_misspelt_name", R"({"select": ["enum-valu"]})",
                     ".sailcheck.json:1:13: /select/0: unknown rule 'enum-valu'; did you mean "
                     "'enum-value' (LS2001)?"},
        invalid_case{"select_code_in_lower_case", R"({"select": ["ls2001"]})",
                     ".sailcheck.json:1:13: /select/0: unknown rule 'ls2001'; did you mean "
                     "'LS2001' (enum-value)?"},
        invalid_case{"select_all_in_lower_case", R"({"select": ["all"]})",
                     ".sailcheck.json:1:13: /select/0: unknown rule 'all'; did you mean 'ALL'?"},
        invalid_case{"select_prefix_of_nothing", R"({"select": ["LS8"]})",
                     ".sailcheck.json:1:13: /select/0: unknown rule 'LS8'"},
        invalid_case{"ignore_unknown", R"({"ignore": ["LS2001", "LS9999"]})",
                     ".sailcheck.json:1:23: /ignore/1: unknown rule 'LS9999'"},
        invalid_case{"ignore_input_rule", R"({"ignore": ["json-syntax"]})",
                     ".sailcheck.json:1:13: /ignore/0: rule LS0001 (json-syntax) cannot be "
                     "ignored: without it an unreadable payload would pass"},
        // severity.
        invalid_case{"severity_not_an_object", R"({"severity": ["LS2001"]})",
                     ".sailcheck.json:1:14: /severity: expected an object of rule severities, got "
                     "an array"},
        invalid_case{"severity_unknown_rule", R"({"severity": {"LS9999": "error"}})",
                     ".sailcheck.json:1:15: /severity/LS9999: unknown rule 'LS9999'"},
        invalid_case{"severity_misspelt_rule",
                     "{\n  \"severity\": {\n    \"unsafe-method\": "
                     "\"error\"\n  }\n}",
                     ".sailcheck.json:3:5: /severity/unsafe-method: unknown rule 'unsafe-method'; "
                     "did you mean 'unsafe-methods' (LS4004)?"},
        invalid_case{"severity_bad_level", R"({"severity": {"LS2001": "fatal"}})",
                     ".sailcheck.json:1:25: /severity/LS2001: expected one of 'error', "
                     "'warning', 'info', 'off', got 'fatal'"},
        invalid_case{"severity_misspelt_level", R"({"severity": {"LS2001": "eror"}})",
                     ".sailcheck.json:1:25: /severity/LS2001: expected one of 'error', "
                     "'warning', 'info', 'off', got 'eror'; did you mean 'error'?"},
        invalid_case{"severity_level_not_a_string", R"({"severity": {"LS2001": 2}})",
                     ".sailcheck.json:1:25: /severity/LS2001: expected one of 'error', "
                     "'warning', 'info', 'off', got a number"},
        invalid_case{"severity_input_rule_off", R"({"severity": {"json-syntax": "off"}})",
                     ".sailcheck.json:1:30: /severity/json-syntax: rule LS0001 (json-syntax) "
                     "cannot be turned off"},
        // fail-level.
        invalid_case{"fail_level_unknown", "{\n  \"fail-level\": \"fatal\"\n}",
                     ".sailcheck.json:2:17: /fail-level: expected one of 'error', 'warning', "
                     "'info', got 'fatal'"},
        invalid_case{"fail_level_off", R"({"fail-level": "off"})",
                     ".sailcheck.json:1:16: /fail-level: expected one of 'error', 'warning', "
                     "'info', got 'off'"},
        invalid_case{"fail_level_not_a_string", R"({"fail-level": ["error"]})",
                     ".sailcheck.json:1:16: /fail-level: expected one of 'error', 'warning', "
                     "'info', got an array"},
        // exclude.
        invalid_case{"exclude_not_an_array", R"({"exclude": "drafts"})",
                     ".sailcheck.json:1:13: /exclude: expected an array of globs, got a string"},
        invalid_case{"exclude_item_not_a_string", R"({"exclude": [true]})",
                     ".sailcheck.json:1:14: /exclude/0: expected a glob (a string), got a boolean"},
        invalid_case{"exclude_bad_glob", R"({"exclude": ["ok/**", "[a"]})",
                     ".sailcheck.json:1:23: /exclude/1: '[a' is not a valid glob: it has an "
                     "unclosed '['"},
        invalid_case{"exclude_empty_glob", R"({"exclude": [""]})",
                     ".sailcheck.json:1:14: /exclude/0: '' is not a valid glob: it is empty"},
        // suppress.
        invalid_case{"suppress_not_an_array", R"({"suppress": {}})",
                     ".sailcheck.json:1:14: /suppress: expected an array of suppressions, got an "
                     "object"},
        invalid_case{"suppress_item_not_an_object", R"({"suppress": ["LS4004"]})",
                     ".sailcheck.json:1:15: /suppress/0: expected an object with 'rule' and "
                     "'reason', got a string"},
        invalid_case{"suppress_unknown_key",
                     R"({"suppress": [{"rules": "LS4004", "reason": "x"}]})",
                     ".sailcheck.json:1:16: /suppress/0: unknown key 'rules'; did you mean "
                     "'rule'?"},
        invalid_case{"suppress_without_reason", R"({"suppress": [{"rule": "LS4004"}]})",
                     ".sailcheck.json:1:15: /suppress/0: missing required key 'reason'"},
        invalid_case{"suppress_without_rule", R"({"suppress": [{"reason": "legacy"}]})",
                     ".sailcheck.json:1:15: /suppress/0: missing required key 'rule'"},
        invalid_case{"suppress_blank_reason",
                     R"({"suppress": [{"rule": "LS4004", "reason": " \t"}]})",
                     ".sailcheck.json:1:44: /suppress/0/reason: the reason must not be blank: say "
                     "why the finding is accepted"},
        invalid_case{"suppress_reason_not_a_string",
                     R"({"suppress": [{"rule": "LS4004", "reason": 1}]})",
                     ".sailcheck.json:1:44: /suppress/0/reason: expected a reason (a string), got "
                     "a number"},
        invalid_case{"suppress_unknown_rule",
                     R"({"suppress": [{"rule": "unsafe-method", "reason": "x"}]})",
                     ".sailcheck.json:1:24: /suppress/0/rule: unknown rule 'unsafe-method'; did "
                     "you mean 'unsafe-methods' (LS4004)?"},
        invalid_case{"suppress_rule_prefix", R"({"suppress": [{"rule": "LS4", "reason": "x"}]})",
                     ".sailcheck.json:1:24: /suppress/0/rule: expected one rule's code or name, "
                     "got the selector 'LS4'"},
        invalid_case{"suppress_rule_not_a_string",
                     R"({"suppress": [{"rule": ["LS4004"], "reason": "x"}]})",
                     ".sailcheck.json:1:24: /suppress/0/rule: expected a rule code or name (a "
                     "string), got an array"},
        invalid_case{"suppress_input_rule", R"({"suppress": [{"rule": "LS0003", "reason": "x"}]})",
                     ".sailcheck.json:1:24: /suppress/0/rule: rule LS0003 (input-limit) cannot be "
                     "suppressed: without it an unreadable payload would pass"},
        invalid_case{"suppress_bad_files_glob",
                     R"({"suppress": [{"files": "../x", "rule": "LS4004", "reason": "x"}]})",
                     ".sailcheck.json:1:25: /suppress/0/files: '../x' is not a valid glob: it has "
                     "a '..' segment, and globs match paths below the configuration's directory"},
        invalid_case{
            "suppress_pointer_without_slash",
            R"({"suppress": [{"rule": "LS4004", "reason": "x", "pointer": "cacheBehaviorSettings"}]})",
            ".sailcheck.json:1:60: /suppress/0/pointer: 'cacheBehaviorSettings' is not a "
            "JSON Pointer: it must be empty or start with '/'"},
        invalid_case{"suppress_pointer_bad_escape",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "pointer": "/a~2b"}]})",
                     ".sailcheck.json:1:60: /suppress/0/pointer: '/a~2b' is not a JSON Pointer: "
                     "'~' must be followed by '0' or '1'"},
        invalid_case{"suppress_pointer_trailing_tilde",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "pointer": "/a~"}]})",
                     ".sailcheck.json:1:60: /suppress/0/pointer: '/a~' is not a JSON Pointer: "
                     "'~' must be followed by '0' or '1'"},
        invalid_case{"suppress_until_not_a_date",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "2025-1-1"}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: expected a date as 'YYYY-MM-DD', "
                     "got '2025-1-1'"},
        invalid_case{"suppress_until_a_number",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": 20250101}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: expected a date as 'YYYY-MM-DD', "
                     "got a number"},
        invalid_case{"suppress_until_february_29_of_a_common_year",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "2025-02-29"}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: '2025-02-29' is not a calendar "
                     "date"},
        invalid_case{"suppress_until_february_29_of_1900",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "1900-02-29"}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: '1900-02-29' is not a calendar "
                     "date"},
        invalid_case{"suppress_until_month_13",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "2025-13-01"}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: '2025-13-01' is not a calendar "
                     "date"},
        invalid_case{"suppress_until_april_31",
                     R"({"suppress": [{"rule": "LS4004", "reason": "x", "until": "2025-04-31"}]})",
                     ".sailcheck.json:1:58: /suppress/0/until: '2025-04-31' is not a calendar "
                     "date"},
        invalid_case{"suppress_second_entry", R"({"suppress": [{"rule": "LS4004", "reason": "x"},
  {"rule": "LS4004"}]})",
                     ".sailcheck.json:2:3: /suppress/1: missing required key 'reason'"},
        // Positions through comments: columns count code points of the original text.
        invalid_case{"comment_before_the_value",
                     "// header\n{\n  /* c */ \"fail-level\": \"fatal\" // x\n}",
                     ".sailcheck.json:3:25: /fail-level: expected one of 'error', 'warning', "
                     "'info', got 'fatal'"},
        invalid_case{"multibyte_comment_on_the_line",
                     "{/* \xC3\xA9\xC3\xA9\xC3\xA9 */\"fail-level\": 1}",
                     ".sailcheck.json:1:25: /fail-level: expected one of 'error', 'warning', "
                     "'info', got a number"},
        invalid_case{"comment_looking_string_is_not_a_comment",
                     "{\"$schema\": \"//x\", /* \"select\": 1 */ \"fail-level\": 0}",
                     ".sailcheck.json:1:52: /fail-level: expected one of 'error', 'warning', "
                     "'info', got a number"},
        // Hostile text is escaped wherever it is echoed.
        invalid_case{"escaped_key", R"({"\u001b[31mselect": []})",
                     ".sailcheck.json:1:2: unknown key '\\u001B[31mselect'"},
        invalid_case{"escaped_pointer_and_value", R"({"severity": {"\u202e": "error"}})",
                     ".sailcheck.json:1:15: /severity/\\u202E: unknown rule '\\u202E'"},
        invalid_case{"long_value_truncated",
                     R"({"fail-level": ")" + std::string(150, 'x') + R"("})",
                     ".sailcheck.json:1:16: /fail-level: expected one of 'error', 'warning', "
                     "'info', got '" +
                         std::string(100, 'x') + "\u2026' (150 characters)"},
        // Not JSON at all.
        invalid_case{"syntax_error", R"({"select": [})",
                     ".sailcheck.json:1:1: not valid JSON: syntax error at 1:13"},
        invalid_case{"incomplete", "{\n  \"select\": [\n",
                     ".sailcheck.json:1:1: not valid JSON: incomplete JSON at 3:1"},
        invalid_case{"empty", "", ".sailcheck.json:1:1: not valid JSON: incomplete JSON at 1:1"},
        invalid_case{"trailing_data", "{} {}",
                     ".sailcheck.json:1:1: not valid JSON: extra data at 1:4"},
        invalid_case{"invalid_utf8", "{\"select\": [\"\xC0\"]}",
                     ".sailcheck.json:1:1: not valid JSON: syntax error at 1:14"},
        invalid_case{"byte_order_mark", "\xEF\xBB\xBF{}",
                     ".sailcheck.json: not valid JSON: the file starts with a UTF-8 byte-order "
                     "mark; save it without one"},
        invalid_case{"utf16", std::string("{\0}\0", 4),
                     ".sailcheck.json: not valid JSON: the file looks like UTF-16 text; save it as "
                     "UTF-8"},
        invalid_case{"too_large", std::string(k_max_config_bytes + 1, ' '),
                     ".sailcheck.json: the file is 1048577 bytes, more than the limit of 1048576 "
                     "bytes (1 MiB)"}),
    [](const ::testing::TestParamInfo<invalid_case>& param) { return param.param.name; });

TEST(config, error_names_the_file_escaped) {
  EXPECT_EQ(error_of(R"({"selct": []})", fs::path("conf/\x1b[2J/.sailcheck.json")),
            "conf/\\u001B[2J/.sailcheck.json:1:2: unknown key 'selct'; did you mean 'select'?");
}

// --- valid configurations ---------------------------------------------------------------

TEST(config, empty_object_is_the_defaults) {
  auto r = parse_config("{}", k_name);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->path, k_name);
  EXPECT_EQ(r->text, "{}");
  EXPECT_TRUE(r->select.empty());
  EXPECT_TRUE(r->ignore.empty());
  EXPECT_TRUE(r->severities.empty());
  EXPECT_FALSE(r->fail_level.has_value());
  EXPECT_TRUE(r->exclude.empty());
  EXPECT_TRUE(r->suppress.empty());
}

TEST(config, every_key_with_comments_and_trailing_commas) {
  const std::string text = R"(// top comment
{
  "$schema": "https://example.com/schema.json", // ignored
  /* rule selection */
  "select": ["ALL", "LS4", "LS40", "enum-value", "LS2001",],
  "ignore": ["LS4013", "tag-key-case-collision",],
  "severity": {
    "LS4": "error",
    "weak-tls": "info",
    "LS4011": "off", // "not": "a key"
    "ALL": "warning",
  },
  "fail-level": "warning",
  "exclude": ["drafts/", "**/*.draft.json", "/generated/*.json",],
  "suppress": [
    {"rule": "LS4004", "reason": "legacy upload form, see OPS-1"},
    {
      "files": "legacy/**",
      "rule": "forward-all-headers",
      "pointer": "/cacheBehaviorSettings/forwardedHeaders",
      "reason": "the origin varies on every header",
      "until": "2028-02-29",
    },
  ],
}
/* trailing comment */
)";
  auto r = parse_config(text, "dir/.sailcheck.json");
  ASSERT_TRUE(r) << r.error().message;
  const config& c = *r;
  EXPECT_EQ(c.path, fs::path("dir/.sailcheck.json"));
  EXPECT_EQ(c.base_dir(), fs::path("dir"));
  EXPECT_EQ(c.text, text);
  EXPECT_EQ(c.select, (std::vector<std::string>{"ALL", "LS4", "LS40", "enum-value", "LS2001"}));
  EXPECT_EQ(c.ignore, (std::vector<std::string>{"LS4013", "tag-key-case-collision"}));
  const std::vector<std::pair<std::string, severity>> severities{{"LS4", severity::error},
                                                                 {"weak-tls", severity::info},
                                                                 {"LS4011", severity::off},
                                                                 {"ALL", severity::warning}};
  EXPECT_EQ(c.severities, severities);
  EXPECT_EQ(c.fail_level, severity::warning);
  EXPECT_EQ(c.exclude,
            (std::vector<std::string>{"drafts/", "**/*.draft.json", "/generated/*.json"}));
  ASSERT_EQ(c.suppress.size(), 2u);
  EXPECT_EQ(c.suppress[0].files, "**");
  EXPECT_EQ(c.suppress[0].rule, "LS4004");
  EXPECT_EQ(c.suppress[0].code, "LS4004");
  EXPECT_EQ(c.suppress[0].pointer, "");
  EXPECT_EQ(c.suppress[0].reason, "legacy upload form, see OPS-1");
  EXPECT_EQ(c.suppress[0].until, "");
  EXPECT_EQ(c.suppress[0].index, 0u);
  EXPECT_EQ(c.suppress[1].files, "legacy/**");
  EXPECT_EQ(c.suppress[1].rule, "forward-all-headers");
  EXPECT_EQ(c.suppress[1].code, "LS4005");
  EXPECT_EQ(c.suppress[1].pointer, "/cacheBehaviorSettings/forwardedHeaders");
  EXPECT_EQ(c.suppress[1].reason, "the origin varies on every header");
  EXPECT_EQ(c.suppress[1].until, "2028-02-29");
  EXPECT_EQ(c.suppress[1].index, 1u);
}

TEST(config, to_options_builds_the_linter_the_config_describes) {
  auto c = parse_config(R"({
    "select": ["LS2", "LS4"],
    "ignore": ["LS2001"],
    "severity": {"LS4004": "error", "LS2003": "info"},
  })",
                        k_name);
  ASSERT_TRUE(c) << c.error().message;
  const sailcheck::options o = to_options(*c);
  EXPECT_EQ(o.select, c->select);
  EXPECT_EQ(o.ignore, c->ignore);
  EXPECT_EQ(o.severities, c->severities);
  auto l = sailcheck::linter::create(o);
  ASSERT_TRUE(l) << l.error().message;
  EXPECT_EQ(l->severity_of("LS2001"), severity::off);
  EXPECT_EQ(l->severity_of("LS2003"), severity::info);
  EXPECT_EQ(l->severity_of("LS4004"), severity::error);
  EXPECT_EQ(l->severity_of("LS3002"), severity::off);
  EXPECT_EQ(l->severity_of("LS0001"), severity::error);
}

TEST(config, prefix_ignore_skips_the_input_rules_as_the_linter_does) {
  // "LS0" names LS0001 to LS0004; only LS0002 can go, and the linter keeps the others.
  auto c = parse_config(R"({"ignore": ["LS0"], "severity": {"LS0": "off"}})", k_name);
  ASSERT_TRUE(c) << c.error().message;
  auto l = sailcheck::linter::create(to_options(*c));
  ASSERT_TRUE(l);
  EXPECT_EQ(l->severity_of("LS0001"), severity::error);
  EXPECT_EQ(l->severity_of("LS0002"), severity::off);
}

// --- load_config ------------------------------------------------------------------------------

TEST(config, load_reads_a_file) {
  scratch s;
  const fs::path p = s.write(".sailcheck.json", "{\"fail-level\": \"info\"}\n");
  auto r = load_config(p);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->path, p);
  EXPECT_EQ(r->fail_level, severity::info);
  EXPECT_EQ(r->base_dir(), s.dir());
}

TEST(config, load_errors_name_the_file) {
  scratch s;
  const fs::path p = s.write(".sailcheck.json", "{\"fail-level\": \"fatal\"}");
  auto r = load_config(p);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, p.string() +
                                   ":1:16: /fail-level: expected one of 'error', "
                                   "'warning', 'info', got 'fatal'");
}

TEST(config, load_refuses_a_missing_file) {
  scratch s;
  const fs::path p = s.dir() / "missing.json";
  auto r = load_config(p);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            p.string() + ": cannot read the configuration: no such file or directory");
}

TEST(config, load_refuses_a_directory) {
  scratch s;
  const fs::path p = s.dir() / ".sailcheck.json";
  fs::create_directory(p);
  auto r = load_config(p);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            p.string() + ": cannot read the configuration: it is a directory, not a regular file");
}

TEST(config, load_refuses_a_fifo_without_blocking) {
  scratch s;
  const fs::path p = s.dir() / ".sailcheck.json";
  ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0);
  // Opening a FIFO with no writer for reading would block this test forever.
  auto r = load_config(p);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            p.string() + ": cannot read the configuration: it is a FIFO, not a regular file");
}

TEST(config, load_follows_a_symbolic_link_to_a_file) {
  scratch s;
  const fs::path target = s.write("shared/base.json", "{\"ignore\": [\"LS4013\"]}");
  const fs::path link = s.dir() / ".sailcheck.json";
  fs::create_symlink(target, link);
  auto r = load_config(link);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->ignore, std::vector<std::string>{"LS4013"});
}

TEST(config, load_refuses_a_dangling_link) {
  scratch s;
  const fs::path link = s.dir() / ".sailcheck.json";
  fs::create_symlink(s.dir() / "nowhere.json", link);
  auto r = load_config(link);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            link.string() + ": cannot read the configuration: no such file or directory");
}

TEST(config, load_refuses_an_oversize_file) {
  scratch s;
  // Valid JSON after the limit would still be refused: the size is checked before parsing.
  const fs::path p = s.write(".sailcheck.json", "{}" + std::string(k_max_config_bytes - 1, ' '));
  auto r = load_config(p);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, p.string() +
                                   ": the file is 1048577 bytes, more than the limit of "
                                   "1048576 bytes (1 MiB)");
  const fs::path ok =
      s.write("ok/.sailcheck.json", "{}" + std::string(k_max_config_bytes - 2, ' '));
  EXPECT_TRUE(load_config(ok));
}

// --- find_config ------------------------------------------------------------------------------

TEST(config, find_walks_up_to_the_nearest_file) {
  scratch s;
  const fs::path top = s.write("repo/.sailcheck.json", "{}");
  const fs::path inner = s.write("repo/a/b/.sailcheck.json", "{}");
  fs::create_directories(s.dir() / "repo/a/b/c/d");
  fs::create_directories(s.dir() / "repo/x/y");
  EXPECT_EQ(find_config(s.dir() / "repo/a/b/c/d"), inner);
  EXPECT_EQ(find_config(s.dir() / "repo/a/b"), inner);
  EXPECT_EQ(find_config(s.dir() / "repo/a"), top);
  EXPECT_EQ(find_config(s.dir() / "repo/x/y/"), top);
  EXPECT_EQ(find_config(s.dir() / "repo/x/y/../../a/b/c"), inner);
  EXPECT_EQ(find_config(s.dir() / "repo"), top);
}

TEST(config, find_skips_a_directory_of_that_name) {
  scratch s;
  const fs::path top = s.write("repo/.sailcheck.json", "{}");
  fs::create_directories(s.dir() / "repo/a/.sailcheck.json");
  EXPECT_EQ(find_config(s.dir() / "repo/a"), top);
}

TEST(config, find_returns_a_fifo_of_that_name_for_load_to_refuse) {
  scratch s;
  s.write("repo/.sailcheck.json", "{}");
  fs::create_directories(s.dir() / "repo/a");
  const fs::path fifo = s.dir() / "repo/a/.sailcheck.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(find_config(s.dir() / "repo/a"), fifo);
}

TEST(config, find_stops_at_the_root) {
  scratch s;
  fs::create_directories(s.dir() / "a/b");
  // Whatever lies above the scratch directory (usually nothing) is what the walk ends with.
  const fs::path above = find_config(s.dir().parent_path());
  EXPECT_EQ(find_config(s.dir() / "a/b"), above);
  EXPECT_EQ(find_config("/"),
            fs::exists("/.sailcheck.json") ? fs::path("/.sailcheck.json") : fs::path());
  EXPECT_EQ(find_config("."), find_config(fs::current_path()));
}

// --- the helpers the command line applies a config with -------------------------------------

config example_config() {
  auto c = parse_config(R"({"exclude": ["drafts/", "*.draft.json", "/generated",]})",
                        "/work/project/.sailcheck.json");
  EXPECT_TRUE(c) << c.error().message;
  return c ? *c : config{};
}

TEST(config, is_excluded_applies_the_globs_to_the_path_and_its_directories) {
  const config c = example_config();
  EXPECT_TRUE(is_excluded(c, "drafts/"));
  EXPECT_TRUE(is_excluded(c, "drafts/a.json"));
  EXPECT_TRUE(is_excluded(c, "sites/drafts/deep/a.json"));
  EXPECT_TRUE(is_excluded(c, "sites/new.draft.json"));
  EXPECT_TRUE(is_excluded(c, "generated/x.json"));
  EXPECT_FALSE(is_excluded(c, "sites/generated/x.json"));
  EXPECT_FALSE(is_excluded(c, "drafts"));  // a file named drafts: the pattern wants a folder
  EXPECT_FALSE(is_excluded(c, "sites/shop.json"));
}

// --- the JSON Schema and the example configuration ------------------------------------------

const std::string k_schema_path = SAILCHECK_SOURCE_DIR "/docs/sailcheck-config.schema.json";
const std::string k_example_dir = SAILCHECK_SOURCE_DIR "/examples/config";

json::value read_json(const std::string& path) {
  const std::string text = sailcheck::test::read_file(path);
  EXPECT_FALSE(text.empty()) << path;
  json::error_code ec;
  json::parse_options opts;
  opts.allow_trailing_commas = true;  // comments are stripped; trailing commas stay allowed
  json::value v = json::parse(strip_comments(text), ec, {}, opts);
  EXPECT_FALSE(ec) << path << ": " << ec.message();
  return v;
}

std::vector<std::string> strings(const json::value& v) {
  std::vector<std::string> out;
  if (const json::array* a = v.if_array())
    for (const json::value& item : *a)
      if (const json::string* s = item.if_string()) out.emplace_back(s->data(), s->size());
  return out;
}

class schema_validator {
 public:
  schema_validator() {
    schema_doc_ = read_json(k_schema_path);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::BoostJsonAdapter adapter(schema_doc_);
    parser.populateSchema(adapter, schema_);
  }
  bool accepts(const json::value& doc) const {
    valijson::Validator validator;
    valijson::adapters::BoostJsonAdapter target(doc);
    return validator.validate(schema_, target, nullptr);
  }
  const json::value& document() const { return schema_doc_; }

 private:
  json::value schema_doc_;
  valijson::Schema schema_;
};

TEST(config_schema, lists_exactly_the_rules) {
  const json::value schema = read_json(k_schema_path);
  const json::value* defs = schema.as_object().if_contains("definitions");
  ASSERT_NE(defs, nullptr);
  std::vector<std::string> codes;
  std::vector<std::string> names;
  for (const sailcheck::rule_info* r : sailcheck::all_rules()) {
    codes.emplace_back(r->code);
    names.emplace_back(r->name);
  }
  EXPECT_EQ(strings(defs->at_pointer("/rule_code/enum")), codes);
  EXPECT_EQ(strings(defs->at_pointer("/rule_name/enum")), names);
}

TEST(config_schema, lists_exactly_the_keys_and_levels) {
  const json::value schema = read_json(k_schema_path);
  std::vector<std::string> top;
  for (const auto& m : schema.at("properties").as_object()) top.emplace_back(m.key());
  EXPECT_EQ(top, (std::vector<std::string>{"$schema", "select", "ignore", "severity", "fail-level",
                                           "max-findings", "max-findings-per-rule", "target-model",
                                           "exclude", "suppress", "policies"}));
  std::vector<std::string> entry;
  for (const auto& m : schema.at_pointer("/definitions/suppression/properties").as_object())
    entry.emplace_back(m.key());
  EXPECT_EQ(entry, (std::vector<std::string>{"files", "rule", "pointer", "reason", "until"}));
  EXPECT_EQ(strings(schema.at_pointer("/definitions/suppression/required")),
            (std::vector<std::string>{"rule", "reason"}));
  EXPECT_EQ(strings(schema.at_pointer("/definitions/severity/enum")),
            (std::vector<std::string>{"error", "warning", "info", "off"}));
  EXPECT_EQ(strings(schema.at_pointer("/properties/fail-level/enum")),
            (std::vector<std::string>{"error", "warning", "info"}));
}

TEST(config_schema, accepts_the_example_config) {
  const schema_validator schema;
  const json::value example = read_json(k_example_dir + "/.sailcheck.json");
  EXPECT_TRUE(schema.accepts(example));
}

// The schema and parse_config agree on what the schema can express.
TEST(config_schema, agrees_with_parse_config) {
  const schema_validator schema;
  struct agree_case {
    std::string_view text;
    bool valid;
  };
  const agree_case cases[] = {
      {R"({})", true},
      {R"({"$schema": "x", "select": ["ALL", "LS4", "LS40", "LS2001", "enum-value"]})", true},
      {R"({"severity": {"LS4": "off", "weak-tls": "error"}, "fail-level": "info"})", true},
      {R"({"exclude": ["drafts/", "**/*.draft.json"]})", true},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "files": "a/**",
           "pointer": "/a~0b/c~1d", "until": "2028-02-29"}]})",
       true},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "pointer": ""}]})", true},
      {R"({"policies": [{"schema": "p.json", "severity": "warning", "name": "n", "message": ""}]})",
       true},
      {R"({"policies": [{"name": "n"}]})", false},
      {R"({"policies": [{"schema": ""}]})", false},
      {R"({"policies": [{"schema": "p.json", "level": "error"}]})", false},
      {R"({"selct": []})", false},
      {R"({"select": "LS2001"})", false},
      {R"({"select": ["LS2001x"]})", false},
      {R"({"select": ["ls2001"]})", false},
      {R"({"severity": {"LS2001": "fatal"}})", false},
      {R"({"severity": {"nope": "error"}})", false},
      {R"({"fail-level": "off"})", false},
      {R"({"exclude": [""]})", false},
      {R"({"exclude": ["a/../b"]})", false},
      {R"({"suppress": [{"rule": "LS4004"}]})", false},
      {R"({"suppress": [{"reason": "r"}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": " "}]})", false},
      {R"({"suppress": [{"rule": "LS4", "reason": "r"}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "extra": 1}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "pointer": "a"}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "pointer": "/a~2"}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "until": "2025-13-01"}]})", false},
      {R"({"suppress": [{"rule": "LS4004", "reason": "r", "until": "2025-1-1"}]})", false},
  };
  for (const agree_case& c : cases) {
    const bool parsed = parse_config(c.text, k_name).has_value();
    EXPECT_EQ(parsed, c.valid) << c.text << "\n" << error_of(c.text);
    EXPECT_EQ(schema.accepts(json::parse(strip_comments(c.text))), c.valid) << c.text;
  }
}

// The example folder works as its comments say: the site is clean, each finding of the legacy
// payload is suppressed (by the command line's own apply_suppressions), and the drafts are
// excluded.
TEST(config_example, suppresses_and_excludes_what_it_says) {
  auto c = load_config(k_example_dir + "/.sailcheck.json");
  ASSERT_TRUE(c) << c.error().message;
  auto lint = sailcheck::linter::create(to_options(*c));
  ASSERT_TRUE(lint) << lint.error().message;
  const severity fail = c->fail_level.value_or(severity::error);
  suppression_use use;
  use.files.assign(c->suppress.size(), 0);
  use.findings.assign(c->suppress.size(), 0);
  std::vector<std::string> linted;
  std::vector<std::string> excluded;
  for (const auto& entry : fs::recursive_directory_iterator(k_example_dir)) {
    if (!entry.is_regular_file() || entry.path().filename() == k_config_file_name) continue;
    const std::string rel = entry.path().lexically_relative(k_example_dir).generic_string();
    if (is_excluded(*c, rel)) {
      excluded.push_back(rel);
      continue;
    }
    linted.push_back(rel);
    sailcheck::report r = lint->check_text(sailcheck::test::read_file(entry.path()));
    EXPECT_FALSE(r.diagnostics.empty() && rel.starts_with("legacy/")) << "nothing to suppress";
    apply_suppressions(*c, entry.path(), "2026-01-01", r, &use);
    for (const sailcheck::diagnostic& d : r.diagnostics)
      EXPECT_LT(d.severity, fail) << rel << ": " << d.code << " " << d.pointer << ": " << d.message;
  }
  std::sort(linted.begin(), linted.end());
  EXPECT_EQ(linted, (std::vector<std::string>{"legacy/upload-form.json", "site.json"}));
  EXPECT_EQ(excluded, std::vector<std::string>{"drafts/next-site.json"});
  for (std::size_t i = 0; i < c->suppress.size(); ++i)
    EXPECT_GT(use.findings[i], 0u) << "suppress entry " << i << " suppresses nothing";
}

// The binary applies the example's configuration: the legacy finding is suppressed, and the
// drafts folder is skipped both when walking and when a file in it is named (as pre-commit does).
TEST(config_example, the_command_line_applies_it) {
  const sailcheck::test::scratch s;
  const std::string draft = k_example_dir + "/drafts/next-site.json";
  sailcheck::test::result r = sailcheck::test::run(s, {k_example_dir});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  r = sailcheck::test::run(s, {draft});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  r = sailcheck::test::run(s, {"--no-config", "--format", "concise", draft});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("[LS2001 enum-value]"), std::string::npos) << r.out;
}

}  // namespace
