"""The README's install: a venv with Debian's packages, pip install --no-build-isolation, offline.

Slow (it compiles the library), so it runs as its own ctest entry, python_pip_install, which sets
SAILCHECK_TEST_PIP_INSTALL=1; otherwise it is skipped."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    os.environ.get("SAILCHECK_TEST_PIP_INSTALL") != "1",
    reason="the pip install test runs from ctest (python_pip_install): SAILCHECK_TEST_PIP_INSTALL=1")


def test_pip_install_into_a_venv(repo: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               SAILCHECK_BUILD_DIR=str(tmp_path / "build"),
               # Unoptimised: the install path is under test, not speed, and -O0 halves the
               # compile on a 2-core CI machine. Users get setup.py's Release.
               SAILCHECK_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=None")
    env.pop("PYTHONPATH", None)
    if shutil.which("ccache") and "CMAKE_CXX_COMPILER_LAUNCHER" not in env:
        env["CMAKE_CXX_COMPILER_LAUNCHER"] = "ccache"
    subprocess.run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", "-q",
                    str(repo / "python")], check=True, env=env, cwd=tmp_path)
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import sailcheck, sailcheck.boto3, sailcheck.awscli, pathlib; "
         "p = pathlib.Path(sailcheck.__file__).parent; "
         "print(p); print(sorted(x.name for x in p.iterdir() if x.suffix != '.pyc' and x.name != '__pycache__')); "
         "print([str(d) for d in sailcheck.check({'bundleId': b'x'})][-1])"],
        check=True, env=env, cwd=tmp_path, capture_output=True, text=True)
    where, listing, last = out.stdout.splitlines()
    files = ast.literal_eval(listing)
    assert where.startswith(str(venv))
    assert "py.typed" in files and "_sailcheck.pyi" in files and "boto3.py" in files
    assert any(f.startswith("_sailcheck.cpython") and f.endswith(".so") for f in files)
    assert last == "error: /bundleId: expected a string, got Python bytes [LS1003 type-mismatch]"
