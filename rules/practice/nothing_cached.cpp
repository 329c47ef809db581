// LS4001 nothing-cached: default behavior is `dont-cache` and no per-path behavior caches anything

#include "registry.hpp"
#include "support/rule_support.hpp"

#include <cstdint>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4001",
    .name = "nothing-cached",
    .default_severity = severity::warning,
    .summary = "default behavior is `dont-cache` and no per-path behavior caches anything",
    .rationale =
        "With `defaultCacheBehavior.behavior` `dont-cache`, the Lightsail user guide says "
        "you must add per-path `cacheBehaviors` with `cache` for anything to be cached; "
        "without them the distribution only proxies to the origin, which the API "
        "accepts silently (Terraform's `defaultCacheBehaviorDontCache` test creates "
        "exactly this). The rule stays silent when a behavior is missing, mistyped or "
        "misspelt, since what it would cache is then unknown.",
    .example_bad =
        R"({"defaultCacheBehavior": {"behavior": "dont-cache"}, "cacheBehaviors": [{"path": "api/*", "behavior": "dont-cache"}]})",
    .example_good =
        R"({"defaultCacheBehavior": {"behavior": "dont-cache"}, "cacheBehaviors": [{"path": "wp-content/", "behavior": "cache"}]})",
};

class nothing_cached_rule final : public detail::rule {
 public:
  constexpr nothing_cached_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (what_is_cached(ctx) != caching::nothing) return;
    ctx.report_at(field::default_behavior,
                  "the default behavior is 'dont-cache' and no per-path behavior is 'cache', so "
                  "the distribution caches nothing; set the default to 'cache' or add "
                  "cacheBehaviors with 'cache' for the paths to cache");
  }
};

}  // namespace

const detail::rule& nothing_cached() {
  static const nothing_cached_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
