#pragma once

// Helpers for table-driven rule tests: realistic base payloads, JSON edits by pointer, and
// (code, pointer) extraction from reports.

#include <sailcheck/sailcheck.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::test {

/// Spec payload P1: minimal instance origin, no findings.
std::string_view p1();
/// Spec payload P4: CloudFormation contract test (cookies, headers, query strings, tags).
std::string_view p4();
/// Spec payload P5: TF acceptance test with OPTIONS allowed and cached.
std::string_view p5();

/// One of the spec's realistic payloads, `p1` to `p8`, from tests/corpus/.
std::string spec_payload(std::string_view name);

/// `doc` with the value at `pointer` replaced by `value_json` (created when absent, parents
/// too), or removed when `value_json` is empty. Array indices must exist (or be "-" to append).
std::string patch(std::string_view doc, std::string_view pointer, std::string_view value_json);

/// Several patches in order.
std::string patch(std::string_view doc,
                  std::initializer_list<std::pair<std::string_view, std::string_view>> edits);

/// The default linter's report on `text`.
report check(std::string_view text);

/// The pointers of the findings of rule `code` (in report order).
std::vector<std::string> pointers(const report& r, std::string_view code);

/// The first finding of rule `code`, or null.
const diagnostic* first(const report& r, std::string_view code);

/// Every finding as "CODE pointer" lines, for readable failure output.
std::string dump(const report& r);

/// The contents of a file (empty when it cannot be read).
std::string read_file(const std::string& path);

/// One case of a rule's table: a payload and the pointers at which the rule must report
/// (empty: the rule stays silent).
struct rule_case {
  std::string name;
  std::string payload;
  std::vector<std::string> expected;
};

/// Names a case in test output instead of dumping its bytes.
void PrintTo(const rule_case& c, std::ostream* os);

}  // namespace sailcheck::test
