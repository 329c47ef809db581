// LS4006 per-user-cache-key: cached content (default or any per-path behavior caches) keyed on all
// cookies or on `Authorization`

#include "registry.hpp"
#include "support/rule_support.hpp"

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4006",
    .name = "per-user-cache-key",
    .default_severity = severity::info,
    .summary =
        "cached content (default or any per-path behavior caches) keyed on all cookies or on "
        "`Authorization`",
    .rationale =
        "Forwarded cookies and headers are part of the cache key. With "
        "`forwardedCookies.option` `all`, or `Authorization` in "
        "`forwardedHeaders.headersAllowList`, every user's session or credentials make "
        "their own cache entry, so cached content is effectively per user and the hit "
        "ratio drops (Lightsail user guide, cookie and header forwarding). Only reported "
        "when something is cached; an `Authorization` item is not reported when the "
        "header option ignores the list (LS3005).",
    .example_bad =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviorSettings": {"forwardedCookies": {"option": "all"}}})",
    .example_good =
        R"({"defaultCacheBehavior": {"behavior": "cache"}, "cacheBehaviorSettings": {"forwardedCookies": {"option": "allow-list", "cookiesAllowList": ["lang"]}}})",
};

// Options under which the service ignores `headersAllowList` (LS3005 reports the list).
bool ignores_header_list(std::optional<std::string_view> option) {
  return option == "none" || option == "all" || option == "default";
}

class per_user_cache_key_rule final : public detail::rule {
 public:
  constexpr per_user_cache_key_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    if (what_is_cached(ctx) != caching::something) return;
    if (ctx.string(field::cookies_option) == "all")
      ctx.report_at(field::cookies_option,
                    "forwarding all cookies to cached content makes each visitor's cookies part "
                    "of the cache key, so cached responses are effectively per user; use "
                    "'allow-list' with only the cookies the origin varies on");

    if (ignores_header_list(ctx.string(field::headers_option))) return;
    const json::array* headers = ctx.array(field::headers_allow_list);
    if (!headers) return;
    for (std::size_t i = 0; i < headers->size(); ++i) {
      const json::string* s = (*headers)[i].if_string();
      if (!s || *s != "Authorization") continue;
      detail::path at = ctx.path_of(field::headers_allow_list);
      at.push_index(i);
      ctx.report_at(at,
                    "'Authorization' in headersAllowList makes each user's credentials part of "
                    "the cache key, so cached responses are effectively per user; remove it, or "
                    "serve the authenticated paths with 'dont-cache'");
      return;  // a repeated 'Authorization' is LS3009's duplicate, not a second fact
    }
  }
};

}  // namespace

const detail::rule& per_user_cache_key() {
  static const per_user_cache_key_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
