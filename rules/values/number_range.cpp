// LS2004 number-range: TTLs below 0; `origin.responseTimeout` outside 1..60

#include "model/request_model.hpp"
#include "registry.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2004",
    .name = "number-range",
    .default_severity = severity::error,
    .summary = "TTLs below 0; `origin.responseTimeout` outside 1..60",
    .rationale =
        "The botocore model documents `origin.responseTimeout` as 1 to 60 seconds "
        "(default 30) but carries no min/max trait, so no SDK checks it; CloudFront "
        "itself would take up to 120, Lightsail documents 60. The TTLs "
        "(`cacheBehaviorSettings.minimumTTL`, `defaultTTL`, `maximumTTL`) are seconds "
        "and CloudFront rejects negative values. Values outside the member's integer "
        "type are LS1003 instead.",
    .example_bad =
        R"({"origin": {"name": "web-1", "regionName": "us-east-1", "responseTimeout": 90}, "cacheBehaviorSettings": {"minimumTTL": -1}})",
    .example_good =
        R"({"origin": {"name": "web-1", "regionName": "us-east-1", "responseTimeout": 60}, "cacheBehaviorSettings": {"minimumTTL": 0}})",
};

constexpr std::int64_t k_min_timeout = model::k_response_timeout_min;
constexpr std::int64_t k_max_timeout = model::k_response_timeout_max;
constexpr std::int64_t k_default_timeout = model::k_response_timeout_default;

class number_range_rule final : public detail::rule {
 public:
  constexpr number_range_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::int64_t n = v.get_int64();
    const field id = ctx.node() ? ctx.node()->id : field::none;
    if (id == field::origin_response_timeout) {
      if (n >= k_min_timeout && n <= k_max_timeout) return;
      ctx.report(
          fmt::format("origin.responseTimeout is {}; it must be {} to {} seconds (omit it "
                      "for the service default, {})",
                      n, k_min_timeout, k_max_timeout, k_default_timeout));
      return;
    }
    // The TTLs: seconds, so never negative.
    if (n >= model::k_ttl_min) return;
    ctx.report(fmt::format("{} is {}; a TTL is a number of seconds and must be 0 or more",
                           ctx.member_name(), n));
  }
};

}  // namespace

const detail::rule& number_range() {
  static const number_range_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
