"""End to end on the bundled example articles (model-backed)."""
import duckdb
import pytest

from conftest import EXAMPLES, find
from flashpoint.runner import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    report = run([EXAMPLES], str(db), progress=False, say=lambda m: None)
    assert report.read == len(list(EXAMPLES.glob("*.txt")))
    assert not report.problems
    return db, report


@pytest.fixture(scope="module")
def demo_events(demo_db):
    from flashpoint.store import Store

    with Store(demo_db[0], read_only=True) as store:
        return store.events()


def test_syndicated_copy_is_linked_not_double_counted(demo_db, demo_events):
    db, report = demo_db
    assert report.duplicates == 1
    con = duckdb.connect(str(db), read_only=True)
    dup = con.execute("SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL").fetchall()
    con.close()
    assert dup == [("11_sanctions_copy_wire", "02_sanctions_drone_program")]
    assert not [e for e in demo_events if e["doc_id"] == "11_sanctions_copy_wire"]


@pytest.mark.parametrize("doc, cameo, source, target, status", [
    ("05_missile_attack_april", "195", "IRN", "ISR", "reported"),
    ("01_drone_strike_red_sea", "195", "USA", "YEMHTH", "asserted"),
    ("02_sanctions_drone_program", "163", "USA", "IRN", None),
    ("03_prisoner_release_qatar", "0841", "IRN", "USA", "asserted"),
    ("03_prisoner_release_qatar", "0841", "USA", "IRN", "asserted"),
    ("06_denial_hamas_attack", "016", "IRN", None, None),
    ("04_embassy_strike_damascus", "190", "ISR", "IRN", None),
    ("07_talks_oman", "045", "OMN", None, None),
    ("09_pmf_arrests_baghdad", "173", "IRQCOP", None, None),
    ("10_ceasefire_talks_cairo", "040", "PSEHMS", "EGY", None),
    ("08_military_aid_israel", "130", "USAGOV", "IRN", None),
])
def test_expected_events(demo_events, doc, cameo, source, target, status):
    events = [e for e in demo_events if e["doc_id"] == doc]
    assert find(events, cameo=cameo, source=source, target=target, status=status), \
        [(e["cameo"], e["source"], e["target"], e["status"]) for e in events]


def test_no_iranian_attack_in_the_denial_article(demo_events):
    events = [e for e in demo_events if e["doc_id"] == "06_denial_hamas_attack"]
    assert not find(events, root="19", source="IRN", status="asserted")
    assert not find(events, root="18", source="IRN", status="asserted")


def test_every_event_is_complete(demo_events):
    from flashpoint.models import EXPORT_FIELDS, STATUSES

    assert len(demo_events) > 40
    for e in demo_events:
        assert list(e) == list(EXPORT_FIELDS)
        assert e["status"] in STATUSES
        assert e["quad_class"] in (1, 2, 3, 4) and e["cameo"].startswith(e["cameo_root"])
        assert e["source"] or e["target"]
        assert 0 < e["confidence"] <= 1
