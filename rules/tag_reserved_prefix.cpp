// LS2012 tag-reserved-prefix: a tag key or value that starts with `aws:` in any letter case

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2012",
    .name = "tag-reserved-prefix",
    .default_severity = severity::error,
    .summary = "a tag key or value that starts with `aws:` in any letter case",
    .rationale = "TODO",
};

class tag_reserved_prefix_rule final : public detail::rule {
 public:
  constexpr tag_reserved_prefix_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& tag_reserved_prefix() {
  static const tag_reserved_prefix_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
