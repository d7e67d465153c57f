"""The fact-checker on the model recap, on hand-labelled report text, and on mutated recaps of 20 races."""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLES
from racewire.words import ordinal_word, parse_ordinal

MODEL = EXAMPLES / "recap-truck-2025-homestead.txt"


def verdicts(claims):
    return [(c.kind, c.verdict) for c in claims]


def test_model_recap_every_data_supported_claim_supported_none_contradicted(homestead):
    text = MODEL.read_text(encoding="utf-8")
    claims = homestead.check(text)
    assert not [c for c in claims if c.verdict == "contradicted"], [c.to_dict() for c in claims
                                                                    if c.verdict == "contradicted"]
    supported = {c.kind for c in claims if c.verdict == "supported"}
    assert {"winner", "career_wins", "win_streak", "car_first_win", "runner_up", "laps_led", "start", "pole",
            "most_laps_led", "stage_sweep", "career_best", "drought", "top_n", "retirement", "points_lead",
            "next_race", "car", "team", "make"} <= supported
    margin = next(c for c in claims if c.kind == "margin")
    assert margin.verdict == "unverifiable"  # no feed data for this Truck race
    for c in claims:
        assert text[c.start:c.end] == c.text


def test_quoted_speech_is_the_speakers_not_a_claim(homestead):
    text = "\u201cI led 100 laps and finished first,\u201d Heim said. Heim finished third."
    claims = homestead.check(text)
    assert verdicts(claims) == [("finish", "supported")]
    assert claims[0].start > text.index("said")


def test_claim_about_another_race_is_checked_against_that_race(homestead):
    claims = homestead.check("Larson had also won at North Wilkesboro Speedway in 2023.")
    assert verdicts(claims) == [("winner", "supported")]
    assert claims[0].evidence.startswith("2023 North Wilkesboro Speedway")
    claims = homestead.check("Heim won at North Wilkesboro Speedway in 2023.")
    assert verdicts(claims) == [("winner", "contradicted")]
    assert homestead.check("Riggs won last week.")[0].verdict == "unverifiable"


