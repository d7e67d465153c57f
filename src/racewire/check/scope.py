"""What a sentence does to the claims in it: a hedge, the future, or another race (in an aside or a clause)."""

from __future__ import annotations

import re

from .patterns import MONTH_NAMES, MONTHS, NAME
from .text import NUM, ORD

#: words that make a claim the writer's guess, not a statement: judged "unverifiable" unless the data supports it
HEDGES = re.compile(r"\b(?:reportedly|apparently|appeared to|appears to|seem(?:s|ed)? to|may have|might have|"
                    r"could have|likely|probably|perhaps|rumou?red|believed to|expected to|would have|nearly|almost|"
                    r"would|could|it appeared|appeared|seemed|looked like|thought (?:he|she) had|"
                    r"seeking|chasing|going for|looking for|bid for|bidding for|shot at|quest for|in search of|"
                    r"hunting for|eyeing|trying for|aiming for|attempting|would-be|should have|should've|"
                    r"trying to|tried to|try to|hoping to|looking to|bid to|chance to|try for|tries to|"
                    r"could've|would've|"
                    r"unofficially)\b",
                    re.I)
#: a claim in the future tense is about a race not yet run (not "pulled away at will")
FUTURE = re.compile(r"\b(?:(?<!\bat )(?<!\bill )(?<!\bfree )(?-i:will)|next week|next race|next weekend|upcoming)\b", re.I)  # not "Will Cronkrite"

#: a lead carried into this race: "carrying a 10-point edge", "brought a two-point lead into Wisconsin", "carried a
#: 70-point cushion into the finale" (another race's table, in OTHER_RACE; the one this race began with, in PRE_RACE)
CARRIED_IN = (r"\bcarrying (?:a|an|his|her) [\w-]+ (?:point )?(?:lead|edge|cushion|advantage|margin)\b|"
              r"\b(?:carried|carrying|brought|bringing)\b[^.;,]{0,30}?\b(?:lead|edge|cushion|advantage|margin|"
              r"deficit)\s+into (?-i:[A-Z])[\w.'-]+|"
              r"\b(?:carried|carrying|took|taking|brought|bringing)\b(?:[^.;,]|(?<=Jr)\.|(?<=Sr)\.){0,50}?\binto (?:the|this|Sunday's|"
              r"Saturday's|Friday's|tonight's) (?:race|finale|weekend|event|night|day|season finale)\b")

#: "began the day fourth in points": the standings a race began with (elsewhere.PRE_RACE), another race's table
BEGAN_THE_DAY = r"\b(?:began|begins|beginning|started|starting) (?:the|this) (?:day|night|afternoon|evening|weekend)\b"

#: "a year after he won here", "A week after scoring his first win", "One start after his first career win":
#: what follows the marker is that race's
AFTER_WORDS = (r"(?:(?:a|one) (?:week|year|month|season|day|start|race)|(?:five|six|seven|eight|nine|ten) (?:weeks|years|months|"
               r"seasons|days|starts|races)) (?:after|removed from) (?:he|she|they|his|her|\w+ing|(?-i:[A-Z])[\w'-]+ "
               r"(?-i:[a-z])\w*)\b")
#: "since 2004, when he led 49 laps at Charlotte": from "when" on, that year's race
WHEN_THEN = (r"(?:(?<=\d\d, )|" + "|".join(f"(?<={month}, )" for month in MONTH_NAMES) +
             r")when (?:he|she) (?:led|won|finished|ran|started|was|had|took|crashed|scored|placed|came)\b")
#: ("had not been kind to him in May, when he came home fifth": that race)
AFTER_MARKER = re.compile(AFTER_WORDS, re.I)

