#include "cli/run.hpp"

#include "registry.hpp"

#include "cli/args.hpp"
#include "cli/config.hpp"
#include "cli/explain.hpp"
#include "cli/glob.hpp"
#include "cli/inputs.hpp"
#include "cli/jsonc.hpp"
#include "cli/policies.hpp"
#include "cli/suppress.hpp"
#include "fix/edit.hpp"
#include "format/json_writer.hpp"
#include "json_pointer.hpp"
#include "source_map.hpp"
#include "text.hpp"

#include <sailcheck/sailcheck.hpp>

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace sailcheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_max_fix_passes = 10;

// One configuration in use, with the linter it implies (flags applied on top).
struct profile {
  config cfg;
  std::optional<linter> lint;
  severity fail_level = severity::error;
  suppression_use use;
  bool used = false;
};

struct file_result {
  file_report fr;
  std::string text;       // the checked text, which fr.source views
  std::string diff;       // --diff
  std::string fix_error;  // --fix could not write
  suppression_use use;
  profile* prof = nullptr;
};

std::string printable(std::string_view s) { return detail::quote(s); }

// Flags first, then the configuration file's keys they do not override.
options options_for(const config& cfg, const arguments& a) {
  options o = to_options(cfg);
  if (a.select_given) o.select = a.select;
  o.ignore.insert(o.ignore.end(), a.ignore.begin(), a.ignore.end());
  o.severities.insert(o.severities.end(), a.severities.begin(), a.severities.end());
  if (a.max_findings) o.limits.max_findings = *a.max_findings;
  if (a.max_findings_per_rule) o.limits.max_findings_per_rule = *a.max_findings_per_rule;
  if (a.target_model) o.target_model = *a.target_model;
  return o;
}

bool has_any(const report& r, severity at_least) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [&](const diagnostic& d) { return d.severity >= at_least; });
}

// Fixes whose edits do not overlap, first come first served in report (offset) order; the rest
// wait for the next pass, after a re-check, so that every applied fix is based on fresh text.
// One locate pass and an interval set keep this linear-logarithmic in the number of fixes.
std::vector<diagnostic> independent_fixes(std::string_view text, const report& r) {
  std::vector<const diagnostic*> with_fix;
  std::vector<const fix*> fixes;
  for (const diagnostic& d : r.diagnostics) {
    if (!d.fix) continue;
    with_fix.push_back(&d);
    fixes.push_back(&*d.fix);
  }
  const std::vector<std::optional<detail::text_edit>> edits = detail::edits_for(text, fixes);
  std::map<std::size_t, std::size_t> kept;  // begin -> end of the edits chosen so far
  std::vector<diagnostic> chosen;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (!edits[i]) continue;
    const std::size_t begin = edits[i]->begin, end = edits[i]->end;
    auto next = kept.lower_bound(begin);
    if (next != kept.end() && next->first < std::max(end, begin + 1)) continue;
    if (next != kept.begin() && std::prev(next)->second > begin) continue;
    kept.emplace(begin, end);
    chosen.push_back(*with_fix[i]);
  }
  return chosen;
}

// Replaces `path` atomically: a temporary file beside it, then rename, so that an interrupted
// run never leaves half a payload.
std::string write_atomically(const fs::path& path, std::string_view text) {
  struct stat st {};
  const bool had_mode = ::stat(path.c_str(), &st) == 0;
  fs::path tmp = path;
  tmp += fmt::format(".sailcheck-{}.tmp", ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return "cannot write the fixed file";
    }
  }
  if (had_mode) ::chmod(tmp.c_str(), st.st_mode & 07777);
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return "cannot replace the file: " + ec.message();
  }
  return {};
}

class runner {
 public:
  runner(const arguments& a, std::ostream& out, std::ostream& err, const environment& env)
      : args_(a), out_(out), err_(err), env_(env), date_(today()) {}

  int run();

