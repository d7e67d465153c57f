"""Vega-Lite specs for the pages' charts, built from library rows (rendered in the browser by vega-embed)."""

from __future__ import annotations

from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # a name for vega-embed's mode; never fetched
SERIES_COLORS = {"cup": "#c8102e", "xfinity": "#1f5fa8", "truck": "#e08e0b"}


def laps_led(results: list[Any]) -> dict[str, Any] | None:
    """Bar per driver who led a lap, most laps first; None when nobody is recorded as leading."""
    rows = [{"driver": r.driver, "car": r.car, "led": r.led, "finish": r.finish} for r in results if r.led]
    if not rows:
        return None
    return {
        "$schema": SCHEMA, "description": "Laps led by driver", "width": "container",
        "height": {"step": 22}, "data": {"values": rows},
        "mark": {"type": "bar", "color": "#c8102e", "tooltip": True},
        "encoding": {
            "y": {"field": "driver", "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "led", "type": "quantitative", "title": "Laps led"},
            "tooltip": [{"field": "driver"}, {"field": "car", "title": "Car"},
                        {"field": "led", "title": "Laps led"}, {"field": "finish", "title": "Finish"}],
        },
    }


def wins_per_season(careers: list[Any]) -> dict[str, Any] | None:
    """Stacked bars of wins per season, one colour per series; None for a driver without a win."""
    rows = [{"season": season, "series": c.series, "wins": n}
            for c in careers for season, n in sorted(c.wins_by_season.items())]
    if not rows:
        return None
    series = [c.series for c in careers if c.wins_by_season]
    return {
        "$schema": SCHEMA, "description": "Wins per season", "width": "container", "height": 220,
        "data": {"values": rows},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "season", "type": "ordinal", "title": None},
            "y": {"field": "wins", "type": "quantitative", "title": "Wins", "axis": {"tickMinStep": 1}},
            "color": {"field": "series", "type": "nominal", "title": "Series",
                      "scale": {"domain": series, "range": [SERIES_COLORS.get(s, "#555") for s in series]}},
        },
    }


def lap_chart(chart: dict[str, Any] | None, top: int = 10) -> dict[str, Any] | None:
    """Running position by lap for the top finishers (from the lap-times feed); None without lap data."""
    if not chart:
        return None
    rows = [{"lap": lap, "pos": pos, "driver": r["driver"], "finish": r["finish"]}
            for r in chart["rows"] if r["finish"] is not None and r["finish"] <= top
            for lap, pos in enumerate(r["positions"]) if pos is not None]
    if not rows:
        return None
    order = [r["driver"] for r in sorted(chart["rows"], key=lambda r: r["finish"] or 999)[:top]]
    return {
        "$schema": SCHEMA, "description": f"Running order by lap, top {top} finishers", "width": "container",
        "height": 320, "data": {"values": rows},
        "mark": {"type": "line", "interpolate": "step-after", "strokeWidth": 1.5},
        "encoding": {
            "x": {"field": "lap", "type": "quantitative", "title": "Lap"},
            "y": {"field": "pos", "type": "quantitative", "title": "Position", "scale": {"reverse": True},
                  "axis": {"tickMinStep": 1}},
            "color": {"field": "driver", "type": "nominal", "title": "Finish order", "sort": order},
            "tooltip": [{"field": "driver"}, {"field": "lap"}, {"field": "pos", "title": "Position"}],
        },
    }
