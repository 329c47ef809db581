"""`python3 -m sailcheck` against the binary: same output, same exit codes."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("args, status", [
    (["examples/shop.json"], 0),
    (["examples/needs-work.json"], 1),
    (["--format", "json", "examples/needs-work.json", "examples/broken.json"], 1),
    (["--select", "LS3", "--format", "sarif", "examples/needs-work.json"], 1),
    (["examples/missing.json"], 2),
    (["--format", "nope", "examples/shop.json"], 2),
    (["--explain", "LS2001"], 0),
])
def test_same_as_the_binary(repo, binary, args, status):
    env = dict(os.environ, NO_COLOR="1")
    expected = subprocess.run([binary, *args], cwd=repo, capture_output=True, env=env)
    got = subprocess.run([sys.executable, "-m", "sailcheck", *args], cwd=repo,
                         capture_output=True, env=env)
    assert (got.returncode, got.stdout, got.stderr) == (
        expected.returncode, expected.stdout, expected.stderr)
    assert got.returncode == status


def test_stdin(repo, binary):
    text = (repo / "examples" / "needs-work.json").read_bytes()
    expected = subprocess.run([binary, "-", "--stdin-filename", "p.json"], input=text,
                              capture_output=True)
    got = subprocess.run([sys.executable, "-m", "sailcheck", "-", "--stdin-filename", "p.json"],
                         input=text, capture_output=True)
    assert (got.returncode, got.stdout) == (expected.returncode, expected.stdout)
    assert got.returncode == 1
