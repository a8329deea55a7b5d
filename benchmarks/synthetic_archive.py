"""Synthetic feed archives for the speed benchmarks: N outlets x D days x K articles a day.

    python benchmarks/synthetic_archive.py --outlets 4 --days 365 --per-day 15 --seed 7 --out DIR

Every article is ~4 KB of plain text (a dateline, then paragraphs in which figure sentences
sit among filler that carries numbers which are not figures: people, kilometres, prices,
percentages). Figure phrasings vary: turnover, exports and imports in tonnes and dollars,
humanitarian-aid trucks, trade targets, deals signed, investment, with country pairs from
Central Asia (and its big neighbours).

Output, in DIR:

    feeds.yaml                       the feeds file (TRADEWIRE_FEEDS), paths relative to it
    <outlet>/<YYYY>-<MM>.xml         RSS 2.0, full text in content:encoded (one file per outlet and month)
    manifest.json                    the parameters and counts, so a harness can reuse the folder

Split: by default each outlet's archive is one RSS file per calendar month (~2 MB, ~450 items at
15 a day), listed as its own feed (`<outlet>-<YYYY>-<MM>`). That is how archives are usually
served (monthly archive pages), and one file per outlet-year (~25 MB) would exceed the
pipeline's 20 MB response cap (FeedSource.max_bytes) and be refused as `too_large`.
`--split year` writes one file per outlet anyway (for the floor, or with a raised cap).

Deterministic: each article is drawn from its own random.Random seeded by (seed, outlet, day,
slot), so the same article comes out whatever N, D and K are, and a small archive is a
subset of a bigger one with the same seed. Rendering reuses tests/feedgen.py.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.feedgen import render_feed  # noqa: E402

START_DATE = date(2024, 1, 1)
ARTICLE_CHARS = 4000  # body length to reach (plain text), before the last paragraph ends
FIGURE_SHARE = 0.2  # share of the sentences after the lead that state a figure (~10 extracted per article)

OUTLETS = [
    "tengri-trade-daily", "oxus-business-review", "fergana-freight-news", "altai-commerce-wire",
    "caspian-market-herald", "tien-shan-economist", "syr-darya-courier", "aral-sea-bulletin",
]

# name, adjective, capital / big city
COUNTRIES = {
    "Kazakhstan": ("Kazakh", "Astana"),
    "Uzbekistan": ("Uzbek", "Tashkent"),
    "Kyrgyzstan": ("Kyrgyz", "Bishkek"),
    "Tajikistan": ("Tajik", "Dushanbe"),
    "Turkmenistan": ("Turkmen", "Ashgabat"),
    "Afghanistan": ("Afghan", "Kabul"),
    "China": ("Chinese", "Beijing"),
    "Russia": ("Russian", "Moscow"),
}
# Pairs weighted towards Kazakhstan, the warehouse's main reporter, but not only.
PAIRS = [
    ("Kazakhstan", "Uzbekistan"), ("Kazakhstan", "Kyrgyzstan"), ("Kazakhstan", "Tajikistan"),
    ("Kazakhstan", "Turkmenistan"), ("Kazakhstan", "Afghanistan"), ("Kazakhstan", "China"),
    ("Kazakhstan", "Russia"), ("Kazakhstan", "Uzbekistan"), ("Kazakhstan", "Kyrgyzstan"),
    ("Uzbekistan", "Tajikistan"), ("Uzbekistan", "Afghanistan"), ("Uzbekistan", "Kyrgyzstan"),
    ("Turkmenistan", "Afghanistan"), ("Kyrgyzstan", "Tajikistan"), ("Uzbekistan", "Russia"),
]
COMMODITIES = ["wheat", "flour", "sugar", "coal", "sunflower oil", "rolled steel", "cement", "cotton fibre",
               "barley", "potatoes", "fertiliser", "diesel fuel"]
AID_GOODS = ["flour", "rice", "vegetable oil", "medicines", "warm clothing", "school supplies"]
SPANS = ["January-June", "January-March", "the first nine months of", "the first half of",
         "January-September", "the first quarter of"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# Figure sentences. {A}/{B}: country names, {Aa}/{Ba}: adjectives. Values are drawn per sentence.
FIGURES = {
    "turnover": [
        "Trade turnover between {A} and {B} reached ${v:.1f} billion in {y}, up {g:.1f}% on the previous year.",
        "Bilateral trade between {A} and {B} amounted to ${m:.1f} million in {span} {y}.",
        "{A}'s trade with {B} totalled {m:.0f} million US dollars last year, the statistics agency said.",
        "Mutual trade between {A} and {B} grew by {g:.0f} percent to ${v:.2f} billion in {y}.",
        "The volume of {Aa}-{Ba} trade came to ${m:.0f} million in {y}, according to customs data.",
    ],
    "exports_tonnes": [
        "{A} exported {t:,} tonnes of {c} to {B} in {span} {y}.",
        "Shipments of {Aa} {c} to {B} rose to {tm:.1f} million tonnes last year.",
        "{B} imported {t:,} tons of {c} from {A} in {y}, compared with {t2:,} tons a year earlier.",
        "Deliveries of {c} from {A} to {B} climbed from {t2:,} tonnes in {y0} to {t:,} tonnes in {y}.",
    ],
    "exports_money": [
        "{A}'s exports to {B} reached ${m:.1f} million in {y}, up {g:.1f}% year on year.",
        "{Ba} imports from {A} were worth ${m:.0f} million in {span} {y}.",
        "Exports of {Aa} goods to {B} totalled US${m:.1f} million in {y}.",
    ],
    "aid": [
        "{A} has sent {k} trucks of humanitarian aid to {B}, carrying {t:,} tonnes of {aid}.",
        "A convoy of {k} lorries loaded with {aid} left {capA} for {B} on {wd} as part of a humanitarian mission.",
        "{A} delivered {ta:,} tonnes of humanitarian aid, including {aid}, to {B} this month.",
        "Another {k} wagons of humanitarian cargo from {A} crossed into {B} on {wd}, officials said.",
    ],
    "target": [
        "The presidents agreed to raise bilateral trade to ${vt:.0f} billion by {yt}.",
        "{A} and {B} aim to bring trade turnover to ${vt:.0f} billion in the coming years.",
        "The two countries set a target of ${vt:.0f} billion in mutual trade by {yt}.",
        "Officials want {Aa}-{Ba} turnover to reach ${vt:.0f} billion by the end of {yt}.",
    ],
    "deal": [
        "Companies from {A} and {B} signed {n} agreements worth ${m:.0f} million at a business forum in {capA}.",
        "A package of deals worth ${v:.1f} billion was signed during the visit to {capB}.",
        "Business people concluded {n} commercial contracts totalling about ${m:.0f} million on {wd}.",
    ],
    "investment": [
        "{Aa} investors have committed about ${m:.0f} million to new plants in {B}, the ministry said.",
        "{A} will invest ${m:.0f} million in a joint logistics hub on the border with {B}.",
    ],
}
FIGURE_KINDS = list(FIGURES)

FILLER = [
    "About {n} companies took part in the exhibition, and {n2} delegates attended the plenary session.",
    "The railway line will be {km:,} kilometres long and is expected to employ {n2} people when completed.",
    "Officials said {pct} percent of settlements between the two countries are now made in national currencies.",
    "Wheat was quoted at about ${price} per tonne at the border last week, slightly below the spring level.",
    "The minister noted that cooperation in education, culture and tourism continues to develop steadily.",
    "Experts believe the logistics corridor could shorten delivery times by {n} days for shippers in the region.",
    "The delegation also visited a dairy plant and a logistics centre near the border crossing.",
    "Around {n2} students from {B} study at universities in Almaty and Astana under state scholarships.",
    "The sides discussed veterinary certification, digital customs procedures and joint tourism routes.",
    "A working group will meet every quarter to monitor the implementation of the agreed roadmap.",
    "Queues at the checkpoint shrank to {n} hours after a second lane opened in {month}.",
    "The airline plans {n} weekly flights between {capA} and {capB} from next season.",
    "Traders complained that transit fees rose by {pct} percent over the past year.",
    "The forum, held for the {n}th time, drew participants from {n3} countries.",
    "A new border market covering {area} hectares is due to open in {month}, local authorities said.",
    "The {Aa} side proposed to simplify the visa regime for drivers and to extend permits to {n} days.",
    "Analysts at a regional bank expect freight volumes on the route to keep growing for several years.",
    "The governor said {n2} families in the border districts would benefit from the new irrigation canal.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TITLES = [
    "{A} and {B} discuss ways to expand trade",
    "{Aa}-{Ba} trade: new figures, new targets",
    "{A} steps up shipments to {B}",
    "Business forum in {capA} ends with a round of deals",
    "Humanitarian convoy from {A} reaches {B}",
    "{B} looks to {A} for grain and fuel",
    "Border trade between {A} and {B} gathers pace",
    "Ministers from {A} and {B} meet in {capB}",
]


def _values(rng: random.Random, published: date, pair: tuple[str, str]) -> dict:
    a, b = pair if rng.random() < 0.75 else pair[::-1]
    y = published.year - 1
    return dict(
        A=a, B=b, Aa=COUNTRIES[a][0], Ba=COUNTRIES[b][0], capA=COUNTRIES[a][1], capB=COUNTRIES[b][1],
        v=rng.uniform(0.3, 25), vt=rng.randrange(2, 40), m=rng.uniform(5, 950), g=rng.uniform(1, 45),
        y=y, y0=y - 1, yt=published.year + rng.randrange(2, 8), span=rng.choice(SPANS),
        t=rng.randrange(1_000, 900_000), t2=rng.randrange(1_000, 900_000), tm=rng.uniform(1, 9),
        ta=rng.randrange(50, 5_000), c=rng.choice(COMMODITIES), aid=rng.choice(AID_GOODS),
        k=rng.randrange(5, 120), n=rng.randrange(2, 60), n2=rng.randrange(20, 3_000), n3=rng.randrange(5, 40),
        km=rng.randrange(50, 2_000), pct=rng.randrange(3, 90), price=rng.randrange(180, 400),
        area=rng.randrange(5, 80), wd=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
    )


def make_article(seed: int, outlet: str, day: date, slot: int, article_chars: int = ARTICLE_CHARS,
                 figure_share: float = FIGURE_SHARE) -> dict:
    """One article in tests/feedgen.py's (devset) shape, without annotations."""
    rng = random.Random(f"{seed}:{outlet}:{day.isoformat()}:{slot}")
    pair = rng.choice(PAIRS)
    lead_kind = rng.choice(FIGURE_KINDS)
    first = _values(rng, day, pair)
    lead = rng.choice(FIGURES[lead_kind]).format(**first)
    paragraphs = [f"{first['capA'].upper()}, {day:%B} {day.day} ({outlet.replace('-', ' ').title()}) – {lead}"]
    size = len(paragraphs[0])
    while size < article_chars:
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            values = _values(rng, day, pair)
            if rng.random() < figure_share:
                sentences.append(rng.choice(FIGURES[rng.choice(FIGURE_KINDS)]).format(**values))
            else:
                sentences.append(rng.choice(FILLER).format(**values))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    text = "\n\n".join(paragraphs)
    article_id = f"{outlet}-{day:%Y%m%d}-{slot:03d}"
    title = rng.choice(TITLES).format(**first)
    slug = "-".join(word.strip(":,").lower() for word in title.split()[:6])
    return {
        "id": article_id,
        "url": f"https://{outlet}.example/{day:%Y/%m/%d}/{slug}-{slot}",
        "published": day.isoformat(),
        "title": title,
        "summary": lead if len(lead) < 300 else lead[:297] + "...",
        "full_text": True,
        "text": text,
    }


