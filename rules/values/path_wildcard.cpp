// LS2021 path-wildcard: wildcard use that does not do what it seems: `**` (same as `*`), a path of
// only `*` or `/*` (that is the default behavior), a `?` that is not part of a query string (a
// single-character wildcard, not documented for Lightsail)

#include "support/path_syntax.hpp"
#include "registry.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <string>

namespace sailcheck::rules {

namespace {

constexpr rule_info k_info{
    .code = "LS2021",
    .name = "path-wildcard",
    .default_severity = severity::warning,
    .summary =
        "wildcard use that does not do what it seems: `**` (same as `*`), a path of only `*` or "
        "`/*` (that is the default behavior), a `?` that is not part of a query string (a "
        "single-character wildcard, not documented for Lightsail)",
    .rationale =
        "In a CloudFront path pattern, which is what `cacheBehaviors[i].path` becomes, "
        "`*` already matches any characters including `/`, so `**` is no recursive glob; "
        "a pattern of only `*` (or `/*`) is the default cache behavior's own pattern, "
        "which `defaultCacheBehavior` sets; and `?` matches exactly one character, while "
        "the Lightsail documentation describes only `*`. These are legal but rarely what "
        "the author meant. Regular expressions and query strings are LS2020's.",
    .example_bad =
        R"({"cacheBehaviors": [{"path": "assets/**", "behavior": "cache"}, {"path": "img?.png", "behavior": "cache"}]})",
    .example_good =
        R"({"cacheBehaviors": [{"path": "assets/*", "behavior": "cache"}, {"path": "img*.png", "behavior": "cache"}]})",
};

std::string collapse_stars(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!(c == '*' && !out.empty() && out.back() == '*')) out += c;
  return out;
}

class path_wildcard_rule final : public detail::rule {
 public:
  constexpr path_wildcard_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view p = v.get_string();
    // A regular expression is not a glob: LS2020 reports it, and its `*` and `?` mean other things.
    if (p.empty() || path_syntax::looks_like_regex(p)) return;
    // A `?` that starts a query string is LS2020's; only the path before it is a glob.
    const std::string_view glob = p.substr(0, path_syntax::query_start(p));
    const std::string_view bare = glob.starts_with('/') ? glob.substr(1) : glob;

    if (!bare.empty() && bare.find_first_not_of('*') == std::string_view::npos) {
      ctx.report(
          fmt::format("path {} matches every request, which is what defaultCacheBehavior "
                      "already does; set defaultCacheBehavior.behavior instead",
                      detail::quote(p)));
      return;
    }
    if (glob.find("**") != std::string_view::npos) {
      const std::string better = collapse_stars(glob);
      std::string message = fmt::format(
          "path {} uses '**', which matches the same as '*' (a '*' "
          "already matches across '/'): did you mean {}?",
          detail::quote(p), detail::quote(better));
      // Same matches, so the fix is safe; with a query string LS2020 has a fix of its own.
      if (glob.size() != p.size()) return ctx.report(std::move(message));
      ctx.report(std::move(message), fix{fix::operation::replace,
                                         ctx.where().render(),
                                         {},
                                         boost::json::value(better),
                                         fmt::format("write {}", detail::quote(better))});
      return;
    }
    if (const std::size_t q = glob.find('?'); q != std::string_view::npos) {
      if (q + 1 == p.size() && q > 0) {
        ctx.report(
            fmt::format("path {} ends with '?', which matches exactly one character, not "
                        "an optional query string (query strings are not part of a path "
                        "pattern): did you mean {}?",
                        detail::quote(p), detail::quote(p.substr(0, q))));
        return;
      }
      ctx.report(
          fmt::format("path {} has '?' at position {}, which matches exactly one character "
                      "and is not documented for Lightsail, where only '*' is: use '*' if "
                      "any characters will do",
                      detail::quote(p), detail::count_code_points(p.substr(0, q)) + 1));
    }
  }
};

}  // namespace

const detail::rule& path_wildcard() {
  static const path_wildcard_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
