"""Standings after the Cup Chase reset of 2004-2013, rebuilt from the rules (rules.md 3.1), against the
published outcome of each season: the champion, the runner-up and the margin."""

from __future__ import annotations

import pytest

#: season: (champion, runner-up, margin; None where the data cannot give it exactly)
CHAMPIONS = {
    2004: ("Kurt Busch", "Jimmie Johnson", None),    # published 8; a Chase-race points row differs by 5
    2005: ("Tony Stewart", "Greg Biffle", 35),
    2006: ("Jimmie Johnson", "Matt Kenseth", 56),
    2007: ("Jimmie Johnson", "Jeff Gordon", 77),
    2008: ("Jimmie Johnson", "Carl Edwards", None),  # published 69: Edwards lost a win's 10-point bonus to a penalty
    2009: ("Jimmie Johnson", "Mark Martin", 141),
    2010: ("Jimmie Johnson", "Denny Hamlin", 39),
    2011: ("Tony Stewart", "Carl Edwards", 0),       # level on 2,403: Stewart on wins (five to one)
    2012: ("Brad Keselowski", "Clint Bowyer", 39),
    2013: ("Jimmie Johnson", "Matt Kenseth", 19),
}


@pytest.mark.parametrize("season", sorted(CHAMPIONS))
def test_chase_champion_and_margin(room, season):
    champ, second, margin = CHAMPIONS[season]
    fact = room.race("cup", season, 36).facts.get("champion")
    assert (fact.value, fact.context["second"]) == (champ, second)
    if margin is not None:
        assert fact.context["gap"] == margin


def test_standings_in_the_middle_of_a_chase(room):
    race = room.race("cup", 2012, 30)  # Talladega: Keselowski led Johnson by 14 (2,179 to 2,165)
    lead = race.facts.get("points_leader")
    assert (lead.value, lead.context["second"], lead.context["gap"], lead.context["points"]) == (
        "Brad Keselowski", "Jimmie Johnson", 14, 2179)
    table = race.standings()
    assert [s.driver for s in table[:2]] == ["Brad Keselowski", "Jimmie Johnson"]
    # the twelve Chase drivers come first; everyone else keeps his season total behind them
    assert all(s.points >= 2000 for s in table[:12]) and table[12].points < 2000


def test_elimination_playoffs_stay_missing(room):
    race = room.race("cup", 2019, 30)
    assert race.facts.first("points_leader") is None
    assert "playoff" in race.facts.missing["standings"]


def test_2013_chase_field_follows_nascars_ruling(room):
    """After Richmond 2013 NASCAR gave Truex's wild card to Newman and added Gordon: the published final table."""
    table = room.race("cup", 2013, 36).standings()
    assert [(s.driver, s.points) for s in table[:13]] == [
        ("Jimmie Johnson", 2419), ("Matt Kenseth", 2400), ("Kevin Harvick", 2385), ("Kyle Busch", 2364),
        ("Dale Earnhardt Jr.", 2363), ("Jeff Gordon", 2337), ("Clint Bowyer", 2336), ("Joey Logano", 2323),
        ("Greg Biffle", 2321), ("Kurt Busch", 2309), ("Ryan Newman", 2286), ("Kasey Kahne", 2283),
        ("Carl Edwards", 2282)]
