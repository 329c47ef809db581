#pragma once

#include <sailcheck/options.hpp>

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <boost/system/error_code.hpp>

#include <cstddef>
#include <cstdint>
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

/// Why the text did not become a document, as facts: the wording (LS0001's, LS0003's) is the
/// input rules' (rules::parse_failure_finding).
struct parse_failure {
  enum cause_kind : std::uint8_t { syntax, too_deep, too_large };
  cause_kind cause = syntax;
  boost::system::error_code error;  ///< Boost.JSON's, for `syntax` and `too_deep`
  std::size_t offset = 0;           ///< where the parser stopped
  std::optional<std::size_t> size;  ///< `too_large`: the input's size, when it is known
  std::string pointer;              ///< the innermost value being parsed
  std::string container_pointer;    ///< the object or array that holds it
};

struct parse_result {
  boost::json::value document;  ///< null when `failure` is set
  std::optional<parse_failure> failure;
  /// At most `limits::max_findings_per_rule` (when not 0), the first found; the rest counted.
  std::vector<parsed_duplicate> duplicates;
  std::size_t duplicates_omitted = 0;
};

/// Parses strict RFC 8259 JSON under `lim`, detecting duplicate keys on the way. Never throws
/// for anything about the text; allocates the document from `sp`.
parse_result parse(std::string_view text, const limits& lim, boost::json::storage_ptr sp);

}  // namespace sailcheck::detail
