"""Reading race text: sentences with offsets, quoted speech to skip, driver mentions, numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..words import surname

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_ORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
#: numbers and ordinals in figures or words (0-99), compact so the many patterns that open with one stay fast (the
#: lookahead on the first letters every form can open with spares the alternation at most word starts);
#: the same words as WORD_NUMBERS and WORD_ORDINALS (tests/check/test_check.py checks it)
NUM = (r"(?=[\dtfsenzoTFSENZO])(?:\d{1,3}(?:,\d{3})*|(?:" + _TENS + r")(?:-(?:" + _UNITS + r"))?|" + _TEENS +
       "|ten|zero|" + _UNITS + ")")
ORD = (r"(?=[\dtfsenTFSEN])(?:\d+(?:st|nd|rd|th)|(?:" + _TENS + r")-(?:" + _UNIT_ORDS + r")|(?:twent|thirt|fort|fift|"
       r"sixt|sevent|eight|ninet)ieth|(?:eleven|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th|twelfth|tenth|"
       + _UNIT_ORDS + ")")
QUOTE_RE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+", re.S)
APOS = "['\u2019]"
#: a run of capitalised words: where the full name of a driver outside the race may be
CAPITALISED = re.compile(r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s(?:(?-i:[A-Z])[\w.'\u2019-]*|de|van|von|da|di|del|la|le))+")


@dataclass(frozen=True)
class Mention:
    """A driver named in the text; ``driver`` is None for a surname two drivers of the race share and the text
    has not yet tied to one of them by full name."""

    driver: str | None
    start: int
    end: int
    full: bool = True
    subject: bool = True  # False for an object ("held off Jeff Gordon") or a possessive aside ("Bowman's teammate")

    def possessive(self, text: str) -> bool:
        """Is the name written as a possessive ("Labonte's", "Jones'")?"""
        return re.search(APOS + r"s?$", text[self.start:self.end]) is not None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech, the speaker's words; not a nickname in quotes ("the eighth victory for "Handsome Harry,"")."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)
            if re.sub(r"^\W+|\W+$", "", m.group(0)).lower() not in _NICKS]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations like "No. 07" and "Jr." do not end a sentence."""
    out = []
    # a blank line always ends a sentence (headings, lists, notes with no full stop)
    # a blank line or a bulleted line always starts a sentence (headings, lists, notes with no full stop)
    cuts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n|\n(?=[ \t]*(?:[*\u2022\u2013-]|\d+\.)\s)", text)] + \
        [len(text)]
    for a, b in zip(cuts, cuts[1:]):
        start = a
        for m in re.finditer(r"[.!?]+[\u201d\"]?(?=\s+[A-Z\u201c\"\d]|\s*$)", text[:b]):
            if m.start() < a:
                continue
            before = text[max(0, m.start() - 6):m.start()]
            if re.search(r"(?:\bNo|\bJr|\bSr|\bSt|\bMr|\bInc|\bCo|\bCorp|\bBros|\bLtd|\bMt|\bvs|\b[A-Z])$", before) and \
                    not (re.search(r"\b[JS]r$", before) and re.match(r"\s+(?:The|He|She|It|His|Her|But|And|After|"
                                                                       r"With|In|On|At|That|This|There)\b", text[m.end():])):
                continue  # "Dale Earnhardt Jr. The No. 25 ...": a suffix that ends the sentence
            out.append((start, m.end()))
            start = m.end()
        if start < b and text[start:b].strip():
            out.append((start, b))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in out
            if text[s:e].strip()]


#: words after a driver's name that make it a team's or a place's: "Wood Brothers", "Langley Field"
TEAM_OR_PLACE_AFTER = re.compile(r"\s+(?-i:Brothers|Bros\.|Racing|Motorsports|Enterprises|Engineering|Inc\.|Field|Speedway|"
                                 r"Raceway|Fairgrounds|Stadium)(?![\w-])")


