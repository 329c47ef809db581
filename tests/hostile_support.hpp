#pragma once

// The real binary run as an attacker would run it: a child process (fork/execv) with its wall
// time and peak memory (wait4's ru_maxrss), killed at a deadline so that a hang fails instead of
// blocking the suite, and checks of what it printed (UTF-8, no raw control or bidi characters,
// JSON that parses).

#include "cli_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <fcntl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace sailcheck::test::hostile {

// A sanitized build (ASan's shadow memory, TSan's history) makes every child several times
// slower and far larger than a normal one: the time bound is then ten times wider and the
// memory bound is not checked, because ru_maxrss would measure the sanitizer, not sailcheck.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool k_sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
inline constexpr bool k_sanitized = true;
#else
inline constexpr bool k_sanitized = false;
#endif
#else
inline constexpr bool k_sanitized = false;
#endif

// Bounds, not speeds: generous enough for a noisy 2-core machine shared with other jobs.
inline constexpr double k_wall_bound_seconds = k_sanitized ? 50.0 : 5.0;
inline constexpr long k_rss_bound_kib = 256L * 1024;
inline constexpr int k_kill_after_seconds = 60;
// What a test keeps of a child's stdout; the rest is only counted (an uncapped report can be
// tens of MB, and the size is what such a test asserts).
inline constexpr std::size_t k_keep_output_bytes = 64u * 1024 * 1024;

enum class stdin_kind : std::uint8_t { null_device, file, closed };
enum class stdout_kind : std::uint8_t { capture, closed, file, read_then_close };

struct child_spec {
  std::vector<std::string> argv;  ///< argv[0] is the program's path (execv: no PATH lookup)
  std::string cwd;                ///< empty: the test's own working directory
  stdin_kind in = stdin_kind::null_device;
  std::string in_path;  ///< stdin_kind::file
  stdout_kind out = stdout_kind::capture;
  std::string out_path;        ///< stdout_kind::file, opened for writing (e.g. /dev/full)
  std::size_t read_bytes = 0;  ///< stdout_kind::read_then_close: bytes read before closing
};

struct child_result {
  int exit_code = -1;   ///< -1 when it did not exit normally
  int term_signal = 0;  ///< the signal that ended it, if one did
  bool killed = false;  ///< still running at the deadline
  std::string out;      ///< stdout (its first k_keep_output_bytes)
  std::size_t out_bytes = 0;
  std::string err;
  double wall_seconds = 0;
  long max_rss_kib = 0;
  long parent_rss_kib = 0;  ///< the test process's resident size when it forked the child
};

namespace detail {

// VmRSS of this process in KiB (0 when /proc is not there).
inline long own_rss_kib() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (f == nullptr) return 0;
  long kib = 0;
  char line[256];
  while (std::fgets(line, sizeof line, f) != nullptr)
    if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
  std::fclose(f);
  return kib;
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// In the child, between fork and exec: async-signal-safe calls only. Puts `fd` at `target`.
inline void move_fd(int fd, int target) {
  if (fd == target) return;
  ::dup2(fd, target);
  ::close(fd);
}

}  // namespace detail

