"""Who a figure is about: the country pair and, for flows and aid, the direction.

Each country mention near a number gets a role from the words around it:
  origin  'from Kazakhstan', 'Russian-made', 'Kazakh wheat' (an adjective on goods)
  dest    'to Afghanistan', 'into China', 'for Tajikistan'
  with    'with Uzbekistan', 'between X and Y', 'trade with the five Central Asian states'
  place   'in Termez', 'via Uzbekistan', 'according to the Kazakh side' (not a party)
  actor   anything else: the subject or a possessive ('Kazakhstan's exports')
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .classify import AGGREGATE_PHRASE, BILATERAL_WORDS, COMMODITIES, COUNTRY_REFERENCE_WORDS, WORLD_WORDS
from .countries import AGGREGATE, KAZ, WORLD, Mention, find_mentions
from .text import CAUSE_CUT, GOODS_LIST_WORDS, WORD_START, at_word_start, lower_ascii, trie_regex

_DETERMINERS = r"(?:(?:the|all|other|its|their|four|five|six|fellow|neighbou?ring|member|states?|countries|of|its)\s+){0,4}"
# The *_BEFORE patterns are searched in the 40 characters before every mention. Those whose words open
# with few distinct letters are written to open with the words (at_word_start), not with \b, so that
# the scan jumps to those letters; the others open with the cheaper WORD_START where that pays.
_PLACE_BEFORE = re.compile(r"(?:\baccording\s+to|\bvia|\bthrough|\bin|\bat|\bnear|\bacross|\bcrossing|\btransiting"
                           r"|\bon)\s+(?:the\s+)?$"
                           r"|\b(?:via|through|across)\s+the\s+territory\s+of\s+(?:the\s+)?$")   # transit, not a party
_MOSTLY_TO_WORDS = (r"\b(?:(?:most|much|nearly\s+all|almost\s+all|the\s+bulk)\s+of\s+(?:it|them|which)"
                    r"|mostly|mainly|largely|chiefly|primarily"
                    # "..., with most of the harvest shipped to Russia", "the bulk going to Iran"
                    r"|(?:most|much|the\s+bulk|the\s+majority)(?:\s+of\s+(?:the|this|its|their)\s+[a-z]+)?"
                    r"\s+(?:being\s+)?(?:shipped|sent|exported|going|delivered|destined|headed|bound))\s+(?:to|for)\s+(?:the\s+)?")
_MOSTLY_TO = re.compile(_MOSTLY_TO_WORDS)
_MOSTLY_TO_BEFORE = re.compile(_MOSTLY_TO_WORDS + "$")
_TOP_PARTNER_WORDS = ("leading", "main", "largest", "biggest", "top", "principal", "major", "key")
# "the largest buyer", "the main suppliers": a partner at the head of a ranking
TOP_PARTNER = (r"(?:" + "|".join(_TOP_PARTNER_WORDS) + r")\s+(?:destinations?|buyers?|markets?|importers?"
               r"|purchasers?|customers?|suppliers?|sources?)\b")
_TOP_PARTNER_AFTER = re.compile(r"(?:\s+and\s+\w+)?\s+(?:(?:once\s+again|again|still|remaining|being)\s+)?"
                                r"(?:the|as\s+the)\s+" + TOP_PARTNER)
# "Iran was the largest supplier, with imports worth ...": the copula names the side of the flow
_TOP_ROLE_AFTER = re.compile(r"\s+(?:was|is|remained|remains|became|has\s+been|continued\s+to\s+be)\s+(?:again\s+)?"
                             r"(?:the|its)\s+(?:single\s+)?(?:" + "|".join(_TOP_PARTNER_WORDS) + r")\s+"
                             r"(?:(?P<origin>suppliers?|sources?|exporters?)|buyers?|markets?|importers?|purchasers?"
                             r"|customers?|destinations?)\b")
# "Afghanistan, to which Kazakhstan sent ...": the relative pronoun's case names the side
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b")
_WHICH_AFTER = re.compile(r",\s+(?:(?P<dest>to|for)|from)\s+(?:which|whom)\b")
# a plan, forecast or estimate ("plans to raise the figure to", "officials project", "may reach")
# (not the month in a dateline: "BUCHAREST, May 9 - ...")
_UNSURE = re.compile(r"\b(?:may(?!\s+\d)|might|could|would|will|plans?|planned|project|projects|projected|expects?"
                     r"|expected|forecasts?|forecasted|estimated?|estimates|potential)\b")
# "exports to the Andean countries": a group of partners, not the world
_TO_A_GROUP = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|states|nations|republics"
                         r"|neighbou?rs|markets|members)\b")
_WHERE_FLOW_AFTER = re.compile(r",\s+where\s+(?:\w+\s+){0,3}?(?:exports?|imports?|trade|turnover|sales|shipments|supplies)\b")
_TOP_PARTNER_PHRASE = re.compile(r"\b(?:the|as\s+the)\s+" + TOP_PARTNER)
# the sentence after a total that breaks it down by country ("the largest buyer", not "one of the largest")
_NEXT_LINES = re.compile(r"[^.;]*[.;]?[^.;]*")
_SHARES_NAMED = re.compile(r"\b(?<!of\s)(?:(?:the|[’']s)\s+(?:(?:two|three|four|five)\s+)?"
                           r"(?:largest|main|biggest|top|leading|principal)\s+(?:buyers?|importers?|destinations?|markets?"
                           r"|suppliers?|purchasers?)|(?:almost|nearly|virtually)\s+all\s+of|the\s+bulk\s+of"
                           # "sells to buyers in Türkiye, China and Iran", "Türkiye alone accounted for 41 percent of
                           # shipments", "other major destinations were ..."
                           r"|(?:buyers|customers|importers)\s+(?:in|such\s+as|including)"
                           r"|accounted\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?[\d.]+\s*"
                           r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:shipments|exports|imports|deliveries|supplies|purchases|sales)"
                           r"|(?:other\s+(?:major\s+|main\s+|key\s+)?|major\s+)(?:destinations|markets|buyers))\b")
_THANKED_BEFORE = re.compile(r"\b(?:gratitude|thanks|thanked|grateful|thankful)\s+(?:to\s+)?(?:the\s+)?(?:people\s+of\s+)?$")
_ORIGIN_BEFORE = re.compile(at_word_start("from") + r"\s+(?:the\s+)?(?:(?:government|people)\s+of\s+(?:the\s+)?)?$")
_GOVERNMENT_OF_BEFORE = re.compile(r"\b(?:government|people|ministry\s+of\s+(?:\w+\s+){0,2}\w+|embassy|president)\s+of\s+"
                                   r"(?:the\s+)?(?:republic\s+of\s+)?$")   # "the Ministry of Emergency Situations of the Republic of"
# "6,100 tonnes were bought in", "purchased 286,000 tonnes of wheat in"
_BOUGHT_IN_BEFORE = re.compile(r"\b(?:bought|purchased|procured)(?:\s+[^\s;]+){0,5}?\s+in\s+$")
_REGION_WORDS = r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|neighbou?ring|\w+-hit|\w+-stricken|war-torn)\s+)?"
# the indirect object of a sale is its buyer: "Tajikistan sold Afghanistan electricity worth $92.8 million"
_DEST_BEFORE = re.compile(WORD_START + rf"(?:to|into|for|reached|reaching|entered|crossed\s+into|arrived\s+in"
                         rf"|sold|sells|selling|supplied|supplies|supplying)\s+(?:the\s+)?{_REGION_WORDS}$")
_PROVIDE_BEFORE = re.compile(WORD_START + rf"(?:provid(?:e|es|ed|ing)|furnish(?:es|ed|ing)?)\s+"
                             rf"(?:the\s+(?:people\s+of\s+)?)?{_REGION_WORDS}$")
# "imports from the republic", "exports to its northern neighbour": the other country, by reference
_REFERENCE_ROLE = re.compile(
    WORD_START + r"(?P<prep>from|to|into)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:republic|country|neighbou?r|kingdom|partner)\b")
REFERENCE = "REF"
# "the country's imports from Türkiye": the flow of the country named before
# "the country exported gold worth $1.3 billion": the story's country, with no partner named
_COUNTRY_AS_SUBJECT = re.compile(WORD_START + r"the\s+(?:country|republic)\s+(?:has\s+|had\s+)?(?:exported|imported|shipped"
                                 r"|sold|bought|purchased)\b")
_OWNER_REFERENCE = re.compile(WORD_START + r"the\s+(?:country|republic|kingdom)[’']s\s+(?:\w+\s+){0,3}?"
                              r"(?:exports?|imports?|shipments|purchases|sales|supplies|deliveries)\b")
# "from the Central Asian country", "the country's biggest EU partner": one member, named by reference (not
# "the EU market", the whole bloc)
_ONE_COUNTRY_AFTER = re.compile(r"\s+(?:country|nation|republic|state|neighbou?r"
                                r"|(?:trading\s+|trade\s+)?(?:partner|buyer|supplier|investor)(?!s))\b")
_RECEIVED = re.compile(r"\b(?:receiv|got\b|gets\b|obtain|accept|(?:is|was|were|are|been|be)\s+(?:provided|supplied)\s+with)")
# "for flood victims in northern Kazakhstan", "hospitals of Afghanistan": who the help is for
_BENEFICIARY_WORDS = ("victims", "people", "residents", "population", "families", "citizens", "civilians", "hospitals",
                      "refugees", "survivors")
_BENEFICIARY_BEFORE = re.compile(
    at_word_start("|".join(_BENEFICIARY_WORDS)) + r"\s+(?:in|of)\s+"
    rf"(?:the\s+)?{_REGION_WORDS}(?:(?:region|regions|province|provinces)\s+of\s+)?$")
_SHARE_AFTER = re.compile(r"\s+(?:accounted|accounts|accounting)\s+for\b|\s+made\s+up\b")
# "601,000 tonnes, of which ...": what follows breaks the amount down ("$397.4 million of that total" is a part)
# (after a source's aside: "1.14 million tonnes of flour in January-March, ministry data showed, of which ...")
_OF_WHICH_AFTER = re.compile(r"(?:,\s*(?:[\w-]+\s+){1,3}(?:said|says|reported|showed|shows|show|noted)(?=,))?"
                             r"(?:[,;]?\s*(?:of\s+which|(?:the\s+)?(?:largest|biggest)\s+share)\b|[,;]\s*of\s+(?:this|that)\b"
                             r"|[,;]\s*including\s+(?:about\s+|some\s+|nearly\s+|over\s+)?[\d$])")
# "..., with the UK taking $812.4mn": a partner's part of the total before it (the partner is checked at the call)
_TAKER_AFTER = re.compile(r"[,;]\s*with\s+(?:the\s+)?(?P<taker>(?:[\w’'-]+\s+){1,3}?)(?:alone\s+)?"
                          r"(?:taking|accounting\s+for|receiving|buying|absorbing|purchasing|making\s+up)\b")
# the next sentence opens with a buyer's purchase: "[total] Uzbekistan bought 2.04 million tonnes of grain, ..."
_BUYER_NEXT = re.compile(r"[.!?]?\s*(?P<buyer>(?:[\w’'-]+\s+){1,3}?)(?:bought|purchased|took|imported)\s+"
                         r"(?:about\s+|around\s+|some\s+|over\s+)?\d")
# "..., almost all of it from Kazakhstan", "..., the bulk of which also went to Uzbekistan"
_MOST_OF_IT_AFTER = re.compile(
    r"[,;]?\s*(?:(?:almost|nearly|virtually|practically)\s+)?(?:(?:all|most|much|the\s+bulk|(?:about\s+|over\s+)?half)\s+of"
    r"\s+(?:it|them|which)\s+(?:(?:also|then)\s+)?(?:went\s+to|came\s+from|from|to))\b")
_PRICE_WORDS = ("worth ", "valued at ", "value of ")
# a price after an amount, with its period: "... worth $130 million in 2022, of which"
_PRICE = re.compile(r"(?:us\$|\$|usd\s?)\s?\d[\d.,]*(?:\s*(?:million|billion|mln|bln|bn|mn|thousand)\b)?"
                    r"(?:\s+(?:us\s+)?dollars)?(?:\s+(?:in|during|over|for)\b[^,;.$]{0,30}(?=[,;]))?")
_MAINLY_AFTER = re.compile(r"[,;]?\s*" + GOODS_LIST_WORDS)
_AND_BEFORE = re.compile(at_word_start("and|or") + r"\s+(?:the\s+)?(?P<side>(?:north|south|east|west)(?:ern)?\s+)?$")
_TO_WORD = re.compile(r"\b(?:to|for)\b")
_NEW_CLAUSE_BEFORE = re.compile(r",\s*(?:and|while|whereas|but)\s+$")
_WITH_BEFORE = re.compile(at_word_start("with|between|and|among|of") + rf"\s+{_DETERMINERS}$")
_EVERY_YEAR = re.compile(r"\b(?:annually|per\s+(?:year|annum)|(?:a|each|every)\s+year)\b")
_BALANCE_WORDS = re.compile(r"\b(?:trade\s+(?:deficit|surplus|balance)|balance\s+of\s+(?:trade|payments))\b")
# "imports reached $5.4bn, leaving a deficit of $3.8bn": a balance struck on the amount, so the amount is a total
_BALANCE_AFTER = re.compile(r"[,;]?\s*(?:leaving|resulting\s+in|giving|producing|creating)\s+(?:a|the)\s+"
                            r"(?:(?:trade|negative|positive)\s+)?(?:deficit|surplus|balance)\b")
# "exported a total of 64.3 million tonnes": a flow with one side named is the total ("Overall," is only a
# discourse word: "Overall, Uzbekistan's exports to Afghanistan reached ...")
_TOTAL_WORDS = re.compile(r"\b(?:a\s+total\s+of|in\s+total|altogether"
                          r"|total\s+(?:[\w-]+\s+){1,2}(?:exports?|imports?|shipments|sales|supplies))\b")   # "total coal exports"
# "the foreign trade turnover of Kazakhstan", "foreign direct investment into Kazakhstan": whose trade
# it is, or the host of the investment, not a partner
_OWNER_OF_BEFORE = re.compile(r"(?:trade|turnover|exports?|imports?)\s+of\s+(?:the\s+)?$"
                              r"|(?:investments?|inflows?|fdi)\s+(?:of|in|into|to)\s+(?:the\s+)?(?:economy\s+of\s+(?:the\s+)?)?$")
# "Kazakh wheat", "imports of Uzbek textiles", "bought Russian gasoline": the goods' origin
_ORIGIN_AFTER = re.compile(
    r"-(?:made|produced|origin|grown|assembled)\b|\s+(?:goods|products|produce|exports?\s+to|"
    + trie_regex(COMMODITIES).replace(r"\ ", r"\s+") + r")\b")


_ACTOR_NOUN_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:exports|imports|shipments|deliveries|supplies|sales|purchases|investors?|investments?|capital|companies"
    r"|firms|exporters|importers|traders|buyers|producers|suppliers|businesses|manufacturers|mills|side|government|authorities"
    r"|ministry|embassy)\b")
# "Russian imports amounted to ...", not "Russian imports of wheat": the goods bought from that country
_BARE_IMPORTS_AFTER = re.compile(r"\s+imports\b(?!\s+(?:of|from)\b)")
_TITLE_SUBJECT_AFTER = re.compile(r"[’']s\s+(?:\w+\s+){0,3}?(?:trade|trading|turnover|exports?|imports?|investors?)\b"
                                  r"|\s+(?:imports|exports|imported|exported|buys|bought|sells|sold|ships|shipped)\b")
# "partners in the Eurasian Economic Union", "mutual trade within the EAEU": the group as a whole
_MEMBERS_OF_BEFORE = re.compile(r"\b(?:(?:partners|countries|members|member\s+states|states|nations)\s+(?:in|of|from)"
                                r"|(?:trade|turnover)\s+within)\s+(?:the\s+)?$")
_FLOW_NOUN_AFTER = re.compile(r"(?:[’']s)?\s+(?:exports|imports|sales|supplies|shipments|deliveries)\b")
_TITLE_TRADE_OF = re.compile(r"[’']s\s+(?:(?:foreign|external|overall|total|mutual)\s+)?(?:trade|turnover|exports|imports)\b"
                             r"(?!\s+partner)|[’']s\s+(?:\w+\s+)?(?:trading|trade)\s+partners\b"
                             r"|[’']s\s+(?:\w+\s+)?investors?\b")   # "... Remains Kazakhstan's Top Investor"
POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_FUNDED_BY = re.compile(r"\b(?:(?:funded|financed|paid\s+for|sponsored|sent|dispatched|donated|gifted)\s+by"
                        r"|(?:funding|financing|contributions?|donations?|money)\s+(?:provided\s+)?(?:from|by))"
                        r"\s+(?:the\s+)?(?:(?:government|people)\s+of\s+(?:the\s+)?)?$")
# "two Il-76 aircraft of the Russian Emergencies Ministry", "12 trucks of the Ministry of Emergency Situations of Uzbekistan"
_VEHICLES_OF = re.compile(r"[^,;.]{0,40}?\b(?:aircraft|planes?|airplanes?|trucks|lorries|wagons|vehicles)\s+of\s+(?:the\s+)?"
                          r"((?:ministry|government)\b[^,;.]{0,40}?\bof\s+(?:the\s+)?)?$")
_STATE_BODY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|emergenc\w*|armed\s+forces|army|air\s+force)\b")
# a name in a dashed route's name: "via the Serhetabat–Turgundi railway", "the Kazakhstan–China pipeline"
_ROUTE_NAME_BEFORE = re.compile(r"[^\W\d_][\w’'.]*\s?[–—-]\s?$")
_ROUTE_NAME_AFTER = re.compile(r"(?:\s?[–—-]\s?[^\W\d_][\w’'.]*)*\s+(?:[\w-]+\s+){0,2}?(?:railway|railroad|rail\s+line"
                               r"|line|route|corridor|road|highway|motorway|bridge|pipeline|crossing|checkpoint)\b")
# a country the goods pass through: "transit through Uzbekistan and Turkmenistan"
_ROUTE_BEFORE = re.compile(r"\b(?:via|through|across|crossing|transiting)\s[^,;]*$")
# "a Russian government contribution of $2 million", "the Japanese grant"
_FUNDS_AFTER = re.compile(r"\s+(?:government\s+|state\s+)?(?:contributions?|donations?|grants?|funding)\b")
_FRONTED_TO = re.compile(r"\s*(?:to|for)\s[^,;.]{0,60},")
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")
_REPORTS_AFTER = re.compile(r"\s+(?:reports|reported|said|says|told|announced|informs|informed)\b")
_OPENING = 300   # characters: a dateline and the lead's first sentence
_STATISTICS_BODY = (r"(?:statistics?|statistical|customs)\s+(?:\w+\s+){0,2}?"
                    r"(?:committee|agency|office|bureau|service|administration|department|institute|authority)")
_STATISTICS_OF_BEFORE = re.compile(_STATISTICS_BODY + r"(?:\s+under\s+the\s+president)?\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?$")
_STATISTICS_AFTER = re.compile(r"(?:[’']s)?\s+(?:(?:(?:national|state|main|federal)\s+)?" + _STATISTICS_BODY
                               + r"|bureau\s+of\s+(?:national\s+)?statistics)\b")
_OWNER_GAP = re.compile(r"[’']s\s+")
# a town named for its site or its officials: "Hairatan port", "the Shymkent customs post"
_SITE_AFTER = re.compile(r"\s+(?:port|airport|station|border|crossing|customs|checkpoint|terminal|hub|officials?"
                         r"|director|governor|mayor|authorities|region|province|district|city|oblast)\b")
# "DUSHANBE, 3 June 2021 – ...", "TASHKENT (Reuters) -": the city a story is filed from
_DATELINE_AFTER = re.compile(r",\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s*\(|\s+[–—-]\s")
# "to Dushanbe on Tuesday for onward delivery to Afghanistan": the named place is on the way
_ONWARD_AFTER = re.compile(r"[^.;]{0,50}?\bfor\s+(?:onward|further)\s+(?:\w+\s+)?to\b")


class NoParty(Exception):
    """The figure's pair cannot be told, or is an aggregate: not a bilateral figure."""

    def __init__(self, reason: str, actor: str | None = None):
        super().__init__(reason)
        self.actor = actor   # whose figure it was, for the enumerations that follow

    @property
    def aggregate(self) -> bool:
        """The figure is a region's or a group's ("aggregate partner", "aggregate mover", ...)."""
        return str(self).startswith("aggregate")


