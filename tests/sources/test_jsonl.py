import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patrol.sources.base import FieldMap, ReadOptions
from patrol.sources.jsonl import JsonlReader
from tests.conftest import split


def read(path, **kw):
    return split(JsonlReader().read(path, ReadOptions(**kw)))


def test_reads_records_with_default_fields(tmp_path):
    p = tmp_path / "posts.jsonl"
    p.write_text(
        '{"id": "a1", "text": "5g MDMA 40 EUR", "author": "v1", "date": "2024-01-05", "url": "http://x.onion/1"}\n'
        '\n'
        '{"id": "a2", "title": "Ketamine", "body": "needles", "vendor": "v2", "source": "mkt"}\n',
        encoding="utf-8",
    )
    docs, bad, _ = read(p)
    assert bad == []
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].text == "5g MDMA 40 EUR"
    assert docs[0].author == "v1" and docs[0].url == "http://x.onion/1"
    assert docs[0].posted_at.isoformat() == "2024-01-05T00:00:00+00:00"
    assert docs[0].source == "posts"  # file stem when the record names none
    assert docs[1].text == "Ketamine\nneedles" and docs[1].source == "mkt"
    assert docs[0].raw == p.read_bytes().split(b"\n")[0]
    assert docs[0].origin.endswith("posts.jsonl:1") and docs[1].origin.endswith("posts.jsonl:3")


def test_mapping_joins_fields_and_reaches_into_objects(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"t": "Title", "fb": "great", "user": {"name": "bob"}}) + "\n")
    docs, _, _ = read(p, field_map=FieldMap.parse(["text=t+fb", "author=user.name"]))
    assert docs[0].text == "Title\ngreat" and docs[0].author == "bob"


@pytest.mark.parametrize(
    "line, reason",
    [
        (b'{"id": 1, "text": "unterminated', "invalid JSON"),
        (b'[1, 2, 3]', "expected a JSON object"),
        (b'{"text": "caf\xe9"}', "not valid utf-8"),
        (b'{"text": "a\x00b"}', "not valid utf-8"),
        (b'\x89PNG\r\x1a\x00\x00junk', "not valid utf-8"),
    ],
)
def test_bad_lines_are_reported_with_location_and_good_ones_kept(tmp_path, line, reason):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b'{"text": "good one"}\n' + line + b'\n{"text": "good two"}\n')
    docs, bad, _ = read(p)
    assert [d.text for d in docs] == ["good one", "good two"]
    assert len(bad) == 1
    assert bad[0].origin.endswith("mixed.jsonl:2")
    assert reason in bad[0].reason
    assert bad[0].raw == line


def test_other_encodings_on_request(tmp_path):
    p = tmp_path / "latin.jsonl"
    p.write_bytes('{"text": "cocaïne"}\n'.encode("latin-1"))
    assert read(p)[1]  # strict utf-8: quarantined
    docs, bad, _ = read(p, encoding="latin-1")
    assert not bad and docs[0].text == "cocaïne"


def test_huge_record_is_quarantined_without_holding_it(tmp_path):
    p = tmp_path / "big.jsonl"
    big = b'{"text": "' + b"x" * 5000 + b'"}'
    p.write_bytes(b'{"text": "small"}\n' + big + b'\n{"text": "after"}\n')
    docs, bad, _ = read(p, max_record_bytes=1000)
    assert [d.text for d in docs] == ["small", "after"]
    assert bad[0].raw_length == len(big) + 1 and len(bad[0].raw) == 1000
    assert "over the 1000-byte limit" in bad[0].reason


def test_truncated_last_line(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_bytes(b'{"text": "a"}\n{"text": "b')
    docs, bad, _ = read(p)
    assert len(docs) == 1 and len(bad) == 1 and bad[0].origin.endswith(":2")


def test_gzip_and_bom(tmp_path):
    import gzip

    p = tmp_path / "d.jsonl.gz"
    with gzip.open(p, "wb") as f:
        f.write(b'\xef\xbb\xbf{"text": "first"}\n{"text": "second"}\n')
    docs, bad, _ = read(p)
    assert not bad and [d.text for d in docs] == ["first", "second"]


def test_unparseable_date_keeps_the_record_and_warns(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"text": "x", "date": "last tuesday"}\n')
    docs, bad, notes = read(p)
    assert docs[0].posted_at is None and not bad
    assert "posted_at left empty" in notes[0].reason


records = st.lists(
    st.fixed_dictionaries({"id": st.from_regex(r"[A-Za-z0-9_.:-]{1,12}", fullmatch=True), "text": st.text(max_size=80)}),
    max_size=20,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(records)
def test_roundtrip_property(tmp_path, recs):
    p = tmp_path / "prop.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    docs, bad, _ = read(p)
    assert not bad
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"].strip()) for r in recs]
    assert all(json.loads(d.raw) == r for d, r in zip(docs, recs))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=80)
@given(st.lists(st.binary(max_size=60).filter(lambda b: b"\n" not in b), max_size=15))
def test_junk_never_crashes_and_every_line_is_accounted_for(tmp_path, lines):
    p = tmp_path / "junk.jsonl"
    p.write_bytes(b"\n".join(lines))
    docs, bad, _ = read(p)
    nonblank = [ln for i, ln in enumerate(lines) if (ln[3:] if i == 0 and ln.startswith(b"\xef\xbb\xbf") else ln).strip()]
    assert len(docs) + len(bad) == len(nonblank)
