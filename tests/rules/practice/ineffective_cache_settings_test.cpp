#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payloads P2 (explicit server-default settings), P3 (WordPress preset) and P8 (API
// passthrough: default cache, every header forwarded, TTLs 0).
const std::string k_p2 = spec_payload("p2");
const std::string k_p3 = spec_payload("p3");
const std::string k_p8 = spec_payload("p8");

constexpr std::string_view k_settings = "/cacheBehaviorSettings";

std::string dont_cache(std::string_view doc) {
  return patch(doc, "/defaultCacheBehavior/behavior", R"("dont-cache")");
}
std::string p3_nothing_cached() {
  return patch(k_p3, {{"/cacheBehaviors/0/behavior", R"("dont-cache")"},
                      {"/cacheBehaviors/1/behavior", R"("dont-cache")"}});
}

SAILCHECK_RULE_CASES(
    ineffective_cache_settings_test, "LS4002",
    // valid: settings absent, or something is cached
    rule_case{"p1_no_settings", std::string(p1()), {}},
    rule_case{"p2_default_cache", std::string(k_p2), {}},
    rule_case{"p3_paths_cache", std::string(k_p3), {}},
    rule_case{"p4_default_cache", std::string(p4()), {}},
    rule_case{"p8_default_cache_even_if_little_is_cached", std::string(k_p8), {}},
    owned_by("settings_absent_while_nothing_cached_is_ls4001_only", dont_cache(p1()), "LS4001",
             {"/defaultCacheBehavior/behavior"}),
    // invalid: settings given, nothing cached
    rule_case{"p2_with_default_dont_cache", dont_cache(k_p2), {std::string(k_settings)}},
    rule_case{"p3_with_paths_dont_cache", p3_nothing_cached(), {std::string(k_settings)}},
    rule_case{"p4_with_default_dont_cache", dont_cache(p4()), {std::string(k_settings)}},
    rule_case{"empty_settings_object",
              patch(dont_cache(p1()), "/cacheBehaviorSettings", "{}"),
              {std::string(k_settings)}},
    // no cascades
    owned_by("settings_wrong_type_is_ls1003_only",
             patch(dont_cache(p1()), "/cacheBehaviorSettings", "[]"), "LS1003",
             {"/cacheBehaviorSettings"}),
    owned_by("settings_null_is_ls1003_only",
             patch(dont_cache(p1()), "/cacheBehaviorSettings", "null"), "LS1003",
             {"/cacheBehaviorSettings"}),
    owned_by("settings_near_miss_key_is_ls1002_only",
             patch(dont_cache(p1()), "/CacheBehaviorSettings", R"({"defaultTTL":60})"), "LS1002",
             {"/CacheBehaviorSettings"}),
    owned_by("default_behavior_misspelt_is_ls2001_only",
             patch(k_p2, "/defaultCacheBehavior/behavior", R"("dontcache")"), "LS2001",
             {"/defaultCacheBehavior/behavior"}),
    owned_by("default_behavior_missing_is_ls1004_only",
             patch(k_p2, "/defaultCacheBehavior/behavior", ""), "LS1004",
             {"/defaultCacheBehavior"}),
    rule_case{"path_behavior_unreadable_is_another_rules",
              patch(p3_nothing_cached(), "/cacheBehaviors/1/behavior", "null"),
              {}});

TEST(ineffective_cache_settings, message) {
  report r = check(dont_cache(k_p2));
  const diagnostic* d = first(r, "LS4002");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "cacheBehaviorSettings has no effect because nothing is cached: the settings apply "
            "only to behaviors that are 'cache'");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