@dataclass(slots=True)
class Role:
    iso3: str
    role: str      # 'actor' | 'dest' | 'origin' | 'with' | 'place'
    start: int


class ArticleParties:
    """Country mentions of one article and the pair it is mainly about."""

    def __init__(self, body: str, title: str | None, low: str | None = None):
        self.body = body
        self.low = lower_ascii(body) if low is None else low   # for the word patterns (lower-case)
        self.mentions: list[Mention] = find_mentions(body)
        self._starts = [m.start for m in self.mentions]
        self._roles: list[Role | None] = [None] * len(self.mentions)   # by mention, once read
        self._onward = "onward" in self.low or "further" in self.low   # transit wording at all
        # wordings some role rules need at all: each rule's pattern is tried only in texts that have them
        self._ranked_partner = any(word in self.low for word in _TOP_PARTNER_WORDS)
        self._thanks = "thank" in self.low or "gratitude" in self.low or "grateful" in self.low
        self._bought_in = any(word in self.low for word in ("bought", "purchased", "procured"))
        self._for_people = any(word in self.low for word in _BENEFICIARY_WORDS)
        counts = Counter(m.iso3 for m in self.mentions if m.iso3 != AGGREGATE)
        title_mentions = find_mentions(title) if title else []
        if title:
            for m in title_mentions:
                if m.iso3 != AGGREGATE:
                    counts[m.iso3] += 2
        self.counts = counts
        first = {}
        for m in self.mentions:
            first.setdefault(m.iso3, m.start)
        ranked = sorted(counts, key=lambda iso: (-counts[iso], first.get(iso, 10 ** 9)))
        # the main pair: Kazakhstan and its most frequent partner when Kazakhstan is one of the
        # two most mentioned countries, else the two most mentioned
        # whose statistics the story gives: the title's "Tajikistan's foreign trade ...", else the country whose
        # statistics office the opening speaks for, else Kazakhstan when it is one of the two most named countries,
        # else the most named one
        subject = None
        title_low = lower_ascii(title) if title else ""
        if title:
            subject = next((m.iso3 for m in title_mentions if m.iso3 != AGGREGATE
                            and _TITLE_SUBJECT_AFTER.match(title_low, m.end)), None)
        # "Kazakhstan's foreign trade reaches ...": a story about one country's trade, whose lists are its
        # partners (not "Iran remains Afghanistan's top trading partner")
        self.title_subject = subject if subject and _TITLE_TRADE_OF.search(title_low) else None
        self._title_mover = subject   # "Kazakhstan's grain exports reach ...": whose trade the title tells of
        if subject:
            self.home = subject
        elif (owner := self._statistics_owner()) is not None:
            self.home = owner
        elif KAZ in ranked[:2]:
            self.home = KAZ
        else:
            self.home = ranked[0] if ranked else None
        self.main_partner = next((iso for iso in ranked if iso != self.home), None)
        # "Kazakhstan and Iran discuss increasing trade to $3 billion": a title that names two countries
        # names the pair "bilateral" and "the two countries" stand for
        in_title = list(dict.fromkeys(m.iso3 for m in title_mentions if m.iso3 != AGGREGATE))
        self.title_pair = tuple(in_title) if len(in_title) == 2 else None
        self.title_country = in_title[0] if len(in_title) == 1 else None
        # "Central Asian countries rush aid to quake-hit Türkiye", "UN appeal for Afghanistan": where the story's
        # aid goes (not "Aid from Uzbekistan arrives ...", "Kazakhstan sends aid ...", "Kazakhstan's aid ...", nor the
        # partner in "Trade with Tajikistan collapses")
        self.title_recipient = self.title_country if self.title_country \
            and not _TRADE_OR_FROM_TITLE.search(title_low) \
            and not any(m.iso3 == self.title_country and _GIVER_AFTER.match(title, m.end) for m in title_mentions) \
            else None
        self._ranked = ranked
        self._donor_home: str | None | bool = False
        self._speaker: str | None | bool = False
        self._questions: list[int] | bool = False
        self._title = title

    def _statistics_owner(self) -> str | None:
        """Whose statistics office the article's opening speaks for ("National Statistics Committee ... of the Republic
        of Uzbekistan", "Kyrgyzstan's customs service said"): a release gives its own country's trade. Only the
        opening: a customs office quoted further down is one source among others."""
        end = min(self._lead_end(), _OPENING)
        for m in self.within(0, end):
            if m.iso3 == AGGREGATE:
                continue
            if _STATISTICS_OF_BEFORE.search(self.low, max(0, m.start - 90), m.start) \
                    or _STATISTICS_AFTER.match(self.low, m.end, min(end, m.end + 50)):
                return m.iso3
        return None

    def donor_home(self) -> str | None:
        """Who gives, when an aid sentence does not say: the article's most named country that
        little is sent to (an aid story names its recipient at least as often as its donor)."""
        if self._donor_home is False:
            received = Counter(self._role(k).iso3 for k in range(len(self.mentions)) if self._role(k).role == "dest")
            givers = [iso for iso in self._ranked if 3 * received[iso] < self.counts[iso]]
            # Kazakhstan, when it is one of the story's two countries: the donor these feeds follow
            self._donor_home = KAZ if KAZ in self._ranked[:2] else next(iter(givers), self.home)
        return self._donor_home

    def speaker(self) -> str | None:
        """Whose envoy or official speaks in an interview: "Uzbekistan's Ambassador to Russia", "Uzbek
        Ambassador: ...", from the title and the lead; else, in a question-and-answer interview, the one
        country its title and introduction name."""
        if self._speaker is False:
            self._speaker = None
            lead_end = self.low.find("\n\n", 0, 1500)
            lead_end = min(len(self.low), 1500) if lead_end < 0 else lead_end
            candidates = [(m.end, m.iso3, self.body) for m in self.within(0, lead_end)]
            if self._title:
                candidates = [(m.end, m.iso3, self._title) for m in find_mentions(self._title)] + candidates
            for end, iso3, text in candidates:
                if iso3 not in (AGGREGATE, WORLD) and _SPEAKER_AFTER.match(lower_ascii(text[end:end + 60])):
                    self._speaker = iso3
                    break
            else:
                # an interview whose title and introduction name one country ("Minister of Trade ... told us about
                # the projects with Kazakhstan's neighbours"): the interviewee's
                first_question = self._first_question()
                if first_question is not None:
                    introduced = [*(find_mentions(self._title) if self._title else []), *self.within(0, first_question)]
                    named = {m.iso3 for m in introduced if m.iso3 not in (AGGREGATE, WORLD)}
                    if len(named) == 1:
                        self._speaker = named.pop()
        return self._speaker

    def _first_question(self) -> int | None:
        """Where an interview's first question starts (two or more question lines make an interview)."""
        if self._questions is False:
            self._questions = [m.start() for m in _QUESTION_LINE.finditer(self.low)] if "?" in self.low else []
        return self._questions[0] if len(self._questions) >= 2 else None

    def answering(self, position: int) -> bool:
        """Is `position` in an interview's answer: after the first question, on a line that is no question?"""
        first_question = self._first_question()
        if first_question is None or position < first_question:
            return False
        line_start = self.low.rfind("\n", 0, position) + 1
        return _QUESTION_LINE.match(self.low, line_start) is None

    def partners_owner(self, start: int, end: int) -> str | None:
        """Whose partners a ranking lists: "third place among Kyrgyzstan's trading partners, behind Russia
        with $1.56 billion" - Kyrgyzstan, the side every item shares."""
        if "partner" not in self.low[start:end] and "trade" not in self.low[start:end]:
            return None
        for m in self.within(start, end):
            if m.iso3 not in (AGGREGATE, WORLD) and _PARTNERS_AFTER.match(self.low, m.end, end):
                return m.iso3
        return None

    def counterpart(self, iso3: str) -> str | None:
        """The article's most named country other than `iso3`."""
        return next((iso for iso in self._ranked if iso != iso3 and iso not in (AGGREGATE, WORLD)), None)

    def _arrival_place(self, paragraph, donor: str) -> str | None:
        """Where the paragraph says aid arrives ("aid continues to arrive in Batken region. Kazakhstan has sent
        10 trucks ..."): the recipient, though a place by its words."""
        for m in self.within(*paragraph):
            if m.iso3 not in (AGGREGATE, donor) and _ARRIVAL_BEFORE.search(self.low, max(0, m.start - 30), m.start):
                return m.iso3
        return None

    def lead_donor(self) -> str | None:
        """The country the lead paragraph's aid comes from ("aid from Uzbekistan has arrived", "Uzbekistan has
        sent humanitarian aid to ...")."""
        end = self._lead_end()
        for m in self.within(0, end):
            if m.iso3 != AGGREGATE and m.form != "city" and _SENT_AID_AFTER.match(self.low, m.end):
                return m.iso3
        for m in _AID_FROM.finditer(self.low, 0, end):
            origins = [r.iso3 for r in self._party_roles(m.start(), min(end, m.end() + 40)) if r.role == "origin"]
            if origins:
                return origins[0]
        if self._title:   # "Turkmenistan sends a new humanitarian cargo to the fraternal Afghan people"
            title_low = lower_ascii(self._title)
            return next((m.iso3 for m in find_mentions(self._title) if m.iso3 != AGGREGATE and m.form != "city"
                         and _SENT_AID_AFTER.match(title_low, m.end)), None)
        return None

    def _lead_end(self) -> int:
        end = self.low.find("\n\n")
        return len(self.low) if end < 0 else end

    def lead_recipient(self, donor: str) -> str | None:
        """Where the lead paragraph's aid goes ("Kazakhstan has sent another shipment of humanitarian aid to
        Ukraine"): a country the aid words are sent to."""
        end = self._lead_end()
        for m in _AID_NOUN.finditer(self.low, 0, end):
            for r in self._party_roles(m.end(), min(end, m.end() + 30)):
                if r.role == "dest" and r.iso3 != donor:
                    return r.iso3
        return None

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self.mentions[i:j]

    def countries_in(self, start: int, end: int) -> list[str]:
        return list(dict.fromkeys(m.iso3 for m in self.within(start, end) if m.iso3 != AGGREGATE))   # in order, once

    def nearest_name(self, span: tuple[int, int], q, other_than: str | None = None) -> str | None:
        """The country named by its name or capital (not an adjective: "Kazakh wheat" tells the goods'
        origin) closest to the amount q within span, before or after it."""
        best, best_distance = None, None
        for m in self.within(*span):
            if m.iso3 in (AGGREGATE, other_than) or m.form == "adjective":
                continue
            distance = q.start - m.end if m.end <= q.start else m.start - q.end
            if best_distance is None or distance < best_distance:
                best, best_distance = m.iso3, distance
        return best

    # ------------------------------------------------------------ roles
    def roles(self, start: int, end: int) -> list[Role]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        known = self._roles
        return [known[k] or self._role(k) for k in range(i, j)]

    def _role(self, k: int) -> Role:
        """The role of mention k, from its own surroundings (computed once)."""
        cached = self._roles[k]
        if cached is not None:
            return cached
        for m in (self.mentions[k],):
            before = self.low[max(0, m.start - 40):m.start]
            after = self.low[m.end:m.end + 24]
            if m.start < 3 and m.form in ("capital", "city") and _DATELINE_AFTER.match(self.low, m.end):
                role = "place"   # "DUSHANBE, 3 June 2021 – ...": where the story is filed from
            elif k > 0 and self.mentions[k - 1].iso3 == m.iso3 and self.mentions[k - 1].form in ("capital", "city") \
                    and self.low[self.mentions[k - 1].end:m.start] == ", ":
                role = self._role(k - 1).role   # "in Termez, Uzbekistan": the city's country is where the city is
            elif self._onward and _ONWARD_AFTER.match(self.low, m.end, min(len(self.low), m.end + 80)):
                role = "place"   # "to Dushanbe ... for onward delivery to Afghanistan": a transit point
            elif "which" in after and (which := _WHICH_AFTER.match(after)):
                role = "dest" if which.group("dest") else "origin"
            elif after.startswith(", where ") and m.iso3 != AGGREGATE and _WHERE_FLOW_AFTER.match(self.low, m.end):
                role = "with"    # "followed by India, where Afghan exports were worth $318 million": the market
            elif _SHARE_AFTER.match(after) and not _ORIGIN_BEFORE.search(before) and not _DEST_BEFORE.search(before):
                # "Kazakhstan accounted for $421.3 million of that": a partner's share (not "Imports from Kazakhstan
                # accounted for $1.09 billion", its flow's origin)
                role = "with"
            elif self._ranked_partner and (top := _TOP_ROLE_AFTER.match(self.low, m.end, m.end + 60)):
                role = "origin" if top.group("origin") else "dest"   # "Iran was the largest supplier"
            elif self._ranked_partner and _TOP_PARTNER_AFTER.match(self.low, m.end, m.end + 60):
                role = "place"   # "..., with Afghanistan once again the leading destination": the total's top buyer
            elif self._thanks and _THANKED_BEFORE.search(before):
                role = "origin"  # "expressed gratitude to the Chinese side for the assistance": the giver
            elif m.form == "adjective" and _DEST_BEFORE.search(before) and not _PLACE_BEFORE.search(before):
                role = "dest"    # "shipped to Uzbek buyers", "to Turkish textile companies"
            elif m.form == "adjective" and self.title_subject not in (None, m.iso3) and _BARE_IMPORTS_AFTER.match(after):
                role = "origin"  # "Russian imports amounted to $5.1 billion" in a story of Uzbekistan's trade: from Russia
            elif m.form == "adjective" and _ACTOR_NOUN_AFTER.match(after) and not _PLACE_BEFORE.search(before):
                role = "actor"   # "with Kazakh exports accounting for", "Afghan traders bought"
            elif m.form == "adjective" and _ORIGIN_AFTER.match(after) or after.startswith("-made"):
                role = "origin"
            elif m.iso3 == AGGREGATE and _MEMBERS_OF_BEFORE.search(before):
                role = "with"    # "trade with Kazakhstan's partners in the Eurasian Economic Union": the group
            elif self._bought_in and _BOUGHT_IN_BEFORE.search(self.low, max(0, m.start - 70), m.start):
                role = "origin"  # "6,100 tonnes were bought in Russia": where it came from, not where it happened
            elif self._for_people and _BENEFICIARY_BEFORE.search(before) and not _ORIGIN_BEFORE.search(before):
                role = "dest"    # "for civilians in Gaza", "flood victims in Batken" (not "from the people of Japan")
            elif _PROVIDE_BEFORE.search(before) and after.startswith(" with "):
                role = "dest"    # "to provide Afghanistan with 10,000 tonnes of flour": who gets it
            elif (_ROUTE_NAME_BEFORE.search(before) or after.startswith(("–", "—", "-"))) \
                    and _ROUTE_NAME_AFTER.match(self.low, m.end, m.end + 80):
                role = "place"   # "dispatched via the Serhetabat–Turgundi railway line": a route, not a party
            elif _PLACE_BEFORE.search(before) or _MOSTLY_TO_BEFORE.search(before):
                # "19.4 tons of gold were exported, most of it to Switzerland": the total's main buyer, not its partner
                role = "place"
            elif _ORIGIN_BEFORE.search(before):
                role = "origin"
            elif _DEST_BEFORE.search(before):
                role = "dest"
            elif (listed := _AND_BEFORE.search(before)) and k > 0 \
                    and m.start - self.mentions[k - 1].end - len(listed.group("side") or "") <= 12 \
                    and "," not in self.low[self.mentions[k - 1].end:m.start] \
                    and self._role(k - 1).role in ("place", "dest", "origin"):
                role = self._role(k - 1).role   # "through Uzbekistan and Turkmenistan", "to X and Y"
            elif m.form == "city" and _SITE_AFTER.match(after):
                role = "place"   # "the Hairatan port director told ...": where, not who
            elif k > 0 and m.start - self.mentions[k - 1].end <= 2 \
                    and self.low.startswith(",", self.mentions[k - 1].end) \
                    and self._role(k - 1).role == "place" and (m.form == "city" or _ROUTE_BEFORE.search(
                        self.low, max(0, self.mentions[k - 1].start - 40), self.mentions[k - 1].start)):
                # "is being distributed in Balkh, Samangan and Jowzjan provinces", "after crossing Turkmenistan, Iran
                # and eastern Türkiye"
                role = "place"
            elif m.form != "adjective" and _NEW_CLAUSE_BEFORE.search(before):
                role = "actor"   # "..., and Kazakhstan sent 10 wagons of flour": the subject of a new clause
            elif _GOVERNMENT_OF_BEFORE.search(before):
                role = "actor"   # "The Government of Japan has provided US$1.3 million": the government acts
            elif _WITH_BEFORE.search(before) and not POSSESSIVE_AFTER.match(self.low, m.end):
                # "trade with Uzbekistan" - but "an aircraft of Russia's ministry" is Russia's
                role = "with"
            else:
                role = "actor"
            self._roles[k] = Role(m.iso3, role, m.start)
        return self._roles[k]

    def _length(self, role: Role) -> int:
        i = bisect.bisect_left(self._starts, role.start)
        return self.mentions[i].end - self.mentions[i].start

    def _owns(self, role: Role, at: int) -> bool:
        """The mention is the possessive owner of what starts at `at` ("Kazakhstan's overall exports")."""
        return bool(_OWNER_GAP.fullmatch(self.low, role.start + self._length(role), at))

    def actor(self, start: int, end: int) -> str | None:
        return next((r.iso3 for r in self.roles(start, end) if r.role == "actor" and r.iso3 != AGGREGATE), None)

    def is_aggregate(self, clause: tuple[int, int], number_start: int) -> bool:
        """The counterpart is a region or grouping: 'trade with CIS countries reached ...'."""
        if AGGREGATE_PHRASE.search(self.low, clause[0], number_start):
            return True
        partner_roles = [r for r in self.roles(clause[0], number_start) if r.role in ("with", "dest", "origin")
                         and not self._one_of_region(r)]
        if partner_roles and partner_roles[-1].iso3 == AGGREGATE:
            return True
        if not partner_roles:
            if BILATERAL_WORDS.search(self.low, clause[0], number_start):
                return False   # "to raise bilateral trade to US$10 billion and ..., one of its key partners in Central Asia"
            # up to a relative clause about something else ("..., which carries cargo between Central Asia and ...")
            relative = _RELATIVE_AFTER.search(self.low, number_start, clause[1])
            after = [r for r in self.roles(number_start, relative.start() if relative else clause[1])
                     if r.role in ("with", "dest", "origin") and not self._one_of_region(r)]
            if after:
                return after[0].iso3 == AGGREGATE
            # "an offer of $3.8 billion in financing to the five countries"
            return bool(AGGREGATE_PHRASE.search(self.low, number_start, clause[1]))
        return False

    def _one_of_region(self, role: Role) -> bool:
        """"from the Central Asian country": one country of the region, named by reference."""
        if role.iso3 != AGGREGATE:
            return False
        i = bisect.bisect_left(self._starts, role.start)
        return bool(_ONE_COUNTRY_AFTER.match(self.low, self.mentions[i].end))

    # ------------------------------------------------------------ context partners
    def context_partner(self, exclude: str, spans, allow_article: bool) -> str | None:
        """The other country from the given spans in turn, then (if allowed) the article's main pair."""
        for span in spans:
            found = Counter(r.iso3 for r in self.roles(*span) if r.iso3 not in (AGGREGATE, exclude) and r.role != "place")
            if found:
                return max(found, key=lambda iso: (found[iso], self.counts.get(iso, 0)))
        if allow_article:
            if exclude != self.home and self.home:
                return self.home
            return self.main_partner
        return None

    # ------------------------------------------------------------ symmetric pair
    def pair(self, segment, clause, sentence, paragraph, number_start, context_reporter=None) -> tuple[str, str]:
        """(reporter, partner) for turnover/target/deal/investment."""
        if self.is_aggregate(clause, number_start):
            raise NoParty("aggregate partner", self.actor(clause[0], clause[1]))
        text = self.low[clause[0]:clause[1]]
        segment_countries = self.countries_in(*segment)
        if len(segment_countries) < 2 and BILATERAL_WORDS.search(self.low, segment[0], segment[1]):
            # "trade between the two countries": the pair the sentence names, else the article's pair
            # (not the route: "... to $500 million, including by simplifying transit through Uzbekistan and Turkmenistan")
            in_sentence = list(dict.fromkeys(r.iso3 for r in self.roles(*sentence) if r.iso3 != AGGREGATE and not (
                r.role == "place" and _ROUTE_BEFORE.search(self.low, max(sentence[0], r.start - 40), r.start))))
            if len(in_sentence) < 2:
                # "Kazakhstan and Egypt have been expanding ties. In 2023, trade between the two countries ...":
                # the pair the sentence before names outranks the title's
                # (not a place: "the length of the route through Kazakhstan")
                before = list(dict.fromkeys(r.iso3 for r in self.roles(
                    max(paragraph[0], self.low.rfind(". ", paragraph[0], sentence[0] - 1)), sentence[0])
                    if r.iso3 != AGGREGATE and r.role != "place"))
                if len(before) == 2 and (not in_sentence or in_sentence[0] in before):
                    return ordered_pair(before[0], before[1], self.home)
            if self.title_pair and (len(in_sentence) < 2 or set(self.title_pair) <= set(in_sentence)):
                return ordered_pair(*self.title_pair, self.home)
            if len(in_sentence) >= 2:
                return ordered_pair(in_sentence[0], in_sentence[1], self.home)
            if self.home and self.main_partner:
                return ordered_pair(self.home, self.main_partner, self.home)
        # not the source the figure is quoted from ("it reached USD 1.2 bln, according to Uzbek statistics")
        countries = segment_countries or [m.iso3 for m in self.within(*clause) if m.iso3 != AGGREGATE
                                          and not _SOURCE_BEFORE.search(self.low, max(0, m.start - 16), m.start)]
        countries = list(dict.fromkeys(countries))
        if WORLD_WORDS.search(text) and not BILATERAL_WORDS.search(text) and len(countries) <= 1 \
                and not any(r.role in ("with", "origin", "dest") and r.iso3 != AGGREGATE
                            and not _OWNER_OF_BEFORE.search(self.low, max(0, r.start - 40), r.start)
                            for r in self.roles(clause[0], number_start)):
            if countries:
                return countries[0], WORLD
            # "Overall, the country's foreign trade turnover ... reached": the one country its paragraph names before,
            # else whose figures the story is giving, else the home country
            named = self.countries_in(paragraph[0], number_start)
            return (named[0] if len(named) == 1 else context_reporter or self.home or KAZ), WORLD
        if not countries and any(r.iso3 == AGGREGATE and r.role == "actor" for r in self.roles(clause[0], number_start)):
            # "The International Finance Corporation has invested more than US$2.7 billion in the country"
            raise NoParty("aggregate party")
        if len(countries) == 1 and any(r.iso3 == AGGREGATE and r.role != "place" and not self._one_of_region(r)
                                       for r in self.roles(*clause)):
            # "The European Union remains Kazakhstan's largest trading partner, with trade reaching $41.2 billion"
            raise NoParty("aggregate party", countries[0])
        if len(countries) == 1:
            only = countries[0]
            reporter = context_reporter if context_reporter and context_reporter != only else self.home
            if reporter and reporter != only and not BILATERAL_WORDS.search(text):
                return ordered_pair(reporter, only, self.home)
            other = self.context_partner(only, (sentence, paragraph), allow_article=True)
            if other is None:
                raise NoParty("no partner")
            return ordered_pair(only, other, self.home)
        if not countries:
            countries = self.countries_in(*sentence)
            if len(countries) == 1:
                return self.pair(sentence, sentence, sentence, paragraph, number_start, context_reporter)
        if not countries:
            # a place ("despite the situation in Afghanistan") is no side of the paragraph's trade
            para = Counter(r.iso3 for r in self.roles(*paragraph) if r.iso3 != AGGREGATE and r.role != "place")
            others = [iso for iso in para if iso != self.home]
            if self.home and others:
                countries = [self.home, max(others, key=lambda iso: (para[iso], self.counts.get(iso, 0)))]
            elif self.home and self.main_partner:
                countries = [self.home, self.main_partner]
            else:
                raise NoParty("no countries")
        if KAZ in countries:
            reporter = KAZ
        elif self.home in countries:
            reporter = self.home
        else:
            reporter = countries[0]
        self._one_counterpart(segment, clause, reporter)
        return reporter, next(c for c in countries if c != reporter)

    def _one_counterpart(self, segment, clause, reporter: str) -> None:
        """'trade with Uzbekistan and Kyrgyzstan', 'exports, mainly to Uzbekistan and Afghanistan': a sum
        over several partners is no bilateral figure."""
        roles = self._party_roles(*segment) or self._party_roles(*clause)
        partners = {r.iso3 for r in roles if r.role in ("with", "dest", "origin") and r.iso3 != reporter}
        if len(partners) > 1:
            raise NoParty("several partners", reporter)

    # ------------------------------------------------------------ flows
    def flow(self, kind, segment, clause, sentence, paragraph, number_start,
             context_reporter=None, own_end: int | None = None, fill_start: int | None = None,
             pair_before: tuple[str, str] | None = None) -> tuple[str, str, str]:
        """(kind, reporter, partner) of an export/import, from Kazakhstan's side when it is a party."""
        if self.is_aggregate(clause, number_start):
            raise NoParty("aggregate partner", self.actor(clause[0], clause[1]))
        if any(m.iso3 == AGGREGATE and _FLOW_NOUN_AFTER.match(self.low, m.end) for m in self.within(segment[0], number_start)):
            raise NoParty("aggregate mover")   # "EU exports to Kyrgyzstan rose to 2.4 billion euros"
        segment_roles = self._party_roles(*segment)
        # the words before the number, for what the figure's own words leave out; from the start of
        # its own words when they state a flow of their own ("..., imports amounted to $25.5 million")
        clause_roles = self._party_roles(clause[0] if fill_start is None else fill_start, number_start)
        # "amounted to 601,000 tonnes, of which Afghanistan accounted for ...", "..., the bulk of which went to
        # Uzbekistan": what follows is the breakdown
        # (after the amount's price: "965,300 tons of wheat worth $262.4 million, of which ...")
        after = self._past_price(segment[1])
        taker = _TAKER_AFTER.match(self.low, after)
        breakdown = bool(_OF_WHICH_AFTER.match(self.low, after) or _MOST_OF_IT_AFTER.match(self.low, after)
                         or taker and any(m.iso3 != AGGREGATE for m in self.within(*taker.span("taker"))))
        # "..., with Kazakhstan, Russia and China the largest buyers": who bought the total, not who moved it
        buyers_after = _TOP_PARTNER_PHRASE.search(self.low, number_start, sentence[1]) is not None
        if not segment_roles and not clause_roles and (fill_start is None or fill_start <= clause[0]) \
                and not breakdown and not buyers_after:
            clause_roles = self._party_roles(*clause)
        world_phrase = None
        for m in WORLD_WORDS.finditer(self.low, max(clause[0], number_start - 80), number_start):
            world_phrase = m
        if world_phrase is not None:
            # "46 percent of all Kazakh flour exports, which totaled 2.5 million tonnes": the phrase's owner only
            # its owner named before it stays ("Kazakhstan's overall exports to China rose to $7.8 billion")
            kept = world_phrase.start()
            segment_roles = [r for r in segment_roles if r.start >= kept or self._owns(r, kept)]
            clause_roles = [r for r in clause_roles if r.start >= kept or self._owns(r, kept)]
        exporter, importer = _flow_sides(kind, segment_roles or clause_roles, self.home, context_reporter)
        home_totals = False
        if segment_roles and (exporter is None or importer is None):
            other_exporter, other_importer = _flow_sides(kind, clause_roles, self.home, context_reporter)
            if exporter is None and other_exporter not in (None, importer):
                exporter = other_exporter
            if importer is None and other_importer not in (None, exporter):
                importer = other_importer
        reference = _REFERENCE_ROLE.search(self.low, segment[0], segment[1]) \
            or _REFERENCE_ROLE.search(self.low, clause[0], clause[1])
        if reference:
            if reference.group("prep").lower() == "from" and exporter is None:
                exporter = REFERENCE
            elif reference.group("prep").lower() != "from" and importer is None:
                importer = REFERENCE
        if exporter is None and importer is None:
            # no country in the figure's own words: the flow of the country the story is about
            # ("Uzbekistan's trade with Kazakhstan ... Exports to Kazakhstan ..., and imports reached ...")
            named_to = number_start if breakdown or buyers_after else sentence[1]
            mostly = _MOSTLY_TO.search(self.low, number_start, named_to)
            if mostly and self.within(mostly.start(), mostly.end() + 1):
                named_to = mostly.start()   # "..., most of it to Switzerland": the buyer, not the mover
            sentence_countries = self.countries_in(sentence[0], named_to)
            if context_reporter:
                known = context_reporter
            elif sentence_countries:
                known = sentence_countries[0]
            elif self.home and (self._refers(reference, sentence)
                                or any(m.iso3 == self.home for m in self.within(*paragraph))):
                known = self.home
            elif self.home and (
                    # "Grain exports over the seven months came to 4.9 million tonnes. Uzbekistan bought 2.04 million
                    # tonnes, ...": its buyers are named after it
                    kind == "export" and not self.within(paragraph[0], sentence[1])
                    and (buyer := _BUYER_NEXT.match(self.low, sentence[1])) is not None
                    and any(m.iso3 not in (self.home, AGGREGATE) for m in self.within(*buyer.span("buyer")))
                    # or in the sentence: "Cherry exports alone reached 98,200 tons, with most of the harvest shipped to
                    # Russia and China"
                    or kind == "export" and mostly and named_to == mostly.start()
                    and not self.within(paragraph[0], named_to)
                    # "Last year, the country's fruit and vegetable exports reached $1.95 billion", in a paragraph
                    # naming no country
                    or _OWNER_REFERENCE.search(self.low, clause[0], number_start) is not None
                    and not self.within(*paragraph) and not BILATERAL_WORDS.search(self.low, *paragraph)
                    # "Uzbekistan Economic Update": "Total exports of goods and services reached US$14 billion, while
                    # imports climbed to US$19.4 billion"
                    or self.home == self.title_country and WORLD_WORDS.search(self.low, *sentence) is not None
                    and not self.within(*paragraph)):
                known, home_totals = self.home, True   # the totals of the country the story is about
            else:
                raise NoParty("no countries")
            if known == self._title_mover == self.title_country and not sentence_countries \
                    and all(m.iso3 == known for m in self.within(*paragraph)):
                # so are the bare flows of a story whose title tells of the country's own trade, in a paragraph
                # that names no partner ("Kazakhstan's grain exports reach ...": "wheat exports amounted to ...")
                home_totals = True
            if kind == "export":
                exporter = known
            else:
                importer = known
        if REFERENCE in (exporter, importer):
            known = importer if exporter == REFERENCE else exporter
            named = self.countries_in(sentence[0], segment[0]) if known in (None, REFERENCE) else []
            if len(named) >= 2 and (not context_reporter or context_reporter in named):
                # "Russian exports to Kazakhstan stood at $12.8 billion and imports from the republic at
                # $4.9 billion": the reference is the country last named, the other side the first
                known = named[0] if named[0] != named[-1] else named[1]
                if exporter == REFERENCE:
                    importer = known
                else:
                    exporter = known
            elif known in (None, REFERENCE):
                # "Pakistan's exports to Afghanistan rose ... In December alone, exports to the neighbouring country
                # stood at ...": the side the story is giving, else the home country
                known = context_reporter or self.home
                if exporter == REFERENCE:
                    importer = known
                else:
                    exporter = known
            # "German exports to Kyrgyzstan climbed ... Poland's exports to the country doubled": the country
            # last named by its name in the paragraph, else whom the context gives
            resolved = self._last_named(paragraph[0], reference.start(), known)
            if resolved is None and known == self.home and context_reporter in (None, known):
                # "Uzbek mills shipped 480,000 tons of flour to the southern neighbour. Most of the grain is bought in
                # Kazakhstan": a country the paragraph names only later is not the one referred to, the story's other is
                resolved = self.context_partner(known, (sentence, (paragraph[0], reference.start())), False) \
                    or self.counterpart(known)
            resolved = resolved or self._other_side(known, sentence, paragraph, True, context_reporter, pair_before)
            exporter, importer = (resolved, importer) if exporter == REFERENCE else (exporter, resolved)
        mover, other = (exporter, importer) if kind == "export" else (importer, exporter)
        if mover is None and other is not None and (own := _OWNER_REFERENCE.search(self.low, clause[0], number_start)):
            # "According to Uzbekistan's statistics committee, the country's imports from Türkiye ...": the mover
            # is the country last named by its name before the words
            owner = self._last_named(paragraph[0], own.start(), other)
            if owner is not None:
                exporter, importer = exporter or owner, importer or owner
        if (exporter is None) != (importer is None) and (source := self._quoted_statistics(sentence[0], number_start)) \
                and source not in (exporter, importer):
            # "According to Kazakhstan's Bureau of National Statistics, flour exports to Afghanistan fell to ...":
            # the statistics are of their country's own flows
            exporter, importer = exporter or source, importer or source
        if (exporter is None) != (importer is None):
            # one side unknown: the rest of the world, or the other side the context gives
            world = bool(home_totals or world_phrase or WORLD_WORDS.search(self.low, clause[0], max(segment[1], number_start))
                         or _TOTAL_WORDS.search(self.low, sentence[0], number_start)
                         # "Overall, Kazakhstan exported 2.33 million tonnes of flour" (not "Overall, X's trade with Y ...")
                         or self.low.startswith("overall,", sentence[0]) and len(self.countries_in(sentence[0], number_start)) <= 1) \
                and not BILATERAL_WORDS.search(self.low, clause[0], clause[1])
            if not world and _MOST_OF_IT_AFTER.match(self.low, after):
                world = True   # "imported 1.13 million tons of wheat, almost all of it from Kazakhstan": the total
            top = _TOP_PARTNER_PHRASE.search(self.low, number_start, clause[1]) if not world else None
            if top and (exporter or importer) not in self.countries_in(number_start, top.start()):
                world = True   # "exported 1.07 million tonnes, with Afghanistan the leading destination": the total
            if not world and (_BALANCE_WORDS.search(self.low, paragraph[0], number_start)
                              or _BALANCE_AFTER.match(self.low, after)) \
                    and set(self.countries_in(paragraph[0], number_start)) <= {exporter or importer}:
                world = True   # "Afghanistan's trade deficit is a challenge ... Afghanistan's imports reached $4.6 billion"
            if not world and _EVERY_YEAR.search(self.low, number_start, segment[1]):
                world = True   # "Kazakhstan exports around 70 million tonnes of crude oil annually": its yearly total
            if not world and (mostly := _MOSTLY_TO.search(self.low, number_start, clause[1])) \
                    and self.within(mostly.start(), mostly.end() + 1):
                # "19.4 tons of gold were exported, most of it to Switzerland", "..., mainly to Uzbekistan and Iran":
                # the total, whose main buyers are named
                world = True
            if not world and breakdown:
                world = True   # "exported fruit worth $1.49 billion, of which Kazakhstan accounted for ...": the total
            if not world and self._buyers_follow(exporter or importer, sentence):
                world = True   # "Exports reached 9.6 million tonnes. Uzbekistan, the largest buyer, took ...": the total
            if not world and self.title_subject == (exporter or importer) \
                    and _COUNTRY_AS_SUBJECT.search(self.low, clause[0], number_start) \
                    and not any(m.iso3 not in (exporter, importer, AGGREGATE) for m in self.within(*paragraph)):
                world = True   # "Uzbekistan's foreign trade in Q1": "... the country exported gold worth $1.3 billion"
            if not world and _COUNTRY_AS_SUBJECT.search(self.low, clause[0], number_start) \
                    and set(self.countries_in(sentence[0], sentence[1])) <= {exporter or importer} \
                    and len(set(self.countries_in(*paragraph)) - {exporter or importer}) >= 2:
                # "Afghanistan gets most of its fuel from Iran, Turkmenistan and Uzbekistan. ... the country imported
                # fuel worth $1.6 billion": among several partners, none named with the amount, the total
                world = True
            # "..., as neighbours in Central Asia and Afghanistan kept buying": the buyers of a cause cut off the clause
            cause_after = CAUSE_CUT.match(self.body, clause[1]) is not None
            if not world and not context_reporter and not self._refers(reference, sentence) \
                    and (exporter or importer) in self.countries_in(sentence[0], number_start) \
                    and not BILATERAL_WORDS.search(self.low, paragraph[0], paragraph[1]) \
                    and not _UNSURE.search(self.low, sentence[0], number_start) \
                    and not _TO_A_GROUP.search(self.low, clause[0], clause[1]) \
                    and not any(m.iso3 not in (exporter, importer, AGGREGATE) for m in self.within(*paragraph)
                                if not (cause_after and clause[1] <= m.start < sentence[1])):
                # "Uzbekistan exported 318,600 tonnes of fruit and vegetables worth $284.5 million", in a paragraph
                # that names no other country: the mover's total (unless it is a plan, a forecast or an estimate)
                world = True
            # the world is the other side of a flow, never its mover ("gold was shipped abroad, mostly to the UK")
            if world and (importer if kind == "export" else exporter) is None:
                exporter, importer = exporter or WORLD, importer or WORLD
            else:
                known = exporter or importer
                # "The trade turnover between the two countries ... In January-August 2022, it amounted to $319 million,
                # with Kazakh exports reaching $121 million": a paragraph about the pair's trade
                refers = self._refers(reference, sentence) \
                    or bool(BILATERAL_WORDS.search(self.low, paragraph[0], number_start))
                other = self._other_side(known, sentence, paragraph, refers, context_reporter, pair_before)
                exporter, importer = exporter or other, importer or other
        # "Kazakhstan exported 520,000 tons of flour to Uzbekistan and Afghanistan": a sum over partners
        mover = exporter if kind == "export" else importer
        ends = ("dest", "with") if kind == "export" else ("origin", "with")
        own_to = segment[1]
        if own_end and own_end > segment[1] and _MAINLY_AFTER.match(self.low, segment[1]):
            own_to = own_end   # "..., mainly to Uzbekistan and Afghanistan"
        own = self._party_roles(segment[0], own_to)
        if len({r.iso3 for r in own if r.role in ends and r.iso3 != mover}) > 1:
            raise NoParty("several partners", mover)
        return flow_row(kind, exporter, importer)

    def _past_price(self, at: int) -> int:
        """Where the words after an amount go on, past the price that may follow it ("... worth $262.4 million")
        and the price's period."""
        if self.low.endswith(_PRICE_WORDS, max(0, at - 12), at) and (price := _PRICE.match(self.low, at)):
            return price.end()
        return at

    def funders(self, start: int, end: int) -> list[str]:
        """The countries named as paying for or sending aid ("funded by Germany", "with funding from the Russian
        Federation", "22 wagons sent by Kazakhstan")."""
        return [m.iso3 for m in self.within(start, end)
                if m.iso3 != AGGREGATE and (_FUNDED_BY.search(self.low, max(0, m.start - 60), m.start)
                                            or _FUNDS_AFTER.match(self.low, m.end))]

    def _vehicles_owner(self, number_start: int, end: int) -> list[str]:
        """The country whose state body owns the counted vehicles: "two Il-76 aircraft of the Russian Emergencies
        Ministry", "1 aircraft of the Ministry of Defence of Kazakhstan"."""
        return [m.iso3 for m in self.within(number_start, end)
                if m.iso3 != AGGREGATE and (vehicles := _VEHICLES_OF.match(self.low, number_start, m.start))
                and (vehicles.group(1) or _STATE_BODY_AFTER.match(self.low, m.end))][:1]

    def _last_named(self, start: int, end: int, other_than: str | None) -> str | None:
        """The country last named by its name (not an adjective: "Russian wheat") in [start, end), the subject of
        the words first ("Kyrgyzstan's exports to Kazakhstan ... the country's main export item": Kyrgyzstan)."""
        named = [(k, m) for k, m in enumerate(self.mentions) if start <= m.start and m.end <= end
                 and m.form == "name" and m.iso3 not in (other_than, AGGREGATE)]
        subject = next((m.iso3 for k, m in reversed(named) if self._role(k).role == "actor"), None)
        return subject or (named[-1][1].iso3 if named else None)

    def _buyers_follow(self, known: str, sentence) -> bool:
        """The sentence names no other country, and the next lines name the buyers or suppliers one by one."""
        if any(iso not in (known, AGGREGATE) for iso in self.countries_in(*sentence)):
            return False
        following = _NEXT_LINES.match(self.low, sentence[1], sentence[1] + 260).end()
        return bool(_SHARES_NAMED.search(self.low, sentence[1], following)) \
            and any(iso not in (known, AGGREGATE) for iso in self.countries_in(sentence[1], following))

    def _quoted_statistics(self, start: int, end: int) -> str | None:
        """The country whose statistics office or customs the words before the figure quote."""
        return next((m.iso3 for m in self.within(start, end) if m.iso3 != AGGREGATE and m.form != "city"
                     and _STATISTICS_AFTER.match(self.low, m.end)), None)

    def _refers(self, reference, sentence) -> bool:
        """The figure's words name the other country by a word ("imports from the republic"), or its
        sentence does ("the country", "bilateral")."""
        return bool(reference) or bool(COUNTRY_REFERENCE_WORDS.search(self.low, sentence[0], sentence[1]))

    def _party_roles(self, start: int, end: int) -> list[Role]:
        return [r for r in self.roles(start, end) if r.iso3 != AGGREGATE and r.role != "place"]

    def _other_side(self, known: str, sentence, paragraph, refers: bool, context_reporter=None,
                    pair_before=None) -> str:
        """The flow's missing end: whose figures the story is listing, else the home country, else context, else
        the other side of the turnover just given (pair_before)."""
        if context_reporter and context_reporter != known:
            return context_reporter
        if self.title_country not in (None, known):
            return self.title_country
        if known != self.home and self.home:
            return self.home
        other = self.context_partner(known, (sentence, paragraph), allow_article=refers)
        if other is None and self.title_country not in (None, known):
            other = self.title_country   # "GIEWS Country Brief: Tajikistan": its "imports of wheat from Kazakhstan"
        if other is None and pair_before and known in pair_before:
            # "Trade between Kazakhstan and Kyrgyzstan made up USD 1.3 bln. [next paragraph] Export amounted to ..."
            other = pair_before[1] if known == pair_before[0] else pair_before[0]
        if other is None:
            raise NoParty("no partner for the flow", known)
        return other

    # ------------------------------------------------------------ aid
    def aid(self, segment, clause, sentence, paragraph, number_start, last_recipient=None,
            last_donor=None) -> tuple[str, str]:
        """(donor, recipient)."""
        group = AGGREGATE_PHRASE.search(self.low, segment[0], segment[1])
        if group is not None and group.group().startswith("from"):
            raise NoParty("aggregate donor")   # "1,700 tonnes of aid from foreign countries and organizations"
        roles = self._party_roles(*segment)
        if not any(r.role == "dest" for r in roles) and _RECIPIENT_GROUP.search(self.low, *sentence):
            raise NoParty("several recipients")   # "humanitarian assistance to 10 countries, worth about USD 12 mln"
        named_after = [m for m in self.within(number_start, segment[1]) if m.iso3 != AGGREGATE]
        if any(a.iso3 != b.iso3 and JOINED.fullmatch(self.low, a.end, b.start)
               and _RECIPIENT_BEFORE.search(self.low, max(number_start, a.start - 12), a.start)
               for a, b in zip(named_after, named_after[1:])):
            raise NoParty("several recipients")   # "$1.5 million to WFP's programmes in Afghanistan and Tajikistan"
        said_from = segment[0]
        if not roles:
            roles, said_from = self._party_roles(*clause), clause[0]   # the clause's words stand in for the figure's
        # the giver is named before the amount ("Kazakhstan's assistance", "Uzbekistan dispatched");
        # a country named after it is where the aid went ("handed to the Afghan authorities")
        recipients = [r.iso3 for r in roles if r.role == "dest"]
        # a country named after it, after "to"/"for", is where the aid went ("handed to the Afghan
        # authorities") - but not the donor's own city ("is due to leave Almaty")
        later = [r.iso3 for r in roles if r.start > number_start and r.role not in ("origin", "dest")
                 and _TO_WORD.search(self.low, number_start, r.start)
                 and not _NEW_CLAUSE_BEFORE.search(self.low, max(number_start, r.start - 12), r.start)]
        roles = sorted(roles, key=lambda r: not POSSESSIVE_AFTER.match(self.body, r.start + self._length(r)))
        if _RECEIVED.search(self.low, said_from, number_start):
            # "Kyrgyzstan received 10 wagons of coal from Kazakhstan": the subject is the recipient
            recipients += [r.iso3 for r in roles if r.role == "actor" and r.start < number_start]
        # "a WFP shipment of 5,000 tonnes of Kazakh flour, funded by Germany": who pays gives, not where the goods are from
        donors = [iso for iso in self.funders(*clause) + self._vehicles_owner(number_start, segment[1])
                  if iso not in recipients]
        donors += [r.iso3 for r in roles if r.role == "origin" and r.iso3 not in recipients]
        donors += [r.iso3 for r in roles if r.role == "actor" and r.start < number_start and r.iso3 not in recipients]
        # "The total value of the Uzbek aid is estimated at $1.5 million", "the Uzbek convoy of 15 trucks": the aid's
        # adjective gives it; "The Cabinet of Ministers of Kyrgyzstan allocated 50 million soms": the body's country
        # gives
        donors += [r.iso3 for r in roles if r.role == "with" and r.start < number_start and r.iso3 not in recipients
                   and (_AID_NOUN_AFTER.match(self.low, end := r.start + self._length(r))
                        or _GIVER_AFTER.match(self.low, end))]
        if not donors:
            # "Kazakhstan's aid – 60 tonnes of food and medicine – was flown to Kabul", "..., while Uzbekistan's aid
            # arrived by rail: a train of 20 wagons": the aid named last before the figure's clause
            donors = [r.iso3 for r in self._party_roles(sentence[0], clause[0]) if r.iso3 not in recipients
                      and _AID_OWNER_AFTER.match(self.low, r.start + self._length(r))][-1:]
        donor = donors[0] if donors else None
        if donor is None and _DONORS_AS_ONE.search(self.low, clause[0], number_start):
            raise NoParty("donors as a whole")   # "donors have pledged $21.4 million against the Flash Appeal"
        if donor is None and not any(r.start < number_start and r.role != "dest" for r in roles) \
                and (_AGENCY_GIVES.search(self.low, clause[0], number_start)
                     or _AGENCY_CARGO_AFTER.match(self.low, number_start, segment[1])):
            # "WFP delivered 91,400 mt of food", "humanitarian agencies distributed 380 000 tonnes", "1,240 trucks
            # carrying WFP food": an agency's own work, no country's gift
            raise NoParty("an agency's delivery")
        if donor is None and any(m.iso3 == AGGREGATE and _GROUP_GIVES.match(self.low, m.end)
                                 for m in self.within(clause[0], number_start)):
            # "the Asian Development Bank approved a $20 million grant", "the EU has allocated €10 million":
            # a lender's or a bloc's aid, no country's
            raise NoParty("a group's aid")
        giver = donor or last_donor or self.donor_home()
        recipients += [iso for iso in later if iso != giver and iso not in donors]
        recipient = recipients[0] if recipients else None
        if recipient is None and (fronted := _FRONTED_TO.match(self.low, sentence[0], number_start)):
            # "To the Islamic Republic of Afghanistan, humanitarian cargo worth ...": where the sentence opens by sending it
            recipient = next((m.iso3 for m in self.within(sentence[0], fronted.end())
                              if m.iso3 not in (AGGREGATE, giver)), None)
        if donor is None and recipient is None and last_donor and last_recipient:
            return last_donor, last_recipient   # "The consignment, including 1,500 tons of flour": the same shipment
        if donor is None and recipient is None:
            sentence_roles = [r for r in self.roles(*sentence) if r.iso3 != AGGREGATE and r.role != "place"]
            recipient = next((r.iso3 for r in sentence_roles if r.role == "dest"), None)
            # not the source the news is quoted from ("..., the Ministry of Emergency Situations of Kyrgyzstan reports")
            donor = next((r.iso3 for r in sentence_roles if r.role in ("origin", "actor") and r.iso3 != recipient
                          and not _REPORTS_AFTER.match(self.low, r.start + self._length(r))), None)
        if donor is None and last_donor and last_donor != recipient:
            donor = last_donor   # the same donor's consignment, told in more detail
        if donor is None and recipient is None:
            # "Humanitarian aid from Uzbekistan has arrived in ... region. A convoy of 16 trucks delivered ...":
            # the lead names where the story's aid comes from
            donor = self.lead_donor()
        if donor is None:
            # aid for the home country comes from the article's other country
            home = self.donor_home()
            donor = home if recipient != home else next((iso for iso in self._ranked if iso != home), None)
            if donor is None:
                raise NoParty("no donor")
        if recipient is None and (reference := _REFERENCE_ROLE.search(self.low, segment[0], clause[1])) is not None \
                and reference.group("prep") != "from":
            # "Afghanistan remained the main recipient. Kazakhstan sent 5,500 tonnes of food to the neighbouring
            # country": the country last named before the words
            recipient = self._last_named(paragraph[0], reference.start(), donor)
        if recipient is None or recipient == donor:
            if self.title_recipient not in (None, donor):
                recipient = self.title_recipient
            elif last_recipient and last_recipient != donor:
                recipient = last_recipient   # the story's aid goes on to the same place
            else:
                # where the paragraph says aid arrives, its words' other country, the lead's recipient, the article's
                recipient = self._arrival_place(paragraph, donor) \
                    or self.context_partner(donor, (sentence, paragraph), allow_article=False) \
                    or self.lead_recipient(donor) or self.context_partner(donor, (), allow_article=True)
            if recipient is None:
                raise NoParty("no recipient")
        return donor, recipient


