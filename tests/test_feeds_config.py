import pytest

from ingest.feeds_config import FeedsConfigError, load_feeds


def write(tmp_path, content: str):
    path = tmp_path / "feeds.yaml"
    path.write_text(content)
    return path


def test_loads_urls_paths_and_options(tmp_path):
    (tmp_path / "local.xml").write_text("<rss/>")
    feeds = load_feeds(write(tmp_path, """
feeds:
  - name: astana-times
    url: https://astanatimes.com/feed/
    fetch_full_text: true
  - name: local
    url: local.xml
"""))
    assert [f.name for f in feeds] == ["astana-times", "local"]
    assert feeds[0].fetch_full_text is True and feeds[1].fetch_full_text is None
    assert feeds[1].url == (tmp_path / "local.xml").resolve().as_uri()


@pytest.mark.parametrize(
    "content, message",
    [
        ("feeds: [", "not valid YAML"),
        ("items: []", "expected a mapping with a 'feeds' list"),
        ("feeds: []", "list is empty"),
        ("feeds:\n  - just-a-string", "feeds entry 1: expected a mapping"),
        ("feeds:\n  - url: https://a.example/feed", "feeds entry 1: 'name' must be"),
        ("feeds:\n  - name: Bad Name\n    url: https://a.example/", "'name' must be"),
        ("feeds:\n  - name: a\n", "feeds entry 1 (a): 'url' is missing"),
        ("feeds:\n  - name: a\n    url: ftp://a.example/feed", "unsupported URL scheme 'ftp'"),
        ("feeds:\n  - name: a\n    url: https:///feed", "has no host"),
        ("feeds:\n  - name: a\n    url: https://a.example/\n    fetch_full_text: maybe", "must be true or false"),
        ("feeds:\n  - name: a\n    url: https://a.example/\n    colour: red", "unknown key(s) colour"),
        ("feeds:\n  - name: a\n    url: https://a.example/\n  - name: a\n    url: https://b.example/", "repeated: a"),
    ],
)
def test_malformed_files_name_the_file_entry_and_problem(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(FeedsConfigError) as error:
        load_feeds(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(FeedsConfigError, match="feeds file not found"):
        load_feeds(tmp_path / "nope.yaml")


def test_bundled_feed_files_load():
    assert len(load_feeds("feeds/sample.yaml")) >= 5
    assert len(load_feeds("feeds/live.yaml")) >= 8
