"""Reading race text: sentences with offsets, quoted speech to skip, driver mentions, numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words import WORD_NUMBERS, WORD_ORDINALS, surname

NUM = r"(?:\d{1,3}(?:,\d{3})*|" + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + ")"
ORD = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted((re.escape(w) for w in WORD_ORDINALS), key=len, reverse=True)) \
    + ")"
QUOTE_RE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+", re.S)
APOS = "['\u2019]"


@dataclass(frozen=True)
class Mention:
    driver: str
    start: int
    end: int


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations like "No. 07" and "Jr." do not end a sentence."""
    out = []
    start = 0
    for m in re.finditer(r"[.!?]+[\u201d\"]?(?=\s+[A-Z\u201c\"]|\s*$)", text):
        before = text[max(0, m.start() - 4):m.start()]
        before = text[max(0, m.start() - 6):m.start()]
        if re.search(r"(?:\bNo|\bJr|\bSr|\bSt|\bMr|\bInc|\bCo|\bCorp|\bBros|\bLtd|\bMt|\bvs|\b[A-Z])$", before):
            continue
        out.append((start, m.end()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out if text[s:e].strip()]


class Names:
    """Every form in which the text may name a driver of the race: full name, unique surname, possessive."""

    def __init__(self, drivers: list[str]) -> None:
        self.drivers = list(dict.fromkeys(drivers))
        forms: dict[str, str] = {}
        counts: dict[str, int] = {}
        for d in self.drivers:
            counts[surname(d).lower()] = counts.get(surname(d).lower(), 0) + 1
        for d in self.drivers:
            forms[d.lower()] = d
            sn = surname(d).lower()
            if counts[sn] == 1:
                forms.setdefault(sn, d)
        self.forms = forms
        alts = sorted((re.escape(f) for f in forms), key=len, reverse=True)
        self.regex = re.compile(r"\b(" + "|".join(alts) + r")(?:" + APOS + r"s?)?(?![\w-])", re.I) if alts else None

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text, start, end):
            out.append(Mention(self.forms[m.group(1).lower()], m.start(), m.end()))
        return out

    def resolve(self, token: str) -> str | None:
        t = re.sub(APOS + "s?$", "", token.strip()).lower()
        return self.forms.get(t)
