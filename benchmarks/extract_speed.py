"""Articles per second of extract_figures on one core, over a deterministic synthetic corpus.

    python benchmarks/extract_speed.py [--articles N] [--seed S] [--figure-share F] [--min-rate R]

Each article is ~4 KB: a dateline, figure sentences (trade, exports, deals, aid, targets,
growth rates, ranges, other currencies) scattered among filler paragraphs with numbers that
are not figures (people, prices, percentages, kilometres). Only extract_figures is timed (process CPU time, one core).
By default ~10 figures per article, about three times the density of the dev set's real articles (3.6
per 4 KB), since the time goes mostly to figures; --figure-share 0.05 gives ~4 per article, as in real copy.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction import extract_figures  # noqa: E402

PARTNERS = ["Tajikistan", "Uzbekistan", "Kyrgyzstan", "Afghanistan", "China", "Russia", "Türkiye", "Turkmenistan"]
ADJECTIVES = {"Tajikistan": "Tajik", "Uzbekistan": "Uzbek", "Kyrgyzstan": "Kyrgyz", "Afghanistan": "Afghan",
              "China": "Chinese", "Russia": "Russian", "Türkiye": "Turkish", "Turkmenistan": "Turkmen"}
CITIES = ["ASTANA", "ALMATY", "TASHKENT", "BISHKEK", "DUSHANBE", "KABUL", "BEIJING", "MOSCOW"]
COMMODITIES = ["wheat", "flour", "sugar", "coal", "sunflower oil", "rolled steel", "cement", "cotton fibre"]
MONTH_SPANS = ["January-June", "Jan-Apr", "the first nine months of", "H1", "the first quarter of", "January–September"]

FIGURE_TEMPLATES = [
    "Trade between Kazakhstan and {p} reached ${v:.1f} billion in {y}, an increase of {g:.1f} percent.",
    "Kazakh exports to {p} amounted to ${m:.1f} million in {span} {y}, up {g:.1f}% year on year.",
    "{p}'s exports to Kazakhstan totalled {m:.0f} million US dollars over the same period.",
    "Kazakhstan shipped {t:,} tonnes of {c} to {p} last year, compared with {t2:,} in {y0}.",
    "The two countries signed {n} agreements worth over ${m:.0f} million at a business forum in Astana on Tuesday.",
    "Kazakhstan has dispatched {k} trucks of humanitarian aid to {p}, including {t:,} tonnes of {c}.",
    "The presidents agreed to boost bilateral trade to ${v:.0f} billion by {yt}.",
    "Measured in tenge, {adj}-Kazakh turnover rose to {v:.1f} trillion tenge (US${m:.1f} million).",
    "Kazakh investors have committed about ${m:.0f} million to new plants in {p}, the ministry said.",
    "Deliveries of Kazakh {c} to {p} rose from {t2:,} tonnes in {y0} to {t:,} in {y}.",
]
FIGURE_SHARE = 0.15   # of sentences after the lead: ~10 figures per 4 KB, denser than real copy
FILLER = [
    "About {n} companies took part in the exhibition, and {n2} delegates attended the plenary session.",
    "The railway line will be {km:,} kilometres long and is expected to employ {n2} people when completed.",
    "Officials said {pct} percent of settlements are now made in national currencies.",
    "Wheat was quoted at about ${price} per tonne at the border last week, slightly below the spring level.",
    "The minister noted that cooperation in education, culture and tourism continues to develop steadily.",
    "Experts believe the logistics corridor could shorten delivery times by {n} days for shippers in the region.",
    "The delegation also visited a dairy plant and a logistics centre near the border crossing.",
    "Around {n2} students from {p} study at universities in Almaty and Astana under state scholarships.",
    "The sides discussed veterinary certification, digital customs procedures and joint tourism routes.",
    "A working group will meet every quarter to monitor the implementation of the agreed roadmap.",
]


def make_article(rng: random.Random, figure_share: float = FIGURE_SHARE) -> tuple[str, date, str]:
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 2400))
    partner = rng.choice(PARTNERS)
    y = published.year - 1

    def values():
        return dict(p=partner, adj=ADJECTIVES[partner], v=rng.uniform(0.5, 30), m=rng.uniform(10, 900),
                    g=rng.uniform(1, 40), y=y, y0=y - 1, yt=published.year + rng.randrange(2, 8),
                    t=rng.randrange(1000, 900000), t2=rng.randrange(1000, 900000), c=rng.choice(COMMODITIES),
                    n=rng.randrange(2, 60), n2=rng.randrange(20, 3000), k=rng.randrange(5, 80),
                    span=rng.choice(MONTH_SPANS), km=rng.randrange(50, 2000), pct=rng.randrange(5, 90),
                    price=rng.randrange(180, 400))

    paragraphs = [f"{rng.choice(CITIES)}, {published:%B} {published.day} (Test Wire) – "
                  + rng.choice(FIGURE_TEMPLATES).format(**values())]
    while sum(len(p) for p in paragraphs) < 3900:
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            template = rng.choice(FIGURE_TEMPLATES) if rng.random() < figure_share else rng.choice(FILLER)
            sentences.append(template.format(**values()))
        paragraphs.append(" ".join(sentences))
    title = f"Kazakhstan and {partner} discuss trade"
    return "\n\n".join(paragraphs), published, title


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus; the best is reported")
    parser.add_argument("--figure-share", type=float, default=FIGURE_SHARE,
                        help="share of sentences after the lead that state a figure (0.05: real copy's density)")
    parser.add_argument("--min-rate", type=float, default=None, help="exit 1 below this many articles/s")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    corpus = [make_article(rng, args.figure_share) for _ in range(args.articles)]
    size = sum(len(body) for body, _, _ in corpus) / len(corpus)

    for body, published, title in corpus[:50]:   # warm-up: regex caches, imports
        extract_figures(body, published, title)
    # CPU time of this process, best of --repeat passes: other work on a shared machine
    # (which slows every pass a little differently) counts against the result as little as possible
    passes = []
    for _ in range(max(1, args.repeat)):
        figures = 0
        start = time.process_time()
        for body, published, title in corpus:
            figures += len(extract_figures(body, published, title))
        passes.append(time.process_time() - start)
    elapsed = min(passes)
    rate = len(corpus) / elapsed
    print(f"{len(corpus)} articles, {size:,.0f} chars each on average, {figures} figures")
    print(f"passes: {', '.join(f'{p:.2f} s' for p in passes)}")
    print(f"{elapsed:.2f} s  ->  {rate:,.0f} articles/s  ({1000 * elapsed / len(corpus):.2f} ms/article)")
    if args.min_rate is not None and rate < args.min_rate:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
