"""Realisation: each message becomes one or more sentences, in AP style, each citing the facts it states.

Numbers: one through nine spelled out, 10 and up in figures; positions as words ("third") below 10; car numbers
as text ("No. 07"). A clause is written only when its fact is in the message: nothing is approximated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..facts.calendar import spoken
from ..facts.model import Fact
from ..model import series_full_name
from ..words import ap_number, ap_ordinal, article, number_word, ordinal_word, plural, possessive, squash
from .model import Message, Sentence
from .refer import Referrer, car_description
from .variety import pick


class Realiser:
    """Turns messages into sentences for one race, keeping track of who has been named."""

    def __init__(self, race: Fact, drivers: list[str], seed: str) -> None:
        self.race = race
        self.ctx = race.context
        self.label: str = self.ctx["series_label"]
        self.full_series = series_full_name(self.ctx["series"], self.ctx["season"])
        self.vehicle = "truck" if self.ctx["series"] == "truck" else "car"
        self.ref = Referrer(drivers)
        self.seed = seed
        self.cars: dict[str, str] = {}

    # -- helpers ------------------------------------------------------------------------------------
    def pick(self, key: str, options: list[str]) -> str:
        return pick(self.seed, key, options)

    def car_of(self, f: Fact) -> str:
        s = f.subjects
        return car_description(s.get("car"), s.get("team"), s.get("make"), self.vehicle)

    @staticmethod
    def sentence(text: str, *facts: Fact | None) -> Sentence:
        ids = tuple(dict.fromkeys(f.id for f in facts if f is not None))
        text = text.strip()
        text = text[0].upper() + text[1:]
        return Sentence(text, ids)

    def realise(self, msg: Message) -> list[Sentence]:
        fn: Callable[[Message], list[Sentence]] = getattr(self, f"_{msg.kind}")
        return [s for s in fn(msg) if s.facts]

    # -- messages -----------------------------------------------------------------------------------
    def race_at(self) -> str:
        """"Baptist Health 200 at Homestead-Miami Speedway"; old names that already say where stay as they are."""
        return _at(self.race.value, self.race.subjects["track"])

    def headline(self, msg: Message) -> Sentence:
        w = msg.facts["winner"]
        name = w.value
        race_at = self.race_at()
        text = self.pick("headline", [f"{name} wins {race_at}", f"{name} takes {race_at}",
                                      f"{name} wins the {race_at}"])
        return self.sentence(text, w, self.race)

    def _win(self, msg: Message) -> list[Sentence]:
        w, start, day = msg.facts["winner"], msg.get("start"), msg.get("race_date")
        name = self.ref.name(w.value)
        where = f"the {self.full_series} {self.race_at()}"
        if day is not None:  # "... at Bristol Motor Speedway on Sunday": the date from the schedule feeds
            where += f" on {day.context['weekday']}"
        if start is None:
            return [self.sentence(f"{name} won {where}.", w, self.race, day)]
        spot = "the pole" if start.value == 1 else ap_ordinal(start.value)
        text = self.pick("win", [
            f"{name} won {where}, starting from {spot}.",
            f"{name} drove from {spot} to victory in {where}.",
            f"Starting from {spot}, {name} won {where}.",
        ])
        # "the pole" states the pole fact; "from third" states the start fact
        return [self.sentence(text, w, self.race, msg.get("pole") if start.value == 1 else start, day)]

    def _milestone(self, msg: Message) -> list[Sentence]:
        out: list[Sentence] = []
        winner = next(iter(f for f in msg.facts.values() if "driver" in f.subjects))
        driver = winner.subjects["driver"]
        short = possessive(self.ref.short(driver))
        self.ref.seen.add(driver)
        wins, streak = msg.get("career_wins"), msg.get("win_streak")
        season = msg.get("season_wins")
        drought = msg.get("drought_ended:win")
        if wins is not None:
            if wins.value == 1:
                text = f"It was {short} first career {self.label} win"
            else:
                text = self.pick("career", [f"The win was {short} {ap_ordinal(wins.value)} career {self.label} "
                                            f"victory", f"It was {short} {ap_ordinal(wins.value)} career "
                                            f"{self.label} win"])
            cited: list[Fact | None] = [wins]
            if season is not None and season.value >= 2:
                text += f" and {ap_ordinal(season.value)} of the {self.ctx['season']} season"
                cited.append(season)
            if drought is not None and streak is None:
                text += f", the first since {drought.value}"
                cited.append(drought)
            out.append(self.sentence(text + ".", *cited))
        if streak is not None:
            prev = streak.context["previous_win"]
            out.append(self.sentence(
                f"{self.ref.short(driver)} has won {number_word(streak.value)} consecutive {self.label} starts, "
                f"the previous one at {prev['track']} in {prev['season']}.", streak))
        different = msg.get("different_winners")
        if different is not None and different.context["new"] and different.value >= 2:
            races = different.context["races"]
            span = "as many races" if races == different.value else f"{ap_number(races)} races"
            out.append(self.sentence(
                f"{self.ref.short(driver)} became the {ap_ordinal(different.value)} different {self.label} winner "
                f"in {span} this season.", different))
        track = msg.get("track_wins")
        if track is not None and track.value == 1 and wins is not None and wins.value > 1:
            out.append(self.sentence(f"It was also {short} first {self.label} win at {track.subjects['track']}.",
                                     track))
        firsts = [msg.get(k) for k in ("car_wins", "team_wins", "make_wins")]
        owners = []
        for f in firsts:
            if f is None or str(f.subjects.get("team", "")).endswith("(Owner)"):
                continue
            key = next(k for k in ("car", "team", "make") if k in f.subjects)
            owners.append((f"the No. {f.subjects['car']}" if key == "car" else f.subjects[key], f))
        if owners:
            names = _join([o for o, _ in owners])
            out.append(self.sentence(f"The victory was the first {self.label} win for {names}.",
                                     *[f for _, f in owners]))
        team = msg.get("team_drought_ended")
        if team is not None:
            out.append(self.sentence(f"It was {possessive(team.subjects['team'])} first {self.label} win since "
                                     f"{team.value}.", team))
        return out

    def _winner_run(self, msg: Message) -> list[Sentence]:
        w, led, most = msg.facts["winner"], msg.get("laps_led"), msg.get("most_laps_led")
        name = self.ref.name(w.value)
        car = self.car_of(w)
        if most is not None:
            did = f"led a race-high {ap_number(most.value)} laps"
            cite: Fact | None = most
        elif led is not None:
            did = f"led {ap_number(led.value)} {plural(led.value, 'lap')}"
            cite = led
        else:
            return []
        text = self.pick("winner_run", [f"Driving {car}, {name} {did}.", f"{name} {did} in {car}."])
        out = [self.sentence(text, w, cite)]
        ineligible = msg.get("ineligible")
        if ineligible is not None:  # explains why the winner is absent from the standings
            out.append(self.sentence(f"{self.ref.name(w.value)} was not eligible for {self.label} driver points.",
                                     ineligible))
        return out

    def _runner_up(self, msg: Message) -> list[Sentence]:
        fin = msg.facts["finish"]
        name = self.ref.name(fin.subjects["driver"])
        car = self.car_of(fin)
        text = self.pick("runner_up", [f"{name} finished second in {car}", f"{name} was second in {car}",
                                       f"{name} took second place in {car}"])
        best = msg.get("career_best") or msg.get("class_best")
        cited: list[Fact | None] = [fin]
        most = msg.get("most_laps_led")
        if most is not None:
            text += f" after leading a race-high {ap_number(most.value)} laps"
            cited.append(most)
        if best is not None:
            text += ", " + self._best_clause(best)
            cited.append(best)
        return [self.sentence(text + ".", *cited)]

    def _best_clause(self, best: Fact) -> str:
        where = ""
        klass = best.context.get("track_class")
        if klass:
            where = f" on {'an' if klass == 'intermediate' else 'a'} {klass}" + (
                " track" if klass in ("intermediate", "one-mile oval", "large oval") else "")
        if best.context["tie"]:
            return f"equaling a career-best {self.label} finish{where}"
        return f"a career-best {self.label} finish{where}"

    def _dominator(self, msg: Message) -> list[Sentence]:
        most = msg.facts["most_laps_led"]
        d = most.subjects["driver"]
        pole, sweep, fin = msg.get("pole"), msg.get("stage_sweep"), msg.get("finish")
        name = self.ref.name(d)
        subject = f"Pole-sitter {name}" if pole is not None else name
        verbs = [f"led a race-high {ap_number(most.value)} laps"]
        cited: list[Fact | None] = [most, pole]
        stage_wins = sorted((f for k, f in msg.facts.items() if k.startswith("stage_win:")), key=lambda f: f.value)
        if sweep is not None:
            verbs.append("swept both stages")
            cited.append(sweep)
        elif stage_wins:
            verbs.append("won " + ("stages 1 and 2" if len(stage_wins) == 2 else f"stage {stage_wins[0].value}"))
            cited.extend(stage_wins)
        text = f"{subject} " + " and ".join(verbs)
        if fin is not None:
            text += f" in {self.car_of(fin)} but finished {ap_ordinal(fin.value)}"
            cited.append(fin)
        return [self.sentence(text + ".", *cited)]

    def _pole(self, msg: Message) -> list[Sentence]:
        pole, fin = msg.facts["pole"], msg.get("finish")
        name = self.ref.name(pole.value)
        if fin is None:
            return [self.sentence(f"{name} started from the pole.", pole)]
        return [self.sentence(f"{name} started from the pole and finished {ap_ordinal(fin.value)}.", pole, fin)]

    def _stages(self, msg: Message) -> list[Sentence]:
        sweep = msg.get("stage_sweep")
        if sweep is not None:
            return [self.sentence(f"{self.ref.name(sweep.subjects['driver'])} swept both stages.", sweep)]
        wins = sorted((f for f in msg.facts.values() if f.kind == "stage_win"), key=lambda f: f.value)
        parts = [f"{self.ref.name(f.subjects['driver'])} won stage {f.value}" for f in wins]
        return [self.sentence(_join(parts) + ".", *wins)]

    def _top_five(self, msg: Message) -> list[Sentence]:
        fins = sorted((f for k, f in msg.facts.items() if k.startswith("finish:")), key=lambda f: f.value)
        names = [(self.ref.name(f.subjects["driver"]), f) for f in fins]
        if len(names) == 1:
            n, f = names[0]
            text = f"{n} finished {ap_ordinal(f.value)}"
        else:
            text = self.pick("top5", [
                _join([f"{n} ({ap_ordinal(f.value)})" for n, f in names]) + " completed the top five",
                f"{names[0][0]} finished {ap_ordinal(names[0][1].value)}" + (" and " if len(names) == 2 else ", ")
                + _join([f"{n} {ap_ordinal(f.value)}" for n, f in names[1:]]) + ", completing the top five",
            ])
        out = [self.sentence(text + ".", *fins)]
        for f in fins:
            out.extend(self._notable_run(msg, f, f"@{f.value}"))
        make = msg.get("make_top5")
        if make is not None:
            out.append(self.sentence(f"{make.subjects['make']}s took {number_word(make.value)} of the top five "
                                     f"places.", make))
        return out

    def _notable_run(self, msg: Message, fin: Fact, suffix: str) -> list[Sentence]:
        d = fin.subjects["driver"]
        short = possessive(self.ref.short(d))
        first = msg.get(f"career_first:top five{suffix}") or msg.get(f"career_first:top ten{suffix}")
        if first is not None:
            return [self.sentence(f"It was {short} first career {self.label} {first.value}.", first)]
        drought = msg.get(f"drought_ended:top five{suffix}") or msg.get(f"drought_ended:top ten{suffix}")
        if drought is not None:
            prev = drought.context["previous"]
            return [self.sentence(f"It was {short} first {self.label} {drought.subjects['level']} since "
                                  f"{drought.value}, at {prev['track']}.", drought)]
        best = msg.get(f"career_best{suffix}")
        if best is not None:
            klass = best.context.get("track_class")
            where = f" on {'an' if klass == 'intermediate' else 'a'} {klass}" if klass else ""
            verb = "equaled" if best.context["tie"] else "was"
            return [self.sentence(f"{ordinal_word(best.value).capitalize()} place {verb} {short} best {self.label} "
                                  f"finish{where}.", best)]
        return []

    def _top_ten(self, msg: Message) -> list[Sentence]:
        fins = sorted((f for k, f in msg.facts.items() if k.startswith("finish:")), key=lambda f: f.value)
        names = [f"{self.ref.name(f.subjects['driver'])} ({ap_ordinal(f.value)})" for f in fins]
        text = f"{_join(names)} rounded out the top 10."
        out = [self.sentence(text, *fins)]
        for f in fins:
            out.extend(self._notable_run(msg, f, f"@{f.value}"))
        return out

    def _retirements(self, msg: Message) -> list[Sentence]:
        out = []
        for f in msg.facts.values():
            name = self.ref.name(f.subjects["driver"])
            out.append(self.sentence(f"{name} {_out_phrase(str(f.context['status']), f.value)}.", f))
        return out

    def _standings(self, msg: Message) -> list[Sentence]:
        champ = msg.get("champion")
        if champ is not None:
            c = champ.context
            gap = c["gap"]
            how = f"by {ap_number(gap)} {plural(gap, 'point')} over {self.ref.name(c['second'])}" if gap else \
                f"on a tiebreaker over {self.ref.name(c['second'])}, with both on {c['points']:,} points"
            return [self.sentence(f"{self.ref.name(champ.value)} won the {self.ctx['season']} {self.full_series} "
                                  f"championship {how}.", champ)]
        lead = msg.facts["points_leader"]
        c = lead.context
        name = self.ref.name(lead.value)
        if c.get("second") is None:
            return [self.sentence(f"{name} leads the {self.label} standings.", lead)]
        second = self.ref.name(c["second"])
        gap = c["gap"]
        if gap == 0:
            text = f"{name} leads the {self.label} standings over {second} on a tiebreaker, with both on " \
                   f"{c['points']:,} points"
        else:
            text = self.pick("standings", [
                f"{name} leads {second} by {ap_number(gap)} {plural(gap, 'point')} in the {self.label} standings",
                f"{name} holds {article(ap_number(gap))} {ap_number(gap)}-point lead over {second} in the "
                f"{self.label} standings",
            ])
        return [self.sentence(text + ".", lead)]

    def _next(self, msg: Message) -> list[Sentence]:
        nxt, when = msg.facts["next_race"], msg.get("next_race_date")
        track = nxt.subjects["track"]
        where = _at(nxt.value, track)
        if when is not None:  # "The series continues Sunday, April 27, with the ...": the schedule feed's date
            day = spoken(when.value).rsplit(",", 1)[0]
            return [self.sentence(f"The series continues {day}, with the {where}.", nxt, when)]
        text = self.pick("next", [f"The series continues with the {where}", f"Next up for the series is the {where}"])
        return [self.sentence(text + ".", nxt)]

    def _narrative(self, msg: Message) -> list[Sentence]:
        """From the feeds: the margin, the pass that decided it, the comeback."""
        out = []
        margin, decisive, comeback = msg.get("margin_of_victory"), msg.get("decisive_pass"), msg.get("comeback")
        if margin is not None and margin.subjects.get("driver"):
            name = self.ref.name(margin.subjects["driver"])
            out.append(self.sentence(self.pick("margin", [f"{name} won by {margin.value:.3f} seconds.",
                                                          f"The margin of victory was {margin.value:.3f} seconds."]),
                                     margin))
        if decisive is not None and decisive.subjects.get("driver"):
            c = decisive.context
            name = self.ref.name(decisive.subjects["driver"])
            text = f"{name} took the lead for good on lap {decisive.value}"
            if c.get("passed"):
                text += f", passing {self.ref.name(c['passed'])}"
            if c.get("laps_to_go") == 0:
                text += " on the final lap"
            elif c.get("laps_to_go") is not None:
                text += f" with {ap_number(c['laps_to_go'])} {plural(c['laps_to_go'], 'lap')} to go"
            out.append(self.sentence(text + ".", decisive))
        if comeback is not None and comeback.subjects.get("driver"):
            c = comeback.context
            fin = c.get("finish")
            if c.get("lap") is not None and fin is not None:
                name = self.ref.name(comeback.subjects["driver"])
                to = "win" if fin == 1 else f"finish {ap_ordinal(fin)}"
                out.append(self.sentence(f"{name} rallied from {ap_ordinal(comeback.value)} on lap {c['lap']} to "
                                         f"{to}.", comeback))
        return out

    def _flow(self, msg: Message) -> list[Sentence]:
        cautions, changes = msg.get("cautions"), msg.get("lead_changes")
        parts, cited = [], []
        if cautions is not None:
            laps = cautions.context.get("caution_laps")
            parts.append(f"{ap_number(cautions.value)} {plural(cautions.value, 'caution')}"
                         + (f" for {ap_number(laps)} laps" if laps else ""))
            cited.append(cautions)
        if changes is not None:
            parts.append(f"{ap_number(changes.value)} {plural(changes.value, 'lead change')}")
            cited.append(changes)
        out = [self.sentence(f"The race had {_join(parts)}.", *cited)] if parts else []
        for key in sorted(k for k in msg.facts if k.startswith("event:")):
            out.append(self._incident(msg.facts[key]))
        return out

    def _incident(self, f: Fact) -> Sentence:
        """One lap-note incident, attributed to NASCAR's lap notes (the words say which car, not why)."""
        driver = self.driver_of_car(f.subjects["cars"][0])
        name = self.ref.name(driver) if driver else f"the No. {f.subjects['cars'][0]}"
        verb = {"spin": "had a spin", "wreck": "was caught in a wreck", "mechanical": "reported mechanical trouble",
                "penalty": "drew a penalty"}[f.value]
        return self.sentence(f"{name} {verb} on lap {f.context['lap']}, NASCAR's lap notes show.", f)

    def driver_of_car(self, car: str) -> str | None:
        return self.cars.get(car)


