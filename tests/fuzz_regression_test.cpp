// Replays every input kept in fuzz/regressions/ through the fuzz targets' invariants: what the
// fuzzers once found stays fixed, in the normal suite and without clang.

#include "invariants.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// The files of one regression folder, sorted so that failures list in a stable order.
std::vector<fs::path> inputs(std::string_view target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(SAILCHECK_SOURCE_DIR) / "fuzz" / "regressions" / target;
  for (const fs::directory_entry& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(fuzz_regression, check_text_inputs_keep_every_invariant) {
  const std::vector<fs::path> files = inputs("check_text");
  // The hand-made inputs alone are more than this: an empty folder would test nothing.
  ASSERT_GE(files.size(), 10u);
  for (const fs::path& p : files) {
    const std::optional<std::string> failure = sailcheck::fuzz::check_invariants(read(p));
    EXPECT_EQ(failure, std::nullopt) << p.filename().string();
  }
}

TEST(fuzz_regression, config_inputs_keep_every_invariant) {
  const std::vector<fs::path> files = inputs("config");
  ASSERT_GE(files.size(), 5u);
  for (const fs::path& p : files) {
    const std::optional<std::string> failure = sailcheck::fuzz::check_config_invariants(read(p));
    EXPECT_EQ(failure, std::nullopt) << p.filename().string();
  }
}

// The invariants themselves: a failure must be caught, or a green replay would mean nothing.
TEST(fuzz_regression, output_problem_catches_what_no_output_may_hold) {
  using sailcheck::fuzz::output_problem;
  EXPECT_EQ(output_problem("plain\ntext \xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80"), std::nullopt);
  struct bad_case {
    std::string_view text;
    std::string_view expected;
  };
  const bad_case cases[] = {
      {"a\tb", "raw \"\\x09\" at byte 1, after \"a\""},
      {"a\rb", "raw \"\\x0d\" at byte 1, after \"a\""},
      {"\x1b[31m", "raw \"\\x1b\" at byte 0, after \"\""},
      {"x\x7f", "raw \"\\x7f\" at byte 1, after \"x\""},
      {"\xC2\x85", "raw \"\\xc2\\x85\" at byte 0, after \"\""},
      {"ab\xE2\x80\xAE", "raw \"\\xe2\\x80\\xae\" at byte 2, after \"ab\""},
      {"\xE2\x81\xA6", "raw \"\\xe2\\x81\\xa6\" at byte 0, after \"\""},
      {"\xE2\x80\xA8", "raw \"\\xe2\\x80\\xa8\" at byte 0, after \"\""},
      {"\xEF\xBB\xBF{}", "raw \"\\xef\\xbb\\xbf\" at byte 0, after \"\""},
      {"a\xFF", "invalid UTF-8 at byte 1: \"\\xff\""},
      {"\xC0\xAF", "invalid UTF-8 at byte 0: \"\\xc0\\xaf\""},           // overlong '/'
      {"\xED\xA0\x80", "invalid UTF-8 at byte 0: \"\\xed\\xa0\\x80\""},  // a surrogate
      {"\xF4\x90\x80\x80", "invalid UTF-8 at byte 0: \"\\xf4\\x90\\x80\\x80\""},
      {"\xE2\x80", "invalid UTF-8 at byte 0: \"\\xe2\\x80\""},
  };
  for (const bad_case& c : cases)
    EXPECT_EQ(output_problem(c.text), std::string(c.expected)) << sailcheck::fuzz::show(c.text);
}

TEST(fuzz_regression, line_column_counts_code_points_and_line_breaks) {
  using sailcheck::fuzz::line_column;
  using lc = std::pair<std::size_t, std::size_t>;
  const std::string_view text = "a\xC3\xA9" "b\r\nc\rd\n\xF0\x9F\x98\x80" "e";
  EXPECT_EQ(line_column(text, 0), lc(1, 1));
  EXPECT_EQ(line_column(text, 3), lc(1, 3));   // 'b', after the two bytes of U+00E9
  EXPECT_EQ(line_column(text, 4), lc(1, 4));   // the CR of a CRLF
  EXPECT_EQ(line_column(text, 5), lc(1, 4));   // its LF: the CR took no column
  EXPECT_EQ(line_column(text, 6), lc(2, 1));   // 'c'
  EXPECT_EQ(line_column(text, 8), lc(3, 1));   // 'd', after a lone CR
  EXPECT_EQ(line_column(text, 14), lc(4, 2));  // 'e', after one emoji
  EXPECT_EQ(line_column(text, text.size()), lc(4, 3));
  EXPECT_EQ(line_column("\xFF\x80x", 2), lc(1, 2));  // an invalid lead byte is one column
}

TEST(fuzz_regression, show_prints_printable_ascii_only) {
  using sailcheck::fuzz::show;
  EXPECT_EQ(show("a\"b\\c\n\x01\xE2\x80\xAE"), "\"a\\\"b\\\\c\\n\\x01\\xe2\\x80\\xae\"");
  EXPECT_EQ(show("abcdef", 3), "\"abc\"... (6 bytes)");
}

}  // namespace
