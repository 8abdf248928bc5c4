"""The ``patrol`` command. Domain errors from the core become one red line and an exit code.

Exit codes: 0 success; 1 error (message says how to fix it); 2 usage error;
3 ingest finished but quarantined records; 4 verify found tampering.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from patrol import __version__
from patrol.config import ENV_DATABASE, ENV_HOME, default_home, home_path
from patrol.errors import PatrolError

EXIT_QUARANTINED = 3
EXIT_TAMPERED = 4

app = typer.Typer(
    help="patrol: watch online drug markets and give early warning of new psychoactive substances.\n\n"
         "Example: patrol demo",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
console = Console()
err = Console(stderr=True)

HomeOpt = Annotated[
    Optional[Path],
    typer.Option("--home", envvar=ENV_HOME, help="Investigation folder (store, quarantine, exports). Default ~/.patrol."),
]


def _home(home: Optional[Path]) -> Path:
    return home_path(home) if home else default_home()


def _store(home: Optional[Path]):
    from patrol.store import open_store

    return open_store(_home(home))


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    db: Annotated[Optional[str], typer.Option(
        "--db", envvar=ENV_DATABASE, show_envvar=True,
        help="PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DB) for a shared team store; "
             "default: the embedded store in --home.")] = None,
) -> None:
    if version:
        console.print(f"patrol {__version__}")
        raise typer.Exit()
    if db:  # every store this process opens, and the server workers it starts, use it
        import os

        os.environ[ENV_DATABASE] = db


# -- ingest ----------------------------------------------------------------------------
@app.command()
def ingest(
    sources: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.", show_default=False)],
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="Reader to use (see `patrol formats`); default: from the file name.")] = None,
    source_name: Annotated[Optional[str], typer.Option("--source-name", "-s", help="Platform/market/channel name for every record.")] = None,
    map: Annotated[Optional[list[str]], typer.Option("--map", "-m", help="Field mapping TARGET=KEY[+KEY], e.g. text=title+feedback. Repeatable.")] = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of CSV/JSONL input.")] = "utf-8",
    timezone: Annotated[str, typer.Option("--timezone", help="Zone for dates written without an offset, e.g. Europe/Amsterdam.")] = "UTC",
    max_record_bytes: Annotated[int, typer.Option(help="Larger records are quarantined.")] = 32 * 1024 * 1024,
    collected_at: Annotated[Optional[str], typer.Option(help="When the dump was collected (ISO 8601); default: now.")] = None,
    chunk_size: Annotated[int, typer.Option(help="Records per transaction (one hash-chain link each).", min=1)] = 5000,
    home: HomeOpt = None,
) -> None:
    """Read dumps into the evidence store. Re-running is safe: known records are skipped.

    Example: patrol ingest listings.csv --map text=title+feedback --map author=vendor --source-name agora
    """
    from patrol.ingest import ingest as run_ingest
    from patrol.sources.base import FieldMap, ReadOptions
    from patrol.sources.dates import parse_datetime, zone
    from patrol.sources.text import check_encoding

    options = ReadOptions(
        source_name=source_name,
        field_map=FieldMap.parse(map),
        encoding=check_encoding(encoding),
        tz=zone(timezone),
        max_record_bytes=max_record_bytes,
    )
    if collected_at:
        try:
            options.collected_at = parse_datetime(collected_at, options.tz)
        except ValueError as e:
            raise typer.BadParameter(str(e), param_hint="--collected-at") from e
    with _store(home) as store:
        started = time.perf_counter()
        with console.status("ingesting…") as status:
            report = run_ingest(store, sources, options, fmt=format, chunk=chunk_size,
                                on_progress=lambda r: status.update(f"ingesting… {r.read:,} records read"))
        elapsed = time.perf_counter() - started
    _print_ingest(report, elapsed)
    if report.quarantined:
        raise typer.Exit(EXIT_QUARANTINED)


def _print_ingest(report, elapsed: float) -> None:
    t = Table(title=f"ingest run {report.run_id}", show_edge=False)
    for col in ("input", "new", "duplicates", "quarantined", "skipped", "warnings"):
        t.add_column(col, justify="left" if col == "input" else "right")
    for name, c in report.by_input.items():
        t.add_row(name, *(f"{c[k]:,}" for k in ("new", "duplicates", "quarantined", "skipped", "warnings")))
    console.print(t)
    rate = report.read / elapsed if elapsed else 0
    console.print(f"{report.read:,} records read in {elapsed:.1f}s ({rate:,.0f}/s): "
                  f"[green]{report.new:,} new[/], {report.duplicates:,} already stored.")
    for kind, lines in report.samples.items():
        console.print(f"[yellow]{kind}[/] (first {len(lines)}):")
        for line in lines:
            console.print(f"  {line}", markup=False, highlight=False)
    if report.quarantine_file:
        console.print(f"[red]{report.quarantined:,} records quarantined[/] → {report.quarantine_file}")


# -- stats, verify, export ---------------------------------------------------------------
@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    home: HomeOpt = None,
) -> None:
    """Counts by source and the date range of what is stored.

    Example: patrol stats --json
    """
    with _store(home) as store:
        s = store.stats()
    if as_json:
        print(json.dumps(s, indent=2))
        return
    _print_stats(s)


def _print_stats(s: dict) -> None:
    t = Table(title=f"{s['documents']:,} documents in {s['store']}", show_edge=False)
    for col in ("source", "documents", "authors", "first posted", "last posted"):
        t.add_column(col, justify="left" if col == "source" else "right")
    for r in s["sources"]:
        t.add_row(r["source"], f"{r['documents']:,}", f"{r['authors']:,}", _day(r["first_posted"]), _day(r["last_posted"]))
    console.print(t)
    console.print(f"batches: {s['batches']}  quarantined: {s['quarantined']}  chain head: {s['chain_head']}")


def _day(iso: Optional[str]) -> str:
    return iso[:10] if iso else "—"


@app.command()
def verify(home: HomeOpt = None) -> None:
    """Recompute every evidence hash and the batch hash chain; report any tampering.

    Example: patrol verify --home cases/op-sunrise
    """
    with _store(home) as store:
        report = store.verify()
    if report.ok:
        console.print(f"[green]OK[/]: {report.documents:,} documents in {report.batches} batches verified.")
        console.print(f"chain head: {report.head}  (note it down: any later change to the evidence changes it)")
        return
    err.print(f"[red]TAMPERING DETECTED[/]: {len(report.problems)} problem(s)")
    for p in report.problems:
        err.print(f"  {p}", markup=False, highlight=False)
    raise typer.Exit(EXIT_TAMPERED)


db_app = typer.Typer(help="The PostgreSQL team store: schema migrations.\n\n"
                          "Example: patrol --db postgresql://patrol@db.example/patrol db status", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _pg_connection():
    import os

    from patrol.store.postgres import connect, is_url

    url = os.environ.get(ENV_DATABASE)
    if not is_url(url):
        raise typer.BadParameter("give the PostgreSQL URL: patrol --db postgresql://USER@HOST:PORT/DB db ...",
                                 param_hint="--db")
    return connect(url)


@db_app.command("status")
def db_status() -> None:
    """List schema migrations and whether each is applied.

    Example: patrol --db postgresql://patrol@localhost/patrol db status
    """
    from patrol.store import migrate

    with _pg_connection() as conn:
        rows = migrate.status(conn)
    t = Table("version", "name", "applied at")
    for r in rows:
        t.add_row(r["version"], r["name"], (r["applied_at"] or "[yellow]pending[/]") +
                  (" [red](file changed since)[/]" if r["changed"] else ""))
    console.print(t)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply pending migrations in one transaction (patrol also does this when it first connects).

    Example: patrol --db postgresql://patrol@localhost/patrol db upgrade
    """
    from patrol.store import migrate

    with _pg_connection() as conn:
        done = migrate.upgrade(conn)
    console.print(f"applied {', '.join(done)}" if done else "up to date")


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file; the format follows its extension.")],
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only documents from this source.")] = None,
    with_raw: Annotated[bool, typer.Option("--with-raw", help="Include the raw evidence (base64).")] = False,
    pseudonymise: Annotated[bool, typer.Option("--pseudonymise", help="Replace handles, contacts, wallets and PGP "
                                                                      "fingerprints by keyed pseudonyms.")] = False,
    home: HomeOpt = None,
) -> None:
    """Export stored documents as JSONL, CSV or Parquet.

    Example: patrol export --out documents.parquet --source agora --pseudonymise
    """
    from patrol.export import document_rows, export_format, pseudonymised, write
    from patrol.privacy import key_for

    if pseudonymise and with_raw:
        raise typer.BadParameter("raw evidence holds personal data in clear: drop --with-raw to pseudonymise",
                                 param_hint="--pseudonymise")
    fmt = export_format(out, format)
    with _store(home) as store:
        rows = document_rows(store, source, with_raw)
        if pseudonymise:
            from patrol.store.findings import migrate

            migrate(store.db)
            rows = pseudonymised(rows, store, key_for(_home(home)))
        n = write(rows, out, fmt, with_raw)
    console.print(f"{n:,} documents → {out}")


