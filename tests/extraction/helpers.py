"""Figures as comparable tuples, for table-driven extraction tests."""

from extraction import SYMMETRIC_KINDS, extract_figures


def _pair(kind, a, b):
    return tuple(sorted((a, b))) if kind in SYMMETRIC_KINDS else (a, b)  # scored in either order


def rows(body, published, title=None):
    """(kind, pair, value, unit, year) of every figure extracted from body, sorted."""
    return sorted((f.kind, *_pair(f.kind, f.reporter_iso3, f.partner_iso3), f.value, f.unit,
                   f.period_end.year if f.period_end else None)
                  for f in extract_figures(body, published, title))


def norm(expected):
    """Expected rows in the same shape as rows()."""
    return sorted((k, *_pair(k, a, b), *rest) for k, a, b, *rest in expected)
