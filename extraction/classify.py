"""What a number is: kind cues, qualifiers, stated growth, and the 'not a figure' contexts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import WORD_START, trie_regex, word_prefilter

# the words every cue alternative below opens with (a prefilter: tests/extraction checks it loses nothing)
_CUE_STEMS = """cargo freight passenger container transit rail port throughput handled capacit production produce output
harvest consumption reserve deposit gdp budget revenue profit price cost tariff loan credit debt market valuation salar
population sample traffic remittance damage unpaid arrears money trade trading balance deficit surplus business commercial export investment
supply agreement deal contract memorand mou accord protocol signed signing inked sealed humanitarian aid assistance relief
donat donor gratuitous free charit invest fdi capital lend lent financ committed put poured injected import bought buy
purchas procured received took paid spent re-export supplied supplies sold sell sales deliver sent send dispatch ship carr
loaded consignment batch
convoy handed flown airlifted flew went left departed arrived crossed entered on en allocat earmarked pledged provided granted
turnover volume commodity goods traded partner queue waiting stuck raised contributed fundrais
exim authorized authorised charter share creditor portfolio projects""".split()

# One regex of cue words, each tagged by a named group. Longer phrases come first so that
# "trade agreements" is a deal cue, not a trade cue, and "cargo turnover" is no trade at all.
CUE_RE = re.compile(
    r"\b" + word_prefilter(w[:3] for w in _CUE_STEMS) + r"""(?:
      (?P<other>(?:cargo|freight|passenger|container|transit|rail|railway|port)\s+(?:turnover|traffic|transportation|volumes?|flows?)
        |transit(?:ed|ing)?|transport(?:ed|ation)?|throughput|handled|capacity|capacities|production|produced|(?<!farm\s)(?<!fresh\s)(?<!agricultural\s)(?<!of\s)produces?|producing|output
        |harvest(?:ed)?|consumption|reserves?(?!\s+funds?)|deposits?|gdp|budget|revenues?|profits?|prices?|costs?|tariffs?|loans?|credit
        |debt|market\s+(?:value|capitalization)|valuation|salar(?:y|ies)|population|samples?|traffic|remittances|damage
        |balance\s+of\s+(?:foreign\s+|external\s+)?trade|(?:trade\s+)?(?:balance|deficit|surplus)
        |export-import\s+bank|exim\s*bank|(?:authori[sz]ed|charter|share)\s+capital|creditors?|debts?
        |queues?|queued|waiting|stuck|raised(?!\s+to\b)|contributed|fundrais(?:ing|ed|er)
        |unpaid|arrears|money\s+transfers?|sent\s+home)   # debts and remittances, not trade
    | (?P<deal>(?:trade|business|commercial|export|investment|supply)\s+(?:and\s+\w+\s+)?(?:agreements?|deals?|contracts?|documents?)
        |agreements?|deals?|contracts?|memorand(?:um|a|ums)|mous?|accords?|protocols?|signed|signing|inked|sealed)
    | (?P<aid>humanitarian(?!\s+(?:crisis|crises|situation|catastrophe|disaster|emergency|emergencies|cooperation|affairs|law|ties|sphere|spheres|fields?))|aid|assistance|relief|donat(?:ed|ion|ions|es|e)|donors?|gratuitous|free\s+of\s+charge|charity|charitable)
    | (?P<invest>invest(?:ed|ing|ments?|ors?|s)?|fdi|capital\s+inflows?|portfolio\s+of\s+(?:\w+\s+)?projects|projects\s+worth|lend(?:s|ing)?|lent|financ(?:e|ed|ing)|committed
        |(?:put|poured|injected)(?=(?:[^.;]|\.(?=\d)){0,30}\binto\b))
    | (?P<import>import(?:s|ed|ing|ers?)?|bought|buys?|buying|buyers?|purchas(?:ed|es|ing|ers?)|procured|received
        |took(?=\s+(?:(?:about|around|over|more\s+than|nearly|almost|some|just|only|another|a\s+further)\s+)?(?:[$€£₸₽¥]|usd\b|us\$|\d|(?:\w+\s+){0,2}worth\b))
        |paid(?=(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+(?:\w+\s+){0,2}
          (?:electricity|power|gas|oil|fuel|wheat|flour|grain|goods|supplies|imports)\b)
        |spent(?=(?:[^.;]|\.(?=\d)){0,40}?\bon\s+(?:\w+\s+){0,2}(?:electricity|power|gas|oil|fuel|wheat|flour|grain|goods|imports)\b))
    | (?P<export>export(?:s|ed|ing|ers?)?|re-export(?:s|ed)?|supplied|supplies|supplying|supply|suppliers?|sold|sells?|sales)
    | (?P<delivery>deliver(?:ed|ing|ies|y|s)?|sent|send(?:ing|s)?|dispatch(?:ed|ing|es)?|ship(?:s|ped|ping|ments?)?
        |carr(?:ies|ying|ied)|loaded|consignments?|cargo(?:es)?|batch(?:es)?|convoys?|handed\s+over|flown|airlifted|flew
        |went\s+to|left|departed|arrived|crossed(?:\s+into)?|entered(?!\s+(?:into|force|service|office|the\s+market))|on\s+its\s+way|en\s+route
        |allocat(?:ed|es|ing|e)|earmarked|pledged|provided|granted)
    | (?P<trade>(?:(?:trade|trading)\s+)?turnover|trade\s+volumes?|volumes?\s+of\s+(?:mutual\s+|bilateral\s+)?trade
        |commodity\s+circulation|goods\s+turnover|traded
        |(?<!humanitarian\s)(?<!implementing\s)(?<!development\s)(?<!and\sits\s)partners?   # not a relief agency's
        |trade(?!\s+(?:house|houses|mission|missions|representative|office|policy|centers?|centres?|fairs?|shows?|routes?|corridors?|hubs?|zones?|unions?|organi[sz]ations?|ministers?|ministry|and\s+integration|and\s+economic\s+(?:ties|relations|cooperation)|relations|ties|cooperation|partners?|dynamics|links|potential|diversification|barriers|facilitation|exhibition|balance|deficit|surplus))
        |trading(?!\s+(?:house|houses|partners?)))
    )\b""",
    re.VERBOSE,  # runs over lower_ascii(text)
)
# what find_cues runs: the same with WORD_START for the leading \b (every cue opens with an ASCII letter,
# as the prefilter requires), far cheaper at the many positions inside words
_CUE_SCAN = re.compile(WORD_START + CUE_RE.pattern[len(r"\b"):], CUE_RE.flags)
# delivery words mean aid in an aid story; otherwise shipping verbs are exports and
# carriage words ('the train carries', 'cargo') are transport, not trade; goods that 'entered' a country
# were imported there
_SHIPPING_VERB = re.compile(r"^(?:deliver|sent|send|dispatch|ship(?!s$)|went\s+to|entered|crossed\s+into)")


_SUPPLY_WORD = re.compile(r"^suppl")


def delivery_kind(word: str, aid_context: bool) -> str | None:
    if aid_context:
        return "aid"
    return "export" if _SHIPPING_VERB.match(word) else None


def is_supply_word(word: str) -> bool:
    """'supplies' is goods being sent: aid in an aid story, exports otherwise."""
    return bool(_SUPPLY_WORD.match(word))




@dataclass(slots=True)
class Cue:
    start: int
    end: int
    group: str
    word: str


def find_cues(low: str, start: int = 0, end: int | None = None, text: str | None = None) -> list[Cue]:
    """Cue words in low[start:end]; low is the text through lower_ascii (same offsets), text the same as written
    (when given, the words of an institution's name are no cues)."""
    end = len(low) if end is None else end
    cues = [Cue(*m.span(), m.lastgroup, m.group()) for m in _CUE_SCAN.finditer(low, start, end)]
    if any(c.group == "aid" for c in cues):
        cues = [c for c in cues if c.group != "aid" or not withheld_aid(low, c.start)]
    if cues and text is not None and _INSTITUTION_HEAD.search(low, start, end):
        # "the Ministry of Investment, Industry and Trade said": a name, not what the figure is
        # (unless its words are all the sentence has)
        names = [m.span() for m in _INSTITUTION.finditer(text, start, end)]
        own = [c for c in cues if not any(a <= c.start < b for a, b in names)]
        if any(c.group != "other" for c in own):
            cues = own
    if any(c.word.startswith("projects") for c in cues):
        # "55 projects worth $27.6 billion": a counted portfolio; "completed projects worth ..." is a contractor's work
        cues = [c for c in cues if not c.word.startswith("projects") or _COUNTED.search(low, max(0, c.start - 30), c.start)]
    return cues


_INSTITUTION_HEAD = re.compile(r"\b(?:ministry|minister|department|committee|agency|chamber|bureau|commission)\s+(?:of|for|on)\s")
# the name as written: its words capitalised ("Ministry of Industry and Commerce, trade between ...": the name ends at "Commerce")
_INSTITUTION = re.compile(r"\b(?:Ministry|Minister|Department|Committee|Agency|Chamber|Bureau|Commission)\s+(?:of|for|on)\s+"
                          r"(?:the\s+)?[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*){0,6}")
_COUNTED = re.compile(r"\d\s+(?:[a-z-]+\s+)?$")
# "despite the suspension of international aid": aid spoken of as missing, no aid story
_WITHHELD_BEFORE = re.compile(r"\b(?:suspension|suspended|suspending|halt|halted|freeze|frozen|cut|cuts|cutoff|loss|end"
                              r"|withdrawal|absence|lack|reduction|without)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}$")


def withheld_aid(low: str, start: int) -> bool:
    """The aid word at `start` speaks of aid stopped or missing."""
    return bool(_WITHHELD_BEFORE.search(low, max(0, start - 45), start))


# ------------------------------------------------------------------ target / forecast / potential
# a target verb in base or -ing form (not "increased") followed, later, by "to <number>"
_TARGET_VERB_TO = re.compile(
    WORD_START + r"(?<!an\s)(?<!the\s)(?<!%\s)(?:boost(?:ing)?|increas(?:e|ing)|rais(?:e|ing)|bring(?:ing)?|expand(?:ing)?|lift(?:ing)?|tak(?:e|ing)|grow(?:ing)?|doubl(?:e|ing)|tripl(?:e|ing)|push(?:ing)?|reach(?:ing)?|scal(?:e|ing)\s+up)\b"
    r"[^;]{0,120}?\bto\s*(?:(?:over|more\s+than|at\s+least|about|around|nearly|almost|some|up\s+to)\s+)?$")
_TARGET_NOUNS = re.compile(
    r"\b(?:targets?|targeted|goal|goals|aim(?:s|ed|ing)?|task|objective|ambition|roadmap|road\s+map|intends?|intention"
    r"|plans?|planned|planning|seek(?:s|ing)?|strive|pledged|set\s+to|agreed\s+to|committed\s+to|determined\s+to|wants?"
    r"|instructed|benchmark|hopes?|hoped|work(?:s|ed|ing)?\s+towards?|sights)\b")
_TARGET_OF = re.compile(r"\b(?:goal|target|objective|benchmark)\s+of\s+(?:[a-z]+\s+){0,2}$")
_RESULT_CLAUSE = re.compile(r"^\s*(?:bringing|taking|lifting|pushing|raising)\b[^,;]{0,60}\bto\s*(?:\w+\s+)?$")
# (not "continued to grow, reaching $214.5 million": what went on happening)
_FUTURE_VERBS = re.compile(WORD_START + r"(?:(?<!continued\s)(?<!continues\s)(?<!began\s)to|will|shall|would|should|must)"
                           r"\s+(?:reach|hit|achieve|boost|increase|raise|bring|double|triple|expand|grow"
                           r"|be\s+(?:raised|increased|brought|boosted|doubled|tripled|expanded|lifted))\b")
# "the $1 billion target", and a fact box's "$1 billion – the target for mutual trade"
_TARGET_AFTER = re.compile(r"^\s*(?:[–—]\s*(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2})?"
                           r"(?:(?:annual|bilateral|mutual|trade|turnover|trading)\s+){0,2}(?:target|goal|mark|benchmark|objective)\b")
_FACT_BOX_DASH = re.compile(r"\s*[–—]\s")
# said of a future that is somebody's expectation, not a plan, or of what might be
_FORECAST_WORDS = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecasted|projected|projections?|predict(?:s|ed|ions?)?|anticipat\w+|outlook"
    r"|estimates?\s+that|likely"
    # the verb: "officials project exports of"
    r"|project\s+(?:that|exports?|imports?|trade|turnover|sales|shipments))\b")
_POTENTIAL_WORDS = re.compile(
    WORD_START + r"(?:potential(?:ly)?|could|might|can|possib(?:le|ility|ilities|ly)|opportunit(?:y|ies)|untapped|capable"
    r")\b")
_MAY = re.compile(r"\bmay\b")   # the verb, in lower case in the original (May is a month)
_PAST_ACTUAL_BEFORE = re.compile(
    r"\b(?<!to\s)(?:increased|rose|grew|jumped|surged|reached|amounted|totall?ed|stood|hit|exceeded|climbed|soared"
    r"|(?:was|were)(?!\s+(?:aiming|planning|seeking|hoping|targeting|striving|working|set\s+to))"
    r"|decreased|declined|fell|dropped|made\s+up|came\s+to|valued)\b[^;]{0,40}$")
# "increased by 14.7 percent last year to reach $501 million": what the growth came to, not a goal
_ROSE_TO_REACH = re.compile(r"\b(?:increased|rose|grew|jumped|surged|climbed|soared|expanded|doubled|tripled|went\s+up)\b"
                            r"[^;,]{0,60}\bto\s+(?:reach|hit|exceed|top)\s*$")
# a world total: the reporter's trade with everyone
WORLD_WORDS = re.compile(
    WORD_START + r"(?:(?:foreign|external|overall|global|total)\s+(?:trade|exports?|imports?)"
    r"|(?:total|gross|overall)\s+(?:(?:foreign|direct|fdi)\s+){0,2}(?:investments?|inflows?|fdi)"
    r"|foreign\s+(?:direct\s+)?investments?|all\s+(?:\w+\s+){0,2}(?:exports|imports)|with\s+(?:the\s+)?(?:world|all\s+countries)"
    r"|to\s+(?:the\s+)?(?:(?:whole|entire)\s+)?(?:world|\d+\s+countries|over\s+\d+\s+countries)|worldwide\b|abroad\b|foreign\s+(?:sales|shipments|deliveries|supplies|markets?)\b)")
_SEVERAL_COUNTRIES = (r"(?:three|four|five|six|seven|eight|nine|ten|[3-9]|1\d)\s+"
                      r"(?:(?:central\s+asian|regional|member|neighbou?ring)\s+)?(?:countries|states|nations|republics)")
# a group rather than a country: "trade with the region as a whole", "with the bloc"
AGGREGATE_PHRASE = re.compile(
    WORD_START + r"(?:(?:with|to|from)\s+(?:the\s+)?(?:region|bloc|union|rest\s+of\s+the\s+(?:region|world)"
    r"|(?:other|foreign|third|donor|various|several|many|partner)\s+(?:member\s+)?(?:countries|states|nations)"
    r"(?:\s+and\s+(?:\w+\s+)?organi[sz]ations)?|" + _SEVERAL_COUNTRIES + r")"
    # "trade among the five countries", "mutual trade within the region" (a named bloc: parties.py)
    r"|(?:among|between)\s+(?:the\s+)?" + _SEVERAL_COUNTRIES
    + r"|(?:trade|turnover)\s+within\s+(?:the\s+)?(?:region|bloc|union))\b")
BILATERAL_WORDS = re.compile(
    r"\b(?:bilateral|mutual|two-way|reciprocal|between\s+the\s+(?:two|both)"
    r"|(?:the\s+)?two\s+(?:countries|nations|states|sides|governments|economies)"
    r"|both\s+(?:countries|nations|sides|governments)|the\s+(?:sides|parties)|their)\b")
# "the country's Agriculture Ministry" is the speaker's own country, not the other side
COUNTRY_REFERENCE_WORDS = re.compile(
    WORD_START + r"(?:the\s+(?:country|republic|neighbou?ring\s+country|kingdom)\b(?![’']s)|bilateral\b|mutual\b"
    r"|two\s+countries\b|both\s+countries\b)")


def is_target(left: str, right: str = "") -> bool:
    """The words around a trade figure say it is a goal: 'to boost trade to $2 billion', 'the $1 billion target'."""
    if is_forecast(left) and not has_target_noun(left):
        return False   # "analysts forecast that turnover will reach $5 billion": an expectation
    if _TARGET_AFTER.match(right) or _TARGET_OF.search(left):
        return True   # "the $1 billion target"; "was well ahead of the goal of $35 billion": the noun names the amount
    box = _FACT_BOX_DASH.match(right)
    if box:
        # "$20 billion – the trade level the presidents want to reach by 2030": the description says it
        description = right[box.end():]
        return has_target_noun(description) or bool(_FUTURE_VERBS.search(description))
    if _TARGET_VERB_TO.search(left):
        # "amounted to $28.4 million, bringing total trade to $421 million": the figure's own words open
        # with the participle, which tells what resulted, not a goal
        return has_target_noun(left) or not _RESULT_CLAUSE.search(left)
    return (has_target_noun(left) or bool(_FUTURE_VERBS.search(left)) and not _ROSE_TO_REACH.search(left)) \
        and not _PAST_ACTUAL_BEFORE.search(left[-30:])


# "will supply", "plans to export", "will be able to export", "needs to import": a flow that has not happened
_PLANNED_FLOW = re.compile(
    r"\b(?:will|shall|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|is\s+to|are\s+to|is\s+going\s+to"
    r"|expects?\s+to|is\s+ready\s+to|are\s+ready\s+to|ready\s+to|needs?\s+to)\s+(?:\w+\s+){0,2}?(?:be\s+able\s+to\s+)?"
    r"(?:supply|export|import|ship|buy|sell|purchase|deliver)\b")


def is_planned_flow(left: str) -> bool:
    return bool(_PLANNED_FLOW.search(left))


# a figure's words are asked these more than once (directly and through is_target): remembered
@lru_cache(maxsize=64)
def is_forecast(left: str) -> bool:
    return bool(_FORECAST_WORDS.search(left))


@lru_cache(maxsize=64)
def has_target_noun(left: str) -> bool:
    return bool(_TARGET_NOUNS.search(left))


# said after the amount: "20 projects worth $6.1 billion are in the pipeline"
_NOT_YET_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:(?:is|are)\s+in\s+the\s+pipeline|under\s+(?:discussion|consideration|negotiation|study)"
    r"|being\s+(?:discussed|considered|negotiated|studied|prepared))\b")