def generate(out: Path, outlets: int, days: int, per_day: int, seed: int, split: str = "month",
             start: date = START_DATE, article_chars: int = ARTICLE_CHARS, figure_share: float = FIGURE_SHARE) -> dict:
    """Write the archive into `out` and return its manifest."""
    out.mkdir(parents=True, exist_ok=True)
    names = [OUTLETS[i % len(OUTLETS)] + (f"-{i // len(OUTLETS) + 1}" if i >= len(OUTLETS) else "")
             for i in range(outlets)]
    dates = [start + timedelta(days=offset) for offset in range(days)]
    feeds, files, rss_bytes, body_chars, articles = [], [], 0, 0, 0
    for outlet in names:
        (out / outlet).mkdir(exist_ok=True)
        groups: dict[str, list[date]] = {}
        for day in dates:
            key = f"{day:%Y-%m}" if split == "month" else f"{dates[0]:%Y}"
            groups.setdefault(key, []).append(day)
        for key, group in groups.items():
            feed = f"{outlet}-{key}" if split == "month" else outlet
            batch = []
            for day in group:
                for slot in range(per_day):
                    article = make_article(seed, outlet, day, slot, article_chars, figure_share)
                    article["feed"] = feed
                    batch.append(article)
            body_chars += sum(len(a["text"]) for a in batch)
            articles += len(batch)
            relative = f"{outlet}/{key}.xml"
            document = render_feed(feed, batch).encode("utf-8")
            (out / relative).write_bytes(document)
            rss_bytes += len(document)
            files.append(relative)
            feeds.append((feed, relative))
    lines = [
        f"# Synthetic archive: {outlets} outlets x {days} days x {per_day} articles a day, seed {seed},",
        f"# one RSS file per outlet and {'month' if split == 'month' else 'archive'}"
        " (benchmarks/synthetic_archive.py). Paths are relative to this file.",
        "feeds:",
    ]
    for feed, relative in feeds:
        lines += [f"  - name: {feed}", f"    url: {relative}", "    fetch_full_text: false"]
    (out / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = {
        "outlets": outlets, "days": days, "per_day": per_day, "seed": seed, "split": split,
        "article_chars": article_chars, "figure_share": figure_share,
        "start": start.isoformat(), "end": (dates[-1] if dates else start).isoformat(),
        "articles": articles, "files": len(files), "rss_bytes": rss_bytes,
        "mean_body_chars": round(body_chars / articles) if articles else 0,
        "feeds_file": "feeds.yaml",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=4)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=["month", "year"], default="month",
                        help="one RSS file per outlet and month (default) or one per outlet")
    parser.add_argument("--start", type=date.fromisoformat, default=START_DATE, help="first day (default 2024-01-01)")
    parser.add_argument("--article-chars", type=int, default=ARTICLE_CHARS,
                        help=f"plain-text length of a body to reach (default {ARTICLE_CHARS})")
    parser.add_argument("--figure-share", type=float, default=FIGURE_SHARE,
                        help=f"share of non-lead sentences that state a figure (default {FIGURE_SHARE})")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    manifest = generate(args.out, args.outlets, args.days, args.per_day, args.seed, args.split, args.start,
                        args.article_chars, args.figure_share)
    print(f"{manifest['articles']} articles ({manifest['start']} .. {manifest['end']}) in {manifest['files']} RSS "
          f"files, {manifest['rss_bytes'] / 1e6:.1f} MB, {manifest['mean_body_chars']} chars per body on average; "
          f"{args.out / 'feeds.yaml'} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
