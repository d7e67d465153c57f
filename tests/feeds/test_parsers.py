"""Feed parsers on the real files and on mutated copies: records or SourceError, never another exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import FEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from racewire.errors import SourceError
from racewire.sources.feeds import PARSERS, kind_of, read_file
from racewire.sources.feeds import lap_times
from racewire.sources.feeds.reader import read_documents


def test_lap_speed_of_the_wrong_type_names_file_path_and_expectation():
    doc = json.loads((FEEDS / "cup/2020/4973/lap-times.json").read_bytes())
    doc["laps"][0]["Laps"][2]["LapSpeed"] = {}
    with pytest.raises(SourceError) as err:
        lap_times.parse(json.dumps(doc), "cup/2020/4973/lap-times.json")
    assert str(err.value) == "cup/2020/4973/lap-times.json: laps[0].Laps[2].LapSpeed: expected a number as text, got {}"


def test_quirks_bom_url_line_trailing_source_and_two_documents():
    # nxs/2023/5314/lap-times.json: BOM + source-URL line; cup/2023/5272/live-feed-lap233.json: trailing Source:
    assert read_file(FEEDS / "nxs/2023/5314/lap-times.json").record.cars[0].driver == "Austin Hill"
    assert read_file(FEEDS / "cup/2023/5272/live-feed-lap233.json").record.lap == 233
    # truck/2014/4372: two flag lists back to back, the second starting over with a lap -1 entry
    assert len(read_documents((FEEDS / "truck/2014/4372/live-flag-data.json").read_bytes(), "x")) == 2
    with pytest.raises(SourceError, match="end of file after the JSON"):
        read_documents(b'{"a": 1}\nnot json at all', "x.json")


def test_car_numbers_stay_text():
    cars = {c.car for c in read_file(FEEDS / "cup/2025/5547/lap-times.json").record.cars}
    assert "01" in cars and "1" in cars  # Corey LaJoie's No. 01 and Ross Chastain's No. 1


def test_numbers_as_text_with_thousands_separators():
    doc = {"laps": [{"Number": "07", "FullName": "* Jimmie Johnson", "Manufacturer": "Chv", "RunningPos": "1",
                     "NASCARDriverID": "4,001", "Laps": [{"Lap": 0, "LapTime": None, "LapSpeed": None,
                                                           "RunningPos": 3},
                                                          {"Lap": "1", "LapTime": "33.9", "LapSpeed": "1,163.136",
                                                           "RunningPos": 2}]}], "flags": []}
    car = lap_times.parse(json.dumps(doc), "x.json").cars[0]
    assert (car.car, car.driver, car.driver_id, car.speeds[1], car.start) == ("07", "Jimmie Johnson", 4001, 1163.136, 3)


# -- mutations of real files ------------------------------------------------------------------------------
SAMPLES = ["cup/2025/5550/weekend-feed.json", "nxs/2023/5314/lap-notes.json", "nxs/2023/5314/live-flag-data.json",
           "nxs/2023/5314/live-pit-data.json", "nxs/2023/5314/loopstats.json", "nxs/2023/5314/live-stage-points.json",
           "cup/2025/5575/live-feed-final.json", "misc/schedule/race_list_basic-2023.json",
           "misc/points/cup-2020-driver-points.json", "misc/schedule/nascar-com-schedule-cup-2025.json",
           "cup/2026/5617/lap-times-excerpt.json", "cup/2019/4779/race-results.json"]


def _small(doc: Any) -> Any:
    """A real document cut down (lists to 3 items) so that a mutation lands somewhere that matters."""
    if isinstance(doc, dict):
        return {k: _small(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_small(v) for v in doc[:3]]
    return doc


DOCS = {name: _small(read_documents((FEEDS / name).read_bytes(), name)[0]) for name in SAMPLES}
# a real lap-times race, three cars, 30 laps each
_LT = json.loads((FEEDS / "cup/2025/5550/lap-times.json").read_bytes())
DOCS["cup/2025/5550/lap-times.json"] = {"laps": [{**c, "Laps": c["Laps"][:30]} for c in _LT["laps"][:3]],
                                        "flags": _LT["flags"][:30]}
NAMES = sorted(DOCS)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, prefix + (i,))
    return out


PATHS = {name: _paths(doc)[1:] for name, doc in DOCS.items()}
ODD = st.sampled_from([None, {}, [], "", "x", "12,345", "-1", 1.5, -1, 0, True, "nan", {"a": 1}, [1, 2]])


def _mutate(doc: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    doc = json.loads(json.dumps(doc))
    parent = doc
    for p in path[:-1]:
        parent = parent[p]
    last = path[-1]
    if action == "drop":
        del parent[last]
    else:
        parent[last] = value
    return doc


def _parse(name: str, data: bytes) -> Any:
    return PARSERS[kind_of(name)](data, name)  # type: ignore[index]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_dropping_or_retyping_any_field_gives_records_or_source_error(data):
    name = data.draw(st.sampled_from(NAMES))
    path = data.draw(st.sampled_from(PATHS[name]))
    action = data.draw(st.sampled_from(["drop", "retype"]))
    mutated = _mutate(DOCS[name], path, action, data.draw(ODD))
    try:
        _parse(name, json.dumps(mutated).encode())
    except SourceError as exc:
        assert str(exc).startswith(name)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_truncating_a_file_gives_records_or_source_error(data):
    name = data.draw(st.sampled_from(NAMES))
    raw = ("\ufeffhttps://cf.nascar.com/x.json\n\n" + json.dumps(DOCS[name], indent=1)).encode()
    cut = data.draw(st.integers(0, len(raw)))
    try:
        _parse(name, raw[:cut])
    except SourceError:
        pass


def test_every_real_file_parses():
    for path in sorted(FEEDS.rglob("*.json")):
        read_file(path)  # raises on anything malformed
