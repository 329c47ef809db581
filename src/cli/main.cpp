#include "cli/run.hpp"

#include <csignal>
#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  // A reader that goes away (`sailcheck ... | head`) must give a failed write and exit code 2,
  // not a death by signal that CI cannot tell from a crash.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string_view> args(argv + 1, argv + argc);
  return sailcheck::cli::run(args, std::cin, std::cout, std::cerr);
}
