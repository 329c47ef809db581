#pragma once

// --list-rules and --explain: the rule metadata, offline.

#include "cli/args.hpp"

#include <iosfwd>
#include <string_view>

namespace sailcheck::cli {

/// Every rule as a table, or as JSON with `--format json`.
int list_rules(std::ostream& out, std::ostream& err, const arguments& a);

/// One rule in full: summary, rationale, examples, the fix it offers, its documentation.
int explain_rule(std::ostream& out, std::ostream& err, std::string_view rule);

}  // namespace sailcheck::cli
