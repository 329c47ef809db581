// LS2003 http-methods: `allowedHTTPMethods` must be exactly `GET,HEAD`, `GET,HEAD,OPTIONS` or `GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE`; `cachedHTTPMethods` exactly `GET,HEAD` or `GET,HEAD,OPTIONS`; blank is an error; a fix is offered when the intent is clear (`GET, HEAD`, `get,head`, `HEAD,GET` → `GET,HEAD`)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2003",
    .name = "http-methods",
    .default_severity = severity::error,
    .summary = "`allowedHTTPMethods` must be exactly `GET,HEAD`, `GET,HEAD,OPTIONS` or `GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE`; `cachedHTTPMethods` exactly `GET,HEAD` or `GET,HEAD,OPTIONS`; blank is an error; a fix is offered when the intent is clear (`GET, HEAD`, `get,head`, `HEAD,GET` → `GET,HEAD`)",
    .rationale = "TODO",
};

class http_methods_rule final : public detail::rule {
 public:
  constexpr http_methods_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& http_methods() {
  static const http_methods_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
