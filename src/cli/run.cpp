#include "cli/run.hpp"

#include <sailcheck/sailcheck.hpp>

#include <fmt/format.h>

#include <sys/stat.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace sailcheck::cli {
namespace {

constexpr std::string_view k_usage =
    "usage: sailcheck [--format concise|json] FILE...\n"
    "\n"
    "Checks Amazon Lightsail CreateDistribution request payloads (JSON).\n"
    "FILE '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --format FMT   concise (default): file:line:col: severity: /pointer: message [code name]\n"
    "                 json: one JSON document (schemaVersion 1)\n"
    "  --version      print the version and exit\n"
    "  -h, --help     print this help and exit\n"
    "\n"
    "exit codes: 0 no error finding, 1 error findings, 2 the tool could not run\n";

enum class output_format { concise, json };

// Reads a whole file, refusing what is not a regular file; bounded by the size limit plus one
// byte, so an endless stream cannot exhaust memory (the parse stage reports the excess).
std::optional<std::string> read_input(std::istream& in, std::size_t limit) {
  std::string data;
  char buffer[64 * 1024];
  while (data.size() <= limit) {
    in.read(buffer, sizeof buffer);
    std::streamsize got = in.gcount();
    if (got <= 0) break;
    data.append(buffer, static_cast<std::size_t>(got));
  }
  if (in.bad()) return std::nullopt;
  if (data.size() > limit + 1) data.resize(limit + 1);
  return data;
}

}  // namespace

int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  output_format format = output_format::concise;
  std::vector<std::string_view> files;
  bool only_files = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (only_files || a == "-" || !a.starts_with("-")) {
      files.push_back(a);
    } else if (a == "--") {
      only_files = true;
    } else if (a == "-h" || a == "--help") {
      out << k_usage;
      return k_exit_clean;
    } else if (a == "--version") {
      out << "sailcheck " << version() << '\n';
      return k_exit_clean;
    } else if (a == "--format" || a.starts_with("--format=")) {
      std::string_view value;
      if (a == "--format") {
        if (i + 1 == args.size()) {
          err << "sailcheck: --format needs a value: concise or json\n";
          return k_exit_usage;
        }
        value = args[++i];
      } else {
        value = a.substr(9);
      }
      if (value == "concise") {
        format = output_format::concise;
      } else if (value == "json") {
        format = output_format::json;
      } else {
        err << "sailcheck: unknown format '" << value << "'; expected concise or json\n";
        return k_exit_usage;
      }
    } else {
      err << "sailcheck: unknown option '" << a << "'\n" << k_usage;
      return k_exit_usage;
    }
  }
  if (files.empty()) {
    err << "sailcheck: no input files\n" << k_usage;
    return k_exit_usage;
  }

  const linter lint;
  const std::size_t limit = lint.limits().max_input_bytes;
  std::vector<file_report> reports;
  bool failed_to_read = false;
  for (std::string_view name : files) {
    std::optional<std::string> text;
    if (name == "-") {
      text = read_input(in, limit);
    } else {
      const std::string path(name);
      struct stat st {};
      if (::stat(path.c_str(), &st) != 0) {
        err << "sailcheck: cannot read '" << name << "': " << std::strerror(errno) << '\n';
        failed_to_read = true;
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        err << "sailcheck: cannot read '" << name << "': is a directory\n";
        failed_to_read = true;
        continue;
      }
      std::ifstream file(path, std::ios::binary);
      if (!file) {
        err << "sailcheck: cannot read '" << name << "': " << std::strerror(errno) << '\n';
        failed_to_read = true;
        continue;
      }
      text = read_input(file, limit);
    }
    if (!text) {
      err << "sailcheck: cannot read '" << name << "': read error\n";
      failed_to_read = true;
      continue;
    }
    reports.push_back({std::string(name), lint.check_text(*text)});
  }

  out << (format == output_format::json ? format_json(reports) : format_concise(reports));
  out.flush();
  if (!out) {
    err << "sailcheck: cannot write the report to standard output\n";
    return k_exit_usage;
  }
  if (failed_to_read) return k_exit_usage;
  for (const file_report& r : reports)
    if (r.report.has_errors()) return k_exit_findings;
  return k_exit_clean;
}

}  // namespace sailcheck::cli
