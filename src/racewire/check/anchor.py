"""Who a claim is about: subjects and objects, asides, epithets, a team standing for its driver, and the driver
of the sentence before."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from .scope import CLAUSES
from .text import APOS, NUM, ORD, Mention

#: "Toyota drivers", "the Hendrick cars": a group, not the make or team of the driver named nearby
GROUP_AFTER = re.compile(r"\s+(?:drivers|teams|teammates|cars|trucks|entries|camp|contingent|organi[sz]ations?|"
                         r"duel|battle|fight|pair|duo|trio|sweep|1-2|one-two|effort|program|stable|shop|"
                         r"(?:took|had|swept|claimed|placed|filled|occupied|put)\b|(?:" + NUM + r"|all|both) of\b|"
                         r"(?:its|their) (?:" + ORD + r"|first)\b)", re.I)
#: the words that make the name after them the object of a verb or preposition ("held off Jeff Gordon")
OBJECT_WORDS = (r"\b(?:over|past|passing|passed|pass|passes|beat|beating|beats|off|ahead of|clear of|"
                r"away from|around|behind|with|"
                r"against|than|from|to|into|collecting|collected|hitting|hit|tagged|tagging|spun|spinning|"
                r"wrecked|wrecking|wreck|and teammate|like|including|by|chased down|tracked down|ran down|"
                r"reeled in|caught|overtook|outdueled|outran|edged|nipped|cleared|bumped|dumped|punted|"
                r"blocked|denied|followed|trailed|joined|replaced|relieved|succeeded|congratulated|"
                r"thanked|belonged to|inside of|outside of|alongside|next to|beside|kept|keeping|held|"
                r"holding|pushed|pushing|shoved|nudged|nudging|squeezed|pinched|forced|fended off|"
                r"outlasted|outpaced|outdistanced|outgunned|sent|sending|turned|took out|knocked|clipped|"
                r"clipping|tapped|chased|chasing|pressured|pressuring|held off|holding off|challenge|challenged|"
                r"challenging|catch|battled|battling|clearing|edging|outrunning|outdueling|overtaking|catching|"
                r"reeling in|running down|chasing down|fending off|"
                r"(?:anything|nothing|something|an answer|no answer|a match|no match) for)\s+")
OBJECT_BEFORE = re.compile(OBJECT_WORDS + r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?)?$", re.I)
#: ... or a title before the name: "started alongside pole-sitter Rick Mast", "held off teammate Kyle Busch", "two
#: laps ahead of runner-up Cale Yarborough"
OBJECT_BEFORE_TEAMMATE = re.compile(OBJECT_WORDS + r"(?:(?:his|her|the|fellow)\s+)?(?:(?:(?-i:[A-Z])[\w&.'\u2019-]*|"
                                    r"(?-i:[a-z])[\w-]*)\s+){0,3}"
                                    r"(?:teammates?|rookie|veteran|champion|pole-sitter|polesitter|leader|winner|runner-up)\s+$", re.I)
#: "Bowman's Hendrick teammate", "Labonte's brother": a possessive aside about someone else
KIN_AFTER = re.compile(r"\s+(?:(?:other|former|new|longtime|fellow|younger|older|late)\s+)?(?:[A-Z][\w-]*\s+|\d+-year-old\s+|"
                       r"(?:young|teenage|eldest|youngest|oldest)\s+){0,3}"
                       r"(?:teammates?|stablemates?|brother|son|father|dad|nephew|uncle|cousin|crew chief|"
                       r"spotter|boss|owner|car owner|team owner|former|successor|replacement|wife|protege)\b")


def role(m: Mention, text: str, s_start: int) -> Mention:
    """Mark a mention that is not what the sentence is about: the object of a verb or preposition, or a possessive
    aside ("Bowman's Hendrick teammate")."""
    before = text[max(s_start, m.start - 30):m.start]
    if re.search(r"\bwith\s+(?:(?:his|her|the|fellow)\s+)?(?:[A-Z][\w&.'\u2019-]*\s+){0,3}(?:teammates?\s+)?$",
                 text[max(s_start, m.start - 70):m.start]) and \
            re.match(r"(?:,\s+who[^,]*,)?\s+(?:also\s+|again\s+)?(?:\w+ing\b|" + ORD + r"\b)", text[m.end:], re.I):
        return m  # "..., with Heim finishing 26th": the subject of the participle
    if re.fullmatch(r"\s*(?:(?:But|And|Still),?\s+|(?-i:[A-Z])[a-z]+(?:\s+[a-z]+){0,5},?\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?-i:[a-z])[\w'\u2019-]*\s+){1,3}(?:(?:appeared|"
                    r"seemed|looked)\s+to\s+belong|belong(?:ed|s)?)\s+(?:(?:early|late|mostly|largely|early on|all)\s+)?to\s+",
                    text[s_start:m.start]):
        return m  # "The day appeared to belong to Michael McDowell.": he is what the sentence is about
    if re.search(r",\s+and\s+teammate\s+$", before):
        return m  # "..., and teammate Bill Lester matched his career-best": a new clause's subject
    if re.search(r"\b(?:kept|keeps|keeping|left|leaves|leaving)\s+$", before) and \
            re.match(r"\s+(?:atop|on top of|at the top of|in the lead of|in first in)\s+the\b", text[m.end:]):
        return m  # "The result kept Sadler atop the standings with 131 points, 13 ahead of Dillon": what he leads
    if OBJECT_BEFORE.search(before) or OBJECT_BEFORE_TEAMMATE.search(text[max(s_start, m.start - 70):m.start]):
        return replace(m, subject=False)
    if m.driver is None and m.full and re.search(r"\bfor\s+$", before):
        return replace(m, subject=False)  # "in his first Daytona 500 for Junior Johnson": a car owner
    if m.possessive(text) and KIN_AFTER.match(text, m.end):
        return replace(m, subject=False)
    if m.possessive(text) and re.search(r"(?-i:\b(?:that|which))\s+(?:also\s+)?(?:ended|ruined|spoiled|derailed|doomed)\s+$",
                                        before):
        return replace(m, subject=False)  # "a crash after 91 laps that also ended Grant Enfinger's day, and was scored"
    if m.possessive(text) and CAR_AFTER.match(text, m.end) and \
            re.search(r"\b(?:when|after|as|because|while|once|until|before|since)\s+$", before):
        # "took command when Curtis Turner's Ford soured ... and then ran off to win": a car in a subordinate
        # clause is no subject for the main clause (what the car did stays his: the possessive owns it)
        return replace(m, subject=False)
    return m


#: what a possessive name owns when it is a car: "Turner's Ford", "Earnhardt's No. 3 Chevrolet", "Petty's engine"
CAR_AFTER = re.compile(r"\s+(?:(?:No\.|#)\s*\w+\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}?(?:car|truck|machine|ride|engine|"
                       r"motor|Ford|Chevrolet|Chevy|Toyota|Dodge|Pontiac|Buick|Oldsmobile|Plymouth|Mercury|Hudson)\b"
                       r"(?!\s+(?:teammates?|team|drivers?)\b)")


#: a sentence whose subject is a description, not a name or a pronoun: "The Penske Racing South driver ...",
#: "The 22-year-old ...", "DW ..."
#: what may come before a sentence's subject: "But", "Then", or a participle clause ("Starting from the pole in the
#: No. 15 Pontiac, the New Yorker led 164 laps")
PARTICIPLE = r"(?-i:[A-Z])[a-z]+ing\b(?:No\.|[^,;.]){0,80},\s+"
OPENING = r"\s*(?:(?:But|And|Still|Then|Meanwhile|Instead),?\s+|" + PARTICIPLE + r")?"
EPITHET = re.compile(OPENING + r"(?:(?:His|Her|Their)\s+(?:(?:older|younger|little|big|late|kid)\s+)?(?:father|dad|"
                     r"brother|son|uncle|cousin|nephew|wife|teammate|crew chief|car owner|owner|boss|spotter)\b|"
                     r"[Tt]he\s+(?!(?:No\.|#|winner|victory|"
                     r"win|race|final|last|first|caution|yellow|series|field|lead|checkered|green|red|day|night|"
                     r"afternoon|weekend|event|next|top|rest|result|finish|margin|pass|move|crash|wreck|pole(?!-?sitter)|"
                     r"stage|points|standings|track|victor)\b)[\w'\u2019-]+|(?-i:[A-Z]{2,4})\b(?!\.)(?!\s+(?-i:[A-Z]{2,}\b)))")
PRONOUN = re.compile(r"\b(?:he|his|she|her|him)\b", re.I)

#: what may separate two subjects in one sentence: punctuation, a conjunction, a new clause
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-{1,2}\s|\b(?:and|but|while|as|when|after|before|then|so|because|"
                          r"although|though|since|until|where|who|whose|whom|which|yet|or|nor|if|once)\b")


def objects(mentions: list[Mention], text: str, start: int | None = None) -> list[Mention]:
    """A name that follows the sentence's subject in the same clause is an object of its verb ("Reddick tracked
    down Chase Elliott", "Byron edged Hamlin", "He's now 27 points up on Martin Truex Jr."), whatever the verb."""
    out: list[Mention] = []
    he = re.compile(r"\s*(?:He|She)\b").match(text, start) if start is not None else None
    for m in mentions:
        if out and not out[-1].subject and m.subject and \
                re.fullmatch(r"\s+(?:and|or)\s+", text[out[-1].end:m.start]):
            m = replace(m, subject=False)  # "swept past Darrell Waltrip and Terry Labonte": both objects
        prev = next((p for p in reversed(out) if p.subject), None)
        if prev is None and he is not None and m.subject and not CLAUSE_BREAK.search(text, he.end(), m.start):
            m = replace(m, subject=False)
        if m.subject and prev is not None and not CLAUSE_BREAK.search(text, prev.end, m.start) and \
                not prev.possessive(text):  # "Sadler's teammate Gaughan"
            m = replace(m, subject=False)
        out.append(m)
    return out