_RECIPIENT_BEFORE = re.compile(r"\b(?:to|for|in)\s+(?:the\s+)?$")
# "Kazakhstan and Russia", "Uzbekistan, Tajikistan and the UAE"
JOINED = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?")
_AGENCY = (r"(?:wfp|world\s+food\s+programme|unicef|unhcr|unfpa|iom|fao|ocha|undp|icrc|ifrc|un\s+agencies"
           r"|(?:humanitarian|aid|relief|un|international)\s+(?:agencies|partners|organi[sz]ations)|ngos)")
_AUXILIARIES = r"(?:(?:has|have|had|also|then|jointly|already|recently)\s+)*"   # "has already", "also"
# "WFP delivered", "the World Food Programme (WFP) said it had delivered", "UNICEF has already delivered"
_AGENCY_GIVES = re.compile(rf"\b{_AGENCY}\b(?:\s*\(\w+\))?(?:\s+and\s+{_AGENCY})?\s+"
                           r"(?:(?:said|says|reported|reports|announced)\s+(?:that\s+)?(?:it|they)\s+)?"
                           rf"{_AUXILIARIES}"
                           r"(?:deliver|dispatch|distribut|provid|sen[dt]|ship|airlift|transport|hand)\w*\b[^;:]*$")
_GROUP_GIVES = re.compile(rf"\s+(?:\(\w+\)\s+)?{_AUXILIARIES}"
                          r"(?:approv|allocat|provid|grant|disburs|pledg|donat|sen[dt]|extend|deliver)\w*\b")
