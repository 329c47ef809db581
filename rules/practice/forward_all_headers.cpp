// LS4005 forward-all-headers: every header forwarded: each request is its own cache key, caching is
// near useless

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4005",
    .name = "forward-all-headers",
    .default_severity = severity::warning,
    .summary = "every header forwarded: each request is its own cache key, caching is near useless",
    .rationale =
        "Forwarded headers are part of the cache key, so "
        "`cacheBehaviorSettings.forwardedHeaders.option` `all` makes nearly every "
        "request a cache miss (and forces `minimumTTL` 0, LS3001). The Lightsail console "
        "does not even offer it: only no headers or an allow list of the 15 headers the "
        "model supports.",
    .example_bad = R"({"cacheBehaviorSettings": {"forwardedHeaders": {"option": "all"}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"forwardedHeaders": {"option": "allow-list", "headersAllowList": ["Host"]}}})",
};

class forward_all_headers_rule final : public detail::rule {
 public:
  constexpr forward_all_headers_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::headers_option) != "all") return;
    // No fix: which headers the origin needs is not in the payload.
    ctx.report_at(field::headers_option,
                  "forwarding all headers makes nearly every request its own cache key, so "
                  "little is served from the cache; use 'allow-list' with only the headers the "
                  "origin needs");
  }
};

}  // namespace

const detail::rule& forward_all_headers() {
  static const forward_all_headers_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
