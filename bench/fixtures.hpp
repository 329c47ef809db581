#pragma once

#include <sailcheck/linter.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::bench {

/// What one case runs on: one payload, or every line of an NDJSON file.
struct document_set {
  std::string name;  ///< the case-name suffix: "typical" for a fixture, "x.json" for a file
  std::vector<std::string> texts;
  bool ndjson = false;
  std::size_t bytes = 0;  ///< of all texts
};

/// The whole file as one document, or its non-empty lines (when `ndjson`); empty when the file
/// cannot be read.
std::optional<document_set> read_documents(const std::string& path, std::string name, bool ndjson);

/// Lines of a file without their line break; empty when it cannot be read.
std::optional<std::vector<std::string>> read_lines(const std::string& path);

/// The last path component.
std::string file_name_of(std::string_view path);

/// `s` with '\\', control bytes and every byte outside ASCII written as \xNN, so a pointer from
/// hostile input prints on one line and never copies raw bytes to the terminal.
std::string escape(std::string_view s);

/// One finding as an .expected line: "CODE POINTER", prefixed by "LINE " (1-based) for NDJSON.
std::string finding_line(std::size_t line_number, std::string_view code, std::string_view pointer);

/// The .expected lines of a set of reports, one per document (line numbers for NDJSON).
std::vector<std::string> finding_lines(const document_set& docs,
                                       const std::vector<sailcheck::report>& reports);

/// The findings check(value) can have: those of check_text minus the ones only a parse of the
/// text can make (syntax, duplicate keys, input limits), sorted, since check(value) has no
/// offsets to order by.
std::vector<std::string> value_level(std::vector<std::string> text_lines);

/// "" when equal; otherwise the first difference, as one printable sentence.
std::string difference(const std::vector<std::string>& expected,
                       const std::vector<std::string>& actual);

}  // namespace sailcheck::bench
