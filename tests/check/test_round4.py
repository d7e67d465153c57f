"""The checker on the fourth set of reports, tests/check/round4/ (same format and scoring as test_corpus.py).

Eight reports in the styles of a long AP story, a "winners and losers" column, a Frontstretch-style recap, a
"by the numbers" notes piece and hometown papers, written and labelled from the data by people who had not
seen the checker. Scored once before any change: contradicted precision 0.63, recall 0.67, no wrong "supported"
(docs/checker.md, "Fourth round"). Tuned on since, so this test keeps the targets and pins the wordings.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round4_wordings(room: Any) -> None:
    race = room.race("cup", 2012, 30)  # Talladega: Busch 3rd, Ragan 4th, Smith 5th; Kenseth (Roush) won
    # "since Indianapolis last year" dates a drought; it does not move the sentence to another race
    got = verdicts(race, "Kyle Busch was third, David Ragan fourth and Regan Smith fifth, Smith's first top-five "
                         "finish since Indianapolis last year.", ("finish",))
    assert got == [("finish", "Kyle Busch", "supported"), ("finish", "David Ragan", "supported"),
                   ("finish", "Regan Smith", "supported")]
    # where a driver goes next season is not his team today
    got = verdicts(race, "Matt Kenseth, who leaves for Joe Gibbs Racing at season's end, started 15th.",
                   ("team", "start"))
    assert ("team", "Matt Kenseth", "contradicted") not in got and ("start", "Matt Kenseth", "supported") in got
    kansas = room.race("cup", 2024, 12)  # Gragson started 3rd, finished 9th; he was 6th at Dover the week before
    got = verdicts(kansas, "Noah Gragson started fifth, finished sixth and backed up last week's sixth-place run "
                           "at Dover.", ("start", "finish"))
    assert got[:2] == [("start", "Noah Gragson", "contradicted"), ("finish", "Noah Gragson", "contradicted")]
    daytona = room.race("cup", 1971, 4)  # Donnie Allison out after 170 laps; Bobby Allison 18th
    got = verdicts(daytona, "Donnie Allison crashed out after 170 laps, and his brother Bobby finished 26th.",
                   ("finish", "retirement"))
    assert got == [("retirement", "Donnie Allison", "supported")]  # "Bobby" is nobody we can name
    truck = room.race("truck", 2012, 22)  # the 2012 finale: Buescher champion by 6 over Peters
    got = verdicts(truck, "James Buescher clinched the 2012 championship by eight points over Timothy Peters. "
                          "The Truck Series opens the 2013 season at Daytona.", ("champion", "next_race"))
    assert got == [("champion", "James Buescher", "contradicted"), ("next_race", None, "supported")]
