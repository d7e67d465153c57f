"""Tolerant reading of NASCAR feed files, strict typed access to what is inside.

Tolerant of what real files do (SCHEMAS.md, "File-level quirks"): a UTF-8 byte-order mark, source-URL or
"Source:" lines before the JSON, a "Source:" line after it, several JSON documents back to back, numbers
served as text (with thousands separators), -1 for "no value". Strict on structure: a missing or wrong-typed
field raises ``SourceError(path, json_path, expected, got)``, e.g.
``cup/2020/4973/lap-times.json: laps[0].Laps[2].LapSpeed: expected a number as text, got {}``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ...errors import SourceError

_DECODER = json.JSONDecoder()
_NUMBER = re.compile(r"^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?\s*$")
_INT = re.compile(r"^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)\s*$")
#: trailing lines a copy of a feed may carry after its JSON (cup/2023/5272/live-feed-lap233.json)
_TRAILER = re.compile(r"^\s*(source:\s*)?(https?://\S+)?\s*$", re.IGNORECASE)


def show(value: object) -> str:
    """A short rendering of what came, for error messages: ``{}``, ``"abc"``, ``null``."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_documents(data: bytes | str, path: object) -> list[Any]:
    """Every JSON document in a feed file, skipping a BOM, leading non-JSON lines and a trailing source line."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"byte {exc.start}", "UTF-8 text", show(data[exc.start:exc.start + 4])) from None
    else:
        text = data.lstrip("\ufeff")
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if not starts:
        raise SourceError(path, "", "a JSON object or list", show(text.strip()[:30]) if text.strip() else "an empty file")
    i = min(starts)
    docs: list[Any] = []
    n = len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        if text[i] not in "{[":
            rest = text[i:]
            if all(_TRAILER.match(line) for line in rest.splitlines()):
                break
            raise SourceError(path, f"character {i}", "end of file after the JSON", show(rest[:30]))
        try:
            doc, i = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise SourceError(path, f"line {exc.lineno} column {exc.colno}", "valid JSON",
                              f"{exc.msg} (truncated or malformed file)") from None
        except RecursionError:
            raise SourceError(path, f"character {i}", "valid JSON", "nesting too deep") from None
        docs.append(doc)
    return docs


def read_document(data: bytes | str, path: object) -> Any:
    """The first JSON document of a feed file (see ``read_documents``)."""
    return read_documents(data, path)[0]


_MISSING = object()


class Doc:
    """Typed access to one parsed feed document; every failure names the file and the JSON path."""

    def __init__(self, path: object) -> None:
        self.path = str(path)

    def fail(self, where: str, expected: str, got: object) -> SourceError:
        return SourceError(self.path, where, expected, "nothing (key missing)" if got is _MISSING else show(got))

    # -- containers ---------------------------------------------------------------------------------
    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "an object", value)
        return value

    def list(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "a list", value)
        return value

    def key(self, d: dict[str, Any], key: str, where: str, expected: str = "a value") -> Any:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            raise self.fail(_join(where, key), expected, _MISSING)
        return value

    def list_at(self, d: dict[str, Any], key: str, where: str, *, optional: bool = False) -> list[Any]:
        """A list field; ``optional`` turns a missing key or null into an empty list."""
        value = d.get(key, _MISSING)
        if optional and (value is _MISSING or value is None):
            return []
        if value is _MISSING:
            raise self.fail(_join(where, key), "a list", _MISSING)
        return self.list(value, _join(where, key))

    # -- scalars ------------------------------------------------------------------------------------
    def int(self, d: dict[str, Any], key: str, where: str, *, optional: bool = False,
            sentinel: int | None = None) -> int | None:
        """An integer (also served as text "1,234"); None for null when optional or for ``sentinel``."""
        value = d.get(key, _MISSING)
        at = _join(where, key)
        if value is _MISSING or value is None or (optional and value == ""):  # "" = no value (2014 feeds)
            if optional:
                return None
            raise self.fail(at, "an integer", value)
        out = to_int(value)
        if out is None:
            raise self.fail(at, "an integer", value)
        return None if sentinel is not None and out == sentinel else out

    def num(self, d: dict[str, Any], key: str, where: str, *, optional: bool = False,
            sentinel: float | None = None, expected: str = "a number") -> float | None:
        """A number (also served as text, "163.136" or "1,234.5"); None for null when optional or for ``sentinel``."""
        value = d.get(key, _MISSING)
        at = _join(where, key)
        if value is _MISSING or value is None or (optional and value == ""):
            if optional:
                return None
            raise self.fail(at, expected, value)
        out = to_float(value)
        if out is None:
            raise self.fail(at, expected, value)
        return None if sentinel is not None and out == sentinel else out

    def text(self, d: dict[str, Any], key: str, where: str, *, optional: bool = False,
             strip: bool = False) -> str | None:
        """Text; numbers are accepted and rendered (car numbers stay text: never parsed to int)."""
        value = d.get(key, _MISSING)
        at = _join(where, key)
        if value is _MISSING or value is None:
            if optional:
                return None
            raise self.fail(at, "text", value)
        if isinstance(value, str):
            return value.strip() if strip else value
        raise self.fail(at, "text", value)

    def flag(self, d: dict[str, Any], key: str, where: str, *, optional: bool = False) -> bool | None:
        value = d.get(key, _MISSING)
        if (value is _MISSING or value is None) and optional:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise self.fail(_join(where, key), "true or false", value)


def to_int(value: Any) -> int | None:
    """An int from a JSON number or numeric text ("1,234"); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str) and _INT.match(value):
        return int(value.replace(",", ""))
    return None


def to_float(value: Any) -> float | None:
    """A float from a JSON number or numeric text ("163.136", "1,234.5"); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        f = float(value)
        return f if f == f and f not in (float("inf"), float("-inf")) else None
    if isinstance(value, str) and value.strip() and _NUMBER.match(value):
        return float(value.replace(",", ""))
    return None


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


#: NASCAR's series ids and racewire's series (MANIFEST.md: cup 1, nxs 2, truck 3)
SERIES_BY_ID = {1: "cup", 2: "xfinity", 3: "truck"}
SERIES_ID = {"cup": 1, "xfinity": 2, "truck": 3}
#: the folder name each series has in the feeds layout
SERIES_DIR = {"cup": "cup", "xfinity": "nxs", "truck": "truck"}

#: flag-state codes (SCHEMAS.md "Flag-state codes")
GREEN, YELLOW, RED, WHITE, CHECKERED, PRE_RACE, COLD = 1, 2, 3, 4, 6, 8, 9
FLAG_NAMES = {1: "green", 2: "yellow", 3: "red", 4: "white", 6: "checkered", 8: "pre-race", 9: "session over"}

_MARKERS = re.compile(r"^\*\s*|\s*#\s*$|\s*\((i|P)\)\s*$")


def plain_name(name: str) -> str:
    """A driver's name without the feeds' status markers: "* Jimmie Johnson", "Riley Herbst #", "(i)", "(P)"."""
    prev = None
    name = name.strip()
    while prev != name:
        prev, name = name, _MARKERS.sub("", name).strip()
    return name
