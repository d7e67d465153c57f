"""The claim patterns: the words of each kind of claim, and the words that show a match says something else."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..words import parse_number, parse_ordinal
from .text import APOS, NUM, ORD

SERIES_WORDS = r"(?:(?:NCWTS|NCTS|NGOTS|NCS|NSCS|NXS|NNS|NBS|SuperTruck(?: Series)?) |(?:NASCAR )?(?:Craftsman |Camping World |Gander (?:RV & )?(?:Outdoors )?|Sprint |Nextel |Winston |" \
               r"Monster Energy |Xfinity |Busch |Nationwide |O'Reilly (?:Auto Parts )?)?(?:Cup |Truck |Xfinity |" \
               r"Busch |Nationwide |Grand National )?(?:Series )?)?"
#: a series named in words ("Sprint Cup Series ", "Cup ", "Truck Series "): never empty, unlike SERIES_WORDS
SERIES_NAMED = r"(?:NASCAR )?(?:(?:Craftsman|Camping World|Gander (?:RV & )?(?:Outdoors )?|Sprint|Nextel|Winston|" \
               r"Monster Energy|Xfinity|Busch|Nationwide|Grand National|O'Reilly(?: Auto Parts)?) )?(?:(?:Cup|Truck|" \
               r"Xfinity|Busch|Nationwide|Grand National) (?:Series )?|Series )"
SERIES_NAME = re.compile(r"\b(?:NASCAR )?(?:Busch|Winston|Nextel|Sprint|Nationwide|Xfinity|Craftsman|Camping World)"
                         r"(?: Cup| Truck)? Series\b")
LEVEL = r"(?P<level>win|victory|triumph|top[- ](?:five|5|ten|10))"
#: a series named after the level: "his first top-five truck finish"
SERIES_AFTER = r"(?:Cup|Truck|Xfinity|Busch|Nationwide|Grand National)(?: Series)?"


@dataclass
class Pattern:
    kind: str
    regex: re.Pattern[str]
    args: Callable[[re.Match[str]], dict[str, Any]]
    anchor: str = "before"   # "before": the driver named before/inside; "none": the claim names no driver
    veto: Callable[[re.Match[str]], bool] | None = None  # True: the words match but say something else


#: a driver named in a claim's words ("leads Larson by 12", "over J.J. Yeley"): up to three capitalised words
NAME = r"(?-i:[A-Z])[\w.'\u2019-]+(?: (?-i:[A-Z])[\w.'\u2019-]+){0,2}"


#: how a points lead moved: "grew to", "was cut to", "stands at"
LEAD_MOVED = (r"(?:grew|grows|grow|stretched|swelled|swell|ballooned|balloon|widened|widen|increased|shrank|shrunk|"
              r"shrink|dipped|dip|fell|dropped|"
              r"(?:was |is )?(?:cut|trimmed|sliced|whittled|reduced|extended|stretched|pared)|stands|sits|is)")


def _p(kind: str, pattern: str, args: Callable[[re.Match[str]], dict[str, Any]] | None = None,
       anchor: str = "before", veto: Callable[[re.Match[str]], bool] | None = None) -> Pattern:
    pattern = pattern.replace("{NUM}", NUM).replace("{ORD}", ORD).replace("{SERIES}", SERIES_WORDS)
    pattern = pattern.replace("{LEVEL}", LEVEL).replace("{NAME}", NAME).replace("{SERIES_AFTER}", SERIES_AFTER)
    return Pattern(kind, re.compile(pattern, re.I), args or (lambda m: {}), anchor, veto)


def _no_win_before(m: re.Match[str]) -> bool:
    """For words that leave the noun out ("his fifth victory of the season and the 39th of his career", "his
    third career win and his first since 2017"): only a claim about wins when a win was just named (or is named
    in the words themselves)."""
    # (or anywhere before it in its sentence: "The victory was Benson's fifth of the season, tying him with
    # Hornaday for the series lead, and the 13th of his Truck Series career")
    ends = list(SENTENCE_END.finditer(m.string, max(0, m.start() - 240), m.start()))
    start = min(ends[-1].end() if ends else max(0, m.start() - 240), max(0, m.start() - 90))
    return re.search(r"\b(?:win|wins|won|winning|victory|victories|triumph)\b", m.string[start:m.end()], re.I) is None


#: the end of a sentence (not the stop of "No." or "Jr.")
SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bSt)[.!?]['\"\u2019\u201d]?\s+")


def _not_a_race_won(m: re.Match[str]) -> bool:
    """"won the pole", "won stage 1", "won the title", "won everything else": not a claim to have won the race."""
    if m.group(0).lower() == "wins" and re.search(r"\b(?:those|these|his|her|their|the|all|many|several|of|more|"
                                                   r"\d+|" + NUM + r")\s+$", m.string[max(0, m.start() - 25):m.start()],
                                                   re.I):
        return True  # "the kind of speed that carried him to all those wins": a noun, not a verb
    rest = re.split(r"[.,;:!?\u2014]", m.string[m.end():m.end() + 60])[0]
    if re.match(r"\s*$", rest):
        return False
    # what was won: the words up to the first preposition ("the Auto Club 400 from the pole": the race)
    thing = re.split(r"\s(?:from|at|in|on|by|with|for|after|over|under|to|and|when|while|as|before|despite)\s", rest,
                     maxsplit=1)[0]
    if re.search(r"\b(?:pole|poles|stage|stages|segment|segments|title|titles|championships?|crown|award|rookie|"
                 r"lottery|toss|battle|duel|fight|fans?|respect|everything|nothing|twice|bonus|money|points?|races|"
                 r"starts|straight|consecutive|back-to-back|qualifiers?|qualifying|heats?|twins?|clash|shootout|"
                 r"exhibition|all-star|one that (?:\w+ )?(?:mattered|counted)|wars?|battles)\b", thing, re.I):
        # ("won the one that mattered": the title, in a finale's story)
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
    if m.group(0).lower() == "wins" and re.search(r"\b(?:" + NUM + r"|his|her|their|its|the|of|on|in|by|with|has|have|had|no|more|"
                                                  r"most|many|few|several|career|season|consecutive|straight|\d+)\s+$",
                                                  before, re.I):
        return True
    if m.group(0).lower() in ("won", "wins") and \
            re.search(r"\b" + MAKE_WORDS + r"\s+$|\b(?:Racing|Motorsports|team|camp|organi[sz]ation)\s+$", before):
        return True
    if re.search(r"\b(?:stage|segment|pole|title|battle)\b[^.;]{0,30}\b(?:which|that)\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,3}$",
                 m.string[max(0, m.start() - 70):m.start()], re.I):
        return True  # "the end of the second stage, which Denny Hamlin won": the stage
    if m.group(0).lower() == "won" and re.search(r"\bsince\s+(?:he|she)\s+(?:last\s+)?$", before, re.I):
        return True  # "his first since he won at Eldora in 2015": the date of a drought
    if m.group(0).lower().startswith("to "):
        before += "to "  # "who has yet to win this season"
        if re.search(r"\b(?:speed|car|truck|stuff|pace|machine|ride|equipment|strength|power|horsepower|enough|"
                     r"what it takes|a shot|a chance)\s+to\s+$", before, re.I):
            return True  # "his son Todd had the speed to win": could have, not did
    if re.search(r"(?:\bnever|\bnot|n't|\byet to|\bwithout|\bfailed to|\bunable to)\s+(?:(?:even|ever|yet|been able "
                 r"to|quite|really|been|need(?: to)?|have(?: to)?|having|had(?: to)?|going(?: to)?|manage(?: to)?|"
                 r"able(?: to)?|want(?: to)?)\s+)?(?:(?:a|the|any|one)\s+(?:\w+\s+){0,2}?(?:trip|visit)\s+(?:to|into)\s+)?$",
                 before, re.I):
        # "who has never won at Talladega", "Bliss didn't need to win"
        return True
    if re.search(r"\b(?:instead of|rather than|short of|robbed of|cost (?:him|her))\b[^.;,]{0,25}$", before, re.I):
        return True  # "instead of a trip to Victory Lane he was left to salvage 30th"
    return m.group(0).lower() == "won" and re.search(r"\bhad (?:it|this one|that one|the race|this race|it all|"
                                                     r"the thing|this thing|the (?:(?-i:[A-Z0-9])[\w'-]*\s+){1,4})\s*$",
                                                     before, re.I) is not None  # ("had the Ford 400 won")


#: "led 57 laps in the middle stages", "led 20 laps during the first run": maybe a part of the race, maybe all he led
PART_OF_RACE = re.compile(r"\s+(?:in (?:the )?(?:first|second|third|final|opening|last|closing|early|middle)|during|"
                          r"at (?:the )?(?:start|end))\b", re.I)
#: "at Indianapolis" right after a claim: the place the claim happened
AT_PLACE = re.compile(r"(?:e?s\b)?(?:\s+(?:finish|run|result|showing|effort|performance)s?)?\s+at (?:both )?(?P<place>(?-i:[A-Z])[\w'\u2019.&-]*(?: (?-i:[A-Z])[\w'\u2019.&-]*)*)")

#: a track's name: capitalised words (case-sensitive inside the case-blind patterns)
TRACK = r"(?-i:[A-Z])[\w'\u2019.&-]*(?: (?-i:[A-Z])[\w'\u2019.&-]*)*"
#: how a writer gives the standings a race began with ("entered the night third in points")
PRE_RACE_VERB = (r"(?:entered|entering|came into|coming into|arrived at|began|started) (?:the|this|Sunday's|Saturday's|"
                 r"Friday's|tonight's) (?:race|event|weekend|night|day|afternoon|evening|finale)|came in|arrived|"
                 r"(?:came|coming|rolled) (?:to|into) (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,2}")
#: a track named by what it is, not its name: "the 1.54-mile track", "the high banks", "the half-mile oval"
PLACE_WORDS = (r"(?:[\w.-]+ ){0,2}(?:track|oval|speedway|superspeedway|bullring|tri-oval|paperclip|road course|"
               r"facility|venue|layout|circuit|high banks)")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTHS = "(?:" + "|".join(MONTH_NAMES) + ")"
#: what may follow "since" before the year of a drought: "since Carl Edwards won at Watkins Glen in 2011", "since
#: Texas in 2019", "since May 2006"
SINCE_WHEN = (r"(?:(?P<since_who>" + NAME + r") (?:won|took|captured|claimed|scored)(?: (?:at|in) (?:the )?"
              r"(?P<since_at>" + TRACK + r"))?,? (?:in |back in )?|(?:the )?(?P<since_at2>" + TRACK + r"),? (?:in |back in )?)?"
              r"(?:" + MONTHS + r" )?(?P<year>(?:19|20)\d\d)\b")
CLASS = (r"(?P<klass>intermediate(?: track)?|(?:mile-and-a-half|one-and-a-half-mile|1\.5-mile) (?:track|oval)|"
         r"short track|superspeedway|road course|(?:one-|1-)?mile (?:oval|track)|"
         r"large oval|dirt track|track (?:of )?(?:this|that|its) (?:size|type|kind|length))")


def _klass(m: re.Match[str]) -> str | None:
    k = m.groupdict().get("klass0") or m.groupdict().get("klass")  # "a career-best road-course finish"
    if not k:
        return None
    k = k.lower().replace("-", " ")
    if re.search(r"\b(?:this|that|its)\b", k):
        return "here"  # "on a track of this size": this race's class of track
    if k.startswith("dirt"):
        return "dirt"
    if "half" in k or "1.5" in k:
        return "intermediate"
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
    if re.search(r"\b(?:(?:the )?(?:last|first|second|third|final|start|end|middle) of|one of|part of|during|amid|"
                 r"in the midst of|had(?:\s+(?:already|just|previously))?(?:\s+won)?)\s+(?:(?:a|an|the|his|her)\s+)?$",
                 m.string[max(0, m.start() - 30):m.start()], re.I):
        return True  # "the last of four straight wins", "He had won three straight": a streak of another race
    if re.search(r"\b(?:its|their)\s+$", m.string[max(0, m.start() - 8):m.start()], re.I):
        return True  # "giving Pontiac its fourth consecutive Grand National win": a make's or a team's streak
    return re.match(r"\s+(?:at|on(?! (?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day)|here|there|in (?:this|that) race|"
                    r"in (?:the )?(?:pole|stage|qualifying))\b",
                    m.string[m.end():]) is not None


def _at_one_track(m: re.Match[str]) -> bool:
    """"his fourth career victory at the paper clip": a count at one track, not in the whole series."""
    return re.match(r"\s+(?:at|here|there)\b", m.string[m.end():]) is not None


def unit_since(m: re.Match[str]) -> dict[str, Any]:
    """A car's or a team's drought ended here: the year of its win before, and whom and where the words name."""
    out: dict[str, Any] = {"level": "win", "year": int(m["year"])}
    groups = m.groupdict()
    named = {"car": groups.get("car"), "since_who": m["since_who"], "since_at": m["since_at"] or m["since_at2"]}
    return out | {k: v for k, v in named.items() if v}


def _paired_ordinal(m: re.Match[str]) -> bool:
    """"Elliott and Waltrip dropped to 27th and 28th": two drivers, two places; handled as a pair, not here."""
    return re.match(r",?\s+and\s+" + ORD + r"\b|,\s+" + ORD + r"(?:,|\s+and\b)", m.string[m.end():], re.I) is not None


def _pos(m: re.Match[str], group: str = "pos") -> int | None:
    return parse_ordinal(m.group(group)) if m.group(group) else None


def _car_before(m: re.Match[str]) -> str | None:
    """The car named last in the sentence before ``m`` ("the No. 66 ... for that number"), if any."""
    start = max((x.end() for x in re.finditer(r"(?<!\bNo)[.!?]\s+(?=[A-Z\"\u201c])|\n", m.string[:m.start()])), default=0)
    cars = re.findall(r"(?:\bNo\.|#) ?(\d{1,3}[A-Z]?)\b", m.string[start:m.start()])
    return cars[-1] if cars else None


def _standing_args(m: re.Match[str]) -> dict[str, Any]:
    """The place, gap and rival a standings claim gives, whichever of them its words hold."""
    groups = m.groupdict()
    out: dict[str, Any] = {}
    if groups.get("pos"):
        out["pos"] = parse_ordinal(groups["pos"])
    gap = groups.get("gap") or groups.get("gap2")
    if gap:
        out["gap"] = parse_number(gap)
    if groups.get("other") or groups.get("other2"):
        out["other"] = groups.get("other") or groups["other2"]
    return out


def _level(text: str) -> str:
    t = text.lower().replace("-", " ")
    if t.startswith("top"):
        return "top five" if t.endswith(("five", "5")) else "top ten"
    return "win"


#: after a place, words that make it something other than the finish: a count ("finishing second three times"), the
#: standings, a stage, or a running position at some moment of the race ("was second when the caution flew", "ran
#: fifth most of the day")
NOT_FINISH_AFTER = r"(?!\s*(?:career|consecutive|straight|win|victory|triumph|stage|time|season|start|top|in (?:the )?"\
                   r"(?:(?:(?:final|overall|season|championship|driver|playoff|Chase) )?(?:points|standings)|" \
                   r"(?:(?:his|her|its|their) )?(?:own )?(?:\w+ )?(?:stage|segment|practice|qualifying|heat|duel|" \
                   r"qualifier)|running order|field|line)|" \
                   r"-?place in the (?:(?:final|overall|season|championship) )?(?:points|standings)|row|pole|straight|" \
                   r"career|" \
                   r"for (?:much|most|the (?:bulk|majority|first|second|early|middle))|most of|much of|early|late in|" \
                   r"when|while|before|until|at the (?:time|halfway|break|end of)|with (?:\d+|" + NUM + r") " \
                   r"(?:laps )?(?:to go|left|remaining)|on (?:lap|the (?:final |last |ensuing |next )?restart)|" \
                   r"entering|coming (?:to|out)|heading into|under (?:the )?caution|-?(?:fastest|quickest)|" \
                   r"on the (?:speed chart|leaderboard)|on the playoff (?:grid|standings|picture)|" \
                   r",? (?:\d+|" + NUM + r") (?:points? |markers? )?(?:back|behind|out|ahead|clear|adrift)|" \
                   r"with (?:\d{1,2},\d{3}\b|\d{3,4} points)|(?:twice|thrice|(?:\d+|" + NUM + r") times)\b|" \
                   r"to (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,3} (?:in the (?:first|second|third|" \
                   r"opening|final|next|last)|when|while|as|at the (?:end|close|conclusion) of)\b))"

#: for each kind, words (lower case) one of which every pattern of the kind contains: a sentence without any of
#: them cannot hold the claim, and the pattern is not run on it (tests/check/test_check.py keeps this true)
NEEDS: dict[str, tuple[str, ...]] = {
    "career_wins": ("career", "cup", "truck", "xfinity", "busch", "nationwide", "grand national", "series", "win no",
                    "victory no", "number"),
    "win_streak": ("consecutive", "straight", "back-to-back", "in a row", "previous", "last", "past", "prior"),
    "different_winners": ("different",),
    "points_lead": ("point", "lead", "standings", "championship", "cushion", "advantage", "edge", "margin", "atop",
                    "heads", "tops", "topped", "paces", "marker", "ahead", "clear"),
    "standing": ("point", "standings", "back", "behind", "trail", "marker", " out", "season"),
    "champion": ("championship", "title", "crown"),
    "cautions": ("caution",),
    "lead_changes": ("lead change",),
    "drought": ("since", "winless", "losing", "drought", "skid", "dry spell", " starts", " races"),
    "career_first": ("first",),
    "car_first_win": ("first",),
    "track_wins": ("first", " at ", "-time", " win", "victory", "triumph", "won all", "each of the", "every one of"),
    "stage_win": ("stage",),
    "stage_sweep": ("stage",),
    "most_laps_led": ("led", "leading", "paced", "pacing"),
    "laps_led": ("led", "leading", "front", "paced", "pacing", "paces", "lead", "topped", "the pace for"),
    "pole": ("pole",),
    "start": ("start", "grid", "qualif", "outside", "came from", "rolled off", "rolling off", "rolls off", "spot",
              "position", "place", " from ", "lined up", "began", "green", " row"),
    "retirement": ("after", "lasted", "on lap", "remaining", "to go", "left"),
    "laps_completed": ("completed", "credited", "managed", "ran only", "ran just", "turned", "lap down", "laps down",
                       "behind the winner"),
    "margin": ("second",),
    "runner_up": ("runner",),
    "top_n": ("top",),
}

PATTERNS: list[Pattern] = [
    # -- milestones first: they contain words ("win", "first") that simpler patterns would misread ---------------
    _p("car_first_win", r"\b(?:win|victory|triumph) was (?:also )?the first (?:ever )?for the (?:No\.|#) ?(?P<car>\w+)",
       lambda m: {"car": m["car"]},  # (not "... for the No. 23 in the series since 1995": its drought)
       veto=lambda m: re.match(r"\s+(?:in (?:the |this )?(?:series|[\w ]{0,25}?competition) )?(?:since|this|of|at)\b",
                               m.string[m.end():]) is not None),
    # "the first Truck Series win for GMS's No. 33", "... for the JR Motorsports No. 7"
    _p("car_first_win", r"\bfirst(?:[- ]ever)? {SERIES}(?:win|victory) (?:ever )?for (?:the |(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])"
                        r"[\w&.-]*){0,3}" + APOS + r"s? )(?:(?-i:[A-Z])[\w&.-]* ){0,3}?(?:No\.|#) ?(?P<car>\w+)",
       lambda m: {"car": m.group("car")}, "none",
       veto=lambda m: re.match(r"\s+(?:since|in (?:\w+ )?(?:years|races|starts|seasons))\b", m.string[m.end():]) is not None),
    # "the first (win) for the No. 60 since Carl Edwards won at Watkins Glen in 2011", "the No. 3's first win since
    # 1994": the car's drought (and the team's, in claims.py)
    _p("drought", r"\bfirst(?: {SERIES}(?:win|victory|triumph))?(?: ever)? (?:for|by) the (?:No\.|#) ?(?P<car>\d{1,3}[A-Z]?)"
                  r"(?: (?:car|truck|entry))?(?: in (?:the|this) series)? since " + SINCE_WHEN, unit_since, "none"),
    _p("drought", r"(?:\bNo\.|#) ?(?P<car>\d{1,3}[A-Z]?)" + APOS + r"s? first (?:{SERIES}(?:win|victory|triumph) )?"
                  r"(?:in (?:the|this) series )?since " + SINCE_WHEN, unit_since, "none"),
    # ("the first Busch victory for the No. 3 since 1994": the car's drought, not its first win)
    # "The victory in the No. 66 ThorSport Toyota was the first Truck Series win ever for that number"
    _p("car_first_win", r"\bfirst(?:[- ]ever)? {SERIES}(?:win|victory) (?:ever )?for (?:that|the|this) (?:number|car|truck|ride)\b",
       lambda m: {"car": _car_before(m)}, "none"),
    _p("car_first_win", r"\bfirst (?:time|trip|visit) (?:that )?the (?:No\.|#) ?(?P<car>\w+) (?:has |had )?(?:ever )?(?:been|gone|"
                        r"made it|visited|reached|rolled) (?:in)?to (?:a |the )?(?:{SERIES})?(?:victory lane|winner's circle)",
       lambda m: {"car": m.group("car")}, "none"),
    # "the first trip to Victory Lane for the No. 36"
    _p("car_first_win", r"\bfirst (?:trip|visit) to (?:victory lane|the winner's circle) for the (?:No\.|#) ?(?P<car>\w+)",
       lambda m: {"car": m.group("car")}, "none",
       veto=lambda m: re.match(r"\s+(?:in (?:\w+ ){0,3})?(?:since|this|of|at)\b", m.string[m.end():]) is not None),
    # "The victory was the first in Truck Series competition for the No. 71"
    _p("car_first_win", r"\bfirst (?:(?:win|victory) )?(?:ever )?in (?:{SERIES}(?:competition|history|racing)|the series) for the "
                        r"(?:No\.|#) ?(?P<car>\w+)", lambda m: {"car": m.group("car")}, "none", veto=_no_win_before),
    _p("career_wins", r"\b(?P<ord>{ORD}) career {SERIES}(?:win|victory|triumph)", lambda m: {"n": _pos(m, "ord")},
       veto=_at_one_track),
    _p("career_wins", r"\b(?P<n>{NUM}) career {SERIES}(?:wins|victories)", lambda m: {"n": parse_number(m["n"])},
       veto=_at_one_track),  # ("five career wins at Martinsville": track_wins)
    _p("career_wins", r"\b(?:the |and )?(?P<ord>{ORD}) (?:{SERIES}(?:win|victory|triumph) )?of (?:his|her|a|(?P<who>[A-Z][\w.\-]*(?: [A-Z]"
                      r"[\w.\-]*){0,2})" + APOS + r"s?) (?:young |brief |short |long |storied |fledgling |budding )?(?:{SERIES})?career\b",
       lambda m: {"n": _pos(m, "ord")},  # (not "the first of his career at Richmond": his wins there)
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:at|on|in) (?:the )?(?!NASCAR\b)(?-i:[A-Z])",
                                                    m.string[m.end():]) is not None),  # (not "on NASCAR's top circuit")
    _p("career_wins", r"\b(?:his|her|(?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS + r"s?) "
                      r"(?P<ord>{ORD}) "
                      r"(?:(?:" + SERIES_NAMED + r")(?:win|victory|triumph)|in the (?:NASCAR )?(?:(?-i:[A-Z])[\w']* ){0,2}(?:Cup|Truck|"
                      r"Xfinity|Busch|Nationwide|Grand National)(?: Series)?\b(?!\s*(?:points|standings)))",
       lambda m: {"n": _pos(m, "ord")},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:at|of|this|in|on|since|with|for|driving|as)\b",
                                                    m.string[m.end():]) is not None),
    _p("win_streak", r"\b(?P<ord>{ORD}) (?:consecutive|straight) {SERIES}(?:start|win|victory)",
       lambda m: {"n": _pos(m, "ord")}, veto=_streak_elsewhere),
    _p("win_streak", r"\b(?P<n>{NUM}) (?:consecutive|straight) {SERIES}(?:starts|wins|victories|races)",
       lambda m: {"n": parse_number(m["n"])}, veto=_streak_elsewhere),
    _p("win_streak", r"\bback-to-back (?:{SERIES})?(?:wins|victories|starts)", lambda m: {"n": 2}),
    # "who came in having won the previous three races", "had won the last four Nationwide races at Bristol": the
    # races before this one (at the track, when one is named), every one his
    # ("... at Pocono and Michigan": the tracks of those races; "he has entered": his own starts)
    _p("win_streak", r"\b(?P<had>had |having )?won (?:the |each of the |all of the |all )?(?:previous|last|past|prior) "
                     r"(?P<n>{NUM}) (?:{SERIES})?(?:races|events)(?P<his> (?:he|she) (?:has |had )?(?:entered|started|"
                     r"run|ran))?(?: (?:run|held|contested))?(?: (?P<here>here|there|on (?:the|this) (?:[\w.-]+ ){0,2}(?:oval|track|speedway|layout|"
                     r"circuit|course))\b| at (?:the )?(?P<place>" + TRACK + r")(?P<more>,? and (?:at )?(?:the )?" + TRACK +
                     r"|, (?-i:[A-Z]))?)?",
       lambda m: {"before": parse_number(m["n"]), "had": bool(m["had"]), "his": bool(m["his"]),
                  **({"place": m["place"] or m["here"]} if (m["place"] or m["here"]) and not m["more"] else {})},
       veto=lambda m: re.search(r"\b(?:which|that|it|its)\s+$", m.string[max(0, m.start() - 8):m.start()]) is not None),
    # (not "The No. 17 Ford, which had won the previous two races with Gilliland and Preece": the car's)
    # "He has now won all three Xfinity races held on the Roval": every race there, this one too (his wins there)
    _p("track_wins", r"\b(?P<had>had |having )?won (?:all|each of the|every one of the) (?P<n>{NUM}) (?:{SERIES})?"
                     r"(?:races|events)(?: (?:held|run|contested))? (?:(?P<here>here|there)\b|(?:at|on) (?:the )?(?P<place>"
                     + TRACK + r"))",
       lambda m: {"before": parse_number(m["n"]), "had": bool(m["had"]), "his": False,
                  "place": m["place"] or m["here"]}),
    _p("win_streak", r"\b(?:made it|makes it|making it) (?P<n>{NUM}) (?:in a row|straight)\b",
       lambda m: {"n": parse_number(m["n"])}, veto=lambda m: _streak_elsewhere(m) or _no_win_near(m)),
    _p("win_streak", r"\b(?:his|her) (?P<ord>{ORD}) (?:{SERIES}(?:win|victory) )?in a row\b",
       lambda m: {"n": _pos(m, "ord")}, veto=lambda m: _streak_elsewhere(m) or _no_win_before(m)),
    _p("drought", r"(?<!\bits )(?<!\btheir )\bfirst {SERIES}{LEVEL}(?: {SERIES_AFTER})?(?: finish| run| showing| result)?(?: in (?:the|this) series| in the (?:NASCAR )?"
                  r"(?:(?-i:[A-Z])\w* ){0,2}(?:Cup|Truck|Xfinity|Busch|Nationwide|Grand National)(?: Series)?)? since (?:"
                  r"(?:the )?" + TRACK + r",? (?:in |back in )?|(?:his|her) (?:" + TRACK + r" )?(?:win|victory|triumph|"
                  r"runner-up finish|[\w-]+-place finish)(?: at (?:the )?" + TRACK + r")?,? (?:in |back in )?)?(?:" + MONTHS
                  + r" )?(?P<year>(?:19|20)\d\d)",
       lambda m: {"level": _level(m["level"]), "year": int(m["year"])}),
    _p("drought", r"\b(?:his|her) first (?:{SERIES}(?:win|victory|triumph) )?since (?:he|she) (?:last )?(?:won|took the "
                  r"checkered flag|took the checkers|visited victory lane|celebrated in victory lane) "
                  r"(?:[a-z][\w ]{0,20}? )?(?:at|in) (?P<track>" + TRACK + r")(?: in)?(?: " + MONTHS + r")?,? (?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), "track": m["track"]}),
    # "his first there since he captured the Southern 500 in 2015": the last win at this track
    _p("drought", r"\b(?:his|her) first (?:{SERIES}(?:win|victory|triumph) )?(?P<track>there|here) since (?:he|she) "
                  r"(?:last )?(?:won|captured|claimed|took|scored) (?:the )?(?:(?-i:[A-Z0-9])[\w'-]*\s+){0,4}?(?:in )?"
                  r"(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), "at_track": True}),
    # "his first win there since 2003", "his first at the 1.54-mile track since 2009", "his first Martinsville
    # victory since 2003": a drought at this track
    _p("drought", r"\b(?:his|her) first (?:{SERIES}(?P<noun>win|victory|triumph) )?(?:there|here|at (?:the )?(?P<track>"
                  + TRACK + r"|" + PLACE_WORDS + r")) since (?:" + MONTHS + r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), "at_track": m["track"] or True},
       veto=lambda m: m["noun"] is None and _no_win_before(m)),
    _p("drought", r"\b(?:his|her) first (?P<track>" + TRACK + r") (?:win|victory|triumph) since (?:" + MONTHS
                  + r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), "at_track": m["track"]},
       veto=lambda m: re.search(r"\b(?:NASCAR|Series|Cup|Truck|Xfinity|Busch|Nationwide|Grand National)\b",
                                m["track"]) is not None),  # "his first NASCAR Cup victory since 2012"
    _p("drought", r"\b(?:first (?:trip|visit|trips|visits) to (?:a |the )?(?:{SERIES})?(?:victory lane|winner's circle)|"
                  r"(?:won|wins|winning) for the first time) since (?:" + TRACK + r",? (?:in |back in )?)?(?:" + MONTHS +
                  r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"])}),
    # "his first victory in 84 starts": this one ends a run of 83 without a win
    _p("drought", r"\b(?:his|her) first (?:{SERIES})?(?:win|victory|triumph) in (?P<n>{NUM}) (?:starts|races|tries|attempts)\b",
       lambda m: {"level": "win", "n": parse_number(m["n"]), "ended": True, "counting": True}),
    _p("drought", r"\b(?:(?P<n>{NUM})[- ](?:race|start) (?:(?:winless|losing) (?:streak|drought|skid|run|stretch|dry "
                  r"spell)|drought|skid|dry spell)|"
                  r"(?:winless|losing) (?:streak|drought|skid|run|stretch) (?:of|that (?:had )?(?:reached|stretched to)) "
                  r"(?P<n2>{NUM}) (?:races|starts)|(?:gone|went|going) (?P<n3>{NUM}) (?:straight |consecutive )?(?:races|starts) "
                  r"without (?:a (?:win|victory)|winning)(?: since (?P<since_at>" + TRACK + r"))?)",
       # (or "he had gone six races without a win since Milwaukee": the last win, there)
       lambda m: {"level": "win", "n": parse_number(m["n"] or m["n2"] or m["n3"]),
                  **({"since_at": m["since_at"]} if m["since_at"] else {}),
                  "ended": re.search(r"\b(?:snap|end|broke|break|halt|stop)\w*\s+(?:a|an|his|her|the)\s+$",
                                     m.string[max(0, m.start() - 20):m.start()]) is not None}),
    _p("drought", r"\bwinless since (?:" + TRACK + r" )?(?:in )?(?:" + MONTHS + r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), "still": True}),
    _p("drought", r"\b(?:his|her) first (?:(?:win|victory|triumph) )?(?:in (?:this|the) series |in the "
                  r"(?:(?-i:[A-Z])\w* ){0,2}(?:Cup|Truck|Xfinity|Busch|Nationwide)(?: Series)? )?since (?:the (?:(?:spring|"
                  r"fall|summer|autumn|first|second|season-opening|playoff) )?(?:race|event|visit|stop) (?:at|in) "
                  + TRACK + r",? (?:in |back in )?|(?!" + MONTHS + r"\b)(?P<track>" + TRACK + r"),? (?:in |back in ))?(?:"
                  + MONTHS + r" )?(?P<year>(?:19|20)\d\d)\b",
       lambda m: {"level": "win", "year": int(m["year"]), **({"track": m["track"]} if m["track"] else {})},
       veto=lambda m: _no_win_before(m) or re.search(r"\bpole(?: position)?,\s+$", m.string[max(0, m.start() - 20):
                                                                                              m.start()]) is not None),
    # (or "his first since Memphis in 2000"; not "won the pole, his first since 1992": a pole's drought)
    _p("career_first", r"\bfirst career {SERIES}{LEVEL}", lambda m: {"level": _level(m["level"])}),
    # "won his first career pole": no earlier start from the pole in the series, and this one from it
    _p("career_first", r"\b(?:his|her) first (?:career )?{SERIES}pole(?: (?:position|award))?(?: of (?:his|her) career)?\b",
       lambda m: {"level": "pole"},
       veto=lambda m: re.match(r"\s+(?:of the (?:year|season)|this|since|at|on|with|for)\b|,? since\b",
                               m.string[m.end():]) is not None),
    _p("career_first", r"\bthe first {SERIES}{LEVEL}(?: finish| run| showing| result)? of (?:his|her) (?:{SERIES})?career\b",
       lambda m: {"level": _level(m["level"])}),
    # "started on the pole, the first of his career"
    _p("career_first", r"\bpole(?: position| award)?, (?:the|his|her) first (?:of (?:his|her) (?:{SERIES})?career|career pole)\b",
       lambda m: {"level": "pole"}),
    # "It was Benson's first top-five finish of the season": none earlier this season
    _p("career_first", r"\bfirst (?P<level>top[- ](?:five|5|ten|10))(?: {SERIES_AFTER})?(?: finish| run| showing| result)? "
                       r"(?:of the (?:season|year)|this (?:season|year))\b",
       lambda m: {"level": _level(m["level"]), "season": True}),
    _p("career_first", r"\b(?:his|her) first (?P<level>top[- ](?:five|5|ten|10))(?: {SERIES_AFTER})?(?: finish| run| showing| result)?(?: in (?:the )?"
                       r"(?:NASCAR )?(?:(?-i:[A-Z])[\w']* ){0,2}(?:Cup|Truck|Xfinity|Busch|Nationwide)(?: Series)?)?\b",
       lambda m: {"level": _level(m["level"])},
       veto=lambda m: re.match(r"\s+(?:of|this|since|at|in|on|with|for)\b|,? since\b", m.string[m.end():]) is not None),
    _p("track_wins", r"\b(?:his|her) first (?:career )?{SERIES}(?:win|victory|triumph) at (?P<track>" + TRACK + ")",
       lambda m: {"n": 1, "track": m["track"]}),
    _p("track_wins", r"\b(?:his|her) (?P<ord>{ORD}) (?:career )?{SERIES}(?:win|victory|triumph) at (?:the )?"
                     r"(?:[\d.]+-mile )?(?P<track>" + TRACK + ")", lambda m: {"n": _pos(m, "ord"), "track": m["track"]}),
    # "giving him five career wins at Martinsville": his wins there through this race
    _p("track_wins", r"\b(?P<n>{NUM}) (?:career )?{SERIES}(?:wins|victories) at (?:the )?(?:[\d.]+-mile )?(?P<track>"
                     + TRACK + ")", lambda m: {"n": parse_number(m["n"]), "track": m["track"], "times": True},
       veto=lambda m: re.match(r"\s+(?:this|last|in|of|since|during)\b|,? (?:19|20)\d\d\b", m.string[m.end():]) is not None),
    _p("track_wins", r"\b(?:an?|the|now an?) (?P<n>{NUM})-time (?:{SERIES})?(?:race )?winner (?:here|there|at (?:the )?"
                     r"(?P<track>" + TRACK + r"))",
       lambda m: {"n": parse_number(m["n"]), "track": m["track"] or "here", "times": True}),
    # "four-time Sonoma winner Jeff Gordon": a title before the name
    _p("track_wins", r"(?<!\bthe )(?<!\ba )\b(?P<n>{NUM})-time (?P<track>" + TRACK + r") (?:race )?winner(?= (?-i:[A-Z]))",
       lambda m: {"n": parse_number(m["n"]), "track": m["track"], "times": True}, anchor="title",
       veto=lambda m: re.search(r"\b(?:Cup|Truck|Xfinity|Busch|Nationwide|Grand National|Series|NASCAR|Indianapolis|"
                                r"Indy|Daytona 500|500)\b", m["track"]) is not None),
    # "the three-time Talladega winner"
    _p("track_wins", r"\b(?:an?|the|now an?) (?P<n>{NUM})-time (?P<track>" + TRACK + r") (?:race )?winner\b",
       lambda m: {"n": parse_number(m["n"]), "track": m["track"], "times": True},
       veto=lambda m: re.search(r"\b(?:Cup|Truck|Xfinity|Busch|Nationwide|Grand National|Series|NASCAR|Indianapolis|"
                                r"Indy|Daytona 500|500)\b", m["track"]) is not None),
    _p("track_wins", r"\b(?:his|her) (?P<ord>{ORD}) (?:career )?(?P<track>" + TRACK + r") (?:{SERIES})?(?:win|victory|triumph)\b",
       lambda m: {"n": _pos(m, "ord"), "track": m["track"]},
       veto=lambda m: re.search(r"\b(?:NASCAR|Series|Cup|Truck|Xfinity|Busch|Nationwide|Grand National|Sprint|Winston|"
                                r"Nextel|Monster|Camping|Craftsman)\b", m["track"]) is not None),
    _p("track_wins", r"\b(?:his|her) (?P<ord>{ORD}) (?:at|in) (?:the )?(?P<track>" + TRACK + ")",
       lambda m: {"n": _pos(m, "ord"), "track": m["track"]},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:since|in|this|of|on)\b", m.string[m.end():]) is not None),
    _p("standing", r"\btrails? (?P<other>{NAME}) by "
                   r"(?P<gap>{NUM}) (?:points?|markers?)", _standing_args),
    # "now trails by 12 points": the gap to the leader
    _p("standing", r"\b(?:now |still )?trails? (?:the (?:points |series )?lead(?:er)? )?by (?P<gap>{NUM}) (?:points?|markers?)",
       _standing_args),
    _p("season_wins", r"\b(?:his|her|(?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS + r"s?) (?:(?:series|season|Cup|circuit)[- ](?:best|high|leading) )?(?P<ord>{ORD}) "
                      r"(?:{SERIES}(?:win|victory|triumph) )?(?:of the (?:(?:19|20)\d\d )?(?:season|year)|of (?P<year>(?:19|20)\d\d)|"
                      r"this (?:season|year))\b",
       lambda m: {"n": _pos(m, "ord")},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:for|with|at|on|in(?! (?:the |his |her )?(?:No\.|#)))\b",
                                                    m.string[m.end():]) is not None),  # (not "in the No. 3": his car)
    # "It was the 69th career victory for Petty, the 20th of the season and his third at the track": a list's item
    # "Brad Keselowski, a five-time winner this season,": his wins of the season through this race
    _p("season_wins", r"\b(?:a|the) (?P<n>{NUM})-time winner this (?:season|year)\b",
       lambda m: {"n": parse_number(m["n"]), "title": True}),
    _p("season_wins", r"(?<=, )the (?P<ord>{ORD}) (?:{SERIES}(?:win|victory|triumph) )?(?:of the (?:season|year)|this "
                      r"(?:season|year))\b", lambda m: {"n": _pos(m, "ord")},
       veto=lambda m: _no_win_before(m) or re.match(r"\s+(?:for|with|at|in)\b", m.string[m.end():]) is not None),
    _p("career_best", r"\b(?P<tie>tied|tying|equal(?:l)?ed|equal(?:l)?ing|matched|matching) (?:(?:his|her|a|the) )?(?:own )?"
                      r"(?:previous |prior |earlier )?(?:{SERIES})?career[- ]best"
                      r"(?:[^.;]{0,60}?\b(?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": True, "class": _klass(m)}),
    _p("career_best", r"\bcareer[- ]best(?: (?P<klass0>road[- ]course|short[- ]track|superspeedway|intermediate|"
                      r"dirt[- ]track)(?=[- ](?:finish|result|run|showing|effort)))?(?:[- ](?P<pos>{ORD})\b)?"
                      r"(?:[^.;]{0,60}?\b(?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": False, "class": _klass(m), **({"pos": _pos(m)} if m["pos"] else {})}),
    _p("career_best", r"\b(?P<tie>tied|tying|equal(?:l)?ed|equal(?:l)?ing|matched|matching) (?:his|her) (?:career[- ])?best "
                      r"{SERIES}(?:(?P<klass0>road[- ]course|short[- ]track|superspeedway|intermediate|dirt[- ]track)[- ])?"
                      r"(?:finish|result|run|showing|performance|effort)?(?:(?: yet)? (?:on|at) an? " + CLASS + ")?",
       lambda m: {"tie": True, "class": _klass(m)}, veto=lambda m: _best_elsewhere(m)),
    _p("career_best", r"\b(?:his|her) best {SERIES}(?:finish|result|run|showing)(?: yet)? (?:on|at) an? " + CLASS,
       lambda m: {"tie": False, "class": _klass(m), "new_or_tie": True}),
    _p("career_best", r"\b(?:his|her) (?:career[- ])?best {SERIES}(?:finish|result|run|showing)\b",
       lambda m: {"tie": False, "class": None, "new_or_tie": True},
       veto=lambda m: _best_elsewhere(m) or re.match(r"\s+(?:(?:ever|yet) )?(?:of|on|at|in|to|before|until|so far|"
                                                     r"yet)\b|,? (?:a|an) ", m.string[m.end():]) is not None or
       re.search(r"\b(?:previous|prior|earlier|old|former)\s+$|\b(?:had|has) been\s+(?:\w+\s+)?$|\bmatch\w*\s+$",
                 m.string[max(0, m.start() - 30):m.start()]) is not None),
    _p("career_best", r"\bthe best (?:{SERIES}(?:finish|result|run|showing) )?of (?:his|her) {SERIES}career\b",
       lambda m: {"tie": False, "class": None, "new_or_tie": True},
       # (not "... of his career on dirt", "at Bristol": a best somewhere)
       veto=lambda m: re.match(r",?\s+(?:on|at|in|with|for|since|before|until)\b", m.string[m.end():]) is not None),
    _p("different_winners", r"\b(?P<ord>{ORD}) different {SERIES}winner(?: (?:in|through|of|over) (?:the (?:first )?)?"
                            r"(?P<races>{NUM}|as many) (?:races|events|starts|points races))?",
       lambda m: {"n": _pos(m, "ord"), **({"races": _pos(m, "ord") if m["races"].lower() == "as many" else
                                           parse_number(m["races"])} if m["races"] else {})}, "none"),
    _p("different_winners", r"\b(?P<n>{NUM}) different {SERIES}winners (?:in|through|of|over) (?:the (?:first )?)?"
                            r"(?P<races>{NUM}) (?:races|events)",
       lambda m: {"n": parse_number(m["n"]), "races": parse_number(m["races"])}, "none"),
    # -- standings -------------------------------------------------------------------------------------------------
    _p("points_lead", r"\b(?P<gap>{NUM})[- ]point (?:lead|advantage|edge|cushion) (?:over|on) (?:(?:his |her )?(?:teammate|"
                      r"rival|fellow [\w-]+|runner-up|second-place) )?(?P<other>(?-i:[A-Z])[\w.'\u2019 -]+?)"
                      r"(?=\s+(?:in|into|after|heading|going|with|for|and)\b|[.,;]|$)",
       _standing_args),
    # "leaves Daytona with a five-point lead": over the driver second
    _p("points_lead", r"\b(?:a|his|her) (?P<gap>{NUM})[- ]point (?:lead|advantage|edge|cushion)\b(?! (?:over|on)\b)",
       _standing_args, veto=lambda m: re.search(r"\b(?:stage|segment|lap|race)\b", m.string[m.end():m.end() + 25],
                                                 re.I) is not None),
    # "came into the weekend leading Bodine by 88 points and left it ahead by 113": the lead after the race
    _p("points_lead", r"\b(?:left|leaves|leaving) (?:it|town|there|the track) (?:ahead|in front|up) by (?P<gap>{NUM})\b"
                      r"(?: points?)?", _standing_args),
    _p("points_lead", r"\b(?:points|series|championship|standings) lead(?:er)? by (?P<gap>{NUM})(?: points?)?(?: over "
                      r"(?P<other>{NAME}))?", _standing_args),
    _p("points_lead", r"\b(?:lead|cushion|advantage|margin|edge) (?:is|is now|now stands at|stands at|sits at) (?P<gap>{NUM}) "
                      r"points?(?: over (?P<other>{NAME}))?",
       _standing_args),
    _p("points_lead", r"\bleads? the {SERIES}(?:regular-season |playoff |overall |driver |points? )?(?:standings|points|championship|series) by (?P<gap>{NUM}) points?"
                      r"(?: over (?P<other>(?-i:[A-Z])[\w.'\u2019 -]+?)(?=\s+(?:in|after|heading|going|with|for|who)\b|[.,;]|$))?",
       _standing_args),
    _p("points_lead", r"\b(?:now|still) leads? (?P<him>him |her )?by (?P<gap>{NUM})\b(?! (?:laps?|seconds?|car[- ]lengths?|"
                      r"(?:a )?(?:second|lap|length))\b)", _standing_args,
       veto=lambda m: re.search(r"\b(?:points?|standings|championship|title)\b",
                                m.string[max(0, m.start() - 120):m.end() + 40], re.I) is None),
    _p("points_lead", r"\b(?:now|still) leads? (?P<other>{NAME}) by "
                      r"(?P<gap>{NUM})\b(?! (?:laps?|seconds?|car[- ]lengths?|points?)\b)", _standing_args,
       veto=lambda m: re.search(r"\b(?:points?|standings|championship|title)\b",
                                m.string[max(0, m.start() - 120):m.end() + 40], re.I) is None),
    _p("points_lead", r"\b(?:lead(?:s|ing)?|led|heads|headed|tops|topped|paces) (?:(?:second|third|fourth)-place |runner-up |teammate )?"
                      r"(?P<other>(?-i:[A-Z])[\w.'\u2019 -]+?)(?P<aside>, (?:who|the|a|an|last|this|his|her)\b[^,;.]{0,40},)? by (?P<gap>{NUM}) points?",
       _standing_args),  # (or "leads Brett Moffitt, who finished fifth, by 43 points")
    # "still owns a commanding lead -- 489 points over Keller"
    _p("points_lead", r"\b(?:lead|cushion|advantage|margin|edge)\s*(?:\u2014|--|:|,)\s*(?P<gap>{NUM}) points? (?:over|on|ahead of) "
                      r"(?P<other>{NAME})", _standing_args),
    _p("points_lead", r"\bleads (?:(?:second|third|fourth)-place |runner-up |teammate )?(?P<other>{NAME}"
                      r") by (?P<gap>{NUM})(?=\s*(?:[.,;]|$|with\b|and\b|heading\b|"
                      r"going\b|entering\b))", _standing_args),
    # "Rich Bickle's points lead, which now stands at 12 points"
    _p("points_lead", r"\b(?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS + r"s? (?:points |championship |"
                      r"series |standings )?(?:lead|advantage|cushion|edge|margin)(?: over (?P<other>{NAME}"
                      r"))?(?: in the (?:standings|points|championship))?,? "
                      r"(?:which |that )?(?:now |has )?"
                      r"(?:stands at|sits at|is|is now|is down to|is up to|(?:grew|shrank|dropped|fell|was cut|"
                      r"was trimmed|swelled|ballooned|shrunk) to) (?P<gap>{NUM}) points?", _standing_args),
    _p("standing", r"\b(?:trimmed|cut|narrowed|whittled|reduced) (?:the|his|her) (?:margin|deficit|gap) to (?P<gap>{NUM}) "
                   r"points?", _standing_args),
    # "Johnson trimmed his Hendrick teammate's lead to 34 points": how far he now trails the leader
    _p("standing", r"\b(?:trimmed|cut|narrowed|whittled|reduced|sliced) (?:his |her |the )?(?:[\w.-]+ ){0,3}?[\w.-]+" + APOS +
                   r"s? (?:points |championship |series )?(?:lead|advantage|edge|cushion)(?: in the (?:[\w-]+ ){0,3}?"
                   r"(?:championship|standings|points))? to (?P<gap>{NUM}) points?",
       _standing_args),
    _p("standing", r"\b(?:leaves|left|sits|is|remains|" + PRE_RACE_VERB + r") (?:just |only |now )?(?P<gap>{NUM}) (?:points? )?"
                   r"(?:back|behind)"
                   r"(?: (?:of )?(?P<other>{NAME}))?", _standing_args),
    _p("points_lead", r"\b(?:lead|margin|cushion|advantage|edge) (?:(?:in|atop) the (?:standings|points|championship) )?to "
                      r"(?P<gap>{NUM}) points? over "
                      r"(?P<other>(?-i:[A-Z])[\w.'\u2019 -]+?)(?=\s+(?:in|into|after|heading|going|with|for|and)\b|[.,;]|$)",
       _standing_args),
    _p("standing", r"\b(?:is|was|sits|sat|remains|remained|stays|stayed|ended up|wound up|lock(?:ed|s)? down|"
                   r"clinch(?:ed|es)?|secur(?:ed|es|e)|(?:moved|moves|move|moving|climbed|climbs|"
                   r"jumped|jumps|rose|rises|dropped|drops|drop|fell|falls|slipped|slips|lifted|lifts|lift|boosted|pushed|"
                   r"push|vaulted|bumped|bump|elevated|knocked|sent|fallen|slid|slipped|tumbled)(?: him| her| (?P<who>{NAME}"
                   r"))?(?: up| back| down)?"
                   r"(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:spots?|places?|positions?))?"
                   r"(?: from {ORD})? (?:to|into)|"
                   r"left \w+|leaves \w+|now|" + PRE_RACE_VERB + r") "
                   r"(?P<pos>{ORD}) in (?:the )?(?:final |overall |championship |drivers?'? )?{SERIES}(?:points|standings|rundown|table|tally)"
                   r"(?:,? (?:and )?(?:only |just )?(?P<gap>{NUM}) (?:points? )?(?:behind|back|out)(?: (?:of )?(?P<other>{NAME}"
                   r"))?)?",
       _standing_args),
    # "..., with McLaughlin third in points, 175 behind"
    _p("standing", r"\bwith (?P<who>{NAME}) (?P<pos>{ORD}) in (?:the )?{SERIES}(?:points|standings)"
                   r"(?:,? (?:and )?(?P<gap>{NUM}) (?:points? )?(?:behind|back|out)(?: (?:of )?(?P<other>{NAME}))?)?",
       _standing_args),
    _p("standing", r"\b(?P<gap>{NUM}) points? (?:behind|back of) (?P<other>{NAME})"
                   r"(?= in the (?:standings|points)| for the (?:points|series|championship) lead)",
       _standing_args),
    # "pulled him within 17 points of Jimmie Johnson atop the standings": the gap to the driver named (the leader's
    # place in the words is his, and inside the same claim: no true fragment of a false gap)
    _p("standing", r"\bwithin (?P<gap>{NUM}) points? of (?:the (?:points |series |championship )?(?:lead(?:er)?|top)\b|"
                   r"(?P<other>{NAME}))"
                   r"(?: (?:atop|at the top of|for the lead in|in|for first in) the {SERIES}(?:standings|points|championship))?",
       _standing_args),
    # "Crafton closed to within eight points": of the leader
    _p("standing", r"\b(?:closed|closes|pulled|pulls|moved|moves|crept|creeps|drew|draws) (?:to )?within (?P<gap>{NUM}) "
                   r"points?\b(?! of)", _standing_args),
    # "leaves New Hampshire eight points ahead of him"
    _p("points_lead", r"\b(?P<gap>{NUM}) (?:points?|markers?) (?:ahead of|clear of|in front of|up on) (?:him|her)\b",
       _standing_args),
    # "leaves 353 ahead with one race to go": over the driver second
    _p("points_lead", r"\b(?:leaves|left|sits|is|remains) (?:(?-i:[A-Z])[\w.'-]* )?(?:just |only |now )?(?P<gap>{NUM}) "
                      r"(?:points? )?(?:ahead|clear|up)\b(?! (?:of|on)\b)", _standing_args),
    # "leaves Alabama with the lead, 16 points to the good": over the driver second
    _p("points_lead", r"\b(?P<gap>{NUM}) points? to the good\b|(?<=lead, )(?P<gap2>{NUM}) points? (?:clear|ahead|in front)\b"
                      r"(?! of)", _standing_args),
    # "still atop the points, 15 ahead of Buescher"
    _p("points_lead", r"(?:(?<=points, )|(?<=leader, )|(?<=standings, ))(?P<gap>{NUM}) (?:ahead of|clear of|in front of|"
                      r"up on) (?P<other>{NAME}"
                      r")", _standing_args),
    _p("points_lead", r"\b(?P<gap>{NUM}) points? (?:ahead of|clear of|in front of) (?:(?:his |her )?(?:teammate|rival) )?"
                      r"(?P<other>(?-i:[A-Z])[\w.'\u2019 -]+?)"
                      r"(?=\s+(?:in|after|heading|going|with|for|and|but|while|as|who|when)\b|[.,;]|$)",
       _standing_args),
    _p("champion", r"\b(?:clinched|won|captured|claimed|wrapped up|sealed|took|locked up) the (?:(?:19|20)\d\d )?"
                   r"{SERIES}(?:season |series )?(?:championship|title|crown)(?: by (?P<gap>{NUM}) points?(?: over (?P<other>{NAME}"
                   r"))?)?",
       _standing_args),
    _p("points_lead", r"\ba (?:lead|cushion|advantage|margin|edge) of (?P<gap>{NUM}) points?(?: (?:over|on) (?:him|her|the "
                      r"[\w-]+|(?P<other>{NAME})))?", _standing_args),
    _p("points_lead", r"\b(?:lead|cushion|advantage|margin|edge)(?: over (?:him|her|the [\w-]+|(?P<other>{NAME}"
                      r")))? (?:now |still )?(?:" + LEAD_MOVED + r"|shrinks|decreased|narrowed|went)(?: at| to) "
                      r"(?P<gap>{NUM}) points?",
       _standing_args),
    # "his lead in the standings stretched to 32 points over Houston"
    _p("points_lead", r"\b(?:lead|cushion|advantage|margin|edge) in the (?:(?:championship|series|points|driver) )?(?:standings|points|"
                      r"championship) (?:now |still )?" + LEAD_MOVED + r"(?: at| to) "
                      r"(?P<gap>{NUM}) points?(?: over (?P<other>{NAME}))?",
       _standing_args),
    # "His lead over Bell, 28 points entering the night, grew to 58", "..., which stood at 181 points entering the race,
    # shrank to 72 points": the figure after the verb
    _p("points_lead", r"\b(?:lead|cushion|advantage|margin|edge) over (?P<other>{NAME}"
                      r"), (?:which |that )?[^,;.]{0,60}, (?:now |then )?" + LEAD_MOVED + r"(?: at| to) (?P<gap>{NUM})"
                      r"(?: points?)?\b", _standing_args),
    # "extended his lead over Kenseth to 139 points"
    _p("points_lead", r"\b(?:extend|stretch|pad|increas|grew|build|built|push|upp|widen|boost)\w* (?:his|her|the) "
                      r"(?:points |series |championship )?(?:lead|margin|cushion|advantage|edge)(?: over (?:him|her|"
                      r"(?P<other>{NAME})))?(?: in the {SERIES}(?:(?:championship|"
                      r"series|points|driver) )?(?:standings|points))? to (?P<gap>{NUM})(?: points?)?\b(?: over (?P<other2>"
                      r"{NAME}))?", _standing_args),
    # "kept Sadler atop the standings with 131 points, 13 ahead of Dillon"
    _p("points_lead", r"(?<=points, )(?P<gap>{NUM}) (?:ahead of|clear of|in front of|up on) (?P<other>{NAME})", _standing_args),
    _p("points_lead", r"\b(?:(?<=now )(?P<gap2>{NUM}) points? over|(?P<gap>{NUM}) (?:points?|markers?) (?:up on|ahead of|clear of|"
                      r"in front of)) (?P<other>{NAME}"
                      r")(?! in the \w+ stage)",
       _standing_args),
    _p("standing", r"\bmoved (?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2}) (?:up |back |down )?to "
                   r"(?P<pos>{ORD}) in (?:the )?{SERIES}(?:points|standings)(?:,? (?P<gap>{NUM}) (?:points? )?"
                   r"(?:behind|back))?",
       _standing_args),
    _p("standing", r"\b(?:dropped|drops|fell|falls|slipped|slips|slid|slides|moved|moves|climbed|climbs|rose|rises|"
                   r"jumped|jumps|(?:lifted|vaulted|pushed|boosted|bumped|elevated|moved|dropped|knocked) (?:him|her))"
                   r"(?: up| back| down)?(?: from {ORD})? to "
                   r"(?P<pos>{ORD}),? (?P<gap>{NUM}) (?:points? |markers? )?"
                   r"(?:back|behind|out(?: of (?:first|the lead))?)\b(?: (?:of )?(?P<other>{NAME}"
                   r"))?",
       _standing_args),
    _p("standing", r"\b(?:finished|finishes|ended|ends|closed|closes|wound up|ended up) (?:the (?:regular )?(?:season|year) )?(?P<pos>{ORD})"
                   r"(?: in (?:the )?(?:final |overall |regular-season )?(?:standings|points|championship))?(?:,? (?P<gap>{NUM}) "
                   r"(?:points? )?(?:back|behind)(?: (?:of )?(?P<other>{NAME}"
                   r"))?)?",
       _standing_args, veto=lambda m: re.search(r"\b(?:standings|points|championship|season)\b", m.group(0), re.I) is None),
    _p("standing", r"\b(?:is|was|sits|sat|remains|remained|stays|stayed|ended up|wound up) (?:now )?(?P<pos>{ORD}), "
                   r"(?P<gap>{NUM}) (?:points? )?(?:back|behind|out)\b(?: (?:of )?(?P<other>{NAME}"
                   r"))?",
       _standing_args),
    _p("points_lead", r"\b(?:kept|keeps|holds?|held|retained|retains|extended|extends|took over|takes over|take over|"
                      r"taking over|assumed|assumes|moved into|moves into|grabbed|regained|took back|takes back|take back|"
                      r"reclaimed|reclaims|took|takes|taking) (?:the|his|her) (?:{SERIES}(?:points|championship|standings)|series) lead\b"),
    _p("points_lead", r"\b(?:leads?|leading|atop) the {SERIES}(?:standings|points|championship)",
       lambda m: {}),
    # -- race result -----------------------------------------------------------------------------------------------
    _p("stage_sweep", r"\b(?:swe(?:pt|eping|eps)|swept) (?:both|the|all (?:three|two|of the)) stages|\bstage sweep",
       veto=lambda m: re.search(r"\b(?:from|prevent\w*|stop\w*|denied|deny|without|not|never|n't|missed|miss|short "
                                r"of|bid for|chance at|shot at)\s+(?:a\s+)?$",
                                m.string[max(0, m.start() - 25):m.start()], re.I) is not None),  # "keeping Crafton
    # from sweeping the stages"
    _p("stage_win", r"\b(?:w(?:on|ins|inning)|took|takes|captured|claimed|grabbed|grabs|snagged|nabbed|collected|"
                    r"picked up) (?:stage (?P<k>1|2|3|one|two|three)\b|the (?P<kw>first|second|third|opening)[- ]stage)",
       lambda m: {"stage": parse_number(m["k"]) if m["k"] else 1 if m["kw"].lower() == "opening"
                  else parse_ordinal(m["kw"])}),
    _p("most_laps_led", r"\b(?:led|paced|pacing|leading) (?:the (?:field|race|way) (?:for )?)?(?:a |the )?(?:race|event)[- ]"
                        r"(?:high|best|leading) (?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?(?:laps|circuits|trips)",
       lambda m: {"n": parse_number(m["n"])}),
    _p("most_laps_led", r"\bled the most laps", lambda m: {}),
    # "led the most laps -- 162 in all": how many, a claim of its own
    _p("laps_led", r"(?:(?<=most laps \u2014 )|(?<=most laps\u2014)|(?<=most laps -- )|(?<=most laps, )|(?<=most laps: ))"
                   r"(?P<n>{NUM})(?: in all| of them| laps)?\b",
       lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\b(?:out front|in front|up front|in the lead|paced the field|pac(?:ed|ing) (?:it|the field|the race|"
                   r"things)|led(?: the (?:field|race|way))?|topped the (?:field|leaderboard|running order)) for "
                   r"(?:only |just |all but )?(?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?(?:laps?|circuits|trips)\b",
       lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\b(?:set|sets|setting) the pace for (?:only |just )?(?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?laps?\b",
       lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\b(?:paced|paces|pacing) (?:only |just )?(?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?(?:laps?|circuits)\b",
       lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\bspent (?:only |just )?(?P<n>{NUM}) laps (?:out front|in front|up front|in the lead|at the front|"
                   r"at the point)\b", lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\bled (?P<half>half )?a dozen laps\b", lambda m: {"n": 6 if m["half"] else 12}),
    _p("laps_led", r"\b(?P<n>{NUM}) laps (?:out front|in front|in the lead|at the front)\b",
       lambda m: {"n": parse_number(m["n"])}),
    _p("laps_led", r"\b(?:led|leading) (?:only |just )?(?P<n>{NUM}) (?:of (?:the )?(?:{NUM} )?)?laps?\b",
       lambda m: {"n": parse_number(m["n"]), **({"part": True} if PART_OF_RACE.match(m.string, m.end()) else {})},
       # "led 50 laps in Stage 2": a stage's laps, not his total
       veto=lambda m: re.match(r"\s+(?:in (?:the )?(?:stage|segment)|under caution)\b", m.string[m.end():],
                               re.I) is not None),
    _p("pole", r"\bpole[- ]?(?:sitter|winner)", anchor="title"),
    _p("pole", r"\b(?:won|took|claimed|earned|started (?:from |on )?) the pole|\bfrom the pole|\bon the pole"),
    # "started from the sixth row": the 11th or 12th spot
    _p("start", r"\b(?:start(?:ed|ing)?|rolled off|lined up|began)(?: the race)? (?:from |on |in )?(?:the )?(?:(?P<side>inside|"
                r"outside) of (?:the )?)?(?P<row>{ORD}) row\b|\b(?:start(?:ed|ing)?|rolled off|lined up|began)(?: the race)? "
                r"(?:from |on |in )?(?:the )?(?P<side2>inside|outside) of row (?P<row2>{NUM})\b",
       lambda m: {"row": parse_ordinal(m["row"]) if m["row"] else parse_number(m["row2"]),
                  "side": (m["side"] or m["side2"] or "").lower()}),
    _p("start", r"\b(?:began the race|lined up|took the green(?: flag)? from|started the race(?: in| from)?) "
                r"(?:the )?(?P<pos>{ORD})\b(?!(?: |-)(?:row|place finish))", lambda m: {"pos": _pos(m)}),
    _p("start", r"\bstart(?:ed|ing)? (?:from )?(?:the )?(?P<pos>{ORD})(?: (?:position|spot|place))?\b(?! row)"
                r"|\bfrom (?:the |his |her )?(?P<pos2>{ORD})(?: (?:starting )?(?:position|spot|place)| on the grid)\b"
                r"|\b(?P<pos3>{ORD})[- ]place start"
                r"|\b(?:came|rolled off|rolling off|rolls off) (?:from )?(?:the |his |her )?(?P<pos4>{ORD})(?: (?:starting )?(?:position|spot|place))?(?: on the grid)?"
                r"(?! (?:in|place in) (?:the )?(?:points|standings))\b",
       lambda m: {"pos": parse_ordinal(m["pos"] or m["pos2"] or m["pos3"] or m["pos4"])}),
    # "charged from 16th to sixth": from the start to the finish
    _p("start", r"\b(?:charged|charging|climbed|climbing|rallied|rallying|raced|racing|drove|driving|stormed|"
                r"storming|came|coming|worked (?:his|her) way|marched|marching|rocketed|powered|surged) (?:all the way )?"
                r"(?:up )?from (?:his |her )?(?P<pos>{ORD})(?: (?:place|position|spot|starting spot|on the (?:starting )?grid))? to "
                r"(?:finish |a |an )?(?P<fin>{ORD})\b(?!(?:[- ]place)? (?:in|on) (?:the )?(?:points|standings|lap|stage))",
       lambda m: {"pos": _pos(m), "fin": _pos(m, "fin")},
       veto=lambda m: re.search(r"\b(?:points?|standings|championship)\b", m.string[max(0, m.string.rfind(
           ".", 0, m.start())):m.start()], re.I) is not None),  # "the points lead by 18 over Gordon, who climbed
    # from sixth to second": in the standings
    # "Waltrip, who charged from 38th, finished fourth": from the grid, in a clause of its own
    _p("start", r"\b(?:charged|climbed|rallied|stormed|worked (?:his|her) way (?:up )?|marched|rocketed|powered|surged) "
                r"(?:all the way )?(?:up )?from (?P<pos>{ORD})(?: (?:place|position|spot|starting spot|on the (?:starting )?"
                r"grid))?(?=\s*(?:,|;|\.|\band\b))",
       lambda m: {"pos": _pos(m)},
       veto=lambda m: re.search(r"\b(?:points?|standings|championship|restart|lap|caution|stop)\b", m.string[max(0, m.string.rfind(
           ".", 0, m.start())):m.start()], re.I) is not None),
    _p("start", r"\b(?:start(?:ed|ing)?|rolled off) (?:dead |stone )?last\b(?! (?:week|year|season|time|race|month))",
       lambda m: {"pos": "last"}),
    # where a driver qualified is not always where he started (a backup car goes to the rear): never contradicted
    _p("start", r"\bqualified (?P<pos>{ORD})\b(?! in (?:points|the standings))", lambda m: {"pos": _pos(m), "soft": True}),
    _p("start", r"\b(?P<q>qualified )?(?:from |on |started )?(?:on )?the outside (?:pole|of the front row)\b",
       lambda m: {"pos": 2, **({"soft": True} if m["q"] else {})}),
    _p("winner", r"\b(?:won|wins|to win|winning)\b"
                 r"|\b(?:captured|claimed|took|takes|taking|earned|scored|secured|secures|grabbed) the (?:win|victory|"
                 r"checkered flag)\b|\bto victory\b|\bvictory lane\b",
       veto=lambda m: (m.group(0).lower() in ("won", "wins", "to win", "winning") and _not_a_race_won(m))
       or _not_a_driver_won(m) or re.match(r"\s+(?:in\s+)?" + ORD + r"\b(?![- ]time)", m.string[m.end():]) is not None
       or (m.group(0).lower() in ("victory lane", "to victory") and re.search(
           r"\b(?:celebrat\w*|congratulat\w*|hustled|rushed|ran|walked|went|headed|joined|greet\w*|visited|been|"
           r"push\w*|tow\w*|toward|towards|escort\w*)\b",
           m.string[max(0, m.start() - 60):m.end() + 40], re.I) is not None)),
    # "Matt Crafton, the winner here in 2016": a win in another race, which the words name
    _p("winner", r"\bthe (?:defending )?winner (?:here|of this race|at (?-i:[A-Z])[\w'-]+) (?:in (?:19|20)\d\d|a year ago|last year)"),
    # "His other win this season came at Darlington": a win in another race, which the words name
    _p("winner", r"\b(?:other|previous|earlier) {SERIES}(?:win|victory|triumph) (?:this (?:season|year) )?"
                 r"(?:came|was) (?:at|in)\b",
       veto=lambda m: re.search(r"this (?:season|year)|\b(?:19|20)\d\d\b",
                                m.group(0) + re.split(r"[.;!?]", m.string[m.end():m.end() + 80])[0]) is None),
    _p("runner_up", r"(?<!points )(?<!standings )(?<!championship )(?<!series )\brunner-up\b", anchor="title",
       # "a pair of runner-up finishes, at Texas and at Michigan": a count of other races
       veto=lambda m: re.match(r"[- ]finishes\b|\s+finishes\b|\s+in the (?:final )?(?:standings|points|championship)\b|"
                               r"\s+for the (?:title|championship|crown)\b|[^.;]{0,60}:\s+(?:\w+\s+){0,2}in the final (?:standings|"
                               r"points)\b", m.string[m.end():]) is not None or re.search(
           r"\b(?:pair of|couple of|several|multiple|many|that|those|" + NUM + r"|\d+)\s+$",
           m.string[max(0, m.start() - 20):m.start()], re.I) is not None),  # ("that runner-up finish": one told before)
    _p("finish", r"\b(?:finish(?:ed|es|ing)?|was|came home|came in|placed|grabbed|snagged|nabbed|salvaged|notched|"
                 r"(?:was )?relegated (?:him |her )?(?:back )?to|dropped (?:him|her|the (?:[\w.'-]+ ){0,4}?(?:driver|veteran|rookie|"
                 r"racer|youngster|native)) to|(?:drove|raced|stormed|roared|climbed|battled|fought|powered|"
                 r"motored|steered|sped|worked his way(?: up)?|worked her way(?: up)?|drifted|shuffled(?: back)?|tumbled|"
                 r"plummeted|sank|slid|slumped|plunged)(?: back)? to|ran|crossed the line|(?:took|saw) the checkered flag|took the checkers|took|settled for|settle for|"
                 r"wound up|ended up|ended|faded to|fading to|fade to|slipped to|slipping to|dropped to|fell to|rallied to|"
                 r"was scored|scored|was classified|classified|held on for|hung on for|holds on for|hangs on for|"
                 r"(?:was )?credited with|struggled to|charged to|recovered to|rebounded to|left (?:him|her)|posted|"
                 r"checked in|claimed|got|ended the (?:day|night|afternoon|evening|race)|"
                 r"coast(?:ed|ing) home|cruis(?:ed|ing) home|limped home|(?:brought|nursed|nursing|drove|limped|steered|guided|"
                 r"coaxed|babied|wheeled|hustled|bringing|steering|guiding|wheeling) (?:it|his [\w.' -]{1,40}?|her [\w.' -]{1,40}?|the [\w.' -]{1,40}?) home)"
                 r"(?: (?:a|" + NUM + r") laps? (?:down|behind))?(?: in)?(?: a| an)?(?: (?:distant|solid|strong|quiet|respectable|disappointing|career[- ]best|"
                 r"season[- ]best|lonely|hard-earned|hard-fought|comfortable|surprising|surprise))? (?P<pos>{ORD})"
                 r"(?:[- ]place| place| spot| position)?\b"
                 + NOT_FINISH_AFTER,
       lambda m: {"pos": _pos(m)},
       veto=lambda m: _paired_ordinal(m) or re.match(r"(?:ended|was over)\b", m.group(0), re.I) is not None and re.search(
           r"\b(?:day|night|race|afternoon|evening|run|weekend|outing)\s+$", m.string[max(0, m.start() - 12):m.start()],
           re.I) is not None or re.search(r"\bbest\b[^.,;]{0,40}$", m.string[max(0, m.start() - 50):
                                                                                     m.start()]) is not None),
    _p("finish", r"(?:(?<=on the grid )|(?<=starting spot )|(?<=starting position ))to (?P<pos>{ORD})\b"
                 + NOT_FINISH_AFTER, lambda m: {"pos": _pos(m)}),
    _p("finish", r"\((?P<pos>{ORD})\)", lambda m: {"pos": _pos(m)}),
    _p("finish", r"\b(?P<pos>{ORD})(?: place| spot)? went to\b", lambda m: {"pos": _pos(m)}, anchor="title"),
    _p("finish", r"\b(?:took|claimed|grabbed|got|finished in|ended up in|wound up in|came home in|settled for|crossed the "
                 r"line in) the (?P<pos>{ORD}) (?:spot|position|place)\b" + NOT_FINISH_AFTER, lambda m: {"pos": _pos(m)}),
    _p("finish", r"\b(?P<pos>{ORD})[- ]place (?:finish|run|showing|result|effort)", lambda m: {"pos": _pos(m)}),
    _p("top_n", r"\b(?:completed|rounded out|round out|complete) the top[- ](?P<n>five|5|ten|10)",
       lambda m: {"n": 5 if m["n"] in ("five", "5") else 10}),
    _p("top_n", r"\b(?:completed|rounded out|round out|complete) (?:the top[- ](?:three|3)|the podium)\b",
       lambda m: {"n": 3}),
    # (not "out front when the checkered flag fell after 200 laps", "OUT EARLY: ...", nor past another clause: "before
    # falling out, and Eddie Falk went out after 52 laps")
    _p("retirement", r"\b(?:retired|was out|(?-i:out)(?! front| in front)|exited|fell out|was done|was through|was gone|was finished|"
                     r"parked|was eliminated|crashed out|were (?:all |both )?(?:done|out|through|eliminated|finished))\b"
                     r"(?:(?!,\s+(?:and|but|while)\s|\bwhen\b)[^.;]){0,40}?\bafter (?:only |just |a mere )?(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\blasted (?:only |just )?(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"]), "lasted": True},
       veto=lambda m: re.match(r"\s+(?:longer|more|fewer|less)\b", m.string[m.end():]) is not None),  # ("six laps longer")
    _p("retirement", r"\blasted (?:only |just )?(?:until|through|to|till) lap (?P<n>{NUM})\b",
       lambda m: {"n": parse_number(m["n"]), "lap": True}),  # "lasted until lap 236": out on that lap
    _p("retirement", r"\b(?:los(?:t|ing|es) (?:an|his|her|its|the|a) (?:engine|transmission|clutch|motor|rear end|"
                     r"oil pump|fuel pump|driveshaft|head gasket|battery|ignition|brakes|alternator|distributor|wheel)|"
                     r"crash(?:ed|ing|es) out|wreck(?:ed|ing) out|los(?:t|ing|es) (?:his|her|the) (?:car|truck))"
                     r"\b[^.;]{0,30}?\bafter (?:only |just )?(?P<n>{NUM})(?: laps\b|(?=\s*(?:[.;,]|$)))",
       lambda m: {"n": parse_number(m["n"])}),  # "crashed out", "lost his clutch": out of the race
    # an engine that "let go", a crash: out of the race, unless the data shows the car running at the end
    # "Ricky Rudd's engine let go with 14 laps remaining": out that many laps from the end
    _p("retirement", r"\b(?:engine|motor|transmission|gearbox|clutch|rear end|driveshaft)\s+(?:let go|failed|quit|expired|"
                     r"blew(?: up)?|gave out|broke|died|detonated)\s+with (?P<n>{NUM}) laps? (?:remaining|left|to go)\b",
       lambda m: {"left": parse_number(m["n"])}),
    _p("retirement", r"\b(?P<how>let go|failed|quit|expired|blew(?: up)?|gave out|broke|soured|died|detonated|crashed|"
                     r"wrecked)\b(?:[^.;]|No\.){0,30}?\bafter (?P<n>{NUM})(?: laps\b|(?=\s*(?:[.;,]|$)))",
       lambda m: {"n": parse_number(m["n"]),
                  "weak": "crash" if m["how"].lower() in ("crashed", "wrecked", "broke", "soured") else "failure"}),
    # "his night ended (in a crash) after 143 laps": out of the race then, however it happened
    _p("retirement", r"\b(?:night|day|afternoon|evening|race|run|outing) (?:ended|was over|came to an end)\b"
                     r"(?P<how>[^.;]{0,40}?)\bafter (?:only |just |a mere )?(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\bended (?:his|her) (?:night|day|afternoon|evening|race|run|outing) after (?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),  # "a transmission failure ended his race after 62 laps"
    _p("retirement", r"\b(?:in|by) (?:a|an|the|another) (?:[\w-]+ )?(?:crash|wreck|accident|pileup)\b[^.;,]{0,20}?"
                     r"\bafter (?:only |just )?"
                     r"(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"]), "weak": "crash"}),
    _p("retirement", r"\b(?:sidelined|knocked out|taken out|went behind the wall|went to the garage|behind the wall|for good|"
                     r"(?:sent|took) (?:him|her) to the (?:pits|garage)|"
                     r"(?:limped|headed|pulled|was pushed|was towed) (?:in)?to the garage)\b"
                     r"(?:(?!,\s+(?:and|but|while)\b)[^.;]){0,40}?\bafter (?:only |just )?(?P<n>{NUM})(?: laps\b|"
                     r"(?=\s*(?:[.;]|$)))",
       lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\b(?:was|were|got|been) (?:also |both |all )?collected\b[^.;]{0,30}?\bafter (?:only |just )?"
                     r"(?P<n>{NUM}) laps", lambda m: {"n": parse_number(m["n"]), "weak": "crash"}),
    # "sent Kyle Busch's Hendrick Chevrolet to the garage after just 12 laps"
    _p("retirement", r"\b(?:sent|took) (?P<who>(?-i:[A-Z])[\w.\-]*(?: (?-i:[A-Z])[\w.\-]*){0,2})" + APOS +
                     r"s? (?:[\w.#&-]+ ){0,4}?to the (?:pits|garage)\b[^.;]{0,20}?\bafter (?:only |just )?(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    _p("retirement", r"\b(?:into|hit|hitting|against) the wall after (?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"]), "weak": "crash"}),
    _p("retirement", r"\bwith (?:a|an) (?:[\w-]+ ){0,2}(?:problem|issue|failure|trouble) after (?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    # "went out on lap 58", "his engine expired on lap 58": out on that lap (it and the lap before are both read
    # as the laps he completed)
    _p("retirement", r"\b(?P<how>retired|went out|fell out|dropped out|was out|crash(?:ed|ing) out|wreck(?:ed|ing) out|was done|"
                     r"(?:engine|motor|transmission|gearbox|clutch|rear end|driveshaft) (?:expired|blew|let go|failed|quit|"
                     r"gave (?:up|out)|broke|soured|died)|blew (?:up|an engine|a motor)|went behind the wall|went to the "
                     r"garage|parked|(?:day|night|afternoon|evening|race|run) (?:ended|was over)|crashed|wrecked)\b"
                     r"[^.;]{0,30}?\bon lap (?P<n>{NUM})\b",
       lambda m: {"n": parse_number(m["n"]), "lap": True,
                  **({"weak": "crash"} if m["how"].lower() in ("crashed", "wrecked") else {})}),
    _p("laps_completed", r"\b(?:managed|ran|turned) (?:only |just |a mere )(?P<n>{NUM}) laps\b",
       lambda m: {"n": parse_number(m["n"])}),
    # the last resort: a cause of retirement, then "after N laps" in the same clause ("went into the wall after 212
    # laps", "with a suspension problem after 187 laps", "lost his transmission after 483 laps"); never about the
    # lead or a pit stop, and never contradicted when the data has him running at the end
    _p("retirement", r"\b(?P<how>engine|motor|transmission|gearbox|clutch|axle|suspension|brakes?|crash\w*|wreck\w*|"
                     r"wall|fence|accident|overheat\w*|oil|fire|electrical|ignition|fuel pump|rear end|driveshaft|"
                     r"problem|issue|failure|trouble|mechanical)\b(?![^.;,]{0,40}?\b(?:lead|led|leading|pit|caution|"
                     r"restart|stage|took|passed|yellow)\b)(?:\s+(?-i:[a-z][\w'-]*)){0,7}?\s+after (?:only |just )?"
                     r"(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"]),
                  "weak": "crash" if re.match(r"crash|wreck|wall|fence|accident", m["how"], re.I) else "failure"},
       veto=lambda m: re.search(r"(?:^|[.;:,]\s*|\b(?:and|but|while|when)\s+)(?:a|an|the|that|this)\s+(?:[\w-]+\s+){0,2}$",
                                m.string[max(0, m.start() - 40):m.start()]) is not None),  # "..., and a crash after
    # 59 laps ended the nights of ...": the crash is its own clause's subject
    _p("laps_completed", r"\b(?:completed|was credited with|credited with) (?:only |just |all )?(?P<n>{NUM}) laps",
       lambda m: {"n": parse_number(m["n"])}),
    # "who came home two laps down", "finished a lap down": laps behind the winner
    _p("laps_completed", r"\b(?:finished|came home|wound up|ended up|ended the (?:day|night|race)|was|ran|running|fell|dropped|"
                         r"crossed the line|was scored|was classified) (?P<n>{NUM}|a) laps? (?:down|behind the winner)\b",
       lambda m: {"down": 1 if m["n"].lower() == "a" else parse_number(m["n"])}),
    _p("car", r"(?:\bNo\.|#)\s?(?P<car>\d{1,3}[A-Z]?)\b|(?:\bthe |(?<=[a-z]'s )|(?<=[a-z]\u2019s )|(?<=s' ))"
              r"(?P<car2>\d{1,3}) (?:truck|car|machine|entry)\b",
       lambda m: {"car": m["car"] or m["car2"]},
       # "career win No. 25", "victory No. 200", "the No. 1 seed": a count or a rank, not a car
       veto=lambda m: re.search(r"\b(?:wins?|victory|victories|triumph|poles?|titles?|championships?|starts?|races?|"
                                r"top[- ](?:fives?|tens?|5s?|10s?)|seed|ranked|ranking)\s+$",
                                m.string[max(0, m.start() - 25):m.start()], re.I) is not None or
       re.match(r"\s+(?:seed|ranking|in the (?:standings|points|rankings))\b", m.string[m.end():]) is not None or
       # "Briscoe said of the No. 22": the car spoken of, not the speaker's; "the rear of the No. 12": another car
       re.search(r"\b(?:(?:said|says|saying|added|explained|joked|admitted|noted|conceded|remarked) (?:of|about)|"
                 r"(?:rear|back|bumper|nose|side|door|quarter panel|tail|hood|spoiler|wing|fender|tires?|mirror) of) "
                 r"(?:the )?$", m.string[max(0, m.start() - 30):m.start()]) is not None),
    _p("career_wins", r"\b(?:career )?(?:win|victory) (?:No\.|number) (?P<n>\d{1,3})\b", lambda m: {"n": int(m["n"])},
       veto=lambda m: re.match(r"\s+(?:at|in|on|this|of the)\b", m.string[m.end():]) is not None),
    _p("margin", r"\bby (?P<sec>\d+\.\d+) seconds?", lambda m: {"seconds": float(m["sec"])}, "none"),
    _p("cautions", r"\b(?P<n>{NUM}) cautions?\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("lead_changes", r"\b(?P<n>{NUM}) lead changes\b", lambda m: {"n": parse_number(m["n"])}, "none"),
    _p("next_race", r"\b(?:continues|next|heads?|moves on|returns|opens|begins|resumes)\b"
                    r"(?:(?!,\s+(?:where|then|before|after|and)\b)[^.;])*?\bat (?:the )?(?P<track>" + TRACK + ")",
       lambda m: {"track": m["track"].strip()}, "none",
       veto=lambda m: re.match(r"returns to (?:victory lane|the winner's circle|form|winning|the top)|next (?:race|start|"
                               r"outing|event|time out|week) (?:after|following)\b", m.group(0),
                               re.I) is not None),  # "Busch returns to victory lane at Sonoma"; ("the very next race
    # after a frustrating afternoon at Pocono": this one)
    _p("next_race", r"\bnext (?:week|weekend|Sunday|Saturday|Friday|Monday|time out)\b[^.;]*?\b(?:visits|visit|at|to|in) "
                    r"(?:the )?(?P<track>" + TRACK + ")",
       lambda m: {"track": m["track"].strip()}, "none",
       veto=lambda m: re.search(r"\b(?:last|previous|won|winner)\b", m.group(0), re.I) is not None),
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
