#pragma once

// Reading of cache path patterns shared by LS2020 path-format and LS2021 path-wildcard (defined
// in path_format.cpp), so the two rules agree on what is a query string or a regex.

#include <cstddef>
#include <string_view>

namespace sailcheck::rules::path_syntax {

/// The `?` that starts a query string: the first `?`, when a `=` follows it somewhere; npos
/// when there is none.
std::size_t query_start(std::string_view p) noexcept;

/// Regex syntax no path pattern has: an anchor, a group, alternation, an escaped regex
/// metacharacter, or `.*` anchored with `$`. A plain `sitemap.*` is a glob.
bool looks_like_regex(std::string_view p) noexcept;

}  // namespace sailcheck::rules::path_syntax
