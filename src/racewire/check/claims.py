"""Claim extraction: patterns over each sentence (quoted speech skipped), anchored to the driver they are about.

A claim's driver is the one named inside the matched words, else the nearest one named before them in the
sentence, else the driver the previous sentence was about ("It was his fourth career win"). The patterns are in
patterns.py, who a claim is about in anchor.py, hedges and other races in scope.py, lists of names and places in
lists.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..words import parse_number, parse_ordinal
from .anchor import (CLAUSE_BREAK, EPITHET, GENERIC_TEAM_WORDS, GROUP_AFTER, OBJECT_BEFORE, OPENING, PARTICIPLE, PRONOUN,
                     alternation, driver_of, objects, role, team_drivers, team_shorts)
from .lists import (POINTS_TOTAL, followed_by, listed_after, listed_subjects, more_behind, more_rivals, pairs,
                    place_range, results_line, stat_box, table_place)
from .model import Claim
from .patterns import AT_PLACE, NEEDS, NOT_FINISH_AFTER, PATTERNS, SERIES_NAME, SERIES_WORDS, SINCE_WHEN, unit_since
from .scope import (AFTER_MARKER, CLAUSES, FUTURE, HEDGES, OTHER_RACE, aside_spans, clause, conjunct,
                    other_race_spans)
from .text import APOS, NUM, ORD, Mention, Names, inside, quoted_spans, sentences


#: the kinds of claim a team can own as well as a driver ("Phoenix Racing's first win since 2005")
TEAM_CAN_OWN = ("drought", "career_first", "career_wins", "win_streak", "career_best", "season_wins", "track_wins")


def extract(text: str, names: Names, teams: list[str], makes: list[str],
            titles: Sequence[str] = (), places: Sequence[str] = (), season: int | None = None,
            crews: dict[str, list[str]] | None = None, roles: dict[str, str] | None = None) -> list[Claim]:
    """Every claim in the text, in order; spans inside quotation marks are the speaker's and are skipped, and so
    are race names (``titles``: "Ford EcoBoost 400" names no make). ``roles`` names the race's winner and
    pole-sitter, whom a description may stand for ("The pole-sitter", "the ninth victory for the champion")."""
    roles = roles or {}
    source = text
    text = re.sub(r"[\t\r\n]", " ", text)  # one space per character: offsets stay those of the input
    quoted = quoted_spans(text)
    for title in titles:
        quoted += [(m.start(), m.end()) for m in re.finditer(re.escape(title), text)]
    team_re = alternation(teams)
    place_re = alternation(list(places))  # "Richmond Raceway" names no Tim Richmond
    make_re = alternation(makes + ["Chevy"])
    team_wins_re = None if team_re is None else re.compile(
        r"\b(?P<ord>" + ORD + r"|[Ff]irst)(?:[- ]ever)?\s+" + SERIES_WORDS + r"(?:win|victory|triumph)\s+(?:ever\s+)?"
        r"(?:for|by)\s+(?:the\s+)?(?P<team>" + team_re.pattern + r")|(?P<team2>" + team_re.pattern + r")" + APOS +
        r"s?\s+(?:(?:long-awaited|maiden)\s+)?(?P<ord2>" + ORD + r"|first)(?:[- ]ever)?\s+" + SERIES_WORDS +
        r"(?:win|victory|triumph)\b|(?P<team3>" + team_re.pattern + r")" + APOS + r"s?\s+(?P<ord3>" + ORD +
        r"|first)\s+(?:in|of)\s+(?:the|this)\s+series\b")
    shorts = team_shorts(teams)
    short_re = alternation(list(shorts))
    # "Roush Fenway's first in the series since Trevor Bayne won at Iowa in 2013": the team's drought
    units = "|".join(rx.pattern for rx in (team_re, short_re) if rx is not None)
    team_since_re = re.compile(
        r"(?:\bfirst(?:\s+" + SERIES_WORDS + r"(?:win|victory|triumph))?(?:\s+ever)?\s+(?:for|by)\s+(?:the\s+)?"
        r"(?P<team>" + units + r")|(?P<team2>" + units + r")" + APOS + r"s?\s+first(?:\s+" + SERIES_WORDS +
        r"(?:win|victory|triumph))?)(?:\s+in\s+(?:the|this)\s+series)?\s+since\s+" + SINCE_WHEN) if units else None
    # a team's possessive name right before a claim's words: "Phoenix Racing's first Nationwide win since 2005"
    owner_res = [re.compile(r"(?:" + rx.pattern + r")" + APOS + r"s?\s+(?:[\w-]+\s+){0,2}$")
                 for rx in (team_re, short_re) if rx is not None]
    short_make_re = re.compile(r"(?:" + APOS + r"s?)?\s+(?:" + "|".join(re.escape(w) for w in makes + ["Chevy"])
                               + r")\b") if makes else None
    full_names = {d.lower() for d in names.drivers}
    claims: list[Claim] = []
    topic: str | None = None
    topic_firm = True
    previous: set[str] = set()
    outsiders_before = False
    prev_subjects: set[str | None] = set()
    prev_split = False
    prev_pronoun = False  # was "he" the subject of the sentence before, which named others only as objects?
    standings_before = False  # was the sentence before about the standings?
    names.reset()
    for s_start, s_end in sentences(source):
        # a name inside a team name ("Petty Enterprises") is the team's, not a mention of the driver
        # (an owner-driver's team that is just his name, "Herb Thomas", stays a mention of him)
        team_spans = [(m.start(), m.end()) for m in team_re.finditer(text, s_start, s_end)
                      if m.group(0).lower() not in full_names] if team_re else []
        team_spans += [(m.start(), m.end()) for m in place_re.finditer(text, s_start, s_end)] if place_re else []
        team_spans += [(m.start(), m.end()) for m in SERIES_NAME.finditer(text, s_start, s_end)]  # "Busch Series"
        if short_re is not None and short_make_re is not None:  # "the Wood Brothers Ford", "Hendrick Chevrolet"
            team_spans += [(m.start(), m.end()) for m in short_re.finditer(text, s_start, s_end)
                           if short_make_re.match(text, m.end()) and m.group(0).lower() not in full_names]
        mentions = [role(m, text, s_start) for m in names.mentions(text, s_start, s_end)
                    if not inside(m.start, quoted) and not inside(m.start, team_spans)]
        mentions = sorted(mentions + team_drivers(text, s_start, s_end, team_re, short_re, shorts, crews or {},
                                                        previous | {topic} if topic else previous, prev_subjects,
                                                        mentions),
                          key=lambda x: x.start)
        asides = [(s_start + a, s_start + b) for a, b in aside_spans(text[s_start:s_end])]
        plain = objects(mentions, text, s_start)  # roles inside an aside, for the claims in that aside
        mentions = objects([replace(x, subject=False) if inside(x.start, asides) else x for x in mentions], text,
                           s_start)
        sentence = text[s_start:s_end]
        elsewhere = other_race_spans(sentence, s_start, season)
        # (or "The win was the fourth of his career" after a sentence that named the winner)
        won = None if mentions or "winner" not in roles else WIN_FOR_DESCRIPTION.search(sentence) or (
            THE_WIN.match(sentence) if roles["winner"] in previous else None)
        if won is not None and not inside(s_start + won.start(), elsewhere):
            # "It was the ninth career victory for the defending series champion": whoever was the subject before,
            # the one described won the race
            winner = roles["winner"]
            topic, topic_firm, previous, prev_subjects = winner, True, {winner}, {winner}
            prev_split = outsiders_before = False
        lead_in = text[s_start:mentions[0].start if mentions else s_end]
        pronoun = re.match(r"\s*(?:He|She|His|Her|The (?:No\.|#) ?\w+|The winner)\b", lead_in) is not None
        taken: list[tuple[int, int]] = []
        found: list[Claim] = []
        low = text[s_start:s_end].lower()
        worded: dict[str, bool] = {}  # kind -> does the sentence hold a word its patterns need
        for pat in PATTERNS:
            ok = worded.get(pat.kind)
            if ok is None:
                needs = NEEDS.get(pat.kind)
                ok = worded[pat.kind] = needs is None or any(n in low for n in needs)
            if not ok:
                continue  # a word every pattern of the kind needs is absent: skip the (slow) pattern
            for m in pat.regex.finditer(text, s_start, s_end):
                if inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                if pat.veto is not None and pat.veto(m):
                    continue
                args = pat.args(m)
                if any(v is None for k, v in args.items() if k not in ("class",)):
                    continue
                if "other" in args and names.regex is not None:  # "over J.J. Yeley": the whole known name
                    group = next((g for g in ("other", "other2") if m.groupdict().get(g)), None)
                    full = names.regex.match(text, m.start(group)) if group else None
                    if full:
                        args["other"] = names.resolve(full.group(1)) or args["other"]
                end = m.end() - 1 if re.search(r"(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bMt)(?<!\b[A-Z])\.$", m.group(0)) \
                    else m.end()  # "his second at Martinsville.": the sentence's full stop is not the claim's
                claim = Claim(pat.kind, m.start(), end, source[m.start():end], args)
                at = AT_PLACE.match(text, m.end())
                if at and pat.kind in ("finish", "runner_up", "top_n", "start", "pole", "laps_led", "most_laps_led",
                                       "winner", "retirement", "laps_completed", "stage_win", "stage_sweep",
                                       "career_first"):  # ("his first career win at Kansas in May")
                    claim.args["at"] = at["place"]  # "a 14th-place run at Indianapolis": maybe another race
                if pat.anchor in ("before", "title"):
                    who = m.groupdict().get("who")
                    if who:  # "the 35th win of Gordon's career": the name the words hold
                        driver = next((x.driver for x in mentions if x.start == m.start("who")), None)
                    else:
                        driver = driver_of(_view(mentions, plain, asides, m.start()), m.start(), m.end(), topic,
                                           text, title=pat.anchor == "title", pronoun=pronoun, verb=pat.kind != "car")
                    # "Jarrett, the pole-sitter, ...", "Patrick, the Daytona 500 pole-sitter,": an appositive to the name
                    # before it
                    appositive = any(re.fullmatch(r"(?:" + APOS + r"s?)?,\s+the\s+(?:[\w.'\u2019-]+\s+){0,3}", text[x.end:m.start()])
                                     for x in mentions if x.end <= m.start())
                    # "leads Kenseth, last week's runner-up at Fontana, by nine": a title of the name right before
                    titled = next((x for x in mentions if x.end <= m.start() and x.driver and re.fullmatch(
                        r",\s+(?:last|this|the previous|the past)\s+(?:week|weekend|year|season|month|race)" + APOS +
                        r"s?\s+", text[x.end:m.start()])), None) if pat.anchor == "title" else None
                    if titled is not None:
                        driver = titled.driver
                    if pat.anchor == "title" and not any(0 <= x.start - m.end() <= 2 for x in mentions) and \
                            re.search(r"\bthe\s+$" if pat.kind != "pole" else r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
                                      text[max(s_start, m.start() - 30):m.start()], re.I) and \
                            not re.search(r"\b(?:was|is|as|became)\s+the\s+(?:[\w-]+\s+){0,2}$",
                                          text[max(s_start, m.start() - 36):m.start()]) and not appositive:
                        continue  # "started alongside the pole-sitter", "..., the pole-sitter barely got rolling",
                        # "spoiling a dominant afternoon for the 18-year-old pole sitter": someone the sentence does
                        # not name
                    if driver is None:
                        continue
                    claim.args["driver"] = driver
                    before = text[max(s_start, m.start() - 40):m.start()]
                    if pat.kind == "car" and (OBJECT_BEFORE.search(re.sub(r"the\s+$", "", before)) or
                                              re.search(r"\b(?:had|has)\s+the\s+$", before)):
                        # ("had the No. 33 covered": someone else's)
                        claim.args["unsure"] = True  # "running with the 99 truck": someone else's truck
                    owner = re.search(r"(?<![\w.&-])(?-i:[A-Z0-9])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)*" + APOS + r"s?\s+$", before)
                    if pat.kind == "car" and owner and not any(x.end > m.start() - len(owner.group(0)) and
                                                               x.end <= m.start() for x in mentions):
                        words = [w for w in re.findall(r"[\w&-]+", re.sub(APOS + r"s?\s+$", "", owner.group(0)))
                                 if len(w) >= 3 and w.lower() not in GENERIC_TEAM_WORDS]
                        team = next((t for t, ds in (crews or {}).items() if driver in ds and not t.startswith("#")),
                                    "")
                        if not any(w.lower() in team.lower() for w in words):
                            claim.args["unsure"] = True  # "starts in Richard Childress' No. 21": another team's car
                    if re.search(r"\b(?:the other|another)\s+(?:(?-i:[A-Z0-9#])[\w&.'\u2019-]*\s+|(?:car|truck|entry)\s+)"
                                 r"{1,3}$", before):
                        claim.args["unsure"] = True  # "with the other Roush Ford taking the checkered flag"
                if re.match(r"(?:other|previous|earlier) ", claim.text, re.I):
                    claim.args["other_race"] = True
                found.append(claim)
                if pat.kind == "start" and "fin" in claim.args:  # "charged from 16th to sixth": the finish too
                    found.append(Claim("finish", m.start("fin"), m.end("fin"), source[m.start("fin"):m.end("fin")],
                                       {"pos": claim.args.pop("fin"), "driver": claim.args.get("driver")}))
                if pat.kind in ("car_first_win", "career_wins", "win_streak", "drought", "career_first", "points_lead",
                                "most_laps_led", "stage_sweep", "stage_win", "career_best", "pole", "start",
                                "retirement", "laps_led", "next_race", "standing"):
                    inner = m.span("aside") if "aside" in pat.regex.groupindex and m["aside"] else None
                    # (an aside in the words holds claims of its own: "leads Moffitt, who finished fifth, by 43")
                    taken += [(m.start(), inner[0]), (inner[1], m.end())] if inner else [(m.start(), m.end())]
        for regex, kind in ((team_re, "team"), (make_re, "make")):
            if regex is None:
                continue
            for m in regex.finditer(text, s_start, s_end):
                if inside(m.start(), quoted) or any(a <= m.start() < b for a, b in taken):
                    continue
                if GROUP_AFTER.match(text, m.end()):  # "Toyota drivers took three of the top five"
                    continue
                if kind == "make" and RACE_TITLE_AFTER.match(text, m.end()):
                    continue  # "he won the Hampton Chevrolet 200 here a year ago": another season's race name
                if re.match(APOS + r"s?\s", text[m.end():m.end() + 3]) and \
                        re.search(r"\bthe\s+$", text[max(s_start, m.start() - 5):m.start()]):
                    continue  # "couldn't get to the Dodge's bumper": another car
                if re.search(r"\b(?:pushed|forced|let go|released|fired|dropped|left|leaving|departed|out)\s+(?:at|by|from|of)?\s*$",
                             text[max(s_start, m.start() - 24):m.start()]):
                    continue  # "after he was pushed out at Hendrick Motorsports": a team he had
                if re.search(r"\b(?:instead of|rather than|in place of|not)\s+(?:his|her|the|a|an)?\s*(?:usual|familiar|"
                             r"regular|own)?\s*$", text[max(s_start, m.start() - 30):m.start()]):
                    continue  # "driving a Pontiac instead of his familiar Chevrolet": the one he did not drive
                if re.search(r"\b(?:at|on|past|behind|after|caught|chased|passed|passing|than|over|to|from|of|held off|"
                             r"holding off|fended off|fending off|outran|outdueled|edged|beat|beating)\s+the\s+$",
                             text[max(s_start, m.start() - 16):m.start()]):
                    continue  # "made a run at the Mercury late", "Eckes held off the Ford": another car
                if re.search(r"\b(?:win|wins|victory|victories|triumph|pole|top[- ](?:five|ten|5|10)) for (?:the )?$",
                             text[max(s_start, m.start() - 30):m.start()], re.I):
                    continue  # "the first win for Front Row Motorsports since 2013": the team's own record
                driver = driver_of(_view(mentions, plain, asides, m.start()), m.start(), m.end(), topic, text,
                                   pronoun=pronoun, verb=False)  # a team or make names no verb's subject
                owned = re.match(APOS + r"s?\s+|\s+(?:" + MAKE_PLURAL + r"\s+)?of\s+|\s+(?:driver|pilot|racer|wheelman|driven by)\s+",
                                 text[m.end():s_end])
                owner_of = next((x for x in mentions if owned and x.start == m.end() + owned.end()), None)
                if owner_of is not None:  # "JR Motorsports' Tyler Reddick", "Dodge driver James Hylton": the driver named
                    driver = owner_of.driver
                # with no name in the sentence, only "he"/"his" ties a team or make to the driver before
                # ("the 170th win for Joe Gibbs Racing" is the team's)
                if driver is not None and not mentions and \
                        not re.search(r"\b(?:he|his|she|her|him)\b", text[s_start:m.start()], re.I):
                    driver = None
                if driver is not None:
                    value = "Chevrolet" if m.group(0).lower() == "chevy" else m.group(0)
                    args = {kind: value, "driver": driver}
                    if re.search(r"(?:^|[,;]\s*|\b(?:and|but|while|as|when|that|because|though|although|if)\s+)[Tt]he\s+"
                                 r"(?:(?:No\.|#)\s*\w+\s+)?(?:"
                                 r"[\w&.'\u2019-]+\s+){0,3}$", text[s_start:m.start()]) and \
                            not re.search(r"\b(?:his|her)\b", text[s_start:m.start()], re.I):
                        args["unsure"] = True  # "..., and the Hendrick Motorsports car slid": whose car?
                    found.append(Claim(kind, m.start(), m.end(), m.group(0), args))
        for m in team_wins_re.finditer(text, s_start, s_end) if team_wins_re else ():
            # "the first win for Spire Motorsports", "DGR-Crosley's first Truck Series triumph": the team's count
            # (not "since 2013", "of the season", "at Daytona": another count; nor "... first victory came at Phoenix")
            if inside(m.start(), quoted) or re.match(r",?\s+(?:since|this|of|at|in|on|here|there|came|had come|was|"
                                                     r"happened|arrived|occurred)\b", text[m.end():]):
                continue
            if m["team3"] and not re.search(r"\b(?:win|victory|triumph)\b", text[s_start:m.start()], re.I):
                continue  # "The win was Ultra Motorsports' 15th in the series": only after a win is named
            ordinal = parse_ordinal(m["ord"] or m["ord2"] or m["ord3"])
            if ordinal is not None:
                found.append(Claim("team_wins", m.start(), m.end(), source[m.start():m.end()],
                                   {"team": m["team"] or m["team2"] or m["team3"], "n": ordinal}))
        for m in team_since_re.finditer(text, s_start, s_end) if team_since_re else ():
            if inside(m.start(), quoted):
                continue
            said = m["team"] or m["team2"]
            # (the team's, not the driver's: "Phoenix Racing's first Nationwide win since 2005")
            found[:] = [c for c in found if not (c.kind == "drought" and c.start < m.end() and m.start() < c.end)]
            found.append(Claim("drought", m.start(), m.end(), source[m.start():m.end()],
                               {**unit_since(m), "team": shorts.get(said, said)}))
        if short_re is not None and short_make_re is not None:
            for m in short_re.finditer(text, s_start, s_end):
                if inside(m.start(), quoted) or not short_make_re.match(text, m.end()) or \
                        any(c.kind == "team" and c.start <= m.start() < c.end for c in found):
                    continue
                driver = driver_of(_view(mentions, plain, asides, m.start()), m.start(), m.end(), topic, text,
                                   pronoun=pronoun, verb=False)  # a team or make names no verb's subject
                if driver is not None and (mentions or re.search(r"\b(?:he|his|she|her|him)\b",
                                                                 text[s_start:m.start()], re.I)):
                    found.append(Claim("team", m.start(), m.end(), source[m.start():m.end()],
                                       {"team": shorts[m.group(0)], "short": m.group(0), "driver": driver}))
        for c in [c for c in found if c.kind == "win_streak"]:
            # "Blaney's win made it two straight for Brad Keselowski Racing": the team's streak, not his
            at = re.match(r"\s+for\s+(?:the\s+)?", text[c.end:s_end])
            held = next((h for rx in (team_re, short_re) if rx is not None and at is not None and
                         (h := rx.match(text, c.end + at.end())) is not None), None)
            if held is not None:
                c.args["team"] = shorts.get(held.group(0), held.group(0))
            elif at is not None and re.match(r"(?-i:[A-Z])", text[c.end + at.end():s_end]) and \
                    not any(x.start == c.end + at.end() for x in mentions):
                c.args["unsure"] = True  # "two straight for BKR": some team the race's data does not name so
        pairs(found, mentions, text, source, s_start, s_end)
        followed_by(found, mentions, text, source, s_end)
        more_rivals(found, mentions, text, source, s_end)
        more_behind(found, mentions, text, source, s_end)
        place_range(found, mentions, text, source, s_end)
        listed_subjects(found, mentions, text, source)
        listed_after(found, mentions, text, source, s_start, s_end)
        results_line(found, mentions, text, source, s_start)
        hedges = _hedge_spans(sentence, s_start, asides)
        # the clauses in the future tense: "..., 405 points behind Ingram, and he said the team would carry the
        # momentum into Bristol next week" leaves the standings in the present
        future = [(s_start + a, s_start + b) for a, b in (clause(sentence, m.start(), m.end())
                                                          for m in FUTURE.finditer(sentence))]
        gaps = {c.args.get("driver") for c in found if c.kind in ("points_lead", "standing") and "gap" in c.args}
        found = [c for c in found if not (c.kind == "points_lead" and "gap" not in c.args
                                          and c.args.get("driver") in gaps)]
        named = {x.driver for x in mentions}
        # the drivers the sentence before named, in any role: "... belonged to Christopher Bell. He swept both
        # stages": with two of them, "he" may be either
        # (a "The ..." opener counts only when it describes a person: "The engine in his car let go" does not)
        # (a subject named in a later clause is that clause's: "The Halifax County driver rolled off 33rd ..., and by
        # the time the smoke had cleared, only Dale Earnhardt Jr. was in front of him")
        first_break = CLAUSES.search(text, s_start, s_end)
        # (not a name in a subordinate clause: "The 48-year-old started seventh ... when Houston sputtered")
        opening = [x for x in mentions if x.subject and (first_break is None or x.start < first_break.start()) and
                   not _subordinate(x, text, s_start)]
        # (nor a team's name: "JR Motorsports had a day to forget" is no "DW")
        epithet = not opening and EPITHET.match(sentence) is not None and \
            THING_OPENER.match(sentence) is None and not inside(s_start + len(sentence) - len(sentence.lstrip()),
                                                                  team_spans)
        # "Mike Skinner had the only truck that could run with him. The veteran started second": a description
        # after a sentence that named one driver, and only him, is that driver
        # (or named him as the one subject, the others as objects of his clause)
        alone = previous == {topic} or prev_subjects == {topic} and not prev_split
        single = topic_firm and topic is not None and alone and not outsiders_before and \
            not opening and epithet and PERSON_OPENER.match(sentence) is not None and \
            RANKED_OPENER.match(sentence) is None
        # (not "His brother Donnie ...", someone else, nor "The strongest car ...", no person, nor "The five-time
        # champion still leads the standings", a title writers give to tell someone else from the driver before)
        # a description the data can test: "The pole-sitter" must have started first, "The winner" won
        miscalled = single and any(roles.get(role) not in (None, topic) for role, opener in DESCRIBED.items()
                                   if opener.match(sentence))
        winner_of = WINNER_OF.match(sentence) if single else None
        # "It was the 16th career victory for the 24-year-old Californian": a description as the only reference
        referred = not mentions and topic_firm and topic is not None and (previous <= {topic} or alone) and \
            PERSON_REF.search(sentence) is not None
        # "Kenseth held off Gordon over the last 10 laps. He led 73 laps": "He" opening the sentence is the one
        # subject of the sentence before, the others there being objects
        # (or "His"/"It was his ...": "Cindric made it three straight, past Allgaier. It was his fourth career win")
        # (or "he" was the subject before, the names there objects: "..., he swept both stages ... over Justin
        # Allgaier. It goes down as his 16th career Xfinity win")
        lone_subject = (prev_subjects == {topic} or prev_pronoun) and not prev_split and re.match(
            r"\s*(?:He|She|His|Her|It (?:was|is|marked|became|goes down as|went down as|stands as|counts as) "
            r"(?:also |just )?(?:his|her|the\b[^,;]*\b(?:his|her))|(?:The|That|This)\s+(?:[\w'\u2019-]+\s+){1,8}?(?:his|her))\b",
            sentence) is not None  # (or "The engine in his Ford let go", "The runner-up finish ... was his first")
        # "The man who led the most laps never saw the checkered flag": what defines the one described says nothing
        # of whom the sentence before was about
        defining = DEFINED_BY.match(sentence)
        for c in found:
            if defining is not None and s_start + defining.start("rel") <= c.start < s_start + defining.end():
                c.args["unsure"] = True
            c.args["sentence"] = (s_start, s_end)
            # the drivers named between the claim's driver and its words ("Musgrave ... couldn't get back around
            # Hornaday and settled for second"): if it fits one of them, the reading is the doubt (verdict.py)
            own = max((x.end for x in mentions if x.driver == c.args.get("driver") and x.start < c.end), default=None)
            c.args["named"] = [] if own is None else sorted(
                {x.driver for x in mentions if x.driver and x.driver != c.args.get("driver") and own <= x.start and
                 x.end <= c.start})
            # a hedge before the claim's end ("appeared to have the race won"); "led 35 laps and looked like the
            # man to beat" is not hedged
            c.args["hedged"] = any(h <= c.end and a <= c.start < b for h, a, b in hedges)
            if miscalled:
                c.args["unsure"] = True  # "The pole-sitter led 32 laps" after a driver who did not start first
            if winner_of is not None:
                c.args["winner_of"] = winner_of["what"]  # "The Michigan winner ... is fifth": did he win there?
            if c.kind in TEAM_CAN_OWN and _team_owns(text, max(s_start, c.start - 80), c.start, owner_res, mentions):
                c.args["unsure"] = True  # "Phoenix Racing's first Nationwide win since 2005": the team's, not his
            if c.kind == "points_lead" and re.search(r"\b(?:ahead of|clear of|in front of|up on) (?:him|her)\b", c.text):
                # "took over the points lead from Logano and leaves eight points ahead of him": the rival named in
                # the same sentence
                rivals = [x.driver for x in mentions if x.end <= c.start and x.driver and x.driver != c.args.get("driver")]
                if len(set(rivals)) == 1:
                    c.args["other"] = rivals[0]
                else:
                    c.args["unsure"] = True
            if c.kind == "points_lead" and re.search(r"\bleads? (?:him|her) by\b", c.text):
                # "Bliss chipped away at the lead. Cook now leads him by 46 points": him, the driver before
                if topic_firm and topic is not None and topic != c.args.get("driver") and topic not in named:
                    c.args["other"] = topic
                else:
                    c.args["unsure"] = True
            if c.args.get("driver") is not None and c.args["driver"] not in named and (
                    not topic_firm or (epithet and not single) or
                    (PRONOUN.search(text, s_start, _pronoun_reach(text, s_start, c.end)) is None and not single and
                     not referred) or
                    len(previous) > 1 and not lone_subject and not (referred and alone) or
                    previous and topic not in previous and not (lone_subject and prev_pronoun)):
                # (or the sentence before named only someone else: "... sent Jimmy Horton to the pits. A blown engine
                # sent him to the garage": "him" may be Horton)
                # the driver of the sentence before, with no "he" or "his" to say so ("DW started 34th", "It was
                # also the Texan's first top 10"): may be someone else, so never contradicted
                c.args["unsure"] = True
            if inside(c.start, future) and c.kind not in ("next_race",):
                c.args["other_race"] = True
            c.args["other_race"] = c.args.get("other_race", False) or (
                inside(c.start, elsewhere) and c.kind not in ("win_streak", "drought", "career_wins",
                                                               "car_first_win", "career_best", "team_wins")) or (
                c.kind in ("career_first", "career_wins", "car_first_win", "team_wins") and
                (AGO_AFTER.match(text, c.end, s_end) is not None or  # "his first career victory a year ago"
                 any(a <= c.start < b and AFTER_MARKER.match(text, a) for a, b in elsewhere)))
            if c.kind == "winner":  # "Austin Dillon won February's Daytona 500": what was won is another race
                obj = re.match(r"\s+(?:the\s+)?", text[c.end:])
                marker = OTHER_RACE.match(text, c.end + obj.end()) if obj else None
                if marker is not None:
                    c.args["other_race"] = True
                    c.args["scope"] = (c.start, min(s_end, marker.end() + 40))
                    continue
            if c.kind in ("standing", "points_lead") and not c.args["other_race"]:
                # "He was fourth in the standings, 278 back, after finishing 34th at Dover in September": the
                # table after that race
                then = next(((a, b) for a, b in elsewhere if a >= c.end and
                             re.match(r"(?:after|following)\s+(?:\w+ing\b|(?:his|her|the)\s+(?:[\w-]+\s+){0,2}(?:race|"
                                      r"finish|win|victory|run|result|crash)\b)", text[a:b]) and
                             not re.search(r";|,\s+(?:and|but)\s", text[c.end:a])), None)
                if then is not None:
                    c.args["other_race"], c.args["scope"] = True, then
                    continue
            scope = next(((a, b) for a, b in elsewhere if a <= c.start < b), None)
            if scope is not None:
                c.args["scope"] = scope  # the words that name the other race
        # "his first career truck win at Daytona" in this race's words: a first at the track, not a first win (but
        # "scored his first career victory at Texas a week ago" is his first win, there)
        found = [c for c in found if not (c.kind == "career_first" and not c.args.get("other_race") and any(
            t.kind == "track_wins" and t.start <= c.start and c.end <= t.end for t in found))]
        # list form: "Tyler Ankrum and Daniel Hemric completed the top five" -> every driver named before it
        for c in [c for c in found if c.kind == "top_n"]:
            for men in mentions:
                if men.start < c.start and men.driver is not None and men.subject and \
                        not re.search(ORD, text[men.end:c.start], re.I) and \
                        not any(x.kind == "finish" and x.args.get("driver") == men.driver for x in found):
                    found.append(Claim("top_n", men.start, c.end, source[men.start:c.end],
                                       {**c.args, "driver": men.driver}))
            found.remove(c)
        # "X finished third, Y fourth and Z fifth" (or "Carl Edwards, 14th, kept ..."): an ordinal right after a
        # name is that driver's finish
        standings = STANDINGS_WORDS.search(text, s_start, s_end)
        if standings is None and standings_before:  # "... 36 back. Johnson is fourth and Earnhardt fifth."
            standings = PRESENT_PLACE.search(text, s_start, s_end)
        present = PRESENT_PLACE.search(text, s_start, s_end) if standings else None
        if present is not None and standings is not None and present.start() < standings.start():
            standings = present  # "Wallace is third, Johnson fourth, and Busch ... in points": the present is the table
        for men in mentions:
            if standings and standings.start() < men.start:  # "... leads the standings, with Custer third"
                table_place(found, men, text, source, s_start, s_end, hedges, elsewhere)
                continue
            # not after a possessive: "Hamlin's 14th" is his 14th win, not his place
            after = re.match(r"(?:\s+|,\s+(?=" + ORD + r",))(?P<pos>" + ORD + r")\b"
                             + NOT_FINISH_AFTER, text[men.end:s_end], re.I)
            # (nor after "cost": "the damage cost Silver sixth place in the final standings" is a place he lost)
            if after and men.driver is not None and not men.possessive(text) and \
                    not any(c.start <= men.end + after.start("pos") < c.end for c in found) and \
                    not re.search(r"\b(?:cost|costs|costing|denied|denying|robbed)\s+$", text[s_start:men.start]):
                b = men.end + after.end("pos")
                found.append(Claim("finish", men.start, b, source[men.start:b],
                                   {"pos": parse_ordinal(after["pos"]), "driver": men.driver,
                                    "sentence": (s_start, s_end),
                                    "hedged": any(h <= b and x <= men.start < y for h, x, y in hedges),
                                    "other_race": inside(men.start, elsewhere)}))
        # "Byron was third in Raymond Parks' Cadillac, 11 laps down": laps behind the winner, of the finish before
        # it in the clause, when no other driver is named between
        for m in re.finditer(r",\s+(?P<n>" + NUM + r"|a) laps? (?:down|behind|back|off the pace)\b", text[s_start:s_end],
                             re.I):
            a, b = s_start + m.start("n"), s_start + m.end()
            if any(c.kind == "laps_completed" and c.start <= a < c.end for c in found):
                continue
            fin = [c for c in found if c.kind == "finish" and c.end <= a and not CLAUSES.search(text, c.end, a - 1) and
                   not any(c.end <= x.start < a for x in mentions)]
            down = 1 if m["n"].lower() == "a" else parse_number(m["n"])
            downer = next((x for x in mentions if x.end == a - (m.start("n") - m.start()) and x.driver and
                          not x.possessive(text)), None)
            if not fin and downer is not None and down is not None and not inside(downer.start, elsewhere):
                # "Donnie Allison, two laps down in the No. 27 Ford, and his brother Bobby completed the top five"
                found.append(Claim("laps_completed", a, b, source[a:b],
                                   {"down": down, "driver": downer.driver, "sentence": (s_start, s_end),
                                    "hedged": False, "named": [], "other_race": False}))
            if fin and down is not None:
                found.append(Claim("laps_completed", a, b, source[a:b],
                                   {"down": down, "driver": fin[-1].args["driver"], "sentence": (s_start, s_end),
                                    "hedged": fin[-1].args.get("hedged", False), "named": [],
                                    "other_race": fin[-1].args.get("other_race", False),
                                    **({"unsure": True} if fin[-1].args.get("unsure") else {})}))
        for c in found:  # "Martin was second, Bodine ended up third in points, ...": second in the race or in points?
            # (or after a place in the standings in the same sentence: "Sauter was fourth, 60 behind, and Peters
            # ended fifth")
            table = standings or any(k.kind in ("standing", "points_lead") and k.end <= c.start for k in found)
            if table and c.kind == "finish" and re.match(r"(?:was|is|ended up|wound up|remained|stayed|ended|closed)\b",
                                                         c.text, re.I):
                c.args["unsure"] = True
        for c in found:  # "..., while McLaughlin, who came in as the points leader, slipped to fourth": in points
            # (or the sentence before was about the standings: "... is third, 44 back. Ragan climbed to 26th.")
            # (not when the sentence is about the race: "led 236 of the 500 laps ... and he slid back to ninth")
            race_words = re.search(r"\blaps?\b|\b(?:final|last|closing) (?:run|restart|stint)\b", sentence, re.I)
            if (standings or standings_before and race_words is None) and c.kind == "finish" and re.match(r"(?:slipped|slid|dropped|fell|moved|climbed|rose|jumped|"
                                                             r"tumbled)\b", c.text, re.I) and \
                    not re.match(r"\s+(?:on (?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day|in the race|at the (?:finish|"
                                 r"line|end))\b|,?\s+(?:" + NUM + r"|a) laps? (?:down|behind|off the pace)\b", text[c.end:s_end],
                                 re.I):  # (not "slipped to 17th, a lap down": laps down are the race's)
                c.kind = "standing"
        finishes: dict[str, set[int]] = {}
        for c in found:
            if c.kind == "finish" and "pos" in c.args and not c.args.get("other_race"):
                finishes.setdefault(c.args.get("driver") or "", set()).add(c.args["pos"])
        for c in found:
            # "Craven, who came in second, ...: he finished 24th": two finishes for one driver in one sentence, so
            # one of them is something else (the standings he came with); the data decides only for the right one
            if c.kind == "finish" and len(finishes.get(c.args.get("driver") or "", ())) > 1:
                c.args["unsure"] = True
        if re.search(r"\b(?:exhibition|All-Star|non-points|Clash|Duels?|Shootout|off weekend|week off|bye|open "
                     r"weekend|break)\b", sentence, re.I):
            for c in found:
                if c.kind == "next_race":
                    c.args["exhibition"] = True  # "next weekend's All-Star exhibition at North Wilkesboro"
        opener = EPITHET.match(sentence)
        # a description opens the sentence (not "The Penske Racing South driver", which names one, nor "The engine")
        described = opener is not None and not any(x.start <= s_start + opener.end() for x in mentions) and \
            THING_OPENER.match(sentence) is None and not inside(s_start + len(sentence) - len(sentence.lstrip()),
                                                                 team_spans) and \
            not any(TITLE_BEFORE.fullmatch(text, s_start + opener.end(), x.start) for x in mentions[:1]) and \
            not (short_re is not None and (acr := short_re.match(sentence, len(sentence) - len(sentence.lstrip())))
                 is not None and acr.group(0).isupper())  # ("JRM placed three cars in the top five": a team)
        # (nor a title before the name: "KBM teammate Christopher Bell ..."; and past a colon the names are the
        # subjects: "The Indianapolis contingent fared little better: ..., and A.J. Foyt lost his engine")
        colon = sentence.find(":", opener.end()) if described and opener is not None else -1
        for c in found:
            d = c.args.get("driver")
            if d is not None and d in named and _pronoun_between(mentions, d, text, c.start):
                c.args["unsure"] = True  # "Logano led 207 laps before Kenseth wrecked him, and he was scored 37th"
            describes = described and (colon < 0 or c.start < s_start + colon)
            if d is not None and describes and not single and \
                    not any(x.driver == d and x.start <= c.start for x in mentions):
                c.args["unsure"] = True  # "The five-time champion still leads the standings": not the driver before
            if d is not None and d in named and describes and _clause_away(mentions, d, text, c.start):
                # "The 25-year-old ducked inside of Carl Edwards, refused to lift when Edwards came down, and drove
                # the No. 09 Chevrolet to his first career win": the description, not the name, drove
                c.args["unsure"] = True
            aside = next(((a, b) for a, b in asides if a <= c.start < b), None)
            if aside is not None:  # "Byron, who won from the pole at Pocono, ...": maybe another race
                a, b = conjunct(text, *aside, c.start, c.start)
                place = re.search(r"\b(?:at|and the) (?-i:[A-Z])[\w'\u2019.&-]*(?: (?-i:[A-Z])[\w'\u2019.&-]*)*\s*$",
                                  text[max(s_start, aside[0] - 40):aside[0]])
                if place is not None and re.match(r",\s+where\b", text[aside[0]:]):
                    # "he had come close at Dover, where he led": from the place (and the time its phrase gives it:
                    # "coming a week after he took the playoff opener at Las Vegas, where he started from the pole")
                    a = max(s_start, aside[0] - 40) + place.start()
                    a = max(s_start, text.rfind(",", s_start, a) + 1)
                c.args["aside"] = (a, b)
                if re.match(r",\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:race|event|one|win|victory|triumph)\b",
                            text[aside[0]:]) and \
                        (elsewhere or c.args.get("other_race")):
                    # "... second in the World 600 at Charlotte, a race he started from the pole": that race's
                    c.args["other_race"], c.args["scope"] = True, (s_start, s_end)
        stat_box(found, names.drivers, source, s_start, s_end)
        kept: list[Claim] = []
        # "dropped him to a 26th-place finish": once; of two readings of one retirement, the firmer
        for c in sorted(found, key=lambda c: ("weak" in c.args, c.start, -c.end)):
            if not any(k.kind == c.kind and k.args.get("driver") == c.args.get("driver") and
                       k.args.get("pos") == c.args.get("pos") and c.start < k.end and k.start < c.end for k in kept):
                kept.append(c)
        claims.extend(sorted(kept, key=lambda c: (c.start, c.end)))
        # a sentence that names nobody and holds no claim, a quote on its own or a few words ("Not this one."),
        # does not break the thread: "Tony Stewart had watched too many get away. Not this one. The rookie from
        # Rushville led 330 laps" -> the rookie is still Stewart
        unquoted = _unquoted(text, s_start, s_end, quoted).strip()
        if not mentions and not kept and len(re.findall(r"[A-Za-z]+", unquoted)) <= 4:
            continue
        # nor does one that names nobody and goes on about "he": "Bobby Hamilton Jr. kept telling anyone ... At
        # Kentucky, he finally had the proof. The 25-year-old Nashville native led 86 laps" -> still Hamilton
        standings_before = any((c.kind == "standing" or c.kind == "points_lead" and "gap" in c.args) and
                               not c.args.get("other_race") for c in kept)
        if not mentions and not epithet and topic_firm and HE_SUBJECT.search(unquoted):
            continue
        previous = {x.driver for x in mentions if x.driver is not None}
        # (a name in a subordinate clause is none: "Staley won ..., taking the lead after Fireball Roberts faded")
        prev_subjects = {x.driver for x in mentions if x.subject and not _subordinate(x, text, s_start)}
        prev_pronoun = not prev_subjects and HE_SUBJECT.search(unquoted) is not None
        # (not when a name stands in a later clause than the subject: "Hamlin started from the pole, but the opening
        # stage belonged to Christopher Bell. He swept both stages")
        first = next((x for x in mentions if x.subject), None)
        prev_split = first is not None and any(CLAUSES.search(text, first.end, x.start) for x in mentions
                                               if x.start > first.end)
        outsiders_before = any(x.driver is None for x in mentions)
        subjects = [m for m in mentions if m.subject]
        given = [m for m in mentions if OWNED_BY.search(text, s_start, m.start)]
        if len(given) == 1 and (not subjects and len(previous) == 1 or given[0] is mentions[-1] and
                                STORY_OF.search(text, s_start, given[0].start) and
                                re.fullmatch(r"\W*", text[given[0].end:s_end])):
            # "For most of the afternoon, the race belonged to Gant.", "..., but the story behind him was Bobby
            # Hamilton Jr.": whom the next sentence goes on about
            subjects = given
            previous = {x.driver for x in given if x.driver is not None}
            prev_subjects = set(previous)
            prev_split = False
        if subjects:
            topic, topic_firm = subjects[0].driver, True
        elif epithet and not single:  # "The Penske Racing South driver ...": "he" in the next sentence may be him
            topic_firm = False
        if single:
            previous = {topic} if topic else set()
        if miscalled:
            topic_firm = False
    return claims


def _subordinate(men: Mention, text: str, s_start: int) -> bool:
    """Is the name the subject of a subordinate clause ("when Houston sputtered"), not of its sentence?"""
    return SUBORDINATE.search(text, max(s_start, men.start - 30), men.start) is not None


def _pronoun_reach(text: str, start: int, end: int) -> int:
    """Where a claim's "he" may be: before its end, or just past an opening participle's comma ("Starting 32nd in
    the No. 89 Hudson, he led a single lap")."""
    lead = OPENING_PARTICIPLE.match(text, start)
    return lead.end() if lead is not None and end <= lead.end() else end


#: the cars of a team, by make or by kind: "the Go Green Racing Fords of Tim Andrews and Matt Frahm"
MAKE_PLURAL = r"(?:Chevrolets?|Chevys?|Fords?|Toyotas?|Dodges?|Pontiacs?|cars?|trucks?|entr(?:y|ies))"
#: a race or a stretch of it given to a driver ("the race belonged to Gant", "the early going was all Creed's")
_STORY = r"(?:story|surprise|star|headline)(?:\s+(?:behind|of)\s+[\w ]{2,20}?)?\s+was"
OWNED_BY = re.compile(r"\b(?:(?:race|day|afternoon|night|evening|show|event|early going|first half|second half)\s+"
                      r"(?:belonged\s+to|was\s+all)|" + _STORY + r")\s+$")
#: ... the one of them that outweighs the sentence's subject ("Purvis ran third, but the story behind him was
#: Bobby Hamilton Jr."; not "Busch won, but the day belonged to Johnson. He led 290 laps": which "he"?)
STORY_OF = re.compile(r"\b" + _STORY + r"\s+$")
OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+(?:ing|ed)\b(?:No\.|[^,;.])*,\s+(?:he|she)\b")


def _team_owns(text: str, start: int, end: int, owner_res: Sequence[re.Pattern[str]], mentions: list[Mention]) -> bool:
    """Does a team's possessive name (``owner_res``) come right before text[end:] ("Phoenix Racing's first win since
    2005")? Not when the name is a driver's too ("Rollins' third career win", an owner-driver)."""
    for rx in owner_res:
        m = rx.search(text, start, end)
        if m is not None and not any(x.start <= m.start() < x.end for x in mentions):
            return True
    return False


def _unquoted(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """The words of text[start:end] outside quoted speech, less a bare attribution ("he said")."""
    kept, at = [], start
    for a, b in sorted(q for q in quoted if q[1] > start and q[0] < end):
        kept.append(text[at:max(at, a)])
        at = max(at, b)
    kept.append(text[at:end])
    return re.sub(r"\b(?:he|she)\s+(?:said|says|added|explained)\b", "", " ".join(kept))


#: the nouns that describe a driver: "the veteran", "the 24-year-old", "the Californian"
PERSON_WORD = (r"(?:veteran|rookie|driver|racer|pilot|champion|youngster|\d+-year-old|native|owner-driver|star|legend|"
               r"kid|teenager|ace|standout|sophomore|grandson|son|newcomer|journeyman|phenom|wheelman|hotshoe|farmer|"
               r"product|graduate|transplant|short-tracker|mechanic|campaigner|competitor|prodigy|underdog|hand|favou?rite|"
               r"regular(?![- ]season))")
#: the words between a sentence's opening description and the name it is a title of: "KBM teammate Christopher Bell"
TITLE_BEFORE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + PERSON_WORD + r"|teammate|leader|winner|pole-?sitter|owner)\s+")
#: ... or a demonym ("the Texan", "the Californian")
PERSON_NOUN = r"(?:" + PERSON_WORD + r"|(?-i:[A-Z])[a-z]+(?:an|er|ite))"
#: the rest of a race's name after a make in it: "Chevrolet 200", "Pontiac Excitement 400"
RACE_TITLE_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}\s+\d{3}\b(?!\s*(?:laps|miles|km|points))")
#: "he" as a subject: opening a clause, or after an opening phrase ("At Vernon Fairgrounds he kicked it in")
HE_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|then)\s+|^\s*[^,;:.!?]{0,40}?\s)(?:he|she)\b", re.I)
#: a sentence that opens on a description of a person: "The veteran", "The 47-year-old owner-driver", "The
#: Coca-Cola 600 winner", "The Californian"
PERSON_OPENER = re.compile(OPENING + r"[Tt]he\s+(?:[\w'\u2019.,-]+\s+){0,4}?"
                           r"(?:" + PERSON_NOUN + r"|champ|man|winner|leader|pole-?sitter|owner)\b")
