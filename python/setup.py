"""Builds sailcheck._sailcheck with the repository's CMake (the same library as the binary).

Environment: SAILCHECK_BUILD_DIR is the CMake build folder (default: under setuptools' build
temp); SAILCHECK_CMAKE_ARGS adds CMake arguments (e.g. "-DCMAKE_BUILD_TYPE=Debug");
CMAKE_CXX_COMPILER_LAUNCHER=ccache is honoured by CMake itself; SAILCHECK_BUILD_JOBS sets the
parallelism (default: every CPU).
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(sailcheck VERSION ([0-9.]+)", text)
    if match is None:
        raise RuntimeError("no `project(sailcheck VERSION ...)` in CMakeLists.txt")
    return match.group(1)


class cmake_build_ext(build_ext):
    def build_extension(self, ext: Extension) -> None:
        cmake = shutil.which("cmake")
        if cmake is None:
            raise RuntimeError("building sailcheck needs cmake (apt-get install cmake ninja-build)")
        build_dir = Path(os.environ.get("SAILCHECK_BUILD_DIR") or Path(self.build_temp) / "cmake")
        build_dir = build_dir.resolve()
        args = [
            cmake, "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DSAILCHECK_BUILD_TESTS=OFF", "-DSAILCHECK_BUILD_BENCH=OFF",
            "-DSAILCHECK_BUILD_PYTHON=ON",
            # This interpreter (a venv's python is fine: same headers, same ABI).
            f"-DPython_EXECUTABLE={sys.executable}",
        ]
        try:
            import pybind11

            args.append(f"-Dpybind11_DIR={pybind11.get_cmake_dir()}")
        except ImportError:
            pass  # CMake may still find Debian's pybind11-dev
        if shutil.which("ninja"):
            args += ["-G", "Ninja"]
        args += shlex.split(os.environ.get("SAILCHECK_CMAKE_ARGS", ""))
        subprocess.check_call(args)
        jobs = os.environ.get("SAILCHECK_BUILD_JOBS", str(os.cpu_count() or 1))
        subprocess.check_call([cmake, "--build", str(build_dir), "--target", "sailcheck_python",
                               "-j", jobs])
        built = next((build_dir / "python" / "package" / "sailcheck").glob("_sailcheck*.so"))
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)


setup(
    version=project_version(),
    ext_modules=[Extension("sailcheck._sailcheck", sources=[])],
    cmdclass={"build_ext": cmake_build_ext},
)
