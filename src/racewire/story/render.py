"""Rendering a Recap: Markdown, HTML with the evidence of every sentence, JSON, and IPTC ninjs."""

from __future__ import annotations

import html
import json
from typing import Any

from .model import Recap, Sentence


def markdown(recap: Recap) -> str:
    body = "\n\n".join(" ".join(s.text for s in p) for p in recap.paragraphs)
    return f"# {recap.headline.text}\n\n{body}\n\n*{recap.credit}*\n"


def body_markdown(recap: Recap) -> str:
    return "\n\n".join(" ".join(s.text for s in p) for p in recap.paragraphs)


def _evidence(recap: Recap, s: Sentence) -> str:
    lines = []
    for fid in s.facts:
        f = recap.facts[fid]
        rows = "; ".join(str(r) for r in f.provenance.rows[:4])
        more = f" (+{len(f.provenance.rows) - 4} more)" if len(f.provenance.rows) > 4 else ""
        lines.append(f"{f.text} — {f.provenance.rule}" + (f" [{rows}{more}]" if rows else "")
                     + (f" [{f.provenance.source}]" if f.provenance.source != "history" else ""))
    return "\n".join(lines)


def html_fragment(recap: Recap) -> str:
    """The recap as an <article>: every sentence a focusable span whose title and data-facts give its evidence."""
    out = [f'<article class="recap"><h1>{html.escape(recap.headline.text)}</h1>']
    for p in recap.paragraphs:
        spans = []
        for s in p:
            spans.append(f'<span class="sentence" tabindex="0" data-facts="{html.escape(" ".join(s.facts))}" '
                         f'title="{html.escape(_evidence(recap, s))}">{html.escape(s.text)}</span>')
        out.append("<p>" + " ".join(spans) + "</p>")
    out.append(f'<footer class="credit">{html.escape(recap.credit)}</footer></article>')
    return "\n".join(out)


_CSS = """body{font:17px/1.55 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font:700 1.6rem/1.25 system-ui,sans-serif}.sentence{border-bottom:1px dotted #bbb;cursor:help}
.sentence:hover,.sentence:focus{background:#fff4c2;outline:none}.credit{color:#666;font-size:.8rem;margin-top:2rem}"""


def html_page(recap: Recap) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{html.escape(recap.headline.text)}</title><style>{_CSS}</style></head><body>"
            f"{html_fragment(recap)}</body></html>\n")


def as_dict(recap: Recap) -> dict[str, Any]:
    return {
        "race": recap.race,
        "headline": recap.headline.text,
        "body": body_markdown(recap),
        "sentences": [s.to_dict() for s in [recap.headline, *recap.sentences]],
        "facts": [f.to_dict() for f in recap.facts.values()],
        "missing": recap.meta.get("missing", {}),
        "credit": recap.credit,
    }


def ninjs(recap: Recap) -> dict[str, Any]:
    """IPTC ninjs 1.4 for CMS ingest."""
    race = recap.race
    people = sorted({f.subjects["driver"] for f in recap.facts.values() if "driver" in f.subjects})
    lede = recap.paragraphs[0][0].text if recap.paragraphs else ""
    return {
        "uri": f"urn:racewire:recap:{race['series']}:{race['season']}:{race['round']}",
        "type": "text",
        "version": "1",
        "language": "en-US",
        "headline": recap.headline.text,
        "slugline": f"nascar-{race['series']}-{race['season']}-{race['round']}",
        "byline": "racewire",
        "description_text": lede,
        "body_text": body_markdown(recap),
        "body_html": html_fragment(recap),
        "located": race.get("track"),
        "subject": [{"name": p, "rel": "about"} for p in people],
        "usageterms": recap.credit,
    }


def render(recap: Recap, fmt: str) -> str:
    if fmt == "md":
        return markdown(recap)
    if fmt == "html":
        return html_page(recap)
    if fmt == "json":
        return json.dumps(as_dict(recap), indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "ninjs":
        return json.dumps(ninjs(recap), indent=2, ensure_ascii=False) + "\n"
    from ..errors import InputError

    raise InputError(f"unknown recap format {fmt!r} (choose md, html, json or ninjs)")
