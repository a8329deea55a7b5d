"""Rules of round 23 (extras of tune23: deliveries an agency makes on its own account)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 3, 10)

CASES = [
    # an agency that delivers or distributes gives no country's aid; a government's gift in the same report does
    ("Highlights\n• In February, WFP delivered 91,400 mt of food to people across all provinces of Peru.\n"
     "• UNICEF dispatched 12 trucks of emergency supplies to the flooded districts.\n"
     "• Humanitarian agencies distributed about 38,000 tonnes of food assistance.\n"
     "• In February, 240 trucks carrying WFP food crossed into Peru.\n"
     "• Chile delivered 3,000 tonnes of wheat flour to Peru in February.", "WFP Peru Situation Report",
     [("aid", "CHL", "PER", 3000.0, "t", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round23(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
