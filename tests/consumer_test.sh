#!/usr/bin/env bash
# Builds and runs examples/embed the ways an embedding project would, then checks the verdicts:
#   consumer_test.sh MODE SOURCE_DIR WORK_DIR [BUILD_DIR] [-- extra consumer cmake args]
# MODE:
#   find_package     install BUILD_DIR (this build) into WORK_DIR/prefix; build the consumer
#                    with no C++ standard set, then at C++17 (the package raises it to C++20),
#                    then with pkg-config and a bare g++ command line
#   shared           configure sailcheck itself with -DBUILD_SHARED_LIBS=ON, install it, check
#                    that libsailcheck.so exports the public API only, and build the consumer
#                    against it with fmt made unfindable (a shared libsailcheck must not need it)
#   add_subdirectory build the consumer with -DSAILCHECK_SOURCE_DIR (the library builds along)
#   fetch_content    build tests/consumers/fetch_content (FetchContent from SOURCE_DIR)
# The library builds here are unoptimised (no build type): they test packaging, and -O0 halves
# their compile time on a 2-core machine.
set -euo pipefail
mode="$1" src="$2" work="$3"
shift 3
build_dir=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then build_dir="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
extra=("$@")
cmake="${CMAKE_COMMAND:-cmake}"
generator=(-G Ninja)
command -v ninja >/dev/null || generator=()

rm -rf "$work"
mkdir -p "$work"

# The verdicts of examples/embed/main.cpp: shop.json is sendable, needs-work.json is not.
verdicts() {
  local bin="$1" out
  out="$("$bin" "$src/examples/shop.json")" || { echo "$bin refused shop.json: $out" >&2; return 1; }
  grep -qx "ok to send" <<<"$out" || { echo "unexpected output on shop.json: $out" >&2; return 1; }
  if out="$("$bin" "$src/examples/needs-work.json")"; then
    echo "$bin accepted needs-work.json: $out" >&2
    return 1
  fi
  grep -q "^not sending" <<<"$out" || { echo "unexpected output on needs-work.json: $out" >&2; return 1; }
  grep -q "\[LS" <<<"$out" || { echo "no finding listed on needs-work.json: $out" >&2; return 1; }
}

consumer() {  # consumer NAME [cmake args...]
  local name="$1"
  shift
  "$cmake" -S "$src/examples/embed" -B "$work/$name" "${generator[@]}" "$@" "${extra[@]}" >/dev/null
  "$cmake" --build "$work/$name" >/dev/null
  verdicts "$work/$name/preflight"
}

case "$mode" in
  find_package)
    "$cmake" --install "$build_dir" --prefix "$work/prefix" >/dev/null
    consumer default -DCMAKE_PREFIX_PATH="$work/prefix"
    consumer cxx17 -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_STANDARD=17
    grep -rqE -- "-std=(c|gnu)\+\+20" "$work/cxx17" --include=build.ninja --include=flags.make ||
      { echo "the C++17 consumer was not raised to C++20" >&2; exit 1; }
    pc="$(find "$work/prefix" -name sailcheck.pc)"
    [ -n "$pc" ] || { echo "no sailcheck.pc installed" >&2; exit 1; }
    if command -v pkg-config >/dev/null && [ ${#extra[@]} -eq 0 ]; then
      flags="$(PKG_CONFIG_PATH="$(dirname "$pc")" pkg-config --cflags --libs sailcheck)"
      # shellcheck disable=SC2086 # the flags are words
      "${CXX:-c++}" "$src/examples/embed/main.cpp" -o "$work/preflight_pkg_config" $flags
      verdicts "$work/preflight_pkg_config"
    fi
    ;;
  shared)
    "$cmake" -S "$src" -B "$work/lib" "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
      -DBUILD_SHARED_LIBS=ON -DSAILCHECK_BUILD_TESTS=OFF -DSAILCHECK_BUILD_BENCH=OFF \
      -DSAILCHECK_BUILD_CLI=OFF >/dev/null
    "$cmake" --build "$work/lib" --target sailcheck >/dev/null
    "$cmake" --install "$work/lib" --prefix "$work/prefix" >/dev/null
    so="$(find "$work/prefix" -name 'libsailcheck.so.*.*' | head -1)"
    [ -n "$so" ] || { echo "no libsailcheck.so installed" >&2; exit 1; }
    # No symbol of the engine's internals (sailcheck::detail, ::rules, ::cli, anonymous
    # namespaces) is exported, and nothing but sailcheck's API and the instantiations of std::,
    # __gnu_cxx:: and boost:: templates that libstdc++ and Boost declare visible (vague linkage,
    # e.g. std::regex's, used by policies): fmt, being private, must not show either.
    nm -D --defined-only -C "$so" | awk '{ $1 = ""; $2 = ""; sub(/^  /, ""); print }' >"$work/exports"
    own="$(grep 'sailcheck::' "$work/exports" || true)"
    bad="$(grep -E 'sailcheck::(detail|rules|cli)::|sailcheck::\(anonymous|\(anonymous namespace\)' "$work/exports" || true)"
    bad+="$(grep -v -E '(sailcheck|std|__gnu_cxx|boost)::' "$work/exports" | grep -v '^$' || true)"
    if [ -n "$bad" ]; then
      echo "libsailcheck.so exports more than the public API:" >&2
      echo "$bad" | head -20 >&2
      exit 1
    fi
    for want in 'sailcheck::linter::check_text' 'sailcheck::all_rules()' 'sailcheck::apply_fixes' \
                'sailcheck::make_formatter'; do
      grep -qF "$want" <<<"$own" || { echo "libsailcheck.so does not export $want" >&2; exit 1; }
    done
    consumer shared -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_DISABLE_FIND_PACKAGE_fmt=ON
    ldd "$work/shared/preflight" | grep -q "libsailcheck.so" ||
      { echo "the consumer did not link the shared library" >&2; exit 1; }
    ;;
  add_subdirectory)
    consumer add_subdirectory -DSAILCHECK_SOURCE_DIR="$src"
    for internal in sailcheck_cli sailcheck_tests sailcheck_bench sailcheck_docgen; do
      if "$cmake" --build "$work/add_subdirectory" --target help | grep -q "^$internal:"; then
        echo "add_subdirectory(sailcheck) defined its internal target $internal" >&2
        exit 1
      fi
    done
    ;;
  fetch_content)
    "$cmake" -S "$src/tests/consumers/fetch_content" -B "$work/fetch_content" "${generator[@]}" \
      -DSAILCHECK_SOURCE_DIR="$src" "${extra[@]}" >/dev/null
    "$cmake" --build "$work/fetch_content" >/dev/null
    verdicts "$work/fetch_content/preflight"
    ;;
  *)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
echo "consumer $mode: ok"
