"""sync is atomic and idempotent: a corrupt file changes nothing, a second run changes nothing."""

from __future__ import annotations

import shutil

import pytest

from racewire.errors import SourceError
from conftest import HISTORY


def test_sync_twice_changes_nothing(fresh):
    before = fresh.store.all("SELECT * FROM sources ORDER BY name")
    report = fresh.sync(str(HISTORY))
    assert report.changed is False and report.rows["truck"] > 25000
    assert fresh.store.all("SELECT * FROM sources ORDER BY name") == before


def test_corrupt_parquet_fails_clearly_and_old_data_still_answers(fresh, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(HISTORY, bad)
    data = (bad / "truck_series.parquet").read_bytes()
    (bad / "truck_series.parquet").write_bytes(data[: len(data) // 2])  # truncated download
    with pytest.raises(SourceError, match=r"truck_series.parquet: expected a parquet file, got unreadable"):
        fresh.sync(str(bad))
    assert fresh.race("truck", 2025, 4).results[0].driver == "Kyle Larson"


def test_car_column_as_integer_is_rejected_naming_file_and_column(fresh, tmp_path):
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    bad = tmp_path / "bad"
    shutil.copytree(HISTORY, bad)
    t = pq.read_table(bad / "cup_series.parquet")
    t = t.set_column(t.column_names.index("Car"), "Car", pc.cast(pc.utf8_length(t.column("Car")), "int64"))
    pq.write_table(t, bad / "cup_series.parquet")
    with pytest.raises(SourceError, match=r'cup_series.parquet: column "Car": expected string, got int64'):
        fresh.sync(str(bad))
    assert fresh.store.one("SELECT count(*) FROM results")[0] > 170000


def test_sync_from_a_local_http_server(fresh):
    """The download path for real: a local HTTP server serving the snapshot folder."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HISTORY))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        report = fresh.sync(f"http://127.0.0.1:{server.server_port}/")
    finally:
        server.shutdown()
        server.server_close()
    assert report.changed is False  # same bytes as the bundled copy
