"""The writer's entry point: catalogue in, Recap out (selection, planning, realisation)."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.catalogue import Catalogue
from ..facts.model import Fact, Provenance
from ..sources import CREDIT
from ..sources.quotes import Quote
from ..words import surname
from .model import Recap, Sentence
from .plan import plan
from .realise import Realiser
from .select import select


def write(cat: Catalogue, race: dict[str, object], quotes: Sequence[Quote] = ()) -> Recap:
    """Write the recap of one race from its catalogue; quotes (optional) are woven in after the paragraph
    that first names their speaker, attributed, never altered."""
    messages = select(cat)
    race_fact = cat.get("race")
    drivers = [f.subjects["driver"] for f in cat.find("finish")]
    seed = f"{race['series']}-{race['season']}-{race['round']}"
    realiser = Realiser(race_fact, drivers, seed)
    realiser.cars = {f.subjects["car"]: f.subjects["driver"] for f in cat.find("finish") if f.subjects.get("car")}
    win = next((m for m in messages if m.kind == "win"), None)
    if win is None:
        headline = Sentence(f"{race_fact.value} at {race_fact.subjects['track']}", (race_fact.id,))
    else:
        headline = realiser.headline(win)
    paragraphs: list[list[Sentence]] = []
    for para in plan(messages):
        sentences = [s for msg in para for s in realiser.realise(msg)]
        if sentences:
            paragraphs.append(sentences)
    facts: dict[str, Fact] = {}
    for s in [headline, *[s for p in paragraphs for s in p]]:
        for fid in s.facts:
            facts[fid] = cat.by_id[fid]
    recap = Recap(race, headline, paragraphs, facts, CREDIT, {"missing": dict(cat.missing)})
    if quotes:
        _weave(recap, quotes, realiser)
    return recap


def _weave(recap: Recap, quotes: Sequence[Quote], realiser: Realiser) -> None:
    """Each quote becomes its own paragraph after the first paragraph that names its speaker (or at the end);
    several quotes of one speaker keep their order."""
    quote_ids: set[str] = set()
    for q in quotes:
        fact = quote_fact(q)
        recap.facts[fact.id] = fact
        quote_ids.add(fact.id)
        who = surname(q.speaker) if q.speaker in realiser.ref.seen else q.speaker
        tail = f" {q.context}" if q.context else ""
        body = q.text.strip()
        if body[-1:] in "?!":
            text = f"“{body}” {who} said{tail}."
        else:
            text = f"“{body.rstrip('.')},” {who} said{tail}."
        paras = recap.paragraphs
        at = next((i + 1 for i, p in enumerate(paras) if any(surname(q.speaker) in s.text for s in p)), len(paras))
        while at < len(paras) and all(set(s.facts) <= quote_ids for s in paras[at]):
            at += 1
        paras.insert(at, [Sentence(text, (fact.id,))])


def quote_fact(q: Quote) -> Fact:
    """A quote is evidence of itself: its source is the file and line it was read from."""
    return Fact(f"quote:{q.index}", "quote", {"speaker": q.speaker}, q.text, f"{q.speaker}: \u201c{q.text}\u201d",
                0, Provenance("quoted verbatim from the quotes file", (), f"quotes {q.path}:{q.line}"))
