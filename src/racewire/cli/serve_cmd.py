"""`racewire serve`: the web newsroom and the REST API (uvicorn)."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from .app import _state, app


@app.command()
def serve(host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
          db: Annotated[Optional[str], typer.Option(
              "--db", help="DuckDB file or postgresql://user@host/db URL (default: the global --db / RACEWIRE_DB)")
          ] = None) -> None:
    """Serve the web pages and the REST API (/api/v1, docs at /api/docs). Writes need RACEWIRE_ADMIN_TOKEN."""
    import uvicorn

    from ..newsroom import Newsroom
    from ..server import create_app

    # read-only unless writes are enabled, so the CLI can read the same DuckDB file while the server runs
    # (a URL squashed by the global --db's Path type is repaired by Store)
    room = Newsroom(db or _state["db"], read_only=not os.environ.get("RACEWIRE_ADMIN_TOKEN"))
    typer.echo(f"racewire serving {room.store.label} on http://{host}:{port}/ (API docs: /api/docs)", err=True)
    uvicorn.run(create_app(room), host=host, port=port, log_level="warning")
