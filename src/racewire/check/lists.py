"""Lists in race text: several drivers and several places in one stretch of words ("Tyler Ankrum and Daniel
Hemric completed the top five", "Larson, Elliott and Bowman finished first, 10th and 11th", "The top five: ...",
a results-box line, a standings table after a name). Each reader adds a claim per driver to a sentence's claims."""

from __future__ import annotations

import re

from ..words import parse_number, parse_ordinal
from .model import Claim
from .patterns import NOT_FINISH_AFTER
from .text import APOS, NUM, ORD, Mention, inside


def pairs(found: list[Claim], mentions: list[Mention], text: str, source: str, s_start: int, s_end: int) -> None:
    """"Bill Elliott and Michael Waltrip ... dropped to 27th and 28th", "Larson, Elliott and Bowman finished first,
    10th and 11th": the places in the order of the names, when there are as many names in the list as places."""
    places = r"(?P<list>" + ORD + r"(?:,\s+" + ORD + r")*,?\s+and\s+" + ORD + r")\b"
    for m in re.finditer(r"\b(?:finished|were|was|dropped to|fell to|wound up|ended up|placed|came home|ran)\s+"
                         + places + NOT_FINISH_AFTER, text[s_start:s_end], re.I):
        at = s_start + m.start()
        ords = [(s_start + m.start("list") + o.start(), s_start + m.start("list") + o.end())
                for o in re.finditer(ORD, m["list"], re.I)]
        names = [x for x in mentions if x.end <= at and x.subject and x.driver is not None]
        if len(names) < len(ords):
            continue
        listed = names[-len(ords):]
        if not all(re.fullmatch(r",\s+|,?\s+and\s+", text[x.end:y.start]) for x, y in zip(listed, listed[1:])):
            continue
        if not re.fullmatch(r",?\s+and\s+", text[listed[-2].end:listed[-1].start]):
            continue
        for men, (a, b) in zip(listed, ords):
            found.append(Claim("finish", a, b, source[a:b], {"pos": parse_ordinal(text[a:b]), "driver": men.driver}))


def results_line(found: list[Claim], mentions: list[Mention], text: str, source: str, s_start: int) -> None:
    """A line of a wire-service results box, "3. (1) Corey Heim, Toyota, 134, 0, 52.": the finish, then the
    start in parentheses, then the driver."""
    m = re.match(r"\s*(?P<fin>\d{1,2})\.\s+\((?P<st>\d{1,2})\)\s+", text[s_start:])
    first = mentions[0] if mentions else None
    if m is None or first is None or first.driver is None or first.start != s_start + m.end():
        return
    for kind, group in (("finish", "fin"), ("start", "st")):
        a, b = s_start + m.start(group), s_start + m.end(group)
        found.append(Claim(kind, a, b, source[a:b], {"pos": int(m[group]), "driver": first.driver}))


def more_rivals(found: list[Claim], mentions: list[Mention], text: str, source: str, s_end: int) -> None:
    """"Byron leads Truex by 32 points and Hamlin by 64": the leader's gap to each rival the list names."""
    for c in [c for c in found if c.kind == "points_lead" and "other" in c.args and "gap" in c.args]:
        end = c.end
        while True:
            m = re.match(r",?\s+(?:and\s+)?", text[end:s_end])
            if m is None:
                break
            a = end + m.end()
            rival = next((x for x in mentions if x.start == a and x.driver), None)
            by = re.match(r"\s+by\s+(?P<gap>" + NUM + r")(?:\s+points?)?\b", text[rival.end:s_end]) if rival else None
            if rival is None or by is None or parse_number(by["gap"]) is None:
                break
            end = rival.end + by.end()
            found.append(Claim("points_lead", a, end, source[a:end],
                               {**c.args, "other": rival.driver, "gap": parse_number(by["gap"])}))


