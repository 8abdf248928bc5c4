from __future__ import annotations

from datetime import date, timedelta

import pytest

from patrol.signals.observations import Observation


@pytest.fixture(scope="session")
def analyzer():
    from patrol.pipeline.analyzer import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def observe(analyzer):
    """Analyse (day offset, source, author, text) rows into Observations, as the store would give them."""
    start = date(2026, 1, 5)

    def make(rows):
        results = analyzer.analyze([(i, r[3]) for i, r in enumerate(rows)])
        return [Observation(f"d{i}", r[1], r[2], None if r[0] is None else start + timedelta(days=r[0]), r[3], res)
                for i, (r, res) in enumerate(zip(rows, results))]
    return make
