"""The optional quotes file: who said what, woven into a recap verbatim and attributed.

Format (YAML or JSON; a list, or a mapping with a ``quotes`` list)::

    - speaker: Kyle Larson
      text: That was pretty unbelievable.
      context: after the race        # optional
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import SourceError


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    context: str | None
    path: str
    line: int
    index: int


def read(path: str | Path) -> list[Quote]:
    """Parse a quotes file; SourceError names the file, the line and the field on any defect."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SourceError(p, "", "a readable quotes file", exc.strerror) from None
    except UnicodeDecodeError:
        raise SourceError(p, "", "UTF-8 text", "undecodable bytes") from None
    return parse(text, str(p))


def parse(text: str, path: str = "<quotes>") -> list[Quote]:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{path}:{mark.line + 1}" if mark else path
        raise SourceError(line, "", "YAML or JSON", getattr(exc, "problem", None) or "unparsable text") from None
    if root is None:
        return []
    if isinstance(root, yaml.MappingNode):
        items = {k.value: v for k, v in root.value}
        if "quotes" not in items:
            raise SourceError(f"{path}:{root.start_mark.line + 1}", 'field "quotes"', "a list of quotes", "none")
        root = items["quotes"]
    if not isinstance(root, yaml.SequenceNode):
        raise SourceError(f"{path}:{root.start_mark.line + 1}", "", "a list of quotes", type(root).__name__)
    out = []
    for i, node in enumerate(root.value):
        line = node.start_mark.line + 1
        where = f"{path}:{line}"
        if not isinstance(node, yaml.MappingNode):
            raise SourceError(where, f"quote {i + 1}", "a mapping with speaker and text", "a plain value")
        fields = {k.value: v for k, v in node.value}
        values: dict[str, str | None] = {}
        for name, required in (("speaker", True), ("text", True), ("context", False)):
            v = fields.get(name)
            if v is None:
                if required:
                    raise SourceError(where, f'field "{name}"', "a value (the field is required)", "none")
                values[name] = None
                continue
            if not isinstance(v, yaml.ScalarNode) or not str(v.value).strip():
                raise SourceError(f"{path}:{v.start_mark.line + 1}", f'field "{name}"', "non-empty text",
                                  "empty" if isinstance(v, yaml.ScalarNode) else "a list or mapping")
            values[name] = str(v.value).strip()
        out.append(Quote(str(values["speaker"]), str(values["text"]), values["context"], path, line, i + 1))
    return out