def more_behind(found: list[Claim], mentions: list[Mention], text: str, source: str, s_end: int) -> None:
    """"third in the final standings, 233 points behind Sprague and two points behind Bickle": the gap to each
    driver the list names after the first."""
    for c in [c for c in found if c.kind == "standing" and "other" in c.args and "gap" in c.args]:
        m = re.match(r",?\s+and\s+(?P<gap>" + NUM + r")\s+(?:points?\s+|markers?\s+)?(?:behind|back of)\s+",
                     text[c.end:s_end], re.I)
        rival = next((x for x in mentions if m and x.start == c.end + m.end() and x.driver), None)
        if m is None or rival is None or parse_number(m["gap"]) is None:
            continue
        a = c.end + m.start("gap")
        found.append(Claim("standing", a, rival.end, source[a:rival.end],
                           {**{k: v for k, v in c.args.items() if k != "pos"}, "other": rival.driver,
                            "gap": parse_number(m["gap"])}))


def followed_by(found: list[Claim], mentions: list[Mention], text: str, source: str, s_end: int) -> None:
    """"Johnny Rumley was sixth, followed by Phil Parsons, Hermie Sadler and Chad Little": the next places, in
    order, when the list is nothing but names."""
    for c in [c for c in found if c.kind == "finish"]:
        # "finished second for Team Penske, followed by ...": a short phrase with no name or place may come between
        m = re.match(r"(?:\s+(?:for|in|with|driving)\b[^,.;]{0,50})?,?\s+followed by\s+", text[c.end:s_end])
        if m is None or any(c.end < x.start < c.end + m.end() for x in mentions) or \
                re.search(ORD, text[c.end:c.end + m.end()], re.I):
            continue
        listed, pos = _names_after(mentions, text, c.end + m.end())
        place = re.match(r"\s+in\s+(" + ORD + r")\s*(?:[.;]|$)", text[pos:s_end], re.I)
        if len(listed) == 1 and place is not None:  # "..., followed by Timothy Peters in eighth": the place given
            found.append(Claim("finish", listed[0].start, pos + place.end(1), source[listed[0].start:pos + place.end(1)],
                               {"pos": parse_ordinal(place[1]), "driver": listed[0].driver}))
            continue
        if len(listed) < 1 or not re.match(r"\s*(?:[.;]|$)", text[pos:s_end]):
            continue
        for i, x in enumerate(listed, start=1):
            found.append(Claim("finish", x.start, x.end, source[x.start:x.end],
                               {"pos": c.args["pos"] + i, "driver": x.driver}))


def place_range(found: list[Claim], mentions: list[Mention], text: str, source: str, s_end: int) -> None:
    """"Chastain, Kligerman and Love took sixth through eighth": one place each, in order, when the list holds
    as many names as the range has places; otherwise no claim (the places are not the last name's)."""
    for c in [c for c in found if c.kind == "finish"]:
        m = re.match(r"\s*(?:through|thru|to|-|\u2013)\s*(?P<b>" + ORD + r")\b", text[c.end:s_end], re.I)
        if m is None:
            continue
        found.remove(c)
        last = parse_ordinal(m["b"])
        listed = _names_before(mentions, text, c.start)
        if last is None or len(listed) != last - c.args["pos"] + 1:
            continue
        end = c.end + m.end()
        for i, x in enumerate(listed):
            found.append(Claim("finish", x.start, end if i == len(listed) - 1 else x.end,
                               source[x.start:end if i == len(listed) - 1 else x.end],
                               {**c.args, "pos": c.args["pos"] + i, "driver": x.driver}))


