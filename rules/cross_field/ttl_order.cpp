// LS3002 ttl-order: not `minimumTTL <= defaultTTL <= maximumTTL`, using the service defaults
// 0 / 86400 / 31536000 for omitted members (the message says when a default was used); a negative
// TTL (LS2004's) takes part in no comparison, but the other pairs are still compared

#include "registry.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3002",
    .name = "ttl-order",
    .default_severity = severity::error,
    .summary =
        "not `minimumTTL <= defaultTTL <= maximumTTL`, using the service defaults 0 / 86400 / "
        "31536000 for omitted members (the message says when a default was used); a negative TTL "
        "(LS2004's) takes part in no comparison, but the other pairs are still compared",
    .rationale =
        "`cacheBehaviorSettings.minimumTTL`, `defaultTTL` and `maximumTTL` become "
        "CloudFront's MinTTL, DefaultTTL and MaxTTL, and CloudFront rejects a request "
        "that does not keep them in that order (InvalidTTLOrder, CloudFront model). "
        "An omitted TTL takes the service default (0, 86400 or 31536000 seconds), so a "
        "`minimumTTL` of two days with no `defaultTTL` is also out of order. A negative TTL "
        "is already wrong on its own (LS2004) and says nothing about the intended order, so "
        "only the pairs without it are compared.",
    .example_bad = R"({"cacheBehaviorSettings": {"defaultTTL": 2000, "maximumTTL": 1800}})",
    .example_good = R"({"cacheBehaviorSettings": {"defaultTTL": 1800, "maximumTTL": 2000}})",
};

constexpr std::int64_t k_default_minimum = 0;
constexpr std::int64_t k_default_default = 86400;
constexpr std::int64_t k_default_maximum = 31536000;

// One TTL as the service sees it: the payload's value, or the default when omitted. `negative`
// marks a present value below 0 (LS2004's), which takes part in no comparison.
struct ttl {
  std::string_view name;
  std::int64_t value;
  bool present;
  bool negative;
};

// Nullopt when nothing can be said about any pair: a wrong type, a near-miss spelling standing
// for the member (LS1003/LS1002), or an unreached parent.
std::optional<ttl> resolve(const detail::context& ctx, field id, std::string_view name,
                           std::int64_t service_default) {
  if (ctx.absent(id)) return ttl{name, service_default, false, false};
  const std::optional<std::int64_t> v = ctx.integer(id);
  if (!v) return std::nullopt;
  return ttl{name, *v, true, *v < 0};
}

// Whether `a` must not exceed `b` and does, for two TTLs that both take part in comparisons.
bool exceeds(const ttl& a, const ttl& b) { return !a.negative && !b.negative && a.value > b.value; }

// "maximumTTL 1800" or "31536000, the service default of the omitted maximumTTL".
std::string describe(const ttl& t) {
  if (t.present) return fmt::format("{} {}", t.name, t.value);
  return fmt::format("{}, the service default of the omitted {}", t.value, t.name);
}

constexpr std::string_view k_expectation =
    "; CloudFront requires minimumTTL <= defaultTTL <= maximumTTL";

class ttl_order_rule final : public detail::rule {
 public:
  constexpr ttl_order_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const std::optional<ttl> lo = resolve(ctx, field::minimum_ttl, "minimumTTL", k_default_minimum);
    const std::optional<ttl> mid =
        resolve(ctx, field::default_ttl, "defaultTTL", k_default_default);
    const std::optional<ttl> hi = resolve(ctx, field::maximum_ttl, "maximumTTL", k_default_maximum);
    if (!lo || !mid || !hi) return;

    // One finding per document, at the member the author most likely has to change (RULES.md).
    // minimumTTL above maximumTTL leaves no [min, max] range for defaultTTL to be outside of, and
    // changing defaultTTL cannot help: that pair comes first (minimumTTL is present, since an
    // omitted one is 0). Then a present defaultTTL outside [min, max]; then, with defaultTTL
    // omitted, the present member on the wrong side of its default 86400.
    if (exceeds(*lo, *hi)) {
      std::string what = fmt::format("minimumTTL {} is greater than {}", lo->value, describe(*hi));
      if (exceeds(*mid, *hi))  // say it now: it stays wrong once minimumTTL is fixed
        what += fmt::format(", which is itself less than {}", describe(*mid));
      ctx.report_at(field::minimum_ttl, what.append(k_expectation));
      return;
    }
    if (mid->present) {
      if (exceeds(*lo, *mid))
        ctx.report_at(field::default_ttl, fmt::format("defaultTTL {} is less than {}{}", mid->value,
                                                      describe(*lo), k_expectation));
      else if (exceeds(*mid, *hi))
        ctx.report_at(field::default_ttl, fmt::format("defaultTTL {} is greater than {}{}",
                                                      mid->value, describe(*hi), k_expectation));
      return;
    }
    if (exceeds(*lo, *mid)) {
      ctx.report_at(field::minimum_ttl, fmt::format("minimumTTL {} is greater than {}{}", lo->value,
                                                    describe(*mid), k_expectation));
    } else if (exceeds(*mid, *hi)) {
      ctx.report_at(field::maximum_ttl,
                    fmt::format("maximumTTL {} is less than {}; set defaultTTL to at most {} "
                                "(CloudFront requires minimumTTL <= defaultTTL <= maximumTTL)",
                                hi->value, describe(*mid), hi->value));
    }
  }
};

}  // namespace

const detail::rule& ttl_order() {
  static const ttl_order_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
