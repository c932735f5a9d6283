"""Command line: a thin layer over runner, store and output.

Library errors become one line on stderr and exit status 1 (2 for usage errors).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .errors import FlashpointError, InputError
from .ingest import MAX_BYTES
from .output import WRITERS, write_rows_table

DEFAULT_DB = "flashpoint.duckdb"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def cmd_run(a) -> int:
    from .runner import run

    progress = sys.stderr.isatty() and not a.quiet
    report = run(a.paths, a.db, workers=a.workers, max_bytes=a.max_bytes,
                 actor_files=tuple(a.actors or ()), progress=progress, say=_err)
    print(f"read {report.read} documents: coded {report.coded}, unchanged {report.unchanged}, "
          f"duplicates {report.duplicates}; {report.events} events stored in {a.db}")
    if report.problems or report.warnings:
        _err(f"{len(report.problems)} input(s) failed, {len(report.warnings)} repaired "
             "(see messages above)")
    if report.interrupted:
        _err("interrupted: stored documents are kept; run the same command again to resume")
        return EXIT_INTERRUPTED
    return EXIT_FAILED if report.problems or report.warnings else EXIT_OK


def cmd_extract(a) -> int:
    from .runner import extract

    problems = 0
    events = []
    for item in extract(a.paths, workers=a.workers, max_bytes=a.max_bytes,
                        actor_files=tuple(a.actors or ())):
        if isinstance(item, (InputError, str)):
            problems += 1
            _err(str(item))
        else:
            events.append(item.to_dict())
    WRITERS[a.format](events, sys.stdout)
    return EXIT_FAILED if problems else EXIT_OK


def _open(a):
    from .store import Store

    return Store(a.db, read_only=True)


def cmd_events(a) -> int:
    from .store import EventFilter

    flt = EventFilter(source=a.source, target=a.target, root=a.root, since=a.since,
                      until=a.until, status=a.status, limit=a.limit)
    with _open(a) as store:
        WRITERS[a.format](store.events(flt), sys.stdout)
    return EXIT_OK


def cmd_show(a) -> int:
    from .show import describe_event

    with _open(a) as store:
        row = store.event(a.event_id)
    if row is None:
        _err(f"[E404] no event with id {a.event_id!r} in {a.db}")
        return EXIT_FAILED
    print(describe_event(row, color=sys.stdout.isatty()))
    return EXIT_OK


def cmd_export(a) -> int:
    with _open(a) as store:
        if a.format == "parquet" or (a.out and a.format == "csv"):
            if not a.out:
                raise FlashpointError("parquet export needs --out FILE", "E401")
            if a.format == "csv":
                with open(a.out, "w", encoding="utf-8", newline="") as fh:
                    n = WRITERS["csv"](store.iter_event_rows(), fh)
            else:
                n = store.export("parquet", a.out)
        elif a.out:
            with open(a.out, "w", encoding="utf-8") as fh:
                n = WRITERS[a.format](store.iter_event_rows(), fh)
        else:
            n = WRITERS[a.format](store.iter_event_rows(), sys.stdout)
    if a.out:
        _err(f"wrote {n} events to {a.out}")
    return EXIT_OK


def cmd_actors(a) -> int:
    with _open(a) as store:
        rows = store.actors()
    if a.format == "table":
        write_rows_table(rows, sys.stdout)
    else:
        import json

        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    return EXIT_OK


def cmd_summary(a) -> int:
    from .show import describe_summary

    with _open(a) as store:
        print(describe_summary(store, sample=a.sample))
    return EXIT_OK


def _rows_out(rows: list[dict], fmt: str, columns: Optional[list[str]] = None) -> None:
    import json

    if fmt == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
        return
    if columns:
        rows = [{c: r.get(c) for c in columns} for r in rows]
    write_rows_table(rows, sys.stdout)


def _evidence(events: list[dict], indent: str = "    ") -> None:
    for e in events:
        print(f"{indent}[{e['event_id']}] {e['date']} {e['source_code'] or '?'} -> "
              f"{e['target_code'] or '?'} {e['cameo']} ({e['status']}): "
              f"“{' '.join(e['sentence'].split())[:140]}”")


def cmd_dyad(a) -> int:
    from .analytics import dyad_series, dyad_top_events

    with _open(a) as store:
        rows = dyad_series(store.con, a.actor_a, a.actor_b, a.since, a.until, a.freq)
        top = dyad_top_events(store.con, a.actor_a, a.actor_b, a.since, a.until, a.freq)
    if a.format == "jsonl":
        for r in rows:
            r["top_events"] = [t for t in top if t["period"] == r["period"]]
        _rows_out(rows, "jsonl")
        return EXIT_OK
    _rows_out(rows, "table", ["period", "events", "a_to_b", "b_to_a", "verbal_coop",
                              "material_coop", "verbal_conflict", "material_conflict",
                              "goldstein_sum", "goldstein_mean", "escalation_index"])
    for period in dict.fromkeys(t["period"] for t in top):
        print(f"\n{period}:")
        _evidence([t for t in top if t["period"] == period])
    return EXIT_OK


def cmd_escalation(a) -> int:
    from .analytics import escalation_ranking

    with _open(a) as store:
        rows = escalation_ranking(store.con, top=a.top, window=a.window, baseline=a.baseline,
                                  until=a.until)
    if a.format == "jsonl":
        _rows_out(rows, "jsonl")
        return EXIT_OK
    _rows_out(rows, "table", ["actor_a", "actor_b", "recent_events", "recent_conflict",
                              "baseline_mean", "baseline_std", "z", "alert"])
    for r in rows:
        if r["alert"]:
            print(f"\nALERT {r['actor_a']} – {r['actor_b']} (z={r['z']}):")
            _evidence(r["events"])
    return EXIT_OK


def cmd_network(a) -> int:
    from .analytics import actor_network

    with _open(a) as store:
        net = actor_network(store.con, a.since, a.until, a.min_events)
    if a.format == "jsonl":
        _rows_out([{"nodes": net["nodes"], "edges": net["edges"]}], "jsonl")
        return EXIT_OK
    _rows_out(net["edges"], "table", ["a", "b", "events", "cooperation", "conflict", "backing",
                                      "affinity", "tie"])
    groups: dict[str, list[str]] = {}
    for n in net["nodes"]:
        groups.setdefault(n["community"], []).append(n["id"])
    print("\ncommunities:")
    for members in sorted(groups.values(), key=lambda m: (-len(m), m)):
        print("  " + ", ".join(members))
    return EXIT_OK


def cmd_timeline(a) -> int:
    from .analytics import timeline

    with _open(a) as store:
        rows = timeline(store.con, a.actor, a.since, a.until, a.limit)
    if a.format == "jsonl":
        _rows_out(rows, "jsonl")
        return EXIT_OK
    for r in rows:
        src = f" (according to {r['according_to']})" if r["according_to"] else ""
        print(f"{r['date']:10}  {r['source'] or '?'} -> {r['target'] or '?'}  {r['cameo']:5} "
              f"{r['status']:12} {r['documents']} doc(s){src}")
        print(f"            “{' '.join(r['sentence'].split())[:150]}”")
    return EXIT_OK


def cmd_report(a) -> int:
    from .report import build_report

    with _open(a) as store:
        result = build_report(store.con, a.out, a.png, tuple(a.dyad) if a.dyad else None,
                              a.since, a.until, a.freq)
    _err(f"wrote {result['out']} ({', '.join(result['charts'])} charts)")
    for name, path in result["png"].items():
        _err(f"wrote {path}")
    return EXIT_OK


def cmd_eval(a) -> int:
    from .coding import Coder
    from .evaluate import (coder_for, eval_gold_jsonl, eval_petrarch_gsr, eval_plover_gsr,
                           eval_plv_dyad, eval_plv_open)

    a.mode = a.mode or ("dyad" if a.dataset == "plv" else "open")
    coder = Coder(retyper=None) if a.mode == "dyad" else coder_for(a.component, a.split)
    if a.dataset == "plv":
        result = eval_plv_dyad(coder, a.path, a.split, a.component, a.errors) if a.mode == "dyad" \
            else eval_plv_open(coder, a.path, a.split, a.errors)
    elif a.dataset == "plover-gsr":
        result = eval_plover_gsr(coder, a.path, a.errors, a.mode)
    elif a.dataset == "petrarch-gsr":
        result = eval_petrarch_gsr(coder, a.path, a.errors)
    else:
        result = eval_gold_jsonl(coder, a.path, a.errors)
    print(result.to_json() if a.format == "json" else result.to_table())
    return EXIT_OK


def cmd_bench(a) -> int:
    import resource

    from .forecast import baseline_settings, load_tkg, run_benchmark
    from .forecast.model import Settings

    data = load_tkg(a.data)
    models = {"default": Settings(), "baseline": baseline_settings()}
    names = ["baseline", "default"] if a.model == "both" else [a.model]
    rows = []
    for name in names:
        result = run_benchmark(data, a.split, models[name])
        rows.append({"model": name, "split": a.split, "mrr": round(result["mrr"], 2),
                     "hits@1": round(result["hits@1"], 2), "hits@3": round(result["hits@3"], 2),
                     "hits@10": round(result["hits@10"], 2), "raw_mrr": round(result["raw_mrr"], 2),
                     "queries": result["queries"], "seconds": round(result["seconds"], 1)})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if a.format == "jsonl":
        _rows_out([dict(r, peak_mb=round(peak)) for r in rows], "jsonl")
    else:
        _rows_out(rows, "table")
        print(f"time-aware filtered ranks (mean rank for ties), both directions; "
              f"peak memory {peak:.0f} MB")
    return EXIT_OK


def cmd_import(a) -> int:
    from datetime import date

    from .forecast import load_tkg
    from .forecast.importer import import_quadruples

    data = load_tkg(a.path)
    n = import_quadruples(data, a.db, date.fromisoformat(a.start), a.name or
                          Path(a.path).resolve().name)
    print(f"imported {n} events from {a.path} into {a.db}")
    return EXIT_OK


def cmd_forecast(a) -> int:
    from .forecast.outlook import dyad_outlook

    with _open(a) as store:
        rows = dyad_outlook(store.con, a.source, a.target, a.horizon, a.until)
    rows = rows[:a.top]
    if a.format == "jsonl":
        _rows_out(rows, "jsonl")
        return EXIT_OK
    print(f"{a.source} – {a.target}, next {a.horizon} days:")
    for r in rows:
        print(f"  {r['root']} {r['name'][:40]:40} p={r['probability']:.3f}")
        for d in r["drivers"]:
            print(f"      {d['date']} {d['source']} -> {d['target']} {d['cameo']}: "
                  f"“{' '.join(d['sentence'].split())[:110]}”")
    return EXIT_OK


def _common_input(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt, .html, .jsonl)")
    p.add_argument("--workers", type=int, default=1, help="coding processes (default 1)")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                   help=f"skip files larger than this (default {MAX_BYTES})")
    p.add_argument("--actors", action="append", metavar="FILE",
                   help="extra actor file (groups/leaders/countries/metonyms/agents .tsv)")


def _table_or_jsonl(p) -> None:
    p.add_argument("--format", choices=["table", "jsonl"], default="table")


def _dates(p) -> None:
    p.add_argument("--since", help="YYYY-MM-DD")
    p.add_argument("--until", help="YYYY-MM-DD")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flashpoint", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="ingest, code and store articles")
    _common_input(p)
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="code articles and print events (no database)")
    _common_input(p)
    p.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--source", help="source code prefix (IRN, IRNGOV) or name")
    p.add_argument("--target", help="target code prefix or name")
    p.add_argument("--root", help="CAMEO root, e.g. 19")
    _dates(p)
    p.add_argument("--status", choices=["asserted", "reported", "alleged", "negated",
                                        "hypothetical", "planned"])
    p.add_argument("--limit", type=int)
    p.add_argument("--format", choices=sorted(WRITERS), default="table")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("show", help="one event with its evidence")
    p.add_argument("event_id")
    p.add_argument("--db", default=DEFAULT_DB)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="export all events")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    p.add_argument("--out", help="output file (default: stdout; required for parquet)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("actors", help="resolved actors with event counts")
    p.add_argument("--db", default=DEFAULT_DB)
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("dyad", help="time series of the events between two actors")
    p.add_argument("actor_a", metavar="A", help="actor code prefix (IRN, IRNGOV) or name")
    p.add_argument("actor_b", metavar="B")
    p.add_argument("--db", default=DEFAULT_DB)
    _dates(p)
    p.add_argument("--freq", choices=["day", "week", "month", "quarter", "year"], default="month")
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_dyad)

    p = sub.add_parser("escalation", help="dyads that escalated most against their baseline")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--window", type=int, default=30, help="recent window in days (default 30)")
    p.add_argument("--baseline", type=int, default=6, help="baseline windows (default 6)")
    p.add_argument("--until", help="end of the recent window (default: latest event)")
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_escalation)

    p = sub.add_parser("network", help="actor graph: ties and communities")
    p.add_argument("--db", default=DEFAULT_DB)
    _dates(p)
    p.add_argument("--min-events", type=int, default=1)
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_network)

    p = sub.add_parser("timeline", help="key events in date order")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--actor", help="only events with this actor (code prefix or name)")
    _dates(p)
    p.add_argument("--limit", type=int, default=50)
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("report", help="self-contained HTML report with charts")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--out", default="report.html")
    p.add_argument("--png", metavar="DIR", help="also write each chart as a PNG into DIR")
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="dyad to chart (default: top escalation)")
    _dates(p)
    p.add_argument("--freq", choices=["day", "week", "month", "quarter", "year"], default="month")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("eval", help="measure coding accuracy on a gold set")
    p.add_argument("dataset", choices=["plv", "plover-gsr", "petrarch-gsr", "gold-jsonl"])
    p.add_argument("path")
    p.add_argument("--mode", choices=["dyad", "open"], default=None,
                   help="plv (default dyad) and plover-gsr (default open)")
    p.add_argument("--split", choices=["all", "heldout", "train"], default="all",
                   help="plv only: heldout = uid mod 5 == 0, never trained on")
    p.add_argument("--component", choices=["rules", "classifier", "combined"],
                   default="combined", help="which coder decides the type: the rules, the "
                   "classifier (plv dyad only) or both")
    p.add_argument("--errors", type=int, default=0, help="show the first N errors")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="forecasting benchmark on a temporal knowledge graph")
    p.add_argument("kind", choices=["tkg"])
    p.add_argument("--data", required=True, help="directory with train/valid/test.txt")
    p.add_argument("--split", choices=["valid", "test"], default="test")
    p.add_argument("--model", choices=["default", "baseline", "both"], default="both")
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("import", help="load an ICEWS-format quadruple dataset as events")
    p.add_argument("kind", choices=["quadruples"])
    p.add_argument("path", help="directory with train/valid/test.txt and the id files")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--start", default="2014-01-01", help="date of day 0 (default 2014-01-01)")
    p.add_argument("--name", help="document name prefix (default: the directory name)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("forecast", help="probability of each event root between two actors")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--source", required=True, help="actor code (IRN)")
    p.add_argument("--target", required=True)
    p.add_argument("--horizon", type=int, default=30, help="days ahead (default 30)")
    p.add_argument("--until", help="forecast from this date (default: latest event)")
    p.add_argument("--top", type=int, default=8)
    _table_or_jsonl(p)
    p.set_defaults(func=cmd_forecast)

    p = sub.add_parser("summary", help="what the database holds")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--sample", type=int, default=8, help="events to show (default 8)")
    p.set_defaults(func=cmd_summary)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    try:
        return a.func(a)
    except FlashpointError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted: nothing half-written is kept; run the same command again to resume")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
