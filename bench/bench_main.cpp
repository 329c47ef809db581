// sailcheck_bench: the hot path of sailcheck beside the parse floor and the in-process peer.
//
//   sailcheck_bench [--benchmark_* flags]           the fixtures of bench/data, every stage
//   sailcheck_bench --payload=FILE... [--ndjson=FILE] [--benchmark_* flags]
//                                                   the files only, named <method>/<file name>
//                                                   (the PROJECT_BENCH interface of the peers
//                                                   harness, ../shared/peers/run.sh)
//   sailcheck_bench --print-findings=FILE           FILE's findings in the .expected format
//   sailcheck_bench --print-valijson=FILE           valijson's error pointers, likewise
//   --iterations=N                                  every case runs exactly N iterations
//                                                   (scripts/bench.sh --callgrind)
//   --data-dir=DIR                                  fixtures from DIR instead of bench/data
//
// Every case checks what it computes before it is timed (the exact findings against the committed
// .expected file, a parse against Boost's default parse) and is skipped with an error otherwise;
// the process then exits with 1, so a wrong result can never pass as a fast one.
#include "alloc_counter.hpp"
#include "fixtures.hpp"
#include "peer_valijson.hpp"

#include <sailcheck/format.hpp>
#include <sailcheck/linter.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parser.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::bench {
namespace {

// The floor's arena holds this many times the largest document (and at least 1 MiB), more than a
// DOM needs, so that it never asks its upstream for memory: the floor allocates nothing, and the
// allocs counter (0) shows it did not.
constexpr std::size_t k_arena_per_byte = 16;
constexpr std::size_t k_arena_min = std::size_t{1} << 20;

struct suite {
  sailcheck::linter lint;
  std::unique_ptr<schema_validator> schema;
  std::optional<std::int64_t> iterations;
  /// The floor's buffer, shared by every case (they run one at a time); sized after registration.
  std::size_t arena_size = k_arena_min;
  std::unique_ptr<unsigned char[]> arena;
  /// Case name -> what was wrong; printed at exit.
  std::map<std::string, std::string> failures;
};

/// A document set with what the cases verify against, computed once at registration.
struct case_data {
  document_set docs;
  /// check_text's findings as .expected lines: from the committed file for the fixtures, from
  /// check_text itself for --payload files (then the check is against the other driver).
  std::vector<std::string> expected;
  bool expected_from_file = false;
  std::optional<std::vector<std::string>> expected_valijson;
  /// Boost's default parse of each text; null where the text does not parse.
  std::vector<boost::json::value> values;
  std::vector<bool> parses;
  /// Whether sailcheck's parse accepts each text (no LS0001 or LS0003 in `expected`).
  std::vector<bool> syntax_ok;
};

std::vector<std::string> valijson_lines(const case_data& c, const schema_validator& schema) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (!c.parses[i]) continue;
    for (const std::string& p : schema.error_pointers(c.values[i])) {
      out.push_back(finding_line(c.docs.ndjson ? i + 1 : 0, "valijson", p));
    }
  }
  return out;
}

std::vector<sailcheck::report> check_text_all(const case_data& c, const sailcheck::linter& lint) {
  std::vector<sailcheck::report> out;
  for (const std::string& t : c.docs.texts) out.push_back(lint.check_text(t));
  return out;
}

