// LS2003 http-methods: `allowedHTTPMethods` must be exactly `GET,HEAD`, `GET,HEAD,OPTIONS` or
// `GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE`; `cachedHTTPMethods` exactly `GET,HEAD` or
// `GET,HEAD,OPTIONS`; blank is an error; a fix is offered when the intent is clear (`GET, HEAD`,
// `get,head`, `HEAD,GET` → `GET,HEAD`)

#include "support/http_method_list.hpp"
#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2003",
    .name = "http-methods",
    .default_severity = severity::error,
    .summary =
        "`allowedHTTPMethods` must be exactly `GET,HEAD`, `GET,HEAD,OPTIONS` or "
        "`GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE`; `cachedHTTPMethods` exactly `GET,HEAD` or "
        "`GET,HEAD,OPTIONS`; blank is an error; a fix is offered when the intent is clear (`GET, "
        "HEAD`, `get,head`, `HEAD,GET` → `GET,HEAD`)",
    .rationale =
        "The model types `cacheBehaviorSettings.allowedHTTPMethods` and "
        "`cachedHTTPMethods` as NonEmptyString, but the API reference (CacheSettings) "
        "documents only these exact comma-separated strings, which are CloudFront's "
        "fixed method sets; whether the service normalises spacing, case or order is "
        "undocumented, and no real payload or response uses another spelling. A blank "
        "string fails the model pattern `\\S`. When the methods are the same set as a "
        "documented value, the fix writes the documented spelling.",
    .example_bad =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET, HEAD", "cachedHTTPMethods": "GET,HEAD,POST"}})",
    .example_good =
        R"({"cacheBehaviorSettings": {"allowedHTTPMethods": "GET,HEAD", "cachedHTTPMethods": "GET,HEAD"}})",
};

using http_method_list::k_methods;

constexpr std::uint8_t k_get_head = 0b0000011;
constexpr std::uint8_t k_with_options = 0b0000111;
constexpr std::uint8_t k_all = 0b1111111;

struct method_set {
  std::uint8_t mask;
  std::string_view text;
};

// The documented strings are written once, in http_method_list.hpp (LS3003 compares them too).
constexpr const auto& k_allowed_texts = http_method_list::k_allowed_values;
constexpr const auto& k_cached_texts = http_method_list::k_cached_values;
constexpr method_set k_allowed[] = {{k_get_head, k_allowed_texts[0]},
                                    {k_with_options, k_allowed_texts[1]},
                                    {k_all, k_allowed_texts[2]}};
constexpr method_set k_cached[] = {{k_get_head, k_cached_texts[0]},
                                   {k_with_options, k_cached_texts[1]}};

// The value read generously: tokens separated by commas or whitespace, any letter case.
struct parsed_methods {
  std::uint8_t mask = 0;
  std::vector<std::string_view> unknown;  // tokens that are no method, in order
  bool typo_fixable = true;    // every unknown token is within edit distance 2 of a method
  std::uint8_t typo_mask = 0;  // the set with each unknown token read as its nearest method
};

parsed_methods parse(std::string_view s) {
  parsed_methods out;
  http_method_list::for_each_item(s, [&out](std::string_view token, std::size_t m) {
    if (m < k_methods.size()) {
      out.mask |= static_cast<std::uint8_t>(1u << m);
      out.typo_mask |= static_cast<std::uint8_t>(1u << m);
      return;
    }
    out.unknown.push_back(token);
    if (auto near = detail::closest(token, k_methods))
      out.typo_mask |= static_cast<std::uint8_t>(1u << *near);
    else
      out.typo_fixable = false;
  });
  return out;
}

std::string method_names(std::uint8_t mask) {
  std::string out;
  for (std::size_t m = 0; m < k_methods.size(); ++m) {
    if ((mask & (1u << m)) == 0) continue;
    if (!out.empty()) out += ", ";
    out += k_methods[m];
  }
  return out;
}

class http_methods_rule final : public detail::rule {
 public:
  constexpr http_methods_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    const std::string_view member = ctx.member_name();
    const bool cached = member == "cachedHTTPMethods";
    const std::span<const method_set> sets =
        cached ? std::span<const method_set>(k_cached) : std::span<const method_set>(k_allowed);
    const std::span<const std::string_view> texts =
        cached ? std::span<const std::string_view>(k_cached_texts)
               : std::span<const std::string_view>(k_allowed_texts);
    for (const method_set& set : sets)
      if (s == set.text) return;

    const std::string expected = "one of " + detail::quoted_list(texts);
    const std::string_view default_text = cached ? k_cached_texts[0] : k_allowed_texts[2];
    const parsed_methods p = parse(s);

    if (p.mask == 0 && p.unknown.empty()) {
      const std::string what = s.empty() ? fmt::format("{} is empty", member)
                               : s.find(',') == std::string_view::npos
                                   ? fmt::format("{} {} is blank", member, detail::quote(s))
                                   : fmt::format("{} names no HTTP method", detail::quote(s));
      ctx.report(fmt::format("{}; expected {} (omit the member for the service default {})", what,
                             expected, detail::quote(default_text)));
      return;
    }
    if (p.unknown.empty()) {
      for (const method_set& set : sets) {
        if (set.mask != p.mask) continue;
        // Same methods, other spelling: the intent is clear, so offer the documented one.
        ctx.report(fmt::format("{} must be written exactly {} (upper case, comma-separated, no "
                               "spaces, in this order)",
                               detail::quote(s), detail::quote(set.text)),
                   fix{fix::operation::replace,
                       ctx.where().render(),
                       {},
                       boost::json::value(set.text),
                       fmt::format("write {}", detail::quote(set.text))});
        return;
      }
      ctx.report(fmt::format("{} is not {}{}", detail::quote(s), expected,
                             smallest_superset(sets, p.mask, cached)));
      return;
    }
    std::string message = fmt::format("{} is not {}: {} is not an HTTP method", detail::quote(s),
                                      expected, detail::quote(p.unknown.front()));
    if (p.typo_fixable) {
      for (const method_set& set : sets) {
        if (set.mask != p.typo_mask) continue;
        message += fmt::format("; did you mean {}?", detail::quote(set.text));
        break;
      }
    }
    ctx.report(std::move(message));
  }

 private:
  // What the author probably meant by a set no documented value matches: the smallest
  // documented set that contains it, or why none does.
  static std::string smallest_superset(std::span<const method_set> sets, std::uint8_t mask,
                                       bool cached) {
    for (const method_set& set : sets)
      if ((set.mask & mask) == mask)
        return fmt::format("; the smallest documented set with {} is {}", method_names(mask),
                           detail::quote(set.text));
    if (cached)
      return fmt::format("; only GET, HEAD and OPTIONS responses can be cached, not {}",
                         method_names(static_cast<std::uint8_t>(mask & ~k_with_options)));
    return {};
  }
};

}  // namespace

const detail::rule& http_methods() {
  static const http_methods_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
