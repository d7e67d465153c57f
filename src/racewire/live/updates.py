"""What live mode reports: the running state of a race, what changed since the last frame, and one update
per poll; ``advance`` turns a frame into the next state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from ..errors import SourceError
from ..sources.feeds import live as live_feed
from ..sources.feeds import remote
from ..sources.feeds.reader import COLD, FLAG_NAMES, YELLOW
from ..words import surname

LIVE_PATH = "live/feeds/series_{series_id}/{race_id}/live_feed.json"
FINAL_KINDS = ("weekend-feed", "lap-times", "lap-notes")
#: live-feed ``status`` codes of a car that is out (SCHEMAS.md): 3 out of the race, 6 behind the wall
#: (4973: No. 10 Almirola shows 6 on lap 499, "Battery" after 476 laps in the weekend feed)
OUT = {3: "out of the race", 6: "behind the wall"}


# -- what a frame says ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Runner:
    """A car in the running order."""

    pos: int
    car: str
    driver: str

    @property
    def surname(self) -> str:
        return surname(self.driver) if self.driver else ""

    def __str__(self) -> str:
        return f"No. {self.car} {self.driver}"


@dataclass(frozen=True, slots=True)
class LiveState:
    """The race as of the last frame: ``lap`` is the leader's laps completed of ``laps_in_race``."""

    lap: int
    laps_in_race: int | None
    laps_to_go: int | None
    flag_state: int | None
    leader: Runner
    top5: tuple[Runner, ...]
    cautions: int                  # caution periods so far (the feed's count, or more if seen before it)
    caution_laps: int | None
    lead_changes: int | None       # the feed's official count
    leader_changes_seen: int       # leader changes between the frames this desk saw
    out: tuple[Runner, ...]        # cars out of the race (status 3 or 6), in running order
    over: bool

    @property
    def flag(self) -> str:
        return FLAG_NAMES.get(self.flag_state or 0, f"flag {self.flag_state}")

    def to_dict(self) -> dict[str, Any]:
        return {"lap": self.lap, "laps_in_race": self.laps_in_race, "laps_to_go": self.laps_to_go,
                "flag": self.flag, "leader": _runner(self.leader), "top5": [_runner(r) for r in self.top5],
                "cautions": self.cautions, "caution_laps": self.caution_laps, "lead_changes": self.lead_changes,
                "leader_changes_seen": self.leader_changes_seen, "out": [r.car for r in self.out],
                "over": self.over}


# -- what changed since the last frame -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NewLeader:
    kind: ClassVar[str] = "new_leader"
    lap: int
    leader: Runner
    previous: Runner

    def __str__(self) -> str:
        return f"{self.leader} leads on lap {self.lap}, ahead of {self.previous}"


@dataclass(frozen=True, slots=True)
class CautionOut:
    kind: ClassVar[str] = "caution"
    lap: int
    number: int

    def __str__(self) -> str:
        return f"caution {self.number} out on lap {self.lap}"


@dataclass(frozen=True, slots=True)
class CarOut:
    kind: ClassVar[str] = "car_out"
    lap: int
    runner: Runner
    laps_completed: int | None
    status: int

    def __str__(self) -> str:
        after = f" after {self.laps_completed} laps" if self.laps_completed is not None else ""
        return f"{self.runner} is {OUT[self.status]}{after}"


@dataclass(frozen=True, slots=True)
class RaceOver:
    kind: ClassVar[str] = "race_over"
    lap: int
    winner: Runner

    def __str__(self) -> str:
        return f"race over on lap {self.lap}: {self.winner} wins (unofficial)"


Change = NewLeader | CautionOut | CarOut | RaceOver


def _change(c: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"type": c.kind, "lap": c.lap, "text": str(c)}
    if isinstance(c, NewLeader):
        out.update(leader=_runner(c.leader), previous=_runner(c.previous))
    elif isinstance(c, CautionOut):
        out.update(number=c.number)
    elif isinstance(c, CarOut):
        out.update(car=c.runner.car, driver=c.runner.driver, laps_completed=c.laps_completed, status=c.status)
    else:
        out.update(winner=_runner(c.winner))
    return out