# -- hand-labelled claims, written in the style of real reports --------------------------------------------------
LABELLED = {
    ("truck", 2025, 4): """Kyle Larson won Friday night's Baptist Health 200 at Homestead-Miami Speedway. It was his
fourth career Truck Series win. Larson started third and led 20 laps. Layne Riggs finished second in the No. 34 Ford.
Corey Heim, the pole-sitter, led a race-high 78 laps but finished fourth. Tyler Ankrum was fifth.
Ben Rhodes retired after 90 laps. Heim holds a 10-point lead over Ty Majeski. Riggs drove a Chevrolet.
Hemric scored his first top-five finish since 2016. Larson drove the No. 7 truck.""",
    ("cup", 2017, 5): """Kyle Larson won the Auto Club 400 from the pole, leading a race-high 110 laps. It was his
third career Cup Series win. Larson won stage 1 and Martin Truex Jr. won stage 2. Brad Keselowski finished second.
Clint Bowyer was third, Truex fourth and Joey Logano sixth. Larson leads Keselowski by 33 points.""",
    ("cup", 2011, 20): """Paul Menard won the Brickyard 400 for his first career Cup Series win. Menard started 15th
and led 21 laps in the No. 27 Richard Childress Racing Chevrolet. Jeff Gordon finished second. Kasey Kahne led a
race-high 48 laps. David Ragan won the pole. Regan Smith finished fifth. Carl Edwards leads Kyle Busch by 12 points.""",
}
# (series, season, round, words of the claim, kind, verdict)
EXPECTED = [
    ("truck", 2025, 4, "won", "winner", "supported"),
    ("truck", 2025, 4, "fourth career Truck Series win", "career_wins", "supported"),
    ("truck", 2025, 4, "started third", "start", "supported"),
    ("truck", 2025, 4, "led 20 laps", "laps_led", "supported"),
    ("truck", 2025, 4, "finished second", "finish", "supported"),
    ("truck", 2025, 4, "No. 34", "car", "supported"),
    ("truck", 2025, 4, "Ford", "make", "supported"),
    ("truck", 2025, 4, "pole-sitter", "pole", "supported"),
    ("truck", 2025, 4, "led a race-high 78 laps", "most_laps_led", "supported"),
    ("truck", 2025, 4, "finished fourth", "finish", "contradicted"),
    ("truck", 2025, 4, "was fifth", "finish", "contradicted"),
    ("truck", 2025, 4, "retired after 90 laps", "retirement", "contradicted"),
    ("truck", 2025, 4, "10-point lead over Ty Majeski", "points_lead", "contradicted"),
    ("truck", 2025, 4, "Chevrolet", "make", "contradicted"),
    ("truck", 2025, 4, "first top-five finish since 2016", "drought", "supported"),
    ("truck", 2025, 4, "No. 7", "car", "contradicted"),
    ("cup", 2017, 5, "won", "winner", "supported"),
    ("cup", 2017, 5, "from the pole", "pole", "supported"),
    ("cup", 2017, 5, "leading a race-high 110 laps", "most_laps_led", "supported"),
    ("cup", 2017, 5, "third career Cup Series win", "career_wins", "contradicted"),
    ("cup", 2017, 5, "won stage 1", "stage_win", "supported"),
    ("cup", 2017, 5, "won stage 2", "stage_win", "supported"),
    ("cup", 2017, 5, "finished second", "finish", "supported"),
    ("cup", 2017, 5, "was third", "finish", "supported"),
    ("cup", 2017, 5, "Truex fourth", "finish", "supported"),
    ("cup", 2017, 5, "Joey Logano sixth", "finish", "contradicted"),
    ("cup", 2017, 5, "leads Keselowski by 33 points", "points_lead", "supported"),
    ("cup", 2011, 20, "won", "winner", "supported"),
    ("cup", 2011, 20, "first career Cup Series win", "career_wins", "supported"),
    ("cup", 2011, 20, "started 15th", "start", "supported"),
    ("cup", 2011, 20, "led 21 laps", "laps_led", "supported"),
    ("cup", 2011, 20, "No. 27", "car", "supported"),
    ("cup", 2011, 20, "Richard Childress Racing", "team", "supported"),
    ("cup", 2011, 20, "finished second", "finish", "supported"),
    ("cup", 2011, 20, "led a\nrace-high 48 laps", "most_laps_led", "supported"),
    ("cup", 2011, 20, "won the pole", "pole", "supported"),
    ("cup", 2011, 20, "finished fifth", "finish", "contradicted"),
    ("cup", 2011, 20, "leads Kyle Busch by 12 points", "points_lead", "contradicted"),
]


@pytest.mark.parametrize("key", list(LABELLED))
def test_hand_labelled_claims(room, key):
    text = LABELLED[key]
    claims = room.race(*key).check(text)
    expected = [e for e in EXPECTED if e[:3] == key]
    for *_, words, kind, verdict in expected:
        hits = [c for c in claims if c.kind == kind and c.text == words]
        assert hits, f"{kind} claim {words!r} not found in {[(c.kind, c.text) for c in claims]}"
        assert any(c.verdict == verdict for c in hits), (words, [c.to_dict() for c in hits])
    assert len(EXPECTED) >= 30


# -- mutation: racewire's own recaps of 20 races, with one fact changed at a time -------------------------------------
RACES = [("truck", 2025, 4), ("cup", 1979, 1), ("xfinity", 1998, 10), ("cup", 2011, 20), ("cup", 2017, 5),
         ("truck", 2019, 10), ("xfinity", 2024, 3), ("cup", 1965, 25), ("truck", 2009, 1), ("xfinity", 2007, 7),
         ("cup", 2003, 25), ("truck", 1996, 6), ("cup", 1992, 29), ("xfinity", 2015, 12), ("truck", 2022, 15),
         ("cup", 2024, 20), ("xfinity", 1989, 5), ("cup", 1958, 30), ("truck", 2012, 8), ("cup", 2020, 11)]

ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


