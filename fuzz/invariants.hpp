#pragma once

// The properties every check must have, whatever the input: what the fuzz targets assert and
// what tests/fuzz_regression_test.cpp replays on the inputs kept in fuzz/regressions/.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sailcheck::fuzz {

/// Checks `text` with the default linter and with one of small limits, renders the reports in
/// every output format and checks the invariants listed in invariants.cpp. Returns what failed
/// (one paragraph naming the linter, the finding and the expectation), or nullopt.
std::optional<std::string> check_invariants(std::string_view text);

/// Parses `text` as a `.sailcheck.json`: it never crashes, an error message is clean (valid
/// UTF-8, no raw control or bidi characters), and a configuration that parses builds a linter
/// that checks, suppresses and excludes. Returns what failed, or nullopt.
std::optional<std::string> check_config_invariants(std::string_view text);

/// Why `s` could not be shown to a user as it is: invalid UTF-8, or a raw character no output
/// may hold (a control character other than '\n', DEL, a C1 control, a bidi control, U+2028/9,
/// U+FEFF), named with its byte offset; nullopt when it is clean.
std::optional<std::string> output_problem(std::string_view s);

/// Line and column (1-based) of byte `offset` of `text`, counted independently of the engine:
/// columns in code points (a byte that is not a UTF-8 continuation byte starts one), CRLF and a
/// lone CR each one line break, the CR of a CRLF no column.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

/// `s` as a C string literal shows it (quoted, escaped, cut after `limit` bytes), for failure
/// texts that must not carry what they complain about.
std::string show(std::string_view s, std::size_t limit = 160);

}  // namespace sailcheck::fuzz
