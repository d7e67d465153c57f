"""Judging claims against the facts catalogue (and, for career questions the catalogue does not answer, the same
history index the catalogue is computed from). Never "supported" unless a fact says so; when unsure,
"unverifiable"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..facts.catalogue import Catalogue
from ..facts.history import History, RaceInfo
from ..facts.model import Fact
from ..words import ordinal, plural, possessive, squash, surname
from .anchor import acronyms
from .elsewhere import HOMETOWN, other_race, other_series, track_named
from .model import Claim
from .scope import ASIDE, TRAILING, clause


#: claims whose words would fit another driver's result: when they fit one the sentence also names, who they are
#: about is the doubt, not the fact
MISREAD_KINDS = frozenset({"finish", "runner_up", "top_n", "start", "pole", "laps_led", "most_laps_led", "retirement",
                           "laps_completed", "stage_win", "car"})


#: kinds whose verdict does not depend on who the claim is about ("the first win for the No. 41": the car's count)
DRIVERLESS = frozenset({"car_first_win", "team_wins", "next_race", "different_winners", "margin", "cautions",
                        "lead_changes"})
#: Speedweeks' qualifying races, run on the days before a race at the same track
QUALIFIER = re.compile(r"qualif|twin|duel|\b1[02]5\b|100[- ]mile", re.I)
WEEKDAY = re.compile(r"\b(?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day\b")


#: a race named by its distance after a result: "finished fifth in the 500"
IN_THE_DISTANCE = re.compile(r"\s+in the (?:(?!No\.)(?-i:[A-Z])[\w'\u2019.-]*\s+){0,4}(?P<n>\d{3,4})\b(?!\s*(?:laps|miles|km))")
RESULT_KINDS = ("finish", "runner_up", "top_n", "start", "pole", "laps_led", "most_laps_led", "retirement",
                "laps_completed")
#: claims that count races: the races a list after them names are the ones counted
COUNTS = ("win_streak", "career_wins", "season_wins", "drought", "career_first", "car_first_win", "team_wins",
          "track_wins")
#: how to say "on <class>" for each track class of a career best
TRACK_KINDS = {"short track": "short tracks", "superspeedway": "superspeedways", "road course": "road courses",
               "one-mile oval": "one-mile ovals", "dirt": "dirt tracks", "intermediate": "intermediate tracks"}


#: a sentence that opens on another track: "At Richmond, Almirola led a race-high 95 laps ..."
AT_OPENER = re.compile(r"\s*(?:(?:Back|Over|Earlier|Before that|Last week|Last year|Last season)\s*,?\s+)?[Aa]t\s+"
                       r"(?P<place>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})\s*,")


class Judge:
    """Verdicts for the claims of one race."""

    def __init__(self, cat: Catalogue, history: History) -> None:
        self.cat = cat
        self.history = history
        self.race: RaceInfo = cat.race
        self._others: dict[int, Catalogue] = {}
        self._text = ""  # the text being checked, for the verdicts that read past a claim's words
        self._season_names: list[str] | None = None  # the names of this season's races, squashed (made once)

    # -- outcome helpers ------------------------------------------------------------------------------
    @staticmethod
    def ok(c: Claim, fact: Fact | None, evidence: str | None = None) -> None:
        c.verdict = "supported"
        c.evidence = evidence or (fact.text if fact else "")
        c.facts = [fact.id] if fact else []

    @staticmethod
    def wrong(c: Claim, fact: Fact | None, correction: str, evidence: str | None = None) -> None:
        c.verdict = "contradicted"
        c.correction = correction
        c.evidence = evidence or (fact.text if fact else correction)
        c.facts = [fact.id] if fact else []

    @staticmethod
    def unknown(c: Claim, why: str) -> None:
        c.verdict = "unverifiable"
        c.evidence = why

    def judge(self, c: Claim, text: str) -> None:
        self._text = text
        if c.kind not in ("car", "make", "team") and other_series(c.text, self._label()):
            # "his 29th career Cup win" in a Truck report: a count in another series' history
            return self.unknown(c, f"about another series than the {self._label()}")
        self._judge(c, text)
        if c.verdict == "contradicted" and c.args.get("unsure") and c.kind not in DRIVERLESS and \
                c.args.get("driver"):
            c.verdict = "unverifiable"
            c.evidence = f"the text does not name who this is about; for {c.args['driver']} the data says: " \
                         f"{c.correction}"
            c.correction = None
        if not c.args.get("other_race"):
            self._misread(self, c)
        if c.verdict == "contradicted" and not c.args.get("other_race") and WEEKDAY.search(self._own_words(c, text)) \
                and self._doubleheader():
            # "Brad Keselowski, the runner-up on Saturday, ..." in the report on Sunday's race at the same track
            c.verdict, c.evidence = "unverifiable", f"a doubleheader weekend: the day named may be the other race's; " \
                                                    f"for this one the data says: {c.correction}"
            c.correction = None
        if c.verdict == "contradicted" and (c.args.get("hedged") or c.args.get("soft")):
            c.verdict = "unverifiable"
            c.evidence = (f"hedged claim; the data says: {c.correction}" if c.args.get("hedged") else
                          f"qualifying is not always the start; the data says: {c.correction}")
            c.correction = None

    def _won_there(self, driver: str | None, words: str) -> bool:
        """Did ``driver`` win the race of this season, before this one, that ``words`` name by its title or its
        track ("the Michigan winner", "the Coca-Cola 600 winner")?"""
        races = [i for i in self.history.races if i.season == self.race.season and i.round < self.race.round and
                 (i.name and squash(words) in squash(i.name) or track_named(i.track, words))]
        winners = {self.history.cols["driver"][r] for i in races for r in self.history.rows_of(i)
                   if self.history.cols["win"][r]}
        return driver is not None and winners == {driver}

    def _judge(self, c: Claim, text: str) -> None:
        if c.args.get("winner_of") and not self._won_there(c.args.get("driver"), c.args["winner_of"]):
            return self.unknown(c, f"\"the {c.args['winner_of']} winner\" may not be {c.args.get('driver')}")
        if c.kind == "winner" and not c.args.get("other_race") and self._names_another_race(text[c.end:c.end + 80]):
            c.args["other_race"] = True  # "Pearson won the Atlanta 500" in a report on the Southern 500
        distance = IN_THE_DISTANCE.match(text, c.end) if c.kind in RESULT_KINDS else None
        if distance and self.race.name and distance["n"] not in self.race.name:
            c.args["other_race"] = True  # "Owens finished fifth in the 500" in a report on a 100-mile race
        if "before" in c.args:  # "had won the previous two races at Michigan and Milwaukee": it names its own races
            c.args["other_race"] = False
            return self._won_before(c)
        at = c.args.get("at")
        if at and not track_named(self.race.track, at) and at.lower() not in self.race.track.lower() \
                and at.lower() not in (self.race.name or "").lower():
            c.args["other_race"] = True  # "Buescher's 14th-place run at Indianapolis": not this race
        opener = AT_OPENER.match(text, c.args["sentence"][0]) if "sentence" in c.args else None
        if opener and not c.args.get("other_race") and not track_named(self.race.track, opener["place"]) and \
                any(track_named(t, opener["place"]) for t in self.history.track_names):
            c.args["other_race"] = True  # "At Richmond, Almirola led a race-high 95 laps" in a Martinsville report
        if c.args.get("aside") and not c.args.get("other_race"):
            a, b = c.args["aside"]
            # (a hometown names no race: "the Las Vegas native", "a Martinsville product"; a count's own list of
            # wins after it names races it counts: "making it three straight wins after Watkins Glen and Michigan")
            listed = c.kind in COUNTS and re.match(r"\s+(?:(?:wins?|victories|starts)\s+)?(?:after|following|including)\b",
                                                   text[c.end:b]) is not None
            words = HOMETOWN.sub("", text[a:c.start] if listed else text[a:b])
            places = {t for t in self.history.track_names if track_named(t, words)}
            if places and self.race.track not in places and not track_named(self.race.track, words):
                c.args["other_race"], c.args["scope"] = True, (a, b)  # "who won from the pole at Pocono"
        if c.args.get("other_race") and c.kind != "next_race":  # "opens the 2013 season at Daytona" is next
            other = self.other_race(text, c)
            if other is None:
                self.unknown(c, "about another race, which the text does not identify")
                return
            if other is not self.cat:
                a, b = c.args["sentence"]
                d = c.args.get("driver")
                if c.kind in ("car", "make", "team") and re.search(r",\s+(?:in|driving|aboard|piloting)\s+(?:the\s+|his\s+)?"
                                                                  r"(?:(?:No\.|#)\s*(?:\w+\s+)?)?(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}$",
                                                                  text[max(a, c.start - 50):c.start]):
                    # "Gurney, in the No. 28 Holman-Moody Ford, had won the Riverside 500 last month": the car of
                    # then or of now? the aside does not say
                    return self.unknown(c, f"a car in an aside of a sentence about {other.race.season} "
                                           f"{other.race.track}: then or now, the text does not say")
                namesakes = {f.subjects["driver"] for f in other.find("finish")
                             if surname(f.subjects["driver"]) == surname(d) and f.subjects["driver"] != d} if d else set()
                judge = Judge(other, self.history)
                if d and d not in text[a:b] and namesakes and (
                        any(re.search(re.escape(n) + r"(?![\w.]| Jr| Sr| II)", text) for n in namesakes) or
                        any(self._true_of(judge, c, n) for n in namesakes)):
                    # "A year ago, Earnhardt won this race": father and son both ran that one
                    return self.unknown(c, f"{other.race.season} {other.race.track}: {d} and "
                                           f"{', '.join(sorted(namesakes))} both ran that race")
                judge.judge_here(c)
                self._misread(judge, c)
                c.evidence = f"{other.race.season} {other.race.track}: {c.evidence}"
                return
        self.judge_here(c)

    def _doubleheader(self) -> bool:
        """Was the round before or after this one a points race at the same track (a doubleheader weekend, not
        Speedweeks' qualifying races)?"""
        return any(i.season == self.race.season and abs(i.round - self.race.round) == 1 and i.track == self.race.track
                   and not QUALIFIER.search(i.name or "") and not QUALIFIER.search(self.race.name or "")
                   for i in self.history.races)

    @staticmethod
    def _own_words(c: Claim, text: str) -> str:
        """The words a claim stands in: its aside if it is in one, else its clause less the asides in it."""
        if c.args.get("aside"):
            a, b = c.args["aside"]
            return text[a:b]
        s, e = c.args.get("sentence", (c.start, c.end))
        lo, hi = clause(text[s:e], c.start - s, c.end - s)
        return ASIDE.sub(",", text[s + lo:s + hi])

    def _names_another_race(self, after: str) -> bool:
        """Do the words after "won" name another race of this season ("the Atlanta 500")?"""
        rest = squash(re.sub(r"^\s+(?:the\s+)?", "", after))
        here = squash(self.race.name or "")
        if self._season_names is None:
            self._season_names = [squash(i.name) for i in self.history.races if i.season == self.race.season and i.name]
        return any(name != here and rest.startswith(name) for name in self._season_names)

    @classmethod
    def _misread(cls, judge: Judge, c: Claim) -> None:
        """"couldn't get back around Hornaday and settled for second": a contradicted claim that is true of another
        driver the sentence names between its driver and its words may be his; never contradicted on a reading of
        who it is about."""
        if c.verdict != "contradicted" or c.kind not in MISREAD_KINDS:
            return
        other = next((d for d in c.args.get("named", ()) if d != c.args.get("driver") and
                      cls._true_of(judge, c, d)), None)
        if other is not None:
            c.verdict = "unverifiable"
            c.evidence = f"true of {other}, also named here; for {c.args['driver']} the data says: {c.correction}"
            c.correction = None

    @staticmethod
    def _true_of(judge: Judge, c: Claim, driver: str) -> bool:
        """Would the claim hold of another driver of that name?"""
        twin = Claim(c.kind, c.start, c.end, c.text, {**c.args, "driver": driver})
        judge.judge_here(twin)
        return twin.verdict == "supported"

    def judge_here(self, c: Claim) -> None:
        fn: Callable[[Claim], None] | None = getattr(self, f"_{c.kind}", None)
        if fn is None:
            self.unknown(c, "racewire does not check this kind of claim")
            return
        fn(c)

    # -- finding the race another claim is about -----------------------------------------------------
    def other_race(self, text: str, c: Claim) -> Catalogue | None:
        """The race a claim about another race is about, when its words name one (elsewhere.py)."""
        a, b = c.args.get("scope") or c.args["sentence"]
        trail = TRAILING.search(text, a, b)
        if trail is not None and c.start < trail.start():  # "..., having retaken the lead at New Hampshire two
            b = trail.start()  # races earlier": that phrase's time is not the claim's
        return other_race(self.history, self.cat, self._others, text[a:b], self._label(), c.kind, c.args.get("at"))

    # -- per kind -------------------------------------------------------------------------------------
    def _finish_fact(self, driver: str) -> Fact | None:
        hits = self.cat.find("finish", driver=driver)
        return hits[0] if len(hits) == 1 else None  # two entries for one name: which one is meant is unknown

    def _in_race(self, c: Claim) -> Fact | None:
        fin = self._finish_fact(c.args["driver"])
        if fin is None:
            entries = len(self.cat.find("finish", driver=c.args["driver"]))
            self.unknown(c, f"{c.args['driver']} has {entries} entries in this race: which one is meant is unknown"
                         if entries else f"{c.args['driver']} has no classified result in this race")
        return fin

    def _named(self, c: Claim, kind: str, none: str, correction: str) -> None:
        """A race-wide fact whose value is one driver (the winner, the pole-sitter)."""
        f = self.cat.first(kind)
        if f is None:
            return self.unknown(c, none)
        if f.value == c.args["driver"]:
            return self.ok(c, f)
        self.wrong(c, f, correction.format(f.value))

    def _winner(self, c: Claim) -> None:
        self._named(c, "winner", "the data names no winner", "{} won")

    def _position(self, c: Claim, fits: Callable[[int], bool]) -> None:
        fin = self._in_race(c)
        if fin is None:
            return
        if fits(fin.value):
            return self.ok(c, fin)
        self.wrong(c, fin, f"{c.args['driver']} finished {ordinal(fin.value)}")

    def _finish(self, c: Claim) -> None:
        self._position(c, lambda pos: pos == c.args["pos"])

    def _runner_up(self, c: Claim) -> None:
        self._position(c, lambda pos: pos == 2)

    def _top_n(self, c: Claim) -> None:
        self._position(c, lambda pos: pos <= c.args["n"])

    def _start(self, c: Claim) -> None:
        st = self.cat.first("start", driver=c.args["driver"])
        if st is None:
            return self.unknown(c, f"no starting position recorded for {c.args['driver']}")
        if "row" in c.args:  # "from the sixth row": 11th or 12th; "the outside of row 3": 6th
            row = c.args["row"]
            spots = {"inside": (2 * row - 1,), "outside": (2 * row,)}.get(c.args["side"], (2 * row - 1, 2 * row))
            if st.value in spots:
                return self.ok(c, st)
            return self.wrong(c, st, f"{c.args['driver']} started {ordinal(st.value)}")
        pos = c.args["pos"]
        if pos == "last":  # "started dead last": the deepest starting spot of the field
            pos = max(f.value for f in self.cat.find("start"))
        if st.value == pos:
            return self.ok(c, st)
        self.wrong(c, st, f"{c.args['driver']} started {ordinal(st.value)}")

    def _pole(self, c: Claim) -> None:
        self._named(c, "pole", "no starting positions recorded", "{} started from the pole")

    def _laps_led(self, c: Claim) -> None:
        if "laps led" in self.cat.missing:
            return self.unknown(c, "no laps-led figures for this race")
        led = self.cat.first("laps_led", driver=c.args["driver"])
        value = led.value if led else 0
        if self._finish_fact(c.args["driver"]) is None and led is None:
            return self.unknown(c, f"{c.args['driver']} has no result in this race")
        if value == c.args["n"]:
            return self.ok(c, led, None if led else f"{c.args['driver']} led no laps")
        if c.args.get("part") and c.args["n"] < value:  # "led 57 laps in the middle stages": and more elsewhere?
            return self.unknown(c, f"{c.args['driver']} led {value} laps in all; the words may name only a part")
        self.wrong(c, led, f"{c.args['driver']} led {value} laps")

    def _most_laps_led(self, c: Claim) -> None:
        most = self.cat.find("most_laps_led")
        if not most:
            return self.unknown(c, "no laps-led figures for this race")
        mine = [f for f in most if f.subjects["driver"] == c.args["driver"]]
        if not mine:
            return self.wrong(c, most[0], f"{most[0].subjects['driver']} led the most laps ({most[0].value})")
        if "n" in c.args and c.args["n"] != mine[0].value:
            return self.wrong(c, mine[0], f"{c.args['driver']} led a race-high {mine[0].value} laps")
        self.ok(c, mine[0])

    def _stage_win(self, c: Claim) -> None:
        f = self.cat.first("stage_win", stage=c.args["stage"])
        if f is None:
            return self.unknown(c, self.cat.missing.get("stage winners", "no stage results for this race"))
        if f.subjects["driver"] == c.args["driver"]:
            return self.ok(c, f)
        self.wrong(c, f, f"{f.subjects['driver']} won stage {c.args['stage']}")

    def _stage_sweep(self, c: Claim) -> None:
        sweep = self.cat.first("stage_sweep", driver=c.args["driver"])
        if sweep is not None:
            return self.ok(c, sweep)
        wins = self.cat.find("stage_win")
        if len(wins) >= 2:
            return self.wrong(c, wins[0], "stage winners: " + ", ".join(
                f"stage {f.value} {f.subjects['driver']}" for f in sorted(wins, key=lambda f: f.value)))
        self.unknown(c, self.cat.missing.get("stage winners", "no stage results for this race"))

    def _subject(self, c: Claim, key: str, label: Callable[[str], str]) -> None:
        fin = self._in_race(c)
        if fin is None:
            return
        have = " ".join(str(fin.subjects.get(key) or "").split())  # the source has stray double spaces
        want = " ".join(str(c.args[key]).split())
        if have.lower() == want.lower() or key == "team" and want.lower() in (
                p.lower() for p in re.split(r"\s*/\s*", have)):  # one of a joint entry's names ("A / Germain Racing")
            return self.ok(c, fin, f"{c.args['driver']}: {label(have)}")
        # a car, team or make that belongs to another driver named in the same breath is not a claim about ours
        self.wrong(c, fin, f"{c.args['driver']} drove {label(have)}", f"{c.args['driver']}: {label(have)}")

    def _car(self, c: Claim) -> None:
        self._subject(c, "car", lambda v: f"the No. {v}")

    def _team(self, c: Claim) -> None:
        if "short" in c.args:  # "the Wood Brothers Ford": supported when it is the driver's team, else unknown
            fin = self._in_race(c)
            if fin is None:
                return
            have = " ".join(str(fin.subjects.get("team") or "").split())
            if re.search(r"\b" + re.escape(c.args["short"]) + r"\b", have) or c.args["short"] in acronyms(have):
                return self.ok(c, fin, f"{c.args['driver']}: for {have}")
            if c.args["short"] in acronyms(c.args["team"]):  # "his JGR Toyota": capitals of another team here
                return self.wrong(c, fin, f"{c.args['driver']} drove for {have}", f"{c.args['driver']}: for {have}")
            return self.unknown(c, f"{c.args['driver']} drove for {have}; \"{c.args['short']}\" may be a nickname")
        self._subject(c, "team", lambda v: f"for {v}")

    def _track_wins(self, c: Claim) -> None:
        if c.args["track"] != "here" and not track_named(self.race.track, c.args["track"]):
            return self.unknown(c, f"about {c.args['track']}, not this race's track ({self.race.track})")
        if c.args.get("times"):
            return self._track_winner_times(c)
        fact = self.cat.first("track_wins", driver=c.args["driver"])
        if fact is None:
            return self.unknown(c, f"{c.args['driver']} did not win this race")
        if fact.value == c.args["n"]:
            return self.ok(c, fact)
        self.wrong(c, fact, f"{c.args['driver']} has {fact.value} {self._label()} wins at {self.race.track}")

    def _track_winner_times(self, c: Claim) -> None:
        """"Bodine, a three-time winner here": his wins at this track, this race's included if he won it (or
        not: "the two-time winner here won again" counts the wins before)."""
        d = c.args["driver"]
        got = self._starts_of(c)
        if got is None:
            return
        starts, fin = got
        h = self.history
        before = sum(1 for x in starts if h.cols["win"][x] and h.cols["track"][x] == self.race.track)
        counts = (before, before + 1) if fin.value == 1 else (before,)
        fact = self.cat.first("track_wins", driver=d) if fin.value == 1 else fin
        if c.args["n"] in counts:
            return self.ok(c, fact, f"{d}: {counts[-1]} {self._label()} wins at {self.race.track} through this race")
        self.wrong(c, fact, f"{d} has {counts[-1]} {self._label()} wins at {self.race.track} through this race")

    def _make(self, c: Claim) -> None:
        self._subject(c, "make", lambda v: ("an " if v[:1] in tuple("AEIOU") else "a ") + v)

    def _career_wins(self, c: Claim) -> None:
        n, wins = self._wins_upto(c.args["driver"])
        if n is None:
            return self.unknown(c, f"{c.args['driver']} did not race here")
        fact = self.cat.first("career_wins", driver=c.args["driver"])
        winner = self.cat.first("winner")
        if c.args["n"] == n + 1 and (winner is None or winner.value != c.args["driver"]):
            # "Busch, seeking his 20th Cup win, finished second": the next win, not one he has
            return self.unknown(c, f"{c.args['driver']} did not win here and has {n} career {self._label()} wins")
        if n == c.args["n"]:
            return self.ok(c, fact, f"{c.args['driver']}: {n} career {self._label()} wins through this race")
        self.wrong(c, fact, f"{c.args['driver']} has {n} career {self._label()} wins through this race")

    def _car_first_win(self, c: Claim) -> None:
        car = c.args["car"]
        won = self.history.wins_up_to("car", car, self.race.idx)
        fact = self.cat.first("car_wins", car=car)
        winner = self.cat.first("winner")
        if winner is not None and winner.subjects.get("car") == car and len(won) == 1:
            return self.ok(c, fact)
        if winner is not None and winner.subjects.get("car") != car:
            return self.wrong(c, winner, f"the winner drove the No. {winner.subjects.get('car')}")
        self.wrong(c, fact, f"the No. {car} has {len(won)} {self._label()} wins through this race")

    def _won_with(self, unit: str, said: str) -> tuple[Fact | None, str, bool]:
        """This race's winner, the car or team (``unit``) he won with, and whether that is the one the text names
        (``said``, spaces and case aside): a count or a streak of a car or team is this race's only then."""
        winner = self.cat.first("winner")
        mine = " ".join(str(winner.subjects.get(unit) or "").split()) if winner else ""
        return winner, mine, winner is not None and mine.lower() == " ".join(said.split()).lower()

    def _team_wins(self, c: Claim) -> None:
        """"the first win for Spire Motorsports": the winner's team, counted over the series' history."""
        team = " ".join(c.args["team"].split())
        winner, won_for, same = self._won_with("team", team)
        if winner is None or not same:
            # "the first win for Front Row Motorsports" when another team won: about some other race
            who = f"{winner.value} won this race for {won_for or 'a team the data does not name'}" if winner else \
                "the data has no winner"
            return self.unknown(c, f"{who}; a count of {team}'s wins is about another race")
        won = self.history.wins_up_to("team", winner.subjects.get("team"), self.race.idx)
        fact = self.cat.first("team_wins")
        if len(won) == c.args["n"]:
            return self.ok(c, fact, f"{team}: {ordinal(len(won))} {self._label()} win")
        self.wrong(c, fact or winner, f"it was {possessive(team)} {ordinal(len(won))} {self._label()} win")

    def _win_streak(self, c: Claim) -> None:
        if "team" in c.args:
            return self._team_streak(c)
        d = c.args["driver"]
        fact = self.cat.first("win_streak", driver=d)
        winner = self.cat.first("winner")
        if winner is None or winner.value != d:  # a streak of earlier races ("who had won two straight")
            return self.unknown(c, f"{winner.value if winner else 'someone else'} won this race; a streak of "
                                   f"{d}'s is about earlier races")
        streak = fact.value if fact else 1
        if streak == c.args["n"]:
            return self.ok(c, fact)
        self.wrong(c, fact or winner, f"{d} has won {streak} consecutive {self._label()} starts")

    def _won_before(self, c: Claim) -> None:
        """"who came in having won the previous three races", "had won the last four races at Bristol": the
        series' races before this one (at this track when one is named), every one won by him; "has won the last
        three races" of this race's winner counts this one."""
        d, n, place = c.args["driver"], c.args["before"], c.args.get("place")
        if place and place not in ("here", "there") and not track_named(self.race.track, place) and \
                not track_named(self.race.track, "the " + place):  # ("at the Glen")
            return self.unknown(c, f"about the races at {place}, not at this race's track")
        h = self.history
        winner = self.cat.first("winner")
        last = self.race.idx if c.args["had"] or winner is None or winner.value != d else self.race.idx + 1
        if c.args["his"]:  # "the last three Busch races he has entered": his own starts
            got = self._starts_before(d)
            if got is None:
                return self.unknown(c, f"{d} has no result in this race")
            earlier = n if last == self.race.idx else n - 1  # (this start is one of them, a win, when it counts)
            starts = got[0][-earlier:] if earlier else []
            won = sum(1 for r in starts if h.cols["win"][r]) + (last > self.race.idx)
            said = f"{d} won {won} of his last {n} starts{' before this one' if last == self.race.idx else ''}"
            if len(starts) + (last > self.race.idx) < n:
                return self.unknown(c, f"{d} has fewer than {n} starts in the data")
            return self.ok(c, None, said) if won == n else self.wrong(c, None, said)
        races = [i for i in h.races if i.idx < last and (not place or i.track == self.race.track)][-n:]
        if len(races) < n:
            return self.unknown(c, f"fewer than {n} earlier races in the data")
        winners = [next((h.cols["driver"][r] for r in h.rows_of(i) if h.cols["win"][r]), None) for i in races]
        said = "; ".join(f"{i.season} {i.track}: {w or 'no winner recorded'}" for i, w in zip(races, winners))
        if all(w == d for w in winners):
            return self.ok(c, None, said)
        if None in winners:
            return self.unknown(c, said)
        mine = sum(w == d for w in winners)
        upto = "before this one" if last == self.race.idx else "up to this one"
        self.wrong(c, None, f"{d} won {mine} of the {n} races {upto}{' here' if place else ''}", said)

    def _team_streak(self, c: Claim) -> None:
        """"Blaney's win made it two straight for Brad Keselowski Racing": the series' races in a row, up to this
        one, that the team won (whoever drove)."""
        team = " ".join(str(c.args["team"]).split())
        winner, mine, same = self._won_with("team", team)
        if winner is None or not same:
            return self.unknown(c, f"this race was won for {mine or 'a team the data does not name'}; a streak of "
                                   f"{possessive(team)} is about earlier races")
        won = self.history.wins_up_to("team", winner.subjects.get("team"), self.race.idx)
        streak = 0
        while streak < len(won) and won[-1 - streak] == self.race.idx - streak:
            streak += 1
        fact = self.cat.first("team_wins")
        said = f"{team}: won {streak} consecutive {self._label()} races"
        if streak == c.args["n"]:
            return self.ok(c, fact, said)
        self.wrong(c, fact or winner, said)

    def _starts_before(self, driver: str) -> tuple[list[int], Fact] | None:
        """The driver's earlier starts in the series (history rows) and his finish here."""
        fin = self._finish_fact(driver)
        if fin is None:
            return None
        h = self.history
        did = fin.subjects["driver_id"]
        this = next(r for r in h.rows_of(self.race) if h.cols["driver_id"][r] == did)
        return h.driver_rows_before(did, this), fin

    def _starts_of(self, c: Claim) -> tuple[list[int], Fact] | None:
        """The claim's driver's earlier starts and finish here; None (and the claim unverifiable) without one."""
        got = self._starts_before(c.args["driver"])
        if got is None:
            self.unknown(c, f"{c.args['driver']} has no result in this race")
        return got

    def _level_rows(self, driver: str, level: str) -> tuple[list[int], int | None] | None:
        """The driver's earlier results at a level (win, top five, top ten) and his finish here if it is one."""
        got = self._starts_before(driver)
        if got is None:
            return None
        starts, fin = got
        if level == "pole":  # starts from the pole (start 1), this one among them or not
            grid = self.history.cols["start"]
            here = self.cat.first("start", driver=driver)
            return [x for x in starts if grid[x] == 1], 1 if here is not None and here.value == 1 else None
        limit = {"win": 1, "top five": 5, "top ten": 10}[level]
        fins = self.history.cols["finish"]
        return [x for x in starts if fins[x] is not None and fins[x] <= limit], fin.value if fin.value <= limit else None

    def _winless_run(self, c: Claim) -> None:
        """"Snapped a 134-race winless streak": the driver's starts since his last win (or the series' races
        since it, the other way writers count)."""
        d = c.args["driver"]
        got = self._starts_of(c)
        if got is None:
            return
        starts, fin = got
        h = self.history
        wins = [x for x in starts if h.cols["win"][x]]
        since = len(starts[starts.index(wins[-1]) + 1:] if wins else starts)
        races = self.race.idx - h.race_of_row[wins[-1]] - 1 if wins else None
        won_last = h.races[h.race_of_row[wins[-1]]] if wins else None
        last = f" since {won_last.season}" if won_last else ""
        place = c.args.get("since_at")  # "six races without a win since Milwaukee": his last win there
        if place and won_last and not track_named(won_last.track, place):
            return self.wrong(c, fin, f"{d}'s last {self._label()} win before this one was at {won_last.track} in "
                                      f"{won_last.season}")
        if fin.value != 1:  # "his winless streak reached 84 races": this start counts too
            if c.args.get("ended"):  # "..., ending a 110-race winless streak": the winner's, named anywhere
                return self.unknown(c, f"{d} finished {ordinal(fin.value)}; the streak ended is someone else's")
            since, races = since + 1, races + 1 if races is not None else None
            if c.args["n"] in (since, races):
                return self.ok(c, fin, f"{d}: {since} starts without a win through this one")
            return self.wrong(c, fin, f"{d} has gone {since} starts without a {self._label()} win{last}")
        n = c.args["n"] - 1 if c.args.get("counting") else c.args["n"]  # "his first win in 84 starts": this one too
        if n in (since, races):
            return self.ok(c, fin, f"{d}: {since} starts without a win before this one")
        self.wrong(c, fin, f"{d} had gone {since} starts without a {self._label()} win{last}")

    def _drought(self, c: Claim) -> None:
        if "car" in c.args or "team" in c.args:
            return self._unit_drought(c)
        d, level = c.args["driver"], c.args["level"]
        if "n" in c.args:
            return self._winless_run(c)
        got = self._level_rows(d, level)
        if got is None:
            return self.unknown(c, f"{d} has no result in this race")
        before, now = got
        if c.args.get("still"):  # "winless since 2016": no win here, and the last one in that year
            if now is not None:
                return self.wrong(c, self.cat.first("winner"), f"{d} won this race")
            if not before:
                return self.wrong(c, None, f"{d} has no {self._label()} win")
            last = self.history.cols["season"][before[-1]]
            if last == c.args["year"]:
                return self.ok(c, None, f"{d}: previous {self._label()} win in {last}")
            return self.wrong(c, None, f"{d}'s last {self._label()} win came in {last}")
        if c.args.get("at_track"):
            return self._track_drought(c, d, now is not None)
        fact = self.cat.first("drought_ended", driver=d, level=level)
        if now is None:
            fin = self._finish_fact(d)
            return self.wrong(c, fin, f"{d} finished {ordinal(fin.value)}" if fin else f"not a {level}")
        if not before:
            return self.wrong(c, self.cat.first("career_first", driver=d, level=level),
                              f"first career {self._label()} {level} for {d}")
        last = self.history.cols["season"][before[-1]]
        where = self.history.cols["track"][before[-1]]
        if last == c.args["year"] and c.args.get("track") and not track_named(where, c.args["track"]):
            return self.wrong(c, fact, f"{d}'s previous {self._label()} {level} came at {where} in {last}")
        if last == c.args["year"]:
            return self.ok(c, fact, fact.text if fact else f"{d}: previous {level} in {last}")
        self.wrong(c, fact, f"{d}'s previous {self._label()} {level} came in {last}")

    def _unit_drought(self, c: Claim) -> None:
        """"The first for the No. 60 since Carl Edwards won at Watkins Glen in 2011", "Roush Fenway's first win since
        2013": this race's winner drove that car (or for that team), whose win before this one came that year."""
        unit = "car" if "car" in c.args else "team"
        said = " ".join(str(c.args[unit]).split())
        winner, mine, same = self._won_with(unit, said)
        if winner is None or not same:
            return self.unknown(c, f"this race was won {'in the No. ' + mine if unit == 'car' else 'for ' + mine}; "
                                   f"a drought of {'the No. ' + said if unit == 'car' else said} is another race's")
        what = f"the No. {said}" if unit == "car" else said
        fact = self.cat.first(f"{unit}_wins")  # (its provenance: the races the car or team won, up to this one)
        if fact is None:
            return self.unknown(c, f"no count of {possessive(what)} wins in the data")
        won = fact.provenance.rows
        if len(won) < 2 and unit == "team":  # (a team's name changes over the years: under another, maybe)
            return self.unknown(c, f"{what} has no earlier {self._label()} win under this name in the data")
        if len(won) < 2:
            return self.wrong(c, fact, f"it was the first {self._label()} win for {what}")
        before = won[-2]
        who, at = c.args.get("since_who"), c.args.get("since_at")
        said_then = f"{possessive(what)} win before this one: {before.driver} at {before.track} in {before.season}"
        if before.season != c.args["year"] or (who and surname(who) != surname(before.driver)) or \
                (at and not track_named(before.track, at)):
            return self.wrong(c, fact, said_then)
        self.ok(c, fact, said_then)

    def _track_drought(self, c: Claim, d: str, won: bool) -> None:
        """"His first win at Martinsville since 2003": the driver's win before this one at this track."""
        where = c.args["at_track"]
        if isinstance(where, str) and where[:1].isupper() and not track_named(self.race.track, where):
            return self.unknown(c, f"about {where}, not this race's track ({self.race.track})")
        if not won:
            fin = self._finish_fact(d)
            return self.wrong(c, fin, f"{d} finished {ordinal(fin.value)}" if fin else f"{d} did not win")
        fact = self.cat.first("track_wins", driver=d)
        if fact is None or fact.value == 1:
            return self.wrong(c, fact, f"{d}'s first {self._label()} win at {self.race.track}")
        last = fact.provenance.rows[-2].season
        if last == c.args["year"]:
            return self.ok(c, fact, f"{d}'s previous {self._label()} win at {self.race.track} came in {last}")
        self.wrong(c, fact, f"{d}'s previous {self._label()} win at {self.race.track} came in {last}")

    def _career_first(self, c: Claim) -> None:
        d, level = c.args["driver"], c.args["level"]
        got = self._level_rows(d, level)
        if got is None:
            return self.unknown(c, f"{d} has no result in this race")
        before, now = got
        fact = self.cat.first("career_first", driver=d, level=level)
        if c.args.get("season"):  # "his first top five of the season": this season's results only
            h = self.history
            before = [x for x in before if h.races[h.race_of_row[x]].season == self.race.season]
            fact = self._finish_fact(d)
        if now is not None and not before:
            return self.ok(c, fact)
        if now is None and level == "pole":
            st = self.cat.first("start", driver=d)
            if st is None or not st.value:
                return self.unknown(c, f"no starting position recorded for {d}")
            return self.wrong(c, st, f"{d} started {ordinal(st.value)}")
        if now is None:
            fin = self._finish_fact(d)
            return self.wrong(c, fin, f"{d} finished {ordinal(fin.value)}" if fin else f"not a {level}")
        results = "poles" if level == "pole" else f"{level} results"
        when = f" in {self.race.season}" if c.args.get("season") else ""
        self.wrong(c, None, f"{d} had {len(before)} earlier {self._label()} {results}{when}",
                   f"{d}'s earlier {level}: {self.history.ref(before[-1])}")

    def _career_best(self, c: Claim) -> None:
        d = c.args["driver"]
        klass = c.args.get("class")
        if klass == "here":  # "a career-best finish on a track of this size"
            klass = self.race.track_class
            if klass is None:
                return self.unknown(c, "this race's track has no class in the data")
        kinds = ["class_best"] if klass else ["career_best"]  # "a career-best third": over his whole career
        fin = self._finish_fact(d)
        if "pos" in c.args and fin is not None and fin.value != c.args["pos"]:
            # "took a career-best seventh" when he was sixth: the best claimed is not the finish he had
            return self.wrong(c, fin, f"{d} finished {ordinal(fin.value)}")
        facts = [f for k in kinds for f in self.cat.find(k, driver=d)
                 if not klass or f.context.get("track_class") == klass]
        if klass and klass != self.race.track_class:
            return self.unknown(c, f"this race was not on {'an' if klass == 'intermediate' else 'a'} {klass}")
        if facts:
            f = facts[0]
            if c.args.get("tie") and not f.context["tie"] and not c.args.get("new_or_tie"):
                return self.wrong(c, f, f"{d} set a new career best (previous best {ordinal(f.context['previous_best'])})")
            return self.ok(c, f)
        if fin is None:
            return self.unknown(c, f"{d} has no result in this race")
        if fin.value == 1:
            return self.unknown(c, "a win is a career best by definition")
        if fin.value > 10:  # the catalogue keeps career bests of the top ten only: measure this one the same way
            row = next((r for r in self.history.rows_of(self.race)
                        if self.history.cols["driver_id"][r] == fin.subjects.get("driver_id")), None)
            best = None if row is None or klass else self.history.best_before(fin.subjects["driver_id"], row)
            if best is None:
                return self.unknown(c, f"{d} finished {ordinal(fin.value)}; no career best to measure it by")
            if fin.value < best and c.args.get("tie") and not c.args.get("new_or_tie"):
                return self.wrong(c, fin, f"{d} set a new career best (previous best {ordinal(best)})")
            if fin.value <= best:
                return self.ok(c, fin, f"{d}: {ordinal(fin.value)}, a career best (previous best {ordinal(best)})")
        self.wrong(c, fin, f"{d} has finished better than {ordinal(fin.value)} before"
                   + (f" on {TRACK_KINDS.get(klass, klass + ' tracks')}" if klass else ""))

    def _standing(self, c: Claim) -> None:
        """"third in points, 22 back", "nine points behind Sauter in the standings": the standings after the race."""
        d = c.args["driver"]
        if self.cat.first("points_leader") is None:
            return self.unknown(c, self.cat.missing.get("standings", "no standings after this race"))
        mine = self.cat.first("standing", driver=d)
        if mine is None:  # no points this season (not eligible, or no start)
            return self.unknown(c, f"{d} has no place in the standings after this race")
        if "pos" in c.args and c.args["pos"] != mine.value:
            return self.wrong(c, mine, f"{d} is {ordinal(mine.value)} in the standings, {mine.context['behind']} "
                                       f"points behind")
        if "gap" not in c.args:
            return self.ok(c, mine)
        other = c.args.get("other")
        leader = self.cat.first("points_leader")
        assert leader is not None
        if other is None or (leader.value and surname(leader.value).lower() in other.lower()):
            gap, against = mine.context["behind"], leader.value
        else:
            them = self._standing_of(other)
            if them is None:
                return self.unknown(c, f"{other} has no place in the standings after this race")
            gap, against = them.context["points"] - mine.context["points"], them.subjects["driver"]
        if gap == c.args["gap"]:
            return self.ok(c, mine)
        self.wrong(c, mine, f"{d} is {gap} {plural(gap, 'point')} behind {against}")

    def _season_wins(self, c: Claim) -> None:
        d = c.args["driver"]
        fact = self.cat.first("season_wins", driver=d)
        got = self._level_rows(d, "win") if fact is None and c.args.get("title") else None
        if got is not None:
            # "Brad Keselowski, a five-time winner this season," (he did not win this one): his wins so far
            season = self.history.cols["season"]
            won = sum(1 for x in got[0] if season[x] == self.race.season) + (got[1] is not None)
            said = f"{d} has {won} {self._label()} win{'' if won == 1 else 's'} this season through this race"
            return self.ok(c, None, said) if won == c.args["n"] else self.wrong(c, None, said)
        if fact is None:  # not the winner, or the claim went to the wrong name: not ours to contradict
            return self.unknown(c, f"{d} did not win this race")
        if fact.value == c.args["n"]:
            return self.ok(c, fact)
        self.wrong(c, fact, f"{d} has {fact.value} {self._label()} wins this season")

    def _different_winners(self, c: Claim) -> None:
        fact = self.cat.first("different_winners")
        if fact is None:
            return self.unknown(c, "no count of this season's winners for this race")
        races = fact.context["races"]
        said = f"{fact.value} different winners in {races} races"
        if fact.value != c.args["n"] or c.args.get("races", races) != races:
            return self.wrong(c, fact, f"{said} of {self.race.season}")
        self.ok(c, fact)

    def _champion(self, c: Claim) -> None:
        champ = self.cat.first("champion")
        if champ is None:
            return self.unknown(c, "no champion after this race in the data (a playoff format, or not the last race)")
        if champ.value != c.args["driver"]:
            return self.wrong(c, champ, f"{champ.value} won the championship")
        gap, second = champ.context.get("gap"), champ.context.get("second")
        if "gap" in c.args and gap is not None and c.args["gap"] != gap:
            return self.wrong(c, champ, f"{champ.value} won by {gap} points over {second}")
        if c.args.get("other") and second and surname(second).lower() not in c.args["other"].lower():
            return self.wrong(c, champ, f"{second} was second")
        self.ok(c, champ)

    def _points_lead(self, c: Claim) -> None:
        lead = self.cat.first("points_leader")
        if lead is None:
            return self.unknown(c, self.cat.missing.get("standings", "no standings after this race"))
        d = c.args["driver"]
        mine = self.cat.first("standing", driver=d)
        if lead.value != d and mine is not None and mine.context["behind"] == 0 and "gap" not in c.args:
            return self.ok(c, mine, f"{d} is tied for the lead with {lead.value}")  # "tied with Smith atop the standings"
        other = c.args.get("other")
        if lead.value != d and mine is not None and "gap" in c.args and other and \
                re.search(r"\b(?:ahead of|clear of|in front of|up on)\b", c.text):
            return self._points_between(c, mine, other)  # "third, 227 back, one point ahead of Craven"
        if lead.value != d:
            return self.wrong(c, lead, f"{lead.value} leads the standings")
        if other and other.lower().startswith("the "):
            other = None
        second = lead.context.get("second")
        if other and "gap" in c.args and second and surname(second).lower() not in other.lower():
            # "and Hamlin by 64": the lead over a rival further back
            them = self._standing_of(other)
            if them is None:
                return self.unknown(c, f"{other} has no place in the standings after this race")
            if them.context["behind"] == c.args["gap"]:
                return self.ok(c, them)
            return self.wrong(c, them, f"{d} leads {them.subjects['driver']} by {them.context['behind']} points")
        if "gap" in c.args and c.args["gap"] != lead.context["gap"]:
            return self.wrong(c, lead, f"{d} leads by {lead.context['gap']} points")
        if other and lead.context.get("second") and surname(lead.context["second"]).lower() not in other.lower():
            return self.wrong(c, lead, f"{lead.context['second']} is second")
        self.ok(c, lead)

    def _standing_of(self, other: str) -> Fact | None:
        """The place in the standings of the rival a claim names ("over Larson"), by the words of his surname."""
        words = set(re.findall(r"[\w'\u2019.-]+", other.lower()))
        return next((f for f in self.cat.find("standing")
                     if (sn := surname(f.subjects["driver"]).lower()) and set(sn.split()) <= words), None)

    def _points_between(self, c: Claim, mine: Fact, other: str) -> None:
        """"one point ahead of Craven": the points between two drivers neither of whom need lead."""
        them = self._standing_of(other)
        if them is None:
            return self.unknown(c, f"{other} has no place in the standings after this race")
        gap = mine.context["points"] - them.context["points"]
        if gap == c.args["gap"]:
            return self.ok(c, mine)
        way = "ahead of" if gap >= 0 else "behind"
        self.wrong(c, mine, f"{c.args['driver']} is {abs(gap)} points {way} {them.subjects['driver']}")

    def _retirement(self, c: Claim) -> None:
        fin = self._in_race(c)
        if fin is None:
            return
        laps = fin.context.get("laps")
        out = self.cat.first("retirement", driver=c.args["driver"])
        if "left" in c.args:
            return self._out_before_the_end(c, fin, out, laps)
        if out is None and c.args.get("weak"):  # "crashed after 20 laps" may be a crash he drove on from
            return self.unknown(c, f"{c.args['driver']} was running at the finish ({laps} laps)")
        crash_out = out is not None and laps is not None and c.args["n"] >= 0.75 * laps and \
            re.search(r"accident|crash|wreck", str(out.context.get("status", "")), re.I)
        if out is not None and c.args.get("weak") == "crash" and laps is not None and c.args["n"] < laps and \
                not crash_out:
            # a crash before the lap he retired on may be one he drove on from (unless a crash is what ended it, not
            # long after: "he crashed after 394 laps" when the data has him out in an accident after 396)
            return self.unknown(c, f"{c.args['driver']} was out after {laps} laps; an earlier crash may not have "
                                   f"ended his race")
        if out is None and c.args.get("lasted") and laps == c.args["n"] and laps is not None and \
                laps < 0.9 * self._winner_laps():
            # "Otis Martin lasted just 16 laps": 16 laps is all he ran (of 200), though the sheet has him "running"
            return self.ok(c, fin, f"{c.args['driver']}: {laps} laps completed (recorded as running at the finish)")
        if out is None:
            return self.wrong(c, fin, f"{c.args['driver']} was running at the finish ({laps} laps)")
        if laps == c.args["n"] or c.args.get("lap") and laps == c.args["n"] - 1:
            return self.ok(c, out)  # ("lasted until lap 236": out on lap 236, 235 laps complete)
        self.wrong(c, out, f"{c.args['driver']} was out after {laps} laps")

    def _out_before_the_end(self, c: Claim, fin: Fact, out: Fact | None, laps: int | None) -> None:
        """"The engine let go with 14 laps remaining": out with that many laps of the winner's still to run (on the
        lap it failed, or just after the last one completed)."""
        total = self._winner_laps()
        if out is None:
            return self.wrong(c, fin, f"{c.args['driver']} was running at the finish ({laps} laps)")
        if not total or laps is None:
            return self.unknown(c, "laps completed are not recorded for this race")
        if total - laps - c.args["left"] in (0, 1):
            return self.ok(c, out, f"{c.args['driver']}: out after {laps} of {total} laps")
        self.wrong(c, out, f"{c.args['driver']} was out after {laps} of {total} laps, {total - laps} from the end")

    def _winner_finish(self) -> Fact | None:
        """The winner's finish fact (its context holds the laps he ran)."""
        winner = self.cat.first("winner")
        return self._finish_fact(winner.value) if winner else None

    def _winner_laps(self) -> int:
        """The laps the winner ran (0 when not recorded)."""
        top = self._winner_finish()
        return int(top.context.get("laps") or 0) if top else 0

    def _laps_completed(self, c: Claim) -> None:
        fin = self._in_race(c)
        if fin is None:
            return
        laps = fin.context.get("laps")
        if "down" in c.args:  # "10th, one lap down": laps behind the winner
            top = self._winner_finish()
            if top is None or top.context.get("laps") is None or laps is None:
                return self.unknown(c, "laps completed are not recorded for this race")
            down = top.context["laps"] - laps
            if down == c.args["down"]:
                return self.ok(c, fin, f"{c.args['driver']}: {laps} laps, the winner {top.context['laps']}")
            behind = "on the lead lap" if down == 0 else f"{down} lap{'' if down == 1 else 's'} down"
            return self.wrong(c, fin, f"{c.args['driver']} finished {behind} ({laps} of {top.context['laps']})")
        if laps == c.args["n"]:
            return self.ok(c, fin, f"{c.args['driver']}: {laps} laps completed")
        self.wrong(c, fin, f"{c.args['driver']} completed {laps} laps")

    def _feed(self, c: Claim, kind: str, key: str, show: Callable[[Any], str]) -> None:
        f = self.cat.first(kind)
        if f is None:
            return self.unknown(c, "no feed data for this race (margin, cautions and lead changes come from the "
                                   "NASCAR feeds)")
        value = f.value
        if (isinstance(value, float) and abs(value - c.args[key]) < 0.0005) or value == c.args[key]:
            return self.ok(c, f)
        self.wrong(c, f, show(value))

    def _margin(self, c: Claim) -> None:
        self._feed(c, "margin_of_victory", "seconds", lambda v: f"the margin was {v:.3f} seconds")

    def _cautions(self, c: Claim) -> None:
        self._feed(c, "cautions", "n", lambda v: f"{v} cautions")

    def _lead_changes(self, c: Claim) -> None:
        self._feed(c, "lead_changes", "n", lambda v: f"{v} lead changes")

    def _next_race(self, c: Claim) -> None:
        nxt = self.cat.first("next_race")
        if nxt is None:
            # after a season's last race, the next is the next season's first, if the data has it
            opener = next((i for i in self.history.races if i.season == self.race.season + 1 and i.round == 1), None)
            if opener is None or self.cat.first("champion") is None and self.race.idx + 1 != opener.idx:
                return self.unknown(c, "no later race this season in the data")
            if track_named(opener.track, c.args["track"]) or squash(c.args["track"]) in squash(opener.track):
                return self.ok(c, None, f"the next race is the {opener.season} opener at {opener.track}")
            return self.unknown(c, f"the next race is the {opener.season} opener at {opener.track}")
        claimed, actual = c.args["track"].lower(), nxt.subjects["track"].lower()
        if squash(claimed) in squash(actual) or squash(actual) in squash(claimed) or \
                claimed.split()[0] == actual.split()[0] or track_named(nxt.subjects["track"], c.text):
            return self.ok(c, nxt)  # (the whole words: "moves on to the Budweiser at The Glen")
        a, b = c.args.get("sentence", (c.start, c.end))
        if nxt.value and len(squash(str(nxt.value))) >= 8 and squash(str(nxt.value)) in squash(self._text[a:b]):
            # "moves on to California Speedway for the Pop Secret 500": the race by its name (the track renamed since)
            return self.ok(c, nxt, f"{nxt.text} (the race's own name)")
        if squash(claimed) in squash(str(nxt.value)):
            # old race names carry the venue's name of the day ("100 Miles at Greenville Textile Speedway", run at
            # what the data calls Airbase Speedway): the name says it, the track column may not
            return self.ok(c, nxt, f"{nxt.text} (the race's own name)")
        if c.args.get("exhibition"):  # a race outside the points schedule may come first
            return self.unknown(c, f"the next points race is at {nxt.subjects['track']}; the text names an "
                                   f"exhibition or a break")
        if not any(track_named(t, c.args["track"]) for t in {i.track for i in self.history.races}):
            # "Myrtle Beach" for Rambi Race Track: a town the data does not spell, not another track
            return self.unknown(c, f"the next race is at {nxt.subjects['track']}; the text names no track the data "
                                   f"knows")
        self.wrong(c, nxt, f"the next race is at {nxt.subjects['track']}")

    # -- history look-ups -----------------------------------------------------------------------------
    def _wins_upto(self, driver: str) -> tuple[int | None, list[int]]:
        h = self.history
        fin = self._finish_fact(driver)
        if fin is None:
            return None, []
        did = fin.subjects["driver_id"]
        this = next(r for r in h.rows_of(self.race) if h.cols["driver_id"][r] == did)
        rows = [x for x in h.driver_rows_before(did, this) + [this] if h.cols["win"][x]]
        return len(rows), rows

    def _label(self) -> str:
        return str(self.cat.get("race").context["series_label"])
