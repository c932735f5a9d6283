"""Forecasting: the ranking protocol on tiny graphs, a planted pattern, determinism."""
from datetime import date

import duckdb
import numpy as np
import pytest

from flashpoint.forecast import Forecaster, Settings, baseline_settings, evaluate, load_tkg
from flashpoint.forecast.data import TKG, with_inverses
from flashpoint.forecast.metrics import rank_of, summarize, time_filter
from flashpoint.forecast.model import Neighbourhoods


def test_ties_count_as_the_mean_rank():
    scores = np.array([3.0, 5.0, 5.0, 1.0, 5.0])
    assert rank_of(scores, 1) == pytest.approx(1 + 0 + 0.5 * 2)
    assert rank_of(scores, 0) == 4.0


def test_filter_removes_only_other_true_answers():
    scores = np.array([9.0, 5.0, 7.0, 1.0])
    assert rank_of(scores, 1) == 3.0
    assert rank_of(scores, 1, {0, 1}) == 2.0  # entity 0 is also true at t: removed
    assert rank_of(scores, 1, {1}) == 3.0


def test_summary_metrics():
    s = summarize([1, 2, 4, 20])
    assert s["mrr"] == pytest.approx(100 * (1 + 0.5 + 0.25 + 0.05) / 4)
    assert s["hits@1"] == 25.0 and s["hits@3"] == 50.0 and s["hits@10"] == 75.0


def tiny_graph() -> TKG:
    # entity 0 consults 1 on days 0..3; on day 4 (the test) it consults 1 again and 2
    train = np.array([[0, 0, 1, d] for d in range(4)] + [[3, 0, 2, 1]])
    valid = np.zeros((0, 4), dtype=int)
    test = np.array([[0, 0, 1, 4], [0, 0, 2, 4]])
    return TKG(train, valid, test, 4, 1, ["a", "b", "c", "d"], ["consult"])


def test_inverse_queries_and_filtering_on_a_tiny_graph():
    data = tiny_graph()
    model = Forecaster(4, 1, baseline_settings()).fit(data.train)
    result = evaluate(model, data, "test")
    # four queries: (0, r, ?)->1, (0, r, ?)->2, (1, r^-1, ?)->0, (2, r^-1, ?)->0
    assert result["queries"] == 4
    # 1 is ranked first; 2 has no history with 0, 1 is filtered for it and it ties with
    # 0 and 3; the inverse query of 2 finds 3 first (its only history), then 0 ties with
    # 1 and 2
    truth = time_filter(with_inverses(np.concatenate([data.train, data.test]), 1))
    assert truth[(0, 0, 4)] == {1, 2}
    model.set_history(np.concatenate([data.train, data.test]))
    assert rank_of(model.scores(0, 0, 4), 1, truth[(0, 0, 4)]) == 1.0
    assert rank_of(model.scores(0, 0, 4), 2, truth[(0, 0, 4)]) == pytest.approx(2.0)
    assert rank_of(model.scores(2, 1, 4), 0) == pytest.approx(3.0)


def planted_graph(seed: int = 1) -> TKG:
    """Entity 0 meets entity 5 every 3 days and a one-off partner on the other days;
    a 'consult' (rel 0) between two entities is followed two days later by an
    'agreement' (rel 1) between the same two."""
    rng = np.random.default_rng(seed)
    quads = []
    one_off = iter(range(40, 400))
    for day in range(140):
        if day % 3 == 0:
            quads.append([0, 0, 5, day])
        else:
            quads.append([0, 0, next(one_off), day])
        a, b = (int(x) for x in rng.integers(6, 40, 2))
        quads.append([a, 0, b, day])
        if day >= 2:
            for s, r, o, t in [q for q in quads if q[3] == day - 2 and q[1] == 0]:
                quads.append([s, 1, o, day])
    q = np.array(quads)
    return TKG(q[q[:, 3] < 100], q[(q[:, 3] >= 100) & (q[:, 3] < 120)], q[q[:, 3] >= 120],
               400, 2, [str(i) for i in range(400)], ["consult", "agree"])


def test_model_recovers_the_planted_periodic_partner_and_rule():
    data = planted_graph()
    model = Forecaster(data.n_entities, data.n_relations, Settings()).fit(
        np.concatenate([data.train, data.valid]))
    model.set_history(np.concatenate([data.train, data.valid, data.test]))
    periodic = [t for t in range(120, 140) if t % 3 == 0]
    ranks = [rank_of(model.scores(0, 0, t), 5) for t in periodic]
    assert all(r == 1.0 for r in ranks), ranks
    # the rule consult -> agreement two days later is learned
    assert model.weights[0, 1] > model.weights[1, 0]
    hits = []
    for s, r, o, t in data.test.tolist():
        if r == 1:
            hits.append(rank_of(model.scores(s, 1, t), o) <= 3)
    assert np.mean(hits) > 0.6
    full = evaluate(model, data, "test")
    base = evaluate(Forecaster(400, 2, baseline_settings()).fit(data.train), data, "test")
    assert full["mrr"] > base["mrr"]


