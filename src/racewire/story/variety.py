"""Deterministic choice among phrasings, so a season of recaps does not read like one form."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pick(seed: str, key: str, options: Sequence[T]) -> T:
    """The same race and message always get the same phrasing; different races spread over all of them."""
    digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]
