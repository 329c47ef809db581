// LS4013 tag-key-case-collision: tag keys that differ only in letter case (identical keys are LS3006 instead)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4013",
    .name = "tag-key-case-collision",
    .default_severity = severity::info,
    .summary = "tag keys that differ only in letter case (identical keys are LS3006 instead)",
    .rationale = "TODO",
};

class tag_key_case_collision_rule final : public detail::rule {
 public:
  constexpr tag_key_case_collision_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& tag_key_case_collision() {
  static const tag_key_case_collision_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
