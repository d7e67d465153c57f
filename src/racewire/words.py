"""Ordinals, number words, name forms and AP-style numbers: shared by the writer and the checker."""

from __future__ import annotations

import re

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_WORDS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
              "nine": "ninth", "twelve": "twelfth"}


def ordinal(n: int) -> str:
    """4 -> "4th", 22 -> "22nd", 13 -> "13th"."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_word(n: int) -> str:
    """Cardinal in words for 0-99: 4 -> "four", 42 -> "forty-two"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    return str(n)


def ordinal_word(n: int) -> str:
    """4 -> "fourth", 21 -> "twenty-first"; 100 and above stay in figures ("100th")."""
    if n >= 100:
        return ordinal(n)
    words = number_word(n)
    head, _, last = words.rpartition("-")
    if last in _ORD_WORDS:
        last = _ORD_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def ap_number(n: int) -> str:
    """AP style: spell out one through nine, figures from 10."""
    return number_word(n) if 0 <= n < 10 else f"{n:,}"


def ap_ordinal(n: int) -> str:
    """AP style: "first" through "ninth", then "10th", "21st"."""
    return ordinal_word(n) if 1 <= n < 10 else ordinal(n)


def plural(n: int, word: str, many: str | None = None) -> str:
    return word if n == 1 else (many or word + "s")


def possessive(name: str) -> str:
    """AP style: "Larson's", "Riggs'" (a proper name ending in s takes only the apostrophe)."""
    return name + ("'" if name.endswith("s") else "'s")


def surname(name: str) -> str:
    """The name a reporter uses on second reference: "Kyle Larson" -> "Larson", "Ricky Stenhouse Jr." ->
    "Stenhouse"."""
    plain = re.sub(r"\s*\([^)]*\)", "", name)  # "Jason A. White (Virginia)": the source's disambiguator
    parts = [p for p in plain.split() if p.rstrip(".,").lower() not in {"jr", "sr", "ii", "iii", "iv"}]
    return parts[-1] if parts else name


def car(number: str) -> str:
    """Car numbers are text: "07" -> "No. 07", never "No. 7"."""
    return f"No. {number}"


# -- parsing (the checker's side) ---------------------------------------------------------------------
WORD_NUMBERS: dict[str, int] = {number_word(i): i for i in range(100)}
WORD_ORDINALS: dict[str, int] = {ordinal_word(i): i for i in range(1, 100)}


def parse_number(token: str) -> int | None:
    """"four", "4", "1,234" -> int; None for anything else."""
    t = token.lower().strip().replace(",", "")
    if t.isdigit():
        return int(t)
    return WORD_NUMBERS.get(t)


def parse_ordinal(token: str) -> int | None:
    """"fourth", "4th", "22nd" -> int; None for anything else."""
    t = token.lower().strip()
    m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    return WORD_ORDINALS.get(t)


def squash(text: str) -> str:
    """Letters and digits only, lower case: "Bowman-Gray Stadium" and "Bowman Gray Stadium" compare equal."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def article(word: str) -> str:
    """"a" or "an" by sound, numbers included: "an 80-point lead", "an 11-point lead", "a 10-point lead"."""
    w = word.lower()
    if w[:1].isdigit():
        digits = w.split("-")[0].replace(",", "")
        return "an" if digits.startswith("8") or digits in ("11", "18") or (
            len(digits) in (5, 6) and digits[:2] in ("11", "18")) else "a"
    vowel = w[:1] in "aeio" and not w.startswith("one")  # "a one-point lead"
    return "an" if vowel or w.startswith(("eight", "eleven", "hour")) else "a"
