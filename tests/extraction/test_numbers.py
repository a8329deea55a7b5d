"""Number + unit grammar: one table of phrases and what they normalise to."""
import pytest

from extraction.numbers import find_quantities, parse_number

MONEY_AND_VOLUMES = [
    # text, quoted span, value, unit, count noun
    ("worth over $ 12 million", "$ 12 million", 12e6, "USD", None),
    ("reached $1.4 billion last year", "$1.4 billion", 1.4e9, "USD", None),
    ("a total of US$621.4 million", "US$621.4 million", 621.4e6, "USD", None),
    ("agreements worth USD 1.5 bln", "USD 1.5 bln", 1.5e9, "USD", None),
    ("to 3 billion US dollars", "3 billion US dollars", 3e9, "USD", None),
    ("grew to $1.8bn in 2023", "$1.8bn", 1.8e9, "USD", None),
    ("valued at $757 mln", "$757 mln", 757e6, "USD", None),
    ("about 1.2 billion dollars", "1.2 billion dollars", 1.2e9, "USD", None),
    ("168.2 billion tenge (US$366.5 million)", "US$366.5 million", 366.5e6, "USD", None),
    ("half a billion dollars", "half a billion dollars", 0.5e9, "USD", None),
    ("two billion dollars", "two billion dollars", 2e9, "USD", None),
    ("worth 12 billion yuan", "12 billion yuan", 12e9, "CNY", None),
    ("contracts worth 45 billion rubles", "45 billion rubles", 45e9, "RUB", None),
    ("1.6 trillion roubles", "1.6 trillion roubles", 1.6e12, "RUB", None),
    ("KZT 170 billion", "KZT 170 billion", 170e9, "KZT", None),
    ("at 4.6 million somoni", "4.6 million somoni", 4.6e6, "TJS", None),
    ("3.4 billion soms", "3.4 billion soms", 3.4e9, "KGS", None),
    ("21.7 billion afghanis", "21.7 billion afghanis", 21.7e9, "AFN", None),
    ("2.46 billion euros", "2.46 billion euros", 2.46e9, "EUR", None),
    ("more than EUR 1.5 billion", "EUR 1.5 billion", 1.5e9, "EUR", None),
    ("1,5 billion rubles", "1,5 billion rubles", 1.5e9, "RUB", None),
    # the Gulf, Pakistani, Afghan and Turkish press (the rupee's country is decided from the figure's pair)
    ("agreements worth Dh36.7 billion", "Dh36.7 billion", 36.7e9, "AED", None),
    ("deals worth SR46 billion", "SR46 billion", 46e9, "SAR", None),
    ("goods worth Rs26 crore", "Rs26 crore", 260e6, "RUPEE", None),
    ("aid worth Rs. 5 billion", "Rs. 5 billion", 5e9, "RUPEE", None),
    ("coal exports at Afs 46bn", "Afs 46bn", 46e9, "AFN", None),
    ("TL 400 million in loans", "TL 400 million", 400e6, "TRY", None),
    ("worth 12 million Turkish liras", "12 million Turkish liras", 12e6, "TRY", None),
    ("15 billion riyals", "15 billion riyals", 15e9, "SAR", None),
    ("2 lakh tonnes of rice", "2 lakh tonnes", 2e5, "t", None),
    ("5,000 tonnes of flour", "5,000 tonnes", 5000, "t", None),
    ("19,100 tons in 2023", "19,100 tons", 19100, "t", None),
    ("412,600 metric tons of wheat", "412,600 metric tons", 412600, "t", None),
    ("1,146 thousand tons of flour", "1,146 thousand tons", 1146e3, "t", None),
    ("shipped 1.6 mln tons of oil", "1.6 mln tons", 1.6e6, "t", None),
    ("2.5 million tonnes", "2.5 million tonnes", 2.5e6, "t", None),
    ("143 000 tonnes", "143 000 tonnes", 143000, "t", None),
    ("272 tons and 728 kilograms", "272 tons and 728 kilograms", 272.728, "t", None),
    ("36 trucks of humanitarian aid", "36 trucks", 36, "count", "truck"),
    ("five wagons", "five wagons", 5, "count", "wagon"),
    ("in 30 railcars", "30 railcars", 30, "count", "wagon"),
    ("12 railway wagons", "12 railway wagons", 12, "count", "wagon"),
    ("cattle – 41,700 head, mainly", "41,700 head", 41700, "count", "head of livestock"),
    ("5,000 head of cattle", "5,000 head of cattle", 5000, "count", "head of cattle"),
    ("40 lorries carrying", "40 lorries", 40, "count", "truck"),
    ("six containers of medical supplies", "six containers", 6, "count", "container"),
    # numbers spelled in several words
    ("one hundred and twelve thousand tonnes of flour", "one hundred and twelve thousand tonnes", 112e3, "t", None),
    ("two hundred thousand tonnes", "two hundred thousand tonnes", 200e3, "t", None),
    ("one million two hundred thousand tonnes", "one million two hundred thousand tonnes", 1.2e6, "t", None),
    ("forty-two thousand five hundred tons", "forty-two thousand five hundred tons", 42500, "t", None),
    ("three hundred trucks", "three hundred trucks", 300, "count", "truck"),
    ("more than two billion tenge to", "two billion tenge", 2e9, "KZT", None),
    ("two million, three hundred thousand tonnes", "two million, three hundred thousand tonnes", 2.3e6, "t", None),
    # two amounts are not one: only falling scales make a number
    ("between two million and three million tonnes", "three million tonnes", 3e6, "t", None),
]


@pytest.mark.parametrize("text, quote, value, unit, noun", MONEY_AND_VOLUMES)
def test_quantity(text, quote, value, unit, noun):
    found = [q for q in find_quantities(text) if q.unit]
    assert found, text
    q = found[-1] if quote.startswith("US$366") else found[0]
    assert text[q.start:q.end] == quote
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.count_noun == noun


def test_ranges_keep_both_ends():
    (q,) = [q for q in find_quantities("worth $24–24.5 billion") if q.unit]
    assert q.is_range and q.range_low == pytest.approx(24e9) and q.range_high == pytest.approx(24.5e9)
    (q,) = [q for q in find_quantities("memorandums worth $300-400 million") if q.unit]
    assert (q.range_low, q.range_high) == (pytest.approx(300e6), pytest.approx(400e6))


@pytest.mark.parametrize("text", [
    "18.5 percent", "in 2023", "grew 9.7 %", "try 5 times", "around 400 business leaders",
    "2023 trucks crossed",            # a year before a count noun is not a count
    "60 to 100 gigabits per second",
])
def test_no_unit(text):
    assert not [q for q in find_quantities(text) if q.unit], text


def test_bare_numbers_are_kept_for_carry_over():
    qs = find_quantities("from 19,100 tons in 2023 to 143,000 in 2024")
    assert [(q.unit, q.raw_number) for q in qs] == [("t", 19100), (None, 143000)]


def test_manat_is_left_to_context():
    (q,) = find_quantities("62.3 million manat")
    assert q.unit == "MANAT"


@pytest.mark.parametrize("text, value", [
    ("1,146", 1146), ("1,5", 1.5), ("143 000", 143000), ("12.45", 12.45), ("twenty-five", 25),
    ("half a", 0.5), ("2,000,000", 2e6), ("seven", 7), ("one hundred and twelve", 112),
    ("one million two hundred thousand", 1.2e6), ("forty-two thousand five hundred", 42500),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["and", "hundred", "thousand", "two two"])
def test_words_that_are_no_number(text):
    assert parse_number(text) is None
