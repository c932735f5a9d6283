"""Evaluation harness: metrics, format adapters and the eval command (own fixtures)."""
import json

import pytest

from flashpoint.cli import main
from flashpoint.coding.dyad import code_dyad
from flashpoint.coding.parse import dependency_path
from flashpoint.evaluate import eval_gold_jsonl, eval_plv_dyad
from flashpoint.evaluate.metrics import PRF, accuracy, confusion, macro_f1
from flashpoint.evaluate.plv import is_heldout, load_plv, plv_label

PLV_HEADER = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"
PLV_ROWS = [
    ("0", "1", "3", "ACCUSE", "<s>Iran</s> accused <t>Israel</t> of killing a commander."),
    ("1", "2", "4", "ASSAULT", "<s>Israeli jets</s> struck <t>Hezbollah</t> positions in Lebanon."),
    ("2", "3", "1", "CONSULT", "<s>The French president</s> met <t>the Egyptian president</t> in Cairo."),
    ("5", "4", "2", "YIELD", "<s>Iranian authorities</s> released five <t>Americans</t> on Monday."),
    ("6", "5", "3", "ACCUSE", "<s>Police</s> opened an investigation on Monday."),
]


@pytest.fixture
def plv_file(tmp_path):
    path = tmp_path / "plv.tsv"
    lines = [PLV_HEADER]
    for uid, sid, penta, root, marked in PLV_ROWS:
        plain = marked.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
        lines.append("\t".join([uid, sid, penta, root, plain, marked, "x", "y"]) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_metrics_on_known_numbers():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "B"]
    assert accuracy(gold, pred) == 0.5
    # F1: A = 2/(2+0+1), B = 2/(2+2+0), C = 0
    assert macro_f1(gold, pred) == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    prf = PRF(tp=3, fp=1, fn=2)
    assert (prf.precision, prf.recall) == (0.75, 0.6)
    conf = confusion(gold, pred)
    assert conf["labels"] == ["A", "B", "C"] and conf["matrix"][2] == [0, 1, 0]


def test_plv_loader_spans_and_missing_target(plv_file):
    records = load_plv(plv_file)
    r = records[0]
    assert r.sentence[slice(*r.source_span)] == "Iran"
    assert r.sentence[slice(*r.target_span)] == "Israel"
    assert records[4].target_span is None and records[4].gold_quad == 3
    assert [is_heldout(x.uid) for x in records] == [True, False, False, True, False]
    assert plv_label("RETREAT") == "YIELD" and plv_label("OTHER") == "NONE"


def test_an_actor_marked_twice_matches_either_mention(coder, tmp_path):
    from flashpoint.evaluate import eval_plv_open
    marked = ("<s>Chile</s> launched an attack on <t>Peru</t> after clashes between Chilean "
              "and Peruvian troops in <t>Peru</t>.")
    plain = marked.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
    path = tmp_path / "plv.tsv"
    path.write_text(PLV_HEADER + "\t".join(["1", "1", "4", "ASSAULT", plain, marked, "x", "y"])
                    + "\n", encoding="utf-8")
    [r] = load_plv(path)
    assert [plain[slice(*t)] for t in r.target_spans] == ["Peru", "Peru"]
    assert r.target_span == r.target_spans[0]
    assert eval_plv_open(coder, str(path)).figures["found"] == 1


def test_code_dyad_uses_the_given_mentions(coder):
    sentence = "Iran accused Israel of killing a commander in Damascus."
    event = code_dyad(sentence, (0, 4), (13, 19), coder=coder, classifier=None)
    assert event.cameo == "112" and event.source.code == "IRN" and event.target.code == "ISR"
    # the other dyad of the same sentence is the killing, by Israel
    event = code_dyad(sentence, (13, 19), (35, 44), coder=coder, classifier=None)
    assert event.cameo_root in ("18", "19")
    # with the shipped classifier (the default) the accusation stays an accusation
    assert code_dyad(sentence, (0, 4), (13, 19)).plover == "ACCUSE"


@pytest.mark.parametrize("sentence, source, target, cameo", [
    ("Norway has offered to send peacekeepers to Sudan.", "Norway", "Sudan", "033"),
    ("Mali will not release the French hostages.", "Mali", "the French hostages", "1243"),
])
def test_code_dyad_answers_what_the_rules_make_of_a_plan_or_a_refusal(sentence, source, target,
                                                                    cameo):
    def span(text):
        return sentence.index(text), sentence.index(text) + len(text)
    event = code_dyad(sentence, span(source), span(target), classifier=None)
    assert (event.cameo, event.status) == (cameo, "asserted")  # an offer made, a refusal


