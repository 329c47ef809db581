#pragma once

#include <rule_id.hpp>
#include <sailcheck/options.hpp>

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

/// A repeated member name, found while parsing (the DOM keeps only the last value).
struct parsed_duplicate {
  std::string object_pointer;  ///< the object that holds the key twice
  std::string key;
  std::size_t occurrence = 1;  ///< 1 for the second occurrence, 2 for the third, ...
  /// Which object of the text holds it, counting every object in document order from 0: the
  /// pointer alone is ambiguous when a parent is itself repeated.
  std::size_t object_ordinal = 0;
};

/// Why the text did not become a document: LS0001 (syntax) or LS0003 (limits).
struct parse_failure {
  rules::rule_id rule = rules::rule_id::json_syntax;
  std::size_t offset = 0;  ///< the offending byte
  std::size_t length = 1;  ///< how many bytes to underline
  std::string pointer;     ///< the enclosing value, where known
  std::string message;
  /// About the object or array being read (a comment, a trailing comma), not about its last
  /// member: the pointer names the container.
  bool at_container = false;
};

struct parse_result {
  boost::json::value document;  ///< null when `failure` is set
  std::optional<parse_failure> failure;
  /// At most `limits::max_findings_per_rule` (when not 0), the first found; the rest counted.
  std::vector<parsed_duplicate> duplicates;
  std::size_t duplicates_omitted = 0;
};

/// LS0003's message for an input over `lim.max_input_bytes`: with its real size when known (a
/// reader that stopped at the limit knows it from the file system, the parser does not).
std::string input_size_message(std::optional<std::size_t> size, const limits& lim);

/// Parses strict RFC 8259 JSON under `lim`, detecting duplicate keys on the way. Never throws
/// for anything about the text; allocates the document from `sp`.
parse_result parse(std::string_view text, const limits& lim, boost::json::storage_ptr sp);

}  // namespace sailcheck::detail
