import pytest

from ingest.text import canonical_url, content_hash, html_to_text


@pytest.mark.parametrize(
    "fragment, expected",
    [
        (None, ""),
        ("plain &amp; simple", "plain & simple"),
        ("<p>One.</p><p>Two &ndash; three.</p>", "One.\n\nTwo – three."),
        ("<div>Line<br>break</div>", "Line\n\nbreak"),
        ("<p>Kept</p><script>var x = 1;</script><style>p{}</style>", "Kept"),
        ("<p>  spaced\n   out  </p>", "spaced out"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ],
)
def test_html_to_text_keeps_paragraphs(fragment, expected):
    assert html_to_text(fragment) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://www.Example.org/news/a/", "https://example.org/news/a"),
        ("https://example.org/a?utm_source=rss&id=5#top", "https://example.org/a?id=5"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org", "https://example.org/"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_content_hash_ignores_markup_case_and_spacing():
    assert content_hash("Trade  grew.\n\nA lot!") == content_hash("trade grew a lot")
    assert content_hash("trade grew") != content_hash("trade fell")