 private:
  bool fail(std::string_view message) {
    err_ << "sailcheck: " << message << '\n';
    return false;
  }
  profile* profile_for(const input& in);
  profile* load_profile(const fs::path& config_path);
  bool excluded(const fs::path& p);
  file_result check_one(const input& in, profile& prof);
  void finish_file(std::size_t index, file_result& r);
  std::vector<file_report> stale_suppressions();
  int print_config();
  bool open_outputs();
  void write_statistics();

  const arguments& args_;
  std::ostream& out_;
  std::ostream& err_;
  const environment& env_;
  const std::string date_;

  std::map<std::string, std::unique_ptr<profile>> profiles_;  // by config path ("" = none)
  profile* fixed_profile_ = nullptr;  // --config or --no-config: one for every file
  bool config_failed_ = false;
  std::optional<baseline> baseline_;
  baseline recorded_;

  std::vector<std::unique_ptr<std::ofstream>> files_out_;
  std::vector<std::unique_ptr<formatter>> formatters_;
  std::unique_ptr<std::ofstream> step_summary_;
  std::vector<rule_entry> rules_;
  format_options format_options_;
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> statistics_;
  bool failed_ = false;
  std::size_t warnings_ = 0;
  bool tool_error_ = false;
  bool has_diff_ = false;
};

profile* runner::load_profile(const fs::path& config_path) {
  const std::string key = config_path.string();
  if (auto it = profiles_.find(key); it != profiles_.end()) return it->second.get();
  auto p = std::make_unique<profile>();
  if (!config_path.empty()) {
    auto loaded = load_config(config_path);
    if (!loaded) {
      fail(loaded.error().message);
      config_failed_ = true;
      profiles_[key] = nullptr;
      return nullptr;
    }
    p->cfg = std::move(*loaded);
  }
  options opts = options_for(p->cfg, args_);
  auto policies =
      load_policies(policy_sources(p->cfg, args_.policies), opts.limits.max_input_bytes);
  if (!policies) {
    fail(policies.error().message);
    config_failed_ = true;
    profiles_[key] = nullptr;
    return nullptr;
  }
  opts.policies = std::move(*policies);
  auto built = linter::create(opts);
  if (!built) {
    fail(config_path.empty()
             ? built.error().message
             : fmt::format("{}: {}", printable(config_path.string()), built.error().message));
    config_failed_ = true;
    profiles_[key] = nullptr;
    return nullptr;
  }
  p->lint = std::move(*built);
  p->fail_level = args_.fail_level.value_or(p->cfg.fail_level.value_or(severity::error));
  p->use.files.assign(p->cfg.suppress.size(), 0);
  p->use.findings.assign(p->cfg.suppress.size(), 0);
  profile* raw = p.get();
  profiles_[key] = std::move(p);
  return raw;
}

profile* runner::profile_for(const input& in) {
  if (fixed_profile_ != nullptr) return fixed_profile_;
  fs::path dir;
  if (in.is_stdin) {
    dir = in.display == "-" ? fs::current_path() : fs::absolute(in.display).parent_path();
  } else {
    std::error_code ec;
    dir = fs::absolute(in.path, ec).parent_path();
  }
  return load_profile(find_config(dir));
}

bool runner::excluded(const fs::path& p) {
  profile* prof = profile_for({p.generic_string(), p, false});
  if (prof == nullptr || prof->cfg.exclude.empty()) return false;
  const std::string rel = relative_path(p, prof->cfg.base_dir());
  if (rel.empty() || rel.starts_with("..")) return false;
  std::error_code ec;
  // A folder ends in '/' for `drafts/` patterns; files named inside an excluded folder count.
  return is_excluded(prof->cfg, fs::is_directory(p, ec) ? rel + "/" : rel);
}

