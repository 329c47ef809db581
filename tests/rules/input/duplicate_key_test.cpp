#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

SAILCHECK_RULE_CASES(
    duplicate_key_test, "LS0002", rule_case{"none", std::string(p1()), {}},
    rule_case{"same_name_in_different_objects", std::string(p4()), {}},
    rule_case{"top_level",
              R"({"bundleId":"small_1_0","distributionName":"a-b","bundleId":"medium_1_0"})",
              {"/bundleId"}},
    rule_case{"three_times",
              R"({"bundleId":"a","bundleId":"b","bundleId":"c"})",
              {"/bundleId", "/bundleId"}},
    rule_case{"nested", R"({"origin":{"name":"a","name":"b"}})", {"/origin/name"}},
    rule_case{"in_array_item", R"({"tags":[{"key":"a"},{"key":"a","key":"b"}]})", {"/tags/1/key"}},
    rule_case{"escaped_spelling", R"({"bundleId":"a","bundle\u0049d":"b"})", {"/bundleId"}},
    rule_case{"escaped_pointer", R"({"a/b":1,"a/b":2})", {"/a~1b"}},
    rule_case{"unknown_member_too", R"({"x":1,"x":2})", {"/x"}});

TEST(duplicate_key, large_object) {
  std::string text = "{";
  for (int i = 0; i < 100; ++i) text += "\"k" + std::to_string(i) + "\":1,";
  text += "\"k42\":2}";
  EXPECT_EQ(pointers(check(text), "LS0002"), std::vector<std::string>{"/k42"});
}

TEST(duplicate_key, message_and_related_first_occurrence) {
  report r = check("{\"bundleId\":\"a\",\n\"bundleId\":\"b\"}");
  const diagnostic* d = first(r, "LS0002");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "duplicate member 'bundleId'; boto3 and the AWS CLI silently keep only the last value");
  EXPECT_EQ(d->begin.line, 2u);
  EXPECT_EQ(d->begin.column, 1u);
  ASSERT_EQ(d->related.size(), 1u);
  EXPECT_EQ(d->related[0].pointer, "/bundleId");
  EXPECT_EQ(d->related[0].position.line, 1u);
  EXPECT_EQ(d->related[0].position.column, 2u);
}

TEST(duplicate_key, found_before_a_syntax_error) {
  report r = check(R"({"a":1,"a":2,)");
  EXPECT_EQ(pointers(r, "LS0002"), std::vector<std::string>{"/a"});
  EXPECT_NE(first(r, "LS0001"), nullptr);
}

}  // namespace
}  // namespace sailcheck::test