/// Runs `spec` to its end, or kills it after k_kill_after_seconds.
inline child_result spawn(const child_spec& spec) {
  child_result r;
  std::vector<char*> argv;
  for (const std::string& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int out_pipe[2] = {-1, -1};
  int err_pipe[2] = {-1, -1};
  const bool reads_out =
      spec.out == stdout_kind::capture || spec.out == stdout_kind::read_then_close;
  if ((reads_out && ::pipe2(out_pipe, O_CLOEXEC) != 0) || ::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe2: " << std::strerror(errno);
    return r;
  }
  // A forked child's ru_maxrss counts the copy of this process it was before execv (the kernel
  // keeps the larger of the old and the new image's peak across exec). Returning freed heap to
  // the system first keeps that copy small, so the figure is the binary's own peak; the test
  // process's size is kept to tell the two apart.
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
  r.parent_rss_kib = detail::own_rss_kib();
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ADD_FAILURE() << "fork: " << std::strerror(errno);
    return r;
  }
  if (pid == 0) {
    // The child starts as a shell would start it: default SIGPIPE, nothing blocked.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    if (!spec.cwd.empty() && ::chdir(spec.cwd.c_str()) != 0) ::_exit(126);
    detail::move_fd(err_pipe[1], STDERR_FILENO);
    switch (spec.out) {
      case stdout_kind::capture:
      case stdout_kind::read_then_close:
        detail::move_fd(out_pipe[1], STDOUT_FILENO);
        break;
      case stdout_kind::closed:
        ::close(STDOUT_FILENO);
        break;
      case stdout_kind::file: {
        const int fd = ::open(spec.out_path.c_str(), O_WRONLY);
        if (fd < 0) ::_exit(126);
        detail::move_fd(fd, STDOUT_FILENO);
        break;
      }
    }
    // Last, so that the descriptors opened above cannot land on a closed standard input.
    switch (spec.in) {
      case stdin_kind::null_device:
      case stdin_kind::file: {
        const int fd =
            ::open(spec.in == stdin_kind::file ? spec.in_path.c_str() : "/dev/null", O_RDONLY);
        if (fd < 0) ::_exit(126);
        detail::move_fd(fd, STDIN_FILENO);
        break;
      }
      case stdin_kind::closed:
        ::close(STDIN_FILENO);
        break;
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  if (reads_out) ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  int out_fd = reads_out ? out_pipe[0] : -1;
  int err_fd = err_pipe[0];
  const auto deadline = start + std::chrono::seconds(k_kill_after_seconds);
  auto kill_child = [&] {
    if (!r.killed) ::kill(pid, SIGKILL);
    r.killed = true;
  };
  char buffer[64 * 1024];
  while ((out_fd >= 0 || err_fd >= 0) && !r.killed) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      kill_child();
      break;
    }
    pollfd fds[2];
    nfds_t n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    const int ready = ::poll(fds, n, static_cast<int>(std::min<long long>(left.count(), 200)));
    if (ready < 0 && errno != EINTR) {
      ADD_FAILURE() << "poll: " << std::strerror(errno);
      kill_child();
      break;
    }
    for (nfds_t i = 0; i < n && ready > 0; ++i) {
      if (fds[i].revents == 0) continue;
      int& fd = fds[i].fd == out_fd ? out_fd : err_fd;
      std::size_t want = sizeof buffer;
      if (&fd == &out_fd && spec.out == stdout_kind::read_then_close)
        want = std::min(want, spec.read_bytes - r.out_bytes);
      const ssize_t got = want == 0 ? 0 : ::read(fd, buffer, want);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        ::close(fd);
        fd = -1;
        continue;
      }
      const auto g = static_cast<std::size_t>(got);
      if (&fd == &out_fd) {
        if (r.out.size() < k_keep_output_bytes)
          r.out.append(buffer, std::min(g, k_keep_output_bytes - r.out.size()));
        r.out_bytes += g;
        // `| head -c N`: the reader goes away once it has what it wanted.
        if (spec.out == stdout_kind::read_then_close && r.out_bytes >= spec.read_bytes) {
          ::close(fd);
          fd = -1;
        }
      } else {
        r.err.append(buffer, g);
      }
    }
  }
  int status = 0;
  rusage usage{};
  for (;;) {
    const pid_t done = ::wait4(pid, &status, r.killed ? 0 : WNOHANG, &usage);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      ADD_FAILURE() << "wait4: " << std::strerror(errno);
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) kill_child();
    if (!r.killed) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (out_fd >= 0) ::close(out_fd);
  if (err_fd >= 0) ::close(err_fd);
  r.wall_seconds = detail::seconds_since(start);
  r.max_rss_kib = usage.ru_maxrss;  // Linux: KiB; includes the children it waited for
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.term_signal = WTERMSIG(status);
  return r;
}

/// `bytes` with everything but printable ASCII and '\n' as `<XX>`: for failure messages, which
/// must not send what the binary should not have printed to the test's own log.
inline std::string printable(std::string_view bytes) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string s;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 0x20 && c < 0x7F) || c == '\n') {
      s += ch;
    } else {
      s += '<';
      s += k_hex[c >> 4];
      s += k_hex[c & 15];
      s += '>';
    }
  }
  return s;
}

/// Why `bytes` could not be shown on a terminal or read as text: the first invalid UTF-8
/// sequence, or raw C0 control other than '\n', DEL, C1 control, bidi control (U+202A-U+202E,
/// U+2066-U+2069) or line/paragraph separator (U+2028, U+2029), with its byte offset. Empty
/// when there is none.
inline std::string output_problem(std::string_view bytes) {
  auto describe = [&](std::size_t at, std::string_view what) {
    std::string s = std::string(what) + " at byte " + std::to_string(at) + ": ...";
    const std::size_t from = at > 20 ? at - 20 : 0;
    for (std::size_t i = from; i < std::min(bytes.size(), at + 20); ++i) {
      const auto c = static_cast<unsigned char>(bytes[i]);
      if (c >= 0x20 && c < 0x7F) {
        s += static_cast<char>(c);
      } else {
        static constexpr char k_hex[] = "0123456789ABCDEF";
        s += "<";
        s += k_hex[c >> 4];
        s += k_hex[c & 15];
        s += ">";
      }
    }
    return s + "...";
  };
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    std::uint32_t cp = 0;
    std::size_t len = 0;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      cp = b0 & 0x1Fu;
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      cp = b0 & 0x0Fu;
      len = 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      cp = b0 & 0x07u;
      len = 4;
    } else {
      return describe(i, "invalid UTF-8 lead byte");
    }
    if (i + len > bytes.size()) return describe(i, "truncated UTF-8 sequence");
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(bytes[i + k]);
      if ((b & 0xC0u) != 0x80u) return describe(i, "invalid UTF-8 continuation byte");
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return describe(i, "overlong or out-of-range UTF-8");
    if (cp >= 0xD800 && cp <= 0xDFFF) return describe(i, "UTF-8 encoded surrogate");
    if (cp < 0x20 && cp != '\n') return describe(i, "raw C0 control character");
    if (cp == 0x7F) return describe(i, "raw DEL");
    if (cp >= 0x80 && cp <= 0x9F) return describe(i, "raw C1 control character");
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
      return describe(i, "raw bidi control");
    if (cp == 0x2028 || cp == 0x2029) return describe(i, "raw line or paragraph separator");
    i += len;
  }
  return {};
}

