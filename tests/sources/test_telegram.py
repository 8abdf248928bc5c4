import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patrol.sources.base import ReadOptions
from patrol.sources.telegram import TelegramReader, message_text
from tests.conftest import split

EXPORT = {
    "name": "Plug Channel", "type": "public_channel", "id": 123,
    "messages": [
        {"id": 1, "type": "service", "date": "2026-09-01T10:00:00", "action": "create_channel", "text": ""},
        {"id": 2, "type": "message", "date": "2026-09-02T12:00:00", "date_unixtime": "1788350400",
         "from": "Plug Channel", "text": ["MDMA 1g £40, DM ", {"type": "mention", "text": "@uk_plug"},
                                          " or ", {"type": "text_link", "text": "shop", "href": "https://t.me/plug_shop"}]},
        {"id": 3, "type": "message", "date": "2026-09-03T08:30:00", "from": "Plug Channel", "text": "plain text"},
    ],
}


def read(path, **kw):
    return split(TelegramReader().read(path, ReadOptions(**kw)))


def test_channel_export(tmp_path):
    p = tmp_path / "result.json"
    p.write_text(json.dumps(EXPORT, ensure_ascii=False), encoding="utf-8")
    docs, bad, notes = read(p)
    assert not bad
    assert [d.id for d in docs] == ["123/2", "123/3"]
    assert docs[0].text == "MDMA 1g £40, DM @uk_plug or shop (https://t.me/plug_shop)"
    assert docs[0].source == "telegram:Plug Channel" and docs[0].author == "Plug Channel"
    assert docs[0].posted_at.isoformat() == "2026-09-02T12:00:00+00:00"  # from date_unixtime
    assert docs[1].posted_at.isoformat() == "2026-09-03T08:30:00+00:00"  # naive date, UTC assumed
    assert json.loads(docs[0].raw) == {"chat": {"name": "Plug Channel", "type": "public_channel", "id": 123},
                                       "message": EXPORT["messages"][1]}
    assert [(n.kind, "create_channel" in n.reason) for n in notes] == [("skipped", True)]


def test_account_export_with_several_chats(tmp_path):
    p = tmp_path / "result.json"
    p.write_text(json.dumps({"about": "x", "chats": {"list": [
        {"name": "A", "type": "private_group", "id": 1, "messages": [{"id": 1, "type": "message", "date": "2026-01-01T00:00:00", "text": "in A"}]},
        {"name": "B", "type": "public_channel", "id": 2, "messages": [{"id": 1, "type": "message", "date": "2026-01-01T00:00:00", "text": "in B"}]},
    ]}}), encoding="utf-8")
    docs, bad, _ = read(p)
    assert [(d.id, d.source, d.text) for d in docs] == [("1/1", "telegram:A", "in A"), ("2/1", "telegram:B", "in B")]
    assert docs[0].sha256 != docs[1].sha256


def test_truncated_export_keeps_earlier_messages(tmp_path):
    p = tmp_path / "result.json"
    whole = json.dumps(EXPORT).encode()
    p.write_bytes(whole[: whole.index(b'"plain text"')])
    docs, bad, _ = read(p)
    assert [d.id for d in docs] == ["123/2"]
    assert len(bad) == 1 and "after message id 2" in bad[0].reason


def test_not_json_at_all(tmp_path):
    p = tmp_path / "result.json"
    p.write_bytes(b"\x00\x01binary junk")
    docs, bad, _ = read(p)
    assert docs == [] and len(bad) == 1


fragment = st.one_of(
    st.text(max_size=20),
    st.builds(lambda t: {"type": "bold", "text": t}, st.text(max_size=20)),
)


@given(st.lists(fragment, max_size=10))
def test_message_text_keeps_every_fragment_in_order(pieces):
    expected = "".join(p if isinstance(p, str) else p["text"] for p in pieces)
    assert message_text(pieces) == expected


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(st.lists(st.text(max_size=40), max_size=12))
def test_roundtrip_property(tmp_path, texts):
    export = {"name": "C", "type": "public_channel", "id": 9,
              "messages": [{"id": i + 1, "type": "message", "date": "2026-01-01T00:00:00", "text": t}
                           for i, t in enumerate(texts)]}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(export), encoding="utf-8")
    docs, bad, _ = read(p)
    assert not bad and [d.text for d in docs] == texts


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.binary(max_size=200))
def test_junk_never_crashes(tmp_path, junk):
    p = tmp_path / "result.json"
    p.write_bytes(b'{"name": "x", "messages": [' + junk)
    docs, bad, _ = read(p)
    assert all(b.reason for b in bad)
