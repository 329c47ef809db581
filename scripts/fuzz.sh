#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang-14 in build/fuzz, with ASan + UBSan and
# assertions, and runs each for SAILCHECK_FUZZ_SECONDS (default 60) on seeds assembled here
# (nothing large is kept in git), with its dictionary. Prints a summary per target; exits
# non-zero when a target crashed, hung, ran out of memory or broke an invariant, naming the
# file that reproduces it:  build/fuzz/<target> FILE  replays one input.
#
#   SAILCHECK_FUZZ_SECONDS  seconds per target (default 60)
#   SAILCHECK_CORPUS_DIR    folder holding jsontestsuite/ (default ../shared/corpus); its
#                           test_parsing/*.json are seeds when it exists
#   SAILCHECK_FUZZ_JOBS     targets run at once (default: 2 when there are 2 cores or more)
source "$(dirname "$0")/common.sh"
sailcheck_install_deps

seconds="${SAILCHECK_FUZZ_SECONDS:-60}"
corpus="${SAILCHECK_CORPUS_DIR:-$SAILCHECK_ROOT/../shared/corpus}"
parallel="${SAILCHECK_FUZZ_JOBS:-$(($(nproc) >= 2 ? 2 : 1))}"
dir="$SAILCHECK_ROOT/build/fuzz"
targets=(check_text_fuzz config_fuzz)

# RelWithDebInfo without -DNDEBUG: optimised enough to fuzz fast, with assertions.
sailcheck_configure "$dir" RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DSAILCHECK_FUZZ=ON \
  -DSAILCHECK_BUILD_TESTS=OFF -DSAILCHECK_BUILD_BENCH=OFF -DSAILCHECK_WARNINGS_AS_ERRORS=ON
cmake --build "$dir" -j "$(nproc)" --target "${targets[@]}"

# Seeds, rebuilt every run. Raw string literals of the tests ({...} between R"( and )") are
# the payloads and configurations the tests were written around.
seeds="$dir/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/check_text_fuzz" "$seeds/config_fuzz"
raw_strings() {  # raw_strings OUT_DIR PREFIX FILE...
  local out="$1" prefix="$2"
  shift 2
  perl -0777 -e '
    my ($out, $prefix) = (shift, shift);
    my $n = 0;
    for my $file (@ARGV) {
      open(my $fh, "<", $file) or die "$file: $!";
      local $/;
      my $text = <$fh>;
      while ($text =~ /R"\((\{.*?)\)"/gs) {
        open(my $o, ">", sprintf("%s/%s-%04d.json", $out, $prefix, $n++)) or die $!;
        print $o $1;
        close $o;
      }
    }' "$out" "$prefix" "$@"
}
copy_numbered() {  # copy_numbered OUT_DIR PREFIX FILE...: copies under unique names
  local out="$1" prefix="$2" n=0 f
  shift 2
  for f in "$@"; do
    [ -f "$f" ] || continue
    cp "$f" "$out/$prefix-$n-$(basename "$f")"
    n=$((n + 1))
  done
}
cd "$SAILCHECK_ROOT"
shopt -s globstar nullglob
copy_numbered "$seeds/check_text_fuzz" example examples/**/*.json
copy_numbered "$seeds/check_text_fuzz" corpus tests/corpus/*.json
copy_numbered "$seeds/check_text_fuzz" regression fuzz/regressions/check_text/*
raw_strings "$seeds/check_text_fuzz" test tests/*_test.cpp tests/rules/*_test.cpp
if [ -d "$corpus/jsontestsuite/test_parsing" ]; then
  copy_numbered "$seeds/check_text_fuzz" jsontestsuite "$corpus"/jsontestsuite/test_parsing/*.json
else
  echo "fuzz: no JSONTestSuite at $corpus/jsontestsuite (SAILCHECK_CORPUS_DIR): not a seed" >&2
fi
copy_numbered "$seeds/config_fuzz" example examples/**/.sailcheck.json
copy_numbered "$seeds/config_fuzz" regression fuzz/regressions/config/*
raw_strings "$seeds/config_fuzz" test tests/config_test.cpp tests/cli_config_test.cpp
shopt -u globstar nullglob

declare -A dict=([check_text_fuzz]=fuzz/create_distribution.dict [config_fuzz]=fuzz/config.dict)

# One target: its own working corpus (kept between local runs), the seeds read-only, its
# artifacts (crash-*, timeout-*, oom-*, leak-*) in build/fuzz/artifacts/<target>/.
run_target() {
  local t="$1"
  mkdir -p "$dir/corpus/$t" "$dir/artifacts/$t"
  "$dir/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -dict="${dict[$t]}" -artifact_prefix="$dir/artifacts/$t/" -print_final_stats=1 \
    "$dir/corpus/$t" "$seeds/$t" >"$dir/$t.log" 2>&1
}

stamp="$dir/.run-start"
touch "$stamp"
declare -A status
if [ "$parallel" -ge 2 ]; then
  declare -A pids
  for t in "${targets[@]}"; do
    run_target "$t" &
    pids[$t]=$!
  done
  for t in "${targets[@]}"; do
    status[$t]=0
    wait "${pids[$t]}" || status[$t]=$?
  done
else
  for t in "${targets[@]}"; do
    status[$t]=0
    run_target "$t" || status[$t]=$?
  done
fi

# The summary: libFuzzer's final statistics and its last coverage line.
failed=0
echo "fuzz summary (${seconds} s per target, logs in build/fuzz/<target>.log):"
for t in "${targets[@]}"; do
  log="$dir/$t.log"
  final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
  last="$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  corp="$(find "$dir/corpus/$t" -type f | wc -l)"
  printf '  %-16s %s executions, %s exec/s, cov %s, ft %s, corpus %s files, peak RSS %s MB, %s new units\n' \
    "$t" "$(final_stat number_of_executed_units)" "$(final_stat average_exec_per_sec)" "${cov:-?}" "${ft:-?}" \
    "$corp" "$(final_stat peak_rss_mb)" "$(final_stat new_units_added)"
  artifacts="$(find "$dir/artifacts/$t" -type f -newer "$stamp")"
  if [ "${status[$t]}" -ne 0 ] || [ -n "$artifacts" ]; then
    failed=1
    echo "  $t FAILED (exit ${status[$t]}); what failed:"
    { grep -E 'ERROR: |invariant failed|SUMMARY: |runtime error' "$log" || true; } | head -n 5 |
      sed 's/^/    /'
    for a in $artifacts; do echo "    reproduce: build/fuzz/fuzz/$t ${a#"$SAILCHECK_ROOT/"}"; done
  fi
done
exit "$failed"