_AGENCY_CARGO_AFTER = re.compile(rf"[^,;:]{{0,30}}?\b(?:carrying|with|of|loaded\s+with)\s+{_AGENCY}\b")
_AID_NOUN_AFTER = re.compile(r"\s+(?:humanitarian\s+)?(?:aid|assistance|relief|donations?|gifts?|convoy|consignment)\b")
_AID_OWNER_AFTER = re.compile(r"[’']s" + _AID_NOUN_AFTER.pattern)   # "Kazakhstan's aid"
_GIVER_AFTER = re.compile(r"[’']s\b|\s+(?:\w+\s+)?(?:sends?|sent|dispatch\w*|deliver\w*|provid\w*|donat\w*|allocat\w*|ships?"
                          r"|shipped|gives?|gave|hands?|handed|pledg\w*|airlift\w*|extends?)\b", re.I)
_TRADE_OR_FROM_TITLE = re.compile(r"\b(?:from|trade|trading|exports?|imports?|turnover|invest\w*)\b")
_DONORS_AS_ONE = re.compile(r"\b(?:(?:international|other|foreign|humanitarian|several|many)\s+)?(?:donors|(?:donor\s+)?countries)\s+"
                            r"(?:on\s+\w+\s+)?(?:have\s+|had\s+)?(?:pledged|contributed|provided|given|committed|disbursed|funded)\b")
