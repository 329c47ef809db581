#pragma once

// The configuration's `suppress` entries and the baseline: findings a user has accepted.

#include "cli/config.hpp"

#include <sailcheck/diagnostic.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace sailcheck::cli {

/// Per entry of one configuration: how often it matched a file, and a finding.
struct suppression_use {
  std::vector<std::size_t> files;     ///< linted files its `files` glob matched
  std::vector<std::size_t> findings;  ///< findings it suppressed
};

/// `file` relative to `base`, '/'-separated, as globs and baselines see it (with `../` when it
/// is outside `base`).
std::string relative_path(const std::filesystem::path& file, const std::filesystem::path& base);

/// Today as YYYY-MM-DD (UTC), the date `until` is compared with.
std::string today();

/// Removes from `r` the findings that `cfg`'s entries suppress for the file at `file`; entries
/// whose `until` is before `date` suppress nothing. Counts uses in `use` when it is not null.
void apply_suppressions(const config& cfg, const std::filesystem::path& file, std::string_view date,
                        report& r, suppression_use* use);

/// Findings recorded by --write-baseline, keyed by (file, rule code, pointer), with counts.
class baseline {
 public:
  /// Reads a baseline file; files in it are relative to its directory.
  static boost::system::result<baseline, config_error> load(const std::filesystem::path& path);

  /// Removes from `r` the findings the baseline holds (each entry absorbs as many findings as
  /// its count).
  void filter(const std::filesystem::path& file, report& r);

  /// Adds a file's findings.
  void add(const std::filesystem::path& file, const report& r);

  /// The baseline as a JSON document, deterministic (sorted).
  std::string serialize() const;

  void set_base(const std::filesystem::path& dir) { base_ = dir; }

 private:
  std::string key_file(const std::filesystem::path& file) const;

  std::filesystem::path base_;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> entries_;
};

}  // namespace sailcheck::cli