#: the words that put a claim in another race than this one: "last week", "a year ago", "in May", "the spring race"
_MARKERS = re.compile(r"\b(?:last (?:week|weekend|year|season|race|time|fall|spring|summer|month)|previous(?:ly)?|"
                      r"earlier this (?:season|year|month|summer|spring)|a (?:week|year|month) (?:ago|earlier|before)|"
                      + AFTER_WORDS + r"|"
                      r"(?:Sun|Satur|Fri|Mon|Tues|Wednes|Thurs)day['\u2019]s (?:opener|first race|nightcap|second race)\b|"
                      r"the (?:week|year|race) before\b(?!\s+(?:\w+ing|he|she|they|it|the|his|her|a|an)\b)|(?:entered|entering|came into|coming into|going into|went into|"
                      r"heading into|headed into) (?:the|this|Sunday's|Saturday's|Friday's) (?:race|event|weekend|finale)|"
                      r"before the race|defending (?:race )?(?:winner|champion)|(?:other|previous|earlier) "
                      r"(?:win|victory|triumph)|(?:came|coming|went|going|headed|heading) in(?:to)? with|"
                      r"entered with|at (?:the )?season's end|next (?:season|year)|leav(?:es|ing) for|"
                      r"\binto (?:the|this|Sunday's|Saturday's|Friday's) (?:weekend|race|event|day|night)\b|"
                      r"\b(?:coming|going) in(?=\s*(?:[,.;]|$))|"  # "who was 12th in points coming in,"
                      r"\bin (?:his|her) (?:second|third|fourth|fifth|sixth)(?=\s*[,.;]|\s+(?:start|race|visit|try|"
                      r"attempt|trip|outing)s?\s+(?:here|there|at)\b)|"  # "he was runner-up in his second."
                      r"\b(?:had )?(?:come|came|coming) (?:in|west|east|north|south) (?:with|as|ahead|leading|trailing|holding|"
                      r"carrying|protecting|\d+|" + NUM + r")\b|"
                      r"\bentered (?:the|this) (?:night|day|afternoon|race|finale|"
                      r"weekend|event)\b|"
                      r"will (?:join|drive|move)|(?:other|previous|earlier) "
                      r"(?:win|victory|triumph)|(?<!since )\b(?:19|20)\d\d\b|"
                      r"\b(?:in|from|last|back in|this past|earlier in|until) " + MONTHS + r"\b|season[- ]open(?:er|ing)|"
                      r"\b" + MONTHS + r"['\u2019]s\b|"
                      r"\b(?:spring|fall|summer|autumn|opening) (?:race|event|meeting|visit|stop)|last time out|"
                      r"\bthe " + MONTHS + r" (?:race|event|meeting|visit|stop)\b|"
                      r"\b(?:the )?last (?:(?-i:[A-Z])\w* ){1,2}(?:race|event|start) (?:(?:run|held) )?(?:here|there|at)\b|"
                      r"\b(?:in|this|last|since) (?:the )?(?:spring|fall|summer|autumn)\b|"
                      r"\b(?:entered|entering) (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,2} (?:tied|leading|"
                      r"trailing|with|as|ahead|behind|atop)\b|"
                      r"\b(?:came|coming|rolled|rolling) (?:to|into) (?:[\w-]+ ){1,3}(?:tied|leading|trailing|with|as|ahead|behind|atop|"
                      r"holding|carrying|sitting|riding|clinging|protecting|defending|nursing|\d|" + NUM + r" points?\b)|"
                      r"\b(?:came|coming|rolled) (?:to|into) (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,2} "
                      r"(?=" + ORD + r"\b|" + NUM + r" points?\b)|"
                      r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years|seasons|summers|springs|falls|autumns) "
                      r"(?:ago|earlier)|"
                      r"\b(?:two|three|four|five|six|\d+|a few|several) (?:weeks|months|races) ago|"
                      r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d+) days "
                      r"(?:earlier|ago|before)\b|"
                      r"\b(?:a|one|two|three|four|\d+|several|a few) (?:weeks?|days?|months?|races?) (?:after|later)|"
                      r"\b(?:the )?(?:past|last|previous) (?:two|three|four|five|six|\d+|several|few) (?:years|seasons)\b|"
                      r"\barriv(?:ed|ing) (?:as|with|at|in|on top|atop|" + ORD + r"|\d+ points?|" + NUM + r" points?)\b|"
                      + BEGAN_THE_DAY + r"(?=[^.;]{0,40}\b(?:points|standings)\b)|"
                      # "Houston won that one from the 30th starting spot": the race the sentence before named
                      r"\b(?:won|took|captured|claimed) that one\b|"
                      # "his first top five since 2004, when he led 49 laps at Charlotte": that year's race
                      + WHEN_THEN + r"|"
                      # "his first since 2005, when he was still driving for Morgan-Dollar Motorsports"
                      r"\bwhen (?:he|she) was (?:still )?(?:driving|wheeling|racing|running|with|in)\b|"
                      # "came to Alabama off a third-place finish on the Charlotte Roval", "coming off a win"
                      r"\b(?:came|coming|comes|arrived|arriving|arrives) (?:(?:to|into|at) (?:the )?(?-i:[A-Z])[\w.'\u2019-]*"
                      r"(?: (?-i:[A-Z])[\w.'\u2019-]*){0,2} |in )?off (?:a|an|his|her|the|back-to-back)\b|"
                      # "won the series' first visit to Iowa this season": an earlier race at the track
                      r"\b(?:first|earlier|previous|prior|other) (?:visit|trip|stop) (?:to|at)\b|"
                      # "fourth here in the season's first Hickory race"
                      r"\bthe season['\u2019]s (?:first|second|third|opening|earlier) (?:(?-i:[A-Z])[\w.'-]* ){0,2}"
                      r"(?:race|event|visit|stop)\b|"
                      # "bettered the fourth-place finish he earned at Kentucky": a result from before
                      r"\b(?:bettered|betters|bettering|topped|topping|improved on|improves on|improving on|"
                      r"eclipsed|eclipses|eclipsing|surpassed|surpasses|surpassing) (?:his|her|the|a|its) (?:[\w-]+ ){0,3}?"
                      r"(?:finish|result|run|showing|best|mark|effort)\b|"
                      r"\b(?:in|at) the " + MONTHS + r" (?:race|event|meeting|visit|stop|running)\b|"
                      + CARRIED_IN + r"|"
                      r"\bin each of\b|\b(?:his|her) (?:last|previous|prior|first (?:two|three|four|five|\d+)) "
                      r"(?:start|starts|outing|outings|race|races|visit|visits|trip|trips)\b|"
                      r"\bhad (?:\w+ )?(?:finished|placed)\b|\bhad been (?:racing|running|driving|competing)\b|"
                      r"\bhad been (?:the )?(?:runner-up|winner|pole-?sitter|" + ORD + r")\b|"
                      r"\b(?:in|at) the (?:season )?opener\b|\b(?:won|took|captured|claimed) the (?:season[- ])?opener\b|\bas a rookie\b|\bthat (?:day|night|afternoon|evening|race|time)\b|"
                      r"\bhad (?:already |just |previously |twice |also )?(?:won|swept|claimed|captured)\b"
                      r"(?! the (?:pole|first stage|second stage|opening stage|stage)))", re.I)  # (this race's pole)
