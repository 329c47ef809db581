// LS0001 json-syntax: not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas, NaN, trailing data, empty file; BOM and UTF-16 get messages that name them

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0001",
    .name = "json-syntax",
    .default_severity = severity::error,
    .summary = "not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas, NaN, trailing data, empty file; BOM and UTF-16 get messages that name them",
    .rationale = "TODO",
};

class json_syntax_rule final : public detail::rule {
 public:
  constexpr json_syntax_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& json_syntax() {
  static const json_syntax_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
