"""The Python suite runs against the module of a build tree: ctest sets PYTHONPATH to
<build>/python/package; run by hand, it falls back to <repo>/build/python/package."""

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

try:
    import sailcheck  # noqa: F401
except ImportError:
    sys.path.insert(0, str(REPO / "build" / "python" / "package"))


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def package_dir() -> Path:
    import sailcheck

    return Path(sailcheck.__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def binary() -> str:
    path = os.environ.get("SAILCHECK_BINARY", str(REPO / "build" / "sailcheck"))
    if not os.access(path, os.X_OK):
        pytest.skip(f"no sailcheck binary at {path} (set SAILCHECK_BINARY)")
    return path
