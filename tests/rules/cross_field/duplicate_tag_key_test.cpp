#include "test_support.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

std::string p4_tags(std::string_view tags_json) { return patch(p4(), "/tags", tags_json); }

// `n` tags whose keys come from `key_of(i)`, as a parsed document based on P1.
template <class key_of_fn>
boost::json::value with_tags(std::size_t n, key_of_fn key_of) {
  boost::json::value doc = boost::json::parse(p1());
  boost::json::array& tags = doc.as_object()["tags"].emplace_array();
  tags.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    tags.push_back(boost::json::object{{"key", key_of(i)}, {"value", "v"}});
  return doc;
}

SAILCHECK_RULE_CASES(
    duplicate_tag_key_test, "LS3006",
    // valid
    rule_case{"no_tags", std::string(p1()), {}}, rule_case{"p4_one_tag", std::string(p4()), {}},
    rule_case{"empty_tags", p4_tags("[]"), {}},
    rule_case{"distinct_keys",
              p4_tags(R"([{"key":"project","value":"shop"},{"key":"env","value":"prod"}])"),
              {}},
    // same value, different keys
    rule_case{"same_value_different_keys",
              p4_tags(R"([{"key":"a","value":"x"},{"key":"b","value":"x"}])"),
              {}},
    // keys are case-sensitive: a case-only difference is LS4013's
    owned_by("case_only_difference_is_ls4013",
             p4_tags(R"([{"key":"env","value":"a"},{"key":"Env","value":"b"}])"), "LS4013",
             {"/tags/1/key"}),
    rule_case{"trailing_space_differs",
              p4_tags(R"([{"key":"env","value":"a"},{"key":"env ","value":"b"}])"),
              {}},
    // items and keys of the wrong type are LS1003's; missing keys LS1004's
    owned_by("non_object_items_skipped", p4_tags(R"(["env","env"])"), "LS1003",
             {"/tags/0", "/tags/1"}),
    owned_by("non_string_keys_skipped", p4_tags(R"([{"key":1,"value":"a"},{"key":1,"value":"b"}])"),
             "LS1003", {"/tags/0/key", "/tags/1/key"}),
    owned_by("missing_keys_skipped", p4_tags(R"([{"value":"a"},{"value":"a"}])"), "LS1004",
             {"/tags/0", "/tags/1"}),
    rule_case{"near_miss_keys_skipped",
              p4_tags(R"([{"Key":"env","value":"a"},{"Key":"env","value":"b"}])"),
              {}},
    owned_by("tags_wrong_type_is_ls1003_only", p4_tags(R"({"env":"prod"})"), "LS1003", {"/tags"}),
    // invalid
    rule_case{"same_key_twice",
              p4_tags(R"([{"key":"env","value":"prod"},{"key":"env","value":"staging"}])"),
              {"/tags/1/key"}},
    rule_case{"identical_tags",
              p4_tags(R"([{"key":"env","value":"prod"},{"key":"env","value":"prod"}])"),
              {"/tags/1/key"}},
    rule_case{"three_times",
              p4_tags(R"([{"key":"a","value":"1"},{"key":"b","value":"2"},)"
                      R"({"key":"a","value":"3"},{"key":"a","value":"4"}])"),
              {"/tags/2/key", "/tags/3/key"}},
    rule_case{"two_pairs_in_document_order",
              p4_tags(R"([{"key":"b","value":"1"},{"key":"a","value":"2"},)"
                      R"({"key":"a","value":"3"},{"key":"b","value":"4"}])"),
              {"/tags/2/key", "/tags/3/key"}},
    rule_case{"empty_keys_are_equal_too",
              p4_tags(R"([{"key":"","value":"1"},{"key":"","value":"2"}])"),
              {"/tags/1/key"}},
    rule_case{"after_a_skipped_item",
              p4_tags(R"([{"key":"env","value":"a"},7,{"key":"env","value":"b"}])"),
              {"/tags/2/key"}});

TEST(duplicate_tag_key, message_and_related_first_tag) {
  report r = check(p4_tags(
      R"([{"key":"env","value":"prod"},{"key":"team","value":"web"},{"key":"env","value":"dev"}])"));
  const diagnostic* d = first(r, "LS3006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->pointer, "/tags/2/key");
  EXPECT_EQ(d->message,
            "tag key 'env' is already used by tag 0; tag keys must be unique, so merge the two "
            "tags or rename this key");
  EXPECT_EQ(d->severity, severity::error);
  EXPECT_FALSE(d->fix.has_value());
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, "/tags/0/key");
  EXPECT_EQ(d->related[0].message, "first tag with key 'env'");
}

TEST(duplicate_tag_key, long_array_relates_the_first_occurrence) {
  // More items than the pairwise path handles: the sorted path must give the same answer.
  boost::json::value doc = with_tags(40, [](std::size_t i) {
    return boost::json::string(i == 37 ? "k5" : i == 39 ? "k20" : "k" + std::to_string(i));
  });
  report r = linter{}.check(doc);
  EXPECT_EQ(pointers(r, "LS3006"), (std::vector<std::string>{"/tags/37/key", "/tags/39/key"}))
      << dump(r);
  const diagnostic* d = first(r, "LS3006");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->related.size(), 1U);
  EXPECT_EQ(d->related[0].pointer, "/tags/5/key");
}

// 100,000 keys, every finding kept (no caps): a pairwise compare would take minutes and run into
// the test timeout.
TEST(duplicate_tag_key, large_arrays_are_not_quadratic) {
  options o;
  o.select = {"LS3006"};
  o.limits.max_findings_per_rule = 0;  // every finding, at scale
  o.limits.max_findings = 0;
  auto lint = linter::create(o);
  ASSERT_TRUE(lint.has_value());

  constexpr std::size_t k_distinct = 100'000;
  boost::json::value distinct = with_tags(k_distinct, [](std::size_t i) {
    return boost::json::string(i + 1 == k_distinct ? "key-4242" : "key-" + std::to_string(i));
  });
  report r = lint->check(distinct);
  EXPECT_EQ(pointers(r, "LS3006"), std::vector<std::string>{"/tags/99999/key"});

  // Every tag a repeat: one finding each, all related to the first.
  constexpr std::size_t k_same = 20'000;
  boost::json::value same =
      with_tags(k_same, [](std::size_t) { return boost::json::string("env"); });
  r = lint->check(same);
  EXPECT_EQ(pointers(r, "LS3006").size(), k_same - 1);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics.back().related.at(0).pointer, "/tags/0/key");
}

}  // namespace
}  // namespace sailcheck::test