file_result runner::check_one(const input& in, profile& prof) {
  file_result r;
  r.fr.file = in.display;
  r.prof = &prof;
  r.use.files.assign(prof.cfg.suppress.size(), 0);
  r.use.findings.assign(prof.cfg.suppress.size(), 0);
  const linter& lint = *prof.lint;
  const std::size_t limit = lint.limits().max_input_bytes;
  read_result read = in.is_stdin ? read_fd(env_.stdin_fd, limit) : read_file(in.path, limit);
  if (!read.text) {
    r.fr.tool_error = in.is_stdin ? "cannot read standard input: " + read.error
                                  : "cannot read " + printable(in.display) + ": " + read.error;
    return r;
  }
  r.text = std::move(*read.text);
  const fs::path where = in.is_stdin ? fs::path(in.display) : in.path;
  auto accepted = [&](report& rep, suppression_use* use) {
    apply_suppressions(prof.cfg, where, date_, rep, use);
    if (baseline_) baseline_->filter(where, rep);
  };
  if (args_.fix || args_.diff) {
    const std::string original = r.text;
    for (std::size_t pass = 0; pass < k_max_fix_passes; ++pass) {
      report rep = lint.check_text(r.text);
      apply_suppressions(prof.cfg, where, date_, rep, nullptr);
      std::vector<diagnostic> chosen = independent_fixes(r.text, rep);
      if (chosen.empty()) break;
      auto applied = apply_fixes(r.text, chosen);
      if (!applied || applied->text == r.text) break;
      r.text = std::move(applied->text);
    }
    if (args_.diff) {
      r.diff = unified_diff(in.display, original, r.text);
    } else if (r.text != original) {
      r.fix_error = write_atomically(in.path, r.text);
    }
    if (args_.diff) r.text = original;  // the report is of the file as it is
  }
  r.fr.report = lint.check_text(r.text);
  // The reader stopped one byte past the limit; the file system knows the real size.
  if (read.size && *read.size > limit)
    for (diagnostic& d : r.fr.report.diagnostics)
      if (d.code == "LS0003" && d.begin.offset == 0)
        d.message = rules::input_size_message(*read.size, lint.limits());
  accepted(r.fr.report, &r.use);
  r.fr.source = r.text;
  return r;
}

void runner::finish_file(std::size_t, file_result& r) {
  if (!r.fr.tool_error.empty()) {
    tool_error_ = true;
    err_ << "sailcheck: " << r.fr.tool_error << '\n';
  }
  if (!r.fix_error.empty()) {
    tool_error_ = true;
    err_ << "sailcheck: " << printable(r.fr.file) << ": " << r.fix_error << '\n';
  }
  if (!r.diff.empty()) {
    has_diff_ = true;
    out_ << r.diff;
  }
  if (profile* p = r.prof) {
    p->used = true;
    for (std::size_t i = 0; i < r.use.files.size(); ++i) {
      p->use.files[i] += r.use.files[i];
      p->use.findings[i] += r.use.findings[i];
    }
    if (has_any(r.fr.report, p->fail_level)) failed_ = true;
  }
  warnings_ += r.fr.report.count(severity::warning);
  for (const diagnostic& d : r.fr.report.diagnostics) ++statistics_[{d.code, d.name}];
  if (!args_.write_baseline.empty() && r.fr.tool_error.empty())
    recorded_.add(r.fr.file == "-" ? fs::path("-") : fs::path(r.fr.file), r.fr.report);
  for (auto& f : formatters_) f->add(r.fr);
}

