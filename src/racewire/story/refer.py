"""Referring expressions: full name on first mention, surname after; the car description."""

from __future__ import annotations

from ..words import surname


class Referrer:
    """Remembers who has been named, so the second reference can be the surname alone.

    Surnames shared by two drivers in the same race (Kyle and Kurt Busch) always get the full name.
    """

    def __init__(self, drivers: list[str]) -> None:
        self.seen: set[str] = set()
        counts: dict[str, int] = {}
        for d in drivers:
            counts[surname(d)] = counts.get(surname(d), 0) + 1
        self.ambiguous = {s for s, n in counts.items() if n > 1}

    def name(self, driver: str) -> str:
        if driver in self.seen and surname(driver) not in self.ambiguous:
            return surname(driver)
        self.seen.add(driver)
        return driver

    def short(self, driver: str) -> str:
        """The second-reference form regardless of history (for possessives after a first mention)."""
        return driver if surname(driver) in self.ambiguous else surname(driver)


def car_description(car: str | None, team: str | None, make: str | None, vehicle: str) -> str:
    """"the No. 07 Spire Motorsports Chevrolet"; parts that are unknown are left out."""
    parts = []
    if car:
        parts.append(f"No. {car}")
    if team and not team.endswith("(Owner)") and team not in ("-", ""):
        parts.append(team)
    if make and make not in ("-", ""):
        parts.append(make)
    else:
        parts.append(vehicle)
    return "the " + " ".join(" ".join(parts).split())  # the source has stray double spaces in team names