#: a sentence that opens on a thing, not a person: "The engine in his car let go", "The strongest car belonged to
#: Kevin Harvick"
THING_OPENER = re.compile(OPENING + r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:engine|motor|car|cars|truck|trucks|machine|transmission|gearbox|team|crew|crash|wreck|"
                          r"caution|yellow|rain|track|day|night|afternoon|evening|weekend|lead|win|victory|race|field|"
                          r"pack|pole(?!-?sitter)|stage|finish|margin|gap|result|points|standings|season|series|move|pass|restart|"
                          r"tires?|fuel|strategy|call|decision|difference|problem|trouble|issue|damage|flag|"
                          r"alternator|battery|radiator|brakes?|suspension|steering|clutch|axle|driveshaft|valve|"
                          r"rear[- ]end|crankshaft|camshaft|head gasket|cylinder head|(?:oil|fuel|gas) line|hub|"
                          r"piston|ignition|distributor|(?:fuel|oil|water) pump|oil|hood|fender|bumper|splitter|"
                          r"checkered|bid|run|effort|performance|day's|night's|drama|battle|fight)\b"
                          r"(?!\s+(?:" + PERSON_WORD + r"|winner|leader|champ)\b)|"  # (not "the Nationwide Series regular")
                          r"\s*The\s+(?:worst|best|\w+est)\b(?!\s+(?:[\w-]+\s+)?(?:driver|rookie|veteran|racer|man|one|of "
                          r"(?:them|the (?:drivers|field))))", re.I)
