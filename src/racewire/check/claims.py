"""Claim extraction: patterns over each sentence (quoted speech skipped), anchored to the driver they are about.

A claim's driver is the one named inside the matched words, else the nearest one named before them in the
sentence, else the driver the previous sentence was about ("It was his fourth career win").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..words import parse_number, parse_ordinal
from .model import Claim
from .text import APOS, NUM, ORD, Mention, Names, quoted_spans, sentences

SERIES_WORDS = r"(?:(?:NASCAR )?(?:Craftsman |Camping World |Gander (?:RV & )?(?:Outdoors )?|Sprint |Nextel |Winston |" \
               r"Monster Energy |Xfinity |Busch |Nationwide |O'Reilly (?:Auto Parts )?)?(?:Cup |Truck |Xfinity |" \
               r"Busch |Nationwide |Grand National )?(?:Series )?)?"
#: a series named in words ("Sprint Cup Series ", "Cup ", "Truck Series "): never empty, unlike SERIES_WORDS
SERIES_NAMED = r"(?:NASCAR )?(?:(?:Craftsman|Camping World|Gander (?:RV & )?(?:Outdoors )?|Sprint|Nextel|Winston|" \
               r"Monster Energy|Xfinity|Busch|Nationwide|Grand National|O'Reilly(?: Auto Parts)?) )?(?:(?:Cup|Truck|" \
               r"Xfinity|Busch|Nationwide|Grand National) (?:Series )?|Series )"
SERIES_NAME = re.compile(r"\b(?:NASCAR )?(?:Busch|Winston|Nextel|Sprint|Nationwide|Xfinity|Craftsman|Camping World)"
                         r"(?: Cup| Truck)? Series\b")
LEVEL = r"(?P<level>win|victory|triumph|top[- ](?:five|5|ten|10))"


@dataclass
class Pattern:
    kind: str
    regex: re.Pattern[str]
    args: Callable[[re.Match[str]], dict[str, Any]]
    anchor: str = "before"   # "before": the driver named before/inside; "none": the claim names no driver
    veto: Callable[[re.Match[str]], bool] | None = None  # True: the words match but say something else


def _p(kind: str, pattern: str, args: Callable[[re.Match[str]], dict[str, Any]] | None = None,
       anchor: str = "before", veto: Callable[[re.Match[str]], bool] | None = None) -> Pattern:
    pattern = pattern.replace("{NUM}", NUM).replace("{ORD}", ORD).replace("{SERIES}", SERIES_WORDS)
    pattern = pattern.replace("{LEVEL}", LEVEL)
    return Pattern(kind, re.compile(pattern, re.I), args or (lambda m: {}), anchor, veto)


def _no_win_before(m: re.Match[str]) -> bool:
    """For words that leave the noun out ("his fifth victory of the season and the 39th of his career", "his
    third career win and his first since 2017"): only a claim about wins when a win was just named (or is named
    in the words themselves)."""
    return re.search(r"\b(?:win|wins|won|winning|victory|victories|triumph)\b",
                     m.string[max(0, m.start() - 90):m.end()], re.I) is None


def _not_a_race_won(m: re.Match[str]) -> bool:
    """"won the pole", "won stage 1", "won the title", "won everything else": not a claim to have won the race."""
    rest = re.split(r"[.,;:!?\u2014]", m.string[m.end():m.end() + 60])[0]
    if re.match(r"\s*$", rest):
        return False
    # what was won: the words up to the first preposition ("the Auto Club 400 from the pole": the race)
    thing = re.split(r"\s(?:from|at|in|on|by|with|for|after|over|under|to|and|when|while|as|before|despite)\s", rest,
                     maxsplit=1)[0]
    if re.search(r"\b(?:pole|poles|stage|stages|segment|segments|title|titles|championships?|crown|award|rookie|"
                 r"lottery|toss|battle|duel|fight|fans?|respect|everything|nothing|twice|bonus|money|points?|races|"
                 r"starts|straight|consecutive|back-to-back)\b", thing, re.I):
        return True
    return re.match(r"\s+(?:the\b|this\b|a\b|at\b|on\b|in\b|for\b|here\b|there\b|it\b|by\b|with\b|from\b|"
                    r"after\b|under\b|his\b|her\b|its\b|last\b|earlier\b|again\b|easily\b|comfortably\b|"
                    r"handily\b|going away\b|convincingly\b|(?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day|"
                    r"[A-Z\u201c\"])", rest) is None


MAKE_WORDS = r"(?:Chevrolet|Chevy|Ford|Toyota|Dodge|Pontiac|Buick|Oldsmobile|Plymouth|Mercury|Hudson|Chrysler|Nash|" \
             r"Studebaker|Lincoln|Cadillac|Packard|Kaiser|Hornet|AMC|Ram|Nissan|Mazda)s?"


def _not_a_driver_won(m: re.Match[str]) -> bool:
    """"four wins this season" (a count), "even if Chevy won" (a make), "Earnhardt had this one won" (what
    nearly happened): no driver is said to have won this race."""
    before = m.string[max(0, m.start() - 40):m.start()]
    if m.group(0).lower() == "wins" and re.search(r"\b(?:" + NUM + r"|his|her|their|its|the|of|has|have|had|no|more|"
                                                  r"most|many|few|several|career|season|consecutive|straight|\d+)\s+$",
                                                  before, re.I):
        return True
    if m.group(0).lower() in ("won", "wins") and \
            re.search(r"\b" + MAKE_WORDS + r"\s+$|\b(?:Racing|Motorsports|team|camp|organi[sz]ation)\s+$", before):
        return True
    if re.search(r"(?:\bnever|\bnot|n't|\byet to|\bwithout|\bfailed to|\bunable to)\s+(?:(?:even|ever|yet|been able "
                 r"to|quite|really)\s+)?$", before, re.I):  # "who has never won at Talladega"
        return True
    return m.group(0).lower() == "won" and re.search(r"\bhad (?:it|this one|that one|the race|this race|it all|"
                                                     r"the thing|this thing)\s+$", before, re.I) is not None


#: "at Indianapolis" right after a claim: the place the claim happened
AT_PLACE = re.compile(r"\s+at (?P<place>(?-i:[A-Z])[\w'\u2019.&-]*(?: (?-i:[A-Z])[\w'\u2019.&-]*)*)")

#: a track's name: capitalised words (case-sensitive inside the case-blind patterns)
TRACK = r"(?-i:[A-Z])[\w'\u2019.&-]*(?: (?-i:[A-Z])[\w'\u2019.&-]*)*"
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
CLASS = (r"(?P<klass>intermediate(?: track)?|short track|superspeedway|road course|(?:one-|1-)?mile (?:oval|track)|"
         r"large oval|dirt track)")


def _klass(m: re.Match[str]) -> str | None:
    k = m.groupdict().get("klass")
    if not k:
        return None
    k = k.lower()
    if "mile" in k:
        return "one-mile oval"
    return "intermediate" if k.startswith("intermediate") else k


def _best_elsewhere(m: re.Match[str]) -> bool:
    """"matching his best finish of the season", "his best finish at Dover": not a career best."""
    return re.match(r"\s+(?:of the (?:season|year)|this (?:season|year)|since|at|in|here|there)\b",
                    m.string[m.end():]) is not None


def _no_win_near(m: re.Match[str]) -> bool:
    """"Elliott made it two in a row Sunday, winning the Budweiser 500": a win named anywhere in the sentence."""
    a = max(m.string.rfind(".", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1
    b = m.string.find(".", m.end())
    return re.search(r"\b(?:win|wins|won|winning|victory|victories|triumph)\b",
                     m.string[a:b if b >= 0 else len(m.string)], re.I) is None


def _streak_elsewhere(m: re.Match[str]) -> bool:
    """"his second in a row at Bristol", "two in a row on the pole": a streak at one track or of something else."""
    return re.match(r"\s+(?:at|on(?! (?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day)|here|there|in (?:this|that) race|"
                    r"in (?:the )?(?:pole|stage|qualifying))\b",
                    m.string[m.end():]) is not None


def _paired_ordinal(m: re.Match[str]) -> bool:
    """"Elliott and Waltrip dropped to 27th and 28th": two drivers, two places; handled as a pair, not here."""
    return re.match(r",?\s+and\s+" + ORD + r"\b|,\s+" + ORD + r"(?:,|\s+and\b)", m.string[m.end():], re.I) is not None


def _pos(m: re.Match[str], group: str = "pos") -> int | None:
    return parse_ordinal(m.group(group)) if m.group(group) else None


def _level(text: str) -> str:
    t = text.lower().replace("-", " ")
    if t.startswith("top"):
        return "top five" if t.endswith(("five", "5")) else "top ten"
    return "win"


#: after a place, words that make it something other than the finish: a count, the standings, a stage, or a
#: running position at some moment of the race ("was second when the caution flew", "ran fifth most of the day")
NOT_FINISH_AFTER = r"(?!\s*(?:career|consecutive|straight|win|victory|triumph|stage|time|season|start|top|in (?:the )?"\
                   r"(?:points|standings|(?:\w+ )?(?:stage|segment|practice|qualifying|heat|duel)|running order|field|" \
                   r"line)|-?place in the (?:points|standings)|row|pole|straight|career|" \
                   r"for (?:much|most|the (?:bulk|majority|first|second|early|middle))|most of|much of|early|late in|" \
                   r"when|while|before|until|at the (?:time|halfway|break|end of)|with (?:\d+|" + NUM + r") " \
                   r"(?:laps )?(?:to go|left|remaining)|on (?:lap|the (?:final |last |ensuing |next )?restart)|" \
                   r"entering|coming (?:to|out)|heading into|under (?:the )?caution|-?(?:fastest|quickest)|" \
                   r"on the (?:speed chart|leaderboard)|" \
                   r",? (?:\d+|" + NUM + r") points? (?:back|behind|out|ahead|clear|adrift)|" \
                   r"to (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,3} in the (?:first|second|third|" \
                   r"opening|final|next|last)\b))"

PATTERNS: list[Pattern] = [
    # -- milestones first: they contain words ("win", "first") that simpler patterns would misread ---------------
    _p("car_first_win", r"\bfirst(?:[- ]ever)? {SERIES}(?:win|victory) (?:ever )?for the (?:No\.|#) ?(?P<car>\w+)",
       lambda m: {"car": m.group("car")}, "none"),
    _p("career_wins", r"\b(?P<ord>{ORD}) career {SERIES}(?:win|victory|triumph)", lambda m: {"n": _pos(m, "ord")}),
    _p("career_wins", r"\b(?P<n>{NUM}) career {SERIES}(?:wins|victories)", lambda m: {"n": parse_number(m["n"])}),
    _p("career_wins", r"\b(?:the |and )?(?P<ord>{ORD}) (?:{SERIES}(?:win|victory|triumph) )?of (?:his|her|(?P<who>[A-Z][\w.\-]*(?: [A-Z]"
                      r"[\w.\-]*){0,2})" + APOS + r"s?) (?:{SERIES})?career\b",
       lambda m: {"n": _pos(m, "ord")}, veto=_no_win_before),
    _p("career_wins", r"\b(?:his|her|(?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS + r"s?) "
                      r"(?P<ord>{ORD}) "
                      r"(?:(?:" + SERIES_NAMED + r")(?:win|victory|triumph)|in the (?:NASCAR )?(?:(?-i:[A-Z])[\w']* ){0,2}(?:Cup|Truck|"
                      r"Xfinity|Busch|Nationwide|Grand National)(?: Series)?\b(?!\s*(?:points|standings)))",
       lambda m: {"n": _pos(m, "ord")},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:at|of|this|in|on|since|with|for|driving|as)\b",
                                                    m.string[m.end():]) is not None),
    _p("win_streak", r"\b(?P<ord>{ORD}) (?:consecutive|straight) {SERIES}(?:start|win|victory)",
       lambda m: {"n": _pos(m, "ord")}),
    _p("win_streak", r"\b(?P<n>{NUM}) (?:consecutive|straight) {SERIES}(?:starts|wins|victories|races)",
       lambda m: {"n": parse_number(m["n"])}),
    _p("win_streak", r"\bback-to-back (?:{SERIES})?(?:wins|victories|starts)", lambda m: {"n": 2}),
    _p("win_streak", r"\b(?:made it|makes it|making it) (?P<n>{NUM}) (?:in a row|straight)\b",
       lambda m: {"n": parse_number(m["n"])}, veto=lambda m: _streak_elsewhere(m) or _no_win_near(m)),
    _p("win_streak", r"\b(?:his|her) (?P<ord>{ORD}) (?:{SERIES}(?:win|victory) )?in a row\b",
       lambda m: {"n": _pos(m, "ord")}, veto=lambda m: _streak_elsewhere(m) or _no_win_before(m)),
    _p("drought", r"\bfirst {SERIES}{LEVEL}(?: finish)?(?: in (?:the|this) series)? since (?:" + MONTHS + r" )?(?P<year>(?:19|20)\d\d)",
       lambda m: {"level": _level(m["level"]), "year": int(m["year"])}),
    _p("drought", r"\b(?:his|her) first (?:(?:win|victory|triumph) )?(?:in (?:this|the) series |in the "
                  r"(?:(?-i:[A-Z])\w* ){0,2}(?:Cup|Truck|Xfinity|Busch|Nationwide)(?: Series)? )?since (?:"
                  + MONTHS + r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"])},
       veto=_no_win_before),
    _p("career_first", r"\bfirst career {SERIES}{LEVEL}", lambda m: {"level": _level(m["level"])}),
    _p("career_first", r"\bthe first {SERIES}(?:win|victory|triumph) of (?:his|her) career\b",
       lambda m: {"level": "win"}),
    _p("career_first", r"\b(?:his|her) first (?P<level>top[- ](?:five|5|ten|10))(?: finish)?(?: in (?:the )?"
                       r"(?:NASCAR )?(?:(?-i:[A-Z])[\w']* ){0,2}(?:Cup|Truck|Xfinity|Busch|Nationwide)(?: Series)?)?\b",
       lambda m: {"level": _level(m["level"])},
       veto=lambda m: re.match(r"\s+(?:of|this|since|at|in|on|with|for)\b|,? since\b", m.string[m.end():]) is not None),
    _p("track_wins", r"\b(?:his|her) first (?:career )?{SERIES}(?:win|victory|triumph) at (?P<track>" + TRACK + ")",
       lambda m: {"n": 1, "track": m["track"]}),
    _p("season_wins", r"\b(?:his|her|(?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS + r"s?) (?:(?:series|season|Cup|circuit)[- ](?:best|high|leading) )?(?P<ord>{ORD}) "
                      r"(?:{SERIES}(?:win|victory|triumph) )?(?:of the (?:(?:19|20)\d\d )?(?:season|year)|of (?P<year>(?:19|20)\d\d)|"
                      r"this (?:season|year))\b",
       lambda m: {"n": _pos(m, "ord")},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:for|with|at|in)\b", m.string[m.end():]) is not None),
    _p("career_best", r"\b(?P<tie>tied|tying|equal(?:l)?ed|equal(?:l)?ing|matched|matching)\b[^.,;]{0,40}?career[- ]best"
                      r"(?:[^.;]{0,60}?\b(?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": True, "class": _klass(m)}),
    _p("career_best", r"\bcareer[- ]best(?:[^.;]{0,60}?\b(?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": False, "class": _klass(m)}),
    _p("career_best", r"\b(?P<tie>tied|tying|equal(?:l)?ed|equal(?:l)?ing|matched|matching) (?:his|her) (?:career[- ])?best "
                      r"{SERIES}(?:finish|result|run)?(?:(?: yet)? (?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": True, "class": _klass(m)}, veto=lambda m: _best_elsewhere(m)),
    _p("career_best", r"\b(?:his|her) best {SERIES}(?:finish|result|run|showing)(?: yet)? (?:on|at) an? " + CLASS,
       lambda m: {"tie": False, "class": _klass(m), "new_or_tie": True}),
    _p("career_best", r"\bthe best {SERIES}(?:finish|result|run) of (?:his|her) career\b",
       lambda m: {"tie": False, "class": None, "new_or_tie": True}),
    # -- standings -------------------------------------------------------------------------------------------------
    _p("points_lead", r"\b(?P<gap>{NUM})[- ]point (?:lead|advantage|edge|cushion) over (?P<other>[A-Z][\w.'\u2019 -]+?)"
                      r"(?=\s+(?:in|after|heading|going|with|for)\b|[.,;]|$)",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("points_lead", r"\bleads? the {SERIES}(?:standings|points|championship) by (?P<gap>{NUM}) points?"
                      r"(?: over (?P<other>[A-Z][\w.'\u2019 -]+?)(?=\s+(?:in|after|heading|going|with|for|who)\b|[.,;]|$))?",
       lambda m: {"gap": parse_number(m["gap"]), **({"other": m["other"]} if m["other"] else {})}),
    _p("points_lead", r"\bleads? (?P<other>[A-Z][\w.'\u2019 -]+?) by (?P<gap>{NUM}) points?",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("points_lead", r"\blead (?:in the (?:standings|points|championship) )?to (?P<gap>{NUM}) points? over "
                      r"(?P<other>[A-Z][\w.'\u2019 -]+?)(?=\s+(?:in|after|heading|going|with|for)\b|[.,;]|$)",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("standing", r"\b(?:is|was|sits|sat|remains|remained|stays|stayed|(?:moved|moves|climbed|climbs|jumped|jumps|rose|"
                   r"rises|dropped|drops|fell|falls|slipped|slips)(?: him| her)?(?: up| back)? to|left \w+|leaves \w+|now) "
                   r"(?P<pos>{ORD}) in (?:the )?{SERIES}(?:points|standings)"
                   r"(?:,? (?P<gap>{NUM}) (?:points? )?(?:behind|back)(?: (?:of )?(?P<other>[A-Z][\w.'\u2019-]+"
                   r"(?: [A-Z][\w.'\u2019-]+){0,2}))?)?",
       lambda m: {"pos": _pos(m), **({"gap": parse_number(m["gap"])} if m["gap"] else {}),
                  **({"other": m["other"]} if m["other"] else {})}),
    _p("standing", r"\b(?P<gap>{NUM}) points? (?:behind|back of) (?P<other>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2})"
                   r"(?= in the (?:standings|points)| for the (?:points|series|championship) lead)",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("points_lead", r"\b(?P<gap>{NUM}) points? (?:ahead of|clear of|in front of) (?P<other>[A-Z][\w.'\u2019 -]+?)"
                      r"(?=\s+(?:in|after|heading|going|with|for)\b|[.,;]|$)",
       lambda m: {"gap": parse_number(m["gap"]), "other": m["other"]}),
    _p("standing", r"\b(?:dropped|drops|fell|falls|slipped|slips|moved|moves|climbed|climbs|rose|rises|jumped|jumps)"
                   r"(?: up| back| down)? to (?P<pos>{ORD}),? (?P<gap>{NUM}) points? (?:back|behind)\b",
       lambda m: {"pos": _pos(m), "gap": parse_number(m["gap"])}),
    _p("standing", r"\b(?:is|sits|remains|stays) (?P<pos>{ORD}), (?P<gap>{NUM}) (?:points? )?(?:back|behind)\b",
       lambda m: {"pos": _pos(m), "gap": parse_number(m["gap"])}),
    _p("points_lead", r"\b(?:kept|keeps|holds?|held|retained|retains|extended|extends|took over|takes over|take over|"
                      r"taking over|assumed|assumes|moved into|moves into|grabbed|regained|took back|takes back|take back|"
                      r"reclaimed|reclaims) (?:the|his|her) (?:{SERIES}(?:points|championship|standings)|series) lead\b"),
    _p("points_lead", r"\b(?:leads?|leading|atop) the {SERIES}(?:standings|points|championship)",
       lambda m: {}),
    # -- race result -----------------------------------------------------------------------------------------------
    _p("stage_sweep", r"\b(?:swe(?:pt|eping|eps)|swept) both stages|\bstage sweep"),
    _p("stage_win", r"\b(?:w(?:on|ins|inning)|took|takes|captured|claimed) (?:stage (?P<k>1|2|3|one|two|three)\b|"
                    r"the (?P<kw>first|second|third|opening) stage)",
       lambda m: {"stage": parse_number(m["k"]) if m["k"] else 1 if m["kw"].lower() == "opening"
                  else parse_ordinal(m["kw"])}),
    _p("most_laps_led", r"\bled (?:a |the )?(?:race|event)[- ]high (?P<n>{NUM}) (?:of (?:the )?{NUM} )?laps"
                        r"|\bleading (?:a |the )?race[- ]high "
                        r"(?P<n2>{NUM}) (?:of (?:the )?{NUM} )?laps", lambda m: {"n": parse_number(m["n"] or m["n2"])}),
    _p("most_laps_led", r"\bled the most laps", lambda m: {}),
    _p("laps_led", r"\b(?:led|leading) (?:only |just )?(?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?laps",
       lambda m: {"n": parse_number(m["n"])},
       # "led 50 laps in Stage 2", "led 20 laps early": part of the race, not his total
       veto=lambda m: re.match(r"\s+(?:in (?:the )?(?:stage|segment|first|second|third|final|opening|last|closing|"
                               r"early|middle)|during|under caution|at (?:the )?(?:start|"
                               r"end))\b", m.string[m.end():], re.I) is not None),
    _p("pole", r"\bpole[- ]?(?:sitter|winner)", anchor="title"),
    _p("pole", r"\b(?:won|took|claimed|earned|started (?:from |on )?) the pole|\bfrom the pole|\bon the pole"),
    _p("start", r"\bstart(?:ed|ing)? (?:from )?(?:the )?(?P<pos>{ORD})(?: (?:position|spot|place))?\b"
                r"|\bfrom (?:the )?(?P<pos2>{ORD})(?: (?:starting )?(?:position|spot|place)| on the grid)\b"
                r"|\b(?P<pos3>{ORD})[- ]place start"
                r"|\bcame from (?:the )?(?P<pos4>{ORD})(?: (?:starting )?(?:position|spot|place))?(?: on the grid)?"
                r"(?! (?:in|place in) (?:the )?(?:points|standings))\b",
       lambda m: {"pos": parse_ordinal(m["pos"] or m["pos2"] or m["pos3"] or m["pos4"])}),
    # where a driver qualified is not always where he started (a backup car goes to the rear): never contradicted
    _p("start", r"\bqualified (?P<pos>{ORD})\b(?! in (?:points|the standings))", lambda m: {"pos": _pos(m), "soft": True}),
    _p("start", r"\b(?P<q>qualified )?(?:from |on |started )?(?:on )?the outside (?:pole|of the front row)\b",
       lambda m: {"pos": 2, **({"soft": True} if m["q"] else {})}),
    _p("winner", r"\b(?:won|wins|to win|winning)\b"
                 r"|\b(?:captured|claimed|took|takes|taking|earned|scored|secured|secures|grabbed) the (?:win|victory|"
                 r"checkered flag)\b|\bto victory\b|\bvictory lane\b",
       veto=lambda m: (m.group(0).lower() in ("won", "wins", "to win", "winning") and _not_a_race_won(m))
       or _not_a_driver_won(m)),
    # "His other win this season came at Darlington": a win in another race, which the words name
    _p("winner", r"\b(?:other|previous|earlier) {SERIES}(?:win|victory|triumph) (?:this (?:season|year) )?"
                 r"(?:came|was) (?:at|in)\b",
       veto=lambda m: re.search(r"this (?:season|year)|\b(?:19|20)\d\d\b",
                                m.group(0) + re.split(r"[.;!?]", m.string[m.end():m.end() + 80])[0]) is None),
    _p("runner_up", r"\brunner-up\b", anchor="title"),
    _p("finish", r"\b(?:finish(?:ed|es|ing)?|was|came home|came in|placed|grabbed|snagged|nabbed|salvaged|notched|"
                 r"relegated (?:him|her)(?: back)? to|(?:drove|raced|stormed|roared|climbed|battled|fought|powered|"
                 r"motored|steered|sped|worked his way|worked her way) to|ran|crossed the line|took|settled for|settle for|"
                 r"wound up|ended up|ended|faded to|fading to|slipped to|slipping to|dropped to|fell to|rallied to|"
                 r"was scored|scored|was classified|classified|held on for|hung on for|holds on for|hangs on for|"
                 r"(?:was )?credited with|struggled to|charged to|recovered to|rebounded to|left (?:him|her)|posted|"
                 r"coast(?:ed|ing) home|cruis(?:ed|ing) home|limped home|brought (?:it|his \w+|her \w+|the [\w.' ]{1,40}) home)"
                 r"(?: (?:a|" + NUM + r") laps? (?:down|behind))?(?: in)?(?: a| an)?(?: (?:distant|solid|strong|quiet|respectable|disappointing|career[- ]best|"
                 r"season[- ]best|lonely|hard-earned|hard-fought|comfortable|surprising|surprise))? (?P<pos>{ORD})"
                 r"(?:[- ]place| place)?\b"
                 + NOT_FINISH_AFTER,
       lambda m: {"pos": _pos(m)},
       veto=lambda m: _paired_ordinal(m) or re.search(r"\bbest\b[^.,;]{0,40}$", m.string[max(0, m.start() - 50):
                                                                                     m.start()]) is not None),
    _p("finish", r"(?:(?<=on the grid )|(?<=starting spot )|(?<=starting position ))to (?P<pos>{ORD})\b"
                 + NOT_FINISH_AFTER, lambda m: {"pos": _pos(m)}),
    _p("finish", r"\((?P<pos>{ORD})\)", lambda m: {"pos": _pos(m)}),
    _p("finish", r"\b(?P<pos>{ORD})[- ]place (?:finish|run|showing|result|effort)", lambda m: {"pos": _pos(m)}),
    _p("top_n", r"\b(?:completed|rounded out|round out|complete) the top[- ](?P<n>five|5|ten|10)",
       lambda m: {"n": 5 if m["n"] in ("five", "5") else 10}),
    _p("retirement", r"\b(?:retired|was out|out|exited|fell out|was done|parked|was eliminated|crashed out)\b"
                     r"[^.;]{0,40}?\bafter (?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\blasted (?:only |just )?(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\b(?:los(?:t|ing|es) (?:an|his|her|its|the) engine|crash(?:ed|ing|es) out|wreck(?:ed|ing) out)"
                     r"\b[^.;]{0,30}?\bafter (?:only |just )?(?P<n>{NUM})(?: laps\b|(?=\s*(?:[.;,]|$)))",
       lambda m: {"n": parse_number(m["n"]), **({"weak": "crash"} if "engine" not in m.group(0).lower() else {})}),
    # an engine that "let go", a crash: out of the race, unless the data shows the car running at the end
    _p("retirement", r"\b(?P<how>let go|failed|quit|expired|blew(?: up)?|gave out|broke|soured|died|detonated|crashed|"
                     r"wrecked)\b[^.;]{0,30}?\bafter (?P<n>{NUM})(?: laps\b|(?=\s*(?:[.;,]|$)))",
       lambda m: {"n": parse_number(m["n"]),
                  "weak": "crash" if m["how"].lower() in ("crashed", "wrecked", "broke", "soured") else "failure"}),
    _p("retirement", r"\b(?:night|day|afternoon|evening|race|run|outing) (?:ended|was over|came to an end)\b"
                     r"(?P<how>[^.;]{0,40}?)\bafter (?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"]),
                  **({"weak": "crash"} if re.search(r"crash|wreck|accident|spin|contact|wall", m["how"], re.I) else {})}),
    _p("retirement", r"\b(?:in|by) (?:a|an|the|another) (?:[\w-]+ )?(?:crash|wreck|accident|pileup)\b[^.;,]{0,20}?"
                     r"\bafter (?:only |just )?"
                     r"(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"]), "weak": "crash"}),
    _p("laps_completed", r"\b(?:completed|was credited with|credited with) (?:only |just |all )?(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    _p("car", r"(?:\bNo\.|#)\s?(?P<car>\d{1,3}[A-Z]?)\b|\bthe (?P<car2>\d{1,3}) (?:truck|car|machine|entry)\b",
       lambda m: {"car": m["car"] or m["car2"]}),
    _p("margin", r"\bby (?P<sec>\d+\.\d+) seconds?", lambda m: {"seconds": float(m["sec"])}, "none"),
    _p("cautions", r"\b(?P<n>{NUM}) cautions?\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("lead_changes", r"\b(?P<n>{NUM}) lead changes\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("next_race", r"\b(?:continues|next|heads?|moves on|returns|opens|begins|resumes)\b[^.]*?\bat (?P<track>" + TRACK + ")",
       lambda m: {"track": m["track"].strip()}, "none"),
    _p("next_race", r"\b(?:Up next|Next up|Next stop|Next on the schedule)\b[^.]*?\b(?:to|at|is) (?P<track>"
                    + TRACK + ")",
       lambda m: {"track": m["track"].strip()}, "none"),
    _p("next_race", r"\b(?:series|tour|circuit|trucks|drivers) (?:heads|moves(?: on)?|travels|goes|returns|race)"
                    r"(?: (?:west|east|north|south|back|home|next))? (?:to|at) "
                    r"(?P<track>" + TRACK + ")"
                    r"(?=[^.]*\bnext\b)", lambda m: {"track": m["track"].strip()}, "none"),
    # "The Busch Series heads to Gateway": the present tense of a series on the move is its next race
    _p("next_race", r"\b(?:series|tour|circuit|trucks) (?:heads|moves on|travels)(?: (?:west|east|north|south))? to "
                    r"(?P<track>" + TRACK + ")(?![^.]*\b(?:in " + MONTHS + r"|later|after|for the (?:first|second) "
                    r"time))", lambda m: {"track": m["track"].strip()}, "none"),
]

#: words that make a claim the writer's guess, not a statement: judged "unverifiable" unless the data supports it
HEDGES = re.compile(r"\b(?:reportedly|apparently|appeared to|appears to|seem(?:s|ed)? to|may have|might have|"
                    r"could have|likely|probably|perhaps|rumou?red|believed to|expected to|would have|nearly|almost|"
                    r"would|could|it appeared|appeared|seemed|looked like|thought (?:he|she) had|"
                    r"seeking|chasing|going for|looking for|bid for|bidding for|shot at|quest for|in search of|"
                    r"hunting for|eyeing|trying for|aiming for|attempting|would-be|"
                    r"unofficially)\b",
                    re.I)
#: a claim in the future tense is about a race not yet run
FUTURE = re.compile(r"\b(?:will|next week|next race|next weekend|upcoming)\b", re.I)

OTHER_RACE = re.compile(r"\b(?:last (?:week|weekend|year|season|race|time|fall|spring|summer|month)|previous(?:ly)?|"
                        r"earlier this (?:season|year|month)|a (?:week|year|month) (?:ago|earlier|before)|"
                        r"the (?:week|year|race) before|(?:entered|entering|came into|coming into|going into|went into|"
                        r"heading into|headed into) (?:the|this|Sunday's|Saturday's|Friday's) (?:race|event|weekend)|"
                        r"before the race|defending (?:race )?(?:winner|champion)|(?:other|previous|earlier) "
                        r"(?:win|victory|triumph)|(?<!since )\b(?:19|20)\d\d\b|"
                        r"\b(?:in|last|back in|this past|earlier in) " + MONTHS + r"\b|season[- ]open(?:er|ing)|"
                        r"\b(?:spring|fall|summer|autumn|opening) (?:race|event|meeting|visit|stop)|last time out|"
                        r"\b(?:a|one|two|three|four|\d+|several|a few) (?:weeks?|days?|months?|races?) (?:after|later)|"
                        r"\bhad (?:already |just |previously |twice |also )?(?:won|swept|claimed|captured))", re.I)
#: "since 2016", "since May 2006": the year of a drought, not a race the sentence is about
SINCE_BEFORE = re.compile(r"\bsince (?:(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December) )?$", re.I)
#: a relative clause or aside set off by commas ("Gordon, a four-time winner at Indianapolis, finished second"):
#: what it says about another race stays inside it, and what the sentence says about another race stays outside
ASIDE = re.compile(r",\s+(?-i:who|whose|which|where|a|an|the|last|defending|reigning|former|[a-z]+-time)\b(?!\.)[^,;]*"
                   r"(?=,|;|$|\.)", re.I)
#: "Toyota drivers", "the Hendrick cars": a group, not the make or team of the driver named nearby
GROUP_AFTER = re.compile(r"\s+(?:drivers|teams|teammates|cars|trucks|entries|camp|contingent|organi[sz]ations?|"
                         r"(?:took|had|swept|claimed|placed|filled|occupied|put)\b|(?:" + NUM + r"|all|both) of\b|"
                         r"(?:its|their) (?:" + ORD + r"|first)\b)", re.I)
#: a name after these words is the object of the sentence ("held off Jeff Gordon"), not who the claim is about
OBJECT_BEFORE_TEAMMATE = re.compile(r"\b(?:over|past|passing|passed|beat|beating|off|ahead of|behind|with|against|"
                                    r"than|from|into)\s+(?:(?:his|her|the|fellow)\s+)?(?:[A-Z][\w&.'\u2019-]*\s+){0,3}"
                                    r"(?:teammates?|rookie|veteran|champion|pole-sitter|leader)\s+$")
OBJECT_BEFORE = re.compile(r"\b(?:over|past|passing|passed|pass|passes|beat|beating|beats|off|ahead of|behind|with|"
                           r"against|than|from|to|into|collecting|collected|hitting|hit|tagged|tagging|spun|spinning|"
                           r"wrecked|wrecking|wreck|and teammate|like|including|by)\s+$", re.I)
#: "Bowman's Hendrick teammate", "Labonte's brother": a possessive aside about someone else
KIN_AFTER = re.compile(r"\s+(?:(?:other|former|new|longtime|fellow|younger|older|late)\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                       r"(?:teammates?|brother|son|father|dad|nephew|uncle|cousin|crew chief|"
                       r"spotter|boss|owner|car owner|team owner|former|successor|replacement|wife|protege)\b")


def extract(text: str, names: Names, teams: list[str], makes: list[str],
            titles: Sequence[str] = (), places: Sequence[str] = (), season: int | None = None,
            crews: dict[str, list[str]] | None = None) -> list[Claim]:
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
    shorts = _team_shorts(teams)
    short_re = _alternation(list(shorts))
    short_make_re = re.compile(r"(?:" + APOS + r"s?)?\s+(?:" + "|".join(re.escape(w) for w in makes + ["Chevy"])
                               + r")\b") if makes else None
    claims: list[Claim] = []
    topic: str | None = None
    topic_firm = True
    names.reset()
    for s_start, s_end in sentences(text):
        # a name inside a team name ("Petty Enterprises") is the team's, not a mention of the driver
        team_spans = [(m.start(), m.end()) for m in team_re.finditer(text, s_start, s_end)] if team_re else []
        team_spans += [(m.start(), m.end()) for m in place_re.finditer(text, s_start, s_end)] if place_re else []
        team_spans += [(m.start(), m.end()) for m in SERIES_NAME.finditer(text, s_start, s_end)]  # "Busch Series"
        if short_re is not None and short_make_re is not None:  # "the Wood Brothers Ford", "Hendrick Chevrolet"
            team_spans += [(m.start(), m.end()) for m in short_re.finditer(text, s_start, s_end)
                           if short_make_re.match(text, m.end())]
        mentions = [_role(m, text, s_start) for m in names.mentions(text, s_start, s_end)
                    if not _inside(m.start, quoted) and not _inside(m.start, team_spans)]
        mentions = sorted(mentions + _team_drivers(text, s_start, s_end, team_re, short_re, shorts, crews or {}),
                          key=lambda x: x.start)
        asides = [(s_start + a.start(), s_start + a.end()) for a in ASIDE.finditer(text[s_start:s_end])]
        mentions = _objects([replace(x, subject=False) if _inside(x.start, asides) else x for x in mentions], text)
        lead_in = text[s_start:mentions[0].start if mentions else s_end]
        pronoun = re.match(r"\s*(?:He|She|His|Her|The (?:No\.|#) ?\w+|The winner)\b", lead_in) is not None
        taken: list[tuple[int, int]] = []
        found: list[Claim] = []
        for pat in PATTERNS:
            for m in pat.regex.finditer(text, s_start, s_end):
                if _inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                if pat.veto is not None and pat.veto(m):
                    continue
                args = pat.args(m)
                if any(v is None for k, v in args.items() if k not in ("class",)):
                    continue
                if "other" in args and names.regex is not None:  # "over J.J. Yeley": the whole known name
                    full = names.regex.match(text, m.start("other"))
                    if full:
                        args["other"] = names.resolve(full.group(1)) or args["other"]
                claim = Claim(pat.kind, m.start(), m.end(), source[m.start():m.end()], args)
                at = AT_PLACE.match(text, m.end())
                if at and pat.kind in ("finish", "runner_up", "top_n", "start", "pole", "laps_led", "most_laps_led",
                                       "winner", "retirement", "laps_completed", "stage_win", "stage_sweep"):
                    claim.args["at"] = at["place"]  # "a 14th-place run at Indianapolis": maybe another race
                if pat.anchor in ("before", "title"):
                    who = m.groupdict().get("who")
                    if who:  # "the 35th win of Gordon's career": the name the words hold
                        driver = next((x.driver for x in mentions if x.start == m.start("who")), None)
                    else:
                        driver = _anchor(mentions, m.start(), m.end(), topic, text, title=pat.anchor == "title",
                                         pronoun=pronoun)
                    if driver is None:
                        continue
                    claim.args["driver"] = driver
                if re.match(r"(?:other|previous|earlier) ", claim.text, re.I):
                    claim.args["other_race"] = True
                found.append(claim)
                if pat.kind in ("car_first_win", "career_wins", "win_streak", "drought", "career_first", "points_lead",
                                "most_laps_led", "stage_sweep", "stage_win", "career_best", "pole", "start",
                                "retirement", "laps_led", "next_race", "standing"):
                    taken.append((m.start(), m.end()))
        for regex, kind in ((team_re, "team"), (make_re, "make")):
            if regex is None:
                continue
            for m in regex.finditer(text, s_start, s_end):
                if _inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                if GROUP_AFTER.match(text, m.end()):  # "Toyota drivers took three of the top five"
                    continue
                driver = _anchor(mentions, m.start(), m.end(), topic, text, pronoun=pronoun)
                # with no name in the sentence, only "he"/"his" ties a team or make to the driver before
                # ("the 170th win for Joe Gibbs Racing" is the team's)
                if driver is not None and not mentions and \
                        not re.search(r"\b(?:he|his|she|her|him)\b", text[s_start:m.start()], re.I):
                    driver = None
                if driver is not None:
                    value = "Chevrolet" if m.group(0).lower() == "chevy" else m.group(0)
                    found.append(Claim(kind, m.start(), m.end(), m.group(0), {kind: value, "driver": driver}))
        if short_re is not None and short_make_re is not None:
            for m in short_re.finditer(text, s_start, s_end):
                if _inside(m.start(), quoted) or not short_make_re.match(text, m.end()) or \
                        any(c.kind == "team" and c.start <= m.start() < c.end for c in found):
                    continue
                driver = _anchor(mentions, m.start(), m.end(), topic, text, pronoun=pronoun)
                if driver is not None and (mentions or re.search(r"\b(?:he|his|she|her|him)\b",
                                                                 text[s_start:m.start()], re.I)):
                    found.append(Claim("team", m.start(), m.end(), source[m.start():m.end()],
                                       {"team": shorts[m.group(0)], "short": m.group(0), "driver": driver}))
        _pairs(found, mentions, text, source, s_start, s_end)
        _followed_by(found, mentions, text, source, s_end)
        for m in re.finditer(r"\b" + ORD + r",? (?P<n>" + NUM + r") laps? (?:down|behind)\b", text[s_start:s_end], re.I):
            fin = [c for c in found if c.kind == "finish" and c.end <= s_start + m.start() + len(m.group(0))
                   and c.end >= s_start + m.start()]
            if fin and parse_number(m["n"]) is not None:
                a, b = s_start + m.start("n"), s_start + m.end()
                found.append(Claim("laps_completed", a, b, source[a:b],
                                   {"down": parse_number(m["n"]), "driver": fin[0].args["driver"]}))
        sentence = text[s_start:s_end]
        elsewhere = _other_race_spans(sentence, s_start, season)
        hedge = HEDGES.search(sentence)
        future = FUTURE.search(sentence) is not None
        gaps = {c.args.get("driver") for c in found if c.kind in ("points_lead", "standing") and "gap" in c.args}
        found = [c for c in found if not (c.kind == "points_lead" and "gap" not in c.args
                                          and c.args.get("driver") in gaps)]
        named = {x.driver for x in mentions}
        epithet = not any(x.subject for x in mentions) and EPITHET.match(sentence) is not None
        for c in found:
            c.args["sentence"] = (s_start, s_end)
            # a hedge before the claim's end ("appeared to have the race won"); "led 35 laps and looked like the
            # man to beat" is not hedged
            c.args["hedged"] = hedge is not None and s_start + hedge.start() < c.end
            if c.args.get("driver") is not None and c.args["driver"] not in named and (
                    not topic_firm or epithet or PRONOUN.search(text, s_start, c.end) is None):
                # the driver of the sentence before, with no "he" or "his" to say so ("DW started 34th", "It was
                # also the Texan's first top 10"): may be someone else, so never contradicted
                c.args["unsure"] = True
            if future and c.kind not in ("next_race",):
                c.args["other_race"] = True
            c.args["other_race"] = c.args.get("other_race", False) or (
                _inside(c.start, elsewhere) and c.kind not in ("win_streak", "drought", "career_first", "career_wins",
                                                               "car_first_win", "career_best"))
            scope = next(((a, b) for a, b in elsewhere if a <= c.start < b), None)
            if scope is not None:
                c.args["scope"] = scope  # the words that name the other race
        # list form: "Tyler Ankrum and Daniel Hemric completed the top five" -> every driver named before it
        for c in [c for c in found if c.kind == "top_n"]:
            for men in mentions:
                if men.start < c.start and men.driver is not None and men.subject and \
                        not any(x.kind == "finish" and x.args.get("driver") == men.driver for x in found):
                    found.append(Claim("top_n", men.start, c.end, source[men.start:c.end],
                                       {**c.args, "driver": men.driver}))
            found.remove(c)
        # "X finished third, Y fourth and Z fifth" (or "Carl Edwards, 14th, kept ..."): an ordinal right after a
        # name is that driver's finish
        standings = re.search(r"\b(?:standings|in points|points (?:lead|ahead|behind|back))\b", text[s_start:s_end], re.I)
        for men in mentions:
            if standings and s_start + standings.start() < men.start:  # "... leads the standings, with Custer third"
                continue
            # not after a possessive: "Hamlin's 14th" is his 14th win, not his place
            after = re.match(r"(?:\s+|,\s+(?=" + ORD + r",))(?P<pos>" + ORD + r")\b"
                             + NOT_FINISH_AFTER, text[men.end:s_end], re.I)
            if after and men.driver is not None and not re.search(APOS + r"s?$", text[men.start:men.end]) and \
                    not any(c.start <= men.end + after.start("pos") < c.end for c in found):
                b = men.end + after.end("pos")
                found.append(Claim("finish", men.start, b, source[men.start:b],
                                   {"pos": parse_ordinal(after["pos"]), "driver": men.driver,
                                    "sentence": (s_start, s_end),
                                    "hedged": hedge is not None and hedge.start() + s_start < b,
                                    "other_race": _inside(men.start, elsewhere)}))
        claims.extend(sorted(found, key=lambda c: (c.start, c.end)))
        subjects = [m for m in mentions if m.subject]
        if subjects:
            topic, topic_firm = subjects[0].driver, True
        elif epithet:  # "The Penske Racing South driver ...": "he" in the next sentence may be him
            topic_firm = False
    return claims


def _role(m: Mention, text: str, s_start: int) -> Mention:
    """Mark a mention that is not what the sentence is about: the object of a verb or preposition, or a possessive
    aside ("Bowman's Hendrick teammate")."""
    before = text[max(s_start, m.start - 30):m.start]
    if OBJECT_BEFORE.search(before) or OBJECT_BEFORE_TEAMMATE.search(text[max(s_start, m.start - 70):m.start]):
        return replace(m, subject=False)
    if re.search(APOS + r"s?$", text[m.start:m.end]) and KIN_AFTER.match(text, m.end):
        return replace(m, subject=False)
    return m


#: a sentence whose subject is a description, not a name or a pronoun: "The Penske Racing South driver ...",
#: "The 22-year-old ...", "DW ..."
EPITHET = re.compile(r"\s*(?:(?:But|And|Still|Then|Meanwhile|Instead),?\s+)?(?:The\s+(?!(?:No\.|#|winner|victory|"
                     r"win|race|final|last|first|caution|yellow|series|field|lead|checkered|green|red|day|night|"
                     r"afternoon|weekend|event|next|top|rest|result|finish|margin|pass|move|crash|wreck|pole|"
                     r"stage|points|standings|track|victor)\b)[\w'\u2019-]+|(?-i:[A-Z]{2,4})\b(?!\.))")
PRONOUN = re.compile(r"\b(?:he|his|she|her|him)\b", re.I)

#: what may separate two subjects in one sentence: punctuation, a conjunction, a new clause
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-{1,2}\s|\b(?:and|but|while|as|when|after|before|then|so|because|"
                          r"although|though|since|until|where|who|whose|whom|which|yet|or|nor|if|once)\b")


def _objects(mentions: list[Mention], text: str) -> list[Mention]:
    """A name that follows the sentence's subject in the same clause is an object of its verb ("Reddick tracked
    down Chase Elliott", "Byron edged Hamlin"), whatever the verb."""
    out: list[Mention] = []
    for m in mentions:
        prev = next((p for p in reversed(out) if p.subject), None)
        if m.subject and prev is not None and not CLAUSE_BREAK.search(text, prev.end, m.start) and \
                not re.search(APOS + r"s?$", text[prev.start:prev.end]):  # "Sadler's teammate Gaughan"
            m = replace(m, subject=False)
        out.append(m)
    return out


