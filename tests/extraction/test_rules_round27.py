"""Rules of round 27 (misses of tune27: a lender's or a bloc's grant; a total sold "mostly to" one buyer; "its" after a
colon; "the country's foreign trade" where the paragraph names none; a
share's base; a
restatement that names the turnover; a
group's trade going on; a ranking owner's list; contractors' projects; a world
turnover's flows after a colon; a title country's bare flows; the aid
named before a dashed aside)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 5, 9)

CASES = [
    # a development bank's or a bloc's grant is no country's aid, whoever gave before it
    ("Sweden sent 30 trucks of humanitarian aid to Norway on Monday.\n\nIn addition, the Asian Development Bank "
     "approved a $15 million grant to help Norway rebuild, and the European Union has allocated 4 million euros.",
     None, [("aid", "SWE", "NOR", 30.0, "count", 2023)]),
    # "..., most of it to Finland", "mostly to Denmark": the total's main buyer, not the flow's partner
    ("Norway's salmon trade grew last year.\n\nIn 2022, 41,000 tonnes of salmon worth $390 million were exported, "
     "most of it to Finland. Norway also exported 12,500 tonnes of cod, mostly to Denmark.", "Norway's fish exports",
     [("export", "NOR", "WLD", 41000.0, "t", 2022), ("export", "NOR", "WLD", 390e6, "USD", 2022),
      ("export", "NOR", "WLD", 12500.0, "t", 2022)]),
    # "its" after a colon refers to the sentence's subject, the only country it names before
    ("Finland's exports to Estonia doubled to $1.2 billion in 2022.\n\nSweden, a much larger economy, shows a "
     "similar pattern: its exports to Estonia rose 25 percent to $8.8 billion in 2022.", None,
     [("export", "FIN", "EST", 1.2e9, "USD", 2022), ("export", "SWE", "EST", 8.8e9, "USD", 2022)]),
    # "the country's foreign trade" in a paragraph naming no country: whose figures the story is giving
    ("Norway imported goods from Sweden worth $1.73 billion in January-April 2023, the statistics office said. "
     "Swedish goods accounted for 41 percent of all imports. Sweden remains the largest supplier.\n\n"
     "Norwegian exports to Sweden remain modest - only $27.6 million over four months.\n\n"
     "Overall, the country's foreign trade turnover from January to April reached $4.38 billion.",
     "Imports from Sweden to Norway grow",
     [("import", "NOR", "SWE", 1.73e9, "USD", 2023), ("export", "NOR", "SWE", 27.6e6, "USD", 2023),
      ("trade_turnover", "NOR", "WLD", 4.38e9, "USD", 2023)]),
    # the base of a partner's share, "which ... reached", is its owner's total with the world
    ("Trade between Sweden and Norway in January-September 2022 amounted to $6.76 billion.\n\nNorway accounted for "
     "18.4% of Sweden's total foreign trade, which over nine months reached $36.8 billion.\n\nExports to Norway - "
     "$1.93 billion, imports from Norway - $4.83 billion.", None,
     [("trade_turnover", "SWE", "NOR", 6.76e9, "USD", 2022), ("trade_turnover", "SWE", "WLD", 36.8e9, "USD", 2022),
      ("export", "SWE", "NOR", 1.93e9, "USD", 2022), ("import", "SWE", "NOR", 4.83e9, "USD", 2022)]),
    ("Finland accounted for 9% of Estonia's grain imports, which totalled 1.1 million tonnes in 2022.", None,
     [("import", "EST", "WLD", 1.1e6, "t", 2022)]),
    # a restatement in national currency that names the turnover restates the turnover, not the flow just before
    ("Trade between Finland and Estonia in 2022 reached $241.6 million. Finnish exports to Estonia amounted to "
     "$97.4 million, imports - $144.2 million. In national currency, the turnover was equivalent to "
     "230 million euros.", None,
     [("trade_turnover", "FIN", "EST", 241.6e6, "USD", 2022), ("export", "FIN", "EST", 97.4e6, "USD", 2022),
      ("import", "FIN", "EST", 144.2e6, "USD", 2022), ("trade_turnover", "FIN", "EST", 230e6, "EUR", 2022)]),
    # a group's trade goes on in the next sentence that names no country; a partner ranked with "bilateral trade"
    # heads the ranking owner's list
    ("Trade between Norway and the Baltic States reached $7 billion in 2022. In the first quarter of this year, it "
     "grew 12 percent to $2.1 billion.\n\nEstonia remained Norway's largest trading partner in the region, with bilateral "
     "trade of $3.1 billion last year, followed by Latvia at $2.2 billion and Lithuania at $1.7 billion.", None,
     [("trade_turnover", "EST", "NOR", 3.1e9, "USD", 2022), ("trade_turnover", "NOR", "LVA", 2.2e9, "USD", 2022),
      ("trade_turnover", "NOR", "LTU", 1.7e9, "USD", 2022)]),
    # contractors' projects are builders' orders, not investment; their contracts signed stay deals
    ("Swedish companies have invested some $5.2 billion in Norway, the minister said, adding that Swedish contractors "
     "had undertaken projects worth $28 billion in the country since 1995. Swedish contractors signed three new "
     "contracts worth $620 million on Monday.", None,
     [("investment", "NOR", "SWE", 5.2e9, "USD", 2023), ("deal_value", "NOR", "SWE", 620e6, "USD", 2023)]),
    # a world turnover's flows after a colon, in its own sentence, are its owner's flows with the world
    ("Finland's trade with Sweden reached $26.1 billion in 2022.\n\nFinland's total foreign trade turnover amounted "
     "to $134.4 billion: exports – $84.4 billion, imports – $50 billion.", None,
     [("trade_turnover", "FIN", "SWE", 26.1e9, "USD", 2022), ("trade_turnover", "FIN", "WLD", 134.4e9, "USD", 2022),
      ("export", "FIN", "WLD", 84.4e9, "USD", 2022), ("import", "FIN", "WLD", 50e9, "USD", 2022)]),
    # a bare flow in a story about one country's own trade, in a paragraph that names only that country
    ("Sweden remains the main supplier of wheat: in 2022 Norway imported 1.03 million tonnes of wheat from Sweden."
     "\n\nExports of aluminium went down to 178,000 tons in 2022. The Norwegian aluminium company blames repairs.",
     "Norway's foreign trade turnover in 2022 exceeds $6.3 billion",
     [("import", "NOR", "SWE", 1.03e6, "t", 2022), ("export", "NOR", "WLD", 178000.0, "t", 2022)]),
    # the aid named before a dashed aside gives what the aside counts, not the donor before it
    ("Aid keeps arriving in Norway after the storm.\n\nDenmark sent 40 tonnes of relief supplies to Norway on two "
     "aircraft.\n\nSweden's aid – 60 tonnes of food and medicine – was flown to Oslo on Monday.", None,
     [("aid", "DNK", "NOR", 40.0, "t", 2023), ("aid", "DNK", "NOR", 2.0, "count", 2023),
      ("aid", "SWE", "NOR", 60.0, "t", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round27(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