@app.command()
def formats() -> None:
    """List the input formats patrol reads.

    Example: patrol formats
    """
    from patrol.sources import readers

    t = Table(show_edge=False)
    t.add_column("format")
    t.add_column("file names")
    t.add_column("what")
    for name, r in readers().items():
        t.add_row(name, " ".join(r.extensions) or "(--format only)", r.help)
    console.print(t)


@app.command()
def quarantine(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line, raw bytes in base64.")] = False,
    home: HomeOpt = None,
) -> None:
    """List records that could not be ingested, with where they came from and why.

    Example: patrol quarantine --json > bad.jsonl
    """
    import base64

    with _store(home) as store:
        rows = list(store.quarantined())
    if as_json:
        for qid, run, origin, reason, sha, length, raw, created in rows:
            print(json.dumps({"qid": qid, "run_id": run, "origin": origin, "reason": reason, "raw_sha256": sha,
                              "raw_length": length, "raw_b64": base64.b64encode(raw).decode("ascii"),
                              "created_at": created}, ensure_ascii=False))
        return
    t = Table(title=f"{len(rows)} quarantined records", show_edge=False)
    for col in ("origin", "reason", "bytes"):
        t.add_column(col)
    for _qid, _run, origin, reason, _sha, length, _raw, _c in rows:
        t.add_row(origin, reason, f"{length:,}")
    console.print(t)


# -- demo --------------------------------------------------------------------------------
@app.command()
def demo(home: HomeOpt = None) -> None:
    """Ingest the bundled synthetic corpus, verify it, analyse it and print a summary.

    Example: patrol demo --home /tmp/patrol-demo
    """
    from patrol.demo import corpus_inputs
    from patrol.ingest import ingest as run_ingest
    from patrol.pipeline.runner import analyze_store

    console.print("[bold]patrol demo[/]: synthetic corpus (invented records, no real people or shops)")
    with _store(home) as store:
        started = time.perf_counter()
        for path, fmt, options in corpus_inputs():
            report = run_ingest(store, [path], options, fmt=fmt)
            console.print(f"  {path.name:<28} {fmt:<9} {report.new:>4} new  {report.duplicates:>4} already stored"
                          f"{'  ' + str(report.quarantined) + ' quarantined' if report.quarantined else ''}")
        check = store.verify()
        with console.status("analysing…"):
            summary = analyze_store(store, workers=1)
        with console.status("early warning: alerts and bulletin…"):
            alerts, bulletin = _demo_early_warning(store)
        elapsed = time.perf_counter() - started
        s = store.stats()
        table = _demo_tables(store)
        out = store.home / "demo-findings.jsonl"
        from patrol.export import write

        n = write(_findings_rows(store), out, "jsonl")
    console.print(("[green]evidence verified[/]" if check.ok else "[red]verification failed[/]")
                  + f": {check.documents} documents, {check.batches} batches, chain head {check.head[:16]}…")
    for t in table:
        console.print(t)
    console.print(f"alerts: {alerts.raised} new, {alerts.updated} updated, {alerts.unchanged} unchanged "
                  "(`patrol alerts list`)")
    console.print(f"{summary['records']} documents analysed in {elapsed:.1f}s (ingest, analysis, alerts, bulletin).")
    console.print(f"results: store [bold]{s['store']}[/], findings [bold]{out}[/] ({n} lines), bulletin "
                  f"[bold]{bulletin}[/]. Next: `patrol serve` (dashboard and API), `patrol alerts list`, "
                  "`patrol discover --store`, `patrol link --store`, `patrol substance lookup NAME`.")


