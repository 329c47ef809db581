#!/usr/bin/env python3
"""Prints the medians of a sailcheck_bench run and the budget ratios of issue 8.

  python3 bench/summarize.py RESULTS.json [--markdown-out FILE]
  python3 bench/summarize.py --callgrind COUNTS.tsv [--markdown-out FILE]

RESULTS.json is Google Benchmark's --benchmark_out (format json) of a run with repetitions; the
table takes, per case, the median over repetitions of real time per call (per document: the
NDJSON cases divide by the documents of one iteration, the `docs` counter). Ratios are of medians
of the same run. COUNTS.tsv is what scripts/bench.sh --callgrind writes: case, instructions per
iteration, documents per iteration. Stdlib only.
"""
import argparse
import json
import statistics
import sys

UNIT = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def load_runs(path):
    """case name -> dict(ns=[per-call ns of each repetition], bytes, docs, allocs)."""
    with open(path) as f:
        data = json.load(f)
    cases = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            continue
        name = b.get("run_name", b["name"])
        docs = b.get("docs", 1) or 1
        c = cases.setdefault(name, dict(ns=[], docs=docs, bytes=b.get("bytes", 0),
                                        allocs=b.get("allocs")))
        c["ns"].append(b["real_time"] * UNIT[b.get("time_unit", "ns")] / docs)
    errors = sorted({b["name"] for b in data["benchmarks"] if b.get("error_occurred")})
    return data.get("context", {}), cases, errors


FIXTURES = ["minimal", "typical", "large", "clean", "invalid-many", "mix"]
STAGES = ["parse/boost", "parse/boost-arena", "check_text", "check", "valijson/validate",
          "valijson/parse+validate", "format/json", "format/concise",
          # the --payload names (peers harness)
          "parse-boost", "parse-boost-arena"]


def split_name(name):
    """'parse/boost-arena/typical' -> ('parse/boost-arena', 'typical')."""
    stage, _, fixture = name.rpartition("/")
    return stage, fixture


def order_key(name):
    stage, fixture = split_name(name)
    f = FIXTURES.index(fixture) if fixture in FIXTURES else len(FIXTURES)
    st = STAGES.index(stage) if stage in STAGES else len(STAGES)
    return (f, fixture, st, stage)


def fmt_int(x):
    return f"{x:,.0f}"


def fmt_allocs(x):
    if x is None:
        return ""
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"


def ratio_rows(median, allocs):
    rows = []

    def ratio(label, num, den, budget):
        if num in median and den in median:
            r = median[num] / median[den]
            verdict = "" if budget is None else ("met" if r <= budget else "not met")
            rows.append((label, f"{r:.2f}x", "" if budget is None else f"<= {budget}x", verdict))

    ratio("check_text / parse floor, typical", "check_text/typical", "parse/boost-arena/typical", 1.3)
    ratio("check_text / parse floor, large", "check_text/large", "parse/boost-arena/large", 1.3)
    ratio("check(value) / parse floor, typical", "check/typical", "parse/boost-arena/typical", 0.3)
    ratio("check_text / parse floor, mix", "check_text/mix", "parse/boost-arena/mix", None)
    for f in ["typical", "large", "mix"]:
        ratio(f"parse+valijson / check_text, {f} (speed-up over the peer)",
              f"valijson/parse+validate/{f}", f"check_text/{f}", None)
    for stage in ["check_text", "check"]:
        name = f"{stage}/clean"
        if name in allocs:
            a = allocs[name]
            rows.append((f"allocations per call, {name}", fmt_allocs(a), "0",
                         "met" if a == 0 else "not met"))
        name = f"{stage}/invalid-many"
        if name in allocs:
            rows.append((f"allocations per call, {name}", fmt_allocs(allocs[name]),
                         "small constant + <= 2 per finding", ""))
    return rows


def table(header, rows, align):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def summarize_run(path):
    context, cases, errors = load_runs(path)
    median = {n: statistics.median(c["ns"]) for n, c in cases.items()}
    allocs = {n: c["allocs"] for n, c in cases.items() if c["allocs"] is not None}
    out = []
    load = context.get("load_avg")
    out.append(f"Run: {context.get('date', '?')}, {context.get('num_cpus', '?')} CPUs at "
               f"{context.get('mhz_per_cpu', '?')} MHz, load average at start "
               f"{', '.join(f'{x:.2f}' for x in load) if load else '?'}, "
               f"{context.get('library_build_type', '?')} Google Benchmark library; "
               f"{max((len(c['ns']) for c in cases.values()), default=0)} repetitions per case, "
               f"randomly interleaved.\n")
    rows = []
    for n in sorted(cases, key=order_key):
        c = cases[n]
        m = median[n]
        mbps = c["bytes"] / c["docs"] / m * 1e3 if c["bytes"] else 0.0
        rows.append((n, fmt_int(m), fmt_int(min(c["ns"])) + ".." + fmt_int(max(c["ns"])),
                     f"{mbps:,.1f}", fmt_allocs(allocs.get(n))))
    out += table(["case", "median ns per call", "spread (ns)", "MB/s", "allocs per call"], rows,
                 "lrrrr")
    out.append("")
    out.append("Median ns per call, by stage and fixture:\n")
    fixtures = sorted({split_name(n)[1] for n in cases}, key=lambda f: order_key("x/" + f))
    stages = sorted({split_name(n)[0] for n in cases}, key=lambda st: order_key(st + "/"))
    prow = []
    for st in stages:
        prow.append((st,) + tuple(fmt_int(median[f"{st}/{f}"]) if f"{st}/{f}" in median else ""
                                  for f in fixtures))
    out += table(["stage"] + fixtures, prow, "l" + "r" * len(fixtures))
    out.append("")
    out.append("Budget ratios (issue 8), medians of this run:\n")
    out += table(["ratio", "measured", "budget", ""], ratio_rows(median, allocs), "lrrl")
    if errors:
        out.append("")
        out.append("FAILED verification (not timed): " + ", ".join(errors))
    return out, bool(errors)


def summarize_callgrind(path):
    ir, fn = {}, {}
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1]:
                docs = max(1.0, float(parts[2]))
                ir[parts[0]] = float(parts[1]) / docs
                if len(parts) >= 4 and parts[3]:
                    fn[parts[0]] = float(parts[3]) / docs
    out = ["Instructions per call (callgrind, the difference of two runs with a fixed number of "
           "iterations, so start-up and verification cancel out):\n"]
    fixtures = []
    for name in ir:
        fx = name.split("/")[-1]
        if fx not in fixtures:
            fixtures.append(fx)
    rows = []
    for fx in fixtures:
        ct, ck, fl = (ir.get(f"{s}/{fx}") for s in ("check_text", "check", "parse/boost-arena"))
        cell = lambda v: fmt_int(v) if v is not None else ""
        rel = lambda v: f"{v / fl:.2f}x" if v is not None and fl else ""
        rows.append((fx, cell(ct), cell(ck), cell(fl), rel(ct), rel(ck)))
    out += table(["fixture", "check_text", "check(value)", "parse floor", "check_text / floor",
                  "check / floor"], rows, "lrrrrr")
    if fn:
        out.append("")
        out.append("Cross-check, the function's own inclusive count per call (callgrind_annotate "
                   "--inclusive=yes, same difference): " +
                   ", ".join(f"{n} {fmt_int(v)}" for n, v in fn.items()))
    return out, False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--markdown-out")
    a = ap.parse_args()
    out, failed = summarize_callgrind(a.results) if a.callgrind else summarize_run(a.results)
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    if a.markdown_out:
        with open(a.markdown_out, "w") as f:
            f.write(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
