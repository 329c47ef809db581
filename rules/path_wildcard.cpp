// LS2021 path-wildcard: wildcard use that does not do what it seems: `**` (same as `*`), a path of only `*` or `/*` (that is the default behavior), a `?` that is not part of a query string (a single-character wildcard, not documented for Lightsail)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2021",
    .name = "path-wildcard",
    .default_severity = severity::warning,
    .summary = "wildcard use that does not do what it seems: `**` (same as `*`), a path of only `*` or `/*` (that is the default behavior), a `?` that is not part of a query string (a single-character wildcard, not documented for Lightsail)",
    .rationale = "TODO",
};

class path_wildcard_rule final : public detail::rule {
 public:
  constexpr path_wildcard_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& path_wildcard() {
  static const path_wildcard_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
