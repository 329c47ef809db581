// LS3002 ttl-order: not `minimumTTL <= defaultTTL <= maximumTTL`, using the service defaults 0 / 86400 / 31536000 for omitted members (the message says when a default was used)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3002",
    .name = "ttl-order",
    .default_severity = severity::error,
    .summary = "not `minimumTTL <= defaultTTL <= maximumTTL`, using the service defaults 0 / 86400 / 31536000 for omitted members (the message says when a default was used)",
    .rationale = "TODO",
};

class ttl_order_rule final : public detail::rule {
 public:
  constexpr ttl_order_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& ttl_order() {
  static const ttl_order_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
