"""`racewire serve` as a real process on a free localhost port, for the API and browser tests and the bench.

The fixture waits until the server answers and, if the process dies first, fails with its stderr
(datasette's tests/test_playwright.py does the same: find_free_port, wait_for_server).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from pgserver import find_free_port

ADMIN_TOKEN = "test-admin-token"


class LiveServer:
    def __init__(self, db: str, *, env: dict[str, str] | None = None) -> None:
        self.db = db
        self.port = find_free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "RACEWIRE_ADMIN_TOKEN": ADMIN_TOKEN, **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None
        self._err = tempfile.TemporaryFile()

    def start(self, timeout: float = 60) -> "LiveServer":
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "racewire", "serve", "--db", self.db, "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=self._err, env=self.env)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"racewire serve exited with {self.proc.returncode}:\n{self.stderr()}")
            try:
                if httpx.get(self.url + "/api/v1/openapi.json", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"racewire serve did not answer within {timeout}s:\n{self.stderr()}")

    def stderr(self) -> str:
        self._err.seek(0)
        return self._err.read().decode(errors="replace")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._err.close()


def copy_store(db_path: Path, folder: Path) -> str:
    """A copy of the session's DuckDB file: a server process needs a file of its own (DuckDB locks it)."""
    import shutil

    target = folder / "server.duckdb"
    shutil.copyfile(db_path, target)
    return str(target)
