// LS3006 duplicate-tag-key: two tags with the same key (case-sensitive)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3006",
    .name = "duplicate-tag-key",
    .default_severity = severity::error,
    .summary = "two tags with the same key (case-sensitive)",
    .rationale = "TODO",
};

class duplicate_tag_key_rule final : public detail::rule {
 public:
  constexpr duplicate_tag_key_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& duplicate_tag_key() {
  static const duplicate_tag_key_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