def test_similar_subjects_are_found_by_shared_partners():
    # 0 and 1 share partners 2 and 3; 4 only knows 5; 1 alone has met 6 (relation 1)
    facts = [(0, 0, 2, 1), (0, 0, 3, 2), (1, 0, 2, 1), (1, 0, 3, 3), (4, 0, 5, 1),
             (1, 1, 6, 4)]
    quads = with_inverses(np.array(facts), 2)
    hoods = Neighbourhoods(quads, 7, keep=3)
    dense = np.zeros((7, 7))
    for s, _, o, _ in quads.tolist():
        dense[s, o] += 1
    dense = np.log1p(dense)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True) + 1e-9
    entities, sims = hoods.most_similar(0)
    assert entities[0] == 1
    assert np.allclose(sims, [dense[0] @ dense[e] for e in entities])
    assert 4 not in entities and 5 not in entities
    model = Forecaster(7, 2, Settings(rerank=False, hop=0.0, prior=0.0)).fit(quads[:6])
    model.set_history(np.array(facts))
    scores = model.scores(0, 1, 10)
    assert scores.argmax() == 6  # what the similar subject did, 0 never did
    assert Forecaster(7, 2, baseline_settings()).fit(np.array(facts)).neighbourhoods is None


def test_same_data_same_figures():
    data = planted_graph(seed=3)
    runs = [evaluate(Forecaster(400, 2, Settings()).fit(data.train), data, "valid")
            for _ in range(2)]
    assert runs[0] == runs[1]


def test_loader_reads_the_directory_format(tmp_path):
    (tmp_path / "train.txt").write_text("0\t0\t1\t0\n1\t1\t2\t1\n")
    (tmp_path / "test.txt").write_text("0\t0\t2\t2\n")
    (tmp_path / "entity2id.txt").write_text("Iran\t0\nIsrael\t1\nHamas\t2\n")
    (tmp_path / "relation2id.txt").write_text("Make statement\t0\nConsult\t1\n")
    data = load_tkg(tmp_path)
    assert data.n_entities == 3 and data.n_relations == 2 and len(data.valid) == 0
    assert data.entity_names == ["Iran", "Israel", "Hamas"]


def test_import_and_dyad_outlook(tmp_path):
    from flashpoint.forecast.importer import import_quadruples
    from flashpoint.forecast.outlook import dyad_outlook

    quads = []
    for day in range(0, 60, 3):
        quads.append(f"0\t1\t1\t{day}")  # Iran consults Israel
        quads.append(f"1\t2\t0\t{day + 1}")  # Israel fights Iran
    (tmp_path / "train.txt").write_text("\n".join(quads) + "\n")
    (tmp_path / "entity2id.txt").write_text("Iran\t0\nIsrael\t1\n")
    (tmp_path / "relation2id.txt").write_text("Make statement\t0\nConsult\t1\n"
                                              "Use conventional military force\t2\n")
    db = str(tmp_path / "f.duckdb")
    n = import_quadruples(load_tkg(tmp_path), db, date(2014, 1, 1), "toy")
    assert n == 40
    con = duckdb.connect(db, read_only=True)
    codes = con.execute("SELECT DISTINCT source_code, cameo FROM events ORDER BY 1, 2").fetchall()
    assert codes == [("IRN", "040"), ("ISR", "190")]
    rows = dyad_outlook(con, "IRN", "ISR", horizon=30)
    con.close()
    top = {r["root"]: r for r in rows}
    assert top["19"]["probability"] > 0.5 and top["04"]["probability"] > 0.5
    assert top["14"]["probability"] < 0.05
    assert top["19"]["drivers"] and top["19"]["drivers"][0]["cameo"] == "190"


def test_bench_command_on_a_small_dataset(tmp_path, capsys):
    from flashpoint.cli import main

    data = planted_graph()
    for name in ("train", "valid", "test"):
        rows = data.split(name)
        (tmp_path / f"{name}.txt").write_text("\n".join("\t".join(map(str, q)) for q in rows))
    assert main(["bench", "tkg", "--data", str(tmp_path), "--split", "valid"]) == 0
    out = capsys.readouterr().out
    assert "baseline" in out and "default" in out and "mrr" in out


def test_reranker_check_uses_mean_ranks_and_starts_from_the_forecaster_order():
    from flashpoint.forecast.rerank import N_FEATURES, Reranker, _mrr

    scores = np.array([[3.0, 1.0, 1.0], [2.0, 2.0, 0.0]])
    # answer 1 in row 0 ties with 2 -> rank 2.5; answer 0 in row 1 ties with 1 -> 1.5
    assert _mrr(scores, np.array([1, 0])) == pytest.approx((1 / 2.5 + 1 / 1.5) / 2)
    base = np.arange(60.0)
    feats = np.zeros((60, N_FEATURES))
    feats[:, 0] = np.log1p(base)
    out = Reranker().rescore(base, feats)
    assert list(np.argsort(-out)[:5]) == [59, 58, 57, 56, 55]


def test_default_model_on_a_graph_smaller_than_the_reranker_candidate_list():
    # 6 entities (< TOP_K): 0 meets 1 every other day, 2 meets 3 every day
    facts = [(0, 0, 1, t) for t in range(0, 40, 2)] + [(2, 0, 3, t) for t in range(40)]
    model = Forecaster(6, 1, Settings()).fit(np.array(facts))
    model.set_history(np.array(facts))
    scores = model.final_scores(0, 0, 41)
    assert scores.shape == (6,) and scores.argmax() == 1
    assert model.final_scores(3, 1, 41).argmax() == 2  # inverse query