#: descriptions the data can test, by the role they name: "The pole-sitter" started first, "The winner" won
DESCRIBED = {"pole": re.compile(OPENING + r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,2}?"
                                r"pole-?sitter\b", re.I),
             "winner": re.compile(OPENING + r"[Tt]he\s+(?:race\s+)?winner\b",
                                  re.I)}
RANKED_OPENER = re.compile(r"\s*(?:\w+,?\s+|" + PARTICIPLE + r")?[Tt]he\s+(?:(?!Formula|IndyCar|Indy|F1|CART|ARCA|IMSA|"
                           r"Supercars|sports car|Champ Car)[\w'\u2019.,-]+\s+){0,4}?(?:champion|champ|"
                           r"titleholder|"
                           r"(?:points |series |championship )?leader)\b", re.I)
#: "The Michigan winner earlier this season", "The Coca-Cola 600 winner": another race's winner, who may be the
#: driver before or someone else (verdict.py looks that race up)
WINNER_OF = re.compile(OPENING + r"[Tt]he\s+(?P<what>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z0-9])[\w.'\u2019-]*)*)\s+"
                       r"(?:race\s+)?winner\b")
#: the same description as the object of a preposition: "the 16th career victory for the 24-year-old Californian"
PERSON_REF = re.compile(r"\b(?:for|of|by|to) the (?:[\w'\u2019.,-]+\s+){0,3}?" + PERSON_NOUN + r"\b|"
                        r"\bthe (?:(?!(?:and|but|or|while)\b)[\w'\u2019.,-]+\s+){0,3}?" + PERSON_WORD + APOS + r"s\b")
