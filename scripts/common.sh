# Shared by demo.sh and test.sh: install what is missing (Debian 12, as root or with sudo),
# then configure and build. Idempotent: apt and cmake do nothing when nothing changed.
set -euo pipefail

SAILCHECK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAILCHECK_PACKAGES=(g++ cmake ninja-build pkg-config libboost-json1.81-dev libfmt-dev
                    libgtest-dev libgmock-dev libbenchmark-dev libvalijson-dev
                    pre-commit git
                    # sanitize.sh: g++'s ASan, UBSan and TSan runtimes
                    libasan8 libubsan1 libtsan2
                    # fuzz.sh: clang with libFuzzer, llvm-symbolizer for readable stacks
                    clang-14 libclang-rt-14-dev llvm-14
                    # the Python module (python/) and its tests: Debian's Python 3.11, pybind11,
                    # pytest, boto3/botocore, the AWS CLI v2, and what pip install needs offline
                    python3-dev pybind11-dev python3-pybind11 python3-pytest python3-boto3
                    python3-botocore awscli python3-venv python3-pip python3-setuptools python3-wheel)

sailcheck_install_deps() {
  local missing=()
  for p in "${SAILCHECK_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "sailcheck: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# sailcheck_build BUILD_DIR BUILD_TYPE [extra cmake args...]
sailcheck_build() {
  local dir="$1" type="$2"
  shift 2
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$SAILCHECK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  fi
  cmake --build "$dir" -j "$(nproc)"
}

# sailcheck_configure BUILD_DIR BUILD_TYPE [extra cmake args...]: (re)configures every time, so
# that the arguments given win over an older cache of the same folder.
sailcheck_configure() {
  local dir="$1" type="$2"
  shift 2
  cmake -S "$SAILCHECK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
}

# sailcheck_stage NAME COMMAND...: runs one stage and says how long it took and how it ended.
# COMMAND runs in a subshell with errexit on; the subshell is not the left side of `||` or an
# `if` condition, where bash would ignore errexit inside it.
sailcheck_stage() {
  local name="$1" start=$SECONDS rc
  shift
  echo "=== $name" >&2
  set +e
  (
    set -e
    "$@"
  )
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    echo "=== $name: passed in $((SECONDS - start)) s" >&2
  else
    echo "=== $name: FAILED (exit $rc) after $((SECONDS - start)) s" >&2
  fi
  return "$rc"
}