// LS0005: entries that suppressed nothing in files they applied to, and expired ones.
std::vector<file_report> runner::stale_suppressions() {
  std::vector<file_report> out;
  const rule_info* info = find_rule("LS0005");
  if (info == nullptr) return out;
  for (auto& [path, p] : profiles_) {
    if (!p || !p->used || p->cfg.suppress.empty()) continue;
    const severity level = p->lint->severity_of(info->code);
    if (level == severity::off) continue;
    file_report fr;
    fr.file = p->cfg.path.generic_string();
    fr.source = p->cfg.text;
    std::vector<detail::locate_request> requests;
    for (const suppression& s : p->cfg.suppress) {
      if (p->use.files[s.index] == 0) continue;  // not about a file of this run
      const bool expired = !s.until.empty() && s.until < date_;
      if (!expired && p->use.findings[s.index] != 0) continue;
      diagnostic d;
      d.code = info->code;
      d.name = info->name;
      d.severity = level;
      d.pointer = fmt::format("/suppress/{}", s.index);
      const std::string what =
          s.pointer.empty()
              ? fmt::format("suppression of {}", printable(s.rule))
              : fmt::format("suppression of {} at {}", printable(s.rule), printable(s.pointer));
      d.message = expired ? fmt::format(
                                "{} expired on {} and no longer suppresses anything; "
                                "fix the findings or renew it",
                                what, s.until)
                          : fmt::format("{} matched no finding; remove it", what);
      fr.report.diagnostics.push_back(std::move(d));
    }
    if (fr.report.diagnostics.empty()) continue;
    // Positions of the entries in the configuration file.
    const std::string stripped = strip_comments(p->cfg.text);
    for (diagnostic& d : fr.report.diagnostics)
      requests.push_back({d.pointer});
    detail::locate(stripped, requests);
    std::vector<source_position*> positions;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      diagnostic& d = fr.report.diagnostics[i];
      d.begin.offset = requests[i].begin == detail::k_no_offset ? 0 : requests[i].begin;
      d.end.offset = requests[i].begin == detail::k_no_offset
                         ? 0
                         : std::min(requests[i].end, d.begin.offset + 1);
      positions.push_back(&d.begin);
      positions.push_back(&d.end);
    }
    // Offsets are those of the original (stripping keeps them); columns count its code points.
    detail::compute_positions(p->cfg.text, positions);
    if (has_any(fr.report, p->fail_level)) failed_ = true;
    warnings_ += fr.report.count(severity::warning);
    out.push_back(std::move(fr));
  }
  return out;
}

bool runner::open_outputs() {
  const output_format stdout_format =
      args_.format.value_or(env_.stdout_is_tty ? output_format::text : output_format::concise);
  bool color = env_.stdout_is_tty;
  if (const char* v = env_.getenv("NO_COLOR"); v != nullptr && *v != '\0') color = false;
  if (const char* v = env_.getenv("FORCE_COLOR");
      v != nullptr && *v != '\0' && std::string_view(v) != "0")
    color = true;
  if (args_.color == color_mode::always) color = true;
  if (args_.color == color_mode::never) color = false;

  // The rules of this run for SARIF: enabled in any configuration in use.
  for (std::size_t i = 0; i < all_rules().size(); ++i) {
    const rule_info* info = all_rules()[i];
    for (auto& [path, p] : profiles_) {
      if (!p) continue;
      const severity s = p->lint->severity_of(info->code);
      if (s != severity::off) {
        rules_.push_back({info, s});
        break;
      }
    }
  }
  format_options_.rules = rules_;
  const bool wants_github =
      stdout_format == output_format::github ||
      std::any_of(args_.outputs.begin(), args_.outputs.end(),
                  [](const output_target& t) { return t.format == output_format::github; });
  if (const char* summary = env_.getenv("GITHUB_STEP_SUMMARY");
      wants_github && summary != nullptr && *summary != '\0') {
    step_summary_ = std::make_unique<std::ofstream>(summary, std::ios::app);
    if (*step_summary_) format_options_.step_summary = step_summary_.get();
  }
  if (!args_.statistics && !args_.diff && args_.write_baseline.empty()) {
    format_options stdout_options = format_options_;
    stdout_options.color = color;
    formatters_.push_back(make_formatter(stdout_format, out_, stdout_options));
  }
  for (const output_target& t : args_.outputs) {
    auto file = std::make_unique<std::ofstream>(t.path, std::ios::binary | std::ios::trunc);
    if (!*file)
      return fail(fmt::format("cannot write {}: {}", printable(t.path), std::strerror(errno)));
    formatters_.push_back(make_formatter(t.format, *file, format_options_));
    files_out_.push_back(std::move(file));
  }
  return true;
}

