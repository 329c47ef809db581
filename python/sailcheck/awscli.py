"""AWS CLI v2 plugin: checks ``aws lightsail create-distribution`` before anything is sent.

In the AWS config file (``~/.aws/config``, or ``$AWS_CONFIG_FILE``)::

    [plugins]
    cli_legacy_plugin_path = /path/to/site-packages
    sailcheck = sailcheck.awscli

The check sees the final call parameters, from ``--cli-input-json``, ``--cli-input-yaml`` and
plain flags alike. Findings go to stderr in the concise format; when one is an error, the command
stops with the AWS CLI's parameter-validation exit status, 252, and nothing is sent.
"""

from __future__ import annotations

import sys
from typing import Any, Optional

from . import _default_linter

__all__ = ["PARAM_VALIDATION_ERROR_RC", "awscli_initialize"]

#: awscli.constants.PARAM_VALIDATION_ERROR_RC
PARAM_VALIDATION_ERROR_RC = 252
_COMMAND = "calling-command.lightsail.create-distribution"


def awscli_initialize(cli: Any) -> None:
    """Called by the AWS CLI with its event emitter when it loads the plugin."""
    # --cli-input-json and --cli-input-yaml merge their parameters on `calling-command.*`, in
    # the middle of that event's handlers (the more specific `calling-command.lightsail...`
    # event would run before them): registered last on the same event, the check sees them.
    cli.register_last("calling-command.*", check_create_distribution)


def check_create_distribution(
    call_parameters: Any, event_name: str = "", **kwargs: Any
) -> Optional[int]:
    """The handler: None lets the command go on; 252 stops it."""
    if event_name != _COMMAND:
        return None
    found = _default_linter.check(call_parameters)
    for d in found:
        sys.stderr.write(f"sailcheck: {d}\n")
    sys.stderr.flush()
    if any(d.severity == "error" for d in found):
        return PARAM_VALIDATION_ERROR_RC
    return None
