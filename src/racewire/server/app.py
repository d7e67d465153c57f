"""``create_app(room)``: the FastAPI app serving the REST API (/api/v1), its docs and the web pages."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..newsroom import Newsroom
from . import api, errors, pages
from .middleware import BodyLimit, ETagCache
from .site import Site

HERE = Path(__file__).parent
MAX_BODY = 1_000_000


def create_app(room: Newsroom, *, admin_token: str | None = None, max_body: int = MAX_BODY,
               cache_size: int = 1024) -> FastAPI:
    """The web newsroom and API over ``room``.

    Args:
        room: the Newsroom to serve (DuckDB or PostgreSQL store).
        admin_token: token for writes (``POST /api/v1/sync``); default ``$RACEWIRE_ADMIN_TOKEN``; none: writes off.
        max_body: request bodies over this many bytes get 413.
        cache_size: GET answers kept in memory (0: none); emptied by every sync.
    """
    app = FastAPI(
        title="racewire API", version=__version__,
        description="Fact-checked NASCAR results, facts and recaps: Cup, Xfinity and Truck, 1949 to today. "
                    "Paths follow the Ergast/Jolpica layout: /api/v1/{series}/{season}/{round}/results. "
                    "Results data: nascaR.data (GPL-3+), compiled with permission from DriverAverages.com.",
        openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.site = Site(room, admin_token=admin_token if admin_token is not None
                          else os.environ.get("RACEWIRE_ADMIN_TOKEN") or None, cache_size=cache_size)
    errors.install(app)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/api/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        # Swagger UI from the vendored copy (static/vendor), not a CDN: the docs work offline
        return get_swagger_ui_html(openapi_url=app.openapi_url or "", title="racewire API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.include_router(pages.router)
    app.add_middleware(ETagCache, cache=app.state.site.cache)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app