def _demo_early_warning(store):
    """Alerts over the demo corpus and a bulletin of its last 30 days, next to the store."""
    from datetime import timedelta

    from patrol.knowledge.kb import KnowledgeBase
    from patrol.signals.alerts import AlertStore, evaluate, load_rules
    from patrol.signals.observations import from_store
    from patrol.signals.report import bulletin_from_store

    loaded = from_store(store)
    summary = AlertStore(store).record(evaluate(loaded.observations, KnowledgeBase.load(None), load_rules()))
    last = max(o.day for o in loaded.observations if o.day)
    out = store.home / "demo-bulletin.html"
    out.write_text(bulletin_from_store(store, last - timedelta(days=29)).html, "utf-8")
    return summary, out


def _findings_rows(store):
    for (res,) in store.iter_rows("SELECT result FROM findings f JOIN documents d USING(sha256) ORDER BY d.rid"):
        yield json.loads(res)


def _demo_tables(store) -> list[Table]:
    from collections import Counter, defaultdict

    by_source: dict[str, Counter] = defaultdict(Counter)
    subs: Counter = Counter()
    info = {}
    for source, res in store.iter_rows(
            "SELECT d.source, f.result FROM findings f JOIN documents d USING(sha256) ORDER BY d.rid"):
        r = json.loads(res)
        by_source[source][r["label"] or "error"] += 1
        if r["label"] == "drug_sale":
            for sid in {x["substance_id"] for x in r["substances"]}:
                subs[sid] += 1
            for x in r["substances"]:
                ctl = ", ".join(f"{c['regime']} {c['schedule']}" for c in x["control"] if c["regime"].startswith("UN"))
                info[x["substance_id"]] = (x["name"], x["effect_group"], ctl or "—")
    labels = ("drug_sale", "harm_reduction", "drug_discussion", "other")
    t1 = Table(title="documents by source and label", show_edge=False)
    t1.add_column("source")
    for lbl in labels:
        t1.add_column(lbl, justify="right")
    for source, c in sorted(by_source.items()):
        t1.add_row(source, *(str(c[lbl]) for lbl in labels))
    t2 = Table(title="substances offered for sale", show_edge=False)
    for col in ("substance", "effect group", "international control", "offers"):
        t2.add_column(col, justify="right" if col == "offers" else "left")
    for sid, n in subs.most_common(10):
        name, group, ctl = info[sid]
        t2.add_row(name, group, ctl, str(n))
    return [t1, t2]


# -- analysis ----------------------------------------------------------------------------
@app.command()
def train(
    data: Annotated[Path, typer.Option("--data", help="The shared reference data folder (reads listings/agora_*.csv).")],
    out: Annotated[Optional[Path], typer.Option("--out", help="Model folder; default: the one shipped with patrol.")] = None,
    kb: Annotated[Optional[Path], typer.Option("--kb", help="Knowledge base folder.")] = None,
    what: Annotated[str, typer.Option("--what", help="all, classifier (sale and effect group) or linker.")] = "all",
) -> None:
    """Train the sale and effect-group models and the vendor soft-link model on the dev listings.

    Example: patrol train --data ../shared/data --what linker
    """
    if what not in ("all", "classifier", "linker"):
        raise typer.BadParameter("--what all, classifier or linker")
    from patrol.classify import agora
    from patrol.classify.model import MODELS_DIR
    from patrol.classify.train import fit, save

    if what in ("all", "classifier"):
        listings = agora.load(data)
        with console.status(f"training on {len(listings):,} listings…"):
            sale, group, meta = fit(listings, kb)
        save(sale, group, out or MODELS_DIR)
        console.print(f"models → {out or MODELS_DIR}: {meta}")
    if what in ("all", "linker"):
        from patrol.linking.soft import MODEL
        from patrol.linking.train import fit as fit_linker

        with console.status("training the soft-link model…"):
            model = fit_linker(data, kb)
        target = (out / "soft.json") if out else MODEL
        model.save(target)
        console.print(f"soft-link model → {target}: threshold {model.threshold}, {model.meta}")


@app.command()
def analyze(
    input: Annotated[Optional[Path], typer.Argument(help="JSONL or CSV with id and text per record.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output JSONL, one object per input record.")] = None,
    store: Annotated[bool, typer.Option("--store", help="Analyse the documents in the store and keep the findings there.")] = False,
    new_only: Annotated[bool, typer.Option("--new", help="With --store: only documents not analysed yet.")] = False,
    kb: Annotated[Optional[Path], typer.Option("--kb", help="Knowledge base folder.")] = None,
    workers: Annotated[int, typer.Option(help="Processes; 0: one per core.", min=0)] = 0,
    home: HomeOpt = None,
) -> None:
    """Find drug sales and extract substances, quantities, prices, wallets, contacts and places.

    Example: patrol analyze listings.jsonl --out findings.jsonl
    """
    from patrol.pipeline.runner import analyze_file, analyze_store

    started = time.perf_counter()
    if store:
        with _store(home) as st:
            summary = analyze_store(st, kb_path=kb, workers=workers or None, only_new=new_only)
    else:
        if input is None or out is None:
            raise typer.BadParameter("give INPUT and --out, or --store", param_hint="INPUT")
        summary = analyze_file(input, out, kb_path=kb, workers=workers or None)
    elapsed = time.perf_counter() - started
    _print_analysis(summary, elapsed, out)


