// LS0006 findings-capped: more findings than the caps (per rule and per check) allow; the rest
// were left out and are counted here

#include "registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS0006",
    .name = "findings-capped",
    .default_severity = severity::warning,
    .summary =
        "more findings than the caps allow (default 100 per rule, 1000 per file); the rest were "
        "left out and are counted",
    .rationale =
        "A payload with a mistake repeated 100,000 times would otherwise give 100,000 findings, "
        "megabytes of output and memory in proportion, and nobody reads past the first screen. "
        "A check keeps at most `max_findings_per_rule` findings of each rule (100 by default) "
        "and `max_findings` in all (1000 by default; the first in report order), and reports "
        "this one finding, at the document, with the number left out per rule. Its severity is "
        "that of the most severe finding it leaves out, so a capped report fails a run exactly "
        "when the full one would; it cannot be turned off. Raise the caps (options of the "
        "linter; `--max-findings-per-rule` and `--max-findings` on the command line, or the "
        "configuration file), 0 for none, to see everything. The example is reported with a cap "
        "of 1 per rule.",
    .example_bad =
        R"json({"bundleId": "micro_1_0", "tags": [{"key": "a", "key": "a", "key": "a"}]})json",
};

// Metadata only: the engine, which keeps the counts, makes its finding.
class findings_capped_rule final : public detail::rule {
 public:
  constexpr findings_capped_rule() noexcept : rule(k_info) {}
};

}  // namespace

const detail::rule& findings_capped() {
  static const findings_capped_rule k_rule;
  return k_rule;
}

std::string findings_capped_message(std::span<const omitted_findings> omitted, std::size_t per_rule,
                                    std::size_t per_check) {
  std::vector<omitted_findings> sorted(omitted.begin(), omitted.end());
  // The largest counts first: they are what the reader needs to know about.
  std::sort(sorted.begin(), sorted.end(), [](const omitted_findings& a, const omitted_findings& b) {
    return a.count != b.count ? a.count > b.count : a.rule < b.rule;
  });
  std::size_t total = 0;
  std::string per_rule_list;
  for (const omitted_findings& o : sorted) {
    total += o.count;
    const rule_info& info = rule_of(o.rule).info();
    if (!per_rule_list.empty()) per_rule_list += ", ";
    per_rule_list += fmt::format("{} {} {}", info.code, info.name, o.count);
  }
  std::string caps;
  if (per_rule != 0 && per_check != 0)
    caps = fmt::format("the caps of {} per rule and {} per file", per_rule, per_check);
  else if (per_rule != 0)
    caps = fmt::format("the cap of {} per rule", per_rule);
  else
    caps = fmt::format("the cap of {} per file", per_check);
  return fmt::format("{} more finding{} left out, beyond {}: {}", total,
                     total == 1 ? " was" : "s were", caps, per_rule_list);
}

}  // namespace sailcheck::rules