#: a capitalised word (not a make) right before the claim's verb: "the same truck Darrell "Bubba" Wallace Jr. took
#: to victory lane": a subject the race cannot name
UNKNOWN_NAME_BEFORE = re.compile(r"\s(?!(?:Chevrolet|Chevy|Ford|Toyota|Dodge|Pontiac|Buick|Oldsmobile|Plymouth|"
                                 r"Mercury|No|The|He|She)\b)(?<!\bat\s)(?<!\bin\s)(?<!\bof\s)(?<!\bleaves\s)"
                                 r"(?<!\bleft\s)(?<!\bleaving\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\binto\s)(?-i:[A-Z])[\w.'\u2019\"-]*\s+"
                                 r"(?:(?:took|drove|got|ran|came|went|had|was|steered|guided|put|brought)\s+)?$")


def _unknown_name_before(words: str) -> bool:
    """UNKNOWN_NAME_BEFORE, for the whole run of capitalised words it ends ("leaves New Hampshire eight points
    ahead": a place after "leaves", not a name)."""
    m = UNKNOWN_NAME_BEFORE.search(words)
    if m is None:
        return False
    run = re.search(r"(?:(?-i:[A-Z])[\w.'\u2019\"-]*\s+)+$", words[:m.end()].rstrip() + " ")
    lead = words[:run.start()] if run else words[:m.start()]
    return re.search(r"\b(?:at|in|of|leaves|left|leaving|from|to|into)\s+$", lead) is None


