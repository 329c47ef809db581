// libFuzzer target: linter::check_text on any bytes, every output format, and the invariants of
// fuzz/invariants.cpp. A failed invariant prints what failed and aborts, which libFuzzer
// reports as a crash and saves the input.

#include "invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto failure = sailcheck::fuzz::check_invariants(text)) {
    std::fprintf(stderr, "\nsailcheck invariant failed: %s\n", failure->c_str());
    std::abort();
  }
  return 0;
}
