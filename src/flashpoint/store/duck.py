"""DuckDB store: documents, near-duplicate buckets and events.

Only parameterised SQL is used: article text never becomes part of a statement.
Every batch is one transaction, so an interrupted run leaves whole documents only.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

import duckdb
import numpy

from ..errors import StoreError
from ..models import Article, Event
from .rows import EVENT_COLUMNS, event_row, export_dict

SCHEMA = Path(__file__).with_name("schema.sql")
DOC_COLUMNS = ("doc_id", "content_hash", "title", "doc_date", "url", "source", "path", "text",
               "duplicate_of", "similarity", "signature", "n_events")


@dataclass
class StoredDocument:
    """What to write for one article."""

    article: Article
    content_hash: str
    signature: list[int]
    band_keys: list[int]
    events: list[Event]
    duplicate_of: Optional[str] = None
    similarity: Optional[float] = None


@dataclass
class EventFilter:
    source: Optional[str] = None  # code prefix, e.g. IRN or IRNGOV
    target: Optional[str] = None
    root: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    status: Optional[str] = None
    doc_id: Optional[str] = None
    limit: Optional[int] = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        for column, value in (("source_code", self.source), ("target_code", self.target)):
            if value:
                clauses.append(f"({column} LIKE ? OR {column.replace('code', 'name')} = ?)")
                params += [value.upper() + "%", value]
        for column, value in (("cameo_root", self.root and self.root.zfill(2)),
                              ("status", self.status), ("doc_id", self.doc_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.since:
            clauses.append("day >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("day <= CAST(? AS DATE)")
            params.append(self.until)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    """The one writer of a flashpoint database file."""

    def __init__(self, path: str | Path = "flashpoint.duckdb", read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such database (run `flashpoint run` first)",
                                 "E301")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open database ({exc})", "E302") from exc
        if not read_only:
            self.con.execute(SCHEMA.read_text())

    def reader(self) -> "Store":
        """A second connection to the same database, for reads from another thread."""
        other = Store.__new__(Store)
        other.path, other.con = self.path, self.con.cursor()
        return other

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- reads used while ingesting ---------------------------------------
    def known_hash(self, doc_id: str) -> Optional[str]:
        row = self.con.execute("SELECT content_hash FROM documents WHERE doc_id = ?",
                               [doc_id]).fetchone()
        return row[0] if row else None

    def doc_with_hash(self, content_hash: str) -> Optional[str]:
        row = self.con.execute("SELECT doc_id FROM documents WHERE content_hash = ? "
                               "ORDER BY doc_id LIMIT 1", [content_hash]).fetchone()
        return row[0] if row else None

    def near_duplicate_candidates(self, band_keys: Sequence[int], doc_id: str
                                  ) -> list[tuple[str, list[int]]]:
        if not band_keys:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT d.doc_id, d.signature FROM doc_bands b JOIN documents d "
            "USING (doc_id) WHERE b.band_key IN (SELECT unnest(?)) AND d.doc_id <> ? "
            "AND d.duplicate_of IS NULL", [list(band_keys), doc_id]).fetchall()
        return [(r[0], r[1]) for r in rows]

    # ---- the write path ---------------------------------------------------
    def write_batch(self, docs: Sequence[StoredDocument]) -> None:
        """Replace each document and its events, all in one transaction."""
        if not docs:
            return
        try:
            self.con.execute("BEGIN TRANSACTION")
            ids = [d.article.doc_id for d in docs]
            for table in ("events", "doc_bands", "documents"):
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            for d in docs:
                self._write_one(d)
            events = {}  # by id: a later copy of an event replaces an earlier one
            for d in docs:
                events.update((e.event_id, e) for e in d.events)
            self._insert_columns("events", EVENT_COLUMNS, [event_row(e) for e in events.values()])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _write_one(self, d: StoredDocument) -> None:
        a = d.article
        self.con.execute(
            f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(DOC_COLUMNS))})",
            [a.doc_id, d.content_hash, a.title, a.date, a.url, a.source, a.path, a.text,
             d.duplicate_of, d.similarity, d.signature, len(d.events)])
        if d.duplicate_of is None and d.band_keys:
            self.con.execute("INSERT INTO doc_bands SELECT unnest(?::UBIGINT[]), ?",
                             [list(d.band_keys), a.doc_id])

    def _insert_columns(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """Insert rows through a registered set of column arrays: one statement, values
        passed as data (never as SQL), each cast to the column's type."""
        if not rows:
            return
        types = self._column_types(table)
        data = {f"c{k}": numpy.array([r[k] for r in rows], dtype=object)
                for k in range(len(columns))}
        select = ", ".join(f"CAST(c{k} AS {types[c]})" for k, c in enumerate(columns))
        self.con.register("flashpoint_rows", data)
        try:
            self.con.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                             f"SELECT {select} FROM flashpoint_rows")
        finally:
            self.con.unregister("flashpoint_rows")

    def _column_types(self, table: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_types", {})
        if table not in cache:
            cache[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ?", [table]).fetchall())
        return cache[table]

    # ---- queries ----------------------------------------------------------
    def _dicts(self, sql: str, params: Sequence = ()) -> list[dict]:
        cur = self.con.execute(sql, list(params))
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self, flt: Optional[EventFilter] = None) -> list[dict]:
        """Stored events in the export format, ordered by date."""
        flt = flt or EventFilter()
        where, params = flt.where()
        limit = f" LIMIT {int(flt.limit)}" if flt.limit else ""
        rows = self._dicts(f"SELECT * FROM events{where} ORDER BY day NULLS LAST, doc_id, "
                           f"span_start, event_id{limit}", params)
        return [export_dict(r) for r in rows]

    def event(self, event_id: str) -> Optional[dict]:
        rows = self._dicts("SELECT e.*, d.title, d.path, d.text AS doc_text FROM events e "
                           "JOIN documents d USING (doc_id) WHERE event_id = ?", [event_id])
        return rows[0] if rows else None

    def actors(self) -> list[dict]:
        return self._dicts(
            "WITH mentions AS ("
            " SELECT source_code AS code, source_name AS name, source_country AS country,"
            "        'source' AS role FROM events WHERE source_text IS NOT NULL"
            " UNION ALL SELECT target_code, target_name, target_country, 'target' FROM events"
            "        WHERE target_text IS NOT NULL)"
            " SELECT code, name, country, count(*) AS events,"
            "        count(*) FILTER (WHERE role = 'source') AS as_source,"
            "        count(*) FILTER (WHERE role = 'target') AS as_target"
            " FROM mentions GROUP BY ALL ORDER BY events DESC, code NULLS LAST, name")

    def summary(self) -> dict:
        con = self.con
        docs, dups = con.execute("SELECT count(*), count(duplicate_of) FROM documents").fetchone()
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        by_status = dict(con.execute("SELECT status, count(*) FROM events GROUP BY 1 "
                                     "ORDER BY 2 DESC").fetchall())
        by_root = con.execute("SELECT cameo_root, count(*) FROM events GROUP BY 1 "
                              "ORDER BY 2 DESC LIMIT 8").fetchall()
        dyads = con.execute(
            "SELECT coalesce(source_code, source_name, '?'), coalesce(target_code, target_name,"
            " '?'), count(*), round(sum(goldstein), 1) FROM events WHERE target_text IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 8").fetchall()
        return {"documents": docs, "duplicates": dups, "events": n_events,
                "by_status": by_status, "by_root": by_root, "top_dyads": dyads}

    def export(self, fmt: str, out: str) -> int:
        """Write all events as parquet or csv with DuckDB's COPY (file name as parameter)."""
        options = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER)"}[fmt]
        self.con.execute(f"COPY (SELECT * EXCLUDE (day) FROM events ORDER BY day, event_id) "
                         f"TO '{_sql_path(out)}' {options}")
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0]

    def iter_event_rows(self) -> Iterator[dict]:
        yield from (export_dict(r) for r in self._dicts("SELECT * FROM events ORDER BY day, event_id"))


def _sql_path(path: str) -> str:
    """COPY takes no parameter for its target: allow only a plain file path."""
    if "'" in path or "\n" in path:
        raise StoreError(f"unsupported character in output path {path!r}", "E303")
    return path
