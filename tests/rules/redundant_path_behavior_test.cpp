#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

// Spec payloads P3 (dont-cache + cached paths), P6 (cache + cached paths: LS4003 twice) and P7.
const std::string k_p3 = spec_payload("p3");
const std::string k_p6 = spec_payload("p6");
const std::string k_p7 = spec_payload("p7");

std::string with_paths(std::string_view default_behavior, std::string_view items) {
  return patch(p1(),
               {{"/defaultCacheBehavior/behavior", default_behavior}, {"/cacheBehaviors", items}});
}

class redundant_path_behavior_test : public ::testing::TestWithParam<rule_case> {};

TEST_P(redundant_path_behavior_test, reports_exactly_the_expected_pointers) {
  const rule_case& c = GetParam();
  report r = check(c.payload);
  EXPECT_EQ(pointers(r, "LS4003"), c.expected) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    cases, redundant_path_behavior_test,
    ::testing::Values(
        // valid: every per-path behavior overrides the default, or no per-path behaviors
        rule_case{"p1_no_paths", std::string(p1()), {}},
        rule_case{"p3_dont_cache_with_cached_paths", std::string(k_p3), {}},
        rule_case{"p4_cache_with_dont_cache_path", std::string(p4()), {}},
        rule_case{"p7_dont_cache_with_cached_paths", std::string(k_p7), {}},
        rule_case{"empty_paths", with_paths(R"("cache")", "[]"), {}},
        rule_case{
            "exception_to_an_earlier_override",
            with_paths(
                R"("cache")",
                R"([{"path":"api/*","behavior":"dont-cache"},{"path":"api/docs/*","behavior":"cache"}])"),
            {}},
        // invalid: the per-path behavior repeats the default
        rule_case{"p6_twice",
                  std::string(k_p6),
                  {"/cacheBehaviors/0/behavior", "/cacheBehaviors/1/behavior"}},
        rule_case{"dont_cache_repeated",
                  with_paths(R"("dont-cache")", R"([{"path":"api/*","behavior":"dont-cache"}])"),
                  {"/cacheBehaviors/0/behavior"}},
        rule_case{
            "only_items_before_the_first_override",
            with_paths(
                R"("cache")",
                R"([{"path":"a/*","behavior":"cache"},{"path":"b/*","behavior":"dont-cache"},{"path":"b/c/*","behavior":"cache"}])"),
            {"/cacheBehaviors/0/behavior"}},
        rule_case{"path_missing_still_redundant",
                  with_paths(R"("cache")", R"([{"behavior":"cache"}])"),
                  {"/cacheBehaviors/0/behavior"}},
        // no cascades: the default or an earlier behavior is unreadable, another rule owns it
        rule_case{"default_behavior_missing_is_ls1004_only",
                  patch(k_p6, "/defaultCacheBehavior/behavior", ""),
                  {}},
        rule_case{"default_behavior_misspelt_is_ls2001_only",
                  patch(k_p6, "/defaultCacheBehavior/behavior", R"("Cache")"),
                  {}},
        rule_case{"default_behavior_wrong_type_is_ls1003_only",
                  patch(k_p6, "/defaultCacheBehavior/behavior", "1"),
                  {}},
        rule_case{"path_behavior_misspelt_is_ls2001_only",
                  patch(k_p6, "/cacheBehaviors/1/behavior", R"("CACHE")"),
                  {"/cacheBehaviors/0/behavior"}},
        rule_case{"earlier_behavior_misspelt_could_be_an_override",
                  patch(k_p6, "/cacheBehaviors/0/behavior", R"("dont_cache")"),
                  {}},
        rule_case{"earlier_behavior_missing_could_be_an_override",
                  patch(k_p6, "/cacheBehaviors/0/behavior", ""),
                  {}},
        rule_case{"earlier_behavior_near_miss_key_could_be_an_override",
                  patch(k_p6, "/cacheBehaviors/0",
                        R"({"path":"_next/static/*","Behavior":"dont-cache"})"),
                  {}},
        rule_case{"earlier_item_wrong_type_could_be_an_override",
                  patch(k_p6, "/cacheBehaviors/0", R"("_next/static/*")"),
                  {}},
        rule_case{"cache_behaviors_wrong_type_is_ls1003_only",
                  with_paths(R"("cache")", R"({"path":"a/*","behavior":"cache"})"),
                  {}}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(redundant_path_behavior, message) {
  report r = check(k_p6);
  const diagnostic* d = first(r, "LS4003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'cache' for path '_next/static/*' is already the default behavior, so this per-path "
            "behavior changes nothing; remove it");
  EXPECT_EQ(d->severity, severity::info);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(redundant_path_behavior, message_without_a_path) {
  report r = check(with_paths(R"("cache")", R"([{"behavior":"cache"}])"));
  const diagnostic* d = first(r, "LS4003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "'cache' is already the default behavior, so this per-path behavior changes nothing; "
            "remove it");
}

}  // namespace
}  // namespace sailcheck::test
