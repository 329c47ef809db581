#include <sailcheck/fix.hpp>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace sailcheck {
namespace {

namespace fs = std::filesystem;

// "1\n2\n...n\n" with line `k` (1-based) replaced for each entry of `changes`.
std::string numbered(int n, std::vector<std::pair<int, std::string>> changes = {}) {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    std::string line = std::to_string(i);
    for (const auto& [k, text] : changes)
      if (k == i) line = text;
    out += line + "\n";
  }
  return out;
}

struct diff_case {
  std::string name;
  std::string before;
  std::string after;
  std::string expected;  // without the two header lines
};

void PrintTo(const diff_case& c, std::ostream* os) { *os << c.name; }

class unified_diff_test : public ::testing::TestWithParam<diff_case> {};

TEST_P(unified_diff_test, writes_the_exact_hunks) {
  const diff_case& c = GetParam();
  EXPECT_EQ(unified_diff("p.json", c.before, c.after), "--- a/p.json\n+++ b/p.json\n" + c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    cases, unified_diff_test,
    ::testing::Values(
        diff_case{"single_line_change", numbered(10), numbered(10, {{5, "five"}}),
                  "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"},
        diff_case{"change_on_the_first_line", numbered(10), numbered(10, {{1, "one"}}),
                  "@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n"},
        diff_case{"change_on_the_last_line", numbered(10), numbered(10, {{10, "ten"}}),
                  "@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n"},
        diff_case{"separated_changes", numbered(20), numbered(20, {{2, "X"}, {10, "Y"}}),
                  "@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n"
                  "@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+Y\n 11\n 12\n 13\n"},
        // Six equal lines between two changes: their contexts touch, so one hunk, as diff -u.
        diff_case{"nearby_changes_merged", numbered(20), numbered(20, {{2, "X"}, {9, "Y"}}),
                  "@@ -1,12 +1,12 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n"},
        diff_case{"adjacent_changes_one_run", numbered(10),
                  numbered(10, {{4, "four"}, {5, "five"}}),
                  "@@ -1,8 +1,8 @@\n 1\n 2\n 3\n-4\n-5\n+four\n+five\n 6\n 7\n 8\n"},
        diff_case{"insertion", numbered(6), "1\n2\n3\nnew\n4\n5\n6\n",
                  "@@ -1,6 +1,7 @@\n 1\n 2\n 3\n+new\n 4\n 5\n 6\n"},
        diff_case{"deletion", numbered(8), "1\n2\n3\n4\n6\n7\n8\n",
                  "@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n"},
        diff_case{"minified_one_line", R"({"bundleId":"Small_1_0","origin":{}})",
                  R"({"bundleId":"small_1_0","origin":{}})",
                  "@@ -1 +1 @@\n-{\"bundleId\":\"Small_1_0\",\"origin\":{}}\n"
                  "\\ No newline at end of file\n"
                  "+{\"bundleId\":\"small_1_0\",\"origin\":{}}\n"
                  "\\ No newline at end of file\n"},
        diff_case{
            "crlf_kept_in_lines", "{\r\n  \"a\": \"x\",\r\n  \"b\": 1\r\n}\r\n",
            "{\r\n  \"a\": \"X\",\r\n  \"b\": 1\r\n}\r\n",
            "@@ -1,4 +1,4 @@\n {\r\n-  \"a\": \"x\",\r\n+  \"a\": \"X\",\r\n   \"b\": 1\r\n }\r\n"},
        diff_case{"no_newline_on_either_side", "a\nb\nc", "a\nB\nc",
                  "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n\\ No newline at end of file\n"},
        diff_case{"newline_added_at_end", "a\nb", "a\nb\n",
                  "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
        diff_case{"newline_removed_at_end", "a\nb\n", "a\nb",
                  "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"},
        diff_case{"line_ending_changed", "a\r\nb\r\n", "a\nb\r\n",
                  "@@ -1,2 +1,2 @@\n-a\r\n+a\n b\r\n"},
        diff_case{"from_empty", "", "a\nb\n", "@@ -0,0 +1,2 @@\n+a\n+b\n"},
        diff_case{"to_empty", "a\n", "", "@@ -1 +0,0 @@\n-a\n"},
        // Where equally short scripts tie, the change goes where diff -u puts it: on the last
        // of equal lines, and next to the other half of a replaced line.
        diff_case{"tie_on_repeated_lines", "a\nb\nb\nc\n", "a\nb\nc\n",
                  "@@ -1,4 +1,3 @@\n a\n b\n-b\n c\n"},
        diff_case{"tie_joins_the_replacement", "{\n  \"x\": 1\n}\n}\n", "{\n  \"x\": 2\n}\n",
                  "@@ -1,4 +1,3 @@\n {\n-  \"x\": 1\n-}\n+  \"x\": 2\n }\n"},
        diff_case{"append_after_common_lines", "a\nb\n", "a\nb\nc\n",
                  "@@ -1,2 +1,3 @@\n a\n b\n+c\n"}),
    [](const auto& tc) { return tc.param.name; });

TEST(unified_diff, equal_texts_give_nothing) {
  EXPECT_EQ(unified_diff("p.json", "", ""), "");
  EXPECT_EQ(unified_diff("p.json", "{\n}\n", "{\n}\n"), "");
}

// The two header lines of a diff.
std::string headers(const std::string& diff) {
  const std::size_t first = diff.find('\n');
  return diff.substr(0, diff.find('\n', first + 1) + 1);
}

TEST(unified_diff, names_that_need_it_are_quoted_as_git_does) {
  EXPECT_EQ(unified_diff("dir/p q.json", "a\n", "b\n"),
            "--- a/dir/p q.json\n+++ b/dir/p q.json\n@@ -1 +1 @@\n-a\n+b\n");
  EXPECT_EQ(headers(unified_diff("caf\xC3\xA9.json", "a\n", "b\n")),
            "--- a/caf\xC3\xA9.json\n+++ b/caf\xC3\xA9.json\n");
  EXPECT_EQ(headers(unified_diff("t\tq\"\\.json", "a\n", "b\n")),
            "--- \"a/t\\tq\\\"\\\\.json\"\n+++ \"b/t\\tq\\\"\\\\.json\"\n");
  // A bidi override (U+202E) and a byte that is not UTF-8 are written as octal escapes.
  EXPECT_EQ(headers(unified_diff("x\xE2\x80\xAE\xFF.json", "a\n", "b\n")),
            "--- \"a/x\\342\\200\\256\\377.json\"\n+++ \"b/x\\342\\200\\256\\377.json\"\n");
}

// Past the bound on the edit distance the diff stops being minimal but stays exact: with as
// many lines on each side (what applied fixes produce) lines are paired in order.
TEST(unified_diff, large_edit_distance_pairs_lines_in_order) {
  std::string before;
  std::string after;
  std::string body;
  const int n = 6000;
  for (int i = 0; i < n; ++i) {
    const std::string same = "same " + std::to_string(i) + "\n";
    const std::string old_line = "old " + std::to_string(i) + "\n";
    const std::string new_line = "new " + std::to_string(i) + "\n";
    if (i % 2 == 0) {
      before += same;
      after += same;
      body += " " + same;
    } else {
      before += old_line;
      after += new_line;
      body += "-" + old_line + "+" + new_line;
    }
  }
  EXPECT_EQ(unified_diff("p.json", before, after),
            "--- a/p.json\n+++ b/p.json\n@@ -1,6000 +1,6000 @@\n" + body);
}

TEST(unified_diff, large_edit_distance_with_other_line_counts_replaces_the_block) {
  std::string before = "head\n";
  std::string after = "head\n";
  std::string removed;
  std::string added;
  for (int i = 0; i < 3000; ++i) {
    before += "a" + std::to_string(i) + "\n";
    removed += "-a" + std::to_string(i) + "\n";
  }
  for (int i = 0; i < 2000; ++i) {
    after += "b" + std::to_string(i) + "\n";
    added += "+b" + std::to_string(i) + "\n";
  }
  before += "tail\n";
  after += "tail\n";
  EXPECT_EQ(
      unified_diff("p.json", before, after),
      "--- a/p.json\n+++ b/p.json\n@@ -1,3002 +1,2002 @@\n head\n" + removed + added + " tail\n");
}

// ---- against the system's diff and patch ------------------------------------------------

class scratch_dir {
 public:
  scratch_dir() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sailcheck_diff_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(dir_);
  }
  ~scratch_dir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;

  std::string write(const std::string& name, std::string_view content) const {
    std::ofstream out(dir_ / name, std::ios::binary);
    out << content;
    return (dir_ / name).string();
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir_ / name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

// Runs a shell command; its standard output, and the exit status in `status`.
std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    status = -1;
    return out;
  }
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int raw = ::pclose(pipe);
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return out;
}

// The output of diff -u without its two header lines (they carry file names and times).
std::string without_headers(const std::string& diff) {
  std::size_t pos = 0;
  for (int i = 0; i < 2 && pos != std::string::npos; ++i) {
    pos = diff.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  return pos == std::string::npos ? std::string() : diff.substr(pos);
}

// Lines from a small alphabet, so that repeats make the alignment ambiguous, as `}` and `],`
// lines do in JSON; some with CRLF, and sometimes no newline at the end.
std::string random_text(std::mt19937& rng, int lines) {
  static const char* const k_lines[] = {"{", "}", "  \"a\": 1,", "  \"b\": \"x\",", "],", "x", "y",
                                        "z", "",  "    ]"};
  std::string out;
  for (int i = 0; i < lines; ++i) {
    out += k_lines[rng() % std::size(k_lines)];
    out += rng() % 8 == 0 ? "\r\n" : "\n";
  }
  if (!out.empty() && rng() % 4 == 0) out.pop_back();
  return out;
}

// A few line edits (replace, insert, delete), and sometimes the final newline toggled.
std::string random_edit(std::mt19937& rng, const std::string& text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  const int edits = 1 + static_cast<int>(rng() % 6);
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = lines.empty() ? 0 : rng() % (lines.size() + 1);
    const std::string line = "edit " + std::to_string(rng() % 3) + "\n";
    switch (rng() % 3) {
      case 0:
        if (at < lines.size()) lines[at] = line;
        break;
      case 1:
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), line);
        break;
      default:
        if (at < lines.size()) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at));
        break;
    }
  }
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += l;
  }
  if (rng() % 6 == 0) {
    if (!out.empty() && out.back() == '\n')
      out.pop_back();
    else
      out += '\n';
  }
  return out;
}