std::vector<std::string> check_value_lines(const case_data& c, const sailcheck::linter& lint) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (!c.parses[i]) continue;
    for (const diagnostic& d : lint.check(c.values[i]).diagnostics) {
      out.push_back(finding_line(c.docs.ndjson ? i + 1 : 0, d.code, d.pointer));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t parsed_count(const case_data& c) {
  return static_cast<std::size_t>(std::count(c.parses.begin(), c.parses.end(), true));
}

std::string verdict_difference(const case_data& c, const std::vector<bool>& ok) {
  for (std::size_t i = 0; i < ok.size(); ++i) {
    if (ok[i] != c.syntax_ok[i]) {
      return "document " + std::to_string(i + 1) + ": Boost.JSON " +
             (ok[i] ? "accepts" : "rejects") + " it, sailcheck " +
             (c.syntax_ok[i] ? "accepts" : "rejects") + " it";
    }
  }
  return {};
}

/// One timed case: `verify` first (a non-empty answer skips the case and fails the run), then one
/// untimed call of `once` to warm up and one counted for allocations, then the timed loop.
/// `once` is one iteration: one call per document of the set.
void run_case(benchmark::State& state, suite& s, const std::string& name, std::size_t items,
              std::size_t bytes, const std::function<std::string()>& verify,
              const std::function<void()>& once) {
  if (std::string problem = verify(); !problem.empty()) {
    std::string& kept = s.failures[name];
    kept = std::move(problem);
    state.SkipWithError(kept.c_str());
    return;
  }
  once();
  const std::uint64_t before = allocations_on_this_thread();
  once();
  const auto allocs = static_cast<double>(allocations_on_this_thread() - before);
  for (auto _ : state) once();
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(iterations * static_cast<std::int64_t>(items));
  // allocs: per call (per document); allocs/op: per iteration, what the peers' aggregate.py reads
  // (it divides by the number of documents itself).
  state.counters["allocs"] = items == 0 ? 0.0 : allocs / static_cast<double>(items);
  state.counters["allocs/op"] = allocs;
  // Per iteration, for bench/summarize.py: it turns times per iteration into times per call.
  state.counters["docs"] = static_cast<double>(items);
  state.counters["bytes"] = static_cast<double>(bytes);
}

class registrar {
 public:
  explicit registrar(suite& s) : suite_(s) {}

  void add(const std::string& name, std::size_t items, std::size_t bytes,
           std::function<std::string()> verify, std::function<void()> once) {
    suite& s = suite_;
    auto* b = benchmark::RegisterBenchmark(
        name.c_str(),
        [&s, name, items, bytes, verify = std::move(verify), once = std::move(once)](
            benchmark::State& state) { run_case(state, s, name, items, bytes, verify, once); });
    if (s.iterations) b->Iterations(*s.iterations);
  }

 private:
  suite& suite_;
};

std::shared_ptr<case_data> prepare(document_set docs, const suite& s,
                                   std::optional<std::vector<std::string>> expected,
                                   std::optional<std::vector<std::string>> expected_valijson) {
  auto c = std::make_shared<case_data>();
  c->docs = std::move(docs);
  c->expected_from_file = expected.has_value();
  c->expected =
      expected ? std::move(*expected) : finding_lines(c->docs, check_text_all(*c, s.lint));
  c->expected_valijson = std::move(expected_valijson);
  for (const std::string& t : c->docs.texts) {
    boost::system::error_code ec;
    c->values.push_back(boost::json::parse(t, ec));
    c->parses.push_back(!ec);
  }
  c->syntax_ok.assign(c->docs.texts.size(), true);
  for (const std::string& line : c->expected) {
    const bool syntax =
        line.find("LS0001 ") != std::string::npos || line.find("LS0003 ") != std::string::npos;
    if (!syntax) continue;
    const std::size_t doc = c->docs.ndjson ? std::stoul(line) - 1 : 0;
    if (doc < c->syntax_ok.size()) c->syntax_ok[doc] = false;
  }
  return c;
}

// The stage names differ between the modes on purpose: the fixtures use `<stage>/<fixture>` with
// stages such as parse/boost-arena, while aggregate.py of the peers harness splits a case name at
// its first '/' into method and payload, so there every method is one word.
constexpr std::string_view k_fixture_stages[] = {"parse/boost", "parse/boost-arena", "check_text",
                                                 "check"};
constexpr std::string_view k_file_stages[] = {"parse-boost", "parse-boost-arena", "check_text",
                                              "check"};

void register_core(registrar& r, suite& s, const std::shared_ptr<const case_data>& c,
                   const std::string_view (&stages)[4]) {
  const std::string suffix = "/" + c->docs.name;
  const std::size_t n = c->docs.texts.size();
  const std::size_t bytes = c->docs.bytes;
  const sailcheck::linter& lint = s.lint;

  r.add(
      std::string(stages[0]) + suffix, n, bytes,
      [c] {
        std::vector<bool> ok;
        for (const std::string& t : c->docs.texts) {
          boost::system::error_code ec;
          boost::json::value v = boost::json::parse(t, ec);
          ok.push_back(!ec);
        }
        return verdict_difference(*c, ok);
      },
      [c] {
        for (const std::string& t : c->docs.texts) {
          boost::system::error_code ec;
          boost::json::value v = boost::json::parse(t, ec);
          benchmark::DoNotOptimize(v);
        }
      });

  // The floor: what a parse that builds a DOM costs at best. One parser (its internal stack is
  // kept between documents) and one buffer, the arena reset per document.
  for (const std::string& t : c->docs.texts) {
    s.arena_size = std::max(s.arena_size, t.size() * k_arena_per_byte);
  }
  auto parser = std::make_shared<boost::json::parser>();
  // `use` sees the value while its arena is alive.
  auto parse_floor = [&s, parser](const std::string& text, boost::system::error_code& ec,
                                  const auto& use) {
    boost::json::monotonic_resource mr(s.arena.get(), s.arena_size);
    parser->reset(&mr);
    parser->write(text, ec);
    if (ec) return;
    const boost::json::value v = parser->release();
    use(v);
  };
  r.add(
      std::string(stages[1]) + suffix, n, bytes,
      [c, parse_floor] {
        std::vector<bool> ok;
        std::string problem;
        for (std::size_t i = 0; i < c->docs.texts.size(); ++i) {
          boost::system::error_code ec;
          parse_floor(c->docs.texts[i], ec, [&](const boost::json::value& v) {
            if (v != c->values[i] && problem.empty()) {
              problem = "document " + std::to_string(i + 1) +
                        ": the arena parse differs from boost::json::parse";
            }
          });
          ok.push_back(!ec);
        }
        return problem.empty() ? verdict_difference(*c, ok) : problem;
      },
      [c, parse_floor] {
        for (const std::string& t : c->docs.texts) {
          boost::system::error_code ec;
          parse_floor(t, ec, [](const boost::json::value& v) { benchmark::DoNotOptimize(v); });
        }
      });

  r.add(
      std::string(stages[2]) + suffix, n, bytes,
      [c, &lint] {
        const auto actual = finding_lines(c->docs, check_text_all(*c, lint));
        std::string d = difference(c->expected, actual);
        if (!d.empty()) {
          return (c->expected_from_file ? std::string("against ") + c->docs.name + ".expected: "
                                        : std::string("check_text is not deterministic: ")) +
                 d;
        }
        // Without a committed list, the other driver is the cross-check.
        if (!c->expected_from_file) {
          d = difference(value_level(c->expected), check_value_lines(*c, lint));
          if (!d.empty()) return "check(value) disagrees with check_text: " + d;
        }
        return std::string();
      },
      [c, &lint] {
        for (const std::string& t : c->docs.texts) {
          auto report = lint.check_text(t);
          benchmark::DoNotOptimize(report);
        }
      });

  // check(value) on Boost's default DOM, for every text that parses.
  r.add(
      std::string(stages[3]) + suffix, parsed_count(*c), bytes,
      [c, &lint] {
        const std::string d = difference(value_level(c->expected), check_value_lines(*c, lint));
        return d.empty() ? d : "check(value) against the text-level findings: " + d;
      },
      [c, &lint] {
        for (std::size_t i = 0; i < c->values.size(); ++i) {
          if (!c->parses[i]) continue;
          auto report = lint.check(c->values[i]);
          benchmark::DoNotOptimize(report);
        }
      });
}

void register_valijson(registrar& r, const suite& s, const std::shared_ptr<const case_data>& c) {
  const schema_validator& schema = *s.schema;
  const std::string suffix = "/" + c->docs.name;
  auto verify = [c, &schema]() -> std::string {
    if (!c->expected_valijson) return "no " + c->docs.name + ".valijson.expected";
    const std::string d = difference(*c->expected_valijson, valijson_lines(*c, schema));
    return d.empty() ? d : "against " + c->docs.name + ".valijson.expected: " + d;
  };
  r.add("valijson/validate" + suffix, parsed_count(*c), c->docs.bytes, verify, [c, &schema] {
    for (std::size_t i = 0; i < c->values.size(); ++i) {
      if (!c->parses[i]) continue;
      benchmark::DoNotOptimize(schema.validate(c->values[i]));
    }
  });
  r.add("valijson/parse+validate" + suffix, c->docs.texts.size(), c->docs.bytes, verify,
        [c, &schema] {
          for (const std::string& t : c->docs.texts) {
            boost::system::error_code ec;
            const boost::json::value v = boost::json::parse(t, ec);
            std::size_t errors = ec ? 1 : schema.validate(v);
            benchmark::DoNotOptimize(errors);
          }
        });
}

/// The .expected lines that a formatted report shows, for `format/json`.
std::string json_output_difference(const case_data& c, const std::string& out) {
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse(out, ec);
  const boost::json::object* root = ec ? nullptr : v.if_object();
  const boost::json::value* list = root ? root->if_contains("diagnostics") : nullptr;
  if (list == nullptr || !list->is_array()) return "the json format wrote no diagnostics array";
  std::vector<std::string> lines;
  for (const boost::json::value& d : list->get_array()) {
    const boost::json::object* o = d.if_object();
    const boost::json::value* code = o ? o->if_contains("code") : nullptr;
    const boost::json::value* pointer = o ? o->if_contains("pointer") : nullptr;
    if (!code || !pointer || !code->is_string() || !pointer->is_string()) {
      return "a diagnostic of the json format lacks its code or pointer";
    }
    lines.push_back(finding_line(0, code->get_string(), pointer->get_string()));
  }
  const std::string d = difference(c.expected, lines);
  return d.empty() ? d : "json format against the findings: " + d;
}

/// `format/concise` writes one line per finding that names the code and the pointer.
std::string concise_output_difference(const sailcheck::report& r, const std::string& out) {
  std::vector<std::string_view> lines;
  for (std::size_t begin = 0; begin < out.size();) {
    const std::size_t end = std::min(out.find('\n', begin), out.size());
    lines.push_back(std::string_view(out).substr(begin, end - begin));
    begin = end + 1;
  }
  if (lines.size() < r.diagnostics.size()) {
    return "concise format: " + std::to_string(lines.size()) + " lines for " +
           std::to_string(r.diagnostics.size()) + " findings";
  }
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
    const diagnostic& d = r.diagnostics[i];
    const std::string tag = "[" + std::string(d.code) + " ";
    const std::string where = " " + d.pointer + ": ";
    if (lines[i].find(tag) == std::string_view::npos ||
        lines[i].find(where) == std::string_view::npos) {
      return "concise line " + std::to_string(i + 1) + " does not show " +
             finding_line(0, d.code, d.pointer) + ": '" + escape(lines[i]) + "'";
    }
  }
  return {};
}

