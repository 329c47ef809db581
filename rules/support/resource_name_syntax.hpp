#pragma once

// The reading of Lightsail resource names shared by LS2002 resource-name and LS2006 name-period,
// so the two agree on which names are LS2006's (a `.` and no other fault) and neither reports a
// name the other owns.

#include "model/request_model.hpp"
#include "rule.hpp"

#include <cstddef>
#include <string_view>

namespace sailcheck::rules::resource_name_syntax {

/// The user guide's limit; the model's pattern has none.
inline constexpr std::size_t k_max_length = model::k_resource_name_max_length;

/// `\w` of the model's ECMAScript pattern: ASCII only.
constexpr bool is_word(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/// A character the model's pattern allows somewhere in a name.
constexpr bool is_name_char(char32_t c) noexcept { return is_word(c) || c == '-'; }

/// True when `s` has a `.` and would follow the model's pattern were every `.` a `-`: it fully
/// matches `^[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]$` and has at most 255 characters.
constexpr bool only_fault_is_period(std::string_view s) noexcept {
  if (s.size() < 2 || s.size() > k_max_length) return false;
  if (!is_word(static_cast<unsigned char>(s.front())) ||
      !is_word(static_cast<unsigned char>(s.back())))
    return false;
  bool period = false;
  for (const char c : s) {
    if (c == '.')
      period = true;
    else if (!is_name_char(static_cast<unsigned char>(c)))
      return false;  // bytes of non-ASCII characters land here too
  }
  return period;
}

/// How messages name the member: `name` alone would not say which of the three it is.
inline std::string_view label(const detail::context& ctx) noexcept {
  if (const detail::shape_node* n = ctx.node()) {
    switch (n->id) {
      case field::distribution_name:
        return "distributionName";
      case field::origin_name:
        return "origin.name";
      case field::certificate_name:
        return "certificateName";
      default:
        break;
    }
  }
  return ctx.member_name();
}

}  // namespace sailcheck::rules::resource_name_syntax