std::size_t count_lines_starting(const std::string& diff, char tag) {
  std::size_t n = 0;
  std::istringstream in(without_headers(diff));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] == tag) ++n;
  return n;
}

// Hunks equal to GNU diff's where both are minimal (--minimal), patch reproduces `after` from
// our diff, and the changed line counts always equal the minimal ones.
TEST(unified_diff, agrees_with_system_diff_and_patch_on_random_edits) {
  if (!fs::exists("/usr/bin/diff") || !fs::exists("/usr/bin/patch"))
    GTEST_SKIP() << "/usr/bin/diff or /usr/bin/patch is not installed";
  scratch_dir dir;
  std::mt19937 rng(20240611);
  int identical_hunks = 0;
  const int k_cases = 300;
  for (int i = 0; i < k_cases; ++i) {
    SCOPED_TRACE("case " + std::to_string(i));
    const std::string before = random_text(rng, static_cast<int>(rng() % 40));
    const std::string after = random_edit(rng, before);
    const std::string ours = unified_diff("p.json", before, after);
    const std::string before_path = dir.write("before", before);
    const std::string after_path = dir.write("after", after);
    int status = 0;
    const std::string theirs =
        run("/usr/bin/diff -u --minimal '" + before_path + "' '" + after_path + "'", status);
    if (before == after) {
      EXPECT_EQ(ours, "");
      EXPECT_EQ(status, 0);
      continue;
    }
    ASSERT_EQ(status, 1);
    EXPECT_EQ(count_lines_starting(ours, '-'), count_lines_starting(theirs, '-'));
    EXPECT_EQ(count_lines_starting(ours, '+'), count_lines_starting(theirs, '+'));
    if (without_headers(ours) == without_headers(theirs)) ++identical_hunks;

    dir.write("ours.diff", ours);
    run("/usr/bin/patch --quiet --force -o '" + dir.path("patched") + "' '" + before_path +
            "' < '" + dir.path("ours.diff") + "' 2>&1",
        status);
    ASSERT_EQ(status, 0) << ours;
    EXPECT_EQ(dir.read("patched"), after) << ours;
  }
  // Equally short scripts can still differ where GNU diff slides a change further than we do.
  EXPECT_GE(identical_hunks, k_cases * 9 / 10);
}

}  // namespace
}  // namespace sailcheck
