"""The web newsroom and the REST API over the same Newsroom: ``create_app(room)`` -> FastAPI."""

from .app import create_app

__all__ = ["create_app"]
