// LS1003 type-mismatch: a value of the wrong JSON type, or an integer outside its type's range.

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS1003",
    .name = "type-mismatch",
    .default_severity = severity::error,
    .summary =
        "wrong JSON type: null, a string for a boolean (`\"true\"`), a float or exponent "
        "for an integer (`86400.0`), an integer outside the member's range (int64 TTLs, "
        "int32 `responseTimeout`), an object for an array, a top level that is not an "
        "object",
    .rationale =
        "botocore checks Python types before sending: a float for a long or integer "
        "member fails with `Invalid type for parameter`, and so does None. Only a JSON "
        "integer token is an integer: boto3 turns `86400.0` and `1e2` into floats. "
        "Integers outside int64 (TTLs) or int32 (`origin.responseTimeout`) cannot be "
        "sent at all and are never wrapped or clamped.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"defaultTTL": 86400.0, "forwardedQueryStrings": {"option": "true"}}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"defaultTTL": 86400, "forwardedQueryStrings": {"option": true}}})",
};

std::string_view type_name(detail::json_type t) {
  switch (t) {
    case detail::json_type::object:
      return "an object";
    case detail::json_type::array:
      return "an array";
    case detail::json_type::string:
      return "a string";
    case detail::json_type::integer:
      return "an integer";
    case detail::json_type::boolean:
      return "a boolean";
  }
  return "a value";
}

// `token` is the value's source text when the check started from text: a number is described as
// written, since its double may say something else (1e400 parses as inf, 1e-400 as 0).
std::string describe(const json::value& v, std::optional<std::string_view> token = {}) {
  if (token && v.is_double())
    return "the number " + detail::quote(*token);
  switch (v.kind()) {
    case json::kind::null:
      return "null";
    case json::kind::bool_:
      return v.get_bool() ? "the boolean true" : "the boolean false";
    case json::kind::string:
      return "the string " + detail::quote(v.get_string());
    case json::kind::int64:
      return fmt::format("the integer {}", v.get_int64());
    case json::kind::uint64:
      return fmt::format("the integer {}", v.get_uint64());
    case json::kind::double_:
      if (!std::isfinite(v.get_double())) return "a number outside the range of a double";
      return fmt::format("the number {}", v.get_double());
    case json::kind::object:
      return "an object";
    case json::kind::array:
      return "an array";
  }
  return "a value";
}

bool is_integer_token(std::string_view token) {
  return !token.empty() && token.find_first_of(".eE") == std::string_view::npos;
}

std::string_view range_text(detail::int_width w) {
  return w == detail::int_width::int32
             ? "the int32 range -2147483648..2147483647"
             : "the int64 range -9223372036854775808..9223372036854775807";
}

class type_mismatch_rule final : public detail::rule {
 public:
  constexpr type_mismatch_rule() noexcept : rule(k_info) {}

  void on_type_mismatch(detail::context& ctx, const json::value& v) const override {
    const detail::shape_node& node = *ctx.node();
    if (ctx.where().empty()) {
      ctx.report(
          fmt::format("the payload must be a JSON object (the CreateDistribution request), "
                      "not {}",
                      describe(v)));
      return;
    }
    if (node.type == detail::json_type::integer) return integer_mismatch(ctx, node, v);
    if (node.type == detail::json_type::boolean && v.is_string() &&
        (v.get_string() == "true" || v.get_string() == "false")) {
      const bool b = v.get_string() == "true";
      ctx.report(fmt::format("expected a boolean, got {}; write {} without quotes", describe(v),
                             b ? "true" : "false"),
                 fix{fix::operation::replace,
                     ctx.where().render(),
                     {},
                     json::value(b),
                     b ? "replace the string with true" : "replace the string with false"});
      return;
    }
    std::string message =
        fmt::format("expected {}, got {}", type_name(node.type), describe(v, ctx.source_token()));
    if (v.is_null()) message += "; botocore rejects None: remove the member or give it a value";
    ctx.report(std::move(message));
  }

 private:
  static void integer_mismatch(detail::context& ctx, const detail::shape_node& node,
                               const json::value& v) {
    if (const std::int64_t* i = v.if_int64()) {  // only int32 members get here
      ctx.report(fmt::format("integer {} is outside {}", *i, range_text(node.width)));
      return;
    }
    if (const std::uint64_t* u = v.if_uint64()) {
      ctx.report(fmt::format("integer {} is outside {}", *u, range_text(node.width)));
      return;
    }
    if (const double* d = v.if_double()) {
      const std::optional<std::string_view> token = ctx.source_token();
      const std::string shown = token ? detail::quote(*token) : fmt::format("'{}'", *d);
      if (token && is_integer_token(*token)) {
        ctx.report(fmt::format("integer {} is outside {}", shown, range_text(node.width)));
        return;
      }
      std::string message = fmt::format(
          "expected an integer, got {}; boto3 sends a fraction or exponent as a float, which "
          "botocore rejects",
          shown);
      const double limit = node.width == detail::int_width::int32 ? 2147483647.0 : 9.2e18;
      if (std::isfinite(*d) && std::trunc(*d) == *d && std::fabs(*d) <= limit) {
        const auto whole = static_cast<std::int64_t>(*d);
        ctx.report(std::move(message), fix{fix::operation::replace,
                                           ctx.where().render(),
                                           {},
                                           json::value(whole),
                                           fmt::format("write the integer {}", whole)});
        return;
      }
      ctx.report(std::move(message));
      return;
    }
    if (const json::string* s = v.if_string()) {
      std::int64_t parsed = 0;
      const std::string_view text = *s;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      if (ec == std::errc{} && end == text.data() + text.size() && !text.empty()) {
        ctx.report(fmt::format("expected an integer, got {}; write {} without quotes", describe(v),
                               parsed),
                   fix{fix::operation::replace,
                       ctx.where().render(),
                       {},
                       json::value(parsed),
                       fmt::format("replace the string with {}", parsed)});
        return;
      }
    }
    std::string message = fmt::format("expected an integer, got {}", describe(v));
    if (v.is_null()) message += "; botocore rejects None: remove the member or give it a value";
    ctx.report(std::move(message));
  }
};

}  // namespace

const detail::rule& type_mismatch() {
  static const type_mismatch_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
