"""A real Ctrl-C in the middle of a run leaves whole documents only; a re-run resumes."""
import os
import signal
import subprocess
import sys
import time

import duckdb

from conftest import EXAMPLES, ROOT


N_DOCS = 300


def _corpus(directory, n=N_DOCS):
    bodies = [p.read_text(encoding="utf-8").split("\n", 2)[2] for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        text = f"Report {i}\ndate 2024-03-{i % 28 + 1:02d}\n" + bodies[i % len(bodies)] + \
            f"\nUpdate {i}: " + " ".join(f"word{i}x{k}" for k in range(40)) + "\n"
        (directory / f"r{i:03d}.txt").write_text(text, encoding="utf-8")


def _consistent(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        bad = con.execute("SELECT count(*) FROM documents d WHERE n_events <> (SELECT count(*) "
                          "FROM events e WHERE e.doc_id = d.doc_id)").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN "
                              "(SELECT doc_id FROM documents)").fetchone()[0]
        return bad == 0 and orphans == 0, con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def test_sigint_mid_run_then_resume(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _corpus(src)
    db = tmp_path / "f.duckdb"
    cmd = [sys.executable, "-m", "flashpoint.cli", "run", str(src), "--db", str(db), "--quiet"]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(6)  # the writer holds the file lock: interrupt blind, mid-run
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "resume" in err
    ok, stored = _consistent(db) if db.exists() else (True, 0)
    assert ok and stored < N_DOCS
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"unchanged {stored}" in done.stdout
    ok, total = _consistent(db)
    assert ok and total == N_DOCS
