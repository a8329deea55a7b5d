"""Rules learned from the tune2 phrasings: comparison periods, bare "same period", change amounts,
partner rankings, the title's subject as home country, investment named by its source."""
import re
from datetime import date

import pytest

from extraction import extract_figures
from tests.extraction.helpers import norm, rows
from extraction.classify import CUE_RE
from extraction.periods import PERIOD_RE



@pytest.mark.parametrize("body, published, title, expected", [
    # a comparison's period is not the figure's
    ("Kyrgyzstan's trade with China in January-September 2024 decreased by 5.6 percent compared to the same "
     "period last year and amounted to $5.2 billion.", date(2024, 11, 12), None,
     [("trade_turnover", "KGZ", "CHN", 5.2e9, "USD", 2024)]),
    ("In the first five months of 2023, trade between China and Turkmenistan totaled $4.1 billion, down 8 percent "
     "from January-May of last year.", date(2023, 7, 12), None,
     [("trade_turnover", "TKM", "CHN", 4.1e9, "USD", 2023)]),
    # ... unless the figure is the one compared, or is dated by the comparison ("when it stood at")
    ("Kazakh-Uzbek trade amounted to USD 4.4 bln in 2023, an increase of 10.8 percent over the previous year, "
     "when it stood at USD 3.97 bln.", date(2024, 3, 5), None,
     [("trade_turnover", "KAZ", "UZB", 3.97e9, "USD", 2022), ("trade_turnover", "KAZ", "UZB", 4.4e9, "USD", 2023)]),
    # a comparison year does not lend its year to "the first 11 months of the year"
    ("In the first 11 months of the year, Uzbekistan exported 145,600 tons of fruit to China, more than in "
     "the whole of 2023.", date(2024, 12, 18), None,
     [("export", "UZB", "CHN", 145600, "t", 2024)]),
    # a bare "over the same period" is the period the story was speaking of
    ("Tajikistan's trade with Kazakhstan in the first half of 2023 totaled $515.7 million. "
     "Trade with Russia over the same period amounted to $797.3 million.", date(2023, 8, 2), None,
     [("trade_turnover", "KAZ", "TJK", 515.7e6, "USD", 2023), ("trade_turnover", "TJK", "RUS", 797.3e6, "USD", 2023)]),
    # "rose by $X" is a change, not a level
    ("Azerbaijan's exports to Kazakhstan rose by $28.6 million, while imports increased by $98.9 million.",
     date(2023, 11, 17), None, []),
    # investment named by where it comes from is no world total; dated by its sentence
    ("In 2024, foreign direct investment from Russia into Uzbekistan reached $2.6 billion.", date(2025, 4, 23), None,
     [("investment", "UZB", "RUS", 2.6e9, "USD", 2024)]),
    ("Russian direct investment in Kazakhstan amounted to $1.2 billion in 2024, while Kazakh companies invested "
     "$480 million in Russia.", date(2025, 2, 26), None,
     [("investment", "KAZ", "RUS", 480e6, "USD", 2024), ("investment", "KAZ", "RUS", 1.2e9, "USD", 2024)]),
])
def test_generalised_rules(body, published, title, expected):
    assert rows(body, published, title) == norm(expected)


def test_ranking_goes_on_in_the_next_sentence_from_the_same_side():
    body = ("In January-September 2024, Uzbekistan sold fruit and vegetables to 74 countries. The largest buyer was "
            "Russia, which purchased products worth $312.4 million. Kazakhstan ranked second with $187.6 million, "
            "followed by China ($142.9 million) and Kyrgyzstan ($58.3 million).")
    got = {(f.kind, f.reporter_iso3, f.partner_iso3, f.value) for f in extract_figures(body, date(2024, 10, 21))}
    flows = {(("export", r, p) if k == "export" else ("export", p, r)) + (v,) for k, r, p, v in got}
    assert flows >= {("export", "UZB", "RUS", 312.4e6), ("export", "UZB", "KAZ", 187.6e6),
                     ("export", "UZB", "CHN", 142.9e6), ("export", "UZB", "KGZ", 58.3e6)}


def test_title_subject_is_the_home_country():
    body = ("Russia remained the country's main trading partner with 1.65 billion dollars, or 22.9 percent of the "
            "total. Kazakhstan ranked second with 1.13 billion dollars.")
    title = "Tajikistan's foreign trade hits record; Russia, Kazakhstan, China top partners"
    got = {(f.kind, frozenset((f.reporter_iso3, f.partner_iso3)), f.value)
           for f in extract_figures(body, date(2024, 1, 24), title)}
    assert got == {("trade_turnover", frozenset({"TJK", "RUS"}), 1.65e9),
                   ("trade_turnover", frozenset({"TJK", "KAZ"}), 1.13e9)}


@pytest.mark.parametrize("fast", [CUE_RE, PERIOD_RE])
def test_word_prefilters_lose_nothing(fast, corpus_texts):
    """The prefiltered scanners find exactly what the bare alternations find."""
    bare = re.compile(re.sub(r"^\\b\(\?=.*?\)(?=\(\?:)", r"\\b", fast.pattern, count=1, flags=re.S), fast.flags)
    assert bare.pattern != fast.pattern
    for text in corpus_texts:
        low = text.lower()
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in bare.finditer(low)]
