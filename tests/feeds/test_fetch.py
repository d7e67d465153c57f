"""Fetching feeds from a real local HTTP server serving ../shared/data/feeds (no mocks, no internet)."""

from __future__ import annotations

import functools
import shutil
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import FEEDS

from racewire.errors import SyncError
from racewire.sources.feeds.remote import fetch


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    handler = functools.partial(_Quiet, directory=str(FEEDS))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/{{series}}/{{season}}/{{race_id}}/{{kind}}.json"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_then_refetch_is_conditional(server, tmp_path):
    got = fetch("cup", 2025, "5550", tmp_path, kinds=("weekend-feed", "lap-times", "lap-notes"), base_url=server)
    assert [(f.kind, f.status) for f in got] == [("weekend-feed", "new"), ("lap-times", "new"), ("lap-notes", "missing")]
    saved = tmp_path / "cup" / "2025" / "5550" / "lap-times.json"
    assert saved.read_bytes() == (FEEDS / "cup/2025/5550/lap-times.json").read_bytes()
    again = fetch("cup", 2025, "5550", tmp_path, kinds=("weekend-feed", "lap-times"), base_url=server)
    assert [f.status for f in again] == ["unchanged", "unchanged"]  # 304 on If-Modified-Since


def test_unreachable_server_fails_after_retries(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SyncError, match="failed after 2 tries"):
        fetch("cup", 2025, "5550", tmp_path, kinds=("lap-times",), base_url=f"http://127.0.0.1:{port}/{{kind}}.json",
              retries=2, backoff=0)


def test_cli_fetch_downloads_and_imports(server, db_path, tmp_path):
    shutil.copy(db_path, tmp_path / "x.duckdb")
    out = subprocess.run([sys.executable, "-m", "racewire", "--db", str(tmp_path / "x.duckdb"), "feeds", "fetch",
                          "nxs", "2023", "5314", "--kind", "lap-times", "--kind", "lap-notes", "--base-url", server,
                          "--dest", str(tmp_path / "feeds")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "lap-times: new" in out.stdout and "lap-notes: new" in out.stdout
    assert "xfinity 2023 race 5314: round 5" in out.stdout
    assert "laps-led match rate: 36/38 drivers (94.7%)" in out.stdout


def test_cli_import_reports_a_malformed_file_in_one_red_line(db_path, tmp_path):
    shutil.copy(db_path, tmp_path / "x.duckdb")
    bad = tmp_path / "cup" / "2025" / "5550"
    bad.mkdir(parents=True)
    (bad / "lap-times.json").write_text('{"laps": [{"Number": 5, "Laps": []}]}')
    out = subprocess.run([sys.executable, "-m", "racewire", "--db", str(tmp_path / "x.duckdb"), "feeds", "import",
                          str(tmp_path / "cup")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "  error: cup/2025/5550/lap-times.json: laps[0].Number: expected text, got 5" in out.stdout
    assert out.stderr == ("error: cup/2025/5550/lap-times.json: expected well-formed feed files, got 1 malformed "
                          "(listed above; their races were not imported)\n")
