// JSONTestSuite (Nicolas Seriot) parsing corpus: y_ must parse, n_ must be rejected, i_ must not
// crash. One test per file, named after it.

#include "test_support.hpp"

#include <sailcheck/sailcheck.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path k_corpus = fs::path(SAILCHECK_CORPUS_DIR) / "jsontestsuite/test_parsing";

// n_ files that nest deeper than the default limit of 32 before any syntax error: the parse stops
// there with LS0003 (input-limit) rather than LS0001.
const std::set<std::string> k_too_deep = {
    "n_structure_100000_opening_arrays.json",
    "n_structure_open_array_object.json",
};

// i_ files (implementation-defined) that sailcheck accepts as JSON (no LS0001/LS0003): numbers
// whose value over- or underflows a double or int64 (Boost.JSON makes them doubles). Pinned so a
// change of behaviour is noticed; every other i_ file is rejected: i_number_huge_exp (exponent
// too large to parse), every invalid-UTF-8 / lone-surrogate / UTF-16 / BOM string (LS0001), and
// i_structure_500_nested_arrays (LS0003, deeper than 32).
const std::set<std::string> k_accepted_implementation_defined = {
    "i_number_double_huge_neg_exp.json",   "i_number_neg_int_huge_exp.json",
    "i_number_pos_double_huge_exp.json",   "i_number_real_neg_overflow.json",
    "i_number_real_pos_overflow.json",     "i_number_real_underflow.json",
    "i_number_too_big_neg_int.json",       "i_number_too_big_pos_int.json",
    "i_number_very_big_negative_int.json",
};

struct corpus_file {
  std::string file;  // e.g. "n_array_comma_and_number.json"
  std::string name;  // a test-name identifier
};

void PrintTo(const corpus_file& f, std::ostream* os) { *os << f.file; }

std::string identifier(std::string_view file) {
  std::string_view stem = file.substr(0, file.rfind('.'));
  std::string out;
  for (char c : stem) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x80 && std::isalnum(u)) ? c : '_';
  }
  return out;
}

std::vector<corpus_file> corpus_files() {
  std::vector<corpus_file> out;
  std::error_code ec;
  if (!fs::is_directory(k_corpus, ec)) return out;
  for (const fs::directory_entry& e : fs::directory_iterator(k_corpus, ec)) {
    const std::string file = e.path().filename().string();
    if (file.size() < 3 || file[1] != '_' || e.path().extension() != ".json") continue;
    if (file[0] != 'y' && file[0] != 'n' && file[0] != 'i') continue;
    out.push_back({file, {}});
  }
  std::sort(out.begin(), out.end(),
            [](const corpus_file& a, const corpus_file& b) { return a.file < b.file; });
  // Names must be unique identifiers: sanitize, then number any collision.
  std::set<std::string> used;
  for (corpus_file& f : out) {
    std::string name = identifier(f.file);
    for (int n = 2; used.count(name) != 0; ++n) name = identifier(f.file) + "_" + std::to_string(n);
    used.insert(name);
    f.name = std::move(name);
  }
  return out;
}

const std::vector<corpus_file>& files() {
  static const std::vector<corpus_file> all = corpus_files();
  return all;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string codes(const sailcheck::report& r) {
  std::string out;
  for (const sailcheck::diagnostic& d : r.diagnostics)
    out += std::string(d.code) + " '" + d.pointer + "' " + d.message + "\n";
  return out;
}

bool has(const sailcheck::report& r, std::string_view code) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [&](const sailcheck::diagnostic& d) { return d.code == code; });
}

// Positions must stay inside the text whatever the input.
void expect_sane_positions(const sailcheck::report& r, std::string_view text) {
  for (const sailcheck::diagnostic& d : r.diagnostics) {
    EXPECT_GE(d.begin.line, 1U) << d.code;
    EXPECT_GE(d.begin.column, 1U) << d.code;
    EXPECT_GE(d.end.line, d.begin.line) << d.code;
    EXPECT_LE(d.begin.offset, text.size()) << d.code;
    EXPECT_LE(d.begin.offset, d.end.offset) << d.code;
    EXPECT_LE(d.end.offset, text.size()) << d.code;
    EXPECT_FALSE(d.message.empty()) << d.code;
  }
}

// The per-file tests exist only when the corpus does; this one says whether it was found.
TEST(jsontestsuite, corpus_is_present) {
  SAILCHECK_NEED_CORPUS(dir, "jsontestsuite/test_parsing");
  std::size_t y = 0, n = 0, i = 0;
  for (const corpus_file& f : files()) {
    y += f.file[0] == 'y';
    n += f.file[0] == 'n';
    i += f.file[0] == 'i';
  }
  EXPECT_GE(y, 90U);
  EXPECT_GE(n, 180U);
  EXPECT_GE(i, 30U);
  for (const std::string& f : k_too_deep) EXPECT_TRUE(fs::exists(k_corpus / f)) << f;
  for (const std::string& f : k_accepted_implementation_defined)
    EXPECT_TRUE(fs::exists(k_corpus / f)) << f;
}

class jsontestsuite_file : public ::testing::TestWithParam<corpus_file> {};

TEST_P(jsontestsuite_file, parse_verdict) {
  const corpus_file& f = GetParam();
  const std::string text = read_bytes(k_corpus / f.file);
  const sailcheck::linter lint;
  const sailcheck::report r = lint.check_text(text);
  EXPECT_FALSE(has(r, "LS0004")) << "a rule failed on " << f.file << ":\n" << codes(r);

  const bool rejected = has(r, "LS0001") || has(r, "LS0003");
  switch (f.file[0]) {
    case 'y':
      EXPECT_FALSE(has(r, "LS0001")) << f.file << " is valid JSON:\n" << codes(r);
      EXPECT_FALSE(has(r, "LS0003")) << f.file << " is valid JSON:\n" << codes(r);
      break;
    case 'n':
      if (k_too_deep.count(f.file) != 0) {
        EXPECT_TRUE(has(r, "LS0003")) << f.file << " nests too deep:\n" << codes(r);
      } else {
        EXPECT_TRUE(has(r, "LS0001")) << f.file << " is not JSON:\n" << codes(r);
      }
      // A rejected document has exactly one parse finding (plus any duplicate keys before it).
      for (const sailcheck::diagnostic& d : r.diagnostics)
        EXPECT_TRUE(d.code == "LS0001" || d.code == "LS0002" || d.code == "LS0003")
            << f.file << ":\n"
            << codes(r);
      break;
    default:  // 'i': any verdict, but a stable one
      ::testing::Test::RecordProperty("accepted", rejected ? "false" : "true");
      EXPECT_EQ(!rejected, k_accepted_implementation_defined.count(f.file) != 0)
          << f.file << (rejected ? " is now rejected" : " is now accepted") << ":\n"
          << codes(r);
      break;
  }
}

TEST_P(jsontestsuite_file, positions_inside_text) {
  const corpus_file& f = GetParam();
  const std::string text = read_bytes(k_corpus / f.file);
  const sailcheck::report r = sailcheck::linter{}.check_text(text);
  expect_sane_positions(r, text);
}

INSTANTIATE_TEST_SUITE_P(corpus, jsontestsuite_file, ::testing::ValuesIn(files()),
                         [](const ::testing::TestParamInfo<corpus_file>& p) {
                           return p.param.name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(jsontestsuite_file);

}  // namespace
