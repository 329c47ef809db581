"""sailcheck: pre-flight checks for Amazon Lightsail CreateDistribution payloads.

    import sailcheck
    for d in sailcheck.check(payload):      # a dict (what boto3 receives), or JSON text
        print(d)                            # error: /origin/protocolPolicy: ... [LS2001 enum-value]

The checks are sailcheck's C++ engine; this package only converts Python values for it.
``sailcheck.boto3.install(session)`` checks every ``create_distribution`` call before botocore
sends it, and ``sailcheck.awscli`` is a plugin for ``aws lightsail create-distribution``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._sailcheck import Diagnostic, Linter, RelatedLocation, Rule, __version__, rules

if TYPE_CHECKING:
    from .boto3 import PayloadError

__all__ = [
    "Diagnostic",
    "Linter",
    "PayloadError",
    "PayloadWarning",
    "RelatedLocation",
    "Rule",
    "__version__",
    "check",
    "rules",
]


class PayloadWarning(UserWarning):
    """Findings below the ``fail_on`` level of ``sailcheck.boto3.install``: one warning per call,
    its message a line per finding, the findings themselves in ``diagnostics``."""

    def __init__(self, message: str, diagnostics: "list[Diagnostic] | None" = None) -> None:
        super().__init__(message)
        self.diagnostics: "list[Diagnostic]" = list(diagnostics or [])


# Every rule at its default severity; immutable, so one instance serves every thread.
_default_linter = Linter()

#: ``check(payload)``: the findings of every rule at its default severity, sorted as the C++
#: report is. ``payload`` is a dict (checked as the JSON value it maps to, without positions) or
#: JSON text as ``str`` or ``bytes`` (then ``line`` and ``column`` are filled in).
check = _default_linter.check


def __getattr__(name: str) -> Any:
    # PayloadError subclasses botocore's ParamValidationError: botocore is imported only when
    # it is asked for, so that `import sailcheck` works without it.
    if name == "PayloadError":
        from .boto3 import PayloadError

        return PayloadError
    raise AttributeError(f"module 'sailcheck' has no attribute {name!r}")