#: ... every one of which opens a word: tried only where a word starts, not at both ends of every word (twice as fast)
OTHER_RACE = re.compile(r"(?<!\w)(?=\w)(?:" + _MARKERS.pattern + ")", re.I)
#: "since 2016", "since May 2006": the year of a drought, not a race the sentence is about
SINCE_BEFORE = re.compile(r"\b(?:since|(?:dated|dating|dates|going|stretching|reaching) (?:back )?to) (?:the )?(?:(?:January|February|"
                          r"March|April|May|June|July|August|September|October|November|December) |(?-i:[A-Z])[\w.'\u2019-]*"
                          r"(?: (?-i:[A-Z])[\w.'\u2019-]*)* (?:in )?)?$", re.I)  # (or "a streak that dated to Las Vegas in 2011")
#: a relative clause or aside set off by commas ("Gordon, a four-time winner at Indianapolis, finished second"):
#: what it says about another race stays inside it, and what the sentence says about another race stays outside
ASIDE = re.compile(r",\s+(?:(?:(?:still|now|already|again|once again|also)\s+)?(?-i:[a-z]+ing)\b(?=(?:No\.|(?-i:\b[A-Z])\.|"
                   r"[^,;.])*,)|"
                   r"in (?:his|her) (?:first|last|final|" + ORD + r")\s+(?:\w+\s+)?(?:start|race|outing|ride)\b"
                   r"(?=(?:No\.|[^,;.])*,)|"
                   r"(?:fresh|just|hot) (?:off|from)\b(?=(?:No\.|[^,;.])*,)|on the heels of\b(?=(?:No\.|[^,;.])*,)|(?-i:who|whose|which|where|a|an|another|the|last|defending|reigning|former|"
                   r"[a-z]+-time)\b(?!\.)|"
                   r"(?:" + ORD + r")\s+(?:coming into|going into|heading into|entering|before)\b|"  # ", third coming in,"
                   r"(?:" + ORD + r")\s+in\s+(?:the\s+)?(?:standings|points)\b|"  # "Wallace, second in the standings and ...,"
                   r"(?:winner|runner-up|pole-?sitter|victor)\s+(?:of|in|at)\b|"  # "Thomas, winner of the previous race ...,"
                   # "Blaney, seventh at Sonoma a week ago, vaulted ...": a result elsewhere
                   r"(?:" + ORD + r")(?:[- ]place)?\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])\w*(?=(?:No\.|[^,;.])*,)|"
                   r"(?:" + ORD + r")(?:[- ]place)?\s+(?:here|there)\b(?=(?:No\.|[^,;.])*,)|"  # ", fourth here a year ago,"
                   # ", 28 points entering the night,": the figure of before, set off
                   r"(?:" + NUM + r"|\d+)[- ]points?\b[^,;]{0,40}?\b(?:entering|coming into|heading into|going into|"
                   r"before)\b(?=[^,;]*,)|"
                   r"(?-i:[A-Z])[\w.-]*['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:teammate|brother|son|father|crew chief|"
                   r"car owner|owner|boss|replacement|successor|protege|protégé|rival|nephew|cousin|pursuer|stablemate|"
                   r"challenger|nemesis)\b)[^,;]*"
                   r"(?=,|;|$|\.)", re.I)


