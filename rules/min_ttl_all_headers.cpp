// LS3001 min-ttl-all-headers: `forwardedHeaders.option` is `all` and `minimumTTL` is not 0 (documented in the API reference); fix: set `minimumTTL` to 0

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3001",
    .name = "min-ttl-all-headers",
    .default_severity = severity::error,
    .summary = "`forwardedHeaders.option` is `all` and `minimumTTL` is not 0 (documented in the API reference); fix: set `minimumTTL` to 0",
    .rationale = "TODO",
};

class min_ttl_all_headers_rule final : public detail::rule {
 public:
  constexpr min_ttl_all_headers_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& min_ttl_all_headers() {
  static const min_ttl_all_headers_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
