"""The one exception hierarchy of racewire.

    RacewireError          exit 1, HTTP 500  base of everything raised on purpose
    ├── InputError         exit 2, HTTP 400  the user asked for something malformed
    │   └── NotFound       exit 2, HTTP 404  unknown series/season/round/driver, with closest choices
    ├── SourceError        exit 1, HTTP 422  a file or feed is malformed (path, location, expected, got)
    └── StoreError         exit 1, HTTP 503  database missing, locked, wrong schema version
        └── SyncError      exit 1, HTTP 503  a refresh failed; the previous data is untouched

Policy: messages are one line and point at the problem (file, place, what was expected, what came).
A fact that cannot be computed is left out, never guessed; ``RACEWIRE_STRICT=1`` turns such a skip into
a raise, and the test-suite runs with it on.
"""

from __future__ import annotations

from collections.abc import Iterable


class RacewireError(Exception):
    """Base of every error racewire raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(RacewireError):
    """The user asked for something malformed (bad option, bad text, bad file name)."""

    exit_code = 2
    http_status = 400


class NotFound(InputError):
    """Something named by the user does not exist; the message lists the closest valid choices."""

    http_status = 404

    def __init__(self, what: str, name: object, choices: Iterable[str] = (), hint: str = "") -> None:
        self.what = what
        self.name = name
        self.choices = list(choices)
        msg = f"unknown {what} {name!r}"
        if hint:
            msg += f" {hint}"
        if self.choices:
            msg += f" (did you mean: {', '.join(self.choices)}?)"
        super().__init__(msg)


class SourceError(RacewireError):
    """A source file or feed is malformed: names the file, the place in it, what was expected and what came."""

    http_status = 422

    def __init__(self, path: object, where: str, expected: str, got: object = None) -> None:
        self.path, self.where, self.expected, self.got = str(path), where, expected, got
        msg = f"{self.path}: {where}: expected {expected}" if where else f"{self.path}: expected {expected}"
        if got is not None:
            msg += f", got {got}"
        super().__init__(msg)


class StoreError(RacewireError):
    """The database is missing, locked or of the wrong schema version."""

    http_status = 503


class SyncError(StoreError):
    """A refresh of the history failed; the previous data is still in place and usable."""


__all__ = ["RacewireError", "InputError", "NotFound", "SourceError", "StoreError", "SyncError"]
