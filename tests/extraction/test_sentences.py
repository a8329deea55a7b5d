"""Sentence boundaries: the spans every figure's clause, period and pair are read within."""
import pytest

from extraction.text import sentence_spans


@pytest.mark.parametrize("text, sentences", [
    # a scale's abbreviation ends the sentence when a capital follows, not the figure's year
    ("In 2017 the turnover amounted to USD 1.5 bln. In the first quarter of 2018 it reached USD 412.6 mln.",
     ["In 2017 the turnover amounted to USD 1.5 bln.", "In the first quarter of 2018 it reached USD 412.6 mln."]),
    ("Trade reached $1.4 bn. in 2022, officials said.", ["Trade reached $1.4 bn. in 2022, officials said."]),
    ("Mr. Tokayev met Dr. Smith. They signed deals.", ["Mr. Tokayev met Dr. Smith.", "They signed deals."]),
])
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
