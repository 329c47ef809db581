// LS2020 path-format: `cacheBehaviors[i].path`: empty, longer than 255, whitespace or control characters, characters outside the path-pattern set (`A-Z a-z 0-9 _ - . * ? $ / ~ \" ' @ : + &`), a query string (a `?` followed later by `=`) or a fragment (`#`), backslashes, brace or bracket globs (`{a,b}`, `[ab]`), regex syntax (`^`, `(`, a vertical bar); the message says what the author probably meant. (`sitemap.*` is a plain glob, not regex.)

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2020",
    .name = "path-format",
    .default_severity = severity::error,
    .summary = "`cacheBehaviors[i].path`: empty, longer than 255, whitespace or control characters, characters outside the path-pattern set (`A-Z a-z 0-9 _ - . * ? $ / ~ \" ' @ : + &`), a query string (a `?` followed later by `=`) or a fragment (`#`), backslashes, brace or bracket globs (`{a,b}`, `[ab]`), regex syntax (`^`, `(`, a vertical bar); the message says what the author probably meant. (`sitemap.*` is a plain glob, not regex.)",
    .rationale = "TODO",
};

class path_format_rule final : public detail::rule {
 public:
  constexpr path_format_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& path_format() {
  static const path_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
