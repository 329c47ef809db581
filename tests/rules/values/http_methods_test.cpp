#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

namespace sailcheck::test {
namespace {

const std::string allowed = "/cacheBehaviorSettings/allowedHTTPMethods";
const std::string cached = "/cacheBehaviorSettings/cachedHTTPMethods";

SAILCHECK_RULE_CASES(
    http_methods_test, "LS2003",
    // valid
    rule_case{"p1_absent", std::string(p1()), {}}, rule_case{"p5", std::string(p5()), {}},
    rule_case{"get_head", patch(p5(), {{allowed, R"("GET,HEAD")"}, {cached, R"("GET,HEAD")"}}), {}},
    rule_case{
        "all_allowed", patch(p5(), allowed, R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"), {}},
    rule_case{"cached_absent", patch(p5(), cached, ""), {}},
    // same set, other spelling: fixable
    rule_case{"spaces", patch(p5(), allowed, R"("GET, HEAD, OPTIONS")"), {allowed}},
    rule_case{"lower_case", patch(p5(), cached, R"("get,head")"), {cached}},
    rule_case{"order", patch(p5(), cached, R"("HEAD,GET")"), {cached}},
    rule_case{"trailing_comma", patch(p5(), allowed, R"("GET,HEAD,OPTIONS,")"), {allowed}},
    rule_case{"both",
              patch(p5(), {{allowed, R"("get,head,options")"}, {cached, R"("head,get")"}}),
              {allowed, cached}},
    // not a documented set
    rule_case{"empty", patch(p5(), allowed, R"("")"), {allowed}},
    rule_case{"blank", patch(p5(), cached, R"("   ")"), {cached}},
    rule_case{"only_commas", patch(p5(), cached, R"(",")"), {cached}},
    rule_case{"subset", patch(p5(), allowed, R"("GET")"), {allowed}},
    rule_case{"undocumented_combination", patch(p5(), allowed, R"("GET,POST")"), {allowed}},
    rule_case{"all_methods_cached",
              patch(p5(), cached, R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"),
              {cached}},
    rule_case{"typo", patch(p5(), allowed, R"("GET,HAED")"), {allowed}},
    rule_case{"unknown_method", patch(p5(), allowed, R"("GET,HEAD,TRACE")"), {allowed}},
    rule_case{"other_separator", patch(p5(), allowed, R"("GET;HEAD")"), {allowed}},
    // no cascade
    owned_by("wrong_type_is_ls1003_only", patch(p5(), allowed, R"(["GET","HEAD"])"), "LS1003",
             {"/cacheBehaviorSettings/allowedHTTPMethods"}),
    owned_by("null_is_ls1003_only", patch(p5(), cached, "null"), "LS1003",
             {"/cacheBehaviorSettings/cachedHTTPMethods"}),
    owned_by("near_miss_is_ls1002_only",
             patch(p5(),
                   {{allowed, ""}, {"/cacheBehaviorSettings/allowedHttpMethods", R"("get")"}}),
             "LS1002", {"/cacheBehaviorSettings/allowedHttpMethods"}));

const diagnostic* finding(const std::string& pointer, std::string_view value, report& r) {
  r = check(patch(p5(), pointer, value));
  return first(r, "LS2003");
}

TEST(http_methods, fix_writes_the_documented_spelling) {
  struct fix_case {
    std::string pointer;
    std::string_view value;
    std::string_view fixed;
  };
  for (const fix_case& c : {fix_case{allowed, R"("GET, HEAD")", R"("GET,HEAD")"},
                            fix_case{cached, R"("get,head")", R"("GET,HEAD")"},
                            fix_case{cached, R"("HEAD,GET")", R"("GET,HEAD")"},
                            fix_case{cached, R"(" OPTIONS HEAD GET ")", R"("GET,HEAD,OPTIONS")"},
                            fix_case{allowed, R"("delete,get,head,options,patch,post,put")",
                                     R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")"}}) {
    report r;
    const diagnostic* d = finding(c.pointer, c.value, r);
    ASSERT_NE(d, nullptr) << c.value;
    ASSERT_TRUE(d->fix.has_value()) << c.value;
    EXPECT_EQ(d->fix->op, fix::operation::replace);
    EXPECT_EQ(d->fix->path, c.pointer);
    EXPECT_EQ(boost::json::serialize(d->fix->value), c.fixed);
  }
}

TEST(http_methods, no_fix_when_the_intent_is_unclear) {
  for (std::string_view value : {R"("")", R"("GET")", R"("GET,POST")", R"("GET,HAED")"}) {
    report r;
    const diagnostic* d = finding(allowed, value, r);
    ASSERT_NE(d, nullptr) << value;
    EXPECT_FALSE(d->fix.has_value()) << value;
  }
  report r;
  const diagnostic* d = finding(cached, R"("GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE")", r);
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(http_methods, messages) {
  report r;
  EXPECT_EQ(finding(allowed, R"("GET, HEAD")", r)->message,
            "'GET, HEAD' must be written exactly 'GET,HEAD' (upper case, comma-separated, no "
            "spaces, in this order)");
  EXPECT_EQ(finding(allowed, R"("")", r)->message,
            "allowedHTTPMethods is empty; expected one of 'GET,HEAD', 'GET,HEAD,OPTIONS' or "
            "'GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE' (omit the member for the service default "
            "'GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE')");
  EXPECT_EQ(finding(cached, R"("  ")", r)->message,
            "cachedHTTPMethods '  ' is blank; expected one of 'GET,HEAD' or 'GET,HEAD,OPTIONS' "
            "(omit the member for the service default 'GET,HEAD')");
  EXPECT_EQ(finding(allowed, R"("GET,POST")", r)->message,
            "'GET,POST' is not one of 'GET,HEAD', 'GET,HEAD,OPTIONS' or "
            "'GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE'; the smallest documented set with GET, POST "
            "is 'GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE'");
  EXPECT_EQ(finding(cached, R"("GET,HEAD,POST")", r)->message,
            "'GET,HEAD,POST' is not one of 'GET,HEAD' or 'GET,HEAD,OPTIONS'; only GET, HEAD and "
            "OPTIONS responses can be cached, not POST");
  EXPECT_EQ(finding(cached, R"("GET,HAED")", r)->message,
            "'GET,HAED' is not one of 'GET,HEAD' or 'GET,HEAD,OPTIONS': 'HAED' is not an HTTP "
            "method; did you mean 'GET,HEAD'?");
}

}  // namespace
}  // namespace sailcheck::test