def _runner(r: Runner) -> dict[str, Any]:
    return {"pos": r.pos, "car": r.car, "driver": r.driver}


# -- one update per poll ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class FrameUpdate:
    """A new frame: the state after it and what changed since the previous frame (nothing for the first)."""

    poll: int
    state: LiveState
    changes: tuple[Change, ...]
    first: bool

    def to_dict(self) -> dict[str, Any]:
        return {"type": "frame", "poll": self.poll, **self.state.to_dict(),
                "changes": [_change(c) for c in self.changes]}


@dataclass(frozen=True)
class NoNewFrame:
    """The feed had nothing new: 304 Not Modified, or the same bytes again."""

    poll: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "unchanged", "poll": self.poll, "reason": self.reason}


@dataclass(frozen=True)
class SkippedFrame:
    """A frame that was not used: malformed (``error`` says where), another race or session, not there yet."""

    poll: int
    reason: str
    error: SourceError | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": "skipped", "poll": self.poll, "reason": self.reason,
                "error": None if self.error is None else str(self.error)}


Update = FrameUpdate | NoNewFrame | SkippedFrame


@dataclass
class Wrapup:
    """The end of a live run: what was imported, the link to the history and the recap (when there is one)."""

    over: bool
    polls: int
    state: LiveState | None
    frames: list[Path] = field(default_factory=list)
    fetched: list[remote.Fetched] = field(default_factory=list)
    round: int | None = None
    link_rule: str = ""
    discrepancies: list[str] = field(default_factory=list)
    recap: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "wrapup", "over": self.over, "polls": self.polls,
                "state": None if self.state is None else self.state.to_dict(),
                "frames": [p.name for p in self.frames],
                "fetched": [{"kind": f.kind, "status": f.status} for f in self.fetched],
                "round": self.round, "link_rule": self.link_rule, "discrepancies": self.discrepancies,
                "notes": self.notes, "recap": self.recap}


# -- the running state -----------------------------------------------------------------------------------
def race_over(frame: live_feed.LiveFrame) -> bool:
    """Whether a frame ends the race: flag 9 after lap 0, no laps to go, or the final lap reached."""
    if not frame.is_race or not frame.cars or frame.lap <= 0:
        return False
    return frame.flag_state == COLD or frame.laps_to_go == 0 or \
        (frame.laps_in_race is not None and frame.lap >= frame.laps_in_race)


def advance(prev: LiveState | None, frame: live_feed.LiveFrame) -> tuple[LiveState, tuple[Change, ...]]:
    """The state after a frame and what changed since ``prev``; the first frame sets the baseline (no changes)."""
    runners = [Runner(c.running_pos, c.car, c.driver) for c in frame.cars]
    leader = runners[0]
    out = tuple(r for r, c in zip(runners, frame.cars) if c.status in OUT)
    over = race_over(frame)
    changes: list[Change] = []
    feed_cautions = frame.cautions or 0
    if prev is None:
        cautions, seen = feed_cautions, 0
    else:
        seen = prev.leader_changes_seen
        if leader.car != prev.leader.car:
            seen += 1
            changes.append(NewLeader(frame.lap, leader, prev.leader))
        cautions = prev.cautions
        if feed_cautions > cautions:
            cautions = feed_cautions
            changes.append(CautionOut(frame.lap, cautions))
        elif frame.flag_state == YELLOW and prev.flag_state != YELLOW:  # the feed's count lags the flag
            cautions += 1
            changes.append(CautionOut(frame.lap, cautions))
        was_out = {r.car for r in prev.out}
        for r, c in zip(runners, frame.cars):
            if c.status is not None and c.status in OUT and r.car not in was_out:
                changes.append(CarOut(frame.lap, r, c.laps_completed, c.status))
    if over:
        changes.append(RaceOver(frame.lap, leader))
    state = LiveState(frame.lap, frame.laps_in_race, frame.laps_to_go, frame.flag_state, leader,
                      tuple(runners[:5]), cautions, frame.caution_laps, frame.lead_changes, seen, out, over)
    return state, tuple(changes)
