// The invariants of the configuration parser (src/cli/config.hpp), asserted by
// fuzz/config_fuzz.cpp and replayed by tests/fuzz_regression_test.cpp:
//   - parse_config never crashes and gives the same result twice (determinism);
//   - an error message is not empty and is clean (see output_problem); the file name has a
//     bidi control and a line break, so that it is checked to be escaped too;
//   - a configuration that parses turns into options that linter::create accepts (config.hpp
//     promises that parse_config has checked this), and that linter checks a payload; the
//     configuration's suppressions and excludes then apply without crashing, suppressing only
//     removes findings, and entries expired before the date suppress nothing.

#include "invariants.hpp"

#include "cli/config.hpp"
#include "cli/suppress.hpp"

#include <sailcheck/linter.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace sailcheck::fuzz {
namespace {

// A payload with findings of several rules at several depths, for suppressions to act on.
constexpr std::string_view k_payload = R"({
  "distributionName": "my.site",
  "origin": {"name": "o", "regionName": "us-east-1a", "protocolPolicy": "https-onlyy"},
  "defaultCacheBehavior": {"behavior": "cache"},
  "cacheBehaviorSettings": {"minimumTTL": 5, "forwardedHeaders": {"option": "all"}},
  "cacheBehaviors": [{"path": "/a/*", "behavior": "cache"}, {"path": "a/*", "behavior": "cache"}],
  "tags": [{"key": "aws:x", "value": ""}, {"key": "K"}],
  "bundleId": "smal_1_0",
  "Extra": 1
})";

// Paths as exclude and suppress globs see them: relative, '/'-separated, a directory ending in
// '/'; odd ones too.
constexpr std::array<std::string_view, 9> k_paths = {
    "a.json",     "drafts/",         "drafts/x/y.json", "./b/c.json",
    "../up.json", ".sailcheck.json", "a b/[x].json",    "\xC3\xA9/\xE2\x80\xAE.json",
    "\xFF/**/?"};

// The file name the messages name: `parse_config` must escape it.
const std::filesystem::path& config_path() {
  static const std::filesystem::path path = "conf\xE2\x80\xAE\n/.sailcheck.json";
  return path;
}

std::string summary(const boost::system::result<cli::config, config_error>& r) {
  if (!r) return "error " + show(r.error().message, 1 << 20);
  const cli::config& c = *r;
  std::string out = "ok";
  for (const std::string& s : c.select) out += " select " + show(s, 1 << 20);
  for (const std::string& s : c.ignore) out += " ignore " + show(s, 1 << 20);
  for (const auto& [s, level] : c.severities)
    out += " severity " + show(s, 1 << 20) + "=" + std::string(to_string(level));
  if (c.fail_level) out += " fail-level " + std::string(to_string(*c.fail_level));
  for (const std::string& s : c.exclude) out += " exclude " + show(s, 1 << 20);
  for (const cli::suppression& s : c.suppress)
    out += " suppress " + show(s.files, 1 << 20) + ' ' + show(s.rule, 1 << 20) + ' ' +
           std::string(s.code) + ' ' + show(s.pointer, 1 << 20) + ' ' + show(s.reason, 1 << 20) +
           ' ' + show(s.until, 1 << 20) + ' ' + std::to_string(s.index);
  return out;
}

}  // namespace

std::optional<std::string> check_config_invariants(std::string_view text) {
  const auto parsed = cli::parse_config(text, config_path());
  if (summary(cli::parse_config(text, config_path())) != summary(parsed))
    return "two parses of one configuration differ: " + summary(parsed);
  if (!parsed) {
    const std::string& message = parsed.error().message;
    if (message.empty()) return "empty error message";
    if (auto p = output_problem(message)) return "error message " + show(message) + ": " + *p;
    return std::nullopt;
  }
  const cli::config& c = *parsed;
  auto lint = linter::create(cli::to_options(c));
  if (!lint)
    return "parse_config accepted options that linter::create refuses: " +
           show(lint.error().message);
  const report full = lint->check_text(k_payload);
  for (const std::string_view date : {"2000-01-01", "2999-12-31"}) {
    for (const std::string_view file : k_paths) {
      report r = full;
      cli::suppression_use use;
      use.files.resize(c.suppress.size());
      use.findings.resize(c.suppress.size());
      cli::apply_suppressions(c, c.base_dir() / std::filesystem::path(file), date, r, &use);
      if (r.diagnostics.size() > full.diagnostics.size()) return "suppressing added findings";
      const bool all_expired = std::all_of(
          c.suppress.begin(), c.suppress.end(),
          [&](const cli::suppression& s) { return !s.until.empty() && s.until < date; });
      if (all_expired && r.diagnostics.size() != full.diagnostics.size())
        return "entries that expired before " + std::string(date) + " suppressed a finding";
      static_cast<void>(cli::is_excluded(c, file));
    }
  }
  return std::nullopt;
}

}  // namespace sailcheck::fuzz
