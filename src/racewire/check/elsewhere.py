"""Claims about another race: which race the words name ("last week at Bristol", "this race a year ago",
"his other win this season came at Darlington"), and whether they name another series."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.catalogue import Catalogue, compute
from ..facts.history import History, RaceInfo
from ..words import parse_number, squash
from .scope import BEGAN_THE_DAY, CARRIED_IN, SINCE_BEFORE
from .text import NUM, ORD


def other_race(history: History, cat: Catalogue, cache: dict[int, Catalogue], words: str,
               label: str, kind: str = "", place: str | None = None) -> Catalogue | None:
    """The race that ``words`` (the scope of a claim about another race) name: a year (or "last year", "last
    week") and a track, or "this race" in another season, in this race's series; for the standings, "entered
    the night third in points" is the table after the round before; ``place``, the track right after the claim's
    words ("on the pole at Gateway"), decides among the tracks the words name. None when that is not certain."""
    race = cat.race
    if other_series(words, label):  # "won the Cup race at Homestead": not this series' history
        return None
    if kind in ("standing", "points_lead") and PRE_RACE.search(words) and \
            not re.search(r"\b(?:19|20)\d\d\b", words) and not OTHER_TIME.search(words):
        before = [i for i in history.races if i.season == race.season and i.round == race.round - 1]
        return _catalogue(history, cache, before[0]) if before else None
    explicit = [int(m[1]) for m in re.finditer(r"\b((?:19|20)\d\d)\b", words)
                if not SINCE_BEFORE.search(words[:m.start()])]
    years = [y for y in explicit if y != race.season] or explicit[:1]
    if not years:
        ago = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years|seasons|summers|springs|falls|autumns) "
                        r"(?:ago|earlier)", words, re.I)
        back = parse_number(ago[1].lower()) if ago else None
        years = [race.season - back] if back else [race.season - 1] if PRIOR_YEAR.search(words) else [race.season]
    named = {t for t in history.track_names if track_named(t, HOMETOWN.sub("", words))}
    at = {t for t in history.track_names if track_named(t, place)} if place else set()
    if at:  # "a sixth at Nazareth, although he did put the car on the pole at Gateway": the place after the claim
        named = at
    same_event = THIS_EVENT.search(words) is not None  # "who won this race a year ago", "here in 2019"
    if same_event:  # (with another track named too, which one is meant is the doubt)
        named = named | {race.track}
    if len(years) == 1 and not named:  # "won the Atlanta 500": a race of that season by its name alone
        titled = [i for i in history.races if i.season == years[0] and i.name and len(squash(i.name)) >= 8 and
                  squash(i.name) in squash(words)]
        named = {titled[0].track} if len({i.idx for i in titled}) == 1 else named
    if len(named) == 1 and not explicit and LAST_THERE.search(words):
        # "had won the last Grand National race run here": the latest race at the track before this one
        before = [i for i in history.races if i.track in named and i.idx < race.idx]
        return _catalogue(history, cache, before[-1]) if before else None
    if len(years) != 1 or not named:
        return None
    # "at Nashville" may name more than one track: the one the series raced at that season, if only one
    hits = [i for i in history.races if i.season == years[0] and i.track in named]
    if len(hits) > 1 and re.search(r"\bdoubleheader\b", words, re.I):
        # "the first race of the Pocono doubleheader": of the weekend's two races, the one the words name
        pair = [i for i in hits if any(abs(i.round - j.round) == 1 for j in hits)][-2:]
        which = re.search(r"\b(first|opening|opener|second|nightcap|latter)\b", words, re.I)
        hits = pair[:1] if which and which[1].lower() in ("first", "opening", "opener") else \
            pair[1:] if which and len(pair) == 2 else []
    if len({i.track for i in hits}) == 1 < len(hits):  # "won the Dixie 500 at Atlanta": of the races there, the one so named
        titled = [i for i in hits if i.name and squash(i.name) in squash(words)]
        hits = titled if len(titled) == 1 else hits
    weeks = WEEKS_AGO.search(words)
    if len({i.track for i in hits}) == 1 < len(hits) and years[0] == race.season and weeks:
        # "at Atlanta two weeks ago": the latest race there before this one, if it is about that recent
        back = parse_number(weeks[1].lower()) or 0
        hits = [i for i in hits if i.round < race.round][-1:]
        hits = [i for i in hits if race.round - i.round <= back + 1]
    if len(hits) > 1 and years[0] == race.season and RECENT.search(words):
        # "who won last week at Bristol": of this season's races there, the ones already run; "last week"
        # and "last time out" mean the latest of them
        hits = [i for i in hits if i.round < race.round]
        if LAST_ONE.search(words):
            hits = hits[-1:]
    if len(hits) > 1 and years[0] == race.season and not explicit and named == {race.track} and \
            EARLIER_VISIT.search(words):
        # "who won the spring race here", "won here in the spring": this season's visit before this one, if one
        earlier = [i for i in hits if i.round < race.round]
        hits = earlier if len(earlier) == 1 else []
    if len(hits) > 1 and years[0] != race.season and re.search(r"\bthis (?:race|event)\b", words, re.I) \
            and not re.search(r"\b(?:spring|summer|fall|autumn)\b|\b(?:first|second) (?:race|visit|trip|event|"
                              r"stop)", words, re.I):
        # of a season's races at this track, "this race" is the one with this race's name
        same_name = [i for i in hits if i.name and race.name and squash(i.name) == squash(race.name)]
        visits = [i for i in history.races if i.season == race.season and i.track == race.track]
        same_visit = [hits[[i.idx for i in visits].index(race.idx)]] if len(visits) == len(hits) else []
        if same_name and same_visit and same_name != same_visit:
            same_name = []  # the name moved to the other visit ("Funai 250", spring one year, fall the next): which?
        elif not same_name:  # renamed: the same visit of the season to the track
            same_name = same_visit
        hits = same_name
    if len(hits) != 1:
        return None
    if hits[0].idx == race.idx:
        # the words say another race ("last week"); only an explicit year may point back at this one
        return cat if explicit else None
    return _catalogue(history, cache, hits[0])


#: a driver described by his hometown: "the Las Vegas native", "a Charlotte-born racer"
HOMETOWN = re.compile(r"\b(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,3}(?:native|product|resident|area|-born|born|raised|driver|racer|"
                      r"veteran|youngster|rookie|lumberman|farmer)\b|"
                      r"\b(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,2}(?-i:[A-Z])[\w.'\u2019]*-(?:born|bred|raised)\b")
#: "the last Grand National race run here": the track's race before this one, whatever its season
LAST_THERE = re.compile(r"\bthe last (?:(?-i:[A-Z])\w* ){0,3}(?:race|event) (?:(?:run|held) )?(?:here|there|at)\b", re.I)
#: "the spring race", "here in the spring", "the first visit here": this season's earlier race at this track
EARLIER_VISIT = re.compile(r"\b(?:spring|first (?:race|visit|stop) (?:here|there|of the (?:season|year)))\b", re.I)
WEEKS_AGO = re.compile(r"\b(two|three|four|five|six|\d+) (?:weeks|races) (?:ago|earlier|before)\b", re.I)


def _catalogue(history: History, cache: dict[int, Catalogue], info: RaceInfo) -> Catalogue:
    if info.idx not in cache:
        known = history.catalogues  # shared by every check of the series: computing a race is the slow part
        if info.idx not in known:
            if len(known) > 256:
                known.clear()
            known[info.idx] = compute(history, info)
        cache[info.idx] = known[info.idx]
    return cache[info.idx]


#: the standings a race began with: "entered the night third in points", "came in 12 points back"
PRE_RACE = re.compile(r"\b(?:entered|entering|came into|coming into|going into|went into|heading into|headed into|"
                      r"arrived|arriving)(?: (?:the|this|Sunday's|Saturday's|Friday's|tonight's|today's) (?:race|event|"
                      r"weekend|night|day|afternoon|evening|contest|finale))?\b|"
                      + BEGAN_THE_DAY + r"|\bbefore the (?:race|green flag|start)\b|\b(?:coming|going) in(?=\s*(?:[,.;]|$))|"
                      r"\b(?:came|coming) (?:in|west|east|north|south) (?:with|as|ahead|leading|trailing|holding|carrying|protecting|"
                      r"\d+|" + NUM + r")\b|"
                      r"\b(?:came|coming|rolled|rolling) (?:to|into) (?:[\w-]+ ){1,3}(?:holding|carrying|leading|with|as|atop|ahead|"
                      r"protecting|defending|nursing|"
                      r"trailing|\d+ points?|" + NUM + r" points?|" + ORD + r")\b|" + CARRIED_IN, re.I)
#: words that put the standings at another time than the start of this race
OTHER_TIME = re.compile(r"\b(?:season|playoffs?|Chase|final (?:standings|points|tally|table)|last (?:week|year)|"
                        r"(?:weeks?|months?) ago|"
                        r"earlier)\b", re.I)


#: words that put another race in an earlier season
PRIOR_YEAR = re.compile(r"\b(?:last (?:year|season|fall|spring|summer|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)|a year (?:ago|earlier|before)|"
                        r"the year before|a year after (?:he|she|they|his|her))\b", re.I)
#: words that point at this race's event in another season
THIS_EVENT = re.compile(r"\b(?:this (?:race|event|track)|here|at the track)\b", re.I)
#: what reporters call tracks, besides their names (the track's distinctive word it stands for)
TRACK_NICKNAMES = {"indy": "Indianapolis", "brickyard": "Indianapolis", "dega": "Talladega", "the glen": "Watkins Glen",
                   "monster mile": "Dover", "lady in black": "Darlington", "too tough to tame": "Darlington",
                   "paperclip": "Martinsville", "last great colosseum": "Bristol", "world center of racing": "Daytona",
                   "loudon": "New Hampshire", "fontana": "Auto Club", "long pond": "Pocono", "joliet": "Chicagoland",
                   "sparta": "Kentucky", "newton": "Iowa", "avondale": "Phoenix", "fort worth": "Texas",
                   "roval": "Charlotte Motor Speedway Road Course", "the rock": "Rockingham", "wilkesboro":
                   "North Wilkesboro", "mid-ohio": "Mid-Ohio", "cota": "Circuit of the Americas",
                   # names the tracks had in their day
                   "alabama international": "Talladega", "lowe's motor speedway": "Charlotte Motor Speedway",
                   "north carolina motor speedway": "Rockingham", "north carolina speedway": "Rockingham",
                   "sears point": "Sonoma", "infineon": "Sonoma", "california speedway": "Auto Club",
                   "dover downs": "Dover", "pennsylvania international": "Nazareth", "atlanta": "EchoPark",
                   "mosport": "Canadian Tire", "bowmanville": "Canadian Tire", "montreal": "Gilles Villeneuve",
                   "mexico city": "Hermanos Rodriguez", "o'reilly raceway park": "Indianapolis Raceway Park",
                   "elkhart lake": "Road America", "st. louis": "Gateway"}
#: words that put another race earlier this season; "last week" means the latest of them
RECENT = re.compile(r"\b(?:last (?:week|weekend|race|time(?: out)?|month)|(?:a|one|two|three|\d) weeks? (?:ago|earlier)|"
                    r"earlier this (?:season|year|month|summer|spring)|previous (?:race|week|weekend))\b", re.I)
LAST_ONE = re.compile(r"\b(?:last (?:week|weekend|race|time(?: out)?)|a week (?:ago|earlier)|previous (?:race|week|"
                      r"weekend))\b", re.I)
#: how text names each national series ("Busch" alone is as likely Kyle Busch)
SERIES_WORDS = {"Cup": r"\bCup\b|(?<!Busch )\bGrand National\b",
                "Xfinity": r"\b(?:Xfinity|Nationwide|Busch (?:Grand National )?Series)\b",
                "Truck": r"\bTrucks?\b"}


def other_series(sentence: str, label: str) -> bool:
    """Does the sentence name a national series other than this race's ("the Cup race", "Busch Series")?"""
    mine = "Xfinity" if re.search(r"Xfinity|Busch|Nationwide", label) else "Truck" if "Truck" in label else "Cup"
    return any(re.search(rx, sentence) for k, rx in SERIES_WORDS.items() if k != mine)


def track_named(track: str, sentence: str) -> bool:
    """A track is named by its full name or its distinctive first words ("North Wilkesboro", "Homestead")."""
    if track.lower() in sentence.lower():
        return True
    if any(word in track.lower() for word in _nicknamed(sentence)):  # "at COTA", "Monster Mile"
        return True
    return any(rx.search(sentence) for rx in _track_keys(track))


@lru_cache(maxsize=1024)
def _nicknamed(sentence: str) -> tuple[str, ...]:
    """The track words the nicknames in a sentence stand for (searched once per sentence, not once per track)."""
    return tuple(word for rx, word in _NICKNAMES if rx.search(sentence))


_NICKNAMES = [(re.compile(r"\b" + re.escape(nick) + r"\b", re.I), word.lower())
              for nick, word in TRACK_NICKNAMES.items()]


@lru_cache(maxsize=4096)
def _track_keys(track: str) -> tuple[re.Pattern[str], ...]:
    """The distinctive words that name a track: its first two, or its first alone when it is long enough and not
    a compass word ("at Homestead", "at Martinsville"), or the place after "at" in its name ("Gateway")."""
    words = [w for w in re.split(r"[\s-]+", track) if w and w[0].isupper()]
    generic = {"Speedway", "Raceway", "Motor", "International", "Superspeedway", "Park", "Fairgrounds", "Mile", "The"}
    key = [w for w in words if w not in generic]
    if not key:
        return ()
    keys = [re.compile(r"\b" + re.escape(" ".join(key[:2])) + r"\b")]
    if len(key[0]) >= 5 and key[0] not in {"North", "South", "Central", "Southern", "Northern", "World", "National", "State",
                                           "County", "Valley", "Grand"}:  # ("Grand National" names no Grand River Speedrome)
        keys.append(re.compile(r"\b" + re.escape(key[0]) + r"\b"))
    if len(words) >= 4 and words[-3] not in generic:  # "Indianapolis Raceway Park" (Lucas Oil ...): the name
        keys.append(re.compile(r"\b" + re.escape(" ".join(words[-3:])) + r"\b"))  # without its sponsor
    place = re.search(r"\bat ((?:[A-Z][\w'-]+ ?){1,2})$", track)  # "World Wide Technology Raceway at Gateway"
    if place is not None and len(place[1].strip()) >= 5:
        keys.append(re.compile(r"\b" + re.escape(place[1].strip()) + r"\b"))
    return tuple(keys)