# ("It was the Hueytown, Ala., driver's eighth career victory")
#: a description defined by a relative clause: "The man who led the most laps", "The driver who started on the pole"
DEFINED_BY = re.compile(OPENING + r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,3}?(?:man|driver|one|guy|racer|car|truck|rookie|"
                        r"veteran)\s+(?P<rel>(?:who|that)\b[^,;]*)")
#: a win credited to a description: "the ninth career victory for the defending series champion"
WIN_FOR_DESCRIPTION = re.compile(r"\b(?:victory|win|triumph)\b[^.;:]{0,40}?\b(?:for|by) the (?:[\w'\u2019.,-]+\s+){0,3}?"
                                 + PERSON_NOUN + r"\b")
#: the words that open a subordinate clause, right before its subject: "when Houston sputtered"
SUBORDINATE = re.compile(r"\b(?:when|after|before|until|because|once|as soon as)\s+(?:\w+\s+){0,2}$", re.I)
#: a sentence about this race's win: "The win was the fourth of his career in the series"
THE_WIN = re.compile(r"\s*(?:The|This|Saturday's|Sunday's|Friday's|Monday's|Tonight's|Today's) (?:win|victory|triumph) "
                     r"(?:was|is|marked|gave|made|represented)\b[^.;]*\b(?:his|her)\b")
