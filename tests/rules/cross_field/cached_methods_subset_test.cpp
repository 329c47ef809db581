#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

constexpr std::string_view k_allowed = "/cacheBehaviorSettings/allowedHTTPMethods";
constexpr std::string_view k_cached = "/cacheBehaviorSettings/cachedHTTPMethods";
const std::string k_at_cached(k_cached);

// P5 (OPTIONS allowed and cached) with both method strings replaced; "" removes one.
std::string p5_methods(std::string_view allowed, std::string_view cached) {
  return patch(p5(), {{k_allowed, allowed}, {k_cached, cached}});
}

SAILCHECK_RULE_CASES(
    cached_methods_subset_test, "LS3003",
    // valid
    rule_case{"no_cache_settings", std::string(p1()), {}},
    rule_case{"p5_options_allowed_and_cached", std::string(p5()), {}},
    rule_case{"both_omitted", p5_methods("", ""), {}},
    rule_case{"get_head_both", p5_methods(R"("GET,HEAD")", R"("GET,HEAD")"), {}},
    rule_case{"all_methods_allowed_options_cached",
              p5_methods(R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")", R"("GET,HEAD,OPTIONS")"),
              {}},
    // an omitted allowedHTTPMethods allows all seven methods (service default)
    rule_case{"allowed_omitted_defaults_to_all", p5_methods("", R"("GET,HEAD,OPTIONS")"), {}},
    // an omitted cachedHTTPMethods caches GET,HEAD (service default)
    rule_case{"cached_omitted_defaults_to_get_head", p5_methods(R"("GET,HEAD")", ""), {}},
    // every pair of documented strings: only GET,HEAD with GET,HEAD,OPTIONS breaks the subset
    rule_case{"allowed_get_head_options_cached_get_head",
              p5_methods(R"("GET,HEAD,OPTIONS")", R"("GET,HEAD")"),
              {}},
    rule_case{"allowed_all_cached_get_head",
              p5_methods(R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")", R"("GET,HEAD")"),
              {}},
    // any other spelling is LS2003's alone, whatever methods it names (settled in review)
    owned_by("allowed_with_spaces_includes_options",
             p5_methods(R"("GET, HEAD, OPTIONS")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("allowed_lower_case_reordered_includes_options",
             p5_methods(R"("options,head,get")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    // (reported by LS3003 too before review)
    owned_by("allowed_lower_case_with_space_is_ls2003_only",
             p5_methods(R"("get, head")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("cached_lower_case_with_spaces_is_ls2003_only",
             p5_methods(R"("GET,HEAD")", R"("get, head, options")"), "LS2003",
             {"/cacheBehaviorSettings/cachedHTTPMethods"}),
    owned_by("allowed_reordered_without_options_is_ls2003_only",
             p5_methods(R"("HEAD,GET")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("allowed_undocumented_subset_is_ls2003_only",
             p5_methods(R"("GET,HEAD,POST")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("cached_options_only_is_ls2003_only", p5_methods(R"("GET,HEAD")", R"("OPTIONS")"),
             "LS2003", {"/cacheBehaviorSettings/cachedHTTPMethods"}),
    owned_by("cached_all_methods_is_ls2003_only",
             p5_methods(R"("GET,HEAD")", R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"), "LS2003",
             {"/cacheBehaviorSettings/cachedHTTPMethods"}),
    owned_by("allowed_trailing_comma_is_ls2003_only",
             p5_methods(R"("GET,HEAD,")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    // strings that are not lists of methods: which set is meant is a guess
    rule_case{"allowed_unknown_method_is_silent",
              p5_methods(R"("GET,HEAD,FETCH")", R"("GET,HEAD,OPTIONS")"),
              {}},
    owned_by("allowed_blank_is_ls2003_only", p5_methods(R"(" ")", R"("GET,HEAD,OPTIONS")"),
             "LS2003", {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("allowed_empty_is_ls2003_only", p5_methods(R"("")", R"("GET,HEAD,OPTIONS")"), "LS2003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    rule_case{
        "cached_unknown_method_is_silent", p5_methods(R"("GET,HEAD")", R"("GET,HEAD,OPTION")"), {}},
    rule_case{
        "allowed_semicolons_is_silent", p5_methods(R"("GET;HEAD")", R"("GET,HEAD,OPTIONS")"), {}},
    // wrong types are LS1003 only
    owned_by("allowed_wrong_type_is_ls1003_only",
             p5_methods(R"(["GET","HEAD"])", R"("GET,HEAD,OPTIONS")"), "LS1003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("allowed_null_is_ls1003_only", p5_methods("null", R"("GET,HEAD,OPTIONS")"), "LS1003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("cached_wrong_type_is_ls1003_only", p5_methods(R"("GET,HEAD")", "7"), "LS1003",
             {"/cacheBehaviorSettings/cachedHTTPMethods"}),
    // a near-miss spelling is LS1002 only: it stands for the member, no default is assumed
    owned_by("allowed_near_miss_is_ls1002_only",
             patch(p5_methods("", R"("GET,HEAD,OPTIONS")"),
                   "/cacheBehaviorSettings/allowedHttpMethods", R"("GET,HEAD")"),
             "LS1002", {"/cacheBehaviorSettings/allowedHttpMethods"}),
    // invalid
    rule_case{"p5_allowed_get_head",
              p5_methods(R"("GET,HEAD")", R"("GET,HEAD,OPTIONS")"),
              {k_at_cached}});

TEST(cached_methods_subset, message) {
  report r = check(p5_methods(R"("GET,HEAD")", R"("GET,HEAD,OPTIONS")"));
  const diagnostic* d = first(r, "LS3003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "cachedHTTPMethods 'GET,HEAD,OPTIONS' caches OPTIONS, which allowedHTTPMethods "
            "'GET,HEAD' does not allow; allow it with 'GET,HEAD,OPTIONS' or cache only 'GET,HEAD'");
  EXPECT_EQ(d->severity, severity::error);
  // Which side to change is the author's choice: no fix.
  EXPECT_FALSE(d->fix.has_value());
}

TEST(cached_methods_subset, undocumented_spelling_is_ls2003_only) {
  // LS2003 rejects the spelling (and offers the documented one); quoting it again here would
  // report one mistake twice.
  report r = check(p5_methods(R"("get, head")", R"("GET,HEAD,OPTIONS")"));
  EXPECT_EQ(pointers(r, "LS2003"), std::vector<std::string>{std::string(k_allowed)}) << dump(r);
  EXPECT_TRUE(pointers(r, "LS3003").empty()) << dump(r);
  EXPECT_TRUE(pointers(r, "LS1003").empty()) << dump(r);

  r = check(p5_methods(R"("GET,HEAD")", R"("get, head, options")"));
  EXPECT_EQ(pointers(r, "LS2003"), std::vector<std::string>{k_at_cached}) << dump(r);
  EXPECT_TRUE(pointers(r, "LS3003").empty()) << dump(r);
}

}  // namespace
}  // namespace sailcheck::test
