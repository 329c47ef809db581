// LS3001 min-ttl-all-headers: `forwardedHeaders.option` is `all` and `minimumTTL` is not 0
// (documented in the API reference); fix: set `minimumTTL` to 0

#include "registry.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3001",
    .name = "min-ttl-all-headers",
    .default_severity = severity::error,
    .summary =
        "`forwardedHeaders.option` is `all` and `minimumTTL` is not 0 (documented in the API "
        "reference); fix: set `minimumTTL` to 0",
    .rationale =
        "The API reference of CacheSettings (botocore lightsail 2016-11-28, `minimumTTL`) "
        "says a value of 0 must be specified for `cacheBehaviorSettings.minimumTTL` when "
        "the distribution forwards all headers to the origin, as CloudFront's MinTTL "
        "rule does; the service rejects the request otherwise. An omitted `minimumTTL` "
        "defaults to 0 and is fine.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"minimumTTL": 60, "forwardedHeaders": {"option": "all"}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"minimumTTL": 0, "forwardedHeaders": {"option": "all"}}})",
};

class min_ttl_all_headers_rule final : public detail::rule {
 public:
  constexpr min_ttl_all_headers_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const std::optional<std::string_view> option = ctx.string(field::headers_option);
    if (!option || *option != "all") return;
    // Only a present integer: an omitted minimumTTL is 0 (the service default), and a wrong
    // type is LS1003's. A negative value breaks this rule too and gets the same fix as LS2004.
    const std::optional<std::int64_t> minimum = ctx.integer(field::minimum_ttl);
    if (!minimum || *minimum == 0) return;
    const detail::path where = ctx.path_of(field::minimum_ttl);
    ctx.report_at(where,
                  fmt::format("minimumTTL is {} but must be 0 when forwardedHeaders.option is "
                              "'all'; set it to 0, or forward only the headers you need with "
                              "'allow-list'",
                              *minimum),
                  fix{fix::operation::replace,
                      where.render(),
                      {},
                      boost::json::value(0),
                      "set minimumTTL to 0"});
  }
};

}  // namespace

const detail::rule& min_ttl_all_headers() {
  static const min_ttl_all_headers_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
