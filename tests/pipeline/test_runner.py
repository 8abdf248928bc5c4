import gc

from patrol.pipeline import runner


def test_a_run_tunes_the_collector_only_while_it_lasts():
    """The analyser's objects are frozen during a run (workers then share their pages), the youngest
    generation is collected less often, and the collector is back to normal afterwards, also when the
    consumer stops early."""
    before = gc.get_threshold()
    recs = [("ok", i, f"listing {i}: 1g MDMA 20 EUR", None) for i in range(1500)]
    seen = [(gc.get_freeze_count(), gc.get_threshold()[0]) for _ in runner.run(iter(recs), workers=1)]
    assert len(seen) == 1500 and max(seen)[0] > 0  # the source profile holds back the last results until the end
    assert (max(seen)[0], runner.GC_YOUNG) in seen
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    it = runner.run(iter(recs), workers=1)
    next(it)
    it.close()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_the_analyser_is_warm_before_workers_fork():
    runner._init(None)
    substances = next(r for r in runner._ANALYZER.recognizers if r.entity == "substance")
    assert "automaton" in vars(substances.resolver)  # built once, in the parent