/// One finding of `--format json` or `jsonl`.
struct finding {
  std::string file, code, name, severity, pointer, message;
  std::int64_t line = 0, column = 0;
};

struct json_report {
  std::string error;  ///< why the output is not a report; empty when it is
  std::vector<finding> findings;
  std::vector<std::string> tool_errors;  ///< their messages
};

namespace detail {

inline std::string string_member(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  const boost::json::string* s = v != nullptr ? v->if_string() : nullptr;
  return s != nullptr ? std::string(*s) : std::string();
}

inline std::int64_t int_member(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  const std::int64_t* n = v != nullptr ? v->if_int64() : nullptr;
  return n != nullptr ? *n : -1;
}

inline finding to_finding(const boost::json::object& o) {
  return {string_member(o, "file"),     string_member(o, "code"),    string_member(o, "name"),
          string_member(o, "severity"), string_member(o, "pointer"), string_member(o, "message"),
          int_member(o, "line"),        int_member(o, "column")};
}

}  // namespace detail

/// The findings of a `--format json` report (schema: diagnostics[], toolErrors[]).
inline json_report parse_json_report(std::string_view text) {
  json_report r;
  boost::json::error_code ec;
  const boost::json::value v = boost::json::parse(text, ec);
  if (ec) {
    r.error = "--format json output does not parse: " + ec.message();
    return r;
  }
  const boost::json::object* root = v.if_object();
  const boost::json::value* diags = root != nullptr ? root->if_contains("diagnostics") : nullptr;
  if (diags == nullptr || !diags->is_array()) {
    r.error = "--format json output has no diagnostics array";
    return r;
  }
  for (const boost::json::value& d : diags->get_array())
    if (const boost::json::object* o = d.if_object()) r.findings.push_back(detail::to_finding(*o));
  if (const boost::json::value* errors = root->if_contains("toolErrors"))
    if (const boost::json::array* a = errors->if_array())
      for (const boost::json::value& e : *a)
        if (const boost::json::object* o = e.if_object())
          r.tool_errors.push_back(detail::string_member(*o, "message"));
  return r;
}

/// The findings of a `--format jsonl` report: every line must parse on its own.
inline json_report parse_jsonl_report(std::string_view text) {
  json_report r;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(std::min(nl + 1, text.size()));
    ++line_no;
    boost::json::error_code ec;
    const boost::json::value v = boost::json::parse(line, ec);
    const boost::json::object* o = ec ? nullptr : v.if_object();
    if (o == nullptr) {
      r.error = "--format jsonl line " + std::to_string(line_no) + " is not a JSON object";
      return r;
    }
    if (o->contains("toolError"))
      r.tool_errors.push_back(detail::string_member(*o, "toolError"));
    else
      r.findings.push_back(detail::to_finding(*o));
  }
  return r;
}

/// How many findings of each rule.
inline std::map<std::string, std::size_t> count_by_code(const std::vector<finding>& findings) {
  std::map<std::string, std::size_t> n;
  for (const finding& f : findings) ++n[f.code];
  return n;
}

/// The findings of rule `code`.
inline std::vector<finding> of_rule(const std::vector<finding>& findings, std::string_view code) {
  std::vector<finding> out;
  for (const finding& f : findings)
    if (f.code == code) out.push_back(f);
  return out;
}

/// In a test: the child ended by itself, within the time bound and (unsanitized) the memory
/// bound.
inline void expect_within_bounds(const child_result& r) {
  EXPECT_FALSE(r.killed) << "still running after " << k_kill_after_seconds << " s: killed";
  EXPECT_EQ(r.term_signal, 0) << "ended by signal " << r.term_signal;
  EXPECT_LT(r.wall_seconds, k_wall_bound_seconds) << "wall time bound";
  if (!k_sanitized) {
    EXPECT_LT(r.parent_rss_kib, k_rss_bound_kib / 2)
        << "the test process is too large to measure its child's peak RSS";
    EXPECT_LT(r.max_rss_kib, k_rss_bound_kib)
        << "peak RSS (KiB) bound; the test process had " << r.parent_rss_kib << " KiB";
  }
}

/// In a test: stdout and stderr are valid UTF-8 without raw control or bidi characters.
inline void expect_clean_output(const child_result& r) {
  EXPECT_EQ(output_problem(r.out), "") << "in stdout";
  EXPECT_EQ(output_problem(r.err), "") << "in stderr";
}

}  // namespace sailcheck::test::hostile
