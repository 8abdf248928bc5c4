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
