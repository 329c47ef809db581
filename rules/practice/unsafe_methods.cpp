// LS4004 unsafe-methods: all methods allowed: PUT, PATCH, POST and DELETE reach the origin; the
// origin must restrict them

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS4004",
    .name = "unsafe-methods",
    .default_severity = severity::warning,
    .summary =
        "all methods allowed: PUT, PATCH, POST and DELETE reach the origin; the origin must "
        "restrict them",
    .rationale =
        "With `cacheBehaviorSettings.allowedHTTPMethods` "
        "`GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE` the distribution passes every method "
        "to the origin; the API reference and the Lightsail user guide warn that the "
        "origin must then refuse the requests it does not want, such as DELETE. Reported "
        "only when the member is written: omitting it also allows all seven methods (the "
        "service default), but that is not a choice the author made visibly.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE"}})",
    .example_good = R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD,OPTIONS"}})",
};

constexpr std::string_view k_all_methods = "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE";

class unsafe_methods_rule final : public detail::rule {
 public:
  constexpr unsafe_methods_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (ctx.string(field::allowed_methods) != k_all_methods) return;
    // No fix: whether the site needs POST (forms, WordPress admin) is not in the payload.
    ctx.report_at(field::allowed_methods,
                  fmt::format("{} lets PUT, PATCH, POST and DELETE requests reach the origin, "
                              "which must reject the ones it does not handle; allow only "
                              "'GET,HEAD' or 'GET,HEAD,OPTIONS' unless the site needs them",
                              detail::quote(k_all_methods)));
  }
};

}  // namespace

const detail::rule& unsafe_methods() {
  static const unsafe_methods_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
