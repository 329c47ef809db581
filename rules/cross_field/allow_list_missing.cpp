// LS3004 allow-list-missing: an option is `allow-list` but its list is missing or empty
// (cookies, headers): CloudFront rejects this for cookies; at best it behaves like `none`

#include "registry.hpp"

#include <fmt/format.h>

#include <string_view>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3004",
    .name = "allow-list-missing",
    .default_severity = severity::warning,
    .summary =
        "an option is `allow-list` but its list is missing or empty (cookies, headers): CloudFront "
        "rejects this for cookies; at best it behaves like `none`",
    .rationale =
        "`forwardedCookies.option` `allow-list` forwards only the cookies named in "
        "`cookiesAllowList`, and `forwardedHeaders.option` `allow-list` only the headers "
        "in `headersAllowList`. Without names CloudFront rejects the cookie setting "
        "(InvalidForwardCookies, \"list of cookie names is missing\", CloudFront model), "
        "and the header setting forwards nothing, as `none` would.",
    .example_bad = R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list"}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list", "cookiesAllowList": ["session_id"]}}})",
};

// What a list says when the option needs it: "missing", "empty", or nothing to report. A list
// of the wrong type, or a near-miss spelling of its name, is reported elsewhere (LS1003,
// LS1002) and stands for a list the author did write: no finding.
std::string_view list_problem(const detail::context& ctx, field list) noexcept {
  if (ctx.absent(list)) return "missing";
  if (const boost::json::array* a = ctx.array(list); a && a->empty()) return "empty";
  return {};
}

class allow_list_missing_rule final : public detail::rule {
 public:
  constexpr allow_list_missing_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::cookies_option) == "allow-list") {
      if (const std::string_view problem = list_problem(ctx, field::cookies_allow_list);
          !problem.empty())
        ctx.report_at(field::cookies_option,
                      fmt::format("forwardedCookies.option is 'allow-list' but cookiesAllowList "
                                  "is {}, which CloudFront rejects; list the cookies to forward, "
                                  "or use 'none'",
                                  problem));
    }
    if (ctx.string(field::headers_option) == "allow-list") {
      if (const std::string_view problem = list_problem(ctx, field::headers_allow_list);
          !problem.empty())
        ctx.report_at(field::headers_option,
                      fmt::format("forwardedHeaders.option is 'allow-list' but headersAllowList "
                                  "is {}, so no header is forwarded; list the headers to "
                                  "forward, or use 'none'",
                                  problem));
    }
  }
};

}  // namespace

const detail::rule& allow_list_missing() {
  static const allow_list_missing_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