def not_yet(right: str) -> bool:
    # the words are tested first: far cheaper than the pattern's try at each of its first 30 characters
    return ("pipeline" in right or "under" in right or "being" in right) and bool(_NOT_YET_AFTER.match(right))


def is_potential(left: str, original_left: str = "") -> bool:
    """left: lower-cased words before the number; original_left: the same as written. A goal stated after
    the possibility is a goal: "we see enormous potential and aim to increase trade to $1 billion"."""
    potential = None
    for potential in _POTENTIAL_WORDS.finditer(left):
        pass
    if potential is not None:
        return not _GOAL_AFTER_POTENTIAL.search(left, potential.end())
    return "may" in left and bool(_MAY.search(original_left))


_GOAL_AFTER_POTENTIAL = re.compile(r"\band\s+(?:aims?|intends?|plans?|want|wants|seeks?|agreed)\s+to\s+\w+")


# ------------------------------------------------------------------ qualifiers
# the words just before a number, by how many words they are
_QUALIFIER_PHRASES = {
    "at_least": ("over", "more than", "exceeded", "exceeding", "exceeds", "exceed", "at least", "above", "in excess of",
                 "upwards of", "no less than", "not less than", "surpassed", "surpassing", "surpasses", "topped",
                 "beyond", "passed", "crossed"),
    "approx": ("nearly", "almost", "about", "around", "roughly", "some", "approximately", "approx", "close to",
               "an estimated", "estimated", "circa", "~"),
    "at_most": ("up to", "under", "less than", "below", "no more than", "not more than",
                "a maximum of", "just under", "not exceed", "not exceeded", "not exceeding"),
}
_QUALIFIER_OF = {phrase: q for q, phrases in _QUALIFIER_PHRASES.items() for phrase in phrases}
_WORD_END = re.compile(r"[a-z~]+$")
_OVER_PARTICLE = frozenset("handed hand hands handing turned turn turns took take taken takes passed pass "
                           "carried brought gave given".split())


