#pragma once

// Shared by the format tests: golden files, output checks, reports to format.

#include <sailcheck/sailcheck.hpp>

#include "test_support.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

namespace sailcheck::test {

/// `actual` against tests/golden/format/NAME, byte for byte. With SAILCHECK_UPDATE_GOLDEN set in
/// the environment the file is rewritten instead (review the diff before committing it).
inline ::testing::AssertionResult matches_golden(const std::string& name,
                                                 const std::string& actual) {
  const std::string path = std::string(SAILCHECK_SOURCE_DIR) + "/tests/golden/format/" + name;
  if (std::getenv("SAILCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    return ::testing::AssertionSuccess() << "rewrote " << path;
  }
  const std::string expected = read_file(path);
  if (expected == actual) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << path << " differs; got:\n"
                                       << actual << "\nexpected:\n"
                                       << expected;
}

/// Describes the first thing in `out` that no output may hold raw: a byte that is not valid
/// UTF-8, or a code point of `must_escape` (a line feed is allowed when `newlines`); empty when
/// there is none.
inline std::string first_unsafe(std::string_view out, bool newlines) {
  for (std::size_t pos = 0; pos < out.size();) {
    const detail::utf8_char ch = detail::decode_utf8(out, pos);
    if (!ch.valid) return "invalid UTF-8 at byte " + std::to_string(pos);
    if (detail::must_escape(ch.code_point) && !(newlines && ch.code_point == '\n'))
      return "U+" + std::to_string(static_cast<unsigned>(ch.code_point)) + " (decimal) at byte " +
             std::to_string(pos);
    pos += ch.length;
  }
  return {};
}

// A payload with a finding of every kind: a rename fix (LS1002), a replace fix (LS2001), a
// related location (LS0002), a warning (LS2030) and a note (LS4011).
inline constexpr std::string_view k_findings = R"({
  "distributionName": "my-site-cdn",
  "origin": {
    "name": "WordPress-1",
    "regionname": "us-east-1"
  },
  "defaultCacheBehavior": {"behavior": "cache"},
  "cacheBehaviorSettings": {
    "forwardedHeaders": {"option": "allow-list", "headersAllowList": ["host"]}
  },
  "bundleId": "small_1_0",
  "bundleId": "smal_1_0"
}
)";

/// A file report of `text` as the default linter checks it, with its source kept.
inline file_report checked(std::string file, std::string_view text) {
  return {std::move(file), linter{}.check_text(text), text, {}};
}

/// A file that could not be checked.
inline file_report unreadable(std::string file, std::string message) {
  return {std::move(file), {}, {}, std::move(message)};
}

}  // namespace sailcheck::test
