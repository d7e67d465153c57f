"""One error body for the whole API, from one handler per kind of failure:

    {"error": {"status": 404, "type": "NotFound", "message": "unknown round 44 in truck 2025 (rounds 1-25)"}}

racewire's own errors carry their HTTP status on the class (``racewire.errors``); request validation is 422;
routing and auth failures keep their status. Pages (outside ``/api/``) get the same facts as an HTML page.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import RacewireError
from .site import dumps


class ErrorDetail(BaseModel):
    status: int
    type: str
    message: str


class ErrorBody(BaseModel):
    """The one error shape of the API."""

    error: ErrorDetail


def error_body(status: int, type_: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "type": type_, "message": message}}


def status_type(status: int) -> str:
    """413 -> "ContentTooLarge": the status phrase in CamelCase."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return "Error"
    return "".join(w.capitalize() for w in phrase.replace("-", " ").split())


def _respond(request: Request, status: int, type_: str, message: str,
             headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return Response(dumps(error_body(status, type_, message)), status, headers=headers,
                        media_type="application/json")
    from .pages import render_error

    return render_error(request, status, type_, message, headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers: racewire errors, validation errors, HTTP errors (404 route, 401, 405, 413)."""

    @app.exception_handler(RacewireError)
    async def racewire_error(request: Request, exc: RacewireError) -> Response:
        return _respond(request, exc.http_status, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, "ValidationError", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return _respond(request, exc.status_code, status_type(exc.status_code), message, exc.headers)
