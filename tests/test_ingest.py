import base64
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from patrol.ingest import ingest
from patrol.sources.base import ReadOptions
from patrol.store import open_store


def write_jsonl(path, n, start=0):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            f.write(json.dumps({"id": f"r{i}", "text": f"listing {i}: 5g MDMA 40 EUR", "author": f"v{i % 50}",
                                "date": "2026-01-01"}) + "\n")


def test_counts_quarantine_file_and_rerun(store, tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_bytes(b'{"text": "a"}\n{broken\n{"text": "b"}\n\xff\xfe\n')
    r = ingest(store, [p], ReadOptions())
    assert (r.read, r.new, r.duplicates, r.quarantined) == (2, 2, 0, 2)
    lines = [json.loads(x) for x in r.quarantine_file.read_text().splitlines()]
    assert [x["origin"].rsplit(":", 1)[1] for x in lines] == ["2", "4"]
    assert base64.b64decode(lines[0]["raw_b64"]) == b"{broken"
    assert len(list(store.quarantined())) == 2
    again = ingest(store, [p], ReadOptions())
    assert (again.new, again.duplicates, again.quarantined) == (0, 2, 2)
    assert len(list(store.quarantined())) == 2  # not stored twice
    assert store.count() == 2 and store.verify().ok


def test_several_inputs_one_run(store, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    write_jsonl(a, 10)
    b.write_text("id,text\n1,hello\n2,world\n")
    r = ingest(store, [a, b], ReadOptions(), chunk=3)
    assert (r.inputs, r.new) == (2, 12)
    assert store.verify().batches == 5  # 4 chunks of a.jsonl (3+3+3+1), 1 of b.csv
    assert {row[0]: row[1] for row in store.iter_rows("SELECT reader, count(*) FROM batches GROUP BY reader")} == {"jsonl": 4, "csv": 1}


def _count(home, url):
    if url:
        import psycopg

        try:
            with psycopg.connect(url) as con:
                return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except psycopg.Error:  # the schema is still being created
            return 0
    db_path = home / "patrol.db"
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_mid_ingest_leaves_store_consistent_and_rerun_resumes(backend, tmp_path):
    n = 150_000
    src = tmp_path / "big.jsonl"
    write_jsonl(src, n)
    home, url = backend
    cmd = [sys.executable, "-m", "patrol.cli", *(["--db", url] if url else []), "ingest", str(src),
           "--home", str(home), "--chunk-size", "2000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(home, url) < 10_000 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the input bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_store(home, url) as store:
        partial = store.count()
        check = store.verify()
        assert check.ok, check.problems
        assert 0 < partial < n and partial % 2000 == 0  # whole chunks only
        r = ingest(store, [src], ReadOptions(), chunk=2000)
        assert (r.new, r.duplicates) == (n - partial, partial)
        assert store.count() == n
        assert store.verify().ok