def test_code_dyad_finds_the_act_of_a_party_named_by_its_adjective():
    sentence = "Nigerian and British armed forces have agreed to hold a joint exercise."
    source, target = "Nigerian", "British armed forces"
    event = code_dyad(sentence, (0, len(source)),
                      (sentence.index(target), sentence.index(target) + len(target)),
                      classifier=None)  # the rules alone: the exercise covers both
    assert event is not None and event.cameo_root == "03"


def test_dependency_path_goes_through_the_verb(coder):
    from flashpoint.nlp import load_nlp

    doc = load_nlp()("Iran accused Israel of the attack.")
    assert [t.text for t in dependency_path(doc[0], doc[2])] == ["Iran", "accused", "Israel"]


def test_classifier_sees_negation_and_future_between_the_mentions():
    from flashpoint.coding.classifier import features
    from flashpoint.nlp import load_nlp

    doc = load_nlp()("Chile says it will not accept the refugees from Peru.")
    feats = features(doc, doc[0], doc[7], "075", True, doc[5])
    assert {"negpath", "future", "neg|rule=AID", "tgov=accept"} <= set(feats)
    doc = load_nlp()("Chile accepted the refugees, though Peru did not.")
    assert "negpath" not in features(doc, doc[0], doc[3], "075", True, doc[1])


def test_retyper_overrides_only_a_confident_other_type():
    from flashpoint.coding.classifier import DyadClassifier, features
    from flashpoint.nlp import load_nlp

    doc = load_nlp()("Chile condemned Peru.")
    feats = features(doc, doc[0], doc[2], "122", True, doc[1])
    # a model that has learnt one word: 'condemn' means an accusation
    samples = [feats, ["bias", "rule=AID"]] * 5
    model = DyadClassifier.train(samples, ["ACCUSE", "AID"] * 5)
    assert model.retype(doc, doc[0], doc[2], "122", doc[1]) == "112"
    assert model.retype(doc, doc[0], doc[2], "111", doc[1]) == "111"  # same type: kept
    assert model.retype(doc, doc[0], doc[2], "122", doc[1], min_probability=1.0) == "122"


def test_turning_cooperation_into_conflict_needs_more_confidence():
    import math

    import numpy as np
    from flashpoint.coding.classifier import DyadClassifier
    from flashpoint.nlp import load_nlp

    doc = load_nlp()("Chile praised Peru.")
    w = math.log(1.5)  # the first label gets probability 0.6 whatever the features

    def model(labels):
        return DyadClassifier(labels, {"bias": 0}, np.array([[w, 0.0]]))
    crossing = model(["REJECT", "SUPPORT"])
    assert crossing.retype(doc, doc[0], doc[2], "051", doc[1]) == "051"
    assert crossing.retype(doc, doc[0], doc[2], "051", doc[1], min_crossing=0.55) == "120"
    same_side = model(["AGREE", "SUPPORT"])
    assert same_side.retype(doc, doc[0], doc[2], "051", doc[1]) == "030"


def test_dense_features_are_the_parsers_vectors_of_the_dyad():
    import numpy as np
    from flashpoint.coding.classifier import DENSE_PARTS, dense_features
    from flashpoint.nlp import load_nlp

    doc = load_nlp()("Chile sharply condemned the raid on Peru.")
    width = doc.tensor.shape[1]
    with_trigger = dense_features(doc, doc[0], doc[6], doc[2])
    assert with_trigger.shape == (DENSE_PARTS * width,)
    norms = np.linalg.norm(with_trigger.reshape(DENSE_PARTS, width), axis=1)
    assert np.allclose(norms, 1.0)  # trigger, source, target, common ancestor, path
    no_trigger = dense_features(doc, doc[0], doc[6])
    assert not no_trigger[:width].any() and np.allclose(no_trigger[width:], with_trigger[width:])
    assert not dense_features(doc, doc[0], None)[2 * width:].any()  # no target, no path


