"""What an import of feed files did: per file, per race, and in all."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FileReport:
    name: str
    kind: str
    status: str          # imported, unchanged, skipped, error
    detail: str = ""
    rows: int = 0


@dataclass
class RaceReport:
    """What an import did for one feed race, and how it compares with the history."""

    series: str
    season: int
    feed_race_id: str
    files: list[FileReport] = field(default_factory=list)
    changed: bool = False
    error: str = ""
    round: int | None = None
    link_rule: str = ""
    name: str | None = None
    discrepancies: list[str] = field(default_factory=list)
    laps_led_compared: int = 0     # drivers with lap-derived laps led and a history Led
    laps_led_matched: int = 0

    @property
    def label(self) -> str:
        return f"{self.series} {self.season} race {self.feed_race_id}"


@dataclass
class ImportReport:
    races: list[RaceReport] = field(default_factory=list)
    other: list[FileReport] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.races if r.error] + \
               [f"{f.name}: {f.detail}" for f in self.other if f.status == "error"]

    @property
    def changed(self) -> bool:
        return any(r.changed for r in self.races) or any(f.status == "imported" for f in self.other)

    @property
    def laps_led_match(self) -> tuple[int, int]:
        """(drivers whose lap-derived laps led equal the history's Led, drivers compared)."""
        return (sum(r.laps_led_matched for r in self.races), sum(r.laps_led_compared for r in self.races))