def qualifier(left: str) -> str:
    """exact | approx | at_least | at_most from the words just before the number."""
    tail = left[-40:].rstrip(" \t\n$(").lower()
    if tail.endswith("~"):
        return "approx"
    # only the words that run up to the number: "edged up 0.7% to $10.7 bn" holds no "up to"
    words = []
    for token in reversed(tail.split()[-3:]):
        word = _WORD_END.search(token)
        if word is None:
            break
        words.append(word.group())
        if word.start() > 0:
            break   # "(about": the bracket ends the run
    if not words:
        return "exact"   # punctuation between the words and the number
    words.reverse()
    if len(words) >= 2 and words[-1] == "over" and words[-2] in _OVER_PARTICLE:
        return "exact"   # "handed over 30 tonnes": a verb's particle, not "more than"
    for n in (3, 2, 1):
        if len(words) >= n:
            found = _QUALIFIER_OF.get(" ".join(words[-n:]))
            if found:
                return found
    return "exact"


# ------------------------------------------------------------------ stated growth
_NUM = r"\d+(?:[.,]\d+)?"
_PCT = r"(?:\s*|-)(?:%|percent|per\s*cent|pct|pc)"   # "13pc", "an 11-percent increase"
_UP = r"increase|rise|growth|jump|surge|gain|increment|up|higher|more"
_DOWN = r"decrease|decline|drop|fall|reduction|contraction|slump|down|lower|less"
_ABOUT = r"(?:(?:almost|nearly|about|around|roughly|approximately|over|more\s+than|some|just\s+over|close\s+to)\s+)?"
CHANGE_RE = re.compile(
    rf"""\b(?:
      (?P<noun>increases?|rise|growth|jump|surge|gain|increment|decreases?|declines?|drop|fall|reduction|contraction|slump)
        \s+(?:of\s+|by\s+|was\s+|is\s+|stood\s+at\s+|amounted\s+to\s+|reached\s+)?{_ABOUT}(?P<n1>{_NUM}){_PCT}
    | (?P<verb>up|down|increased|increasing|rose|rising|grew|growing|jumped|surged|climbed|soared|gained|added|expanded
        |decreased|decreasing|declined|declining|dropped|fell|falling|plunged|slumped|contracted|shrank|shrunk)
        \s+(?:by\s+)?(?:a\s+further\s+|another\s+)?{_ABOUT}(?P<n2>{_NUM}){_PCT}
    | (?P<n3>{_NUM}){_PCT}\s+(?:year-on-year\s+|y-o-y\s+|annual\s+)?(?P<dir3>{_UP}|{_DOWN})
    | (?<=\([+\-−–])(?P<n4>{_NUM})\s?%(?=\))
    | (?P<fold>doubled|doubling|tripled|tripling|quadrupled|halved)
    | (?P<foldn>{_NUM}|two|three|four|five|six|seven|eight|nine|ten)[-\s]?fold
    | (?:increased|grew|grown|rose|jumped|surged|expanded|multiplied|up|increase\s+of)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|over\s+)?(?P<times>{_NUM}|two|three|four|five)\s+times
    | (?P<times2>{_NUM}|two|three|four|five)\s+times\s+(?:more|higher|larger|greater|over)
    )(?!\w)""",
    re.VERBOSE,  # runs over lower_ascii(text)
)
_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DOWN_WORDS = re.compile(rf"^(?:{_DOWN}|decreases?|declines?|decreased|decreasing|declined|declining|dropped|fell|falling"
                         r"|plunged|slumped|contracted|shrank|shrunk)$")


