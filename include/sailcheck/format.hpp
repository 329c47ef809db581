#pragma once

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/export.hpp>
#include <sailcheck/rule_info.hpp>
#include <sailcheck/severity.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck {

/// One checked file and its report, as the formatters see it.
struct file_report {
  std::string file;  ///< as the user named it; "-" or the stdin name for standard input
  sailcheck::report report;
  /// The text that was checked, when the caller keeps it: the text format quotes the source line
  /// under each finding. Empty: no excerpt.
  std::string_view source;
  /// Not empty when the file could not be checked at all (missing, unreadable, not a regular
  /// file); `report` is then empty. Machine formats list these as tool errors.
  std::string tool_error;
};

/// The output formats of the command line, each a small formatter of its own.
enum class output_format : std::uint8_t { text, concise, json, jsonl, sarif, github, junit };

// Unless a function says otherwise: complexity linear in what it writes, and the strong
// exception guarantee for the value it returns; calls to allocate may throw.

/// "text", "concise", "json", "jsonl", "sarif", "github", "junit".
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::string_view to_string(output_format f) noexcept;
/// The format named `name`; empty when there is none.
///
/// Complexity: linear in the number of formats. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::optional<output_format> parse_output_format(
    std::string_view name) noexcept;
/// Every format name, in declaration order.
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::span<const std::string_view> output_format_names() noexcept;

/// A rule as this run configured it: what SARIF lists in `tool.driver.rules`.
struct rule_entry {
  const rule_info* info = nullptr;
  severity level = severity::error;  ///< the effective severity (never `off`: those are left out)
};

/// The rule's category, from the range of its code: "input" (LS0), "structure" (LS1), "values"
/// (LS2), "cross-field" (LS3), "best-practice" (LS4), "compatibility" (LS5), "policy" (LS9).
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::string_view rule_category(std::string_view code) noexcept;

/// The documentation address of a rule: its section of docs/rules.md.
[[nodiscard]] SAILCHECK_API std::string rule_help_uri(const rule_info& r);

struct format_options {
  /// ANSI colours (text format only). The caller decides (terminal, NO_COLOR, FORCE_COLOR).
  bool color = false;
  /// The enabled rules with their severities (SARIF `tool.driver.rules`); when empty, every rule
  /// at its default severity.
  std::span<const rule_entry> rules;
  /// github format: where the Markdown summary table goes ($GITHUB_STEP_SUMMARY); null for none.
  std::ostream* step_summary = nullptr;
};

/// Writes one output format as files arrive, so that no format is built whole in memory first.
/// Call `add` once per file in output order, then `finish` once.
///
/// Exception safety: basic guarantee. What `add` and `finish` wrote stays written; a stream
/// error is the stream's state (the formatters do not enable stream exceptions).
class SAILCHECK_API formatter {
 public:
  virtual ~formatter() = default;
  virtual void add(const file_report& f) = 0;
  /// Closing summary, envelope end, trailing tool errors.
  virtual void finish() = 0;
};

/// A formatter of `format` writing to `out`; `out` and the options' referents must outlive it.
///
/// Complexity: constant; each `add` is linear in that file's report (and its source excerpt
/// lines, for the text format). Memory: no formatter keeps the reports it was given, only
/// counts (and, for JSON, the tool errors listed at the end).
[[nodiscard]] SAILCHECK_API std::unique_ptr<formatter> make_formatter(
    output_format format, std::ostream& out, const format_options& options = {});

/// All of `files` in `format`, as one string (tests, small tools).
[[nodiscard]] SAILCHECK_API std::string format_report(output_format format,
                                                      std::span<const file_report> files,
                                                      const format_options& options = {});

/// One line per finding: `file:line:col: severity: /pointer: message [LS2001 enum-value]`.
[[nodiscard]] SAILCHECK_API std::string format_concise(const std::vector<file_report>& files);

/// The stable machine-readable envelope (schemaVersion 1); one JSON document, newline-ended.
[[nodiscard]] SAILCHECK_API std::string format_json(const std::vector<file_report>& files);

/// A diagnostic's fix as a JSON Patch (RFC 6902) operation object.
[[nodiscard]] SAILCHECK_API boost::json::object fix_to_json(const fix& f);

}  // namespace sailcheck