_RECIPIENT_GROUP = re.compile(
    r"\b(?:to|for)\s+(?:the\s+)?(?:(?:more\s+than|over|some|about|around|nearly)\s+)?(?:a\s+dozen|two|both|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\d+|other|foreign|several|many|various|neighbou?ring)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:countries|states|nations)\b")
_PARTNERS_AFTER = re.compile(r"[’']s\s+(?:(?:main|major|largest|biggest|top|leading|key|\w+-largest|trading|trade|foreign"
                             r"|economic|commercial|second|third|fourth|fifth|sixth)\s+){0,4}partners?\b|[’']s\s+(?:foreign|external|overall|total)\s+trade\b")
# an interviewer's question on a line of its own: "— How did trade develop?", "Q: What are the targets?"
_QUESTION_LINE = re.compile(r"^[ \t]*(?:[—–-]|q:|question:)?[^\n?]*\?[ \t\"”]*$", re.M)
_SPEAKER_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:ambassador|envoy|consul|(?:deputy\s+)?(?:prime\s+)?minister"
                            r"|trade\s+representative)\b")
_ARRIVAL_BEFORE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)\s+(?:in|at)|delivered\s+to|reached)\s+(?:the\s+)?$")
# "has sent a new consignment of humanitarian aid", "sends a new humanitarian cargo"
_SENT_AID_AFTER = re.compile(r"(?:\s+(?:has|have))?\s+(?:sen[dt]s?|dispatch(?:es|ed)?|deliver(?:s|ed)?|donat(?:es|ed)"
                             r"|provid(?:es|ed))\s+(?:[\w-]+\s+){0,5}?"
                             r"(?:aid|assistance|relief|humanitarian\s+(?:cargo|goods|supplies|shipment|consignment|convoy|batch))\b")