def _num(text: str) -> float:
    t = text.lower()
    return float(_WORD_VALUES[t]) if t in _WORD_VALUES else float(t.replace(",", "."))


@dataclass(slots=True)
class Change:
    start: int
    end: int
    pct: float


_CHANGE_HINTS = ("%", "percent", "per cent", "pct", "fold", "doubl", "tripl", "quadrupl", "halved", "times")


_PC = re.compile(r"\dpc\b")   # "13pc": "pc" alone is in too many words ("upcoming") to be a hint


def may_state_change(low: str, start: int, end: int) -> bool:
    """Cheap test before the growth grammar: no sign of a rate, no rate."""
    piece = low[start:end]
    return any(hint in piece for hint in _CHANGE_HINTS) or "pc" in piece and _PC.search(piece) is not None


def find_changes(low: str, start: int, end: int) -> list[Change]:
    """Stated growth rates in low[start:end] (low: the text through lower_ascii)."""
    changes = []
    for m in CHANGE_RE.finditer(low, start, end):
        g = m.groupdict()
        if g["n1"] or g["n2"] or g["n3"]:
            pct = _num(g["n1"] or g["n2"] or g["n3"])
            direction = g["noun"] or g["verb"] or g["dir3"]
            if _DOWN_WORDS.match(direction):
                pct = -pct
        elif g["n4"]:   # "Russia — 11,137.1 (+12.7%)"
            pct = _num(g["n4"]) * (1 if low[m.start() - 1] == "+" else -1)
        elif g["fold"]:
            pct = {"doubled": 100, "doubling": 100, "tripled": 200, "tripling": 200,
                   "quadrupled": 300, "halved": -50}[g["fold"].lower()]
        elif g["foldn"]:
            pct = (_num(g["foldn"]) - 1) * 100
        else:
            pct = (_num(g["times"] or g["times2"]) - 1) * 100
        changes.append(Change(m.start(), m.end(), round(pct, 4)))
    return changes