#: a time right after a career claim that puts it in another race: "where he earned his first career victory a year
#: ago", "his first win, last season at Iowa"
AGO_AFTER = re.compile(r"[^,;.]{0,25}?\b(?:(?:here |there )?in (?:19|20)\d\d|(?:a|one|two|three|\d+) (?:years?|seasons?|"
                       r"weeks?|months?) ago|last (?:year|season|week|month|time)|the (?:year|week|season) before)\b")



def _view(mentions: list[Mention], plain: list[Mention], asides: list[tuple[int, int]], pos: int) -> list[Mention]:
    """The mentions as a claim at ``pos`` sees them: inside an aside ("..., the same truck Ryan Blaney drove to
    victory here a year ago"), the names of that aside keep their roles there."""
    inner = next(((a, b) for a, b in asides if a <= pos < b), None)
    if inner is None:
        return mentions
    return [p if inner[0] <= p.start < inner[1] else x for x, p in zip(mentions, plain)]


def _clause_away(mentions: list[Mention], driver: str, text: str, start: int) -> bool:
    """Is the claim in a later clause than the last time its driver was named?"""
    last = next((m for m in reversed(mentions) if m.end <= start and m.driver == driver), None)
    if last is not None and re.fullmatch(r",\s+who\s+[^,;]*", text[last.end:start]):
        return False  # "... was Tommy Houston, who led 57 laps": his own relative clause
    return last is not None and CLAUSE_BREAK.search(text, last.end, start) is not None


