"""Kind and country pair of one figure, sentence by sentence.

Each case is a small article (a context sentence may come first); the figure checked is the
one whose quote is given. Cases are grammar, not copies of the corpora.
"""
from datetime import date

import pytest

from extraction import extract_figures

PUBLISHED = date(2024, 5, 20)

CASES = [
    # (article text, quoted amount, kind, reporter, partner)
    ("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023.", "$4.4 billion",
     "trade_turnover", "KAZ", "UZB"),
    ("Uzbekistan's trade with Kazakhstan rose to $4.6 billion.", "$4.6 billion", "trade_turnover", "KAZ", "UZB"),
    ("Kazakh-Kyrgyz trade was roughly $1.5 billion in 2022.", "$1.5 billion", "trade_turnover", "KAZ", "KGZ"),
    ("Astana and Dushanbe agreed to boost bilateral trade to $2 billion.", "$2 billion",
     "trade_target", "KAZ", "TJK"),
    ("Kazakhstan and China aim to raise trade to $35 billion by 2030.", "$35 billion", "trade_target", "KAZ", "CHN"),
    ("Trade between Kazakhstan and Kyrgyzstan edged towards the $1 billion target.", "$1 billion",
     "trade_target", "KAZ", "KGZ"),
    ("Kazakhstan's exports to Tajikistan amounted to $1.07 billion.", "$1.07 billion", "export", "KAZ", "TJK"),
    ("Tajikistan's exports to Kazakhstan totalled $330 million.", "$330 million", "import", "KAZ", "TJK"),
    ("Uzbek imports from Kazakhstan were worth $3.3 billion.", "$3.3 billion", "export", "KAZ", "UZB"),
    ("Kazakhstan bought $8.1 billion worth of goods from China.", "$8.1 billion", "import", "KAZ", "CHN"),
    ("Deliveries of Kazakh products to China came to $10.4 billion.", "$10.4 billion", "export", "KAZ", "CHN"),
    ("Uzbekistan's exports to Afghanistan reached $757 mln.", "$757 mln", "export", "UZB", "AFG"),
    ("Kazakh and Afghan companies signed contracts worth $35 million.", "$35 million", "deal_value", "KAZ", "AFG"),
    ("Kazakh and Tajik firms concluded agreements worth over $1.8 billion at the forum.", "$1.8 billion",
     "deal_value", "KAZ", "TJK"),
    ("Kazakhstan and Afghanistan signed $140 million in new trade agreements.", "$140 million",
     "deal_value", "KAZ", "AFG"),
    ("Kazakhstan has dispatched 12 wagons of humanitarian aid to Tajikistan.", "12 wagons", "aid", "KAZ", "TJK"),
    ("Uzbekistan sent 260 tonnes of humanitarian cargo to Türkiye.", "260 tonnes", "aid", "UZB", "TUR"),
    ("Kazakh companies have invested more than $300 million in Azerbaijan.", "$300 million",
     "investment", "KAZ", "AZE"),
    ("A Chinese group will invest $1-2 billion in a gas chemical plant in Kazakhstan.", "$1-2 billion",
     "investment", "KAZ", "CHN"),
    ("Kazakhstan and Afghanistan are discussing trade. Exports to Afghanistan reached $301.5 million.",
     "$301.5 million", "export", "KAZ", "AFG"),
    # the two countries / bilateral: the article's pair
    ("Kazakhstan and Tajikistan held talks. The total trade between the two countries was $1.4 billion last year.",
     "$1.4 billion", "trade_turnover", "KAZ", "TJK"),
    # a list of partners keeps the kind of its first item
    ("Kazakhstan's foreign trade grew. Russia remained the largest partner with $12.3 billion, "
     "followed by China with $11.4 billion.", "$11.4 billion", "trade_turnover", "KAZ", "CHN"),
    # the flows inside a turnover sentence are the home country's
    ("Trade between Kazakhstan and China amounted to $31.5 billion in 2023, of which exports were $15.2 billion "
     "and imports $16.3 billion.", "$16.3 billion", "import", "KAZ", "CHN"),
    ("In 2023, Kazakhstan exported goods worth $15.2 billion to China and imported goods worth $16.3 billion.",
     "$16.3 billion", "import", "KAZ", "CHN"),
    ("China's exports to Kazakhstan rose to $24.7 billion, while its imports from Kazakhstan fell to $16.3 billion.",
     "$16.3 billion", "export", "KAZ", "CHN"),
    ("Kazakhstan and Tajikistan met. Exports to Tajikistan totaled $1.37 billion, while imports from the republic "
     "came to $240 million.", "$240 million", "import", "KAZ", "TJK"),
    ("Kyrgyzstan received 10 wagons of coal as humanitarian aid from Kazakhstan.", "10 wagons", "aid", "KAZ", "KGZ"),
    # a third country's figure is its own
    ("Kazakhstan watches the region. Kyrgyzstan's imports from China came to $15.4 billion.", "$15.4 billion",
     "import", "KGZ", "CHN"),
]


@pytest.mark.parametrize("text, quote, kind, reporter, partner", CASES)
def test_kind_and_pair(text, quote, kind, reporter, partner):
    figures = [f for f in extract_figures(text, PUBLISHED) if text[f.char_start:f.char_end].rstrip(".") == quote]
    assert figures, [(f.kind, text[f.char_start:f.char_end]) for f in extract_figures(text, PUBLISHED)]
    f = figures[0]
    assert (f.kind, f.reporter_iso3, f.partner_iso3) == (kind, reporter, partner)


NOT_FIGURES = [
    "About 280 entrepreneurs from Kazakhstan and Afghanistan attended the forum.",
    "Kazakhstan will offer 50 university grants to Afghan students.",
    "Kazakh geologists collected 85 kg of ore samples in Afghanistan.",
    "Operators discussed raising internet capacity for Afghanistan from 40 to 80 gigabits per second.",
    "Kazakhstan has the potential to increase its exports to Tajikistan by $140 million.",
    "Kazakhstan could add another $95 million a year in sales to Tajikistan.",
    "Analysts forecast that Kazakh-Uzbek turnover will reach $5 billion in 2024.",
    "Wheat for Afghanistan was quoted at $285 per tonne at the Kazakh border.",
    "Flour made up 70 percent of Afghan imports from Kazakhstan.",
    "Kazakhstan's trade with the four other Central Asian republics rose to $6.6 billion.",
    "Russia's total trade with CIS countries rose to $93 billion, much of it with Kazakhstan.",
    "The Asian Development Bank approved a $200 million loan to Uzbekistan.",
    "The soda ash plant in Uzbekistan will produce 200,000 tonnes a year for Kazakh buyers.",
    "The trade balance of Kazakhstan with China was negative at $1.1 billion.",
    "Kazakhstan will supply 100,000 tons of fuel to Kyrgyzstan under the agreement.",
    "Kazakhstan plans to increase exports to China to $10 billion by 2030.",
    "Kazakhstan expects trade with Turkmenistan to reach $1 billion by 2025.",
    "Tokayev said Kazakhstan attracted $23 billion in foreign direct investment, speaking in Dushanbe.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text):
    assert extract_figures(text, PUBLISHED) == []