def mutations(text: str, race) -> list[tuple[str, int, int]]:
    """(mutated text, start, end of the change) for each kind of change that applies to this recap."""
    out = []

    def sub(pattern: str, repl) -> None:
        m = re.search(pattern, text)
        if m:
            new = repl(m)
            out.append((text[:m.start(1)] + new + text[m.end(1):], m.start(1), m.start(1) + len(new)))

    sub(r"finished (second|third|fourth|fifth)\b", lambda m: ORDINALS[(ORDINALS.index(m[1]) + 3) % 8])
    sub(r"led (\d+) laps", lambda m: str(int(m[1]) + 3))
    sub(r"after (\d+) laps", lambda m: str(int(m[1]) + 5))
    sub(r"No\. (\d+)", lambda m: str(int(m[1]) + 100) if m[1].startswith("0") else m[1] + "0")
    sub(r"(\w+) career [A-Z]", lambda m: ordinal_word(parse_ordinal(m[1]) + 2))
    runner = next(r for r in race.results if r.finish == 2)
    far = next(r for r in reversed(race.results) if r.finish and r.finish > 10)
    sub(r"(" + re.escape(runner.driver) + r")", lambda m: far.driver)
    return out


@pytest.mark.parametrize("key", RACES)
def test_unchanged_recap_fully_supported_and_every_mutation_caught(room, key):
    race = room.race(*key)
    text = race.write()
    body = " ".join(s.text for s in text.sentences)
    claims = race.check(body)
    assert claims and not [c.to_dict() for c in claims if c.verdict == "contradicted"]
    muts = mutations(body, race)
    assert len(muts) >= 3
    for mutated, a, b in muts:
        found = race.check(mutated)
        assert any(c.verdict == "contradicted" and c.start < b + 40 and c.end > a - 60 for c in found), (
            mutated[max(0, a - 80):b + 40], [c.to_dict() for c in found if c.start < b + 40 and c.end > a - 60])


def test_hedged_and_future_claims_are_never_contradicted(homestead):
    claims = homestead.check("Heim reportedly finished second. Riggs will start from the pole at Martinsville.")
    assert [c.verdict for c in claims] == ["unverifiable", "unverifiable"]
    assert "Heim finished 3rd" in claims[0].evidence


def test_number_and_ordinal_patterns_cover_every_word():
    from racewire.check.text import NUM, ORD
    from racewire.words import WORD_NUMBERS, WORD_ORDINALS
    for words, pattern in ((WORD_NUMBERS, NUM), (WORD_ORDINALS, ORD)):
        for w in words:
            m = re.match(r"\b(?:" + pattern + r")\b", w, re.I)
            assert m and m.group(0) == w, (w, m and m.group(0))


def test_skipping_patterns_by_their_needed_words_changes_no_claim(room, monkeypatch):
    """claims.NEEDS lets extract() skip a kind's patterns on a sentence without any of its words; on every report
    in the test sets the claims are the same with and without the shortcut."""
    from pathlib import Path

    from racewire.check import claims

    here = Path(__file__).parent
    from test_sets import SETS

    for folder in ("corpus", *sorted(SETS)):
        for path in sorted((here / folder).glob("*.txt")):
            series, season, rnd = path.stem.split("-")[:3]
            race = room.race(series, int(season), int(rnd))
            text = path.read_text(encoding="utf-8")
            fast = [(c.kind, c.start, c.end, c.verdict) for c in race.check(text)]
            monkeypatch.setattr(claims, "NEEDS", {})
            slow = [(c.kind, c.start, c.end, c.verdict) for c in race.check(text)]
            monkeypatch.undo()
            assert fast == slow, path.name


def test_a_wire_results_box_is_read_line_by_line(homestead):
    box = ("(Start position in parentheses)\n\n"
           "1. (3) Kyle Larson, Chevrolet, 134 laps, 0 rating, 0 points.\n"
           "2. (8) Layne Riggs, Ford, 134, 0, 43.\n"
           "3. (1) Corey Heim, Toyota, 134, 0, 52.\n")
    got = [(c.kind, c.args["driver"], c.verdict) for c in homestead.check(box) if c.kind in ("finish", "start")]
    assert got == [("finish", "Kyle Larson", "supported"), ("start", "Kyle Larson", "supported"),
                   ("finish", "Layne Riggs", "supported"), ("start", "Layne Riggs", "contradicted"),  # from 4th
                   ("finish", "Corey Heim", "supported"), ("start", "Corey Heim", "supported")]
