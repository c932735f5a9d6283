"""The reference articles in ../shared/seeds (skipped when ../shared is absent)."""
import pytest

from conftest import find
from flashpoint.ingest import iter_articles


@pytest.fixture(scope="module")
def seed_events(coder):
    from conftest import SHARED

    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not available")
    out = {}
    for article in iter_articles([seeds]):
        out[article.doc_id[:3]] = [e.to_dict() for e in coder.code_article(article)]
    return out


def test_khamenei_orders_a_strike_on_israel(seed_events):
    ev = find(seed_events["004"], root="19", source="IRN", target="ISR", status="planned")
    assert ev and "order" in ev[0]["sentence"]
    assert "three Iranian officials" in ev[0]["attribution"]["text"]


def test_haniyeh_killing_alleged_and_dated(seed_events):
    ev = find(seed_events["004"], cameo="186", source="ISR", target="PSEHMS", status="alleged")
    assert ev and ev[0]["date"] == "2024-07-31"
    assert ev[0]["target"]["name"] == "Ismail Haniyeh"
    assert ev[0]["location"]["name"] == "Tehran"


def test_april_missile_and_drone_attack(seed_events):
    ev = find(seed_events["004"], cameo="195", source="IRN", target="ISR", status="asserted")
    assert ev and ev[0]["date"] == "2024-04"


def test_considered_attack_is_hypothetical_not_an_attack(seed_events):
    ev = [e for e in seed_events["004"] if "considering" in e["sentence"] and e["cameo_root"] == "19"]
    assert ev and all(e["status"] == "hypothetical" for e in ev)
    assert ev[0]["location"]["name"] in ("Tel Aviv", "Haifa")


def test_retaliation_announced_as_a_threat(seed_events):
    assert find(seed_events["004"], cameo="138", source="IRN", target="ISR")


def test_khamenei_denial_dated_october_10(seed_events):
    ev = find(seed_events["000"], cameo="016", source="IRNGOV")
    assert any(e["date"] == "2023-10-10" and e["source"]["name"] == "Ali Khamenei" for e in ev)


def test_no_iranian_attack_on_october_7(seed_events):
    for e in seed_events["000"]:
        if e["cameo_root"] in ("18", "19", "20") and (e["source"] or {}).get("country") == "IRN":
            assert e["status"] not in ("asserted", "reported"), e


def test_prisoner_exchange_both_ways(seed_events):
    assert find(seed_events["000"], cameo="0841", source="IRN", target="USA")
    assert find(seed_events["000"], cameo="0841", source="USA", target="IRN")