def _other_race_spans(sentence: str, offset: int, season: int | None = None) -> list[tuple[int, int]]:
    """The parts of a sentence that are about another race: an aside holding a marker ("McMurray, who won this
    race a year ago, ..."), or, for a marker outside the asides, the sentence less its asides."""
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(sentence)]
    spans: list[tuple[int, int]] = []
    for m in OTHER_RACE.finditer(sentence):
        if SINCE_BEFORE.search(sentence[:m.start()]) or m.group(0) == str(season):  # "his fourth win of 2018"
            continue
        inner = [a for a in asides if a[0] <= m.start() < a[1]]
        if inner:
            spans += inner
            continue
        # the clause that holds the marker ("... last September, and it is his second win of 2025"), less asides
        lo = max([0] + [x.end() for x in CLAUSES.finditer(sentence, 0, m.start())])
        hi = next((x.start() for x in CLAUSES.finditer(sentence, m.end())), len(sentence))
        cuts = [lo] + [x for a in asides if lo <= a[0] and a[1] <= hi for x in a] + [hi]
        spans += [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    return [(a + offset, b + offset) for a, b in spans]


#: where one clause of a sentence ends and the next begins
CLAUSES = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s+(?:\u2014|--)\s+")


def _anchor(mentions: list[Mention], start: int, end: int, topic: str | None, text: str,
            title: bool = False, pronoun: bool = False) -> str | None:
    """The driver a claim at text[start:end] is about; None when that is a name the race cannot tie to one
    driver."""
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
        last = before[-1]
        # "Jason Leffler, who led 38 laps": the name a relative clause hangs on is its subject, object or not
        if last.subject or re.fullmatch(r"(?:" + APOS + r"s?)?,\s+(?:who|whose)\b[^,;]*", text[last.end:start]):
            return last.driver
        subjects = [m for m in before if m.subject]
        if subjects:
            return subjects[-1].driver
    if pronoun and not before and re.match(r"\s*(?:He|She)\b", text[text.rfind(".", 0, start) + 1:start]):
        return topic  # "He wound up third behind Harry Gant": the driver the sentence before was about
    after = [m for m in mentions if m.start >= end and m.subject]
    if after and after[0].start - end < 40:
        return after[0].driver
    if before and not pronoun:
        return None  # only objects named before: the subject is someone the sentence does not name
    return topic  # "He held off Kahne for his 18th career win": the driver the sentence before was about


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    words = sorted({w for w in words if w and w not in ("-",) and not w.endswith("(Owner)")}, key=len, reverse=True)
    if not words:
        return None
    # the writer folds stray double spaces in names from the source ("DiGard  Motorsports"): match any spacing
    alts = [r"\s+".join(re.escape(part) for part in w.split()) for w in words]
    return re.compile(r"\b(?:" + "|".join(alts) + r")(?![\w])")


GENERIC_TEAM_WORDS = {"racing", "motorsports", "motorsport", "enterprises", "engineering", "inc", "inc.", "team", "&",
                      "associates", "llc", "co.", "racing,", "(owner)", "and", "south", "north", "group"}


def _team_drivers(text: str, start: int, end: int, team_re: re.Pattern[str] | None, short_re: re.Pattern[str] | None,
                  shorts: dict[str, str], crews: dict[str, list[str]]) -> list[Mention]:
    """"The Penske Racing South driver": a mention of that team's driver, when the team ran one car here."""
    out: list[Mention] = []
    for regex in (team_re, short_re):
        if regex is None:
            continue
        for m in regex.finditer(text, start, end):
            if not re.search(r"\b[Tt]he\s+$", text[max(start, m.start() - 5):m.start()]) or \
                    not TEAM_EPITHET.match(text, m.end()):
                continue
            drivers = crews.get(shorts.get(m.group(0), m.group(0)), [])
            if len(drivers) == 1 and not any(x.start <= m.start() < x.end for x in out):
                out.append(Mention(drivers[0], m.start(), m.end(), True))
    return out


#: what follows a team's name when it stands for its driver
TEAM_EPITHET = re.compile(r"(?:" + APOS + r"s?)?\s+(?:driver|veteran|rookie|racer|pilot|youngster|wheelman|star)\b")


def _team_shorts(teams: list[str]) -> dict[str, str]:
    """Short names of the race's teams, as reporters write them before a make: "Wood Brothers" (Wood Brothers
    Racing), "Hendrick" (Hendrick Motorsports), "Red Bull" (Team Red Bull), "Richard Childress". A short name two
    teams of the race share is left out."""
    out: dict[str, list[str]] = {}
    for team in teams:
        words = team.split()
        core: list[str] = []
        for w in words:
            if w.lower() in GENERIC_TEAM_WORDS or not w[:1].isupper():
                if core:
                    break
                continue
            core.append(w)
        if not core:
            continue
        name = " ".join(core)
        forms = {name}
        if len(core) >= 2 and len(core[-1]) >= 4:
            forms.add(core[-1])  # "Childress" for Richard Childress Racing, "Ganassi" for Chip Ganassi Racing
        for f in forms:
            if f != team:
                out.setdefault(f, []).append(team)
    return {f: ts[0] for f, ts in out.items() if len(set(ts)) == 1}


def _pairs(found: list[Claim], mentions: list[Mention], text: str, source: str, s_start: int, s_end: int) -> None:
    """"Bill Elliott and Michael Waltrip ... dropped to 27th and 28th", "Larson, Elliott and Bowman finished first,
    10th and 11th": the places in the order of the names, when there are as many names in the list as places."""
    places = r"(?P<list>" + ORD + r"(?:,\s+" + ORD + r")*,?\s+and\s+" + ORD + r")\b"
    for m in re.finditer(r"\b(?:finished|were|was|dropped to|fell to|wound up|ended up|placed|came home|ran)\s+"
                         + places + NOT_FINISH_AFTER, text[s_start:s_end], re.I):
        at = s_start + m.start()
        ords = [(s_start + m.start("list") + o.start(), s_start + m.start("list") + o.end())
                for o in re.finditer(ORD, m["list"], re.I)]
        names = [x for x in mentions if x.end <= at and x.subject and x.driver is not None]
        if len(names) < len(ords):
            continue
        listed = names[-len(ords):]
        if not all(re.fullmatch(r",\s+|,?\s+and\s+", text[x.end:y.start]) for x, y in zip(listed, listed[1:])):
            continue
        if not re.fullmatch(r",?\s+and\s+", text[listed[-2].end:listed[-1].start]):
            continue
        for men, (a, b) in zip(listed, ords):
            found.append(Claim("finish", a, b, source[a:b], {"pos": parse_ordinal(text[a:b]), "driver": men.driver}))


def _followed_by(found: list[Claim], mentions: list[Mention], text: str, source: str, s_end: int) -> None:
    """"Johnny Rumley was sixth, followed by Phil Parsons, Hermie Sadler and Chad Little": the next places, in
    order, when the list is nothing but names."""
    for c in [c for c in found if c.kind == "finish"]:
        # "finished second for Team Penske, followed by ...": a short phrase with no name or place may come between
        m = re.match(r"(?:\s+(?:for|in|with|driving)\b[^,.;]{0,50})?,?\s+followed by\s+", text[c.end:s_end])
        if m is None or any(c.end < x.start < c.end + m.end() for x in mentions) or \
                re.search(ORD, text[c.end:c.end + m.end()], re.I):
            continue
        at = c.end + m.end()
        names = [x for x in mentions if x.start >= at]
        pos = at
        listed: list[Mention] = []
        for x in names:
            if not re.fullmatch(r"(?:,\s+|,?\s+and\s+)?", text[pos:x.start]) or x.driver is None:
                break
            listed.append(x)
            pos = x.end
        if len(listed) < 1 or not re.match(r"\s*(?:[.;]|$)", text[pos:s_end]):
            continue
        for i, x in enumerate(listed, start=1):
            found.append(Claim("finish", x.start, x.end, source[x.start:x.end],
                               {"pos": c.args["pos"] + i, "driver": x.driver}))