def listed_subjects(found: list[Claim], mentions: list[Mention], text: str, source: str) -> None:
    """"Chastain, Peters, Rohrbaugh and Greenfield were all done after 78 laps": the claim of a plural verb holds
    for every name of the list before it."""
    for c in [c for c in found if c.kind == "retirement" and re.match(r"were\b", c.text)]:
        adverb = re.search(r"(?<=\s)(?:also|both|all|each|too|then)\s+$", text[:c.start])  # "Lund and White also were"
        listed = _names_before(mentions, text, adverb.start() if adverb else c.start)
        if len(listed) < 2:
            continue  # "Both were out after 110 laps": the drivers of the sentence before
        found.remove(c)
        if any(c.start < x.start < c.end for x in mentions):
            # "Linville and Mast were eliminated in late accidents, Linville after 167 laps and Mast after 177":
            # each name with its own count
            for x in [x for x in mentions if c.start < x.start and x.driver in {y.driver for y in listed}]:
                own = re.match(r"\s+after (?:only |just )?(?P<n>" + NUM + r")(?: laps)?\b", text[x.end:])
                if own and parse_number(own["n"]) is not None:
                    b = x.end + own.end()
                    found.append(Claim(c.kind, x.start, b, source[x.start:b],
                                       {**c.args, "n": parse_number(own["n"]), "driver": x.driver}))
            continue
        for x in listed:  # each from its name to the verb's words, which are every name's
            found.append(Claim(c.kind, x.start, c.end, source[x.start:c.end], {**c.args, "driver": x.driver}))


#: a points total after a place: "Sprague was second with 3,778", "second with 817 points" (a table, not a finish)
POINTS_TOTAL = r"with (?:\d{1,2},\d{3}|\d{3,4} points)"
#: a place in the table right after a name, in a sentence about the standings: "with Ruttman fourth, 15 behind",
#: "Joey Logano seventh", "Martin third, 317 points back of Earnhardt", "Chastain moved up to fourth after the win",
#: "..., and Mike Alexander holds fourth"
TABLE_PLACE = re.compile(r"(?:\s+(?:moved|moves|climbed|climbs|jumped|jumps|rose|rises)(?:\s+(?:up|back))?\s+to\s+|"
                         r"\s+(?:holds|held|sits|sat|is|was|remains|remained|stays|stayed|ranks|ranked)\s+(?:now\s+)?|\s+|,\s+)"
                         r"(?P<pos>" + ORD + r")\b(?!" + APOS + r"|-| place| in the race| at the)"
                         r"(?:,?\s+(?:and\s+)?(?P<gap>" + NUM + r")\s+(?:points?\s+|markers?\s+)?(?:back|behind|out|adrift)"
                         r"(?:\s+(?:of\s+)?(?P<other>(?-i:[A-Z])[\w.'\u2019-]+(?:\s+(?-i:[A-Z])[\w.'\u2019-]+){0,2}))?)?"
                         r"(?=\s*(?:[,;.]|and\b|with\b|after (?:the|his|her) (?:win|victory|race|run|finish)\b|$))", re.I)


def table_place(found: list[Claim], men: Mention, text: str, source: str, s_start: int, s_end: int,
                 hedges: list[tuple[int, int, int]], elsewhere: list[tuple[int, int]]) -> None:
    """A name after the standings words of its sentence, followed by a place (and a gap): its place in the table."""
    table = re.search(r"\b(?:standings|in (?:the )?points|points (?:race|table|chase)|" + POINTS_TOTAL + r")\b",
                      text[s_start:men.start], re.I) \
        or any(c.kind in ("standing", "points_lead") and "gap" in c.args and c.start < men.start for c in found)
    m = TABLE_PLACE.match(text, men.end, s_end)
    if not table or m is None or men.driver is None or men.possessive(text) or \
            any(c.start <= m.start("pos") < c.end for c in found) or \
            any(c.kind in ("standing", "points_lead") and c.args.get("driver") == men.driver for c in found):
        return
    args: dict[str, object] = {"pos": parse_ordinal(m["pos"]), "driver": men.driver, "sentence": (s_start, s_end),
                               "hedged": any(h <= m.end() and x <= men.start < y for h, x, y in hedges),
                               "other_race": inside(men.start, elsewhere)}
    if m["gap"]:
        args["gap"] = parse_number(m["gap"])
    if m["other"]:
        args["other"] = m["other"]
    found.append(Claim("standing", men.start, m.end(), source[men.start:m.end()], args))


#: a list announced before its names: "Rounding out the top five were Rudd and Earnhardt", "The top five: Cope,
#: Labonte, Elliott, Rudd and Earnhardt"
LIST_BEFORE = re.compile(r"\b(?P<verb>(?:rounding|round|rounded|completing|filling) out the top[- ]|completing the top[- ]|"
                         r"the top[- ])(?P<n>five|5|ten|10|three|3)(?: finishers)?(?: (?:were|was|went to)|:)\s+", re.I)


