"""The recap writer: select.py (what to say) -> plan.py (in what order) -> realise.py (in which words)
-> render.py (md, html, json, ninjs). Every sentence carries the ids of the facts it states."""

from .model import Recap, Sentence
from .write import write

__all__ = ["Recap", "Sentence", "write"]
