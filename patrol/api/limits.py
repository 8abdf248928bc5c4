"""Login rate limiting: a sliding window of attempts per client address, in memory."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from patrol.api.errors import ApiError


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.hits: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self.lock:
            q = self.hits[key]
            while q and now - q[0] > 60:
                q.popleft()
            if len(q) >= self.per_minute:
                raise ApiError("rate_limited", f"too many login attempts from this address; wait "
                                               f"{int(60 - (now - q[0])) + 1} s and try again")
            q.append(now)