def _at(race: str, track: str) -> str:
    """"Baptist Health 200 at Homestead-Miami Speedway", but "100 Miles at Southside Speedway" stays as it is."""
    return race if squash(track) in squash(race) else f"{race} at {track}"


def _as_sentence(f: Fact) -> str:
    text = f.text.rstrip(".")
    return text + "."


def _join(items: list[str]) -> str:
    """AP style lists: no serial comma."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_STATUS = {
    "accident": "was eliminated in an accident after {laps}",
    "crash": "was eliminated in a crash after {laps}",
    "dvp": "was out under the damaged vehicle policy after {laps}",
    "disqualified": "was disqualified after {laps}",
    "parked": "parked after {laps}",
    "quit": "retired after {laps}",
    "overheating": "was out with overheating after {laps}",
    "too slow": "was flagged off the track as too slow after {laps}",
    "flagged": "was flagged off the track after {laps}",
    "out of fuel": "ran out of fuel after {laps}",
}


def _out_phrase(status: str, laps: Any) -> str:
    laps_text = f"{ap_number(laps)} {plural(laps, 'lap')}" if isinstance(laps, int) else "an unknown number of laps"
    key = status.lower()
    if key in _STATUS:
        return _STATUS[key].format(laps=laps_text)
    article = "an" if key[:1] in "aeiou" else "a"
    if key.startswith(("broken", "blown", "cut", "flat")):
        return f"was out after {laps_text} with {article} {key}"
    return f"was out after {laps_text} with {article} {key} problem"
