#pragma once

// Facts that several rules of the set need, computed one way for all of them.

#include "rule.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::rules {

/// What the payload caches (LS4001, LS4002, LS4006). `unknown` when a behavior that could decide
/// it is missing, mistyped or not one of the two values: other rules report those, and guessing
/// here would cascade.
enum class caching : std::uint8_t { nothing, something, unknown };

inline caching what_is_cached(const detail::context& ctx) {
  namespace json = boost::json;
  bool known = true;
  const std::optional<std::string_view> fallback = ctx.string(field::default_behavior);
  if (fallback == "cache") return caching::something;
  if (fallback != "dont-cache") known = false;
  if (const json::array* items = ctx.array(field::cache_behaviors)) {
    for (const json::value& item : *items) {
      const json::object* o = item.if_object();
      const json::value* b = o ? o->if_contains("behavior") : nullptr;
      const json::string* s = b ? b->if_string() : nullptr;
      if (s && *s == "cache") return caching::something;
      if (!s || *s != "dont-cache") known = false;
    }
  } else if (!ctx.absent(field::cache_behaviors)) {
    known = false;
  }
  return known ? caching::nothing : caching::unknown;
}

/// A string member of array item i (a cache behavior, a tag), or nullopt when it is missing, of
/// another type, or the item is not an object (LS1004's and LS1003's).
inline std::optional<std::string_view> item_string(const boost::json::array& items, std::size_t i,
                                                   std::string_view name) noexcept {
  if (const boost::json::object* o = items[i].if_object())
    if (const boost::json::value* v = o->if_contains(name))
      if (const boost::json::string* s = v->if_string()) return std::string_view(*s);
  return std::nullopt;
}

/// The key two cache behaviors' paths are compared by (LS3008, and LS4003 which leaves LS3008's
/// duplicates alone): the path without one leading '/', so '/' has the empty key and still
/// counts; nullopt for a path that is empty as written (LS2020's) or unreadable.
inline std::optional<std::string_view> path_key(const boost::json::array& behaviors,
                                                std::size_t i) noexcept {
  std::optional<std::string_view> p = item_string(behaviors, i, "path");
  if (!p || p->empty()) return std::nullopt;
  if (p->starts_with('/')) p->remove_prefix(1);
  return p;
}

/// The items whose key equals an earlier item's key, as (index, index of the first item with
/// that key), in document order (LS3006, LS3008, LS3009). `key_of(i)` gives item i's key, or
/// nullopt to skip the item. Sorting keeps large arrays O(n log n); short arrays, the usual
/// case, are compared pairwise and allocate nothing unless a repeat is found.
template <class key_of_fn>
std::vector<std::pair<std::size_t, std::size_t>> find_repeats(std::size_t n, key_of_fn key_of) {
  std::vector<std::pair<std::size_t, std::size_t>> repeats;
  constexpr std::size_t k_pairwise_limit = 16;
  if (n <= k_pairwise_limit) {
    for (std::size_t i = 1; i < n; ++i) {
      const std::optional<std::string_view> k = key_of(i);
      if (!k) continue;
      for (std::size_t j = 0; j < i; ++j) {
        if (key_of(j) == k) {
          repeats.emplace_back(i, j);
          break;
        }
      }
    }
    return repeats;
  }
  std::vector<std::pair<std::string_view, std::size_t>> keyed;
  keyed.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    if (const std::optional<std::string_view> k = key_of(i)) keyed.emplace_back(*k, i);
  std::sort(keyed.begin(), keyed.end());  // by key, then index: a group starts with its first
  for (std::size_t g = 0; g < keyed.size();) {
    std::size_t e = g + 1;
    for (; e < keyed.size() && keyed[e].first == keyed[g].first; ++e)
      repeats.emplace_back(keyed[e].second, keyed[g].second);
    g = e;
  }
  std::sort(repeats.begin(), repeats.end());
  return repeats;
}

}  // namespace sailcheck::rules
