import json

from hypothesis import given
from hypothesis import strategies as st

from patrol.pipeline import runner
from patrol.pipeline.repeats import Repeats


def _analyse(records):
    """What the runner's workers return: (source, result) per record passed on, in order."""
    for kind, rid, text, source in records:
        yield source, ({"id": rid, "text": text, "label": "drug_sale", "nested": [{"n": len(text)}]} if kind == "ok"
                       else {"id": rid, "error": text})


def _through(records, **limits):
    repeats = Repeats(**limits)
    analysed = []

    def counted(recs):
        for rec in recs:
            analysed.append(rec[1])
            yield rec

    return list(repeats.merged(_analyse(counted(repeats.firsts(records))))), analysed, repeats


CASES = [  # (texts, the ids analysed): a repeat is served from its first; "!error" records always pass on
    (["a", "b", "a", "a", "c", "b"], ["r0", "r1", "r4"]),
    (["a", "A", "a "], ["r0", "r1", "r2"]),  # near misses: another case or a space is another text
    (["", "", "x"], ["r0", "r2"]),
    (["a", "!err", "a"], ["r0", "r1"]),
]


def _records(texts):
    return [("!error", f"r{i}", "line 2: not valid JSON", None) if t == "!err" else ("ok", f"r{i}", t, f"s{i % 2}")
            for i, t in enumerate(texts)]


def test_repeats_are_served_from_the_first_of_their_text_in_input_order():
    for texts, analysed_ids in CASES:
        out, analysed, _ = _through(_records(texts))
        assert analysed == analysed_ids, texts
        assert [r["id"] for _, r in out] == [f"r{i}" for i in range(len(texts))]
        assert [s for s, _ in out] == [None if t == "!err" else f"s{i % 2}" for i, t in enumerate(texts)]


def test_a_repeat_is_a_copy_that_later_changes_to_the_first_do_not_reach():
    repeats = Repeats()
    it = repeats.merged(_analyse(repeats.firsts(_records(["a", "a", "a"]))))
    _, first = next(it)
    first["label"] = "other"  # what settling by the source profile does to a result
    first["nested"].append("changed")
    (_, second), (_, third) = list(it)
    assert second["label"] == third["label"] == "drug_sale" and second["nested"] == [{"n": 1}]
    second["nested"].clear()
    assert third["nested"] == [{"n": 1}] and second["id"] == "r1" and third["id"] == "r2"


def test_long_texts_and_texts_past_the_limit_are_analysed_each_time():
    _, analysed, repeats = _through(_records(["long text", "long text"]), max_chars=5)
    assert analysed == ["r0", "r1"] and repeats.repeated == 0
    out, analysed, repeats = _through(_records(["a", "b", "a", "b"]), max_texts=1)
    assert analysed == ["r0", "r1", "r3"] and repeats.repeated == 1 and len(repeats.results) == 1
    assert [r["text"] for _, r in out] == ["a", "b", "a", "b"]


@given(st.lists(st.sampled_from(["a", "b", "c", "!err", "x" * 30]), max_size=40), st.integers(0, 3))
def test_every_record_comes_out_once_in_order_with_its_text_and_id(texts, max_texts):
    out, analysed, repeats = _through(_records(texts), max_chars=20, max_texts=max_texts)
    assert [r["id"] for _, r in out] == [f"r{i}" for i in range(len(texts))]
    assert [r.get("text", "!err") for _, r in out] == texts
    assert len(analysed) + repeats.repeated == len(texts)
    assert not repeats.order


def test_the_runner_gives_a_repeat_the_result_its_text_has_alone():
    texts = ["Cocaine 1g 80 EUR, Telegram @coke_nl", "Grinder 63 mm, 24.99 GBP", "Cocaine 1g 80 EUR, Telegram @coke_nl"]
    recs = [("ok", f"id{i}", t, "market") for i, t in enumerate(texts)] * 200
    recs = [(k, f"{rid}-{n}", t, s) for n, (k, rid, t, s) in enumerate(recs)]
    for workers in (1, 2):
        together = list(runner.run(iter(recs), workers=workers))
        alone = {t: runner._ANALYZER.candidates([("x", t)])[0] for t in texts}
        assert [r["id"] for r in together] == [rid for _, rid, _, _ in recs]
        for (_, rid, text, _), res in zip(recs, together):
            assert json.dumps({**res, "id": "x"}, sort_keys=True) == json.dumps(alone[text], sort_keys=True)
        assert list(runner.run(iter(recs), workers=workers, reuse=False)) == together  # each analysed: the same