#: a new clause whose subject is a description: "..., the veteran had just enough left to ..."
DESCRIBED_SUBJECT = re.compile(r"(?:,|\band\b|\bbut\b|\bafter\b|\bwhen\b|\bwhile\b|\bbefore\b|\bbecause\b|\bsince\b)\s+"
                               r"(?:(?:his|her|their)\s+(?:older\s+|younger\s+|little\s+|big\s+)?"
                               r"(?:brother|son|father|dad|uncle|cousin|nephew|teammate|crew chief|wife)\b[^.;]*$|"
                               r"the\s+(?:[a-z][\w-]*\s+){0,2}(?:veteran|rookie|driver|"
                               r"champion|winner|youngster|[\w-]+-year-old|leader|teammate|pole-sitter|polesitter)\s+"
                               r"(?:\w+\s+){0,8}$)")
#: a clause after a semicolon that opens on words we do not know as a driver: "...; Parks Olds back in victory lane"
UNNAMED_AFTER_SEMICOLON = re.compile(r";\s+(?!(?:He|She|It|The|His|Her|A|An|This|That|There|Then|Now|Still|But|And|Later|"
                                     r"Earlier|Meanwhile|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                     r"Sunday|In|On|At|By|With|After|Before|NASCAR)\b)(?-i:[A-Z])[\w'\u2019-]+\s+[^;]*$")
#: a new clause whose subject is a word we do not know as a driver ("..., and his brother Bobby finished 18th")
UNNAMED_SUBJECT = re.compile(r"(?:,|;|\band\b|\bbut\b|\bwhile\b)\s+(?:(?:his|her|their)\s+(?:\w+\s+){0,2})?"
                             r"(?!(?:He|She|It|The|His|Her|A|An|This|That|NASCAR|No|Chevrolet|Chevy|Ford|Toyota|"
                             r"Dodge|Pontiac|Buick|Oldsmobile|Plymouth|Mercury|Camry|Camaro|Mustang|Silverado|Tundra|"
                             r"Impala|Monte|Fusion|Thunderbird|Charger|Intrepid|Avenger|Truck|Car)\b)"
                             r"(?-i:[A-Z][a-z]+)\s+$")


#: a name's hometown and relative clause up to the claim: ", of Keokuk, Iowa, who started"
HOMETOWN_WHO = re.compile(r"\s+of\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)*(?:,\s+(?-i:[A-Z])[\w.'\u2019-]*"
                          r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)*)?,\s+(?:who|whose)\b[^,;]*")