def test_dense_weights_decide_between_identical_sparse_features_and_survive_json():
    import numpy as np
    from flashpoint.coding.classifier import DyadClassifier

    vectors = [np.array([1.0, 0.0]), np.array([0.0, 1.0])] * 5
    model = DyadClassifier.train([["bias"]] * 10, ["ACCUSE", "AID"] * 5, dense=vectors)
    assert model.predict(["bias"], np.array([1.0, 0.0])) == "ACCUSE"
    assert model.predict(["bias"], np.array([0.0, 1.0])) == "AID"
    again = DyadClassifier.from_json(model.to_json())
    assert again.predict(["bias"], np.array([0.0, 1.0])) == "AID"
    sparse_only = DyadClassifier.train([["bias"]] * 10, ["ACCUSE", "AID"] * 5)
    assert sparse_only.dense_weights is None and "dense" not in sparse_only.to_json()


def test_eval_plv_dyad_rules_and_splits(coder, plv_file):
    result = eval_plv_dyad(coder, str(plv_file), component="rules", errors=5)
    assert result.n == 5
    assert result.figures["root_accuracy"] >= 0.6
    held = eval_plv_dyad(coder, str(plv_file), split="heldout", component="rules")
    assert held.n == 2


GOLD = [{"id": "g1", "date": "2024-04-14",
         "text": "Iran launched drones and missiles at Israel on Saturday. Israel did not "
                 "retaliate, officials said.",
         "events": [{"source": "IRN", "target": "ISR", "codes": ["19"], "date": "2024-04-13"}],
         "forbidden": [{"source": "ISR", "target": "IRN", "codes": ["19"],
                        "status": ["asserted", "reported"]}]}]


def test_gold_jsonl_scores_documents(coder, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in GOLD) + "\n")
    result = eval_gold_jsonl(coder, str(path))
    assert result.figures["events"]["recall"] == 1.0
    assert result.figures["forbidden_events_extracted"] == 0


def test_eval_command_prints_figures_and_confusion(plv_file, capsys):
    assert main(["eval", "plv", str(plv_file), "--component", "rules", "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "root_accuracy" in out and "confusion by root" in out
    assert main(["eval", "plv", str(plv_file), "--component", "rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n"] == 5 and data["mode"] == "dyad"


def test_bad_gold_file_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n")
    assert main(["eval", "gold-jsonl", str(path)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err



def test_petrarch_records_are_coded_on_their_own_date(coder, tmp_path):
    from flashpoint.evaluate import eval_petrarch_gsr
    from flashpoint.evaluate.runs import _compact_date
    assert _compact_date("20090707") == "2009-07-07"
    assert _compact_date("121108") is None and _compact_date("20091307") is None
    record = {"id": "p1", "date": "2009-07", "text": "Medvedev met Obama in Moscow.",
              "expected_events": [{"eventcode": "040", "sourcecode": "RUSGOV",
                                   "targetcode": "USAGOV"}]}
    path = tmp_path / "petr.jsonl"
    path.write_text(json.dumps(record) + "\n")  # a malformed date: coded without one
    assert eval_petrarch_gsr(coder, str(path)).figures["root_triples"]["tp"] == 1


def test_a_mention_is_matched_as_a_whole_word():
    from flashpoint.evaluate.runs import _overlaps
    sentence = "Many Peruvians fled to Peru's southern region on Monday."
    span = (sentence.index("Peru's"), sentence.index(" on Monday"))
    assert _overlaps("Peru", sentence, span)  # not the 'Peru' inside 'Peruvians'
    assert not _overlaps("Peru", sentence, (5, 14))


def test_parties_marked_both_source_and_target_act_on_each_other(coder, tmp_path):
    from flashpoint.evaluate.runs import eval_plover_gsr
    text = "Chile and Peru restored diplomatic relations on Monday."
    record = {"id": "g1", "event": "SUPPORT", "text": text,
              "source": [{"actorText": "Chile", "code": "CHL"},
                         {"actorText": "Peru", "code": "PER"}],
              "textInfo": {"markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: restored) "
                                     "diplomatic relations on Monday."}}
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([record]))
    free = eval_plover_gsr(coder, str(path)).figures
    assert free["triple"]["tp"] == 2 and free["triple"]["fn"] == 0
    dyad = eval_plover_gsr(coder, str(path), mode="dyad").figures
    assert dyad["target_country_accuracy"] == 1.0  # Peru, not Chile again
