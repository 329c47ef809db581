#pragma once

// JSON text for the json and jsonl formats. Written by hand rather than with Boost.JSON's
// serializer because that one escapes only what JSON requires, and a JSON document is often
// shown on a terminal (`jq`, CI logs): bidi controls, C1 controls, DEL and U+2028/9 taken from
// a payload must not reach it raw.

#include <sailcheck/diagnostic.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace sailcheck::detail {

/// Appends `s` as a JSON string literal. `"` and `\` are escaped, control characters use the
/// short escapes (`\n`, `\t`, ...) or `\u00XX`, every other code point of `must_escape` is
/// written `\uXXXX`, and each byte that is not valid UTF-8 becomes U+FFFD, so the output is
/// valid UTF-8 whatever `s` holds.
void append_json_string(std::string& out, std::string_view s);

/// Appends `v` as compact JSON (no whitespace, members in their stored order), strings and keys
/// written by `append_json_string`.
void append_json_value(std::string& out, const boost::json::value& v);

/// Appends an unsigned integer as a JSON number.
void append_json_number(std::string& out, std::size_t n);

/// Appends the diagnostic object shared by the json and jsonl formats:
/// `{"file","code","name","severity","pointer","line","column","endLine","endColumn","offset",
/// "message","fix"?,"related"?,"helpUri"}`.
void append_json_diagnostic(std::string& out, std::string_view file, const diagnostic& d);

}  // namespace sailcheck::detail