#: a description right before a claim: "The veteran limped home 20th", "The 36-year-old Level Cross, N.C., driver, who
#: started sixth, ..." (with its article: the driver before) or "last week's Kansas winner finished ninth" (without)
_DESCRIPTION = (r"(?:[\w'\u2019-]+\s+|(?-i:[A-Z])[\w'\u2019-]*,\s+|(?-i:[A-Z])[\w.]*\.,\s+){0,%d}?(?<![\w-])(?:winner|driver|"
                r"veteran|rookie|champion|leader|pole-?sitter|youngster|native|\d+-year-old|star|regular)%s\s+$")
DESCRIBED_THE = re.compile(r"\b[Tt]he\s+" + _DESCRIPTION % (4, r"(?:,\s+who)?"))
DESCRIBED_BARE = re.compile(_DESCRIPTION % (3, ""))


def driver_of(mentions: list[Mention], start: int, end: int, topic: str | None, text: str,
            title: bool = False, pronoun: bool = False, verb: bool = True) -> str | None:
    """The driver a claim at text[start:end] is about; None when that is a name the race cannot tie to one
    driver."""
    if title:  # "runner-up Layne Riggs", "Pole-sitter Corey Heim": the name right after the title
        right = [m for m in mentions if 0 <= m.start - end <= 2]
        if right:
            return right[0].driver
    # a name that opens the matched words is its subject ("Riggs' career-best"); one further in is an object
    # ("a lead over Ty Majeski") and does not count
    inside = [m for m in mentions if m.start == start]
    if inside:
        return inside[0].driver
    before = [m for m in mentions if m.end <= start]
    # "Ramo Stott of Keokuk, Iowa, who started 14th": his hometown, then his clause (past an owner's possessive:
    # "David Pearson of Spartanburg, S.C., who started second in Cotton Owens' No. 6 Dodge and led 131 laps")
    owners = 0
    while owners < len(before) - 1 and before[-1 - owners].possessive(text):
        owners += 1
    if before and HOMETOWN_WHO.fullmatch(text, before[-1 - owners].end, before[-owners].start if owners else start) and \
            (not owners or not re.search(r"[,;]", text[before[-1].end:start])):
        return before[-1 - owners].driver
    if before and verb and re.fullmatch(r"\s+", text[before[-1].end:start]) and not before[-1].possessive(text) and \
            re.match(r"(?:won|wins|ran|runs|took|led|was|came|went|drove|finished|placed|crossed|started|qualified)\b",
                     text[start:end]):
        return before[-1].driver  # "in the race Herb Thomas won": the name right before the verb is its subject
    named_who = re.search(r"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban )\b((?-i:[A-Z])[\w'\u2019-]+),\s+(?:who|whose)\b[^,;.]*$",
                          text[max(0, start - 120):start])
    if named_who and not any(m.end == max(0, start - 120) + named_who.end(1) for m in before):
        return None  # "with his older brother, Geoff, who had started fourth": a name the race cannot tie to one driver
    if before and re.fullmatch(r"(?:" + APOS + r"s?)?,\s+(?:who|whose)\b[^;.]*,\s+(?:in|driving|piloting|aboard)\s+"
                               r"(?:the|his|her|a)\s+(?:(?:No\.|#)\s*\w+\s+)?(?:(?-i:[A-Z])[\w&.'\u2019-]*\s+){0,4}",
                               text[before[-1].end:start]) and not CLAUSES.search(text, before[-1].end, start):
        return before[-1].driver  # "Hornaday, who limped home 23rd, 15 laps down, in the DEI Chevrolet": his car
    if not verb and before and re.fullmatch(r",\s+(?:in|driving|piloting|aboard)\s+the\s+(?:(?:No\.|#)\s*\w+\s+)?",
                                           text[before[-1].end:start]) and \
            (before[-1].subject or re.search(r"\b(?:with|and)\s+$", text[max(0, before[-1].start - 6):before[-1].start])):
        return before[-1].driver  # "with Kyle Petty, in the No. 45 Chevrolet,": Petty's car
    if before and before[-1].possessive(text) and \
            re.fullmatch(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,%d}(?:(?:No\.|#)\s*\w+\s+)?(?:(?-i:[A-Z])[\w&.'\u2019-]*\s+){0,3}"
                         % (0 if verb else 2), text[before[-1].end:start]):
        # (a car or make may take an adjective or two: "slipping past Elliott's wounded Dodge")
        owned = re.search(r"\b(?:put|puts|drove|drives|driving|wheeled|wheeling|steered|steering|took|brought|guided|"
                     r"piloted|piloting|in|aboard|behind the wheel of|gives|gave|giving|handed|hands)\s+$",
                     text[max(0, before[-1].start - 30):before[-1].start])
        # "The Indianapolis driver put Bud Moore's No. 16 Mercury out front", "Park gives Earnhardt's No. 3 a
        # win": the owner's car, not the subject's or a driver's of that name (but "put Frank Christian's No. 41
        # Oldsmobile on the pole": the pole is the subject's, below)
        if not owned:
            return before[-1].driver  # "Labonte's No. 5 Chevrolet": the possessive owns what follows it
        if before[-1].driver is not None or not verb and len(before) != 2:
            return None
        # an owner who is no driver of this race: the car is the subject's ("Dieringer finished second in Bud
        # Moore's No. 16 Mercury"; not "Flock ... when Blair slowed and led in Frank Christian's No. 7": whose?)
        before = before[:-1]
    if before and (UNNAMED_SUBJECT.search(text, before[-1].end, start) or
                   UNNAMED_AFTER_SEMICOLON.search(text[before[-1].end:start]) or
                   verb and _unknown_name_before(text[before[-1].end:start]) or
                   DESCRIBED_SUBJECT.search(text, before[-1].end, start)):
        return None  # "Donnie Allison crashed, and his brother Bobby finished 18th": a subject we cannot name
    if before and before[-1].possessive(text) and \
            KIN_AFTER.match(text, before[-1].end) and re.search(r"(?:^|[.;:!?]\s*|\b(?:and|but|while)\s+)$",
                                                                 text[max(0, before[-1].start - 12):before[-1].start]):
        # "..., and Keselowski's older brother, Brian, lasted only 29 laps": the kin opens the clause, and the race
        # may not name him (not "Chad Chastain, Hocevar's teammate, lasted 27 laps": an aside on Chastain)
        return None
    if before:
        last = before[-1]
        # "Jason Leffler, who led 38 laps": the name a relative clause hangs on is its subject, object or not
        if last.subject or re.fullmatch(r"(?:" + APOS + r"s?)?,\s+(?:(?:the|a|an|his|her|their|this|last|that|"
                                        r"(?-i:[A-Z])[\w.-]*" + APOS + r"s?)\s+[^,;]*?\b(?:,\s+)?)?"
                                        r"(?:who|whose)\b[^,;]*", text[last.end:start]):
            # ("Kyle Larson, his Hendrick Motorsports teammate, who started from the pole")
            return last.driver
        subjects = [m for m in before if m.subject]
        if subjects:
            return subjects[-1].driver
    if pronoun and not before and re.match(r"\s*(?:He|She)\b", text[_sentence_start(text, start):start]):
        return topic  # "He wound up third behind Harry Gant": the driver the sentence before was about
    if not before and re.search(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,3}$", text[max(0, start - 40):start]):
        return topic  # "In the standings he now leads by six, and Rhodes ...": "he", not the name after
    if not before and verb:
        # "The veteran limped home 20th": the driver before (claims.py judges the doubt); "last week's Kansas winner
        # finished ninth, behind Sauter": a description we cannot name, and not Sauter either
        if DESCRIBED_THE.search(text, max(0, start - 70), start):
            return topic
        if DESCRIBED_BARE.search(text, max(0, start - 50), start):
            return None
    after = [m for m in mentions if m.start >= end and m.subject]
    if after and after[0].start - end < 40 and not CLAUSES.search(text, end, after[0].start) and not re.search(
            r"\b(?:since|when|after|before|until|while|because)\b", text[end:after[0].start]) and not (
            verb and not before and re.fullmatch(
                r"\s*(?!(?:It|He|She|This|That|There|The|His|Her|And|But|Then|Still|A|An|With|After|For|Despite|"
                r"Thanks)\b)(?-i:[A-Z])[\w'\u2019-]*"
                r"(?:\s+[\w'\u2019-]+){0,2}\s+", text[max(_sentence_start(text, start) - 1, text.rfind("  ", 0, start)) + 1:start])):
        # (not "Veteran wins for first time; Papis, Villeneuve complete ...": the subject is a word we cannot name)
        return after[0].driver
    if before and not pronoun:
        return None  # only objects named before: the subject is someone the sentence does not name
    return topic  # "He held off Kahne for his 18th career win": the driver the sentence before was about


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] begins, near enough: after the last full stop that ends a sentence
    ("had his No. 99 in front" holds none)."""
    ends = [m.end() for m in re.finditer(r"(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bMt)[.!?]", text[max(0, at - 400):at])]
    return max(0, at - 400) + ends[-1] if ends else 0


def alternation(words: list[str]) -> re.Pattern[str] | None:
    words = sorted({w for w in words if w and w not in ("-",) and not w.endswith("(Owner)")}, key=len, reverse=True)
    if not words:
        return None
    # the writer folds stray double spaces in names from the source ("DiGard  Motorsports"): match any spacing
    alts = [r"\s+".join(re.escape(part) for part in w.split()) for w in words]
    return re.compile(r"\b(?:" + "|".join(alts) + r")(?![\w])")


GENERIC_TEAM_WORDS = {"racing", "motorsports", "motorsport", "enterprises", "engineering", "inc", "inc.", "team", "&",
                      "associates", "llc", "co.", "racing,", "(owner)", "and", "south", "north", "group"}


def team_drivers(text: str, start: int, end: int, team_re: re.Pattern[str] | None, short_re: re.Pattern[str] | None,
                  shorts: dict[str, str], crews: dict[str, list[str]], recent: Collection[str] = (),
                  subjects: Collection[str | None] = (), here: Sequence[Mention] = ()) -> list[Mention]:
    """"The Penske Racing South driver": a mention of that team's driver, when the team ran one car here or when
    just one of its drivers was named in the sentence before ("Enfinger's evening unraveled. The ThorSport driver
    led 38 laps"); "The No. 25 Chevrolet" (or "His No. 22 Ford", when its driver was a subject of the sentence
    before): a mention of the car's driver."""
    out: list[Mention] = []
    for regex in (team_re, short_re):
        if regex is None:
            continue
        for m in regex.finditer(text, start, end):
            if not re.search(r"\b[Tt]he\s+$", text[max(start, m.start() - 5):m.start()]) or \
                    not TEAM_EPITHET.match(text, m.end()):
                continue
            drivers = crews.get(shorts.get(m.group(0), m.group(0)), [])
            if len(drivers) > 1:  # of the team's drivers, the one named before in this sentence, else the one before
                named = {x.driver for x in here if x.end <= m.start()}
                drivers = [d for d in drivers if d in named] or [d for d in drivers if d in recent]
            if len(drivers) == 1 and not any(x.start <= m.start() < x.end for x in out):
                out.append(Mention(drivers[0], m.start(), m.end(), True))
    # "The No. 25 Chevrolet clipped Johnson's left rear": a car that opens a clause stands for its driver
    for m in CAR_SUBJECT.finditer(text, start, end):
        if m.start() != start and not re.search(r"(?:[,;]|\band|\bbut|\bwhile|\bas|\bwhen)\s+$",
                                                text[max(start, m.start() - 8):m.start()]) and \
                not re.fullmatch(r"\s*(?:From there|Then|Later|Late|Early|After that|By then|Eventually|Finally),?\s+",
                                 text[start:m.start()]):  # ("From there the No. 4 led 25 laps")
            continue
        if re.match(r"\s*[,)]", text[m.end():end]):
            continue  # "Ryan Newman, in another Turner Scott entry, the No. 32, ...": an appositive, not a subject
        drivers = crews.get("#" + m["car"], [])
        if m.group(0)[:1] in "Hh" and not set(drivers) & set(subjects):
            continue  # "His No. 88 lasted 300 laps" after "Earnhardt's son had a short day": whose, the son's?
        if len(drivers) == 1:
            out.append(Mention(drivers[0], m.start("no"), m.end(), True))
    return out


