// LS0004 internal-error: a rule failed unexpectedly; the other rules' findings are still reported

#include "registry.hpp"
#include "text.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0004",
    .name = "internal-error",
    .default_severity = severity::error,
    .summary = "a rule failed unexpectedly; the other rules' findings are still reported",
    .rationale =
        "A rule that fails unexpectedly (a bug in sailcheck, or memory exhaustion) must not lose "
        "the report: its failure becomes this finding at the document root, and the findings of "
        "every other rule are still reported. Please report it with the payload that caused it.",
};

class internal_error_rule final : public detail::rule {
 public:
  constexpr internal_error_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& internal_error() {
  static const internal_error_rule k_rule;
  return k_rule;
}

std::string internal_error_message(std::string_view failed_rule, std::string_view what) {
  return "rule " + std::string(failed_rule) + " failed unexpectedly (" + detail::quote(what) +
         "); the findings of the other rules are complete";
}

}  // namespace sailcheck::rules
