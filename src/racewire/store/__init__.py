"""The results store: DuckDB embedded by default."""

from .db import Store, default_path

__all__ = ["Store", "default_path"]
