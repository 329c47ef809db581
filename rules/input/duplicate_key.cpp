// LS0002 duplicate-key: a member name appears twice in one object (boto3 and the AWS CLI silently
// keep the last)

#include "registry.hpp"
#include "text.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0002",
    .name = "duplicate-key",
    .default_severity = severity::error,
    .summary =
        "a member name appears twice in one object (boto3 and the AWS CLI silently keep the last)",
    .rationale =
        "Python's json module, and so boto3 and the AWS CLI, keep only the last of two equal "
        "member names in an object, without a warning: the request AWS receives differs from the "
        "file the author reviewed. The first occurrence is given as a related location.",
    .example_bad = R"({"bundleId": "small_1_0", "bundleId": "medium_1_0"})",
    .example_good = R"({"bundleId": "medium_1_0"})",
};

class duplicate_key_rule final : public detail::rule {
 public:
  constexpr duplicate_key_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& duplicate_key() {
  static const duplicate_key_rule k_rule;
  return k_rule;
}

std::string duplicate_key_message(std::string_view key) {
  return "duplicate member " + detail::quote(key) +
         "; boto3 and the AWS CLI silently keep only the last value";
}

}  // namespace sailcheck::rules
