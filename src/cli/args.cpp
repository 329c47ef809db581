#include "cli/args.hpp"

#include "suggest.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace sailcheck::cli {
namespace {

constexpr std::string_view k_usage = R"(usage: sailcheck [options] PATH...

Checks Amazon Lightsail CreateDistribution request payloads (the JSON given to boto3
create_distribution or to aws lightsail create-distribution --cli-input-json).

PATH is a file, a directory (searched for *.json, skipping hidden folders and what the
configuration excludes), or a glob ('payloads/**/*.json'); '-' reads standard input once.

output:
  --format FMT          text (default on a terminal), concise (default otherwise), json, jsonl,
                        sarif, github, junit
  --output FMT=FILE     also write FMT to FILE; repeatable
  --color WHEN          auto (default), always, never; NO_COLOR and FORCE_COLOR are honoured
  --statistics          print the number of findings per rule instead of the findings
  --stdin-filename NAME the name of standard input in output and for the configuration lookup
  --print-schema        print the request's JSON Schema (draft-07) and exit

choosing what is reported:
  --select RULES        only these rules (codes, names, code prefixes such as LS4, or ALL;
                        comma-separated, repeatable); replaces the configuration's select
  --ignore RULES        rules not to run; added to the configuration's ignore
  --severity RULE=LEVEL set a rule's severity: error, warning, info or off; repeatable
  --target-model MODEL  the SDK model payloads must work with: latest (default) or
                        botocore-1.29; an older one turns on LS5001
  --fail-level LEVEL    the lowest severity that fails the run: error (default), warning, info
  --max-warnings N      also fail when there are more than N warnings
  --max-findings N      report at most N findings per file (default 1000; 0: no cap); the
                        rest are counted by one LS0006 finding
  --max-findings-per-rule N
                        report at most N findings of each rule per file (default 100; 0: no cap)
  --exit-zero           exit 0 even when findings fail the run (2 still means the tool failed)
  --baseline FILE       report only findings that are not in the baseline FILE
  --write-baseline FILE record the current findings in FILE and exit 0

fixes:
  --fix                 apply the safe fixes in place, then report what remains
  --diff                print the fixes as a unified diff instead of writing them

configuration:
  --config FILE         use FILE instead of the nearest .sailcheck.json above each file
  --no-config           use no configuration file
  --print-config FILE   print the configuration that applies to FILE and exit
  --policy FILE         also check each payload against the JSON Schema in FILE, an LS9001
                        error for each value that fails it; repeatable

rules:
  --list-rules          list every rule (with --format json, as JSON)
  --explain RULE        explain a rule: what it reports, why, examples, its fix

  -j, --jobs N          check N files at a time (default: the number of cores)
  --version             print the version and exit
  -h, --help            print this help and exit

exit codes: 0 nothing at or above the fail level, 1 findings at or above it (a file that is not
valid JSON is one), 2 the tool could not do its job (bad flag, bad configuration, missing or
unreadable input)
)";

enum class flag_kind : std::uint8_t { boolean, value };

struct flag_spec {
  std::string_view name;
  flag_kind kind;
};

constexpr std::array<flag_spec, 30> k_flags = {{
    {"--format", flag_kind::value},
    {"--output", flag_kind::value},
    {"--color", flag_kind::value},
    {"--statistics", flag_kind::boolean},
    {"--stdin-filename", flag_kind::value},
    {"--print-schema", flag_kind::boolean},
    {"--target-model", flag_kind::value},
    {"--select", flag_kind::value},
    {"--ignore", flag_kind::value},
    {"--severity", flag_kind::value},
    {"--fail-level", flag_kind::value},
    {"--max-warnings", flag_kind::value},
    {"--max-findings", flag_kind::value},
    {"--max-findings-per-rule", flag_kind::value},
    {"--exit-zero", flag_kind::boolean},
    {"--baseline", flag_kind::value},
    {"--write-baseline", flag_kind::value},
    {"--fix", flag_kind::boolean},
    {"--diff", flag_kind::boolean},
    {"--config", flag_kind::value},
    {"--no-config", flag_kind::boolean},
    {"--print-config", flag_kind::value},
    {"--policy", flag_kind::value},
    {"--list-rules", flag_kind::boolean},
    {"--explain", flag_kind::value},
    {"--jobs", flag_kind::value},
    {"-j", flag_kind::value},
    {"--version", flag_kind::boolean},
    {"--help", flag_kind::boolean},
    {"-h", flag_kind::boolean},
}};

std::string format_choices() {
  std::string out;
  for (std::string_view n : output_format_names()) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

std::optional<output_format> parse_format(std::string_view v, std::string& error) {
  if (auto f = parse_output_format(v)) return f;
  error = fmt::format("unknown format {}; expected one of {}", detail::quote(v), format_choices());
  return std::nullopt;
}

std::optional<severity> parse_level(std::string_view flag, std::string_view v, bool allow_off,
                                    std::string& error) {
  auto s = parse_severity(v);
  if (s && (allow_off || *s != severity::off)) return s;
  error = fmt::format("{}: unknown level {}; expected error, warning, info{}", flag,
                      detail::quote(v), allow_off ? " or off" : "");
  return std::nullopt;
}

std::optional<std::size_t> parse_count(std::string_view flag, std::string_view v,
                                       std::string& error) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec == std::errc() && end == v.data() + v.size() && !v.empty()) return n;
  error = fmt::format("{} needs a whole number, not {}", flag, detail::quote(v));
  return std::nullopt;
}

