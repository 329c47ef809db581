// LS3007 too-many-tags: more than 50 tags

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3007",
    .name = "too-many-tags",
    .default_severity = severity::error,
    .summary = "more than 50 tags",
    .rationale = "TODO",
};

class too_many_tags_rule final : public detail::rule {
 public:
  constexpr too_many_tags_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& too_many_tags() {
  static const too_many_tags_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
