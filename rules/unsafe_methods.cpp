// LS4004 unsafe-methods: all methods allowed: PUT, PATCH, POST and DELETE reach the origin; the origin must restrict them

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4004",
    .name = "unsafe-methods",
    .default_severity = severity::warning,
    .summary = "all methods allowed: PUT, PATCH, POST and DELETE reach the origin; the origin must restrict them",
    .rationale = "TODO",
};

class unsafe_methods_rule final : public detail::rule {
 public:
  constexpr unsafe_methods_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& unsafe_methods() {
  static const unsafe_methods_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
