import duckdb
import pytest

from flashpoint.runner import run
from flashpoint.store import EventFilter, Store

ARTICLE = ("Army shells border town\ndate 2024-03-05\n"
           "Russian forces shelled Kharkiv on Monday, Ukrainian officials said. "
           "Ukraine accused Russia of targeting civilians.\n")


def _write(path, text=ARTICLE):
    path.write_text(text, encoding="utf-8")
    return path


def _counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return (con.execute("SELECT count(*) FROM documents").fetchone()[0],
                con.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        con.close()


def test_rerun_is_idempotent(tmp_path):
    src = _write(tmp_path / "a.txt")
    db = tmp_path / "f.duckdb"
    first = run([src], str(db), progress=False, say=lambda m: None)
    assert first.coded == 1 and first.events > 0
    before = _counts(db)
    second = run([src], str(db), progress=False, say=lambda m: None)
    assert second.unchanged == 1 and second.coded == 0
    assert _counts(db) == before


def test_exact_copy_under_another_name_is_linked_not_recoded(tmp_path):
    _write(tmp_path / "a.txt")
    _write(tmp_path / "b.txt")
    db = tmp_path / "f.duckdb"
    report = run([tmp_path], str(db), progress=False, say=lambda m: None)
    assert report.coded == 1 and report.duplicates == 1
    with Store(db, read_only=True) as store:
        docs = store.con.execute("SELECT doc_id, duplicate_of FROM documents ORDER BY 1").fetchall()
        assert docs == [("a", None), ("b", "a")]
        assert {e["doc_id"] for e in store.events()} == {"a"}


def test_syndicated_near_duplicate_is_linked(tmp_path):
    body = " ".join(f"Sentence number {i} says the talks between the two sides went on for "
                    f"hours in the capital." for i in range(40))
    _write(tmp_path / "orig.txt", f"Talks go on\ndate 2024-01-02\n{body}\n")
    _write(tmp_path / "copy.txt", f"Talks continue (wire)\ndate 2024-01-02\n{body} Copyright wire.\n")
    db = tmp_path / "f.duckdb"
    report = run([tmp_path], str(db), progress=False, say=lambda m: None)
    assert report.duplicates == 1
    with Store(db, read_only=True) as store:
        row = store.con.execute("SELECT doc_id, duplicate_of, similarity FROM documents "
                                "WHERE duplicate_of IS NOT NULL").fetchone()
    assert row[0] == "orig" and row[1] == "copy" or row[0] == "copy" and row[1] == "orig"
    assert row[2] >= 0.7


def test_changed_article_replaces_its_events(tmp_path):
    src = _write(tmp_path / "a.txt")
    db = tmp_path / "f.duckdb"
    run([src], str(db), progress=False, say=lambda m: None)
    _write(src, ARTICLE.replace("Ukraine accused Russia of targeting civilians.",
                                "Ukraine condemned the attack."))
    report = run([src], str(db), progress=False, say=lambda m: None)
    assert report.coded == 1
    with Store(db, read_only=True) as store:
        events = store.events()
    assert not [e for e in events if e["cameo"] == "112"]
    assert _counts(db)[0] == 1


def test_failed_batch_rolls_back_and_keeps_old_data(tmp_path, monkeypatch):
    src = _write(tmp_path / "a.txt")
    db = tmp_path / "f.duckdb"
    run([src], str(db), progress=False, say=lambda m: None)
    before = _counts(db)
    _write(tmp_path / "b.txt", ARTICLE.replace("Kharkiv", "Odesa"))
    from flashpoint.store import duck

    def boom(self, d):
        raise KeyboardInterrupt

    monkeypatch.setattr(duck.Store, "_write_one", boom)
    report = run([tmp_path], str(db), progress=False, say=lambda m: None)
    assert report.interrupted
    monkeypatch.undo()
    assert _counts(db) == before
    resumed = run([tmp_path], str(db), progress=False, say=lambda m: None)
    assert resumed.coded == 1 and resumed.unchanged == 1


def test_filters(tmp_path):
    src = _write(tmp_path / "a.txt")
    db = tmp_path / "f.duckdb"
    run([src], str(db), progress=False, say=lambda m: None)
    with Store(db, read_only=True) as store:
        assert store.events(EventFilter(source="RUS", root="19"))
        assert not store.events(EventFilter(source="USA"))
        assert store.events(EventFilter(since="2024-03-01", until="2024-03-31"))
        assert not store.events(EventFilter(since="2025-01-01"))
        assert store.events(EventFilter(status="alleged"))


def test_article_text_is_never_sql(tmp_path):
    evil = ARTICLE.replace("Kharkiv", "Kharkiv'); DROP TABLE events; --")
    src = _write(tmp_path / "evil.txt", evil)
    db = tmp_path / "f.duckdb"
    run([src], str(db), progress=False, say=lambda m: None)
    with Store(db, read_only=True) as store:
        assert "DROP TABLE" in store.con.execute("SELECT text FROM documents").fetchone()[0]
        assert store.events()


def test_missing_database_is_a_clear_error(tmp_path):
    from flashpoint.errors import StoreError

    with pytest.raises(StoreError, match="E301"):
        Store(tmp_path / "nope.duckdb", read_only=True)