void register_format(registrar& r, suite& s, const std::shared_ptr<const case_data>& c) {
  struct formatted {
    std::vector<file_report> files;
  };
  auto f = std::make_shared<formatted>();
  f->files.push_back(file_report{
      c->docs.name + ".json", s.lint.check_text(c->docs.texts.front()), c->docs.texts.front(), {}});
  // Bytes are the formatted output's: what the formatter produces per second.
  const std::size_t json_bytes = format_report(output_format::json, f->files).size();
  const std::size_t concise_bytes = format_report(output_format::concise, f->files).size();
  r.add(
      "format/json/" + c->docs.name, 1, json_bytes,
      [c, f] { return json_output_difference(*c, format_report(output_format::json, f->files)); },
      [f] {
        std::string out = format_report(output_format::json, f->files);
        benchmark::DoNotOptimize(out);
      });
  r.add(
      "format/concise/" + c->docs.name, 1, concise_bytes,
      [c, f] {
        const std::string d = difference(c->expected, finding_lines(c->docs, {f->files[0].report}));
        if (!d.empty()) return "the formatted report against " + c->docs.name + ".expected: " + d;
        return concise_output_difference(f->files[0].report,
                                         format_report(output_format::concise, f->files));
      },
      [f] {
        std::string out = format_report(output_format::concise, f->files);
        benchmark::DoNotOptimize(out);
      });
}

