#include "cli/run.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <streambuf>
#include <string_view>
#include <vector>

namespace {

// Standard output as a stream that remembers why a write failed: std::cout only says that it
// did, and EPIPE (`sailcheck ... | head -1`) must end the run quietly while EBADF or ENOSPC is a
// failure worth reporting.
class fd_buffer final : public std::streambuf {
 public:
  explicit fd_buffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  ~fd_buffer() override { sync(); }
  int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (flush() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush(); }

 private:
  int flush() {
    const char* p = pbase();
    while (p < pptr()) {
      if (error_ != 0) break;
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        break;
      }
      p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0 ? 0 : -1;
  }

  int fd_;
  int error_ = 0;
  char buffer_[64 * 1024];
};

}  // namespace

int main(int argc, char** argv) {
  // A reader that goes away must give a failed write (EPIPE), not a death by signal that CI
  // cannot tell from a crash.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string_view> args(argv + 1, argv + argc);
  fd_buffer out_buffer(STDOUT_FILENO);
  std::ostream out(&out_buffer);
  sailcheck::cli::environment env;
  env.stdin_fd = STDIN_FILENO;
  env.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
  env.getenv = [](const char* name) -> const char* { return std::getenv(name); };
  env.out_error = [&out_buffer] { return out_buffer.error(); };
  const int status = sailcheck::cli::run(args, out, std::cerr, env);
  out.flush();
  return status;
}
