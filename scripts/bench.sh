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
# SAILCHECK_BENCH_BUILD (build/bench). Results: build/bench/results/{run.json,summary.md,
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
  -DSAILCHECK_BUILD_TESTS=OFF -DSAILCHECK_BUILD_BENCH=ON >/dev/null
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
for fixture in minimal typical large clean invalid-many mix; do
  for stage in check_text check parse/boost-arena; do
    name="$stage/$fixture"
    tag=${name//\//_}
    irs=()
    for n in $LOW $HIGH; do
      f="$CG/$tag.$n.out"
      valgrind --tool=callgrind --callgrind-out-file="$f" "$BIN" --benchmark_filter="^$name\$" \
        --iterations="$n" >"$CG/$tag.$n.log" 2>&1 || { echo "bench.sh: $name failed under callgrind (see $CG/$tag.$n.log)" >&2; exit 1; }
      irs+=("$(total_ir "$f")")
    done
    # Documents per iteration: the docs counter of the run's console line.
    docs=$(grep -o 'docs=[0-9.k]*' "$CG/$tag.$HIGH.log" | head -1 | cut -d= -f2)
    case "$docs" in *k) docs=$(awk -v d="${docs%k}" 'BEGIN { print d * 1000 }') ;; esac
    per_iter=$(( (irs[1] - irs[0]) / (HIGH - LOW) ))
    printf '%s\t%s\t%s\n' "$name" "$per_iter" "${docs:-1}" >>"$TSV"
    # The inclusive profile of the longer run, for reading where the time goes.
    callgrind_annotate --inclusive=yes "$CG/$tag.$HIGH.out" 2>/dev/null | head -60 >"$CG/$tag.annotate.txt" || true
  done
done
python3 "$SAILCHECK_ROOT/bench/summarize.py" --callgrind "$TSV" --markdown-out "$CG/summary.md"
echo "profiles: $CG/*.annotate.txt (callgrind_annotate --inclusive=yes of the $HIGH-iteration runs)" >&2
