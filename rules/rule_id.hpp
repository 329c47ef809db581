#pragma once

#include <cstddef>
#include <cstdint>

namespace sailcheck::rules {

/// Every rule of the set, in code order (rules/rules.def).
enum class rule_id : std::uint8_t {
#define SAILCHECK_RULE(code, identifier) identifier,
#include "rules.def"
#undef SAILCHECK_RULE
};

inline constexpr std::size_t k_rule_count = 0
#define SAILCHECK_RULE(code, identifier) +1
#include "rules.def"
#undef SAILCHECK_RULE
    ;

// Per-rule tables (severities, selections) have room for 64 rules; see linter.hpp.
static_assert(k_rule_count <= 64, "raise linter::k_max_rules and the severity table size");

constexpr std::size_t to_index(rule_id id) noexcept { return static_cast<std::size_t>(id); }

}  // namespace sailcheck::rules
