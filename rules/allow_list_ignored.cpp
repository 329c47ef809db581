// LS3005 allow-list-ignored: a non-empty list is given but its option ignores it: cookies `none`/`all`, headers `none`/`all`/`default`, query strings `false` or absent. (Query strings `true` with a list is the normal way to forward all and key the cache on the listed ones: no finding.)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3005",
    .name = "allow-list-ignored",
    .default_severity = severity::warning,
    .summary = "a non-empty list is given but its option ignores it: cookies `none`/`all`, headers `none`/`all`/`default`, query strings `false` or absent. (Query strings `true` with a list is the normal way to forward all and key the cache on the listed ones: no finding.)",
    .rationale = "TODO",
};

class allow_list_ignored_rule final : public detail::rule {
 public:
  constexpr allow_list_ignored_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& allow_list_ignored() {
  static const allow_list_ignored_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