def _pronoun_between(mentions: list[Mention], driver: str, text: str, start: int) -> bool:
    """Does a "he" or "she" stand between the claim and the last name before it, with two drivers named as
    subjects before it in the sentence (so the pronoun may be either)?"""
    before = [m for m in mentions if m.end <= start]
    subjects = {m.driver for m in before if m.subject and m.driver is not None}
    last = next((m for m in reversed(before) if m.driver == driver), None)
    return last is not None and len(subjects) > 1 and \
        re.search(r"\b(?:he|she)\b", text[last.end:start], re.I) is not None


#: "is third", "sits fifth": a place in the present tense (in a sentence about the standings, the table)
PRESENT_PLACE = re.compile(r"\b(?:is|are|sits|remains|stays)\s+(?:now\s+)?" + ORD + r"\b", re.I)
#: words that make a sentence about the standings: a place named in it is not a finish
STANDINGS_WORDS = re.compile(r"\b(?:standings|in points|points? (?:lead|leader(?!\s+(?-i:[A-Z]))|ahead|behind|back|out|up)|"
                             r"leads? [^.;]{0,40}\bby (?:\d+|" + NUM + r") (?:points?|markers?)|"
                             r"(?:\d+|" + NUM + r") (?:points? |markers? )?(?:back|behind)|" + POINTS_TOTAL + r")\b", re.I)


