"""Commands over the facts catalogue: facts, standings, driver."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .app import FormatOpt, Round, Season, Series, app, newsroom
from .output import TableJson, emit, emit_json

TJ = Annotated[TableJson, typer.Option("--format", "-f", help="table for people, json for machines")]


@app.command()
def facts(series: Series, season: Season, round: Round, format: TJ = TableJson.table,
          min_score: Annotated[float, typer.Option(help="table only: hide facts scored below this")] = 0) -> None:
    """Every fact racewire can back with data for one race, most newsworthy first, with its evidence."""
    race = newsroom().race(series, season, round)
    cat = race.facts
    data = {"race": race.info.to_dict(),
            "facts": [{"id": f.id, "kind": f.kind, "subjects": f.subjects, "value": f.value, "text": f.text,
                       "score": f.score, "context": f.context, "provenance": f.provenance.to_dict()} for f in cat],
            "missing": cat.missing}
    shown = [f for f in cat if f.score >= min_score]
    caption = "; ".join(f"{k}: {v}" for k, v in cat.missing.items())
    emit(format.value, data=data, rows=[], title=f"Facts: {race.info.season} {race.info.name} ({series})",
         columns=["Score", "Fact", "Evidence"], caption=("missing — " + caption) if caption else "",
         table_rows=[(int(f.score), f.text, f.provenance.rule) for f in shown])


@app.command()
def standings(series: Series, season: Season,
              after: Annotated[Optional[int], typer.Option("--after", help="round (default: the last one)")] = None,
              format: TJ = TableJson.table) -> None:
    """Championship standings (sum of driver points) after a round of the season."""
    room = newsroom()
    rnd = after if after is not None else room.races(series, season)[-1].round
    race = room.race(series, season, rnd)
    rows = [s.to_dict() for s in race.standings()]
    emit(format.value, data={"race": race.info.to_dict(), "standings": rows}, rows=rows,
         title=f"{series} {season} standings after round {rnd} ({race.info.track})",
         columns=["Pos", "Driver", "Points", "Behind", "Wins", "Starts"],
         table_rows=[(s["position"], s["driver"], s["points"], s["behind"] or "—", s["wins"], s["starts"])
                     for s in rows])


@app.command()
def driver(name: Annotated[str, typer.Argument(help='driver name, e.g. "Kyle Larson"')],
           series: Annotated[Optional[str], typer.Option("--series", help="cup, xfinity or truck")] = None,
           format: TJ = TableJson.table) -> None:
    """A driver's career: starts, wins, top 5s and 10s, poles, laps led, best finish by class of track."""
    careers = newsroom().driver(name, series)
    if format.value == "json":
        emit_json({"driver": careers[0].driver, "careers": [c.to_dict() for c in careers]})
        return
    emit("table", data=None, rows=[], title=careers[0].driver,
         columns=["Series", "Seasons", "Starts", "Wins", "Top 5", "Top 10", "Poles", "Laps led"],
         table_rows=[(c.series, f"{c.first_season}-{c.last_season}", c.starts, c.wins, c.top5, c.top10, c.poles,
                      c.laps_led) for c in careers])
    classes = sorted({k for c in careers for k in c.best_by_class})
    emit("table", data=None, rows=[], title="Best finish by class of track", columns=["Series", *classes],
         table_rows=[(c.series, *(c.best_by_class.get(k, "—") for k in classes)) for c in careers])


__all__ = ["facts", "standings", "driver", "FormatOpt"]