void runner::write_statistics() {
  std::vector<std::pair<std::pair<std::string_view, std::string_view>, std::size_t>> rows(
      statistics_.begin(), statistics_.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (args_.format == output_format::json) {
    boost::json::array a;
    for (const auto& [rule, n] : rows)
      a.push_back(boost::json::object{{"code", rule.first}, {"name", rule.second}, {"count", n}});
    out_ << boost::json::serialize(a) << '\n';
    return;
  }
  for (const auto& [rule, n] : rows)
    out_ << fmt::format("{:>6}  {}  {}\n", n, rule.first, rule.second);
}

int runner::print_config() {
  const fs::path target(args_.print_config);
  profile* p = profile_for({target.generic_string(), target, false});
  if (p == nullptr) return k_exit_usage;
  boost::json::object o;
  o["file"] = detail::to_valid_utf8(args_.print_config);
  o["config"] = p->cfg.path.empty()
                    ? boost::json::value(nullptr)
                    : boost::json::value(detail::to_valid_utf8(p->cfg.path.string()));
  boost::json::object severities;
  for (const rule_info* r : all_rules())
    severities[r->code] = to_string(p->lint->severity_of(r->code));
  o["rules"] = std::move(severities);
  o["fail-level"] = to_string(p->fail_level);
  o["max-findings"] = p->lint->limits().max_findings;
  o["max-findings-per-rule"] = p->lint->limits().max_findings_per_rule;
  o["target-model"] = to_string(p->lint->target_model());
  boost::json::array exclude;
  for (const std::string& g : p->cfg.exclude) exclude.emplace_back(detail::to_valid_utf8(g));
  o["exclude"] = std::move(exclude);
  boost::json::array suppress;
  for (const suppression& s : p->cfg.suppress) {
    boost::json::object e{{"files", detail::to_valid_utf8(s.files)},
                          {"rule", detail::to_valid_utf8(s.rule)},
                          {"reason", detail::to_valid_utf8(s.reason)}};
    if (!s.pointer.empty()) e["pointer"] = detail::to_valid_utf8(s.pointer);
    if (!s.until.empty()) e["until"] = s.until;
    e["expired"] = !s.until.empty() && s.until < date_;
    suppress.push_back(std::move(e));
  }
  o["suppress"] = std::move(suppress);
  boost::json::array policies;
  const std::vector<policy_source> sources = policy_sources(p->cfg, args_.policies);
  const std::vector<std::string_view> names = p->lint->policy_names();
  for (std::size_t i = 0; i < sources.size() && i < names.size(); ++i)
    policies.push_back(
        boost::json::object{{"schema", detail::to_valid_utf8(sources[i].path.string())},
                            {"name", detail::to_valid_utf8(names[i])},
                            {"severity", to_string(sources[i].level)},
                            {"message", detail::to_valid_utf8(sources[i].message)}});
  o["policies"] = std::move(policies);
  std::string text;
  detail::append_json_value(text, o);
  out_ << text << '\n';
  return k_exit_clean;
}

int runner::run() {
  if (!args_.config.empty()) {
    fixed_profile_ = load_profile(fs::path(args_.config));
    if (fixed_profile_ == nullptr) return k_exit_usage;
  } else if (args_.no_config) {
    fixed_profile_ = load_profile({});
    if (fixed_profile_ == nullptr) return k_exit_usage;
  } else {
    // Flags alone must be valid before any file is looked at (`--select LS99` is exit 2 even
    // when no configuration is found).
    if (load_profile({}) == nullptr) return k_exit_usage;
  }
  if (!args_.print_config.empty()) return print_config();
  if (!args_.baseline.empty()) {
    auto b = baseline::load(args_.baseline);
    if (!b) {
      fail(b.error().message);
      return k_exit_usage;
    }
    baseline_ = std::move(*b);
  }
  if (!args_.write_baseline.empty())
    recorded_.set_base(fs::path(args_.write_baseline).parent_path());

  expansion ex = expand_paths(args_.paths, args_.stdin_filename,
                              [this](const fs::path& p) { return excluded(p); });
  if (config_failed_) return k_exit_usage;
  std::vector<profile*> profiles;
  for (const input& in : ex.inputs) profiles.push_back(profile_for(in));
  if (config_failed_) return k_exit_usage;
  if (!open_outputs()) return k_exit_usage;

  for (const input_error& e : ex.errors) {
    file_report fr;
    fr.file = e.display;
    fr.tool_error = fmt::format("{}: {}", printable(e.display), e.message);
    tool_error_ = true;
    err_ << "sailcheck: " << fr.tool_error << '\n';
    for (auto& f : formatters_) f->add(fr);
  }

  // Workers check files in any order; results are written strictly in input order, so the
  // output is the same for every -j.
  const std::size_t n = ex.inputs.size();
  std::size_t jobs =
      args_.jobs != 0 ? args_.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, std::max<std::size_t>(n, 1));
  std::vector<std::optional<file_result>> results(n);
  std::mutex m;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) {
      file_result r = check_one(ex.inputs[i], *profiles[i]);
      std::lock_guard lock(m);
      results[i] = std::move(r);
      ready.notify_all();
    }
  };
  {
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < jobs; ++t) pool.emplace_back(work);
    if (jobs <= 1) work();
    for (std::size_t i = 0; i < n; ++i) {
      std::unique_lock lock(m);
      ready.wait(lock, [&] { return results[i].has_value(); });
      file_result r = std::move(*results[i]);
      results[i].reset();
      lock.unlock();
      finish_file(i, r);
    }
  }
  for (file_report& fr : stale_suppressions()) {
    for (const diagnostic& d : fr.report.diagnostics) ++statistics_[{d.code, d.name}];
    for (auto& f : formatters_) f->add(fr);
  }
  for (auto& f : formatters_) f->finish();
  if (args_.statistics) write_statistics();
  for (auto& f : files_out_) {
    f->flush();
    if (!*f) {
      fail("cannot write an --output file");
      tool_error_ = true;
    }
  }
  if (!args_.write_baseline.empty() && !tool_error_) {
    std::ofstream b(args_.write_baseline, std::ios::binary | std::ios::trunc);
    b << recorded_.serialize();
    b.flush();
    if (!b) {
      fail(fmt::format("cannot write {}", printable(args_.write_baseline)));
      return k_exit_usage;
    }
    return k_exit_clean;
  }

  out_.flush();
  int status = k_exit_clean;
  if (args_.diff) {
    status = has_diff_ ? k_exit_findings : k_exit_clean;
  } else if (failed_ || (args_.max_warnings && warnings_ > *args_.max_warnings)) {
    status = k_exit_findings;
  }
  if (args_.exit_zero) status = k_exit_clean;
  if (tool_error_) status = k_exit_usage;
  if (!out_ || env_.out_error() != 0) {
    // The reader went away (`sailcheck ... | head -1`): it has what it wanted; stay quiet.
    if (env_.out_error() == EPIPE) return status;
    fail("cannot write the report to standard output");
    return k_exit_usage;
  }
  return status;
}

}  // namespace

