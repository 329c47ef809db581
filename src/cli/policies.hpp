#pragma once

// The policies of a run: the configuration's `policies` entries, then each --policy FILE, read
// from their files with the same checks and size limit as payloads.

#include "cli/config.hpp"

#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>

#include <boost/system/result.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace sailcheck::cli {

/// Where a policy comes from, before its file is read.
struct policy_source {
  std::filesystem::path path;  ///< as opened: relative to the configuration's directory or cwd
  severity level = severity::error;
  std::string name;  ///< empty: the schema's title, else the file name
  std::string message;
};

/// The configuration's entries in order, then the command line's files (severity error).
std::vector<policy_source> policy_sources(const config& c, const std::vector<std::string>& flags);

/// Reads each source (at most `max_bytes`; FIFOs, devices and directories are refused before
/// they are opened). The error names the file; the schemas are compiled by `linter::create`.
boost::system::result<std::vector<sailcheck::policy>, config_error> load_policies(
    const std::vector<policy_source>& sources, std::size_t max_bytes);

}  // namespace sailcheck::cli
