"""The docs are tested: every command has --help text, and the README's tour runs as written."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, FEEDS, HISTORY, ROOT

README = (ROOT / "README.md").read_text()
#: tour lines that need the network, a server that runs until stopped, or a live race: shown, not run
NOT_RUN = ("racewire sync\n", "feeds fetch", "racewire serve", "racewire live")


def tour() -> list[str]:
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.S):
        for line in block.splitlines():
            cmd = re.split(r"\s#\s", line)[0].strip()
            if cmd.startswith("racewire ") and not any(n.strip() in cmd + "\n" if n.endswith("\n") else n in cmd
                                                       for n in NOT_RUN):
                lines.append(cmd)
    return lines


def run(args: list[str], cwd: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "racewire", "--db", str(db), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def workdir(db_path, tmp_path_factory):
    """A folder laid out as the README assumes: a store, ../shared/data/feeds, ./history, q.yaml."""
    d = tmp_path_factory.mktemp("tour")
    shutil.copy(db_path, d / "racewire.duckdb")
    (d / "q.yaml").write_text("- speaker: Kyle Larson\n  text: That was pretty unbelievable.\n")
    shutil.copy(EXAMPLES / "recap-truck-2025-homestead.txt", d / "article.txt")
    shutil.copytree(HISTORY, d / "history")
    (d / "run").mkdir()
    (d / "shared" / "data").mkdir(parents=True)
    (d / "shared" / "data" / "feeds").symlink_to(FEEDS)
    return d


def test_the_readme_tour_is_there():
    assert len(tour()) >= 10
    assert README.splitlines()[0] == "# racewire"
    assert "bash scripts/setup.sh && .venv/bin/racewire recap truck 2025 4" in README
    assert "bash scripts/test.sh" in README


@pytest.mark.parametrize("cmd", tour())
def test_readme_command_runs(workdir, cmd):
    args = shlex.split(cmd)[1:]
    if args[:1] == ["--db"]:
        args = args[2:]  # the tour's own --db example: run it on the test store
    args = [a.replace("q.yaml", str(workdir / "q.yaml")).replace("article.txt", str(workdir / "article.txt"))
            for a in args]
    out = run(args, workdir / "run", workdir / "racewire.duckdb")
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_every_command_has_help():
    from racewire.cli.app import _register, app

    _register()
    names = [c.name or c.callback.__name__ for c in app.registered_commands] + \
            [g.name for g in app.registered_groups]
    assert {"recap", "facts", "check", "results", "races", "standings", "driver", "sync", "serve", "feeds",
            "live"} <= set(names)
    for name in names:
        out = subprocess.run([sys.executable, "-m", "racewire", name, "--help"], capture_output=True, text=True,
                             timeout=60)
        assert out.returncode == 0 and "Usage" in out.stdout, (name, out.stderr)
