// Golden outputs of the real binary: every format on the bundled examples, byte for byte.
// Regenerate with SAILCHECK_UPDATE_GOLDEN=1 after an intended change, and review the diff.

#include "cli_support.hpp"
#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace {

namespace fs = std::filesystem;

using sailcheck::test::quote;
using sailcheck::test::read_file;

struct golden_case {
  std::string name;  // the golden file under tests/golden/cli/
  std::string args;  // after the binary, run in the source directory
};

void PrintTo(const golden_case& c, std::ostream* os) { *os << c.name; }

// The examples in a fixed order, by relative path, so file names in outputs are stable.
const std::string k_examples =
    "examples/broken.json examples/needs-work.json examples/shop.json examples/static-site.json";

class cli_golden : public ::testing::TestWithParam<golden_case> {};

TEST_P(cli_golden, output_is_byte_identical) {
  const golden_case& c = GetParam();
  const fs::path golden = fs::path(SAILCHECK_SOURCE_DIR) / "tests/golden/cli" / c.name;
  const std::string command = "cd " + quote(SAILCHECK_SOURCE_DIR) +
                              " && env -u NO_COLOR -u FORCE_COLOR -u GITHUB_STEP_SUMMARY " +
                              quote(SAILCHECK_BINARY) + " " + c.args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int status = ::pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status));
  out += "[exit " + std::to_string(WEXITSTATUS(status)) + "]\n";
  // The version changes with releases; goldens hold a placeholder.
  for (std::size_t pos; (pos = out.find(std::string(sailcheck::version()))) != std::string::npos;)
    out.replace(pos, sailcheck::version().size(), "@VERSION@");
  const char* update = std::getenv("SAILCHECK_UPDATE_GOLDEN");
  if (update != nullptr && *update != '\0') {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << out;
    GTEST_SKIP() << "updated " << golden;
  }
  const std::string expected = read_file(golden.string());
  ASSERT_FALSE(expected.empty()) << golden << " is missing; run with SAILCHECK_UPDATE_GOLDEN=1";
  EXPECT_EQ(out, expected) << c.args;
}

INSTANTIATE_TEST_SUITE_P(
    formats, cli_golden,
    ::testing::Values(
        golden_case{"text.txt", "--format text --color never " + k_examples},
        golden_case{"text-color.txt", "--format text --color always " + k_examples},
        golden_case{"concise.txt", "--format concise " + k_examples},
        golden_case{"json.json", "--format json " + k_examples + " examples/missing.json"},
        golden_case{"jsonl.jsonl", "--format jsonl " + k_examples + " examples/missing.json"},
        golden_case{"sarif.sarif", "--format sarif " + k_examples + " examples/missing.json"},
        golden_case{"github.txt", "--format github " + k_examples},
        golden_case{"junit.xml", "--format junit " + k_examples},
        golden_case{"statistics.txt", "--statistics " + k_examples},
        golden_case{"diff.txt", "--diff " + k_examples},
        golden_case{"list-rules.txt", "--list-rules"},
        golden_case{"explain-ls3001.txt", "--explain LS3001"}),
    [](const ::testing::TestParamInfo<golden_case>& p) {
      std::string name;
      for (char c : p.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

}  // namespace