class Names:
    """Every form in which the text may name a driver of the race: full name, surname, possessive.

    Surnames are matched with their capital ("Hand", not "a hand"). A surname two drivers share ("Busch") stands
    for one of them only once the text has named that one, and no other, in full; otherwise it names nobody we
    can tell."""

    def __init__(self, drivers: list[str], others: frozenset[str] = frozenset(),
                 firsts: frozenset[str] | None = None) -> None:
        self.drivers = list(dict.fromkeys(drivers))
        #: full names (lower case) of drivers of the series who are not in this race: "Fireball Roberts won the
        #: last time out" is about him, not about whoever the sentence before named
        self.others = others
        forms: dict[str, str] = {}
        shared: dict[str, list[str]] = {}
        for d in self.drivers:
            shared.setdefault(surname(d).lower(), []).append(d)
        for d in self.drivers:
            forms[d.lower()] = d
        for sn, ds in shared.items():
            if len(ds) == 1:
                forms.setdefault(sn, ds[0])
        nicknames = {nick: d for nick, d in NICKNAMES.items() if d in self.drivers}
        for nick, d in nicknames.items():
            forms.setdefault(nick.lower(), d)
        self.forms = forms
        #: the first names drivers go by: "Frank Christian's" is not Sara Christian's, nor "M.C. Anderson" John's
        self.firsts = firsts if firsts is not None else first_names(frozenset(self.drivers) | others)
        self.shared = {sn: ds for sn, ds in shared.items() if len(ds) > 1 and sn not in forms}
        self.named: dict[str, set[str]] = {}  # shared surname -> the drivers the text has named in full
        written = {d.lower(): d for d in self.drivers} | {surname(d).lower(): surname(d) for d in self.drivers} | \
            {nick.lower(): nick for nick in nicknames}
        alts = sorted((_cased(written[f]) for f in list(forms) + list(self.shared)), key=len, reverse=True)
        self.regex = re.compile(r"\b(" + "|".join(alts) + r")(?:" + APOS + r"s?)?(?![\w-])") if alts else None

    def reset(self) -> None:
        self.named = {}

    def _shared(self, form: str) -> str | None:
        named = self.named.get(form, set())
        return next(iter(named)) if len(named) == 1 else None

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """The drivers named in text[start:end], in order (call in reading order: a shared surname resolves by
        the full names before it)."""
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text, start, end):
            if TEAM_OR_PLACE_AFTER.match(text, m.end()):
                continue  # "the Wood Brothers' No. 21", "Langley Field": a team's or a place's name, not the driver
            form = m.group(1).lower()
            if self._someone_else(text, start, m.start(), form):
                out.append(Mention(None, m.start(), m.end(), False))
            elif form in self.forms:
                driver = self.forms[form]
                full = form == driver.lower()
                if full and surname(driver).lower() in self.shared:
                    self.named.setdefault(surname(driver).lower(), set()).add(driver)
                out.append(Mention(driver, m.start(), m.end(), full))
            elif re.search(r"\b(?:elder|younger|older|senior|junior)\s+$", text[max(start, m.start() - 10):m.start()], re.I):
                out.append(Mention(None, m.start(), m.end(), False))  # "the elder Nemechek": which one, we cannot tell
            else:
                out.append(Mention(self._shared(form), m.start(), m.end(), False))
        out = sorted(out + self._kin(text, out, end), key=lambda x: x.start)
        if self.others:
            # a full name outside the race wins over a surname inside it ("Ross Chastain" is not Chad Chastain)
            outsiders = self._outsiders(text, start, end, [k for k in out if k.full])
            out = [k for k in out if not any(o.start < k.end and k.start < o.end for o in outsiders)]
            out = sorted(out + outsiders, key=lambda x: x.start)
        return out

    def _someone_else(self, text: str, start: int, at: int, form: str) -> bool:
        """Is the surname at ``at`` under another first name or initials ("Frank Christian", "M.C. Anderson")?"""
        if " " in form:
            return False
        first = re.search(r"(?:^|\s)((?-i:[A-Z])[a-z]+|(?:(?-i:[A-Z])\.\s?)+)\s$", text[max(start, at - 16):at])
        if first is None:
            return False
        word = first.group(1).strip().lower()
        if "." not in word and word not in self.firsts:
            return False
        drivers = [d.lower() for d in self.drivers if surname(d).lower() == form and " " in d]
        if any(f" {word} {form}" in f" {d}" for d in drivers):
            return False  # "Van Gisbergen": a particle of the driver's own name
        mine = {d.split()[0] for d in drivers}
        return bool(mine) and word not in mine and word.replace(" ", "") not in mine

    def _kin(self, text: str, found: list[Mention], end: int) -> list[Mention]:
        """"Petty's son, Kyle, finished 14th": the first name after a kin of a named driver is the driver of the
        race with that first name and the same surname."""
        out = []
        for k in found:
            m = KIN_NAMED.match(text, k.end, end) if k.possessive(text) else None
            if m is None:
                continue  # (the surname as written: "Petty's" when two Pettys ran)
            want = f"{m['first']} {re.sub(APOS + 's?$', '', text[k.start:k.end]).split()[-1]}".lower()
            kin = [d for d in self.drivers if d.lower() == want or re.sub(r",?\s+(?:Jr\.|Sr\.|II|III)$", "", d).lower()
                   == want]
            if len(kin) == 1 and kin[0] != k.driver:
                out.append(Mention(kin[0], m.start("first"), m.end("first"), True))
        return out

    def _outsiders(self, text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
        """Full names of drivers who are not in this race, as mentions of nobody the race can judge."""
        found: list[Mention] = []
        for m in CAPITALISED.finditer(text, start, end):
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(0))]
            i = 0
            while i < len(words) - 1:
                for j in range(len(words), i + 1, -1):
                    a, b = m.start() + words[i][0], m.start() + words[j - 1][1]
                    name = re.sub(APOS + "s?$", "", text[a:b]).lower()
                    if name in self.others and not any(k.start < b and a < k.end for k in known):
                        found.append(Mention(None, a, b, True))
                        i = j - 1
                        break
                i += 1
        return found
    def resolve(self, token: str) -> str | None:
        t = re.sub(APOS + "s?$", "", token.strip()).lower()
        return self.forms.get(t) or self._shared(t)