struct fixture {
  const char* name;
  bool ndjson;
  bool format;  ///< the format stages run on it
};
constexpr fixture k_fixtures[] = {
    {"minimal", false, false}, {"typical", false, false},     {"large", false, false},
    {"clean", false, false},   {"invalid-many", false, true}, {"mix", true, false},
};

bool register_fixtures(registrar& r, suite& s, const std::string& dir) {
  bool ok = true;
  for (const fixture& fx : k_fixtures) {
    const std::string base = dir + "/" + fx.name;
    auto docs = read_documents(base + (fx.ndjson ? ".ndjson" : ".json"), fx.name, fx.ndjson);
    auto expected = read_lines(base + ".expected");
    if (!docs || !expected) {
      std::fprintf(stderr, "sailcheck_bench: cannot read %s and its .expected\n",
                   escape(base).c_str());
      ok = false;
      continue;
    }
    auto c =
        prepare(std::move(*docs), s, std::move(expected), read_lines(base + ".valijson.expected"));
    register_core(r, s, c, k_fixture_stages);
    if (s.schema) register_valijson(r, s, c);
    if (fx.format) register_format(r, s, c);
  }
  return ok;
}

int print_lines(const std::vector<std::string>& lines) {
  for (const std::string& l : lines) std::printf("%s\n", l.c_str());
  return 0;
}

