"""Whole articles through extract_figures: the API contract and sentence-level cases."""
import dataclasses
from datetime import date, datetime

import pytest

from extraction import EXTRACTOR_VERSION, Figure, extract_figures


def rows(body, published, title=None):
    return [(f.kind, f.reporter_iso3, f.partner_iso3, f.value, f.unit, f.period_end.year if f.period_end else None)
            for f in extract_figures(body, published, title)]


def test_contract():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION.count(".") == 2
    names = [f.name for f in dataclasses.fields(Figure)]
    assert names == ["kind", "reporter_iso3", "partner_iso3", "commodity", "value", "unit", "count_noun",
                     "qualifier", "period_start", "period_end", "reported_change_pct", "sentence",
                     "char_start", "char_end", "confidence"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        extract_figures("Kazakh-Uzbek trade reached $4 billion in 2023.", date(2024, 1, 1))[0].value = 1


BODY = ("ASTANA, March 2 – Trade between Kazakhstan and Tajikistan climbed to a record last year.\n\n"
        "Mutual trade stood at $1.4 billion in 2022, an increase of 12.3 percent on a year earlier. "
        "Kazakh shipments to the Tajik market reached $1.07 billion.\n\n"
        "Tajikistan's exports to Kazakhstan totalled $330 million over the same twelve months.\n\n"
        "The two countries set the goal of raising turnover to two billion dollars.")


def test_offsets_and_sentences():
    figures = extract_figures(BODY, date(2023, 3, 2))
    assert len(figures) == 4
    for f in figures:
        assert f.sentence in BODY
        assert BODY[f.char_start:f.char_end] in f.sentence
        assert 0 < f.confidence <= 1
    assert [BODY[f.char_start:f.char_end] for f in figures] == [
        "$1.4 billion", "$1.07 billion", "$330 million", "two billion dollars"]


def test_article_rows():
    figures = extract_figures(BODY, date(2023, 3, 2))
    turnover, export, imp, target = figures
    assert (turnover.kind, turnover.reporter_iso3, turnover.partner_iso3) == ("trade_turnover", "KAZ", "TJK")
    assert (turnover.period_start, turnover.period_end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert turnover.reported_change_pct == pytest.approx(12.3)
    assert (export.kind, export.period_end) == ("export", date(2022, 12, 31))     # the story's period
    assert (imp.kind, imp.reporter_iso3, imp.partner_iso3) == ("import", "KAZ", "TJK")
    assert (target.kind, target.value, target.period_end) == ("trade_target", 2e9, None)


def test_published_may_be_a_datetime():
    assert rows(BODY, datetime(2023, 3, 2, 12, 0)) == rows(BODY, date(2023, 3, 2))


@pytest.mark.parametrize("body, published, expected", [
    # unit carried over: two figures
    ("Shipments of Kazakh sugar to Afghanistan climbed from 19,100 tons in 2023 to 143,000 in 2024.",
     date(2025, 4, 22),
     [("export", "KAZ", "AFG", 19100, "t", 2023), ("export", "KAZ", "AFG", 143000, "t", 2024)]),
    # the comparison figure takes the same period a year back
    ("Trade between Kazakhstan and Azerbaijan totalled $221.6 million in January–June 2022, "
     "against $92.7 million in the same period of 2021.", date(2022, 8, 3),
     [("trade_turnover", "KAZ", "AZE", 221.6e6, "USD", 2022), ("trade_turnover", "KAZ", "AZE", 92.7e6, "USD", 2021)]),
    # a deal dated by the text; an undated aid shipment takes the publication date
    ("At a forum on December 14, Kyrgyz and Kazakh firms signed 23 contracts worth more than $ 86 million.",
     date(2024, 1, 12), [("deal_value", "KAZ", "KGZ", 86e6, "USD", 2023)]),
    ("Kazakhstan has sent 36 trucks of humanitarian aid to Afghanistan.", date(2025, 4, 22),
     [("aid", "KAZ", "AFG", 36, "count", 2025)]),
    # tonnes and kilograms added up
    ("In total, 512 tons and 300 kilograms of tents and food have been delivered to Türkiye as humanitarian aid "
     "by Kazakhstan.", date(2023, 2, 20), [("aid", "KAZ", "TUR", 512.3, "t", 2023)]),
    # another currency keeps its code; the dollar equivalent is a row of its own
    ("Kazakhstan's exports to Kyrgyzstan reached 168.2 billion tenge (US$366.5 million) in January-April.",
     date(2022, 6, 14),
     [("export", "KAZ", "KGZ", 168.2e9, "KZT", 2022), ("export", "KAZ", "KGZ", 366.5e6, "USD", 2022)]),
    ("Azerbaijani exports to Kazakhstan reached 62.3 million manat in the first half of 2022.", date(2022, 8, 3),
     [("import", "KAZ", "AZE", 62.3e6, "AZN", 2022)]),
    ("Kazakh firms signed contracts worth 118 million manat at an exhibition in Ashgabat.", date(2023, 9, 12),
     [("deal_value", "KAZ", "TKM", 118e6, "TMT", 2023)]),
    # a range is read from its floor
    ("The Kazakh delegation signed memorandums with Afghanistan worth $300-400 million.", date(2023, 4, 2),
     [("deal_value", "KAZ", "AFG", 300e6, "USD", 2023)]),
    # a target year
    ("Kazakhstan and Kyrgyzstan agreed to bring annual turnover to $3 billion by 2027.", date(2024, 1, 12),
     [("trade_target", "KAZ", "KGZ", 3e9, "USD", 2027)]),
    # no period where the text gives none
    ("Kazakh investment in Turkey is estimated at $1.1 billion.", date(2021, 6, 9),
     [("investment", "KAZ", "TUR", 1.1e9, "USD", 2021)]),
    ("Astana and Ankara want to bring annual trade to $10 billion.", date(2021, 6, 9),
     [("trade_target", "KAZ", "TUR", 10e9, "USD", None)]),
])
def test_sentences(body, published, expected):
    got = rows(body, published)
    assert [(k, r, p, u, y) for k, r, p, _, u, y in got] == [(k, r, p, u, y) for k, r, p, _, u, y in expected]
    assert [v for *_, v, _, _ in [(g[0], g[1], g[2], g[3], g[4], g[5]) for g in got]] == \
        pytest.approx([e[3] for e in expected])


def test_qualifiers_and_changes_on_rows():
    body = ("Trade between Kazakhstan and Afghanistan reached nearly $1 billion in 2022. "
            "Kazakhstan and Afghanistan signed agreements worth over $ 12 million. "
            "Kazakh exports to Russia slipped to $6.2 billion, down 12% year on year. "
            "The shipment of up to 10,000 tonnes of flour to Afghanistan as humanitarian aid was approved.")
    figures = extract_figures(body, date(2024, 4, 29))
    assert [f.qualifier for f in figures] == ["approx", "at_least", "exact", "at_most"]
    assert figures[2].reported_change_pct == pytest.approx(-12)
    assert figures[3].commodity == "flour"


def test_restated_figure_is_one_row():
    body = ("Astana and Dushanbe Firms Agree Contracts Worth Over $1.8 Billion\n\n"
            "Companies from Kazakhstan and Tajikistan concluded agreements worth over $1.8 billion at a joint "
            "investment forum that opened in the Kazakh capital on Wednesday.")
    assert rows(body, date(2023, 5, 3)) == [("deal_value", "KAZ", "TJK", 1.8e9, "USD", 2023)]


def test_enumerated_partners():
    body = ("Tajikistan's trade with CIS countries reached $3.9 billion in 2022.\n\n"
            "Russia was the largest partner with $1.5 billion, Kazakhstan followed with $1.4 billion, "
            "China with $1.15 billion and Uzbekistan with $630 million.")
    assert [(r, p) for _, r, p, *_ in rows(body, date(2023, 5, 17))] == [
        ("TJK", "RUS"), ("KAZ", "TJK"), ("TJK", "CHN"), ("TJK", "UZB")]


def test_aid_story_context():
    body = ("Kazakhstan has dispatched 2,600 tonnes of wheat flour to Afghanistan as humanitarian assistance.\n\n"
            "The first batch, 24 containers loaded with flour, left Almaty on Thursday.\n\n"
            "Uzbekistan also dispatched 1,200 tonnes of flour, the ministry said.")
    assert rows(body, date(2025, 4, 10)) == [
        ("aid", "KAZ", "AFG", 2600, "t", 2025), ("aid", "KAZ", "AFG", 24, "count", 2025),
        ("aid", "UZB", "AFG", 1200, "t", 2025)]


def test_world_totals_and_empty_input():
    assert rows("Kazakhstan's foreign trade turnover reached $62.4 billion in January–June 2022.",
                date(2022, 8, 15)) == [("trade_turnover", "KAZ", "WLD", 62.4e9, "USD", 2022)]
    assert extract_figures("", date(2024, 1, 1)) == []
    assert extract_figures("No numbers here at all.", date(2024, 1, 1), title="Kazakhstan and China") == []


def test_respectively():
    body = ("Kazakhstan's exports to and imports from Uzbekistan amounted to $2.9 billion and $1.5 billion, "
            "respectively. Trade with China reached $24.1 billion and $31.5 billion in 2022 and 2023, respectively.")
    assert rows(body, date(2024, 3, 1)) == [
        ("export", "KAZ", "UZB", 2.9e9, "USD", None), ("import", "KAZ", "UZB", 1.5e9, "USD", None),
        ("trade_turnover", "KAZ", "CHN", 24.1e9, "USD", 2022), ("trade_turnover", "KAZ", "CHN", 31.5e9, "USD", 2023)]


def test_threshold_and_comparison_figures():
    body = ("Kyrgyzstan's trade with Uzbekistan exceeded $1 billion for the first time in 2023, reaching $1.03 billion. "
            "Trade turnover between Kazakhstan and Iran is expected to reach $700 million this year, "
            "compared with $520 million in 2021.")
    assert rows(body, date(2024, 2, 1)) == [
        ("trade_turnover", "KGZ", "UZB", 1.03e9, "USD", 2023), ("trade_turnover", "KAZ", "IRN", 520e6, "USD", 2021)]


def test_aid_particles_and_departures():
    body = ("Kazakhstan has handed over 30 tonnes of humanitarian assistance to Syria.\n\n"
            "The government also allocated $1 million for the purchase of medicines for Syrian victims. "
            "A second plane carrying 12 tonnes of tents is due to leave Almaty on Wednesday.")
    figures = extract_figures(body, date(2023, 2, 14))
    assert [(f.kind, f.reporter_iso3, f.partner_iso3, f.value, f.qualifier) for f in figures] == [
        ("aid", "KAZ", "SYR", 30, "exact"), ("aid", "KAZ", "SYR", 1e6, "exact"), ("aid", "KAZ", "SYR", 12, "exact")]


def test_flows_of_opposite_direction_in_one_sentence():
    body = ("In January-August 2023 trade turnover between Kazakhstan and Afghanistan amounted to $545.7 million. "
            "Exports from Kazakhstan reached $520.2 million, imports amounted to $25.5 million.")
    assert [(k, r, p) for k, r, p, *_ in rows(body, date(2023, 10, 10))] == [
        ("trade_turnover", "KAZ", "AFG"), ("export", "KAZ", "AFG"), ("import", "KAZ", "AFG")]


def test_a_partners_share_of_a_total_is_its_trade():
    body = ("Kyrgyzstan's foreign trade turnover in January-March 2024 amounted to $3.5 billion. "
            "Trade with EAEU countries amounted to $1.3 billion. Kazakhstan accounted for $421.3 million of that, "
            "including exports of $150.2 million and imports of $271.1 million.")
    assert rows(body, date(2024, 4, 22))[1:] == [
        ("trade_turnover", "KAZ", "KGZ", 421.3e6, "USD", 2024),
        ("import", "KAZ", "KGZ", 150.2e6, "USD", 2024),      # Kyrgyzstan's exports: Kazakhstan's imports
        ("export", "KAZ", "KGZ", 271.1e6, "USD", 2024)]


def test_flows_without_a_country_are_the_story_subjects():
    body = ("Uzbekistan's trade turnover with Kazakhstan amounted to $2.1 billion in the first half of 2023.\n\n"
            "Exports to Kazakhstan amounted to $621.4 million, and imports reached $1.48 billion.")
    assert [(k, r, p, v) for k, r, p, v, *_ in rows(body, date(2023, 7, 21))] == [
        ("trade_turnover", "KAZ", "UZB", 2.1e9), ("import", "KAZ", "UZB", 621.4e6), ("export", "KAZ", "UZB", 1.48e9)]


def test_pipeline_projects_and_aid_for_the_home_country():
    body = ("Emirati companies have invested over $4.5 billion in Kazakhstan since 2005, and a further 20 projects "
            "worth $6.1 billion are in the pipeline.\n\n"
            "Humanitarian assistance worth $2 million was also announced for flood victims in northern Kazakhstan, "
            "the UAE embassy said.")
    assert [(k, r, p, v) for k, r, p, v, *_ in rows(body, date(2024, 4, 15))] == [
        ("investment", "KAZ", "ARE", 4.5e9), ("aid", "ARE", "KAZ", 2e6)]


def test_each_amount_takes_the_commodity_it_is_of():
    # the commodity before "and" belongs to the previous item, not to the next amount
    body = ("Kazakhstan sent a train with 2,260 tonnes of humanitarian aid to Afghanistan, including 1,800 tonnes of "
            "wheat flour, 300 tonnes of rice and 160 tonnes of vegetable oil.\n\n"
            "In 2023 Kyrgyzstan bought 1.24 million tonnes of Kazakh coal and 312,000 tonnes of wheat.")
    commodities = {f.value: f.commodity for f in extract_figures(body, date(2024, 4, 29))}
    assert commodities[300] == "rice" and commodities[160] == "vegetable oil"
    assert commodities[312_000] == "wheat" and commodities[1_240_000] == "coal"


@pytest.mark.parametrize("body, value, commodity", [
    ("In 2023 China bought wheat and 380,000 tons of Kazakh barley from Kazakhstan.", 380_000, "barley"),
    ("China imported 682,000 tonnes of Kazakh wheat in 2019 and 117,000 tonnes of sunflower seeds.", 117_000,
     "sunflower seeds"),
    ("Uzbekistan exported 162,000 tonnes of cotton yarn to China in 2018.", 162_000, "cotton yarn"),
])
def test_commodity_named_after_the_amount(body, value, commodity):
    assert {f.value: f.commodity for f in extract_figures(body, date(2024, 4, 29))}[value] == commodity


def test_a_breakdown_takes_the_goods_of_its_total():
    body = ("Kazakhstan exported 2.4 million tonnes of flour in 2023. Uzbekistan received 203.9 thousand tons, "
            "Tajikistan - 114.2 thousand tons.\n\n"
            "Sunflower oil did well: shipments to China rose to 64,000 tons in 2023.\n\n"
            "Crude oil and uranium lead the list. French imports from Kazakhstan reached 3.1 billion euros in 2021.")
    commodities = {f.value: f.commodity for f in extract_figures(body, date(2024, 4, 29))}
    assert commodities[203_900] == "flour" and commodities[114_200] == "flour"
    assert commodities[64_000] == "sunflower oil"
    assert commodities[3.1e9] is None   # a total after a list of goods: none of them alone


@pytest.mark.parametrize("body, changes", [
    # the next sentence refers back to the figure; the base it names gets no growth of its own
    ("Trade between Kazakhstan and Tajikistan reached $1.19 billion in 2023. That is 23% more than a year earlier, "
     "when the turnover totalled $967.5 million.", {1.19e9: 23, 967.5e6: None}),
    ("Trade between Kazakhstan and Iran amounted to $431.4 million in 2022.\n\nThis is 40% more than in 2021.",
     {431.4e6: 40}),
    ("Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2023. Compared with 2022, when the figure stood "
     "at $3.6 billion, mutual trade increased by 14.7 percent.", {4.1e9: 14.7, 3.6e9: None}),
    ("Kazakhstan's trade with China totalled $21.9 bn in January-September 2024, which is 2.1% less than the "
     "$22.4 bn recorded in 9M 2023.", {21.9e9: -2.1, 22.4e9: None}),
    # a conversion in brackets restates the figure: the growth is the figure's, as first stated
    ("Trade between China and Kazakhstan reached 312.2 billion yuan (about 43.8 billion U.S. dollars) in 2024, up "
     "5.4 percent year on year.", {312.2e9: 5.4, 43.8e9: None}),
    # a sentence whose growth leads to its own figure keeps it
    ("Trade between Kazakhstan and Uzbekistan amounted to $4 billion in 2022. It grew 14% to $4.6 billion in 2023.",
     {4e9: None, 4.6e9: 14}),
    ("Kazakh exports to China rose 12% from $13.6 billion to $15.2 billion in 2023.", {13.6e9: None, 15.2e9: 12}),
    ("Kazakh exports to China rose 12% from the previous year to $15.2 billion in 2023.", {15.2e9: 12}),
])
def test_growth_goes_to_the_figure_it_describes(body, changes):
    found = {f.value: f.reported_change_pct for f in extract_figures(body, date(2025, 2, 1))}
    assert {value: found.get(value, "missing") for value in changes} == pytest.approx(changes)