def _hedge_spans(sentence: str, offset: int, asides: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(where the hedge is, start, end of what it covers): its aside if it is in one ("Majeski, chasing a third
    consecutive win ..., started from the pole": not the start), else its clause ("appeared to have a car ..., but
    trouble dropped him to 26th": not the finish)."""
    out = []
    for m in HEDGES.finditer(sentence):
        at = offset + m.start()
        inner = next(((a, b) for a, b in asides if a <= at < b), None)
        if inner is None:
            lo, hi = clause(sentence, m.start(), m.end())
            # "his day ended almost before it began when his engine failed after two laps": the "when" is a fact
            # (and "looked like the man to beat until his engine let go after 238 laps": the "until")
            # (nor ", who led 57 laps" on the name the hedged words end with: his own clause)
            then = re.compile(r"\b(?:when|because|until|till)\b|,\s+(?:who|whose)\b").search(sentence, m.end(), hi)
            if re.match(r"(?:tr(?:y|ies|ied|ying) to|hoping to|looking to|seeking|chasing)\b|(?:looked|looks|seemed|"
                        r"appeared) (?:like|to be) (?:a|an|the)\b", sentence[m.start():], re.I):
                # "had the kind of day a contender tries to forget, finishing 22nd": the attempt ends at the comma
                # (and "looked like a contender early, leading 39 laps in the No. 27 Ford": the look does)
                then = then or re.compile(r",").search(sentence, m.end(), hi)
            inner = (offset + lo, offset + (then.start() if then else hi))
        out.append((at, *inner))
    return out
