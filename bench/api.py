#!/usr/bin/env python3
"""API latency under load: search and the overview page, on the embedded store and on
PostgreSQL, real server process.

    python bench/api.py [--size 1000000] [--backends sqlite,postgres] [--db URL] [--requests 300]
    python bench/api.py --backends postgres --db URL --home DIR    # a store built before

1. Builds a store of --size synthetic listings (bench/ingest.py's generator: 3,000 vendors,
   ten products, 2014 dates) on each backend, ingests it and analyses it for real
   (`patrol analyze --store`). PostgreSQL: --db names an empty database; without it a
   throwaway server is started (scripts/postgres.sh, default settings, so fsync on).
2. Starts `patrol serve` on loopback, logs in, and sends bounded batches of requests from
   1, 8 and 32 concurrent clients (threads, one HTTP connection each): a mix of searches
   (label, substance, country, full text, text + label, a second page by cursor) and the
   overview page (timed once cold first: it computes whole-store aggregates, then caches them
   until the data change). It stops by itself after --requests per endpoint and level.
3. Reports p50/p95 latency and requests/s, and, as the baseline, the same search queries run
   in-process on the store without HTTP (ratio = API p50 / in-process p50).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = [{"label": "drug_sale"}, {"substance": "cocaine"}, {"country": "DE"}, {"q": "flake"},
            {"q": "crystals", "label": "drug_sale"}, {"substance": "mdma", "label": "drug_sale"}]


def build(home: Path, url: str | None, src: Path) -> dict:
    cli = [sys.executable, "-m", "patrol.cli", *(["--db", url] if url else [])]
    t0 = time.perf_counter()
    subprocess.run([*cli, "ingest", str(src), "--map", "text=title+ships_from", "--map", "author=vendor",
                    "--map", "posted_at=date", "--source-name", "synthetic", "--home", str(home)], check=True,
                   capture_output=True)
    t1 = time.perf_counter()
    subprocess.run([*cli, "analyze", "--store", "--home", str(home)], check=True, capture_output=True)
    t2 = time.perf_counter()
    return {"ingest_s": round(t1 - t0, 1), "analyse_s": round(t2 - t1, 1)}


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def load(base: str, token: str, kind: str, clients: int, n: int) -> dict:
    import httpx

    def worker(k: int) -> list[float]:
        lat = []
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"},
                          cookies={"patrol_token": token}, timeout=60) as c:
            for i in range(k, n, clients):
                t = time.perf_counter()
                if kind == "search":
                    params = dict(SEARCHES[i % len(SEARCHES)], limit=50)
                    r = c.get("/api/documents", params=params)
                    if i % 7 == 0 and r.json().get("next_cursor"):
                        r = c.get("/api/documents", params={**params, "cursor": r.json()["next_cursor"]})
                else:
                    r = c.get("/")
                r.raise_for_status()
                lat.append((time.perf_counter() - t) * 1000)
        return lat

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        lat = [x for part in pool.map(worker, range(clients)) for x in part]
    wall = time.perf_counter() - t0
    return {"clients": clients, "requests": len(lat), "p50_ms": round(pct(lat, 50), 1),
            "p95_ms": round(pct(lat, 95), 1), "requests_per_s": round(len(lat) / wall, 1)}


def in_process(home: Path, url: str | None, n: int = 60) -> float:
    from patrol.api import search as s
    from patrol.store import open_store

    lat = []
    with open_store(home, url) as store:
        s.prepare(store.db)
        for i in range(n):
            t = time.perf_counter()
            s.search(store.db, s.Query(**SEARCHES[i % len(SEARCHES)], limit=50))
            lat.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(lat), 2)


def measure(home: Path, url: str | None, requests: int) -> dict:
    import httpx

    from patrol.api.auth import Users
    from patrol.store import open_store
    from patrol.store.dialect import ensure_schema
    from tests.api.conftest import free_port

    with open_store(home, url) as store:  # a benchmark user, made directly in the store
        users = Users(store.db)
        if not any(u["username"] == "bench" for u in users.list()):
            users.create("bench", "bench-password-123", "admin")
    port = free_port()
    env = {**os.environ, "COLUMNS": "300", "PATROL_LOGIN_RATE": "1000", **({"PATROL_DATABASE_URL": url} if url else {})}
    log = open(home / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "patrol.cli", "serve", "--home", str(home), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/health", timeout=0.5)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        token = httpx.post(base + "/api/auth/login", json={"username": "bench", "password": "bench-password-123"}
                           ).json()["token"]
        httpx.get(base + "/api/documents", params={"q": "warm"}, headers={"Authorization": f"Bearer {token}"},
                  timeout=600)  # SQLite builds its full-text index once, before timing
        with open_store(home, url) as store:
            docs = store.count()
            ensure_schema(store.db, "CREATE TABLE IF NOT EXISTS overview_cache (version TEXT PRIMARY KEY, numbers TEXT)")
            store.db.execute("DELETE FROM overview_cache")  # so that the first overview below is a cold one
        t0 = time.perf_counter()  # the first overview after a data change computes the aggregates
        httpx.get(base + "/", cookies={"patrol_token": token}, timeout=600).raise_for_status()
        cold_overview = round((time.perf_counter() - t0) * 1000)
        rows = [{"endpoint": kind, **load(base, token, kind, c, requests if kind == "search"
                                          else max(30, requests // 3))}
                for kind in ("search", "overview") for c in (1, 8, 32)]
        baseline = in_process(home, url)
    except Exception:
        print((home / "serve.log").read_text()[-5000:], file=sys.stderr)
        raise
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
    for r in rows:
        if r["endpoint"] == "search":
            r["p50_over_in_process"] = round(r["p50_ms"] / baseline, 1)
    return {"documents": docs, "in_process_search_p50_ms": baseline, "overview_first_ms": cold_overview, "rows": rows}


def throwaway_postgres(tmp: Path) -> tuple[str, str]:
    """Start scripts/postgres.sh in ``tmp``: (URL of a new empty database, data folder)."""
    from tests.api.conftest import free_port

    data = tmp / "pg"
    tmp.chmod(0o755)
    admin = subprocess.run([str(ROOT / "scripts" / "postgres.sh"), "start", str(data), str(free_port())],
                           check=True, capture_output=True, text=True).stdout.strip()
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE DATABASE patrol_bench")
    return admin.rsplit("/", 1)[0] + "/patrol_bench", str(data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--db", help="PostgreSQL URL of an empty database (default: start a throwaway server)")
    ap.add_argument("--home", type=Path, help="a store built before (with --db on PostgreSQL): skip building")
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from bench.ingest import synth_csv

    out: dict = {"size": args.size}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "listings.csv"
        if not args.home:
            synth_csv(src, args.size)
        for backend in args.backends.split(","):
            url, data = None, None
            if backend == "postgres":
                url, data = (args.db, None) if args.db else throwaway_postgres(tmp)
            try:
                home = args.home or tmp / backend
                built = {} if args.home else build(home, url, src)
                out[backend] = {**built, **measure(home, url, args.requests)}
            finally:
                if data:
                    subprocess.run([str(ROOT / "scripts" / "postgres.sh"), "stop", data], check=False)
            print(json.dumps({backend: out[backend]}, indent=1), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
