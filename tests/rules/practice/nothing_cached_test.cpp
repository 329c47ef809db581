#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payloads P3 (WordPress preset: dont-cache + cached paths) and P7 (static file types).
const std::string k_p3 = spec_payload("p3");
const std::string k_p7 = spec_payload("p7");

constexpr std::string_view k_default = "/defaultCacheBehavior/behavior";

std::string dont_cache(std::string_view doc) { return patch(doc, k_default, R"("dont-cache")"); }

SAILCHECK_RULE_CASES(
    nothing_cached_test, "LS4001",
    // valid: something is cached
    rule_case{"p1_default_cache", std::string(p1()), {}},
    rule_case{"p3_paths_cache", std::string(k_p3), {}},
    rule_case{"p7_paths_cache", std::string(k_p7), {}},
    rule_case{"p4_default_cache_path_dont_cache", std::string(p4()), {}},
    rule_case{"one_of_several_paths_caches",
              patch(k_p3, "/cacheBehaviors/0/behavior", R"("dont-cache")"),
              {}},
    // invalid: nothing is cached
    rule_case{"dont_cache_without_paths", dont_cache(p1()), {std::string(k_default)}},
    rule_case{"dont_cache_with_empty_paths",
              patch(dont_cache(p1()), "/cacheBehaviors", "[]"),
              {std::string(k_default)}},
    rule_case{"dont_cache_and_every_path_dont_cache", dont_cache(p4()), {std::string(k_default)}},
    rule_case{"p3_with_paths_dont_cache",
              patch(k_p3, {{"/cacheBehaviors/0/behavior", R"("dont-cache")"},
                           {"/cacheBehaviors/1/behavior", R"("dont-cache")"}}),
              {std::string(k_default)}},
    // no cascades: what is cached is unknown, another rule owns the finding
    owned_by("default_behavior_missing_is_ls1004_only",
             patch(p1(), "/defaultCacheBehavior/behavior", ""), "LS1004",
             {"/defaultCacheBehavior"}),
    owned_by("default_behavior_wrong_type_is_ls1003_only",
             patch(p1(), "/defaultCacheBehavior/behavior", "false"), "LS1003",
             {"/defaultCacheBehavior/behavior"}),
    owned_by("default_behavior_null_is_ls1003_only",
             patch(p1(), "/defaultCacheBehavior/behavior", "null"), "LS1003",
             {"/defaultCacheBehavior/behavior"}),
    owned_by("default_behavior_misspelt_is_ls2001_only",
             patch(p1(), "/defaultCacheBehavior/behavior", R"("dont_cache")"), "LS2001",
             {"/defaultCacheBehavior/behavior"}),
    owned_by("default_behavior_near_miss_key_is_ls1002_only",
             patch(p1(), "/defaultCacheBehavior", R"({"Behavior":"dont-cache"})"), "LS1002",
             {"/defaultCacheBehavior/Behavior"}),
    owned_by("default_cache_behavior_wrong_type_is_ls1003_only",
             patch(p1(), "/defaultCacheBehavior", R"("dont-cache")"), "LS1003",
             {"/defaultCacheBehavior"}),
    owned_by("path_behavior_misspelt_is_ls2001_only",
             patch(dont_cache(p4()), "/cacheBehaviors/0/behavior", R"("Cache")"), "LS2001",
             {"/cacheBehaviors/0/behavior"}),
    owned_by("path_behavior_missing_is_ls1004_only",
             patch(dont_cache(p4()), "/cacheBehaviors/0/behavior", ""), "LS1004",
             {"/cacheBehaviors/0"}),
    owned_by("path_behavior_wrong_type_is_ls1003_only",
             patch(dont_cache(p4()), "/cacheBehaviors/0/behavior", "true"), "LS1003",
             {"/cacheBehaviors/0/behavior"}),
    owned_by("path_item_wrong_type_is_ls1003_only",
             patch(dont_cache(p1()), "/cacheBehaviors", R"(["wp-content/"])"), "LS1003",
             {"/cacheBehaviors/0"}),
    owned_by("cache_behaviors_wrong_type_is_ls1003_only",
             patch(dont_cache(p1()), "/cacheBehaviors",
                   R"({"path":"wp-content/","behavior":"cache"})"),
             "LS1003", {"/cacheBehaviors"}),
    owned_by("cache_behaviors_null_is_ls1003_only",
             patch(dont_cache(p1()), "/cacheBehaviors", "null"), "LS1003", {"/cacheBehaviors"}),
    rule_case{"root_not_an_object", "[]", {}});

TEST(nothing_cached, message) {
  report r = check(dont_cache(p1()));
  const diagnostic* d = first(r, "LS4001");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "the default behavior is 'dont-cache' and no per-path behavior is 'cache', so the "
            "distribution caches nothing; set the default to 'cache' or add cacheBehaviors with "
            "'cache' for the paths to cache");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(nothing_cached, settings_are_reported_separately_by_ls4002) {
  report r = check(patch(k_p3, {{"/cacheBehaviors/0/behavior", R"("dont-cache")"},
                                {"/cacheBehaviors/1/behavior", R"("dont-cache")"}}));
  EXPECT_EQ(pointers(r, "LS4001"), std::vector<std::string>{std::string(k_default)}) << dump(r);
  EXPECT_EQ(pointers(r, "LS4002"), std::vector<std::string>{"/cacheBehaviorSettings"}) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
