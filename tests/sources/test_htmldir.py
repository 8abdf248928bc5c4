import html as htmllib
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patrol.sources.base import ReadOptions
from patrol.sources.htmldir import HtmlDirReader
from patrol.sources.htmltext import extract
from tests.conftest import split

PAGE = """<!doctype html><html><head><title>3-CMC | Shop</title>
<link rel="canonical" href="https://shop.example/3cmc">
<meta name="author" content="ShopOwner">
<meta property="article:published_time" content="2026-10-01T10:00:00+02:00">
<style>.x{color:red}</style><script>var hidden = "do not index";</script></head>
<body><nav>Home</nav><h1>Buy <b>3-CMC</b> online</h1><p>10g &euro;75</p><noscript>enable js</noscript></body></html>"""


def read(path, **kw):
    return split(HtmlDirReader().read(path, ReadOptions(**kw)))


def test_folder_of_pages(tmp_path):
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "shop" / "sub").mkdir()
    (tmp_path / "shop" / "sub" / "b.htm").write_text("<p>second page</p>", encoding="utf-8")
    (tmp_path / "shop" / "notes.txt").write_text("not a page")
    docs, bad, _ = read(tmp_path / "shop")
    assert not bad and [d.id for d in docs] == ["a.html", "sub/b.htm"]
    d = docs[0]
    assert d.source == "shop" and d.url == "https://shop.example/3cmc" and d.author == "ShopOwner"
    assert d.posted_at == datetime(2026, 10, 1, 8, tzinfo=timezone.utc)
    assert "Buy 3-CMC online" in d.text and "10g €75" in d.text
    assert "hidden" not in d.text and "color" not in d.text and "enable js" not in d.text
    assert d.raw == PAGE.encode()


@pytest.mark.parametrize(
    "raw, expect",
    [
        ('<meta charset="iso-8859-1"><p>Kétamine</p>'.encode("latin-1"), "Kétamine"),
        ('<meta charset="windows-1251"><p>Мефедрон</p>'.encode("cp1251"), "Мефедрон"),
        ("\ufeff<p>BOM page</p>".encode("utf-8"), "BOM page"),
    ],
)
def test_declared_charsets(tmp_path, raw, expect):
    p = tmp_path / "x.html"
    p.write_bytes(raw)
    docs, bad, _ = read(p)
    assert not bad and expect in docs[0].text


def test_undeclared_non_utf8_page_is_kept_with_a_warning(tmp_path):
    p = tmp_path / "x.html"
    p.write_bytes("<p>coca\xefne</p>".encode("latin-1"))
    docs, bad, notes = read(p)
    assert len(docs) == 1 and not bad and "cp1252" in notes[0].reason


def test_binary_junk_and_oversize_are_quarantined(tmp_path):
    (tmp_path / "junk.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "big.html").write_bytes(b"<p>" + b"a" * 5000 + b"</p>")
    (tmp_path / "ok.html").write_bytes(b"<p>fine</p>")
    docs, bad, _ = read(tmp_path, max_record_bytes=1000)
    assert [d.text for d in docs] == ["fine"]
    assert sorted(b.origin.rsplit("/", 1)[1] for b in bad) == ["big.html", "junk.html"]
    assert {b.raw_length for b in bad} == {11, 5007}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
                .filter(lambda s: s.strip()), min_size=1, max_size=5))
def test_paragraph_text_survives(tmp_path, paras):
    page = "<html><body>" + "".join(f"<p>{htmllib.escape(t)}</p>" for t in paras) + "<script>x()</script></body></html>"
    text = extract(page).text
    for t in paras:
        assert " ".join(t.split()) in " ".join(text.split())


@settings(max_examples=100)
@given(st.text(max_size=300))
def test_extract_never_crashes(s):
    assert isinstance(extract(s).text, str)
