"""Claim extraction: patterns over each sentence (quoted speech skipped), anchored to the driver they are about.

A claim's driver is the one named inside the matched words, else the nearest one named before them in the
sentence, else the driver the previous sentence was about ("It was his fourth career win").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..words import parse_number, parse_ordinal
from .model import Claim
from .text import APOS, NUM, ORD, Mention, Names, quoted_spans, sentences

SERIES_WORDS = r"(?:(?:NASCAR )?(?:Craftsman |Camping World |Gander (?:RV & )?(?:Outdoors )?|Sprint |Nextel |Winston |" \
               r"Monster Energy |Xfinity |Busch |Nationwide |O'Reilly (?:Auto Parts )?)?(?:Cup |Truck |Xfinity |" \
               r"Busch |Nationwide )?(?:Series )?)?"
SERIES_NAME = re.compile(r"\b(?:NASCAR )?(?:Busch|Winston|Nextel|Sprint|Nationwide|Xfinity|Craftsman|Camping World)"
                         r"(?: Cup| Truck)? Series\b")
LEVEL = r"(?P<level>win|victory|triumph|top[- ](?:five|5|ten|10))"


@dataclass
class Pattern:
    kind: str
    regex: re.Pattern[str]
    args: Callable[[re.Match[str]], dict[str, Any]]
    anchor: str = "before"   # "before": the driver named before/inside; "none": the claim names no driver


def _p(kind: str, pattern: str, args: Callable[[re.Match[str]], dict[str, Any]] | None = None,
       anchor: str = "before") -> Pattern:
    pattern = pattern.replace("{NUM}", NUM).replace("{ORD}", ORD).replace("{SERIES}", SERIES_WORDS)
    pattern = pattern.replace("{LEVEL}", LEVEL)
    return Pattern(kind, re.compile(pattern, re.I), args or (lambda m: {}), anchor)


def _pos(m: re.Match[str], group: str = "pos") -> int | None:
    return parse_ordinal(m.group(group)) if m.group(group) else None


def _level(text: str) -> str:
    t = text.lower().replace("-", " ")
    if t.startswith("top"):
        return "top five" if t.endswith(("five", "5")) else "top ten"
    return "win"


NOT_FINISH_AFTER = r"(?!\s*(?:career|consecutive|straight|win|victory|triumph|stage|time|season|start|top|in (?:the )?"\
                   r"(?:points|standings)|place in the (?:points|standings)|-?place in the (?:points|standings)|row|"\
                   r"pole|straight|career))"

PATTERNS: list[Pattern] = [
    # -- milestones first: they contain words ("win", "first") that simpler patterns would misread ---------------
    _p("car_first_win", r"\bfirst(?:[- ]ever)? {SERIES}(?:win|victory) (?:ever )?for the (?:No\.|#) ?(?P<car>\w+)",
       lambda m: {"car": m.group("car")}, "none"),
    _p("career_wins", r"\b(?P<ord>{ORD}) career {SERIES}(?:win|victory|triumph)", lambda m: {"n": _pos(m, "ord")}),
    _p("career_wins", r"\b(?P<n>{NUM}) career {SERIES}(?:wins|victories)", lambda m: {"n": parse_number(m["n"])}),
    _p("win_streak", r"\b(?P<ord>{ORD}) (?:consecutive|straight) {SERIES}(?:start|win|victory)",
       lambda m: {"n": _pos(m, "ord")}),
    _p("win_streak", r"\b(?P<n>{NUM}) (?:consecutive|straight) {SERIES}(?:starts|wins|victories)",
       lambda m: {"n": parse_number(m["n"])}),
    _p("win_streak", r"\bback-to-back (?:{SERIES})?(?:wins|victories|starts)", lambda m: {"n": 2}),
    _p("drought", r"\bfirst {SERIES}{LEVEL}(?: finish)? since (?P<year>(?:19|20)\d\d)",
       lambda m: {"level": _level(m["level"]), "year": int(m["year"])}),
    _p("career_first", r"\bfirst career {SERIES}{LEVEL}", lambda m: {"level": _level(m["level"])}),
    _p("career_best", r"\b(?P<tie>tied|tying|equal(?:l)?ed|equal(?:l)?ing|matched|matching)?[^.,;]{0,40}?career[- ]best"
                      r"(?:[^.;]{0,60}?\b(?:on|at) an? (?P<klass>intermediate|short track|superspeedway|road course|"
                      r"one-mile oval|large oval|dirt track))?",
       lambda m: {"tie": bool(m["tie"]), "class": m["klass"]}),
    # -- standings -------------------------------------------------------------------------------------------------
    _p("points_lead", r"\b(?P<gap>{NUM})[- ]point (?:lead|advantage|edge|cushion) over (?P<other>[A-Z][\w.'\u2019 -]+?)"
                      r"(?=\s+(?:in|after|heading|going|with|for)\b|[.,;]|$)",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("points_lead", r"\bleads? (?P<other>[A-Z][\w.'\u2019 -]+?) by (?P<gap>{NUM}) points?",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("points_lead", r"\b(?:leads?|leading|atop) the {SERIES}(?:standings|points|championship)",
       lambda m: {}),
    # -- race result -----------------------------------------------------------------------------------------------
    _p("stage_sweep", r"\b(?:swe(?:pt|eping|eps)|swept) both stages|\bstage sweep"),
    _p("stage_win", r"\bw(?:on|ins|inning) (?:stage (?P<k>1|2|3|one|two|three)|the (?P<kw>first|second|third) stage)",
       lambda m: {"stage": parse_number(m["k"]) if m["k"] else parse_ordinal(m["kw"])}),
    _p("most_laps_led", r"\bled (?:a |the )?(?:race|event)[- ]high (?P<n>{NUM}) laps|\bleading (?:a |the )?race[- ]high "
                        r"(?P<n2>{NUM}) laps", lambda m: {"n": parse_number(m["n"] or m["n2"])}),
    _p("most_laps_led", r"\bled the most laps", lambda m: {}),
    _p("laps_led", r"\b(?:led|leading) (?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?laps", lambda m: {"n": parse_number(m["n"])}),
    _p("pole", r"\bpole[- ]?(?:sitter|winner)", anchor="title"),
    _p("pole", r"\b(?:won|took|claimed|earned|started (?:from |on )?) the pole|\bfrom the pole|\bon the pole"),
    _p("start", r"\bstart(?:ed|ing)? (?:from )?(?:the )?(?P<pos>{ORD})(?: (?:position|spot|place))?\b"
                r"|\bfrom (?:the )?(?P<pos2>{ORD})(?: (?:starting )?(?:position|spot|place)| on the grid)\b"
                r"|\b(?P<pos3>{ORD})[- ]place start",
       lambda m: {"pos": parse_ordinal(m["pos"] or m["pos2"] or m["pos3"])}),
    _p("winner", r"\b(?:won|wins|to win)\b(?! (?:the |a )?(?:pole|stage|stages|both|\d|two|three|four|five|six|seven|"
                 r"eight|nine|ten|consecutive|straight|back|races|starts|titles?|championships?))"
                 r"|\b(?:captured|claimed|took|takes|earned|scored|secured|secures|grabbed) the (?:win|victory|"
                 r"checkered flag)\b|\bto victory\b|\bvictory lane\b"),
    _p("runner_up", r"\brunner-up\b", anchor="title"),
    _p("finish", r"\b(?:finish(?:ed|es|ing)?|was|came home|placed|ran|crossed the line|took|settled for|wound up|"
                 r"ended up)(?: in)?(?: a| an)? (?P<pos>{ORD})(?:[- ]place| place)?\b" + NOT_FINISH_AFTER,
       lambda m: {"pos": _pos(m)}),
    _p("finish", r"\((?P<pos>{ORD})\)", lambda m: {"pos": _pos(m)}),
    _p("finish", r"\b(?P<pos>{ORD})[- ]place finish", lambda m: {"pos": _pos(m)}),
    _p("top_n", r"\b(?:completed|rounded out|round out|complete) the top[- ](?P<n>five|5|ten|10)",
       lambda m: {"n": 5 if m["n"] in ("five", "5") else 10}),
    _p("retirement", r"\b(?:retired|was out|out|exited|fell out|was done|parked|was eliminated|crashed out)\b"
                     r"[^.;]{0,40}?\bafter (?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"])}),
    _p("laps_completed", r"\bcompleted (?:only |just )?(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"])}),
    _p("car", r"(?:\bNo\.|#)\s?(?P<car>\d{1,3}[A-Z]?)\b|\bthe (?P<car2>\d{1,3}) (?:truck|car|machine|entry)\b",
       lambda m: {"car": m["car"] or m["car2"]}),
    _p("margin", r"\bby (?P<sec>\d+\.\d+) seconds?", lambda m: {"seconds": float(m["sec"])}, "none"),
    _p("cautions", r"\b(?P<n>{NUM}) cautions?\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("lead_changes", r"\b(?P<n>{NUM}) lead changes\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("next_race", r"\b(?:continues|next|heads?|moves on|returns)\b[^.]*?\bat (?P<track>(?:[A-Z][\w'\u2019.&-]*\s?)+)",
       lambda m: {"track": m["track"].strip()}, "none"),
]

#: words that make a claim the writer's guess, not a statement: judged "unverifiable" unless the data supports it
HEDGES = re.compile(r"\b(?:reportedly|apparently|appeared to|seem(?:s|ed)? to|may have|might have|could have|"
                    r"likely|probably|perhaps|rumou?red|believed to|expected to|would have|nearly|almost)\b", re.I)
#: a claim in the future tense is about a race not yet run
FUTURE = re.compile(r"\b(?:will|next week|next race|next weekend|upcoming)\b", re.I)

OTHER_RACE = re.compile(r"\b(?:last (?:week|year|season|race|time|fall|spring)|previous(?:ly)?|earlier this (?:season|year)|"
                        r"a year ago|(?<!since )\b(?:19|20)\d\d\b)", re.I)


def extract(text: str, names: Names, teams: list[str], makes: list[str],
            titles: Sequence[str] = (), places: Sequence[str] = ()) -> list[Claim]:
    """Every claim in the text, in order; spans inside quotation marks are the speaker's and are skipped, and so
    are race names (``titles``: "Ford EcoBoost 400" names no make)."""
    source = text
    text = re.sub(r"[\t\r\n]", " ", text)  # one space per character: offsets stay those of the input
    quoted = quoted_spans(text)
    for title in titles:
        quoted += [(m.start(), m.end()) for m in re.finditer(re.escape(title), text)]
    team_re = _alternation(teams)
    place_re = _alternation(list(places))  # "Richmond Raceway" names no Tim Richmond
    make_re = _alternation(makes + ["Chevy"])
    claims: list[Claim] = []
    topic: str | None = None
    for s_start, s_end in sentences(text):
        # a name inside a team name ("Petty Enterprises") is the team's, not a mention of the driver
        team_spans = [(m.start(), m.end()) for m in team_re.finditer(text, s_start, s_end)] if team_re else []
        team_spans += [(m.start(), m.end()) for m in place_re.finditer(text, s_start, s_end)] if place_re else []
        team_spans += [(m.start(), m.end()) for m in SERIES_NAME.finditer(text, s_start, s_end)]  # "Busch Series"
        mentions = [m for m in names.mentions(text, s_start, s_end)
                    if not _inside(m.start, quoted) and not _inside(m.start, team_spans)]
        taken: list[tuple[int, int]] = []
        found: list[Claim] = []
        sentence = text[s_start:s_end]
        for pat in PATTERNS:
            for m in pat.regex.finditer(text, s_start, s_end):
                if _inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                args = pat.args(m)
                if any(v is None for k, v in args.items() if k not in ("class",)):
                    continue
                if "other" in args and names.regex is not None:  # "over J.J. Yeley": the whole known name
                    full = names.regex.match(text, m.start("other"))
                    if full:
                        args["other"] = names.forms[full.group(1).lower()]
                claim = Claim(pat.kind, m.start(), m.end(), source[m.start():m.end()], args)
                if pat.anchor in ("before", "title"):
                    driver = _anchor(mentions, m.start(), m.end(), topic, title=pat.anchor == "title")
                    if driver is None:
                        continue
                    claim.args["driver"] = driver
                found.append(claim)
                if pat.kind in ("car_first_win", "career_wins", "win_streak", "drought", "career_first", "points_lead",
                                "most_laps_led", "stage_sweep", "stage_win", "career_best", "pole", "start",
                                "retirement", "laps_led"):
                    taken.append((m.start(), m.end()))
        for regex, kind in ((team_re, "team"), (make_re, "make")):
            if regex is None:
                continue
            for m in regex.finditer(text, s_start, s_end):
                if _inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                driver = _anchor(mentions, m.start(), m.end(), topic)
                if driver is not None:
                    value = "Chevrolet" if m.group(0).lower() == "chevy" else m.group(0)
                    found.append(Claim(kind, m.start(), m.end(), m.group(0), {kind: value, "driver": driver}))
        other = OTHER_RACE.search(sentence)
        hedged = HEDGES.search(sentence) is not None
        future = FUTURE.search(sentence) is not None
        for c in found:
            c.args["sentence"] = (s_start, s_end)
            c.args["hedged"] = hedged
            if future and c.kind not in ("next_race",):
                c.args["other_race"] = True
            c.args["other_race"] = c.args.get("other_race", False) or (
                bool(other) and c.kind not in ("win_streak", "drought", "career_first", "career_wins",
                                               "car_first_win", "career_best"))
        # list form: "Tyler Ankrum and Daniel Hemric completed the top five" -> every driver named before it
        for c in [c for c in found if c.kind == "top_n"]:
            for men in mentions:
                if men.start < c.start and not any(x.kind == "finish" and x.args.get("driver") == men.driver
                                                   for x in found):
                    found.append(Claim("top_n", men.start, c.end, source[men.start:c.end],
                                       {**c.args, "driver": men.driver}))
            found.remove(c)
        # "X finished third, Y fourth and Z fifth": an ordinal right after a name is that driver's finish
        for men in mentions:
            after = re.match(r"(?:" + APOS + r"s?)?\s+(?P<pos>" + ORD + r")\b" + NOT_FINISH_AFTER,
                             text[men.end:s_end], re.I)
            if after and not any(c.start <= men.end + after.start("pos") < c.end for c in found):
                b = men.end + after.end("pos")
                found.append(Claim("finish", men.start, b, source[men.start:b],
                                   {"pos": parse_ordinal(after["pos"]), "driver": men.driver,
                                    "sentence": (s_start, s_end), "other_race": False}))
        claims.extend(sorted(found, key=lambda c: (c.start, c.end)))
        if mentions:
            topic = mentions[0].driver
    return claims


def _anchor(mentions: list[Mention], start: int, end: int, topic: str | None, title: bool = False) -> str | None:
    if title:  # "runner-up Layne Riggs", "Pole-sitter Corey Heim": the name right after the title
        right = [m for m in mentions if 0 <= m.start - end <= 2]
        if right:
            return right[0].driver
    # a name that opens the matched words is its subject ("Riggs' career-best"); one further in is an object
    # ("a lead over Ty Majeski") and does not count
    inside = [m for m in mentions if m.start == start]
    if inside:
        return inside[0].driver
    before = [m for m in mentions if m.end <= start]
    if before:
        return before[-1].driver
    after = [m for m in mentions if m.start >= end]
    if after and after[0].start - end < 40:
        return after[0].driver
    return topic


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    words = sorted({w for w in words if w and w not in ("-",) and not w.endswith("(Owner)")}, key=len, reverse=True)
    if not words:
        return None
    # the writer folds stray double spaces in names from the source ("DiGard  Motorsports"): match any spacing
    alts = [r"\s+".join(re.escape(part) for part in w.split()) for w in words]
    return re.compile(r"\b(?:" + "|".join(alts) + r")(?![\w])")
