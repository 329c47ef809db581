#pragma once

// How LS2003 http-methods reads a method list such as `GET,HEAD,OPTIONS`: generously (commas or
// whitespace between items, any letter case, any order), to say what another spelling probably
// meant. LS3003 cached-methods-subset compares only the documented values, listed here once, and
// leaves every other spelling to LS2003 (settled in review).

#include "model/request_model.hpp"
#include "text.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sailcheck::rules::http_method_list {

/// The seven methods in the order the documented strings list them; a set is a bit mask.
inline constexpr std::array<std::string_view, 7> k_methods = {"GET",   "HEAD", "OPTIONS", "PUT",
                                                              "PATCH", "POST", "DELETE"};

/// The documented values (API reference, CacheSettings), exactly as written there.
inline constexpr const auto& k_allowed_values = model::k_allowed_methods;
inline constexpr const auto& k_cached_values = model::k_cached_methods;

/// Whether `s` is exactly one of `values` (case and spacing count).
template <std::size_t n>
constexpr bool is_one_of(std::string_view s, const std::array<std::string_view, n>& values) {
  for (std::string_view v : values)
    if (s == v) return true;
  return false;
}

/// Calls `on_item(token, index)` for each item, `index` being the method's position in
/// `k_methods` or `k_methods.size()` when the item is not a method.
template <class on_item_fn>
void for_each_item(std::string_view s, on_item_fn on_item) {
  auto separator = [](char c) {
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (separator(s[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < s.size() && !separator(s[end])) ++end;
    const std::string_view token = s.substr(pos, end - pos);
    pos = end;
    std::size_t m = 0;
    while (m < k_methods.size() && !detail::iequals_ascii(k_methods[m], token)) ++m;
    on_item(token, m);
  }
}

/// The set of methods the list names; nullopt when an item is not a method or there is none,
/// because then which methods are meant is a guess.
inline std::optional<std::uint8_t> method_set(std::string_view s) {
  std::uint8_t set = 0;
  bool all_methods = true;
  for_each_item(s, [&](std::string_view, std::size_t m) {
    if (m == k_methods.size())
      all_methods = false;
    else
      set = static_cast<std::uint8_t>(set | (1U << m));
  });
  if (!all_methods || set == 0) return std::nullopt;
  return set;
}

}  // namespace sailcheck::rules::http_method_list
