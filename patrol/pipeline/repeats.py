"""A text seen before in the run is not analysed again: markets relist the same title day after day (the Agora
crawl's 16,016 listings hold 4,439 distinct titles), and a text's analysis depends on the text alone. The record's
own id and source are kept; its source profile still settles it (profiles.py)."""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Iterable, Iterator

# Texts remembered: short ones (titles, posts, messages), up to a number that bounds the memory held (a long page
# is seldom repeated whole, and its result is large). Past it, new texts are analysed and not remembered.
MAX_CHARS = 2_000
MAX_TEXTS = 100_000


class Repeats:
    """Used in two steps over one run: ``firsts`` passes on the records to analyse, in order, while ``merged``
    takes their results in the same order and puts each repeat's copy back in its place. ``firsts`` may be read by
    another thread than ``merged`` (a worker pool's feeder): both only append to and pop from one deque, and
    a repeat always comes after the first of its text, whose result is kept before the repeat is reached."""

    def __init__(self, max_chars: int = MAX_CHARS, max_texts: int = MAX_TEXTS) -> None:
        self.max_chars, self.max_texts = max_chars, max_texts
        self.results: dict[str, bytes | None] = {}  # text -> its first result, pickled (None while in analysis)
        self.order: deque = deque()  # per record: (repeat?, text or None, id, source)
        self.repeated = 0

    def firsts(self, records: Iterable[tuple]) -> Iterator[tuple]:
        for rec in records:
            kind, rid, text, source = rec
            if kind == "ok" and len(text) <= self.max_chars:
                if text in self.results:
                    self.order.append((True, text, rid, source))
                    continue
                if len(self.results) < self.max_texts:
                    self.results[text] = None
                    self.order.append((False, text, rid, source))
                    yield rec
                    continue
            self.order.append((False, None, rid, source))
            yield rec

    def merged(self, analysed: Iterable[tuple[str | None, dict]]) -> Iterator[tuple[str | None, dict]]:
        """(source, result) pairs for every record, from those of the records ``firsts`` passed on."""
        for pair in analysed:
            yield from self._repeats()
            _repeat, text, _rid, _source = self.order.popleft()
            if text is not None:  # kept as bytes: a copy that nothing downstream (settling, the store) can change
                self.results[text] = pickle.dumps(pair[1], pickle.HIGHEST_PROTOCOL)
            yield pair
        yield from self._repeats()

    def _repeats(self) -> Iterator[tuple[str | None, dict]]:
        while self.order and self.order[0][0]:
            _repeat, text, rid, source = self.order.popleft()
            result = pickle.loads(self.results[text])
            result["id"] = rid
            self.repeated += 1
            yield source, result
