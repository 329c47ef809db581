#pragma once

#include <sailcheck/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace sailcheck {

/// One checked file and its report, as the formatters see it.
struct file_report {
  std::string file;  ///< as the user named it; "-" or the stdin name for standard input
  sailcheck::report report;
};

/// One line per finding: `file:line:col: severity: /pointer: message [LS2001 enum-value]`.
std::string format_concise(const std::vector<file_report>& files);

/// The stable machine-readable envelope (schemaVersion 1); one JSON document, newline-ended.
std::string format_json(const std::vector<file_report>& files);

/// A diagnostic's fix as a JSON Patch (RFC 6902) operation object.
boost::json::object fix_to_json(const fix& f);

}  // namespace sailcheck
