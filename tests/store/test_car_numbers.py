"""Car numbers are text from the parquet to the JSON: "07" is not "7", "00" is not "0", "01W" stays "01W"."""

from __future__ import annotations

import json

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from racewire.sources import history
from racewire.store import Store, queries
from racewire.store.load import load_history

CARS = st.from_regex(r"\A0{0,2}[0-9]{1,2}[A-Z]?\Z")


def _table(cars: list[str]) -> pa.Table:
    n = len(cars)
    cols: dict[str, pa.Array] = {}
    for col, (_accepts, label) in history.COLUMNS.items():
        if col == "Car":
            cols[col] = pa.array(cars, pa.string())
        elif col in ("Season", "Race"):
            cols[col] = pa.array([2025 if col == "Season" else 1] * n, pa.int64())
        elif col in ("Finish", "Start"):
            cols[col] = pa.array(list(range(1, n + 1)), pa.int64())
        elif col == "Driver":
            cols[col] = pa.array([f"Driver {i}" for i in range(n)], pa.string())
        elif col == "Track":
            cols[col] = pa.array(["Test Speedway"] * n, pa.string())
        elif col == "Win":
            cols[col] = pa.array([1] + [0] * (n - 1), pa.int64())
        else:
            cols[col] = pa.nulls(n, pa.float64() if label == "number" else pa.string() if label == "string"
                                 else pa.int64())
    return pa.table(cols)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cars=st.lists(CARS, min_size=1, max_size=12, unique=True))
def test_car_numbers_round_trip_as_text(tmp_path, cars):
    files = [history.HistoryFile(s, f"{s}.parquet", _table(cars), f"sha-{s}-{'-'.join(cars)}")
             for s in ("cup", "xfinity", "truck")]
    with Store(tmp_path / "cars.duckdb", init=False) as store:
        load_history(store, files, origin="hypothesis")
        race = queries.race(store, "truck", 2025, 1)
        got = [r.car for r in queries.results(store, race.id)]
        assert got == cars
        assert json.loads(json.dumps([r.to_dict() for r in queries.results(store, race.id)]))[0]["car"] == cars[0]
