// A first measurement of the whole check on the bundled examples; the full suite with peers
// and budgets is its own issue.

#include <sailcheck/sailcheck.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read_example(const char* name) {
  std::ifstream in(std::string(SAILCHECK_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_text(benchmark::State& state, const char* file, std::size_t expected) {
  const std::string text = read_example(file);
  const sailcheck::linter lint;
  if (lint.check_text(text).diagnostics.size() != expected) {
    state.SkipWithError("unexpected number of findings");
    return;
  }
  for (auto _ : state) {
    auto r = lint.check_text(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

BENCHMARK_CAPTURE(check_text, static_site, "static-site.json", 0);
BENCHMARK_CAPTURE(check_text, shop, "shop.json", 0);

}  // namespace

BENCHMARK_MAIN();