def aside_spans(sentence: str) -> list[tuple[int, int]]:
    """The asides of a sentence (ASIDE); a "where" aside runs on through the verbs that follow it ("at Bristol,
    where he started from the pole, led 63 laps and finished fourth while ...": all of that is Bristol's)."""
    out = []
    for m in ASIDE.finditer(sentence):
        end = m.end()
        if re.match(r",\s+where\b", m.group(0)):
            while (more := WHERE_MORE.match(sentence, end)) is not None:
                end = more.end()
        out.append((m.start(), end))
    return out


#: a verb phrase that carries on a "where" aside: ", led 63 laps and finished fourth"
WHERE_MORE = re.compile(r",\s+(?:and\s+)?(?:led|ran|finished|started|won|crashed|placed|was|came|spun|wrecked|"
                        r"dropped|fell|took)\b[^,;.]*")


def other_race_spans(sentence: str, offset: int, season: int | None = None) -> list[tuple[int, int]]:
    """The parts of a sentence that are about another race: an aside holding a marker ("McMurray, who won this
    race a year ago, ..."), or, for a marker outside the asides, the sentence less its asides."""
    asides = aside_spans(sentence)
    spans: list[tuple[int, int]] = []
    markers = list(OTHER_RACE.finditer(sentence))
    for m in markers:
        if SINCE_BEFORE.search(sentence[:m.start()]) or m.group(0) == str(season):  # "his fourth win of 2018"
            continue
        inner = [a for a in asides if a[0] <= m.start() < a[1]]
        if inner:
            # "who had led 66 laps in the No. 18 and won this race a year ago": from the last "and" before it
            lo, hi = conjunct(sentence, *inner[0], m.start(), m.end())  # the part of the aside it is in
            if THERE.search(sentence, hi, inner[0][1]):
                hi = inner[0][1]  # "who started from the pole at Dover last week and led 60 laps there": Dover's too
            spans.append((lo, hi))
            continue
        if m.start() < 40 and not any(a[0] < m.start() for a in asides) and not AFTER_MARKER.match(m.group(0)) and \
                not re.match(r"defending", m.group(0), re.I) and \
                re.match(r"\s*(?:(?:In|At|On|During|Back in)\s+)?(?:the\s+)?$", sentence[:m.start()], re.I) and \
                not re.match(r"['\u2019]s\b", sentence[m.end():]):
            # "Three years ago in this race, Logano led 207 laps ..., and he was scored 37th": a time that opens
            # the sentence sets it for the whole sentence
            cuts = [0] + [x for a in asides for x in a] + [len(sentence)]
            spans += [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
            continue
        if re.search(r"\b(?:his|her|their|its|the|in his|in her)\s+$", sentence[:m.start()], re.I) and \
                re.match(r"(?:previous|earlier|other|defending)\b", m.group(0), re.I) and \
                not re.match(r"\s+(?:race|week|weekend|round|event|outing|stop)\b", sentence[m.end():], re.I) or \
                re.match(r"had (?:\w+ )?(?:finished|placed)\b", m.group(0), re.I):
            # "in his previous Xfinity starts", "led 38 laps and was the defending winner of this race", "had never
            # finished better than sixth": only the thing it qualifies
            end = re.search(r"[,;.]|\s(?:and|but|while|so)\s|$", sentence[m.end():])
            spans.append((m.start(), m.end() + (end.start() if end else 0)))
            continue
        if re.match(r"['\u2019]s\b", sentence[m.end():]) and \
                not re.match(r"(?:in|back in|earlier in)\b", m.group(0), re.I) and \
                not re.search(r"\b(?:in|at|during|from|since|after|before|on)\s+(?:the\s+)?$", sentence[:m.start()], re.I):
            # "backed up last week's sixth-place run at Dover": only the thing that belonged to that race
            who = re.match(r"['\u2019]s\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}(?:race\s+)?(?:winner|champion|"
                           r"pole-?sitter|victor|runner-up)\b", sentence[m.end():])
            if who is not None:  # "last week's Kansas winner finished ninth": the description only
                spans.append((m.start(), m.end() + who.end()))
                continue
            end = re.search(r"[,;.]|\s(?:and|but|while|--|\u2014|\u2013)\s|\u2014|$", sentence[m.end():])
            spans.append((m.start(), m.end() + (end.start() if end else 0)))
            continue
        # the clause that holds the marker ("... last September, and it is his second win of 2025"), less asides
        if re.match(r"defending", m.group(0), re.I) and re.match(r"\s+(?-i:[A-Z])", sentence[m.end():]):
            spans.append((m.start(), m.end()))  # "Defending race winner Ricky Rudd ... finished 14th": a title
            continue
        lo, hi = clause(sentence, m.start(), m.end())
        if re.search(r"\b(?:what|than|as) (?:it|he|she|they) (?:was|were|had been)\s+$", sentence[:m.start()]):
            spans.append((m.start(), m.end()))  # "more than double what it was entering the weekend": a comparison
            continue
        comma = sentence.find(",", m.end())
        if 0 < comma < hi and re.match(r"(?:had )?(?:came|come|coming|rolled|rolling|arriv|enter)", m.group(0), re.I) \
                and STANDING_WORD.search(sentence, lo, comma) and \
                not re.search(r"\b(?:19|20)\d\d\b|" + MONTHS, sentence[m.start():comma]) and \
                not re.match(r"\s*(?:\d|" + NUM + r"\b)", sentence[comma + 1:], re.I):
            hi = comma  # "came to the desert 13 points ahead, started 12th": the table he came with, then this race
            # (or "Second in points entering the finale, he ... slipped to third": the opening phrase only)
        titled = re.match(r"\s*(?:(?:and|but|while)\s+)?(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,3}?(?:winner|champion|pole-?sitter|"
                          r"runner-up)\s+(?:from\s+|of\s+)?$",
                          sentence[lo:m.start()])
        if titled:
            # "..., and the winner last week at Phoenix, Busch led 62 laps", "The Michigan winner earlier this season
            # is now fifth in points": the time is the title's, up to the place it names
            tail = re.match(r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)*)?",
                            sentence[m.end():])
            spans.append((lo, m.end() + (tail.end() if tail else 0)))
            continue
        # "in the same No. 38 that Gilliland drove here a year ago": the relative clause that holds the marker
        lo = max([lo] + [x.start() for x in RELATIVE.finditer(sentence, lo, m.start())])
        trail = TRAILING.search(sentence, lo, hi)
        if trail is not None and trail.start() < m.start():
            lo = trail.start()  # "..., starting with his breakthrough at Kentucky in July.": that phrase only
        if AFTER_MARKER.match(m.group(0)) or m.group(0).startswith("when ") or m.group(0).lower().startswith("since "):
            # "Johnson finished 12th a year after he won here", "after starting 21st, his first top five since the
            # summer race at Daytona": only what follows is that race's
            lo = m.start()
            if not sentence[:m.start()].strip():  # "A week after scoring his first win at Texas, Elliott started
                comma = sentence.find(",", m.end())  # second": the opening phrase only
                hi = comma if 0 < comma < hi else hi
        # "entered the weekend leading by 11 points and left with an 18-point cushion": what came after is this race
        # (or "his second at Atlanta after a win here in 2009 and his first of the season": the list goes on)
        after = re.search(r"\s(?:and|but)\s+(?:then\s+)?(?:left|leaves|leaving|now|exits|exited|departs|departed|heads|headed|"
                          r"his|her)\b", sentence[m.end():hi])
        if after is not None:
            hi = m.end() + after.start()
        # "He was runner-up at Milwaukee earlier this season and finished fifth last week at Flemington": two
        # markers, two races, split at the "and" between them
        for other in markers:
            if lo <= other.end() <= m.start():
                ands = [x.end() for x in CONJUNCTION.finditer(sentence, other.end(), m.start())]
                lo = max([lo] + ands)
            elif m.end() <= other.start() < hi:
                later = CONJUNCTION.search(sentence, m.end(), other.start())
                hi = min(hi, later.start()) if later else hi
        # "... it is his second win of 2025 after he won at Homestead three weeks ago": the subordinate part
        lo = max([lo] + [x.start() for x in re.finditer(r"\b(?:after|since|when|while|following|before|until|having|"
                                                         r"up from|down from|(?:better|worse|higher|lower) than)\b",
                                                         sentence[:m.start()])
                         if x.start() >= lo and x.start() > 0])
        # (nor "..., who started from the pole there and finished 25th,": "there" is the place the marker names)
        # (nor a participle after the marker: "here in April, leading 195 laps, but ...": that day's too)
        own = [a for a in asides if lo <= a[0] and a[1] <= hi and not re.match(r",\s+(?:where|which)\b", sentence[a[0]:])
               and not THERE.search(sentence, a[0], a[1]) and
               not (a[0] >= m.end() and re.match(r",\s+(?-i:[a-z]+ing)\b", sentence[a[0]:]))]
        cuts = [lo] + [x for a in own for x in a] + [hi]  # "..., where Harvick won": the place the marker names
        spans += [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    first = min((m.start() for m in markers), default=None)
    for a, b in asides:
        # "..., and Denny Hamlin, who started from the pole there and finished sixth, was 19th": "there" is the
        # race a marker before it named
        if first is not None and first < a and THERE.search(sentence, a, b) and \
                not any(x <= a and b <= y for x, y in spans):
            spans.append((a, b))
    return [(a + offset, b + offset) for a, b in spans]


#: a participle phrase that ends the clause: "It was his fifth win of the season, starting with his breakthrough at
#: Kentucky in July."
TRAILING = re.compile(r",\s+(?:(?:all|each|every one of them|most)\s+)?(?-i:[a-z]+ing)\b[^,;]*[.!?]?\s*$")

#: a relative clause with its own subject: "that Gilliland drove", "which he won"
RELATIVE = re.compile(r"\b(?:that|which|whom)\s+(?:he|she|they|" + NAME + r")\s+(?:had\s+|has\s+)?(?-i:[a-z]+)\b|"
                      r"\b(?-i:who)\s+(?:had\s+)?(?:won|took|led|ran|finished|captured|claimed|swept|drove)\b")
#: (or one with its own verb: "looked every bit like the driver who won this race a year ago")

#: words that point back at a race named before them
THERE = re.compile(r"\b(?:there|that (?:day|night|afternoon|race|time))\b")


def clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence that holds sentence[start:end] (CLAUSES: ";", ", and", ", but", a dash)."""
    lo = max([0] + [x.end() for x in CLAUSES.finditer(sentence, 0, start)])
    hi = next((x.start() for x in CLAUSES.finditer(sentence, end)), len(sentence))
    return lo, hi


def conjunct(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """The part of text[a:b] (an aside) between the "and" or "but" before ``start`` and the one after ``end``:
    "who won at Iowa two weeks ago but slipped to 14th on Saturday" has two."""
    ands = [x.end() for x in CONJUNCTION.finditer(text, a, start)]
    later = CONJUNCTION.search(text, end, b)
    return (ands[-1] if ands else a, later.start() if later else b)


CONJUNCTION = re.compile(r"\s(?:and|but)\s")
#: words of the standings a driver came with ("came to the desert 13 points ahead")
STANDING_WORD = re.compile(r"\b(?:points?|lead|leader|ahead|behind|back|atop|tied|clear)\b", re.I)
#: where one clause of a sentence ends and the next begins
CLAUSES = re.compile(r";|,\s+(?:and|but|while|whereas|so(?! far| much| long| many))\s|\s+(?:\u2014|--)\s+")
