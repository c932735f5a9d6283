"""Analytics numbers on hand-made event sets where the right answer is known."""
from datetime import date

import duckdb
import pytest

from analytics_data import event, monthly, write
from flashpoint.analytics import (actor_network, dyad_series, dyad_top_events,
                                  escalation_ranking, timeline)


@pytest.fixture
def con(tmp_path):
    db = tmp_path / "a.duckdb"
    events = (
        # ISR-IRN: one verbal conflict a month for six months, then a burst of strikes
        monthly(date(2024, 1, 1), 6, 1, "ISRGOV", "IRNGOV", "112", "iv")
        + [event(f"2024-07-{d:02d}", "ISRMIL", "IRNMIL", "195", doc="burst") for d in (2, 4, 6, 8, 10)]
        + [event("2024-07-12", "IRNGOV", "ISRGOV", "138", doc="burst")]
        # USA-RUS: steadily hostile, two attacks every month, no change
        + monthly(date(2024, 1, 1), 7, 2, "USAMIL", "RUSMIL", "190", "ur")
        # FRA-DEU: quiet cooperation
        + monthly(date(2024, 1, 1), 7, 1, "FRAGOV", "DEUGOV", "042", "fd")
    )
    write(db, events)
    c = duckdb.connect(str(db), read_only=True)
    yield c
    c.close()


def test_dyad_series_counts_both_directions_and_fills_gaps(con):
    rows = dyad_series(con, "ISR", "IRN", freq="month")
    assert [r["period"] for r in rows] == [f"2024-0{m}-01" for m in range(1, 8)]
    assert [r["events"] for r in rows] == [1, 1, 1, 1, 1, 1, 6]
    july = rows[-1]
    assert (july["a_to_b"], july["b_to_a"]) == (5, 1)
    assert (july["material_conflict"], july["verbal_conflict"]) == (5, 1)
    assert july["goldstein_sum"] == pytest.approx(5 * -10.0 + -7.0)
    assert rows[3]["escalation_index"] == pytest.approx(0.0)  # steady: no escalation
    assert july["escalation_index"] == pytest.approx(57.0 - 2.0)  # (57 - mean 2) / (std 0 + 1)


def test_dyad_series_weekly_includes_empty_weeks(con):
    rows = dyad_series(con, "IRN", "ISR", since="2024-06-01", freq="week")
    assert sum(r["events"] for r in rows) == 7
    assert any(r["events"] == 0 for r in rows)


def test_top_events_per_period_are_the_strongest(con):
    rows = dyad_top_events(con, "ISR", "IRN", freq="month", per_period=2)
    july = [r for r in rows if r["period"] == "2024-07-01"]
    assert len(july) == 2 and all(r["cameo"] == "195" for r in july)


def test_escalation_flags_the_burst_not_the_steady_or_quiet_dyads(con):
    rows = escalation_ranking(con, top=10, window=30, baseline=6, until="2024-07-31")
    top = rows[0]
    assert (top["actor_a"], top["actor_b"]) == ("IRN", "ISR") and top["alert"]
    assert top["recent_events"] == 6 and top["recent_conflict"] == pytest.approx(57.0)
    assert top["events"][0]["cameo"] == "195"
    others = {(r["actor_a"], r["actor_b"]): r for r in rows[1:]}
    assert not others[("RUS", "USA")]["alert"]
    assert not others[("DEU", "FRA")]["alert"]
    assert others[("RUS", "USA")]["z"] == pytest.approx(0.0)


def test_network_communities_emerge_from_backing(tmp_path):
    db = tmp_path / "n.duckdb"
    ev = []
    for g in ("PSEHMS", "LBNHZB", "YEMHTH"):
        ev += [event("2024-03-01", "IRNGOV", g, "072", doc=f"aid{g}"),
               event("2024-03-02", g, "IRNGOV", "051", doc=f"praise{g}"),
               event("2024-03-03", g, "ISRGOV", "190", doc=f"attack{g}")]
    ev += [event("2024-03-04", "USAGOV", "ISRGOV", "072", doc="usaid"),
           event("2024-03-05", "ISRGOV", "USAGOV", "051", doc="usthanks"),
           event("2024-03-06", "ISRMIL", "IRNMIL", "195", doc="strike"),
           event("2024-03-07", "USAGOV", "IRNGOV", "163", doc="sanction")]
    write(db, ev)
    con = duckdb.connect(str(db), read_only=True)
    net = actor_network(con)
    con.close()
    community = {n["id"]: n["community"] for n in net["nodes"]}
    axis = {community[x] for x in ("IRN", "PSEHMS", "LBNHZB", "YEMHTH")}
    assert len(axis) == 1
    assert community["ISR"] == community["USA"] and community["ISR"] not in axis
    ties = {(e["a"], e["b"]): e["tie"] for e in net["edges"]}
    assert ties[("IRN", "PSEHMS")] == "alliance" and ties[("IRN", "ISR")] == "conflict"


def test_timeline_merges_reports_of_one_event(tmp_path):
    db = tmp_path / "t.duckdb"
    write(db, [event("2024-04-13", "IRNGOV", "ISRGOV", "195", doc="a", sentence="Iran fired."),
               event("2024-04-13", "IRNGOV", "ISRGOV", "195", doc="b", sentence="Iran launched."),
               event("2024-04-01", "ISRMIL", "IRNGOV", "195", doc="c"),
               event("2024-04-02", "FRAGOV", "DEUGOV", "042", doc="d")])
    con = duckdb.connect(str(db), read_only=True)
    rows = timeline(con, actor="IRN")
    con.close()
    assert [(r["day"], r["source"], r["documents"]) for r in rows] == [
        ("2024-04-01", "ISRMIL", 1), ("2024-04-13", "IRNGOV", 2)]
