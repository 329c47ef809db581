#!/usr/bin/env bash
# Installs what is missing, then runs every stage; all must pass:
#   1. the normal build (RelWithDebInfo, warnings as errors) and the whole suite;
#   2. scripts/sanitize.sh: the suite under ASan + UBSan, the thread test under TSan;
#   3. scripts/fuzz.sh: each libFuzzer target for SAILCHECK_FUZZ_SECONDS (default 60).
# Each stage prints its duration.
source "$(dirname "$0")/common.sh"
sailcheck_install_deps
start=$SECONDS

suite() {
  sailcheck_build "$SAILCHECK_ROOT/build/test" RelWithDebInfo -DSAILCHECK_WARNINGS_AS_ERRORS=ON
  cd "$SAILCHECK_ROOT/build/test"
  ctest --output-on-failure -j "$(nproc)"
}

sailcheck_stage "build and suite (build/test)" suite
sailcheck_stage "sanitizers (scripts/sanitize.sh)" bash "$SAILCHECK_ROOT/scripts/sanitize.sh"
sailcheck_stage "fuzzing (scripts/fuzz.sh)" bash "$SAILCHECK_ROOT/scripts/fuzz.sh"
echo "=== all stages passed in $((SECONDS - start)) s" >&2
