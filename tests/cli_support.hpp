#pragma once

// Running the real `sailcheck` binary from tests: scratch directories, shell quoting, captured
// output and exit status.

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::test {

namespace fs = std::filesystem;

inline std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  out += '\'';
  return out;
}

// A scratch directory under the system temp directory, unique per process and test, removed at
// the end.
class scratch {
 public:
  scratch() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ =
        fs::temp_directory_path() / ("sailcheck_test_" + std::to_string(::getpid()) + "_" +
                                     std::to_string(counter++) + "_" + (info ? info->name() : "x"));
    fs::create_directories(dir_);
  }
  ~scratch() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;

  /// Writes `content` to `name` (relative, parent folders created); returns its path.
  std::string write(const fs::path& name, std::string_view content) const {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

struct result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `prefix sailcheck args` through the shell; stdout is captured, stderr goes to a file.
inline result run_shell(const scratch& s, const std::string& args, const std::string& prefix = "") {
  const std::string err_file = s.path("stderr.txt");
  const std::string command =
      prefix + quote(SAILCHECK_BINARY) + " " + args + " 2>" + quote(err_file);
  result r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "popen failed: " << command;
    return r;
  }
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  if (WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
  } else {
    ADD_FAILURE() << "sailcheck did not exit normally (status " << status << "): " << command;
  }
  r.err = sailcheck::test::read_file(err_file);
  return r;
}

inline result run(const scratch& s, const std::vector<std::string>& args) {
  std::string joined;
  for (const std::string& a : args) {
    if (!joined.empty()) joined += ' ';
    joined += quote(a);
  }
  return run_shell(s, joined);
}

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace sailcheck::test
