// LS4002 ineffective-cache-settings: `cacheBehaviorSettings` given while nothing is cached

#include "registry.hpp"
#include "support/rule_support.hpp"

#include <cstdint>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4002",
    .name = "ineffective-cache-settings",
    .default_severity = severity::warning,
    .summary = "`cacheBehaviorSettings` given while nothing is cached",
    .rationale =
        "The API reference says `cacheBehaviorSettings` (TTLs, methods, forwarded "
        "cookies, headers and query strings) apply only to behaviors that `cache`. When "
        "the default behavior is `dont-cache` and no per-path behavior caches (LS4001), "
        "every setting is ignored, which usually means the behaviors are not what the "
        "author intended. Silent when a behavior is missing, mistyped or misspelt.",
    .example_bad =
        R"({"defaultCacheBehavior": {"behavior": "dont-cache"}, "cacheBehaviorSettings": {"defaultTTL": 3600}})",
    .example_good =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviorSettings": {"defaultTTL": 3600}})",
};

class ineffective_cache_settings_rule final : public detail::rule {
 public:
  constexpr ineffective_cache_settings_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (!ctx.object(field::cache_behavior_settings)) return;
    if (what_is_cached(ctx) != caching::nothing) return;
    ctx.report_at(field::cache_behavior_settings,
                  "cacheBehaviorSettings has no effect because nothing is cached: the settings "
                  "apply only to behaviors that are 'cache'");
  }
};

}  // namespace

const detail::rule& ineffective_cache_settings() {
  static const ineffective_cache_settings_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