bool is_ndjson(std::string_view path) {
  return path.size() >= 7 && path.substr(path.size() - 7) == ".ndjson";
}

struct arguments {
  std::vector<std::string> payloads;
  std::string ndjson;
  std::string print_findings, print_valijson;
  std::string data_dir = SAILCHECK_BENCH_DATA_DIR;
  std::optional<std::int64_t> iterations;
};

bool starts_with(std::string_view s, std::string_view prefix, std::string& rest) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  rest = std::string(s.substr(prefix.size()));
  return true;
}

// Takes this bench's own flags out of argv, so that benchmark::Initialize sees only its own.
std::optional<arguments> take_arguments(int& argc, char** argv) {
  arguments a;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::string value;
    if (starts_with(arg, "--payload=", value)) {
      a.payloads.push_back(value);
    } else if (starts_with(arg, "--ndjson=", value)) {
      a.ndjson = value;
    } else if (starts_with(arg, "--print-findings=", value)) {
      a.print_findings = value;
    } else if (starts_with(arg, "--print-valijson=", value)) {
      a.print_valijson = value;
    } else if (starts_with(arg, "--data-dir=", value)) {
      a.data_dir = value;
    } else if (starts_with(arg, "--iterations=", value)) {
      const bool digits =
          !value.empty() && value.size() < 12 &&
          std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits || std::stoll(value) == 0) {
        std::fprintf(stderr, "sailcheck_bench: --iterations wants a positive number\n");
        return std::nullopt;
      }
      a.iterations = std::stoll(value);
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  return a;
}

int run(int argc, char** argv) {
  auto args = take_arguments(argc, argv);
  if (!args) return 2;
  suite s;
  s.iterations = args->iterations;
  s.schema = schema_validator::load(args->data_dir + "/create-distribution.schema.json");

  for (const std::string* print : {&args->print_findings, &args->print_valijson}) {
    if (print->empty()) continue;
    auto docs = read_documents(*print, file_name_of(*print), is_ndjson(*print));
    if (!docs) {
      std::fprintf(stderr, "sailcheck_bench: cannot read %s\n", escape(*print).c_str());
      return 2;
    }
    const auto c = prepare(std::move(*docs), s, std::nullopt, std::nullopt);
    if (print == &args->print_findings) return print_lines(c->expected);
    if (!s.schema) {
      std::fprintf(stderr, "sailcheck_bench: cannot load the schema of %s\n",
                   escape(args->data_dir).c_str());
      return 2;
    }
    return print_lines(valijson_lines(*c, *s.schema));
  }

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  registrar r(s);
  if (!args->payloads.empty() || !args->ndjson.empty()) {
    std::vector<std::pair<std::string, bool>> files;  // path, is NDJSON
    for (const std::string& p : args->payloads) files.emplace_back(p, false);
    if (!args->ndjson.empty()) files.emplace_back(args->ndjson, true);
    for (const auto& [f, ndjson] : files) {
      auto docs = read_documents(f, file_name_of(f), ndjson);
      if (!docs) {
        std::fprintf(stderr, "sailcheck_bench: cannot read %s\n", escape(f).c_str());
        return 2;
      }
      register_core(r, s, prepare(std::move(*docs), s, std::nullopt, std::nullopt), k_file_stages);
    }
  } else {
    if (!s.schema) {
      std::fprintf(stderr, "sailcheck_bench: cannot load %s/create-distribution.schema.json\n",
                   escape(args->data_dir).c_str());
      return 2;
    }
    if (!register_fixtures(r, s, args->data_dir)) return 2;
  }

  // Not zeroed: its pages are touched by the untimed calls before each case's loop.
  s.arena.reset(new unsigned char[s.arena_size]);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  for (const auto& [name, problem] : s.failures) {
    std::fprintf(stderr, "sailcheck_bench: %s FAILED verification: %s\n", name.c_str(),
                 problem.c_str());
  }
  return s.failures.empty() ? 0 : 1;
}

}  // namespace
}  // namespace sailcheck::bench

int main(int argc, char** argv) { return sailcheck::bench::run(argc, argv); }
