#pragma once

// `.sailcheck.json`: the command line's configuration file. JSON with comments and trailing
// commas; found by walking up from each linted file, or named with --config.

#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/severity.hpp>

#include <boost/system/result.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::cli {

inline constexpr std::string_view k_config_file_name = ".sailcheck.json";

/// The largest configuration file `load_config` and `parse_config` accept.
inline constexpr std::size_t k_max_config_bytes = 1024 * 1024;

/// One `suppress` entry: findings of `rule` at `pointer` (or below it) in files matching `files`.
struct suppression {
  std::string files = "**";  ///< glob, relative to the configuration file's directory
  std::string rule;          ///< code or name, as written
  std::string_view code;     ///< the rule's code ("LS4004"), resolved from `rule`
  std::string pointer;       ///< RFC 6901; empty: anywhere in the file
  std::string reason;        ///< required, never empty
  std::string until;         ///< "YYYY-MM-DD" (inclusive) or empty for no end
  std::size_t index = 0;     ///< position in the `suppress` array (its pointer: /suppress/INDEX)
};

/// One `policies` entry: a JSON Schema file every payload must satisfy (LS9001).
struct policy_entry {
  std::string schema;          ///< the path as written
  std::filesystem::path path;  ///< `schema` resolved against the configuration's directory
  severity level = severity::error;
  std::string name;  ///< empty: the schema's title, else the file name
  std::string message;
  std::size_t index = 0;  ///< position in the `policies` array
};

struct config {
  std::filesystem::path path;  ///< the file it was read from; empty for the built-in defaults
  std::string text;            ///< that file's text, to locate entries in it
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::pair<std::string, severity>> severities;  ///< `severity`: in file order
  std::optional<severity> fail_level;
  std::optional<std::size_t> max_findings;           ///< `max-findings`: 0 for no cap
  std::optional<std::size_t> max_findings_per_rule;  ///< `max-findings-per-rule`
  std::vector<std::string> exclude;                  ///< globs, relative to the file's directory
  std::vector<suppression> suppress;
  std::optional<sailcheck::target_model> target_model;  ///< `target-model`
  std::vector<policy_entry> policies;  ///< read by the command line (`load_policies`)

  /// The directory the globs are relative to.
  std::filesystem::path base_dir() const { return path.parent_path(); }
};

/// Parses and validates a configuration file's text. Unknown keys, wrong types, unknown rule
/// ids, bad severities and dates are errors that name the file, the key and a did-you-mean:
/// `FILE:LINE:COLUMN: /POINTER: MESSAGE` (no pointer for the top-level object). One problem is
/// reported: a repeated key if there is one, else the first in document order. `path` is only
/// used in messages and as `config::path`.
boost::system::result<config, config_error> parse_config(std::string_view text,
                                                         const std::filesystem::path& path);

/// Reads and parses `path`. Anything but a regular file (or a symbolic link to one) is refused
/// without being opened for reading, so a FIFO cannot block; so is a file over
/// `k_max_config_bytes`.
boost::system::result<config, config_error> load_config(const std::filesystem::path& path);

/// The nearest `.sailcheck.json` in `dir` or one of its parents, up to the filesystem root; empty
/// when there is none. `dir` is made absolute (lexically, without resolving symbolic links). A
/// directory of that name is skipped; anything else of that name (a FIFO, a dangling link) is
/// returned, so that `load_config` reports it rather than a config further up being used
/// silently.
std::filesystem::path find_config(const std::filesystem::path& dir);

/// The linter options a configuration implies (`select`, `ignore`, `severity`; default limits).
/// `parse_config` has checked that `linter::create` accepts them.
sailcheck::options to_options(const config& c);

/// True when an `exclude` glob covers `relative` (relative to `c.base_dir()`, '/'-separated; a
/// directory when it ends in '/'), or one of the directories it is in (see `glob_covers`): so a
/// file named on the command line inside an excluded folder is skipped too.
bool is_excluded(const config& c, std::string_view relative);

}  // namespace sailcheck::cli