def _print_analysis(summary: dict, elapsed: float, out) -> None:
    t = Table(title=f"{summary['records']:,} records analysed in {elapsed:.1f}s", show_edge=False)
    t.add_column("label")
    t.add_column("records", justify="right")
    for label, n in sorted(summary["labels"].items(), key=lambda kv: -kv[1]):
        t.add_row(label, f"{n:,}")
    console.print(t)
    if summary.get("errors"):
        console.print(f"[yellow]{summary['errors']} records could not be analysed (see their 'error' field)[/]")
    if out:
        console.print(f"findings → {out}")


# -- knowledge base -----------------------------------------------------------------------
kb_app = typer.Typer(help="The substance knowledge base: build, export, check, count.\n\nExample: patrol kb stats",
                     no_args_is_help=True)
substance_app = typer.Typer(help="Look up substances by name or structure.\n\nExample: patrol substance lookup xanex",
                            no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(substance_app, name="substance")

KbOpt = Annotated[Optional[Path], typer.Option("--kb", help="Knowledge base folder (default: the one shipped with patrol).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _kb(path: Optional[Path]):
    from patrol.knowledge.kb import KnowledgeBase

    return KnowledgeBase.load(path)


@kb_app.command("build")
def kb_build(
    source: Annotated[Path, typer.Option("--from", help="The shared reference data folder (lexicons/, schedules/, chemistry/).")],
    out: Annotated[Optional[Path], typer.Option("--out", help="Where to write the KB; default: the shipped KB folder.")] = None,
) -> None:
    """Rebuild the knowledge base from the reference data and the curation files.

    Example: patrol kb build --from ../shared/data --out /tmp/kb
    """
    from patrol.knowledge.build import build, write_readme
    from patrol.knowledge.kb import DEFAULT_KB, write_kb
    from patrol.knowledge.sources import SOURCES

    out = out or DEFAULT_KB
    with console.status("building the knowledge base…"):
        substances, report = build(source)
    write_kb(substances, out, SOURCES)
    write_readme(out, report, source)
    console.print(f"{report.substances:,} substances, {report.aliases:,} aliases, controls: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(report.controls.items())) + f" → {out}")


@kb_app.command("export")
def kb_export(out: Annotated[Path, typer.Argument(help="Folder to write the KB files into.")], kb: KbOpt = None) -> None:
    """Write the knowledge base as editable files that --kb reads back.

    Example: patrol kb export my-kb && patrol substance lookup 3-cmc --kb my-kb
    """
    from patrol.knowledge.kb import write_kb

    k = _kb(kb)
    write_kb(list(k.substances.values()), out, k.sources)
    console.print(f"{len(k.substances):,} substances → {out}")


@kb_app.command("stats")
def kb_stats(kb: KbOpt = None, as_json: JsonOpt = False) -> None:
    """Counts of substances, aliases, effect groups and control listings.

    Example: patrol kb stats --json
    """
    s = _kb(kb).stats()
    if as_json:
        print(json.dumps(s, indent=2, ensure_ascii=False))
        return
    console.print(f"{s['substances']:,} substances, {s['aliases']:,} aliases, {s['with_structure']:,} with a structure, "
                  f"{s['controlled']:,} under control ({s['path']})")
    for key, label, unit in (("effect_groups", "effect group", "substances"),
                             ("controls", "regime / schedule", "listings")):
        t = Table(show_edge=False)
        t.add_column(label)
        t.add_column(unit, justify="right")
        for g, n in s[key].items():
            t.add_row(g, f"{n:,}")
        console.print(t)


@kb_app.command("validate")
def kb_validate(kb: KbOpt = None) -> None:
    """Check KB files: schema, conflicting aliases, effect groups, SMILES (with file:line).

    Example: patrol kb validate --kb my-kb
    """
    from patrol.knowledge.kb import DEFAULT_KB
    from patrol.knowledge.validate import validate

    problems = validate(kb or DEFAULT_KB)
    if not problems:
        console.print(f"[green]OK[/]: {kb or DEFAULT_KB}")
        return
    for p in problems:
        err.print(p, markup=False, highlight=False)
    err.print(f"[red]{len(problems)} problem(s)[/]")
    raise typer.Exit(1)


@substance_app.command("lookup")
def substance_lookup(
    name: Annotated[str, typer.Argument(help="A name, code, slang term or misspelling.")],
    context: Annotated[Optional[str], typer.Option(help="Surrounding text, used to read ambiguous names.")] = None,
    kb: KbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Resolve a name to substances, best first, with control status and confidence.

    Example: patrol substance lookup "5 meo dmt" --json
    """
    from patrol.knowledge.resolver import Resolver

    matches = Resolver(_kb(kb)).lookup(name, context=context)
    out = {"query": name, "matches": [m.public() for m in matches]}
    if as_json:
        print(json.dumps(out, ensure_ascii=False))
        return
    if not matches:
        console.print(f"no substance known as {name!r}")
        return
    t = Table(title=f"{name!r}", show_edge=False)
    for col in ("substance", "effect group", "control", "confidence", "matched"):
        t.add_column(col)
    for m in out["matches"]:
        t.add_row(f"{m['name']} ({m['substance_id']})", m["effect_group"],
                  ", ".join(f"{c['regime']} {c['schedule']}" for c in m["control"]) or "—",
                  f"{m['confidence']:.2f}", m["matched_alias"])
    console.print(t)


@substance_app.command("classify")
def substance_classify(
    smiles: Annotated[str, typer.Argument(help="Structure as SMILES.")],
    kb: KbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Known substance (by InChIKey) and every generic definition the structure matches.

    Example: patrol substance classify "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"
    """
    from patrol.knowledge.chemistry.classify import classify

    out = classify(smiles, _kb(kb))
    if as_json:
        print(json.dumps(out, ensure_ascii=False))
        return
    known = out["known_substance"]
    console.print(f"InChIKey {out['inchikey']}: " + (f"[bold]{known['name']}[/] ({known['substance_id']})" if known
                                                    else "not a known substance"))
    for g in out["generic_definitions"]:
        verdict = "[red]MATCH[/]" if g["matched"] else "no match"
        mods = f" modifications {', '.join(g['modifications'])}" if g["modifications"] else ""
        console.print(f"  {g['id']}: {verdict}{mods}  [dim]({g['source']})[/]")
        for e in g["explanation"]:
            console.print(f"    {e}", markup=False, highlight=False)


@substance_app.command("show")
def substance_show(sid: Annotated[str, typer.Argument(help="Substance id, e.g. alprazolam.")], kb: KbOpt = None,
                   as_json: JsonOpt = False) -> None:
    """Everything the KB knows about one substance, with sources.

    Example: patrol substance show 3-mmc
    """
    from patrol.knowledge.kb import KBError, substance_to_json

    k = _kb(kb)
    s = k.get(sid)
    if s is None:
        raise KBError(f"no substance with id {sid!r}; find ids with `patrol substance lookup NAME`")
    obj = substance_to_json(s, set())
    obj["controls"] = [dict(c.public(), listed_as=c.listed_as) for c in s.controls]
    if as_json:
        print(json.dumps(obj, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{s.name}[/] ({s.id}) — {s.effect_group}, {s.category}")
    for c in obj["controls"]:
        console.print(f"  {c['regime']} {c['schedule']}" + (f" since {c['since']}" if c["since"] else "")
                      + f"  [dim]{k.cite(c['source'])}[/]")
    if s.smiles:
        console.print(f"  SMILES {s.smiles}  InChIKey {s.inchikey}")
    shown = ", ".join(a.name for a in s.aliases[:40])
    console.print(f"  {len(s.aliases)} names: {shown}{' …' if len(s.aliases) > 40 else ''}")
    console.print("  sources: " + "; ".join(f"{fact}: {k.cite(src)}" for fact, src in s.sources.items()))


@kb_app.command("add")
def kb_add(
    name: Annotated[str, typer.Argument(help="The substance name as it should appear, e.g. CH-PIATA.")],
    kb: Annotated[Path, typer.Option("--kb", help="Editable KB folder; made from the shipped KB on first use.")],
    group: Annotated[str, typer.Option("--group", help="Effect group, e.g. synthetic_cannabinoid.")],
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another name or spelling (repeatable).")] = None,
    smiles: Annotated[Optional[str], typer.Option(help="Structure, when known.")] = None,
    source: Annotated[str, typer.Option(help="Who or what vouches for the entry.")] = "analyst",
) -> None:
    """Add a confirmed substance (for example a discovery candidate) to an editable KB.

    Example: patrol kb add CH-PIATA --group synthetic_cannabinoid --alias "CH PIATA" --kb my-kb
    """
    from patrol.knowledge.add import add_substance

    out, exported = add_substance(kb, name, group, list(alias or ()), source, smiles)
    if exported:
        console.print(f"exported the shipped KB to {kb} (use --kb {kb} from now on)")
    console.print(f"added {name} → {out}")


# -- early warning ---------------------------------------------------------------------------
InputArg = Annotated[Optional[Path], typer.Argument(help="A file to read and analyse (any ingest format); "
                                                        "or --store.")]
StoreOpt = Annotated[bool, typer.Option("--store", help="Use the analysed documents in the store.")]


def _observations(input: Optional[Path], store: bool, kb: Optional[Path], home: Optional[Path]):
    from patrol.signals.observations import from_file, from_store

    if store == (input is not None):
        raise typer.BadParameter("give INPUT or --store (one of them)", param_hint="INPUT")
    if store:
        with _store(home) as st:
            loaded = from_store(st)
    else:
        with console.status(f"reading and analysing {input}…"):
            loaded = from_file(input, kb_path=kb)
    for where, why in loaded.unreadable[:10]:
        err.print(f"[yellow]skipped[/] {where}: {why}", highlight=False)
    if len(loaded.unreadable) > 10:
        err.print(f"[yellow]… {len(loaded.unreadable) - 10} more unreadable records[/]")
    for note in loaded.notes[:5]:
        err.print(f"[yellow]note[/]: {note}", highlight=False)
    return loaded


@app.command()
def discover(
    input: InputArg = None,
    store: StoreOpt = False,
    kb: KbOpt = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many candidates.")] = 50,
    min_count: Annotated[int, typer.Option(min=1, help="Ignore terms seen in fewer documents.")] = 1,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Rank terms that look like substance names but are not in the knowledge base.

    Example: patrol discover --store --top 20
    """
    from patrol.knowledge.kb import KnowledgeBase
    from patrol.knowledge.resolver import Resolver
    from patrol.signals.discover import Discoverer

    loaded = _observations(input, store, kb, home)
    d = Discoverer(Resolver(KnowledgeBase.load(kb)))
    d.add(loaded.observations)
    ranked = [c.public() for c in d.rank(top, min_count=min_count)]
    if as_json:
        print(json.dumps(ranked, ensure_ascii=False, default=str))
        return
    t = Table(title=f"{len(ranked)} candidates from {len(loaded.observations):,} documents", show_edge=False)
    for col in ("score", "term", "seen as", "docs", "accounts", "first seen", "group", "nearest known", "why"):
        t.add_column(col, justify="right" if col in ("score", "docs", "accounts") else "left")
    for c in ranked:
        why = c["why"]["penalties"] and "penalised: " + ", ".join(c["why"]["penalties"]) or ""
        t.add_row(f"{c['score']:.2f}", c["term"], ", ".join(c["variants"][:3]), str(c["count"]), str(c["accounts"]),
                  c["first_seen"] or "–", c["suggested_effect_group"] or "–", ", ".join(c["nearest_known"]), why)
    console.print(t)
    console.print("Add a confirmed one: patrol kb add NAME --group GROUP --kb my-kb")


@app.command()
def trends(
    input: InputArg = None,
    store: StoreOpt = False,
    kb: KbOpt = None,
    by: Annotated[str, typer.Option(help="substance, effect_group, source or country.")] = "substance",
    period: Annotated[str, typer.Option(help="day or week.")] = "week",
    top: Annotated[int, typer.Option(min=1)] = 10,
    alpha: Annotated[float, typer.Option(help="Burst test level (false alarms per series and period).")] = 0.001,
    min_ratio: Annotated[float, typer.Option(help="A burst is at least this many times the expected count.")] = 2.0,
    sale_only: Annotated[bool, typer.Option("--sale-only", help="Count sale adverts only.")] = False,
    prices: Annotated[bool, typer.Option("--prices", help="Show the price index instead.")] = False,
    rates: Annotated[Optional[Path], typer.Option(help="CSV of exchange rates (date,currency,rate,reference).")] = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Mentions per day or week, bursts, and median prices per gram or unit.

    Example: patrol trends --store --by effect_group --period week
    """
    from patrol.signals import trends as tr

    if by not in tr.DIMENSIONS or period not in ("day", "week"):
        raise typer.BadParameter(f"--by one of {', '.join(tr.DIMENSIONS)}; --period day or week")
    loaded = _observations(input, store, kb, home)
    if prices:
        rows = tr.price_index(loaded.observations, tr.load_rates(rates) if rates else None, period)
        out = [{"substance": r.substance, "unit": r.unit, "currency": r.currency, "period": str(r.period),
                "median": round(r.median, 4), "n": r.n, "converted_on": str(r.converted_on or "")} for r in rows]
        if as_json:
            print(json.dumps(out))
            return
        t = Table(title="median price per unit", show_edge=False)
        for col in out[0] if out else ("substance",):
            t.add_column(col)
        for r in out:
            t.add_row(*(str(v) for v in r.values()))
        console.print(t if out else "too few priced adverts (at least 3 per substance and period)")
        return
    tt = tr.build(loaded.observations, period, sale_only)
    rows = tt.top(by, top)
    found = tr.bursts(tt, rows, alpha=alpha, min_ratio=min_ratio)
    if as_json:
        print(json.dumps({"periods": [str(p) for p in tt.periods], "totals": [tt.totals[p] for p in tt.periods],
                          "undated": tt.undated,
                          "series": {s.value: [s.counts.get(p, 0) for p in tt.periods] for s in rows},
                          "bursts": [{**b.__dict__, "period": str(b.period)} for b in found]}))
        return
    if not tt.periods:
        console.print(f"no dated documents ({tt.undated} without a usable date)")
        return
    shown = tt.periods[-8:]
    t = Table(title=f"{by} per {period} (last {len(shown)} of {len(tt.periods)}; documents per {period} as 'all')",
              show_edge=False)
    t.add_column(by)
    for p in shown:
        t.add_column(p.strftime("%m-%d"), justify="right")
    t.add_row("all", *(str(tt.totals[p]) for p in shown))
    for s in rows:
        t.add_row(s.value, *(str(s.counts.get(p, 0)) for p in shown))
    console.print(t)
    for b in found:
        console.print(f"[red]burst[/] {b.value}: {b.count} on {b.period} (expected {b.expected}, p={b.p_value:.1e})")
    if tt.undated:
        console.print(f"{tt.undated} documents without a usable date are not counted")


alerts_app = typer.Typer(help="Alerts raised by the rules in alert_rules.json, and their review.\n\n"
                              "Example: patrol alerts run", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


def _actor(by: Optional[str]) -> str:
    import getpass

    return by or getpass.getuser()


@alerts_app.command("run")
def alerts_run(
    kb: KbOpt = None,
    rules: Annotated[Optional[Path], typer.Option(help="Rules file (default: the shipped alert_rules.json).")] = None,
    home: HomeOpt = None,
) -> None:
    """Evaluate the alert rules over the store's analysed documents; repeats update, never duplicate.

    Example: patrol alerts run --rules my_rules.json
    """
    from patrol.knowledge.kb import KnowledgeBase
    from patrol.signals.alerts import AlertStore, evaluate, load_rules

    rule_list = load_rules(rules)
    loaded = _observations(None, True, kb, home)
    found = evaluate(loaded.observations, KnowledgeBase.load(kb), rule_list)
    with _store(home) as st:
        summary = AlertStore(st).record(found)
    console.print(f"{len(rule_list)} rules over {len(loaded.observations):,} documents: {summary.raised} new alerts, "
                  f"{summary.updated} with new evidence, {summary.unchanged} unchanged. Next: patrol alerts list")


@alerts_app.command("list")
def alerts_list(
    status: Annotated[Optional[str], typer.Option(help="new, confirmed or dismissed.")] = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Alerts, most severe first.

    Example: patrol alerts list --status new
    """
    from patrol.signals.alerts import AlertStore

    with _store(home) as st:
        rows = AlertStore(st).list(status=status)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    t = Table(title=f"{len(rows)} alerts", show_edge=False)
    for col in ("id", "severity", "status", "alert", "evidence"):
        t.add_column(col)
    for a in rows:
        t.add_row(a["alert_id"], a["severity"], a["status"], a["title"], str(len(a["evidence"])))
    console.print(t)


@alerts_app.command("show")
def alerts_show(alert_id: Annotated[str, typer.Argument(help="Alert id from `patrol alerts list`.")],
                home: HomeOpt = None) -> None:
    """One alert with its evidence and its history (who did what, when, why).

    Example: patrol alerts show 3f2a9c0d1e4b5a67
    """
    from patrol.signals.alerts import AlertStore

    with _store(home) as st:
        a = AlertStore(st)
        print(json.dumps({**a.get(alert_id), "history": a.history(alert_id)}, ensure_ascii=False, indent=1))


def _set_status(alert_id: str, status: str, by: Optional[str], reason: Optional[str], home) -> None:
    from patrol.signals.alerts import AlertStore

    with _store(home) as st:
        a = AlertStore(st).set_status(alert_id, status, _actor(by), reason)
    console.print(f"{a['alert_id']} {a['status']} by {a['status_by']} at {a['status_at']}")


ByOpt = Annotated[Optional[str], typer.Option("--by", help="Who decides (default: the login name).")]


@alerts_app.command("confirm")
def alerts_confirm(alert_id: Annotated[str, typer.Argument()], by: ByOpt = None,
                   reason: Annotated[Optional[str], typer.Option(help="Why.")] = None, home: HomeOpt = None) -> None:
    """Mark an alert confirmed.

    Example: patrol alerts confirm 3f2a9c0d1e4b5a67 --reason "lab confirmed CH-PIATA in seized sample"
    """
    _set_status(alert_id, "confirmed", by, reason, home)


@alerts_app.command("dismiss")
def alerts_dismiss(alert_id: Annotated[str, typer.Argument()],
                   reason: Annotated[str, typer.Option(help="Why (required).")], by: ByOpt = None,
                   home: HomeOpt = None) -> None:
    """Mark an alert dismissed, saying why.

    Example: patrol alerts dismiss 3f2a9c0d1e4b5a67 --reason "brand name of a pill press, not a substance"
    """
    _set_status(alert_id, "dismissed", by, reason, home)


@alerts_app.command("reopen")
def alerts_reopen(alert_id: Annotated[str, typer.Argument()], by: ByOpt = None,
                  reason: Annotated[Optional[str], typer.Option(help="Why.")] = None, home: HomeOpt = None) -> None:
    """Put a confirmed or dismissed alert back to new.

    Example: patrol alerts reopen 3f2a9c0d1e4b5a67 --reason "new evidence"
    """
    _set_status(alert_id, "new", by, reason, home)


@app.command()
def report(
    since: Annotated[datetime, typer.Option("--since", formats=["%Y-%m-%d"], help="First day of the period.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")],
    until: Annotated[Optional[datetime], typer.Option("--until", formats=["%Y-%m-%d"],
                                                      help="Last day (default: the last document day).")] = None,
    pdf: Annotated[Optional[Path], typer.Option("--pdf", help="Also write a PDF (WeasyPrint).")] = None,
    rates: Annotated[Optional[Path], typer.Option(help="CSV of exchange rates for the price table.")] = None,
    kb: KbOpt = None,
    home: HomeOpt = None,
) -> None:
    """Write the period's bulletin: alerts, new substances, movers, prices and plots, from the store.

    Example: patrol report --since 2026-11-01 --out bulletin.html --pdf bulletin.pdf
    """
    _write_report(since.date(), until.date() if until else None, out, pdf, rates, kb, home)


def _write_report(since, until, out: Path, pdf, rates, kb, home) -> None:
    from patrol.signals.report import bulletin_from_store, write_pdf
    from patrol.signals.trends import load_rates

    with _store(home) as st:
        b = bulletin_from_store(st, since, until, kb, load_rates(rates) if rates else None)
    out.write_text(b.html, "utf-8")
    console.print(f"bulletin {b.context['since']} – {b.context['until']} → {out}")
    if pdf:
        write_pdf(b.html, pdf)
        console.print(f"PDF → {pdf}")


# -- vendor linking ------------------------------------------------------------------------
def _parse_account(text: str) -> list[str]:
    author, sep, source = text.rpartition("@")
    if not sep or not author or not source:
        raise typer.BadParameter(f"{text!r}: write an account as AUTHOR@SOURCE, e.g. xplug@telegram")
    return [source, author]


@app.command()
def link(
    input: InputArg = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="ACCOUNTS.jsonl: one line per account.")] = None,
    store: StoreOpt = False,
    threshold: Annotated[Optional[float], typer.Option(help="Soft-link score that joins accounts "
                                                            "(default: the model's, tuned for precision).")] = None,
    overrides: Annotated[Optional[Path], typer.Option(help="JSONL of merge/split overrides (file mode).")] = None,
    all_accounts: Annotated[bool, typer.Option("--all-accounts", help="Link every author, not only accounts "
                                                                      "with a drug-sale document.")] = False,
    kb: KbOpt = None,
    home: HomeOpt = None,
) -> None:
    """Link accounts into vendors: shared identifiers (hard) and scored similarity (soft).

    Example: patrol link listings.jsonl --out accounts.jsonl
    """
    from patrol.linking.accounts import build_accounts
    from patrol.linking.resolve import link as run_link
    from patrol.linking.resolve import load_overrides
    from patrol.linking.store import VendorStore

    if input is not None and out is None:
        raise typer.BadParameter("file mode needs --out ACCOUNTS.jsonl", param_hint="--out")
    loaded = _observations(input, store, kb, home)
    accounts, boiler = build_accounts(loaded.observations, sellers_only=not all_accounts)
    if store:
        with _store(home) as st:
            vs = VendorStore(st)
            result = run_link(accounts, threshold=threshold, overrides=vs.overrides())
            vs.save(result)
    else:
        result = run_link(accounts, threshold=threshold, overrides=load_overrides(overrides))
        rows = result.account_rows()
        tmp = out.with_suffix(out.suffix + ".part")
        with open(tmp, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        tmp.replace(out)
    vendors = len(set(result.vendor_of.values()))
    hard = sum(x.kind == "hard" for x in result.links)
    soft = sum(x.kind == "soft" and x.score >= result.notes["threshold"] for x in result.links)
    console.print(f"{len(accounts):,} accounts → {vendors:,} vendors; {hard} hard links, {soft} soft links at or above "
                  f"{result.notes['threshold']}, {len(result.flags)} possible impersonations flagged; "
                  f"{boiler['boilerplate_lines']} boilerplate lines ignored" + (f" → {out}" if out else ""))
    for ident in result.notes["shared_identifiers_ignored"][:5]:
        console.print(f"  [yellow]not linked[/] (shared by too many accounts to identify anyone): {ident}")


vendor_app = typer.Typer(help="Vendors found by `patrol link --store`, and analyst overrides.\n\n"
                              "Example: patrol vendor list", no_args_is_help=True)
app.add_typer(vendor_app, name="vendor")


@vendor_app.command("list")
def vendor_list(top: Annotated[int, typer.Option(min=1)] = 30, as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Vendors with the most accounts first.

    Example: patrol vendor list --top 10
    """
    from patrol.linking.store import VendorStore

    with _store(home) as st:
        rows = VendorStore(st).list()[:top]
    if as_json:
        print(json.dumps(rows))
        return
    t = Table(show_edge=False)
    for col in ("vendor_id", "accounts", "platforms", "documents"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["vendor_id"], str(r["accounts"]), str(r["platforms"]), str(r["documents"]))
    console.print(t)


@vendor_app.command("show")
def vendor_show(vendor_id: Annotated[str, typer.Argument(help="V-… id from `patrol vendor list`.")],
                home: HomeOpt = None) -> None:
    """A vendor's accounts, the links between them with their evidence, flags and overrides.

    Example: patrol vendor show V-1a2b3c4d5e
    """
    from patrol.linking.store import VendorStore

    with _store(home) as st:
        print(json.dumps(VendorStore(st).show(vendor_id), ensure_ascii=False, indent=1))


@vendor_app.command("merge")
def vendor_merge(a: Annotated[str, typer.Argument(help="AUTHOR@SOURCE")], b: Annotated[str, typer.Argument(help="AUTHOR@SOURCE")],
                 reason: Annotated[str, typer.Option(help="Why (required).")], by: ByOpt = None,
                 home: HomeOpt = None) -> None:
    """Record that two accounts are one vendor; applied by every later `patrol link --store`.

    Example: patrol vendor merge xplug@telegram XPlug@agora --reason "same PGP key seen in a seizure"
    """
    from patrol.linking.store import VendorStore

    with _store(home) as st:
        VendorStore(st).override("merge", {"a": _parse_account(a), "b": _parse_account(b)}, _actor(by), reason)
    console.print("merge recorded; run `patrol link --store` to apply it")


@vendor_app.command("split")
def vendor_split(account: Annotated[str, typer.Argument(help="AUTHOR@SOURCE")],
                 reason: Annotated[str, typer.Option(help="Why (required).")], by: ByOpt = None,
                 home: HomeOpt = None) -> None:
    """Record that an account is not part of the vendor it was linked into.

    Example: patrol vendor split xplug_official@telegram --reason "impersonator, different PGP key"
    """
    from patrol.linking.store import VendorStore

    with _store(home) as st:
        VendorStore(st).override("split", {"account": _parse_account(account)}, _actor(by), reason)
    console.print("split recorded; run `patrol link --store` to apply it")


graph_app = typer.Typer(help="The vendor network.\n\nExample: patrol graph export --format graphml --out net.graphml",
                        no_args_is_help=True)
app.add_typer(graph_app, name="graph")


@graph_app.command("export")
def graph_export(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="graphml, gexf or csv (edge list).")] = "graphml",
    kb: KbOpt = None,
    home: HomeOpt = None,
) -> None:
    """Vendors, accounts, platforms, identifiers and substances as a graph, with communities and centrality.

    Example: patrol graph export --format gexf --out network.gexf
    """
    from patrol.linking import graph
    from patrol.linking.accounts import build_accounts
    from patrol.linking.store import VendorStore

    if fmt not in graph.FORMATS:
        raise typer.BadParameter(f"--format one of {', '.join(graph.FORMATS)}")
    loaded = _observations(None, True, kb, home)
    with _store(home) as st:
        vendor_of = VendorStore(st).vendor_of()
    accounts, _ = build_accounts(loaded.observations, sellers_only=not vendor_of)
    if vendor_of:
        accounts = {k: a for k, a in accounts.items() if k in vendor_of}
    if not vendor_of:
        err.print("[yellow]note[/]: no vendors yet (`patrol link --store`); exporting accounts only")
    g = graph.build(accounts, vendor_of, [])
    graph.export(g, out, fmt)
    console.print(f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges → {out}")


# -- service -------------------------------------------------------------------------------
@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback unless you say otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
    workers: Annotated[int, typer.Option(min=0, help="Server processes; 0: one per core.")] = 0,
    home: HomeOpt = None,
) -> None:
    """Start the REST API (/docs) and the analyst dashboard; the first run creates user 'admin'.

    Example: patrol serve --port 8765
    """
    import uvicorn

    from patrol.api.app import create_app
    from patrol.api.auth import ensure_admin
    from patrol.api.settings import Settings

    home_dir = _home(home)
    with _store(home) as st:
        password = ensure_admin(st.db)
    if password:
        console.print(f"[bold]first run[/]: created user [bold]admin[/] with one-time password [bold]{password}[/] "
                      "(shown once; make named users with POST /api/users)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]listening on {host}[/]: anyone who can reach it can try to log in; put TLS in front")
    console.print(f"patrol on http://{host}:{port}/ (API docs: /docs, health: /health), data in {home_dir}")
    import os

    workers = workers or os.cpu_count() or 1
    if workers == 1:
        uvicorn.run(create_app(Settings(home=home_dir)), host=host, port=port, log_level="warning")
        return
    os.environ[ENV_HOME] = str(home_dir)  # each worker builds its app from the environment
    uvicorn.run("patrol.api.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning")


def main() -> None:
    try:
        app()
    except PatrolError as e:
        err.print(f"[red]error[/] ({e.code}): {e}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
