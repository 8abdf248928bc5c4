import json

from patrol.sources.base import FieldMap, ReadOptions
from patrol.sources.forum import ForumDumpReader
from tests.conftest import split


def read(path, maps=()):
    return split(ForumDumpReader().read(path, ReadOptions(field_map=FieldMap.parse(list(maps)))))


def test_forum_columns_recognised_in_jsonl(tmp_path):
    p = tmp_path / "board.jsonl"
    p.write_text(json.dumps({"post_id": "p1", "forum": "SaferUse", "thread_title": "Naloxone",
                             "post_body": "Carry naloxone.", "poster": "nurse", "post_date": "2026-01-02"}) + "\n")
    docs, bad, _ = read(p)
    d = docs[0]
    assert (d.id, d.source, d.author, d.text) == ("p1", "SaferUse", "nurse", "Naloxone\nCarry naloxone.")
    assert d.posted_at.isoformat() == "2026-01-02T00:00:00+00:00"


def test_market_dump_as_csv_with_override(tmp_path):
    p = tmp_path / "market.csv"
    p.write_text("listing_id,marketplace,vendor_name,listing_title,listing_description,price\n"
                 "L1,Hydra,bigvendor,Mephedrone 5g,Crystal mephedrone,100\n")
    docs, _, _ = read(p, ["author=vendor_name"])
    assert (docs[0].id, docs[0].source, docs[0].author) == ("L1", "Hydra", "bigvendor")
    assert docs[0].text == "Mephedrone 5g\nCrystal mephedrone"


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

posts = st.lists(st.fixed_dictionaries({
    "post_id": st.from_regex(r"p[0-9]{1,6}", fullmatch=True),
    "thread_title": st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .filter(lambda s: s.strip()),
    "post_body": st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
}), max_size=10)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(posts)
def test_roundtrip_property(tmp_path, rows):
    p = tmp_path / "dump.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, bad, _ = read(p)
    assert not bad and [d.id for d in docs] == [r["post_id"] for r in rows]
    for d, r in zip(docs, rows):
        title, body = r["thread_title"].strip(), r["post_body"].strip()
        assert d.text.startswith(title) and d.text.endswith(body)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(st.binary(max_size=300))
def test_junk_never_crashes(tmp_path, junk):
    p = tmp_path / "dump.csv"
    p.write_bytes(b"post_id,post_body\n" + junk)
    docs, bad, _ = read(p)
    assert all(b.reason for b in bad)
