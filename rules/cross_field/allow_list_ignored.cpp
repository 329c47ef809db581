// LS3005 allow-list-ignored: a non-empty list is given but its option ignores it: cookies
// `none`/`all`, headers `none`/`all`/`default`, query strings `false` or absent. (Query strings
// `true` with a list is the normal way to forward all and key the cache on the listed ones: no
// finding.)

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <string_view>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3005",
    .name = "allow-list-ignored",
    .default_severity = severity::warning,
    .summary =
        "a non-empty list is given but its option ignores it: cookies `none`/`all`, headers "
        "`none`/`all`/`default`, query strings `false` or absent. (Query strings `true` with a "
        "list is the normal way to forward all and key the cache on the listed ones: no finding.)",
    .rationale =
        "`cookiesAllowList` and `headersAllowList` are read only when their option is "
        "`allow-list`, and `queryStringsAllowList` only when `forwardedQueryStrings.option` "
        "is `true` (botocore lightsail model, QueryStringObject); otherwise the list "
        "does nothing, and CloudFront even rejects cookie names with `none` or `all` "
        "(InvalidForwardCookies). A list that is silently ignored usually means the "
        "option is not what the author meant.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "none", "cookiesAllowList": ["session_id"]}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list", "cookiesAllowList": ["session_id"]}}})",
};

bool non_empty(const detail::context& ctx, field list) noexcept {
  const boost::json::array* a = ctx.array(list);
  return a && !a->empty();
}

class allow_list_ignored_rule final : public detail::rule {
 public:
  constexpr allow_list_ignored_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    // Cookies and headers: only a present option. The model names no default for them, and an
    // option of the wrong type (LS1003) or outside the enum (LS2001) says nothing either.
    if (non_empty(ctx, field::cookies_allow_list)) {
      const std::optional<std::string_view> option = ctx.string(field::cookies_option);
      if (option == "none" || option == "all")
        ctx.report_at(field::cookies_allow_list,
                      fmt::format("cookiesAllowList is ignored because forwardedCookies.option "
                                  "is {} (CloudFront rejects cookie names then); use "
                                  "'allow-list' to forward only these cookies, or remove the list",
                                  detail::quote(*option)));
    }
    if (non_empty(ctx, field::headers_allow_list)) {
      const std::optional<std::string_view> option = ctx.string(field::headers_option);
      if (option == "none" || option == "all" || option == "default")
        ctx.report_at(field::headers_allow_list,
                      fmt::format("headersAllowList is ignored because forwardedHeaders.option "
                                  "is {}; use 'allow-list' to forward only these headers, or "
                                  "remove the list",
                                  detail::quote(*option)));
    }
    if (non_empty(ctx, field::query_strings_allow_list)) {
      // `true` with a list forwards all and keys the cache on the listed ones: the normal use.
      // Absent means the service default false, but only when truly absent (not misspelt).
      const std::optional<bool> option = ctx.boolean(field::query_strings_option);
      const bool absent = ctx.absent(field::query_strings_option);
      if (absent || option == false)
        ctx.report_at(field::query_strings_allow_list,
                      fmt::format("queryStringsAllowList is ignored because "
                                  "forwardedQueryStrings.option is {}, so no query string is "
                                  "forwarded; set the option to true to forward query strings "
                                  "and cache on the listed ones, or remove the list",
                                  absent ? "omitted (the service default is false)" : "false"));
    }
  }
};

}  // namespace

const detail::rule& allow_list_ignored() {
  static const allow_list_ignored_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
