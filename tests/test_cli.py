import csv
import io
import json

import duckdb
import pytest

from conftest import EXAMPLES
from flashpoint.cli import main

ARTICLE = ("Talks in Muscat\ndate 2025-04-13\n"
           "Iranian Foreign Minister Abbas Araghchi met U.S. envoy Steve Witkoff in Muscat on "
           "Saturday. Israel condemned the talks.\n")


@pytest.fixture
def db(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "muscat.txt").write_text(ARTICLE)
    path = tmp_path / "f.duckdb"
    assert main(["run", str(tmp_path / "in"), "--db", str(path), "--quiet"]) == 0
    return path


def test_run_prints_a_summary_line(db, capsys):
    assert main(["run", str(db.parent / "in"), "--db", str(db), "--quiet"]) == 0
    assert "unchanged 1" in capsys.readouterr().out


def test_events_table_and_jsonl(db, capsys):
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--source", "IRN", "--format", "jsonl"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert rows and all(r["source"]["code"].startswith("IRN") for r in rows)
    meet = [r for r in rows if r["cameo"] == "040"]
    assert meet and meet[0]["date"] == "2025-04-12" and meet[0]["target"]["code"] == "USAGOV"
    assert main(["events", "--db", str(db), "--root", "04"]) == 0
    assert "040" in capsys.readouterr().out


def test_show_highlights_evidence(db, capsys):
    capsys.readouterr()
    main(["events", "--db", str(db), "--format", "jsonl", "--root", "04"])
    event_id = json.loads(capsys.readouterr().out.splitlines()[0])["event_id"]
    assert main(["show", event_id, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "[EVENT:met]" in out and "[SOURCE:" in out and "muscat" in out
    assert main(["show", "nosuchid", "--db", str(db)]) == 1
    assert "E404" in capsys.readouterr().err


def test_export_formats(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "e.csv")]) == 0
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert rows and rows[0]["cameo"] and "source_code" in rows[0]
    assert main(["export", "--db", str(db), "--format", "parquet", "--out",
                 str(tmp_path / "e.parquet")]) == 0
    con = duckdb.connect()
    n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "e.parquet")]).fetchone()[0]
    con.close()
    assert n == len(rows)
    capsys.readouterr()
    assert main(["export", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == n and set(json.loads(lines[0])) >= {"event_id", "cameo", "span"}


def test_actors_lists_counts(db, capsys):
    capsys.readouterr()
    assert main(["actors", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "IRNGOV" in out and "Abbas Araghchi" in out


def test_extract_without_database_uses_export_fields(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    assert main(["extract", str(p), "--format", "jsonl"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    from flashpoint.models import EXPORT_FIELDS

    assert rows and all(list(r) == list(EXPORT_FIELDS) for r in rows)
    assert main(["extract", str(p), "--format", "csv"]) == 0
    assert next(csv.reader(io.StringIO(capsys.readouterr().out)))[0] == "event_id"


def test_bad_inputs_are_reported_and_batch_goes_on(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE)
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "bad.jsonl").write_text('{"id": "ok", "text": "Israel struck Gaza."}\n{broken\n')
    (d / "latin.txt").write_bytes("Title\nThe minister of Curaçao visited Caracas.\n".encode("latin-1"))
    db = tmp_path / "f.duckdb"
    code = main(["run", str(d), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    for name in ("empty.txt", "binary.txt", "bad.jsonl:2", "latin.txt"):
        assert sum(name in line for line in err) == 1, name
    con = duckdb.connect(str(db), read_only=True)
    docs = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    con.close()
    assert docs == {"good", "ok", "latin"}


def test_missing_database_message(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "E301" in capsys.readouterr().err


def test_workers_give_the_same_events(tmp_path, capsys):
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    assert main(["run", str(EXAMPLES), "--db", str(a), "--quiet"]) == 0
    assert main(["run", str(EXAMPLES), "--db", str(b), "--quiet", "--workers", "2"]) == 0
    q = "SELECT event_id FROM events ORDER BY 1"
    ca, cb = duckdb.connect(str(a), read_only=True), duckdb.connect(str(b), read_only=True)
    assert ca.execute(q).fetchall() == cb.execute(q).fetchall()
    ca.close()
    cb.close()
