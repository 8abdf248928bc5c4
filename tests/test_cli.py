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
    for name in ("darknet_listings.csv", "telegram_export", "shop_pages", "harm_reduction_forum.jsonl", "news.warc.gz",
                 "emerging_threats.jsonl"):
        assert name in out
    assert "evidence verified" in out and str(tmp_path) in out
    stats = json.loads(patrol("stats", "--json", home=tmp_path).stdout)
    assert stats["documents"] >= 180
    assert len(stats["sources"]) == 6  # five formats; the emerging-threat adverts add a channel
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


@pytest.mark.parametrize("home", ["postgresql://patrol@127.0.0.1:5432/patrol", "sqlite:///x.db"])
def test_home_that_is_a_url_is_refused_and_creates_nothing(tmp_path, home):
    res = subprocess.run([sys.executable, "-m", "patrol.cli", "stats", "--home", home],
                         capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 1 and "not a URL" in res.stderr and "--db" in res.stderr
    assert list(tmp_path.iterdir()) == []


def test_home_from_environment(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('{"text": "x"}\n')
    env = {"PATROL_HOME": str(tmp_path / "case1"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "patrol.cli", "ingest", str(src)], env=env, check=True, capture_output=True)
    assert (tmp_path / "case1" / "patrol.db").exists()


def test_early_warning_flow_on_the_demo(tmp_path):
    """Demo → discover → alerts (review with who/why, history) → trends → bulletin HTML and PDF → kb add."""
    home = tmp_path / "h"
    out = patrol("demo", home=home).stdout
    assert "demo-bulletin.html" in out and (home / "demo-bulletin.html").is_file()
    found = json.loads(patrol("discover", "--store", "--top", "5", "--json", home=home).stdout)
    assert {"chpiata", "cychlorphine"} <= {c["term"] for c in found[:3]}
    alerts = json.loads(patrol("alerts", "list", "--json", home=home).stdout)
    assert alerts[0]["severity"] in ("high", "critical")
    assert any("metonitazene" in a["title"] and a["rule"] == "opioid-burst" for a in alerts)
    assert "0 new alerts" in patrol("alerts", "run", home=home).stdout  # same evidence: nothing repeats
    aid = next(a["alert_id"] for a in alerts if "CH-PIATA" in a["title"])
    assert patrol("alerts", "dismiss", aid, home=home, check=False).returncode == 2  # --reason is required
    patrol("alerts", "confirm", aid, "--by", "ana", "--reason", "test purchase confirmed", home=home)
    shown = json.loads(patrol("alerts", "show", aid, home=home).stdout)
    assert shown["status"] == "confirmed" and [h["actor"] for h in shown["history"]] == ["patrol", "ana"]
    bad = patrol("alerts", "confirm", "nope", home=home, check=False)
    assert bad.returncode == 1 and "alerts list" in bad.stderr
    t = json.loads(patrol("trends", "--store", "--by", "substance", "--period", "day", "--json", home=home).stdout)
    assert any(b["value"] == "metonitazene" for b in t["bursts"])
    patrol("report", "--since", "2026-11-01", "--out", tmp_path / "b.html", "--pdf", tmp_path / "b.pdf", home=home)
    html = (tmp_path / "b.html").read_text()
    assert "CH-PIATA" in html and "confirmed" in html and (tmp_path / "b.pdf").read_bytes()[:5] == b"%PDF-"
    patrol("kb", "add", "CH-PIATA", "--group", "synthetic_cannabinoid", "--kb", tmp_path / "kb")
    again = json.loads(patrol("discover", "--store", "--kb", tmp_path / "kb", "--json", home=home).stdout)
    assert "chpiata" not in {c["term"] for c in again}


def test_discover_reads_a_file_and_reports_bad_records(tmp_path):
    src = tmp_path / "posts.jsonl"
    src.write_text('{"id": "1", "text": "CH-PIATA 5g 100 EUR", "author": "a", "posted_at": "2026-01-01"}\n'
                   'not json\n'
                   '{"id": "2", "text": "CH-PIATA 1g 30 EUR", "author": "b", "posted_at": "2026-01-02"}\n')
    res = patrol("discover", src, "--json")
    assert json.loads(res.stdout)[0]["term"] == "chpiata"
    assert "posts.jsonl:2" in res.stderr


def test_link_file_mode_contract(tmp_path):
    src = tmp_path / "posts.jsonl"
    rows = [{"id": "1", "source": "market", "author": "XPlug", "text": "Cocaine 5g 400 EUR. Telegram @x_plug_eu"},
            {"id": "2", "source": "channel", "author": "x_plug", "text": "Cocaine restock 10g 780 EUR, DM @x_plug_eu"},
            {"id": "3", "source": "market", "author": "budking", "text": "Cannabis Amnesia 10g 90 EUR"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "accounts.jsonl"
    patrol("link", src, "--out", out)
    accounts = {(r["source"], r["author"]): r for r in map(json.loads, out.read_text().splitlines())}
    assert set(accounts) == {("market", "XPlug"), ("channel", "x_plug"), ("market", "budking")}
    assert accounts[("market", "XPlug")]["vendor_id"] == accounts[("channel", "x_plug")]["vendor_id"]
    assert accounts[("market", "budking")]["vendor_id"] != accounts[("market", "XPlug")]["vendor_id"]
    (link,) = accounts[("channel", "x_plug")]["links"]
    assert (link["source"], link["author"], link["kind"], link["score"]) == ("market", "XPlug", "hard", 1.0)
    assert link["evidence"] == ["telegram:x_plug_eu"]


def test_link_store_vendor_overrides_and_graph(tmp_path):
    home = tmp_path / "h"
    patrol("demo", home=home)
    assert "1 hard links" in patrol("link", "--store", home=home).stdout
    vendors = json.loads(patrol("vendor", "list", "--json", home=home).stdout)
    both = next(v for v in vendors if v["platforms"] == 2 and v["accounts"] == 2)
    shown = json.loads(patrol("vendor", "show", both["vendor_id"], home=home).stdout)
    authors = {a["author"] for a in shown["accounts"]}
    assert authors == {"XPlug", "x_plug"}
    assert any(f["kind"] == "possible_impersonation" for a in shown["accounts"] for f in a["flags"])
    patrol("vendor", "split", "x_plug@demo-channel (synthetic)", "--reason", "test split", "--by", "ana", home=home)
    patrol("link", "--store", home=home)
    after = json.loads(patrol("vendor", "list", "--json", home=home).stdout)
    assert not any(v["platforms"] == 2 and v["accounts"] == 2 and v["vendor_id"] == both["vendor_id"] for v in after)
    assert patrol("vendor", "split", "no-at-sign", "--reason", "x", home=home, check=False).returncode == 2
    patrol("graph", "export", "--format", "graphml", "--out", tmp_path / "net.graphml", home=home)
    import networkx as nx

    g = nx.read_graphml(tmp_path / "net.graphml")
    assert any(d["kind"] == "vendor" for _, d in g.nodes(data=True))


def test_export_pseudonymised(tmp_path):
    home = tmp_path / "h"
    patrol("demo", home=home)
    out = tmp_path / "p.jsonl"
    patrol("export", "--out", out, "--pseudonymise", home=home)
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert rows and all(r["author"].startswith("pseud:") for r in rows if r["author"])
    assert "x_plug_eu" not in out.read_text() and "pseud:" in next(r["text"] for r in rows if r["id"] == "demo-e034")
    again = tmp_path / "q.jsonl"
    patrol("export", "--out", again, "--pseudonymise", home=home)
    assert again.read_text() == out.read_text()  # same key, same pseudonyms: exports can be joined
    assert patrol("export", "--out", tmp_path / "r.jsonl", "--pseudonymise", "--with-raw", home=home,
                  check=False).returncode == 2