def listed_after(found: list[Claim], mentions: list[Mention], text: str, source: str, s_start: int,
                  s_end: int) -> None:
    """"Rounding out the top five were Ricky Rudd and Dale Earnhardt": each name a top-n finish; "The top five:
    Cope, Labonte, ...": each name its place, in order, when the list has all of them."""
    m = LIST_BEFORE.search(text, s_start, s_end)
    if m is None:
        return
    n = {"five": 5, "ten": 10, "three": 3}.get(m["n"].lower()) or int(m["n"])
    listed, pos = _names_after(mentions, text, m.end())
    if not listed or not re.match(r"\s*(?:[.;]|$)", text[pos:s_end]):
        return
    ranked = not m["verb"].lower().startswith(("round", "complet", "fill")) and len(listed) == n
    for i, x in enumerate(listed, start=1):
        if ranked:
            found.append(Claim("finish", x.start, x.end, source[x.start:x.end], {"pos": i, "driver": x.driver}))
        else:
            found.append(Claim("top_n", x.start, x.end, source[x.start:x.end], {"n": n, "driver": x.driver}))


#: what separates the names of a list: "A, B and C", "A, B, and C"
LIST_GAP = r",\s+|,?\s+and\s+"


def _names_after(mentions: list[Mention], text: str, at: int) -> tuple[list[Mention], int]:
    """The drivers of a list that starts at ``at`` ("followed by A, B and C"), and where the list ends."""
    listed: list[Mention] = []
    pos = at
    for x in [x for x in mentions if x.start >= at]:
        if not re.fullmatch(r"(?:" + LIST_GAP + r")?", text[pos:x.start]) or x.driver is None:
            break
        listed.append(x)
        pos = x.end
    return listed, pos


def _names_before(mentions: list[Mention], text: str, end: int) -> list[Mention]:
    """The drivers of a list that ends, a space away, at ``end`` ("A, B and C were all done ...")."""
    listed: list[Mention] = []
    pos = end
    for x in reversed([x for x in mentions if x.end <= end]):
        if not re.fullmatch(r"\s+" if not listed else LIST_GAP, text[x.end:pos]) or x.driver is None:
            break
        listed.insert(0, x)
        pos = x.start
    return listed


#: a line of a team's race report box: "Start: 5th", "Finish: 1st", "Laps Led: 64"
STAT_LINE = re.compile(r"^[ \t]*(?P<key>Start(?:ed)?|Starting [Pp]osition|Qualified|Finish(?:ed)?|Finishing [Pp]osition|"
                       r"Laps [Ll]ed)[ \t]*:[ \t]*(?P<val>\d{1,3})(?:st|nd|rd|th)?[ \t]*$", re.M)


def stat_box(found: list[Claim], drivers: list[str], source: str, s_start: int, s_end: int) -> None:
    """A team press release's box for one driver, its heading naming him in any case ("No. 42 CHEVROLET -- TYLER
    REDDICK") and one figure a line after it: the start, the finish and the laps he led."""
    lines = list(STAT_LINE.finditer(source, s_start, s_end))  # (the source keeps its line breaks)
    if not lines:
        return
    heading = source[s_start:lines[0].start()]
    who = [d for d in drivers if re.search(r"(?<![\w.])" + re.escape(d) + r"(?![\w])", heading, re.I)]
    if len(who) != 1 or "\n" in heading.strip():
        return  # (the box's heading is one line that names one driver of the race)
    for m in lines:
        key, val = m["key"].lower(), int(m["val"])
        kind = "laps_led" if key.startswith("laps") else "finish" if key.startswith("finish") else "start"
        arg = {"n": val} if kind == "laps_led" else {"pos": val}
        a, b = m.start("key"), m.end()
        found.append(Claim(kind, a, b, source[a:b],
                           {**arg, "driver": who[0], "sentence": (s_start, s_end), "hedged": False, "named": [],
                            "other_race": False, **({"soft": True} if key == "qualified" else {})}))

