// LS2010 tag-key-format: tag key must be 1..128 characters (code points) of Unicode letters, numbers, spaces, and `+ - = . _ : / @`

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2010",
    .name = "tag-key-format",
    .default_severity = severity::error,
    .summary = "tag key must be 1..128 characters (code points) of Unicode letters, numbers, spaces, and `+ - = . _ : / @`",
    .rationale = "TODO",
};

class tag_key_format_rule final : public detail::rule {
 public:
  constexpr tag_key_format_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& tag_key_format() {
  static const tag_key_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
