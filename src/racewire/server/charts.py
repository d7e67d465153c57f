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