void split_list(std::string_view v, std::vector<std::string>& out) {
  while (!v.empty()) {
    const std::size_t comma = std::min(v.find(','), v.size());
    std::string_view item = detail::trim_ascii_space(v.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    v.remove_prefix(std::min(comma + 1, v.size()));
  }
}

std::string apply_target_model(std::string_view v, arguments& a) {
  if (auto m = parse_target_model(v)) {
    a.target_model = m;
    return {};
  }
  std::string message =
      fmt::format("--target-model: unknown model {}; expected {}", detail::quote(v),
                  detail::quoted_list(target_model_names(), " or "));
  if (auto near = detail::closest(v, target_model_names()))
    message += fmt::format("; did you mean '{}'?", target_model_names()[*near]);
  return message;
}

// Applies one flag with its value; returns an error message or empty.
std::string apply(std::string_view flag, std::string_view v, arguments& a) {
  std::string error;
  if (flag == "--target-model") return apply_target_model(v, a);
  if (flag == "--print-schema") {
    a.print_schema = true;
  } else if (flag == "--format") {
    if (auto f = parse_format(v, error)) a.format = f;
  } else if (flag == "--output") {
    const std::size_t eq = v.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == v.size())
      return fmt::format("--output needs FMT=FILE, not {}", detail::quote(v));
    if (auto f = parse_format(v.substr(0, eq), error))
      a.outputs.push_back({*f, std::string(v.substr(eq + 1))});
  } else if (flag == "--color") {
    if (v == "auto") {
      a.color = color_mode::auto_detect;
    } else if (v == "always") {
      a.color = color_mode::always;
    } else if (v == "never") {
      a.color = color_mode::never;
    } else {
      error = fmt::format("--color: expected auto, always or never, not {}", detail::quote(v));
    }
  } else if (flag == "--stdin-filename") {
    a.stdin_filename = v;
  } else if (flag == "--select") {
    a.select_given = true;
    split_list(v, a.select);
  } else if (flag == "--ignore") {
    split_list(v, a.ignore);
  } else if (flag == "--severity") {
    const std::size_t eq = v.find('=');
    if (eq == std::string_view::npos || eq == 0)
      return fmt::format("--severity needs RULE=LEVEL, not {}", detail::quote(v));
    if (auto s = parse_level("--severity", v.substr(eq + 1), true, error))
      a.severities.emplace_back(std::string(v.substr(0, eq)), *s);
  } else if (flag == "--fail-level") {
    if (auto s = parse_level("--fail-level", v, false, error)) a.fail_level = s;
  } else if (flag == "--max-warnings") {
    if (auto n = parse_count(flag, v, error)) a.max_warnings = n;
  } else if (flag == "--max-findings") {
    if (auto n = parse_count(flag, v, error)) a.max_findings = n;
  } else if (flag == "--max-findings-per-rule") {
    if (auto n = parse_count(flag, v, error)) a.max_findings_per_rule = n;
  } else if (flag == "--jobs" || flag == "-j") {
    if (auto n = parse_count(flag, v, error)) {
      if (*n == 0) return fmt::format("{} needs at least 1", flag);
      a.jobs = *n;
    }
  } else if (flag == "--baseline") {
    a.baseline = v;
  } else if (flag == "--write-baseline") {
    a.write_baseline = v;
  } else if (flag == "--config") {
    a.config = v;
  } else if (flag == "--print-config") {
    a.print_config = v;
  } else if (flag == "--policy") {
    a.policies.emplace_back(v);
  } else if (flag == "--explain") {
    a.explain = v;
  } else if (flag == "--statistics") {
    a.statistics = true;
  } else if (flag == "--exit-zero") {
    a.exit_zero = true;
  } else if (flag == "--fix") {
    a.fix = true;
  } else if (flag == "--diff") {
    a.diff = true;
  } else if (flag == "--no-config") {
    a.no_config = true;
  } else if (flag == "--list-rules") {
    a.list_rules = true;
  } else if (flag == "--version") {
    a.version = true;
  } else if (flag == "--help" || flag == "-h") {
    a.help = true;
  }
  return error;
}

const flag_spec* find_flag(std::string_view name) {
  for (const flag_spec& f : k_flags)
    if (f.name == name) return &f;
  return nullptr;
}

std::string unknown_flag(std::string_view name) {
  std::vector<std::string_view> names;
  for (const flag_spec& f : k_flags)
    if (f.name.size() > 2) names.push_back(f.name);
  std::string message = fmt::format("unknown option {}", detail::quote(name));
  if (auto near = detail::closest(name, names, 3))
    message += fmt::format("; did you mean '{}'?", names[*near]);
  return message;
}

}  // namespace

std::string_view usage_text() noexcept { return k_usage; }

std::optional<usage_error> parse_arguments(std::span<const std::string_view> args, arguments& out) {
  bool only_paths = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (only_paths || arg == "-" || !arg.starts_with("-")) {
      out.paths.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_paths = true;
      continue;
    }
    std::string_view name = arg;
    std::optional<std::string_view> value;
    if (const std::size_t eq = arg.find('=');
        arg.starts_with("--") && eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    } else if (arg.starts_with("-j") && arg.size() > 2) {
      name = "-j";
      value = arg.substr(2);
    }
    const flag_spec* spec = find_flag(name);
    if (spec == nullptr) return usage_error{unknown_flag(name)};
    if (spec->kind == flag_kind::boolean) {
      if (value) return usage_error{fmt::format("{} takes no value", spec->name)};
      (void)apply(spec->name, {}, out);
      continue;
    }
    if (!value) {
      if (i + 1 == args.size()) return usage_error{fmt::format("{} needs a value", spec->name)};
      value = args[++i];
    }
    if (std::string error = apply(spec->name, *value, out); !error.empty())
      return usage_error{std::move(error)};
  }
  return std::nullopt;
}

}  // namespace sailcheck::cli
