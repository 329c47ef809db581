// LS0003 input-limit: input larger than the size limit (default 4 MiB) or nested deeper than the
// depth limit (default 32)

#include "registry.hpp"

#include <fmt/format.h>

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

std::string input_size_message(std::optional<std::size_t> size, const limits& lim) {
  const std::string limit = lim.max_input_bytes % (1024 * 1024) == 0
                                ? fmt::format("{} bytes ({} MiB)", lim.max_input_bytes,
                                              lim.max_input_bytes / (1024 * 1024))
                                : fmt::format("{} bytes", lim.max_input_bytes);
  return size ? fmt::format("the input is {} bytes, more than the limit of {}", *size, limit)
              : fmt::format("the input is larger than the limit of {}", limit);
}

std::string nesting_message(const limits& lim) {
  return fmt::format("nesting is deeper than the limit of {} levels", lim.max_depth);
}

const detail::rule& input_limit() {
  static const input_limit_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
