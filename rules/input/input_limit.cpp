// LS0003 input-limit: input larger than the size limit (default 4 MiB) or nested deeper than the
// depth limit (default 32)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0003",
    .name = "input-limit",
    .default_severity = severity::error,
    .summary =
        "input larger than the size limit (default 4 MiB) or nested deeper than the depth limit "
        "(default 32)",
    .rationale =
        "A real CreateDistribution payload is a few kilobytes and five levels deep. Input above "
        "the size limit (4 MiB by default) or nested deeper than the depth limit (32 by default, "
        "Boost.JSON's default) is reported once, at the place the limit was hit, so that hostile "
        "or accidental input costs bounded time and memory. Both limits are options of the linter.",
    .example_bad = R"([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])",
};

class input_limit_rule final : public detail::rule {
 public:
  constexpr input_limit_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& input_limit() {
  static const input_limit_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
