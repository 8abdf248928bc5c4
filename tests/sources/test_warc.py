import gzip
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from patrol.sources.base import ReadOptions
from patrol.sources.warc import WarcReader
from tests.conftest import split


def warc(records, gz=True) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for uri, ctype, payload in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2026-10-01T12:00:00Z"}))
    return buf.getvalue()


def read(path, **kw):
    return split(WarcReader().read(path, ReadOptions(**kw)))


def test_html_responses_become_documents_images_are_skipped(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(warc([
        ("https://shop.example/a", "text/html; charset=utf-8", b"<title>A</title><p>Buy 2-FDCK 5g</p><script>no</script>"),
        ("https://shop.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(20)),
        ("https://shop.example/b.txt", "text/plain", b"plain text menu"),
    ]))
    docs, bad, notes = read(p)
    assert not bad
    assert [d.url for d in docs] == ["https://shop.example/a", "https://shop.example/b.txt"]
    assert docs[0].text == "A\n\nBuy 2-FDCK 5g" and docs[1].text == "plain text menu"
    assert docs[0].source == "shop.example"
    assert docs[0].collected_at.isoformat() == "2026-10-01T12:00:00+00:00"
    assert docs[0].raw.startswith(b"<title>A</title>")
    assert [n.kind for n in notes] == ["skipped"] and "image/png" in notes[0].reason


def test_uncompressed_warc(tmp_path):
    p = tmp_path / "crawl.warc"
    p.write_bytes(warc([("https://x.example/", "text/html", b"<p>hello</p>")], gz=False))
    docs, bad, _ = read(p)
    assert [d.text for d in docs] == ["hello"] and not bad


def test_truncated_warc_keeps_what_came_before(tmp_path):
    whole = warc([("https://x.example/1", "text/html", b"<p>one</p>"),
                  ("https://x.example/2", "text/html", b"<p>two</p>" * 200)], gz=False)
    p = tmp_path / "cut.warc"
    p.write_bytes(whole[: len(whole) - 900])
    docs, bad, _ = read(p)
    assert [d.text for d in docs] == ["one"]
    assert len(bad) == 1 and "truncated" in bad[0].reason and "x.example/2" in bad[0].reason


def test_garbage_file_is_reported_not_crashed(tmp_path):
    p = tmp_path / "junk.warc.gz"
    p.write_bytes(gzip.compress(b"this is not a warc file at all\r\n\r\n"))
    docs, bad, _ = read(p)
    assert docs == [] and len(bad) == 1 and "WARC" in bad[0].reason


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=50)
                .filter(lambda s: s.strip() and "<" not in s and "&" not in s), min_size=1, max_size=5))
def test_roundtrip_property(tmp_path, texts):
    p = tmp_path / "p.warc.gz"
    p.write_bytes(warc([(f"https://x.example/{i}", "text/plain; charset=utf-8", t.encode()) for i, t in enumerate(texts)]))
    docs, bad, _ = read(p)
    assert not bad and [d.text for d in docs] == [t.strip() for t in texts]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.binary(max_size=400))
def test_junk_never_crashes(tmp_path, junk):
    p = tmp_path / "j.warc"
    p.write_bytes(b"WARC/1.0\r\n" + junk)
    docs, bad, notes = read(p)
    assert all(b.reason for b in bad)
