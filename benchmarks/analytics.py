"""Analytics speed on a large event table: `dyad` and `escalation` on 1 million events.

Generates the events inside DuckDB (random dyads among 60 actors over three years, CAMEO
codes drawn from the project's table), then times each query (best of 3).

    python benchmarks/analytics.py [--events 1000000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.analytics import (actor_network, dyad_series, escalation_ranking,  # noqa: E402
                                  timeline)
from flashpoint.coding.tables import cameo_table  # noqa: E402
from flashpoint.store import Store  # noqa: E402

ACTORS = ["IRNGOV", "IRNMIL", "ISRGOV", "ISRMIL", "USAGOV", "USAMIL", "PSEHMS", "LBNHZB",
          "YEMHTH", "RUSGOV", "UKRGOV", "CHNGOV", "SYRGOV", "IRQGOV", "IRQPMF", "SAUGOV",
          "EGYGOV", "TURGOV", "QATGOV", "JORGOV", "GBRGOV", "FRAGOV", "DEUGOV", "IGOUNO"]
ACTORS += [f"X{i:02d}GOV" for i in range(60 - len(ACTORS))]


def generate(db: str, n: int) -> None:
    codes = [(c.code, c.goldstein, c.quad_class, c.plover) for c in cameo_table().values()]
    with Store(db) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE actors AS SELECT unnest(?) AS code, "
                    "generate_subscripts(?, 1) - 1 AS i", [ACTORS, ACTORS])
        con.execute("CREATE TEMP TABLE codes (code VARCHAR, goldstein DOUBLE, quad INTEGER, "
                    "plover VARCHAR, i INTEGER)")
        for i, (code, g, q, p) in enumerate(codes):
            con.execute("INSERT INTO codes VALUES (?, ?, ?, ?, ?)", [code, g, q, p, i])
        con.execute(f"""
        INSERT INTO events (event_id, doc_id, date, day, source_code, source_country, source_text,
            target_code, target_country, target_text, cameo, cameo_root, plover, goldstein,
            quad_class, status, sentence, span_start, span_end, confidence)
        SELECT 'e' || r, 'doc' || (r // 20), strftime(d, '%Y-%m-%d'), d,
               s.code, substr(s.code, 1, 3), s.code, t.code, substr(t.code, 1, 3), t.code,
               c.code, substr(c.code, 1, 2), c.plover, c.goldstein, c.quad, 'asserted',
               'generated event ' || r, 0, 10, 0.8
        FROM (SELECT range AS r, DATE '2022-01-01' + CAST(floor(random() * 1095) AS INTEGER) AS d,
                     CAST(floor(random() * {len(ACTORS)}) AS INTEGER) AS si,
                     CAST(floor(random() * {len(ACTORS) - 1}) AS INTEGER) AS ti,
                     CAST(floor(random() * {len(codes)}) AS INTEGER) AS ci FROM range({n})) g
        JOIN actors s ON s.i = g.si
        JOIN actors t ON t.i = (g.ti + (g.ti >= g.si)::INTEGER)
        JOIN codes c ON c.i = g.ci""")


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        generate(db, a.events)
        print(f"generated {a.events} events in {time.perf_counter() - start:.1f} s")
        with Store(db, read_only=True) as store:
            con = store.con
            n = con.execute("SELECT count(*) FROM events").fetchone()[0]
            print(f"events in table: {n}")
            for name, fn in [
                ("dyad IRN ISR (month)", lambda: dyad_series(con, "IRN", "ISR")),
                ("dyad IRN ISR (week)", lambda: dyad_series(con, "IRN", "ISR", freq="week")),
                ("escalation --window 30", lambda: escalation_ranking(con, top=10, window=30)),
                ("network", lambda: actor_network(con, min_events=10)),
                ("timeline --actor IRN", lambda: timeline(con, actor="IRN", limit=100)),
            ]:
                print(f"{name:24} {best_of(fn) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