# ------------------------------------------------------------------ commodities
COMMODITIES = (
    "sunflower oil", "vegetable oil", "crude oil", "oil products", "petroleum products", "natural gas", "liquefied gas",
    "lpg", "wheat flour", "flour", "wheat", "grain", "grains", "barley", "corn", "maize", "rice", "sugar", "cotton",
    "cotton fiber", "cotton fibre", "coal", "cement", "fertiliser", "fertilisers", "fertilizer", "fertilizers", "oil",
    "gas", "petroleum", "gasoline", "diesel", "fuel", "electricity", "power", "metal", "metals", "steel", "rolled steel",
    "iron ore", "copper", "aluminium", "aluminum", "zinc", "lead", "uranium", "gold", "meat", "beef", "mutton",
    "poultry", "fish", "dairy", "milk", "eggs", "fruit", "fruits", "vegetables", "potatoes", "onions", "apples",
    "dried fruit", "dried fruits", "nuts", "textiles", "cattle", "livestock", "sheep", "medicine", "medicines",
    "medication", "medications", "pharmaceuticals", "food", "foodstuff", "foodstuffs", "food products", "clothing",
    "cars", "vehicles", "machinery", "equipment", "timber", "wood", "paper", "chemicals", "sulfur", "sulphur", "salt",
    "soybean", "soybeans", "oilseed", "oilseeds", "vaccine", "vaccines", "ferroalloys", "polypropylene",
    "sunflower seeds", "flaxseed", "linseed", "yarn", "cotton yarn", "tomatoes", "cherries", "apricots",
    "dried apricots", "grapes", "raisins", "melons", "honey", "tea", "tobacco", "lentils", "chickpeas", "beans",
    "fabrics", "garments", "footwear", "furniture", "glass", "tractors", "buses", "silver", "copper cathodes",
)
# a trie of the names: a failed try costs a character or two (runs over lower_ascii(text))
COMMODITY_RE = re.compile(WORD_START + r"(?P<c>" + trie_regex(COMMODITIES).replace(r"\ ", r"\s+") + r")\b")


def find_commodities(low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of each commodity named in low[start:end] (low: lower_ascii text)."""
    return [(m.start(), m.end(), m.group("c")) for m in COMMODITY_RE.finditer(low, start, end)]


_AMOUNT_OF = re.compile(r"\s+of\s+(?:[a-z'’-]+\s+){0,2}")   # "tonnes of Kazakh barley"


def nearest_commodity(low: str, commodities: list[tuple[int, int, str]], number_start: int, number_end: int) -> str | None:
    """The commodity (of find_commodities) named closest to the number; the one the amount is "of" first
    ("wheat and 112 thousand tonnes of flour": flour)."""
    best, best_distance = None, 10 ** 9
    for start, end, name in commodities:
        distance = number_start - end if end <= number_start else start - number_end
        if start >= number_end:
            # "5,000 tonnes of flour" is close; prefer what follows "of" only slightly less, unless it is the amount's own
            distance = -1 if _AMOUNT_OF.fullmatch(low, number_end, start) else distance + 5
        if distance < best_distance:
            best, best_distance = name.lower(), distance
    return re.sub(r"\s+", " ", best) if best else None
