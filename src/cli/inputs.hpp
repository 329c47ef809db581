#pragma once

// What the command line's paths name: files, directories searched for *.json, globs, stdin.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sailcheck::cli {

struct input {
  std::string display;         ///< as shown in output: the path as found, or the stdin name
  std::filesystem::path path;  ///< on disk; empty for standard input
  bool is_stdin = false;
};

/// A path that named nothing to lint: missing, an unmatched glob, a directory without payloads.
struct input_error {
  std::string display;
  std::string message;
};

struct expansion {
  std::vector<input> inputs;
  std::vector<input_error> errors;
};

/// True when a file or directory is excluded by the configuration that applies to it.
using exclude_predicate = std::function<bool(const std::filesystem::path&)>;

/// Expands `paths` in order. Directories are searched recursively for `*.json` (hidden files
/// and folders skipped, symbolic links to folders not followed, entries sorted), globs are
/// matched the same way from their literal prefix, `-` is standard input (once, however often
/// it is named). Excluded paths are dropped silently, also when named explicitly, so that a
/// pre-commit hook honours the configuration. A file named twice is linted once.
expansion expand_paths(const std::vector<std::string>& paths, const std::string& stdin_name,
                       const exclude_predicate& excluded);

struct read_result {
  std::optional<std::string> text;  ///< set when the input could be read
  std::string error;                ///< otherwise why not: "is a directory", "No such file..."
  std::optional<std::size_t> size;  ///< the real size, when the file system knows it
};

/// Reads at most `limit + 1` bytes of a regular file, refusing anything else (FIFOs, devices,
/// sockets, directories) before opening it, so that nothing can block or stream forever.
read_result read_file(const std::filesystem::path& path, std::size_t limit);

/// Reads at most `limit + 1` bytes of the file descriptor `fd` (standard input).
read_result read_fd(int fd, std::size_t limit);

}  // namespace sailcheck::cli
