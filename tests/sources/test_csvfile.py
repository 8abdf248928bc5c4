import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patrol.errors import MappingError, SourceError
from patrol.sources.base import FieldMap, ReadOptions
from patrol.sources.csvfile import CsvReader
from tests.conftest import split

AGORA_HEADER = "id,date,vendor,title,price_btc,category,subcategory,feedback,ships_from\n"


def read(path, maps=(), **kw):
    return split(CsvReader().read(path, ReadOptions(field_map=FieldMap.parse(list(maps)), **kw)))


def test_agora_style_with_mapping(tmp_path):
    p = tmp_path / "agora.csv"
    p.write_text(AGORA_HEADER + '2014-01-01__x,2014-01-01,budbrother,"10 seeds - Skunk",0.05,Drugs,Cannabis,"Feedbacks: 5/5 great",Australia\n')
    docs, bad, _ = read(p, ["text=title+feedback", "author=vendor", "posted_at=date"], source_name="agora")
    assert not bad
    d = docs[0]
    assert (d.id, d.author, d.source) == ("2014-01-01__x", "budbrother", "agora")
    assert d.text == "10 seeds - Skunk\nFeedbacks: 5/5 great"
    assert d.posted_at.isoformat() == "2014-01-01T00:00:00+00:00"


def test_embedded_newlines_keep_exact_raw_bytes_and_start_line(tmp_path):
    p = tmp_path / "m.csv"
    body = b'id,text\r\n1,"line one\r\nline two"\r\n2,plain\r\n'
    p.write_bytes(body)
    docs, bad, _ = read(p)
    assert not bad
    assert docs[0].text == "line one\r\nline two"
    assert docs[0].raw == b'1,"line one\r\nline two"'
    assert docs[0].origin.endswith("m.csv:2") and docs[1].origin.endswith("m.csv:4")


@pytest.mark.parametrize(
    "row, reason",
    [
        (b'2,"bad"quote', "malformed CSV"),
        (b"2,caf\xe9", "not valid utf-8"),
        (b"2,a\x00b", "NUL byte"),
        (b"2,too,many", "expected 2 fields, got 3"),
        (b"2", "expected 2 fields, got 1"),
    ],
)
def test_bad_rows_quarantined_good_rows_kept(tmp_path, row, reason):
    p = tmp_path / "b.csv"
    p.write_bytes(b"id,text\n1,first\n" + row + b"\n3,last\n")
    docs, bad, _ = read(p)
    assert [d.text for d in docs] == ["first", "last"]
    assert len(bad) == 1 and reason in bad[0].reason
    assert bad[0].origin.endswith("b.csv:3") and bad[0].raw == row


def test_unterminated_quote_at_end(tmp_path):
    p = tmp_path / "u.csv"
    p.write_bytes(b'id,text\n1,ok\n2,"never closed\nmore\n')
    docs, bad, _ = read(p)
    assert [d.text for d in docs] == ["ok"]
    assert len(bad) == 1 and bad[0].raw == b'2,"never closed\nmore'


def test_semicolon_and_tab_delimiters(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("id;text\n1;hola\n")
    assert read(p)[0][0].text == "hola"
    t = tmp_path / "t.tsv"
    t.write_text("id\ttext\n1\tbonjour, ça va\n")
    assert read(t)[0][0].text == "bonjour, ça va"


def test_mapping_to_a_missing_column_names_the_columns(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("id,title\n1,x\n")
    with pytest.raises(MappingError, match="available: id, title"):
        read(p, ["text=body"])


def test_bad_header_encoding_is_a_source_error(tmp_path):
    p = tmp_path / "h.csv"
    p.write_bytes(b"id,t\xe9xt\n1,a\n")
    with pytest.raises(SourceError, match="--encoding"):
        read(p)


def test_oversize_line_is_quarantined(tmp_path):
    p = tmp_path / "o.csv"
    p.write_bytes(b"id,text\n1," + b"y" * 3000 + b"\n2,fine\n")
    docs, bad, _ = read(p, max_record_bytes=1000)
    assert [d.text for d in docs] == ["fine"]
    assert bad[0].raw_length == 3003 and bad[0].origin.endswith(":2")


def test_empty_file(tmp_path):
    p = tmp_path / "e.csv"
    p.write_bytes(b"")
    assert read(p) == ([], [], [])


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=30)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.lists(cell, max_size=15))
def test_roundtrip_property(tmp_path, texts):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text"])
    w.writerows([f"r{i}", t] for i, t in enumerate(texts))
    p = tmp_path / "prop.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    docs, bad, _ = read(p)
    assert not bad
    assert [(d.id, d.text) for d in docs] == [(f"r{i}", t.strip()) for i, t in enumerate(texts)]
    # the raw bytes of each record parse back to exactly that record
    assert [next(csv.reader(io.StringIO(d.raw.decode()))) for d in docs] == [[f"r{i}", t] for i, t in enumerate(texts)]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=80)
@given(st.binary(max_size=300))
def test_junk_never_crashes(tmp_path, junk):
    p = tmp_path / "junk.csv"
    p.write_bytes(b"id,text\n" + junk)
    docs, bad, _ = read(p)
    assert all(isinstance(d.text, str) for d in docs)
    assert all(b.reason for b in bad)
