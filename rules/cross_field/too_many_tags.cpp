// LS3007 too-many-tags: more than 50 tags

#include "registry.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3007",
    .name = "too-many-tags",
    .default_severity = severity::error,
    .summary = "more than 50 tags",
    .rationale =
        "A Lightsail resource can have at most 50 tags (botocore lightsail model, "
        "TagResource: \"a maximum of 50 tags\"; Lightsail user guide, tag "
        "restrictions), so CreateDistribution with a longer `tags` array is rejected. "
        "Tags beyond the limit can often be folded into fewer keys or kept elsewhere.",
    // All 51, so that the example is a real payload fragment the rule reports.
    .example_bad =
        R"({"tags": [{"key": "t1", "value": "v"}, {"key": "t2", "value": "v"}, {"key": "t3", "value": "v"}, {"key": "t4", "value": "v"}, )"
        R"({"key": "t5", "value": "v"}, {"key": "t6", "value": "v"}, {"key": "t7", "value": "v"}, {"key": "t8", "value": "v"}, )"
        R"({"key": "t9", "value": "v"}, {"key": "t10", "value": "v"}, {"key": "t11", "value": "v"}, {"key": "t12", "value": "v"}, )"
        R"({"key": "t13", "value": "v"}, {"key": "t14", "value": "v"}, {"key": "t15", "value": "v"}, {"key": "t16", "value": "v"}, )"
        R"({"key": "t17", "value": "v"}, {"key": "t18", "value": "v"}, {"key": "t19", "value": "v"}, {"key": "t20", "value": "v"}, )"
        R"({"key": "t21", "value": "v"}, {"key": "t22", "value": "v"}, {"key": "t23", "value": "v"}, {"key": "t24", "value": "v"}, )"
        R"({"key": "t25", "value": "v"}, {"key": "t26", "value": "v"}, {"key": "t27", "value": "v"}, {"key": "t28", "value": "v"}, )"
        R"({"key": "t29", "value": "v"}, {"key": "t30", "value": "v"}, {"key": "t31", "value": "v"}, {"key": "t32", "value": "v"}, )"
        R"({"key": "t33", "value": "v"}, {"key": "t34", "value": "v"}, {"key": "t35", "value": "v"}, {"key": "t36", "value": "v"}, )"
        R"({"key": "t37", "value": "v"}, {"key": "t38", "value": "v"}, {"key": "t39", "value": "v"}, {"key": "t40", "value": "v"}, )"
        R"({"key": "t41", "value": "v"}, {"key": "t42", "value": "v"}, {"key": "t43", "value": "v"}, {"key": "t44", "value": "v"}, )"
        R"({"key": "t45", "value": "v"}, {"key": "t46", "value": "v"}, {"key": "t47", "value": "v"}, {"key": "t48", "value": "v"}, )"
        R"({"key": "t49", "value": "v"}, {"key": "t50", "value": "v"}, {"key": "t51", "value": "v"}]})",
    .example_good =
        R"({"tags": [{"key": "project", "value": "shop"}, {"key": "env", "value": "prod"}]})",
};

constexpr std::size_t k_max_tags = 50;

class too_many_tags_rule final : public detail::rule {
 public:
  constexpr too_many_tags_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    // Every item counts, even one LS1003 reports: the author meant it as a tag.
    const boost::json::array* tags = ctx.array(field::tags);
    if (!tags || tags->size() <= k_max_tags) return;
    ctx.report_at(field::tags,
                  fmt::format("{} tags given, but a resource can have at most {}; remove {} or "
                              "combine some",
                              tags->size(), k_max_tags, tags->size() - k_max_tags));
  }
};

}  // namespace

const detail::rule& too_many_tags() {
  static const too_many_tags_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