_AID_NOUN = re.compile(r"\b(?:aid|assistance|relief)\b")
_AID_FROM = re.compile(r"\b(?:aid|assistance|relief|cargo|convoy|consignment|shipment|funding|support|grants?|donations?"
                       r"|contributions?)\s+from\b")


def _flow_sides(kind: str, roles: list[Role], home: str | None = None,
                subject: str | None = None) -> tuple[str | None, str | None]:
    """(exporter, importer) as the roles name them; `subject`: whose figures the story is giving."""
    actors = [r.iso3 for r in roles if r.role == "actor"]
    dests = [r.iso3 for r in roles if r.role == "dest"]
    origins = [r.iso3 for r in roles if r.role == "origin"]
    withs = [r.iso3 for r in roles if r.role == "with"]
    if withs and not (actors or dests or origins):
        # "trade between Kazakhstan and China ..., of which exports were ...": the home side's flows;
        # "Kazakhstan accounted for ..., including exports of ...": the story's subject's flows
        if subject and subject not in withs and len(set(withs)) == 1:
            return (subject, withs[0]) if kind == "export" else (withs[0], subject)
        subject = home if home in withs else withs[0]
        other = next((c for c in withs if c != subject), None)
        return (subject, other) if kind == "export" else (other, subject)
    if kind == "export":
        exporter = (origins or actors or [None])[0]
        importer = next((c for c in dests + withs + actors if c != exporter), None)
    else:
        importer = next((c for c in actors + dests if c not in origins), None)
        exporter = next((c for c in origins + withs + actors if c != importer), None)
    return exporter, importer


def flow_row(kind: str, exporter: str, importer: str) -> tuple[str, str, str]:
    """(kind, reporter, partner) of a flow: from Kazakhstan's side when it is a party, else as stated."""
    if importer == KAZ and exporter != KAZ:
        return "import", KAZ, exporter
    if exporter == KAZ:
        return "export", KAZ, importer
    if kind == "export":
        return "export", exporter, importer
    return "import", importer, exporter


def ordered_pair(a: str, b: str, home: str | None) -> tuple[str, str]:
    """Reporter first: Kazakhstan when it is a party, else the article's home country, else a."""
    if b == KAZ or (b == home and a != KAZ):
        return b, a
    return a, b
