#pragma once

// The command line, parsed: what the user asked for, before any file is read.

#include <sailcheck/format.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/severity.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::cli {

enum class color_mode : std::uint8_t { auto_detect, always, never };

struct output_target {
  output_format format = output_format::concise;
  std::string path;  ///< the file it is written to
};

struct arguments {
  std::vector<std::string> paths;  ///< files, directories, globs, "-" for standard input
  std::optional<output_format>
      format;                          ///< stdout's format; unset: text on a terminal, else concise
  std::vector<output_target> outputs;  ///< --output FMT=FILE, in order
  std::string stdin_filename;       ///< --stdin-filename: the name stdin is shown and configured as
  std::size_t jobs = 0;             ///< -j: 0 means the number of cores
  std::vector<std::string> select;  ///< --select: replaces the config's selection when given
  bool select_given = false;
  std::vector<std::string> ignore;                           ///< --ignore: added to the config's
  std::vector<std::pair<std::string, severity>> severities;  ///< --severity, after the config's
  std::optional<severity> fail_level;
  std::optional<std::size_t> max_warnings;
  std::optional<std::size_t> max_findings;           ///< --max-findings: over the config's
  std::optional<std::size_t> max_findings_per_rule;  ///< --max-findings-per-rule
  bool exit_zero = false;
  bool statistics = false;
  bool fix = false;
  bool diff = false;
  std::string config;  ///< --config FILE
  bool no_config = false;
  std::string print_config;    ///< --print-config FILE
  std::string baseline;        ///< --baseline FILE
  std::string write_baseline;  ///< --write-baseline FILE
  color_mode color = color_mode::auto_detect;
  std::optional<sailcheck::target_model> target_model;  ///< --target-model: over the config's

  std::vector<std::string> policies;  ///< --policy FILE, in order (after the config's)

  // Actions that replace linting.
  bool help = false;
  bool version = false;
  bool list_rules = false;
  std::string explain;        ///< --explain RULE
  bool print_schema = false;  ///< --print-schema
};

/// Why the command line could not be parsed: one line for stderr (a usage hint follows).
struct usage_error {
  std::string message;
};

/// Parses the arguments after the program name. Values may follow as the next argument or
/// after `=`; `--` ends the options.
std::optional<usage_error> parse_arguments(std::span<const std::string_view> args, arguments& out);

/// The text of `sailcheck --help`.
std::string_view usage_text() noexcept;

}  // namespace sailcheck::cli
