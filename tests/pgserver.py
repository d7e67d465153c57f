"""A throwaway PostgreSQL server from Debian's package, for tests and benches: initdb into a temp folder,
start it on a free port on 127.0.0.1, stop it and remove the folder at the end.

Running as root (CI does), initdb and postgres refuse to start, so both run as the ``postgres`` user that
Debian's package creates (``runuser``). ``PostgresServer.missing()`` says why none can be started here.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name))
    return Path(dirs[-1]) if dirs else None


class PostgresServer:
    """``with PostgresServer() as pg: pg.url`` -> ``postgresql://racewire@127.0.0.1:PORT/postgres``."""

    def __init__(self) -> None:
        self.bindir = _bindir()
        self.port = find_free_port()
        self.dir: Path | None = None
        self.user = "racewire"

    @staticmethod
    def missing() -> str | None:
        """Why a server cannot be started here, or None."""
        b = _bindir()
        if b is None or not (b / "initdb").exists():
            return "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql (scripts/setup.sh)"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                return "running as root and there is no 'postgres' user to run PostgreSQL as"
            if not shutil.which("runuser"):
                return "running as root and runuser is missing"
        return None

    def _cmd(self, *args: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *args]
        return list(args)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{db}"

    def start(self) -> "PostgresServer":
        why = self.missing()
        if why:
            raise RuntimeError(why)
        assert self.bindir is not None
        self.dir = Path(tempfile.mkdtemp(prefix="racewire-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        subprocess.run(self._cmd(str(self.bindir / "initdb"), "-D", str(data), "-U", self.user, "--auth=trust",
                                 "--no-locale", "--encoding=UTF8", "--no-sync"),
                       check=True, capture_output=True, text=True)
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        out = subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"),
                                       "-o", opts, "-w", "-t", "60", "start"), capture_output=True, text=True)
        if out.returncode != 0:
            log = (self.dir / "log").read_text() if (self.dir / "log").exists() else ""
            self.stop()
            raise RuntimeError(f"pg_ctl start failed: {out.stdout}{out.stderr}{log}")
        self._wait()
        return self

    def _wait(self, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"PostgreSQL did not answer on 127.0.0.1:{self.port}")

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create a database (optionally a copy of ``template``) and return its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            tpl = f" TEMPLATE {template}" if template else ""
            con.execute(f"CREATE DATABASE {name}{tpl}")
        return self.url(name)

    def stop(self) -> None:
        if self.dir is None:
            return
        if self.bindir and (self.dir / "data" / "postmaster.pid").exists():
            subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate",
                                     "-w", "stop"), capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> "PostgresServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
