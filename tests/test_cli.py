"""The `patrol` command as a user runs it: a real process, real files, exit codes."""

import csv
import json
import sqlite3
import subprocess
import sys

import pytest

from patrol.cli import EXIT_QUARANTINED, EXIT_TAMPERED, app


def patrol(*args, home=None, check=True):
    cmd = [sys.executable, "-m", "patrol.cli", *map(str, args)]
    if home is not None:
        cmd += ["--home", str(home)]
    res = subprocess.run(cmd, capture_output=True, text=True, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    if check and res.returncode != 0:
        raise AssertionError(f"exit {res.returncode}\n{res.stdout}\n{res.stderr}")
    return res


def _commands():
    out = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:
        out += [f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands]
    return sorted(out)


COMMANDS = _commands()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    out = patrol(*command.split(), "--help").stdout
    assert "Example:" in out and f"patrol {command}" in out


def test_demo_ingests_every_format_and_is_idempotent(tmp_path):
    out = patrol("demo", home=tmp_path).stdout
    for name in ("darknet_listings.csv", "telegram_export", "shop_pages", "harm_reduction_forum.jsonl", "news.warc.gz"):
        assert name in out
    assert "evidence verified" in out and str(tmp_path) in out
    stats = json.loads(patrol("stats", "--json", home=tmp_path).stdout)
    assert stats["documents"] >= 180
    assert len(stats["sources"]) == 5
    again = patrol("demo", home=tmp_path).stdout
    assert " 0 new" in again
    assert json.loads(patrol("stats", "--json", home=tmp_path).stdout)["documents"] == stats["documents"]


def test_ingest_mapping_and_quarantine_exit_code(tmp_path):
    src = tmp_path / "listings.csv"
    src.write_text('id,vendor,title,feedback,date\n1,v1,5g MDMA,"great, fast",2014-01-01\n2,v2,"broken\n')
    res = patrol("ingest", src, "--map", "text=title+feedback", "--map", "author=vendor", "--source-name", "agora",
                 home=tmp_path / "h", check=False)
    assert res.returncode == EXIT_QUARANTINED, res.stdout + res.stderr
    assert "1 records quarantined" in res.stdout and "listings.csv:3" in res.stdout
    out = tmp_path / "docs.jsonl"
    patrol("export", "--out", out, home=tmp_path / "h")
    (rec,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert (rec["source"], rec["author"], rec["text"]) == ("agora", "v1", "5g MDMA\ngreat, fast")
    q = [json.loads(x) for x in patrol("quarantine", "--json", home=tmp_path / "h").stdout.splitlines()]
    assert len(q) == 1 and q[0]["origin"].endswith("listings.csv:3")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(tmp_path, fmt):
    home = tmp_path / "h"
    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": f"t{i}\nsecond line"}) + "\n" for i in range(3)))
    patrol("ingest", src, home=home)
    out = tmp_path / f"out.{fmt}"
    patrol("export", "--out", out, "--with-raw", home=home)
    if fmt == "jsonl":
        rows = [json.loads(x) for x in out.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(newline="")))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == ["r0", "r1", "r2"]
    assert rows[1]["text"] == "t1\nsecond line" and rows[0]["raw_b64"]


def test_export_to_unknown_format_is_a_clear_error(tmp_path):
    res = patrol("export", "--out", tmp_path / "x.xlsx", home=tmp_path, check=False)
    assert res.returncode == 1 and "give --format" in res.stderr


def test_verify_reports_tampering_with_exit_code(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('{"id": "a", "text": "original"}\n')
    patrol("ingest", src, home=tmp_path)
    assert "OK" in patrol("verify", home=tmp_path).stdout
    db = sqlite3.connect(tmp_path / "patrol.db")
    db.execute("DROP TRIGGER documents_no_update")
    db.execute("UPDATE documents SET text = 'edited'")
    db.commit()
    db.close()
    res = patrol("verify", home=tmp_path, check=False)
    assert res.returncode == EXIT_TAMPERED and "documents altered" in res.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "nope.csv"], "no such file"),
        (["ingest", "x.csv", "--map", "text"], "expected TARGET=KEY"),
        (["ingest", "x.csv", "--timezone", "Mars/Olympus"], "unknown time zone"),
        (["ingest", "x.csv", "--encoding", "klingon"], "unknown encoding"),
        (["ingest", "x.csv", "--format", "pdf"], "unknown format"),
    ],
)
def test_bad_arguments_give_one_clear_line(tmp_path, args, message):
    (tmp_path / "x.csv").write_text("id,text\n1,a\n")
    res = subprocess.run([sys.executable, "-m", "patrol.cli", *args, "--home", str(tmp_path / "h")],
                         capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 1, res.stdout + res.stderr
    assert message in res.stderr and "Traceback" not in res.stderr


def test_home_from_environment(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('{"text": "x"}\n')
    env = {"PATROL_HOME": str(tmp_path / "case1"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "patrol.cli", "ingest", str(src)], env=env, check=True, capture_output=True)
    assert (tmp_path / "case1" / "patrol.db").exists()
