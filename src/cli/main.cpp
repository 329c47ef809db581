#include "cli/run.hpp"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  return sailcheck::cli::run(args, std::cin, std::cout, std::cerr);
}