@lru_cache(maxsize=8)
def first_names(names: frozenset[str]) -> frozenset[str]:
    """The first names (lower case) of a set of full names; made once per history, not once per check."""
    return frozenset(n.split()[0].lower() for n in names if " " in n)


#: a kin of a named driver, then his first name: "Petty's son, Kyle,"
KIN_NAMED = re.compile(r"\s+(?:(?:older|younger|little|big|kid|eldest|youngest)\s+)?(?:son|brother|father|dad|nephew|"
                       r"cousin|uncle|grandson),\s+(?P<first>(?-i:[A-Z])[a-z]+),")
#: what reporters call some drivers instead of their names (used only when that driver ran the race)
NICKNAMES = {"The King": "Richard Petty", "The Intimidator": "Dale Earnhardt", "Jaws": "Darrell Waltrip",
             "Awesome Bill": "Bill Elliott", "Million Dollar Bill": "Bill Elliott", "The Silver Fox": "David Pearson",
             "Silver Fox": "David Pearson", "Handsome Harry": "Harry Gant", "Wonder Boy": "Jeff Gordon",
             "The Iceman": "Terry Labonte", "Dale Jr.": "Dale Earnhardt Jr.", "Little E": "Dale Earnhardt Jr.",
             "Fast Freddie": "Fred Lorenzen", "Fearless Freddie": "Fred Lorenzen",
             "Fireball": "Fireball Roberts"}
#: the nicknames in lower case: one in quotation marks is a name, not speech (quoted_spans)
_NICKS = frozenset(n.lower() for n in NICKNAMES)


def _cased(name: str) -> str:
    """A name as a pattern: exact capitals, but a lower-case particle may open a sentence ("Van Gisbergen")."""
    head = re.escape(name[0])
    if name[0].islower():
        head = f"[{name[0]}{name[0].upper()}]"
    return head + re.escape(name[1:])


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` within one of the (start, end) spans?"""
    return any(a <= pos < b for a, b in spans)
