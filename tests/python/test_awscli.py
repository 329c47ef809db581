"""sailcheck.awscli with Debian's real AWS CLI v2: nothing listens at the endpoint, so a payload
that gets past the plugin fails to connect, and one that does not stops with status 252."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

AWS = "/usr/bin/aws"
ENDPOINT = "http://127.0.0.1:9"


def aws_v2():
    if not os.access(AWS, os.X_OK):
        return False
    out = subprocess.run([AWS, "--version"], capture_output=True, text=True)
    return out.stdout.startswith("aws-cli/2.")


pytestmark = pytest.mark.skipif(
    not aws_v2(), reason="Debian's awscli (AWS CLI v2, /usr/bin/aws) is not installed: "
                         "apt-get install awscli to run the plugin tests")

BAD_JSON = """{"distributionName": "my site", "bundleId": "small_1_0",
 "origin": {"name": "web", "regionName": "us-east-1", "protocolPolicy": "https-onlyy"},
 "defaultCacheBehavior": {"behavior": "cache"}}"""
BAD_YAML = """distributionName: my site
bundleId: small_1_0
origin:
  name: web
  regionName: us-east-1
  protocolPolicy: https-onlyy
defaultCacheBehavior:
  behavior: cache
"""
GOOD_JSON = BAD_JSON.replace("my site", "site").replace("https-onlyy", "https-only")
FINDINGS = (
    "sailcheck: error: /origin/protocolPolicy: 'https-onlyy' is not one of 'http-only' or "
    "'https-only'; did you mean 'https-only'? [LS2001 enum-value]\n"
    "sailcheck: error: /distributionName: distributionName 'my site' has a space at position 3; "
    "only ASCII letters, digits, '_' and '-' are allowed: did you mean 'my-site'? "
    "[LS2002 resource-name]\n")


@pytest.fixture
def aws(tmp_path: Path, package_dir: Path):
    config = tmp_path / "config"
    config.write_text(f"[default]\nregion = us-east-1\n\n[plugins]\n"
                      f"cli_legacy_plugin_path = {package_dir}\nsailcheck = sailcheck.awscli\n")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "AWS_CONFIG_FILE": str(config),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_PAGER": "",
    }
    (tmp_path / "bad.json").write_text(BAD_JSON)
    (tmp_path / "bad.yaml").write_text(BAD_YAML)
    (tmp_path / "good.json").write_text(GOOD_JSON)

    def run(*args):
        return subprocess.run([AWS, "lightsail", "create-distribution", *args,
                               "--endpoint-url", ENDPOINT],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    return run


@pytest.mark.parametrize("args", [
    ["--cli-input-json", "file://bad.json"],
    ["--cli-input-yaml", "file://bad.yaml"],
    ["--distribution-name", "my site", "--bundle-id", "small_1_0",
     "--origin", "name=web,regionName=us-east-1,protocolPolicy=https-onlyy",
     "--default-cache-behavior", "behavior=cache"],
], ids=["cli-input-json", "cli-input-yaml", "flags"])
def test_bad_payload_stops_with_252(aws, args):
    out = aws(*args)
    assert (out.returncode, out.stderr, out.stdout) == (252, FINDINGS, "")


def test_flags_override_cli_input_json(aws):
    # The check sees the merged parameters: a flag mends what the file gets wrong.
    out = aws("--cli-input-json", "file://bad.json", "--distribution-name", "site")
    assert out.returncode == 252
    assert out.stderr == FINDINGS.splitlines(keepends=True)[0]


def test_good_payload_gets_past_the_plugin(aws):
    out = aws("--cli-input-json", "file://good.json")
    assert out.returncode == 255
    assert "sailcheck" not in out.stderr
    assert f'Could not connect to the endpoint URL: "{ENDPOINT}/"' in out.stderr
