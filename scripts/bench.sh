#!/usr/bin/env bash
# Builds the benchmark suite (Release, build/bench) and runs it, then prints the medians per case
# and the budget ratios of issue 8 (bench/summarize.py).
#
#   scripts/bench.sh                 every case, SAILCHECK_BENCH_REPETITIONS repetitions (default 10)
#                                    randomly interleaved; extra arguments go to the bench binary
#                                    (e.g. --benchmark_filter='typical')
#   scripts/bench.sh --callgrind     instructions per call of check_text, check(value) and the
#                                    parse floor on each fixture, under valgrind's callgrind
#                                    (installs Debian's valgrind when it is missing)
#
# Environment: SAILCHECK_BENCH_REPETITIONS (10), SAILCHECK_BENCH_MIN_TIME (0.2 s per repetition),
# SAILCHECK_BENCH_BUILD (build/bench), SAILCHECK_BENCH_CMAKE_ARGS (extra configure arguments, e.g.
# -DCMAKE_CXX_COMPILER_LAUNCHER=ccache). Results: build/bench/results/{run.json,summary.md,
# callgrind/}.
source "$(dirname "$0")/common.sh"

MODE=run
if [ "${1:-}" = "--callgrind" ]; then
  MODE=callgrind
  shift
fi
BUILD=${SAILCHECK_BENCH_BUILD:-$SAILCHECK_ROOT/build/bench}
REPS=${SAILCHECK_BENCH_REPETITIONS:-10}
MIN_TIME=${SAILCHECK_BENCH_MIN_TIME:-0.2}
OUT=$BUILD/results
BIN=$BUILD/bench/sailcheck_bench

sailcheck_install_deps
GEN=()
command -v ninja >/dev/null && [ ! -f "$BUILD/CMakeCache.txt" ] && GEN=(-G Ninja)
cmake -S "$SAILCHECK_ROOT" -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DSAILCHECK_BUILD_TESTS=OFF -DSAILCHECK_BUILD_BENCH=ON ${SAILCHECK_BENCH_CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target sailcheck_bench
[ -x "$BIN" ] || { echo "bench.sh: $BIN was not built (is libbenchmark-dev installed?)" >&2; exit 2; }
mkdir -p "$OUT"

if [ $MODE = run ]; then
  echo "bench.sh: $REPS repetitions of every case, randomly interleaved (load average now:" \
    "$(cut -d' ' -f1-3 /proc/loadavg))" >&2
  status=0
  "$BIN" --benchmark_repetitions="$REPS" --benchmark_enable_random_interleaving=true \
    --benchmark_min_time="$MIN_TIME" --benchmark_display_aggregates_only=true \
    --benchmark_out="$OUT/run.json" --benchmark_out_format=json "$@" >"$OUT/console.txt" || status=$?
  python3 "$SAILCHECK_ROOT/bench/summarize.py" "$OUT/run.json" --markdown-out "$OUT/summary.md" \
    || status=1
  [ $status = 0 ] || echo "bench.sh: a case failed its verification (see above and $OUT/console.txt)" >&2
  exit $status
fi

# --callgrind: two runs per case with a fixed number of iterations; the difference of their
# instruction totals, divided by the difference of iterations, is the cost of one iteration with
# start-up, registration, verification and warm-up cancelled out. Instruction counts do not
# depend on the load of the machine, which wall times on this shared box do.
if ! command -v valgrind >/dev/null; then
  SAILCHECK_PACKAGES=(valgrind)
  sailcheck_install_deps
fi
LOW=${SAILCHECK_CALLGRIND_LOW:-10}
HIGH=${SAILCHECK_CALLGRIND_HIGH:-60}
CG=$OUT/callgrind
mkdir -p "$CG"
TSV=$CG/counts.tsv
: >"$TSV"
total_ir() {  # the "totals:" line of a callgrind output file: events of the whole run
  awk '/^(totals|summary):/ { print $2; exit }' "$1"
}
function_ir() {  # FILE PATTERN: the inclusive count of the first function whose line has PATTERN
  # awk reads to the end: a reader that stops early would kill callgrind_annotate with SIGPIPE.
  callgrind_annotate --inclusive=yes --threshold=100 "$1" 2>/dev/null \
    | awk -v p="$2" '!done && index($0, p) { gsub(",", "", $1); print $1; done = 1 }' || true
}
for fixture in minimal typical large clean invalid-many mix; do
  for stage in check_text check parse/boost-arena; do
    name="$stage/$fixture"
    tag=${name//\//_}
    irs=()
    fns=()
    case $stage in
      check_text) fn='sailcheck::linter::check_text(' ;;
      check) fn='sailcheck::linter::check(boost::json::value const&)' ;;
      *) fn= ;;  # the floor is a lambda of the bench: the totals are its count
    esac
    lo=$LOW hi=$HIGH
    # The mix is 300 documents an iteration: a few iterations are plenty.
    [ "$fixture" = mix ] && lo=1 hi=4
    for n in $lo $hi; do
      f="$CG/$tag.$n.out"
      # --iterations makes Google Benchmark append /iterations:N to the name.
      valgrind --tool=callgrind --callgrind-out-file="$f" "$BIN" \
        --benchmark_filter="^$name(/iterations:[0-9]+)?\$" --iterations="$n" >"$CG/$tag.$n.log" 2>&1 \
        || { echo "bench.sh: $name failed under callgrind (see $CG/$tag.$n.log)" >&2; exit 1; }
      grep -q 'docs=' "$CG/$tag.$n.log" \
        || { echo "bench.sh: $name did not run under callgrind (see $CG/$tag.$n.log)" >&2; exit 1; }
      irs+=("$(total_ir "$f")")
      [ -z "$fn" ] || fns+=("$(function_ir "$f" "$fn")")
    done
    # Documents per iteration: the docs counter of the run's console line.
    docs=$(grep -o 'docs=[0-9.k]*' "$CG/$tag.$hi.log" | head -1 | cut -d= -f2)
    case "$docs" in *k) docs=$(awk -v d="${docs%k}" 'BEGIN { print d * 1000 }') ;; esac
    per_iter=$(( (irs[1] - irs[0]) / (hi - lo) ))
    # Cross-check: the same difference of the function's own inclusive count (the loop around
    # it excluded); empty when the symbol is not found.
    per_fn=
    if [ ${#fns[@]} = 2 ] && [ -n "${fns[0]}" ] && [ -n "${fns[1]}" ]; then
      per_fn=$(( (fns[1] - fns[0]) / (hi - lo) ))
    fi
    printf '%s\t%s\t%s\t%s\n' "$name" "$per_iter" "${docs:-1}" "$per_fn" >>"$TSV"
    # The inclusive profile of the longer run, for reading where the time goes.
    callgrind_annotate --inclusive=yes "$CG/$tag.$hi.out" >"$CG/$tag.annotate.txt" 2>/dev/null || true
  done
done
python3 "$SAILCHECK_ROOT/bench/summarize.py" --callgrind "$TSV" --markdown-out "$CG/summary.md"
echo "profiles: $CG/*.annotate.txt (callgrind_annotate --inclusive=yes of the longer runs)" >&2
