"""Trade and humanitarian-aid figures from news text. Standard library only.

    from extraction import extract_figures, Figure, EXTRACTOR_VERSION
    figures = extract_figures(body, published_date, title=None)

How it reads an article (extract.py drives it):
  numbers.py    one number+unit grammar finds every amount: money in any common form and
                currency, tonnes, counts of trucks/wagons/containers; bare numbers are kept so
                a unit can carry over ("from 19,100 tons in 2023 to 143,000 in 2024")
  text.py       sentence, paragraph and clause boundaries as offsets
  classify.py   cue words around a number -> kind; qualifier; stated growth; targets,
                forecasts and potential; commodity
  countries.py  every country by name, adjective, demonym and capital (country_table.py)
  parties.py    the country pair and the direction of a flow, from the roles of the
                mentions around the number, then the sentence, paragraph and article
  periods.py    time expressions resolved against the publication date
Scanners run over a lower-cased copy of the text with the same offsets; everything is
compiled at import.
"""
from .extract import extract_figures
from .model import KINDS, QUALIFIERS, SYMMETRIC_KINDS, Figure

# bump when output can change for the same input (the warehouse keys re-extraction on it)
EXTRACTOR_VERSION = "2026.12.01"

__all__ = ["extract_figures", "Figure", "EXTRACTOR_VERSION", "KINDS", "QUALIFIERS", "SYMMETRIC_KINDS"]
