// LS0005 stale-suppression: a `suppress` entry of `.sailcheck.json` that matched no finding, or
// whose `until` date has passed

#include "registry.hpp"

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0005",
    .name = "stale-suppression",
    .default_severity = severity::warning,
    .summary =
        "a `suppress` entry of `.sailcheck.json` matched no finding, or its `until` date has "
        "passed",
    .rationale =
        "A suppression is a reviewed exception, and it outlives its reason quietly: once the "
        "payload is fixed, or the member moves, an entry that matches nothing would hide the "
        "next finding at that place without anyone deciding so again. So the command line "
        "reports an entry of the configuration file's `suppress` list that matched no finding "
        "in the files it was run on, and an entry whose `until` date (inclusive) is in the past. "
        "The finding is reported at the entry in the configuration file "
        "(`/suppress/INDEX` of `.sailcheck.json`), not in a payload: the library, which reads no "
        "configuration files, never reports it. Remove the entry, or renew its `until` date "
        "with a reason that still holds. The example below is a `.sailcheck.json`.",
    .example_bad = R"json({"suppress": [{"files": "cdn/*.json", "rule": "LS4004",
  "pointer": "/cacheBehaviorSettings/allowedHTTPMethods",
  "reason": "the origin rejects writes, ticket CDN-123", "until": "2024-06-30"}]})json",
};

// Metadata only: the command line, which knows the configuration, makes its findings.
class stale_suppression_rule final : public detail::rule {
 public:
  constexpr stale_suppression_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& stale_suppression() {
  static const stale_suppression_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
