// LS0001 json-syntax: not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas,
// NaN, trailing data, empty file; BOM and UTF-16 get messages that name them

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0001",
    .name = "json-syntax",
    .default_severity = severity::error,
    .summary =
        "not valid JSON (RFC 8259): syntax, invalid UTF-8, comments, trailing commas, NaN, "
        "trailing data, empty file; BOM and UTF-16 get messages that name them",
    .rationale =
        "The request body must be one JSON object (RFC 8259): boto3 and the AWS CLI fail before "
        "sending anything, with messages that rarely say where. sailcheck names the usual causes "
        "(a byte order mark, UTF-16 text, comments, trailing commas, NaN or Infinity, trailing "
        "data, an empty file) and points at the offending byte; nothing else is checked in a file "
        "that is not JSON.",
    .example_bad = R"({"distributionName": "my-cdn",})",
    .example_good = R"({"distributionName": "my-cdn"})",
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
