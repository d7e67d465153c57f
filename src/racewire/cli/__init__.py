"""The ``racewire`` command line: thin shells over the library API."""

from .app import app, main

__all__ = ["app", "main"]
