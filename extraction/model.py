"""The extracted row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("trade_turnover", "trade_target", "export", "import", "deal_value", "aid", "investment")
SYMMETRIC_KINDS = frozenset({"trade_turnover", "trade_target", "deal_value", "investment"})
QUALIFIERS = ("exact", "approx", "at_least", "at_most")


@dataclass(frozen=True)
class Figure:
    kind: str                 # one of KINDS
    reporter_iso3: str        # ISO 3166-1 alpha-3
    partner_iso3: str         # ISO3; 'WLD' only for a genuine world total
    commodity: str | None
    value: float              # units of currency, tonnes, or a count
    unit: str                 # ISO 4217 code, 't' or 'count'
    count_noun: str | None    # truck, wagon, container ... when unit is 'count'
    qualifier: str            # exact | approx | at_least | at_most
    period_start: date | None
    period_end: date | None
    reported_change_pct: float | None
    sentence: str             # body[sentence start:end], trimmed
    char_start: int           # body[char_start:char_end] is the quoted number and unit
    char_end: int
    confidence: float         # 0..1
