// LS4005 forward-all-headers: every header forwarded: each request is its own cache key, caching is near useless

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4005",
    .name = "forward-all-headers",
    .default_severity = severity::warning,
    .summary = "every header forwarded: each request is its own cache key, caching is near useless",
    .rationale = "TODO",
};

class forward_all_headers_rule final : public detail::rule {
 public:
  constexpr forward_all_headers_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& forward_all_headers() {
  static const forward_all_headers_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
