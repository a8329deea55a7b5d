"""Rules of round 28 (misses of tune27: a total "with X taking" a part of it; the partners ranked after it; imports
"leaving a deficit")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 5, 9)

CASES = [
    # "..., with Italy taking $2.4bn" breaks the total down: the total is the world's, the places after it its buyers;
    # an amount "leaving a deficit" is a total too
    ("Greece's trade figures were published on Monday.\n\nGreek exports in January-June 2022 totalled $21.3bn, with "
     "Italy taking $2.4bn, mostly fuel. Cyprus was in second place with $1.9bn, followed by Bulgaria ($1.5bn) and "
     "Germany ($1.2bn).\n\nImports over the six months reached $40.1bn, leaving a deficit of $18.8bn that tourism "
     "revenue helps to cover.", "Greece's export markets",
     [("export", "GRC", "WLD", 21.3e9, "USD", 2022), ("export", "GRC", "ITA", 2.4e9, "USD", 2022),
      ("export", "GRC", "CYP", 1.9e9, "USD", 2022), ("export", "GRC", "BGR", 1.5e9, "USD", 2022),
      ("export", "GRC", "DEU", 1.2e9, "USD", 2022), ("import", "GRC", "WLD", 40.1e9, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round28(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