int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err,
        const environment& env) {
  arguments a;
  if (auto e = parse_arguments(args, a)) {
    err << "sailcheck: " << e->message << "\ntry 'sailcheck --help'\n";
    return k_exit_usage;
  }
  if (a.help) {
    out << usage_text();
    return k_exit_clean;
  }
  if (a.version) {
    out << "sailcheck " << version() << '\n';
    return k_exit_clean;
  }
  if (a.list_rules) return list_rules(out, err, a);
  if (a.print_schema) {
    out << request_schema_text();
    return k_exit_clean;
  }
  if (!a.explain.empty()) return explain_rule(out, err, a.explain);
  if (a.fix && a.diff) {
    err << "sailcheck: --fix and --diff exclude each other\ntry 'sailcheck --help'\n";
    return k_exit_usage;
  }
  if (a.fix && std::find(a.paths.begin(), a.paths.end(), "-") != a.paths.end()) {
    err << "sailcheck: --fix cannot rewrite standard input; use --diff\n";
    return k_exit_usage;
  }
  if (a.paths.empty() && a.print_config.empty()) {
    err << "sailcheck: no input files\ntry 'sailcheck --help'\n";
    return k_exit_usage;
  }
  runner r(a, out, err, env);
  return r.run();
}

}  // namespace sailcheck::cli