CAR_SUBJECT = re.compile(r"(?-i:[Tt]he|[Hh]is|[Hh]er) (?P<no>(?:No\.|#) ?(?P<car>\d{1,3}[A-Z]?))\b")


#: what follows a team's name when it stands for its driver
TEAM_EPITHET = re.compile(r"(?:" + APOS + r"s?)?\s+(?:driver|veteran|rookie|racer|pilot|youngster|wheelman|star)\b")


def team_shorts(teams: list[str]) -> dict[str, str]:
    """Short names of the race's teams, as reporters write them before a make: "Wood Brothers" (Wood Brothers
    Racing), "Hendrick" (Hendrick Motorsports), "Red Bull" (Team Red Bull), "Richard Childress". A short name two
    teams of the race share is left out."""
    out: dict[str, list[str]] = {}
    for team in teams:
        words = team.split()
        core: list[str] = []
        for w in words:
            if w.lower() in GENERIC_TEAM_WORDS or not w[:1].isupper():
                if core:
                    break
                continue
            core.append(w)
        if not core:
            continue
        name = " ".join(core)
        forms = {name}
        if len(core) >= 2 and len(core[-1]) >= 4:
            forms.add(core[-1])  # "Childress" for Richard Childress Racing, "Ganassi" for Chip Ganassi Racing
        forms |= acronyms(team)
        for f in forms:
            if f != team:
                out.setdefault(f, []).append(team)
    return {f: ts[0] for f, ts in out.items() if len(set(ts)) == 1}


def acronyms(team: str) -> set[str]:
    """The capitals reporters write for a team of three or more names: "JGR" (Joe Gibbs Racing), "SHR"
    (Stewart-Haas Racing), "JRM" (JR Motorsports, a word in capitals kept whole), "HMS" (Hendrick Motorsports)."""
    if team.endswith("(Owner)") or "&" in team:
        return set()
    words = [w for w in re.split(r"[\s-]+", re.sub(r"[.,]", "", team)) if w]
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return set()
    caps = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
    out = {caps} if len(caps) >= 3 and caps.isupper() else set()
    if len(words) == 2 and words[1] == "Motorsports" and not words[0].isupper():
        out.add(words[0][0] + "MS")  # (Hendrick Motorsports is "HMS" in print)
    return out
