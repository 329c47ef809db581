// libFuzzer target: the `.sailcheck.json` parser (cli::parse_config) on any bytes, and what a
// configuration that parses is used for (see fuzz/config_invariants.cpp).

#include "invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto failure = sailcheck::fuzz::check_config_invariants(text)) {
    std::fprintf(stderr, "\nsailcheck config invariant failed: %s\n", failure->c_str());
    std::abort();
  }
  return 0;
}
