"""racewire: fact-checked NASCAR race recaps, every sentence backed by data."""

from .errors import InputError, NotFound, RacewireError, SourceError, StoreError, SyncError
from .newsroom import Newsroom, Race, get_race

__version__ = "0.1.0"

__all__ = ["Newsroom", "Race", "get_race", "RacewireError", "InputError", "NotFound", "SourceError",
           "StoreError", "SyncError", "__version__"]
