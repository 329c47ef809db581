#!/usr/bin/env python3
"""Creates a new rule: its file, its test, and its line in rules/rules.def.

usage: scripts/add_rule.py CODE NAME SEVERITY "SUMMARY"
  e.g. scripts/add_rule.py LS4014 origin-timeout-high warning "responseTimeout above 30 s"

CODE is LS<category digit><3 digits> and must be free; NAME is kebab-case; SEVERITY is error,
warning, info or off (a rule that something else turns on, like LS5001). Writes rules/<category>/<identifier>.cpp (metadata and an on_document hook to fill in) and
tests/rules/<category>/<identifier>_test.cpp (a table whose first case fails until you write the rule), and
inserts SAILCHECK_RULE(CODE, identifier) into rules/rules.def in code order. Then: write the
rule and its cases, and regenerate the docs (cmake --build <build dir> -t update-docs).
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RULE = '''// {code} {name}: {summary}

#include "registry.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {{
namespace {{

constexpr rule_info k_info{{
    .code = "{code}",
    .name = "{name}",
    .default_severity = severity::{severity},
    .summary = "{summary}",
    .rationale = "TODO: why this matters, what AWS does with such a payload, and the source.",
    .example_bad = R"({{"distributionName": "shop"}})",
    .example_good = R"({{"distributionName": "shop"}})",
}};

// A cross-field rule reads the singleton fields once the walk is done (ctx.string(field::...)).
// A rule on one member's values overrides on_value instead and is listed in that member's
// `checks` in rules/shape.cpp.
class {ident}_rule final : public detail::rule {{
 public:
  constexpr {ident}_rule() noexcept : rule(k_info) {{}}

  void on_document(detail::context&) const override {{}}
}};

}}  // namespace

const detail::rule& {ident}() {{
  static const {ident}_rule k_rule;
  return k_rule;
}}

}}  // namespace sailcheck::rules
'''

TEST = '''// {code} {name}

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {{
namespace {{

SAILCHECK_RULE_CASES(
    {ident}_test, "{code}",
    // valid
    rule_case{{"p1_is_clean", std::string(p1()), {{}}}},
    // invalid: the exact pointers
    rule_case{{"first_invalid_case", std::string(p1()), {{"/write/the/pointer"}}}},
    // facts another rule owns: this rule stays silent and the owner reports at these pointers
    owned_by("wrong_type_is_ls1003", patch(p1(), "/bundleId", "1"), "LS1003", {{"/bundleId"}}));

}}  // namespace
}}  // namespace sailcheck::test
'''


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    code, name, severity, summary = sys.argv[1:]
    if not re.fullmatch(r"LS[0-59]\d{3}", code):
        sys.exit("CODE must look like LS2007")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name):
        sys.exit("NAME must be kebab-case, like origin-timeout-high")
    if severity not in ("error", "warning", "info", "off"):
        sys.exit("SEVERITY must be error, warning, info or off")
    ident = name.replace("-", "_")
    table_path = os.path.join(ROOT, "rules", "rules.def")
    with open(table_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = [(i, re.match(r"SAILCHECK_RULE\((LS\d{4}), (\w+)\)", l)) for i, l in enumerate(lines)]
    entries = [(i, m.group(1), m.group(2)) for i, m in entries if m]
    for _, c, n in entries:
        if c == code or n == ident:
            sys.exit("%s is taken by %s %s" % (code if c == code else name, c, n))
    folder = {"0": "input", "1": "structure", "2": "values", "3": "cross_field",
              "4": "practice", "5": "compatibility", "9": "policy"}.get(code[2])
    if folder is None:
        sys.exit("CODE's category digit must be 0 to 5 or 9 (input, structure, values, "
                 "cross_field, practice, compatibility, policy)")
    rule_path = os.path.join(ROOT, "rules", folder, ident + ".cpp")
    test_path = os.path.join(ROOT, "tests", "rules", folder, ident + "_test.cpp")
    for p in (rule_path, test_path):
        if os.path.exists(p):
            sys.exit(p + " exists")
    at = next((i for i, c, _ in entries if c > code), entries[-1][0] + 1)
    lines.insert(at, "SAILCHECK_RULE(%s, %s)" % (code, ident))
    values = dict(code=code, name=name, severity=severity, summary=summary.replace('"', '\\"'),
                  ident=ident)
    with open(rule_path, "w", encoding="utf-8") as f:
        f.write(RULE.format(**values))
    with open(test_path, "w", encoding="utf-8") as f:
        f.write(TEST.format(**values))
    with open(table_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("created %s\ncreated %s\nregistered %s %s in rules/rules.def\n"
          "next: write the rule and its cases, then cmake --build <build dir> -t update-docs"
          % (os.path.relpath(rule_path, ROOT), os.path.relpath(test_path, ROOT), code, name))


if __name__ == "__main__":
    main()
