#include "cli/inputs.hpp"

#include "cli/glob.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

namespace sailcheck::cli {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  if (S_ISCHR(mode)) return "is a character device, not a regular file";
  if (S_ISBLK(mode)) return "is a block device, not a regular file";
  return "is not a regular file";
}

// Every *.json below `dir` (or every file matching `pattern` relative to it), sorted.
std::vector<fs::path> search(const fs::path& dir, const std::string* pattern,
                             const exclude_predicate& excluded) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::error_code sec;
    const bool is_dir = e.is_directory(sec) && !e.is_symlink(sec);
    if (is_hidden(e.path()) || excluded(e.path())) {
      if (is_dir) it.disable_recursion_pending();
      continue;
    }
    if (is_dir || !e.is_regular_file(sec)) continue;
    if (pattern != nullptr) {
      const std::string rel = e.path().lexically_relative(dir).generic_string();
      if (!glob_match(*pattern, rel)) continue;
    } else if (e.path().extension() != ".json") {
      continue;
    }
    found.push_back(e.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// Splits a glob into the folder it starts from (the leading segments without glob characters)
// and the pattern relative to it.
std::pair<fs::path, std::string> split_glob(const std::string& glob) {
  fs::path base;
  std::string rest;
  std::size_t pos = 0;
  if (!glob.empty() && glob[0] == '/') {
    base = "/";
    pos = 1;
  }
  bool in_pattern = false;
  while (pos <= glob.size()) {
    const std::size_t slash = std::min(glob.find('/', pos), glob.size());
    const std::string segment = glob.substr(pos, slash - pos);
    if (!in_pattern && has_glob_chars(segment)) in_pattern = true;
    if (in_pattern) {
      if (!rest.empty()) rest += '/';
      rest += segment;
    } else if (!segment.empty()) {
      base /= segment;
    }
    pos = slash + 1;
  }
  if (base.empty()) base = ".";
  return {base, rest};
}

std::string display_of(const fs::path& p) {
  std::string s = p.generic_string();
  if (s.starts_with("./")) s.erase(0, 2);
  return s;
}

}  // namespace

expansion expand_paths(const std::vector<std::string>& paths, const std::string& stdin_name,
                       const exclude_predicate& excluded) {
  expansion out;
  std::set<std::string> seen;
  bool stdin_done = false;
  auto add = [&](const fs::path& p) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(p, ec);
    if (ec) key = p;
    if (!seen.insert(key.string()).second) return;
    out.inputs.push_back({display_of(p), p, false});
  };
  for (const std::string& arg : paths) {
    if (arg == "-") {
      if (!stdin_done) out.inputs.push_back({stdin_name.empty() ? "-" : stdin_name, {}, true});
      stdin_done = true;
      continue;
    }
    const fs::path p(arg);
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (fs::exists(st)) {
      if (excluded(p)) continue;
      if (fs::is_directory(st)) {
        std::vector<fs::path> found = search(p, nullptr, excluded);
        if (found.empty()) out.errors.push_back({arg, "no *.json files in this directory"});
        for (const fs::path& f : found) add(f);
      } else {
        add(p);  // read_file says why when it is not a regular file
      }
      continue;
    }
    if (has_glob_chars(arg)) {
      auto [base, pattern] = split_glob(arg);
      std::vector<fs::path> found =
          fs::is_directory(base, ec) ? search(base, &pattern, excluded) : std::vector<fs::path>{};
      if (found.empty()) out.errors.push_back({arg, "no file matches this pattern"});
      for (const fs::path& f : found) add(f);
      continue;
    }
    // Missing (or a dangling link): read_file gives the system's reason.
    out.inputs.push_back({display_of(p), p, false});
  }
  return out;
}

read_result read_fd(int fd, std::size_t limit) {
  read_result r;
  std::string data;
  char buffer[64 * 1024];
  while (data.size() <= limit) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      r.error = std::strerror(errno);
      return r;
    }
    if (got == 0) break;
    data.append(buffer, static_cast<std::size_t>(got));
  }
  if (data.size() > limit + 1) data.resize(limit + 1);
  r.text = std::move(data);
  return r;
}

read_result read_file(const fs::path& path, std::size_t limit) {
  read_result r;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    r.error = std::strerror(errno);
    return r;
  }
  if (!S_ISREG(st.st_mode)) {
    r.error = kind_of(st.st_mode);
    return r;
  }
  // O_NONBLOCK: should the file be swapped for a FIFO after the check, open must not wait.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    r.error = std::strerror(errno);
    return r;
  }
  struct stat opened {};
  if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
    r.error = kind_of(opened.st_mode);
    ::close(fd);
    return r;
  }
  r = read_fd(fd, limit);
  r.size = static_cast<std::size_t>(opened.st_size);
  ::close(fd);
  return r;
}

}  // namespace sailcheck::cli
