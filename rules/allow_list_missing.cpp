// LS3004 allow-list-missing: an option is `allow-list` but its list is missing or empty (cookies, headers): CloudFront rejects this for cookies; at best it behaves like `none`

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3004",
    .name = "allow-list-missing",
    .default_severity = severity::warning,
    .summary = "an option is `allow-list` but its list is missing or empty (cookies, headers): CloudFront rejects this for cookies; at best it behaves like `none`",
    .rationale = "TODO",
};

class allow_list_missing_rule final : public detail::rule {
 public:
  constexpr allow_list_missing_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& allow_list_missing() {
  static const allow_list_missing_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
