"""Coding constructions, on sentences written for these tests (model-backed)."""
import pytest

from conftest import find, hand_parse


def test_order_to_strike_is_planned_and_attributed(code):
    events = code("Iran's supreme leader, Ayatollah Ali Khamenei, has issued an order for Iran "
                  "to strike Israel, according to two Iranian officials briefed on the plan.")
    strikes = find(events, root="19", source="IRN", target="ISR")
    assert strikes and all(e["status"] == "planned" for e in strikes)
    att = strikes[0]["attribution"]
    assert "two Iranian officials" in att["text"] and att["anonymous"] is True
    assert att["code"] == "IRNGOV"


def test_ordering_the_army_to_attack(code):
    events = code("Khamenei ordered the army to attack Israel, the officials said.")
    attacks = find(events, root="19", target="ISR")
    assert attacks and attacks[0]["status"] == "planned"
    assert attacks[0]["source"]["code"] in ("IRNMIL", "IRNGOV")


def test_accusation_yields_accuse_and_an_alleged_killing(code):
    events = code("Iran and Hamas accused Israel of killing Ismail Haniyeh.")
    assert find(events, cameo="112", source="IRN", target="ISR")
    assert find(events, cameo="112", source="PSEHMS", target="ISR")
    killings = find(events, cameo="186", source="ISR", target="PSEHMS")
    assert killings and killings[0]["status"] == "alleged"


def test_neither_confirmed_nor_denied_is_not_an_admission(code):
    events = code("Israel has neither confirmed nor denied killing Ismail Haniyeh.")
    assert not find(events, source="ISR", status="asserted")
    assert not find(events, cameo="015", status="asserted")


def test_considering_an_attack_is_hypothetical(code):
    events = code("Russian military commanders are considering an attack on military targets "
                  "near Kharkiv, the officials said.")
    attacks = find(events, root="19", source="RUS")
    assert attacks and all(e["status"] == "hypothetical" for e in attacks)
    assert attacks[0]["target"]["country"] == "UKR"


def test_denial_of_involvement(code):
    events = code("On October 10th, Khamenei said that Iran was not involved in the attack.",
                  date="2023-10-12")
    denials = find(events, cameo="016", source="IRNGOV")
    assert denials and denials[0]["date"] == "2023-10-10"
    assert not find(events, root="19", source="IRN")
    assert not find(events, root="18", source="IRN")


def test_deny_verb_with_involvement_object(code):
    events = code("Tehran denied any involvement in the bombing.")
    assert find(events, cameo="016", source="IRN")
    assert not find(events, root="18", source="IRN", status="asserted")


def test_passive_voice_with_agent(code):
    events = code("Ismail Haniyeh was assassinated by Israel in Tehran on Wednesday.")
    e = find(events, cameo="186", source="ISR", target="PSEHMS")
    assert e and e[0]["date"] == "2024-07-31"
    assert e[0]["location"]["name"] == "Tehran" and e[0]["location"]["country"] == "IRN"


def test_relative_clause_subject(code):
    events = code("Israel, which is fighting Hamas in Gaza, struck Hezbollah positions in Lebanon.")
    assert find(events, root="19", source="ISR", target="PSEHMS")
    assert find(events, root="19", source="ISR", target="LBNHZB")


def test_apposition_and_leader_terms(code):
    events = code("U.S. President Joe Biden met Israeli Prime Minister Benjamin Netanyahu in "
                  "Tel Aviv on Wednesday.", date="2023-10-19")
    meet = find(events, cameo="040", source="USAGOV", target="ISRGOV")
    assert meet and meet[0]["date"] == "2023-10-18"
    assert meet[0]["source"]["name"] == "Joe Biden"
    assert meet[0]["location"]["name"] == "Tel Aviv"


@pytest.mark.parametrize("day, expected", [
    ("2019-06-01", "USAGOV"), ("2023-06-01", "USAELI"), ("2025-06-01", "USAGOV")])
def test_trump_code_depends_on_the_date(code, day, expected):
    events = code("Donald Trump criticized China.", date=day)
    assert find(events, cameo="111", target="CHN")[0]["source"]["code"] == expected


def test_nominal_strike_with_demonym_source(code):
    events = code("An Israeli strike on Iran's consulate in Damascus killed two generals.")
    strikes = find(events, root="19", source="ISR", target="IRN")
    assert strikes
    assert strikes[0]["location"]["name"] == "Damascus"


def test_release_of_prisoners(code):
    events = code("Iranian authorities released five Americans on Monday.", date="2023-09-19")
    rel = find(events, cameo="0841", source="IRNGOV", target="USA")
    assert rel and rel[0]["date"] == "2023-09-18" and rel[0]["plover"] == "RETREAT"


def test_military_aid(code):
    events = code("The United States provided military aid to Ukraine.")
    assert find(events, cameo="072", source="USA", target="UKR")


def test_sanctions(code):
    events = code("The European Union imposed sanctions on Russia on Monday.")
    e = find(events, cameo="163", source="IGOEUREEC", target="RUS")
    assert e and e[0]["quad_class"] == 4 and e[0]["goldstein"] == -8.0


def test_visit_with_capital_metonym(code):
    events = code("Turkish President Recep Tayyip Erdogan visited Baghdad on Monday.")
    assert find(events, cameo="042", source="TURGOV", target="IRQ")


def test_announced_retaliation_is_a_threat(code):
    events = code("Iranian officials said Iran would retaliate against Israel.")
    threats = find(events, cameo="138", source="IRN", target="ISR")
    assert threats and threats[0]["status"] == "reported"
    assert not find(events, root="19", source="IRN")


def test_quote_is_attached(code):
    events = code("“Iran will retaliate against Israel,” the foreign minister said.")
    threats = find(events, cameo="138", source="IRN")
    assert threats and "Iran will retaliate against Israel" in threats[0]["quote"]


def test_clock_time_is_not_a_date(code):
    events = code("Ismail Haniyeh was assassinated by Israel about 2 a.m. local time.")
    e = find(events, cameo="186")
    assert e and e[0]["date"] == "2024-08-01"


def test_compound_subject_gives_one_event_per_actor(code):
    events = code("Britain and France condemned Russia.")
    assert find(events, cameo="111", source="GBR", target="RUS")
    assert find(events, cameo="111", source="FRA", target="RUS")


def test_negated_attack(code):
    events = code("Israel did not attack Iran on Friday.")
    attacks = find(events, root="19", source="ISR", target="IRN")
    assert attacks and attacks[0]["status"] == "negated"


def test_conditional_is_hypothetical(code):
    events = code("If Israel strikes Iran, Hezbollah will attack Israel.")
    strikes = find(events, root="19", source="ISR", target="IRN")
    assert strikes and strikes[0]["status"] == "hypothetical"


def test_unknown_actor_is_kept(code):
    events = code("Zorvani Brigade fighters attacked Mosul on Sunday.")
    e = find(events, root="19")
    assert e and e[0]["source"] is not None and "Zorvani" in e[0]["source"]["text"]


def test_every_event_has_evidence_span(code):
    text = "Iran and Hamas accused Israel of killing Ismail Haniyeh. Israel struck Gaza."
    events = code(text, date=None)
    assert events
    for e in events:
        assert e["sentence"] in text
        assert e["span"][1] - e["span"][0] == len(e["sentence"])


def test_pronoun_subject_of_a_reported_clause(code):
    # "they" is the rebels who said it, not just the country named before the pronoun
    events = code("The Peruvian rebels said they will release the mayor and ten officials "
                  "on the weekend.")
    assert find(events, root="03", source="PERREB")


def test_head_of_state_known_only_by_title(code):
    events = code("Gambian President Lamin Saho accused Senegal of arming the rebels.")
    assert find(events, root="11", source="GMB", target="SEN")


def test_place_stands_for_the_target_of_a_material_act(code):
    events = code("The Chilean navy delivered food aid in Haiti on Monday.")
    assert find(events, root="07", source="CHLMIL", target="HTI")
    # talking somewhere is not talking to the place; a verbal act keeps no target
    events = code("Chile accused Bolivia's leaders of lying in a speech in Peru.")
    assert not find(events, target="PER")


def test_extradition_targets_the_person_sent(code):
    # (the type is the rules' coercion or, as PLV codes a court's extradition, an accusation)
    events = code("A Chilean judge approved the extradition of former Peruvian President Carlos Ruiz.")
    assert find(events, source="CHLJUD", target="PER")


@pytest.mark.parametrize("sentence, root, source, target", [
    # border openings, shared intelligence, searches
    ("Chile opened its borders to Peruvian refugees on Monday.", "07", "CHL", "PERREF"),
    ("Chile agreed to share intelligence with Peru.", "03", "CHL", "PER"),
    ("Peruvian police searched the residence of the Chilean consul.", "09", "PERCOP", "CHL"),
    # returns, strikes, expulsions
    ("Chile returned 12 ancient skulls to Peru on Monday.", "08", "CHL", "PER"),
    ("Chilean miners ended their strike on Monday.", "08", "CHLLAB", None),
    ("Chilean miners said they will not end the strike.", "12", "CHLLAB", None),
    ("Two Chilean inspectors were expelled from Peru.", "16", "PER", None),
    # human shields, cyber warfare, airlifts
    ("Peruvian rebels used Chilean villagers as human shields.", "18", "PERREB", "CHL"),
    ("Chile has launched cyber warfare against Peru.", "19", "CHL", "PER"),
    ("Doctors Without Borders flew 13 tons of medicine into Peru.", "07", "NGO", "PER"),
    # targets beyond the direct object
    ("Norway has agreed to lend $2 billion to Ghana for new roads.", "03", "NOR", "GHA"),
    ("Canada gave $40 million in food aid to Yemen.", "07", "CAN", "YEM"),
    ("FARC rebels freed two Ecuadorian soldiers on Tuesday.", "08", "COL", "ECU"),
    ("Burma released the Thai fishermen it had detained.", "08", "MMR", "THA"),
    ("ICE returned a stolen painting to Italy.", "08", "USACOP", "ITA"),
    # answering a request, proposal or demand targets its author
    ("Chile's president refused a request from Bolivia to reopen the border talks.", "12", "CHL",
     "BOL"),
    ("Azerbaijan rejected an Armenian proposal on new talks.", "12", "AZE", "ARM"),
])
def test_root_source_and_target(code, sentence, root, source, target):
    assert find(code(sentence), root=root, source=source, target=target)


@pytest.mark.parametrize("sentence, root, source", [
    ("Chilean teachers went on strike on Monday.", "14", "CHLEDU"),  # went: the model's
    ("The Chilean rebels laid down their arms.", "08", "CHLREB"),  # irregular forms
    ("Peruvian troops remained on alert near the border.", "15", "PERMIL"),
])
def test_irregular_verbs_and_light_verbs_of_state(code, sentence, root, source):
    assert find(code(sentence), root=root, source=source)


def test_call_for_sanctions_targets_the_sanctioned(code):
    events = code("A group of Chilean lawmakers has called for sanctions against Peruvian officials.")
    assert find(events, source="CHLLEG", target="PERGOV")


@pytest.mark.parametrize("dateline", ["SANTIAGO -- ", "SANTIAGO, Chile - ", "LIMA (Andina): ",
                                      "(Reuters) ", 'LIMA (AP) " '])
def test_dateline_is_not_the_subject(code, dateline):
    events = code(dateline + "A court in Chile has convicted two Peruvian men.")
    assert find(events, root="11", source="CHLJUD")


def test_capitals_without_a_separator_are_kept():
    from flashpoint.coding.coder import without_dateline
    from flashpoint.nlp import Sentence

    for text in ("UN: Israel must stop.", "NATO said on Monday.", "US President Biden - said."):
        assert without_dateline(Sentence(text, 5)) == Sentence(text, 5)
    assert without_dateline(Sentence("LIMA -- Peru said.", 5)) == Sentence("Peru said.", 13)
    assert without_dateline(Sentence('LIMA (AP) " Peru said.', 0)) == Sentence("Peru said.", 12)


def test_meeting_partner_is_the_target_not_the_topic(code):
    events = code("Chile's president discussed Bolivia with Peruvian President Luis Ruiz on Monday.")
    assert find(events, root="04", source="CHL", target="PER")
    assert not find(events, root="04", target="BOL")


def test_return_needs_an_object():
    # 'returned to Lima' is a trip home, not a return of property
    from flashpoint.coding import Coder
    from flashpoint.ingest import read_text_article

    events = Coder().code_article(read_text_article("t", "The Chilean minister returned to Peru."))
    assert not [e for e in events if e.cameo.startswith("084")]


def test_passive_subject_counts_as_the_object_for_senses():
    # 'their demands are met' is no meeting
    from flashpoint.coding import Coder
    from flashpoint.ingest import read_text_article

    events = Coder().code_article(read_text_article(
        "t", "Chilean miners will stay on strike until their demands are met by Peru."))
    assert not [e for e in events if e.cameo.startswith("04")]


def test_pronoun_actor_shows_its_antecedent(code):
    events = code("Chilean authorities say they have opened an investigation into the Peruvian "
                  "ambassador.")
    [event] = find(events, root="09", source="CHLGOV", target="PER")
    assert event["source"]["text"] == "Chilean authorities"


def test_alleged_act_is_not_retyped_as_the_accusation(code):
    events = code("Peru has accused Chile of supplying the rebels with rifles and drones, a charge "
                  "Santiago denies.")
    assert find(events, root="11", source="PER", target="CHL")
    assert find(events, root="07", source="CHL", status="alleged")
    assert not find(events, root="11", source="CHL")


def test_a_date_after_on_is_no_target(code):
    events = code("On Wednesday, a spokesman for Kenya's government disputed the findings of "
                  "the Ugandan report.")
    [event] = find(events, root="11", source="KEN")
    assert event["target"] and "Wednesday" not in event["target"]["text"]


def test_unknown_object_kept_as_target_text_but_weapons_are_not(code):
    events = code("The Danish navy fired rockets at a cargo ship near Malta.")
    assaults = find(events, root="19", source="DNK")
    assert assaults and all("rockets" not in ((e["target"] or {}).get("text") or "")
                            for e in assaults)
    assert any("cargo ship" in ((e["target"] or {}).get("text") or "") for e in assaults)


@pytest.mark.parametrize("sentence, source", [
    ("The Assad regime said it would release the Lebanese detainees.", "SYRGOV"),
    ("Hungarian Prime Minister Viktor Orban pledged his full support for Poland.", "HUNGOV"),
])
def test_pronoun_finds_a_body_or_a_titled_person(code, sentence, source):
    events = [e for e in code(sentence) if e["cameo_root"] in ("03", "05", "08")]
    assert events and all((e["source"] or {}).get("code") == source for e in events)


def test_strengthening_own_forces_targets_the_place_and_shared_evidence_cooperates(code):
    [mobilize] = find(code("NATO strengthened its forces in Poland."), root="15")
    assert mobilize["source"]["code"].startswith("IGO")
    assert mobilize["target"]["country"] == "POL"  # where, never "its forces"
    [own] = find(code("NATO strengthened its forces."), root="15")
    assert own["target"] is None
    assert find(code("Swiss prosecutors shared evidence with Kenya."), cameo="064",
                source="CHE", target="KEN")


@pytest.mark.parametrize("sentence, root, source, target_text, target_country", [
    ("The Bolivian government declared a state of siege in Pando.", "17", "BOL", "Pando", None),
    ("Indian authorities imposed a curfew in parts of Kashmir.", "17", "IND", "Kashmir", None),
    ("Thousands of Syrian refugees sought refuge in Turkey.", "02", "SYR", "Turkey", "TUR"),
    ("Germany gave 300 million euros to promote economic development in Ethiopia.", "07",
     "DEU", "Ethiopia", "ETH"),
])
def test_an_act_without_a_party_as_object_targets_its_place(code, sentence, root, source,
                                                           target_text, target_country):
    [event] = find(code(sentence), root=root)
    assert source is None or event["source"]["code"].startswith(source)
    assert target_text in event["target"]["text"]
    assert target_country is None or event["target"]["country"] == target_country


def test_a_place_alone_is_no_party_when_the_doer_is_unknown(code):
    events = code("The wreckage of the airliner crashed in eastern Ukraine, killing everyone.")
    assert not any((e["target"] or {}).get("country") == "UKR" for e in events)
    meetings = find(code("Iranian and Omani diplomats met in Vienna."), root="04")
    assert meetings and all(e["target"]["country"] != "AUT" for e in meetings)  # no party


def test_a_hyphenated_trigger_is_one_word_and_a_declared_ceasefire_is_one_event(code):
    events = code("Afghan President Ashraf Ghani declared a cease-fire with the Taliban.",
                  date="2019-06-01")
    assert [(e["cameo"], e["source"]["code"], e["target"]["code"]) for e in events] == \
        [("0871", "AFGGOV", "AFGTAL")]


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Ukraine denied entry to an Austrian journalist.", "120", "UKR", "AUT"),
    ("Libya's renegade Gen. Khalifa Haftar declared a truce with the rebels.", "0871", "LBY",
     None),
    ("Hundreds of prisoners were released by Colombian rebels.", "0841", "COL", None),
])
def test_more_parties_found(code, sentence, cameo, source, target):
    [event] = find(code(sentence), cameo=cameo)
    assert event["source"]["code"].startswith(source)
    if target:
        assert event["target"]["code"].startswith(target)
    else:
        assert event["target"]["text"] in ("the rebels", "prisoners")


def test_an_ordinal_date_is_no_target(code):
    [event] = find(code("On August 6th the Sudanese government expelled aid workers."),
                   root="16")
    assert "August" not in ((event["target"] or {}).get("text") or "")


def test_calling_a_person_to_discuss_is_a_consultation(code):
    events = code("On Monday the US Secretary of State called Russian Foreign Minister "
                  "Sergey Lavrov to discuss Syria.", date="2017-11-02")
    assert find(events, cameo="041", source="USAGOV", target="RUSGOV")
    assert not find(code("President Smith called the British ambassador a fool."),
                    cameo="041")


def test_rejecting_a_request_never_targets_the_rejecter(code):
    events = code("A German court rejected an extradition request for the former leader.")
    [reject] = find(events, root="12")
    assert reject["source"]["code"].startswith("DEU")
    assert reject["target"] is None or not (reject["target"]["code"] or "").startswith("DEU")


def test_a_round_of_joint_exercises_is_mutual(code):
    events = code("Jordan and the United States began a new round of joint military exercises.")
    assert find(events, cameo="062", source="JOR", target="USA")
    assert find(events, cameo="062", source="USA", target="JOR")


@pytest.mark.parametrize("sentence, cameo", [
    ("A Peruvian judge ordered President Alan Garcia to appear for questioning.", "100"),
    ("The Chilean government reneged on its promise to Bolivia.", "120"),
    ("The Sudanese government shortened the curfew in Khartoum.", "081"),
    ("Chinese and Russian officials reached a consensus on trade.", "057"),
    ("Serb forces carried out ethnic cleansing against Kosovo Albanians.", "203"),
    ("The newspaper violated a ban imposed by the Lebanese army.", "128"),
    ("Egypt halted its mediation efforts between Hamas and Israel.", "165"),
    ("Iran received inspectors from the International Atomic Energy Agency.", "0862"),
    ("Thousands of Chilean students rallied against the pension reform.", "141"),
    ("A Chilean senator launched an attack on the Peruvian president, saying he had lied.",
     "111"),
    ("Israel launched an attack on Hamas positions in Gaza, killing ten militants.", "190"),
])
def test_more_lexicon_entries(code, sentence, cameo):
    assert find(code(sentence, date="2008-01-01"), cameo=cameo)


def test_every_lexicon_row_can_be_reached():
    """Rows are tried in order (conditional ones first): a row after one with no
    condition for the same word would never code anything."""
    from flashpoint.coding.tables import noun_lexicon, verb_lexicon

    for lexicon in (verb_lexicon(), noun_lexicon()):
        for lemma, rows in lexicon.items():
            unconditional = [k for k, row in enumerate(rows) if not row.conditions]
            assert unconditional in ([], [len(rows) - 1]), (lemma, rows)


def test_an_arrest_with_no_doer_named_is_by_the_place_where_it_happened(code):
    [arrest] = find(code("Two American tourists were arrested in Iran last week."), root="17")
    assert arrest["source"]["code"].startswith("IRN")
    assert arrest["target"]["code"].startswith("USA")
    [attack] = find(code("Israeli troops were attacked in Gaza."), root="19")
    assert attack["source"] is None  # violence has no default doer


def test_his_country_stands_for_a_titled_official(code):
    events = code("The Czech prime minister pledged his country's full support for Ukraine.")
    assert events and all(e["source"]["code"] == "CZEGOV" for e in events)


@pytest.mark.parametrize("sentence, source, target", [
    ("The Zambian president rejected a call from South Africa to postpone the elections.",
     "ZMB", "ZAF"),
    ("The British Parliament rejected the Irish government's agreement on the border.",
     "GBR", "IRL"),
])
def test_rejecting_what_someone_else_proposed_targets_its_author(code, sentence, source,
                                                                  target):
    [reject] = find(code(sentence), root="12")
    assert reject["source"]["code"].startswith(source)
    assert reject["target"]["code"].startswith(target)


def test_an_obligation_on_a_governing_verb_is_a_demand(code):
    events = code("Russia says Israel must end its attacks on Syria.")
    assert find(events, root="10", source="RUS", target="ISR")
    own = code("Iran said it must respond to the attack by Israel.")
    assert not find(own, root="10")  # the attack is not what Iran demands of Israel


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Bolivia demanded on Monday that Chile return the disputed islands.", "10", "BOL", "CHL"),
    ("Ecuador has urged that Peru withdraw its troops from the border.", "02", "ECU", "PER"),
    ("Chile repeated its demand that Argentina ease restrictions on Chilean truckers.", "10",
     "CHL", "ARG"),
])
def test_a_demand_clause_targets_its_subject(code, sentence, root, source, target):
    events = code(sentence)
    assert find(events, root=root, source=source, target=target)
    assert not [e for e in events if (e["source"] or {}).get("code", "").startswith(target)]


def test_insisting_on_a_fact_addresses_no_one(code):
    events = code("Chile insisted that Peru had started the dispute.")
    assert not [e for e in events if ((e["target"] or {}).get("code") or "").startswith("PER")
                and e["root"] == "10"]


@pytest.mark.parametrize("sentence, target", [
    ("Chilean soldiers fired on unarmed demonstrators in Lima.", "PER"),  # the place's
    ("Peruvian troops shot two farmers in Arequipa on Sunday.", "PER"),  # the doer's own too
    ("Chilean police arrested forty students on Monday.", "CHL"),  # police act at home
])
def test_unnamed_people_belong_to_the_place_or_to_the_police_country(code, sentence, target):
    [event] = [e for e in code(sentence) if e["cameo_root"] in ("17", "18", "19", "20")]
    assert event["target"]["country"] == target


@pytest.mark.parametrize("sentence, country", [
    ("Demonstrators in Santiago blocked a highway on Friday.", "CHL"),  # of the place
    ("Thousands of Peruvian Quechuas marched in Santiago on Friday.", "PER"),  # named people
    ("Ana Ruiz protested in Santiago on Friday.", None),  # a name may be a visitor's
])
def test_unnamed_doers_are_of_the_place_they_act_in(code, sentence, country):
    [event] = [e for e in code(sentence) if e["cameo_root"] == "14"]
    assert event["source"]["country"] == country


def test_a_foreign_army_does_not_make_its_targets_its_own(code):
    [event] = find(code("Chilean troops shot two farmers on Sunday."), source="CHLMIL")
    assert event["target"]["country"] is None


def test_a_weekday_after_a_name_does_not_swallow_it():
    from flashpoint.coding.parse import detach_weekdays
    # the small model's parse of "... met with President Alan Garcia Tuesday ."
    words = ["Chile", "met", "with", "President", "Alan", "Garcia", "Tuesday", "."]
    doc = hand_parse(words, heads=[1, 1, 1, 6, 6, 6, 2, 1],
                     deps=["nsubj", "ROOT", "prep", "compound", "compound", "compound",
                           "pobj", "punct"],
                     pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"])
    detach_weekdays(doc)
    garcia, tuesday = doc[5], doc[6]
    assert (garcia.dep_, garcia.head.text) == ("pobj", "with")
    assert [t.text for t in garcia.children] == ["President", "Alan"]
    assert (tuesday.dep_, tuesday.head.text) == ("npadvmod", "met")


@pytest.mark.parametrize("sentence, target", [
    ("Chilean students staged a dramatic protest in Lima on Wednesday, scaling a wall.", "PER"),
    ("Russia is holding naval exercises in Alaska.", "USA"),  # a US state is in the USA
])
def test_the_place_a_light_verb_names_is_the_target(code, sentence, target):
    [event] = [e for e in code(sentence) if e["cameo_root"] in ("14", "15")]
    assert event["target"]["country"] == target


def test_victims_of_a_passive_verb_do_not_act_in_its_clauses(code):
    events = code("Three farmers were killed in Chilean tank shelling near the border.")
    assert not any(((e["source"] or {}).get("text") or "").endswith("farmers") for e in events)


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Chile wants Peru to withdraw its troops from the border.", "02", "CHL", "PER"),
    ("A Chilean court issued arrest warrants for two Peruvian officers.", "17", "CHLJUD", "PER"),
])
def test_wanting_someone_to_act_and_arrest_warrants(code, sentence, root, source, target):
    events = code(sentence)
    assert find(events, root=root, source=source, target=target)
    assert not find(events, source="PER")  # the wanted withdrawal is no event


def test_assurances_received_come_from_the_giver(code):
    # (the rules' intent 030 or, retyped by the classifier, support 050)
    events = code("Bolivian demonstrators received assurances from the Bolivian government.")
    assert find(events, source="BOLGOV", target="BOLOPP")


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Peru's government faces sharp criticism from the United Nations.", "11", "IGOUNO",
     "PERGOV"),  # the subject of 'faces' is the target
    ("Chile blamed Bolivia's new policies for the crisis.", "11", "CHL", "BOL"),
    ("Ecuador and Colombia have agreed to share intelligence on drug gangs.", "03", "COL",
     "ECU"),  # both ways
    ("Ecuador and Colombia have agreed to share intelligence on drug gangs.", "03", "ECU",
     "COL"),
])
def test_more_targets(code, sentence, root, source, target):
    assert find(code(sentence), root=root, source=source, target=target)


def test_a_demand_on_an_unnamed_official_still_addresses_them(code):
    [demand] = find(code("Chilean senators demanded that the prime minister apologize."), root="10")
    assert demand["target"]["text"] == "the prime minister"


def test_failing_to_reach_an_agreement_is_mutual(code):
    events = code("The United States and Peru failed to reach agreement on an elusive free-trade "
                  "deal.")
    assert find(events, root="12", source="USA", target="PER")
    assert find(events, root="12", source="PER", target="USA")


def test_a_coercion_ordered_of_someone_targets_them(code):
    events = code("The Bolivian government ordered the opposition newspaper La Voz to suspend "
                  "publication for a month.")
    [event] = find(events, root="17", source="BOLGOV")
    assert "La Voz" in event["target"]["text"]


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru's president on Monday shortened by two hours the curfew imposed in Lima.", "081",
     "PERGOV", None),  # 'by two hours' is no agent
    ("Chilean police forced out hundreds of Bolivian migrants from a camp near Arica.", "174",
     "CHLCOP", "BOL"),
    ("Chile suspended part of a military aid program for Bolivia.", "162", "CHL", "BOL"),
    ("Recent Chilean drone attacks have killed six smugglers in Bolivia.", None, "CHL", None),
    ("Bolivian guerillas blew up two bridges near La Paz.", "171", "BOLREB", "BOL"),
    ("Peru tried to hack into the computers of Chilean naval officers.", "171", "PER", "CHL"),
    ("A Bolivian bomber blew himself up in Arica on Sunday.", "1831", "BOL", None),  # suicide
    ("Peru's supreme court opened a hearing into the conduct of the Chilean navy.", "090",
     "PERJUD", None),
    ("Chile imposed restrictions on Bolivian trucks at the border.", "172", "CHL", None),
])
def test_verbs_and_sources_from_news_phrasing(code, sentence, cameo, source, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source=source, target=target), events


def test_a_mediation_mission_between_two_parties_targets_both(code):
    events = code("The Brazilian foreign minister undertook a mediation mission between Peru and "
                  "Ecuador.")
    assert find(events, root="04", source="BRAGOV", target="PER")
    assert find(events, root="04", source="BRAGOV", target="ECU")
    assert not find(events, source="PER") and not find(events, source="ECU")


def test_war_games_are_an_exercise_not_a_war(code):
    events = code("Peruvian and Chilean warships on Monday launched five days of war games.")
    assert events and not find(events, root="19")


@pytest.mark.parametrize("sentence, target", [
    ("Chile said on Friday that Peru must hand back a fishing boat it seized.", "PER"),
    ("The Chilean government declared that Bolivia must drop its tariffs on copper.", "BOL"),
])
def test_a_said_must_clause_is_a_demand_on_its_subject(code, sentence, target):
    assert find(code(sentence), root="10", source="CHL", target=target)


def test_a_said_clause_without_must_is_no_demand(code):
    assert not find(code("Chile said on Friday that Peru will hand back a fishing boat."),
                    root="10")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Chilean navy jets forced a Peruvian cargo plane to land in Arica.", "170", "CHLMIL", "PER"),
    ("Chile agreed to accept more than 900 people living in Peruvian camps.", None, "CHL", None),
])
def test_coercing_and_accepting_people(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Chile agreed on Saturday to provide about 40 million dollars of aid for Bolivia.", None,
     "CHL", "BOL"),  # the recipient hangs on the amount; Saturday is no topic
    ("The Bolivian president conceded at last to demands from Chilean truckers.", "08", "BOLGOV",
     "CHL"),  # whoever made the demands
    ("Bolivia complained to the United Nations over two Chilean air raids.", "11", "BOL", "CHL"),
])
def test_targets_behind_amounts_demands_and_grievances(code, sentence, root, source, target):
    assert find(code(sentence), root=root, source=source, target=target)


@pytest.mark.parametrize("sentence, target", [
    # an office or a body named without a country is of the one country the sentence names
    ("Chilean rebels said they would free Interior Minister Tomas Vidal on Sunday.", "CHL"),
    ("The Chilean president lifted the ban on the Patria Front.", "CHL"),
    # not when the sentence names two countries, nor for a bare name (maybe a visitor's)
    ("Chilean rebels said they would free Interior Minister Tomas Vidal, who had fled from "
     "Peru.", None),
    ("Chilean rebels released Tomas Vidal on Sunday.", None),
])
def test_the_sentence_country_fills_an_office_or_body_without_one(code, sentence, target):
    [event] = find(code(sentence), source="CHL")
    assert event["target"]["country"] == target


@pytest.mark.parametrize("sentence, cameo", [
    # sanctions and coercion announced or planned are threats of them
    ("Peru said it would impose a curfew in Lima.", "1323"),
    ("Chile plans to impose restrictions on Peruvian imports.", "132"),
    ("Chile said it would withdraw its observers from Peru.", "136"),
    # the future of a verb carries to the event it carries ("would tighten the blockade")
    ("Chile said it would tighten the blockade of Peru.", "138"),
    # a pledge to expel is a commitment, not a threat
    ("Chile pledged to expel Peruvian diplomats.", "166"),
])
def test_announced_sanctions_and_coercion_are_threats(code, sentence, cameo):
    assert find(code(sentence), cameo=cameo)


def test_halting_aid_reduces_it_and_is_not_also_aid(code):
    events = code("Chile has halted economic aid to Peru.")
    assert find(events, cameo="162", source="CHL", target="PER")
    assert not find(events, root="07")


def test_a_lexicon_sense_needs_a_surer_model_to_be_retyped():
    from flashpoint.coding import Coder
    from flashpoint.ingest import read_text_article

    class Recorder:
        def __init__(self):
            self.calls = []

        def retype(self, doc, src, tgt, code, trigger, min_probability=0.5):
            self.calls.append((code, min_probability))
            return code

    recorder = Recorder()
    coder = Coder(retyper=recorder)
    for text in ("Ecuador granted political asylum to two Peruvian generals.",
                 "Ecuador criticized Peru on Monday."):
        coder.code_article(read_text_article("t", text))
    assert ("075", 0.7) in recorder.calls  # 'grant asylum': one sense of 'grant'
    assert any(p == 0.5 for c, p in recorder.calls if c.startswith("11"))


@pytest.mark.parametrize("sentence", [
    "Three Chilean soldiers were wounded in a Peruvian rocket attack on Sunday.",
    "Two Chilean farmers were killed in a Peruvian air strike near Arica.",
])
def test_the_author_of_the_attack_the_victims_fell_in_did_it(code, sentence):
    assert find(code(sentence), root="19", source="PER", target="CHL")


@pytest.mark.parametrize("sentence, target", [
    ("Chile said a mortar bomb was fired at it from Peru on Tuesday.", "CHL"),
    ("Chile said two rockets were fired at Chilean troops from Peru.", "CHLMIL"),
])
def test_a_fired_weapon_is_not_the_target_where_it_was_aimed(code, sentence, target):
    assert find(code(sentence), root="19", source="PER", target=target)


@pytest.mark.parametrize("sentence, source", [
    # a people named with the country it lives in is of that country
    ("Bosnian Croats attacked a Serb village on Monday.", "BIH"),
    ("The Albanians of southern Serbia demanded autonomy from Serbian authorities.", "SRB"),
    # an ethnic group acting in a country is of that country
    ("Hundreds of ethnic Hungarians demonstrated in Bucharest on Sunday.", "ROU"),
    # a title makes a name a person's, not a town's (Rivera is also a town in Uruguay)
    ("Judge Alejandro Rivera ordered the arrest of two Chilean officials.", "CHL"),
])
def test_peoples_belong_where_they_live(code, sentence, source):
    assert find(code(sentence), source=source)


def test_a_hunger_strike_is_a_protest_whoever_begins_it(code):
    assert find(code("Chilean farmers began a hunger strike in Santiago."), cameo="142")


def test_a_titled_doer_of_unknown_country_still_acts_on_the_place(code):
    [event] = find(code("President Ana Ruiz declared a state of siege in the town."), root="17")
    assert event["target"]["text"] == "the town"


def test_allowing_a_party_to_act_is_yielding_to_it(code):
    events = code("Chile allowed Peruvian fishermen to return home.")
    assert find(events, cameo="080", source="CHL", target="PER")
    assert not find(events, source="PER")  # the return is what is allowed, not an event


def test_agreeing_to_an_act_the_lexicon_does_not_code_is_still_an_agreement(code):
    # 'exchange' codes only for prisoners; exchanging technology leaves the agreement
    events = code("Chile and Peru agreed to exchange technology in the mining sector.")
    assert find(events, root="03", source="CHL", target="PER")


def test_a_participle_after_the_object_does_not_steal_it(code):
    # parsed as 'accept [refugees fleeing the floods]': the refugees are what is refused
    events = code("Chile says it will not accept Peruvian refugees fleeing the floods.")
    assert find(events, root="12", source="CHL", target="PER")


@pytest.mark.parametrize("sentence, source", [
    ("A suicide bomber in Lima killed six people on Sunday.", "PERUAF"),
    ("Armed men attacked an army camp in Chile on Sunday.", "CHLUAF"),
])
def test_unnamed_armed_doers_are_actors(code, sentence, source):
    assert find(code(sentence), root="19", source=source)


@pytest.mark.parametrize("sentence, cameo", [
    ("The Chilean president called the Peruvian president a liar on Monday.", "111"),
    ("The Chilean president called Peruvian President Ana Ruiz on Monday.", "041"),
])
def test_calling_someone_names_or_phones_them(code, sentence, cameo):
    assert find(code(sentence), cameo=cameo, source="CHL", target="PER")


@pytest.mark.parametrize("sentence", [
    "Chile gave Peru permission to use its airspace.",
    "The Chilean government gave approval for Peru to open a consulate in Arica.",
])
def test_giving_permission_eases_restrictions(code, sentence):
    assert find(code(sentence), cameo="081", source="CHL", target="PER")


def test_a_coalition_is_its_leaders_and_keeps_its_whole_name(code):
    [event] = find(code("The Chile-led coalition declared a ceasefire in Peru on Sunday."),
                   source="CHL", target="PER")
    assert event["source"]["text"] == "The Chile-led coalition"
    # backing a group does not make it the backer's
    events = code("Peru-backed militias attacked a Chilean base in Bolivia.")
    assert not find(events, source="PER")


@pytest.mark.parametrize("sentence, cameo, source", [
    ("Chilean unions said they would boycott the talks with Peru.", "133", "CHL"),  # announced
    ("Peru extended the curfew in Lima on Monday.", "1723", "PER"),
    ("Peru said it will extend the curfew in Lima.", "1323", "PER"),
    ("Chile said it will withdraw its peacekeeping force from Peru.", "136", "CHL"),
    ("Chilean doctors handed over 300 kg of medicine to the Peruvian Red Cross.", "073", "CHL"),
    ("The Chilean government cancelled restrictions on Peruvian imports.", "081", "CHL"),
])
def test_more_senses_of_common_verbs(code, sentence, cameo, source):
    assert find(code(sentence), cameo=cameo, source=source)


@pytest.mark.parametrize("sentence", [
    "Chilean farmers threatened to block the highway unless Peru lowered its tariffs.",
    "Chile threatened to cut off gas supplies to Peru.",
])
def test_a_threat_targets_whom_its_condition_or_aim_names(code, sentence):
    assert find(code(sentence), root="13", source="CHL", target="PER")


def test_unnamed_people_a_government_coerces_are_its_own(code):
    sentence = "Chilean authorities detained two activists who had returned from Peru."
    [event] = find(code(sentence), root="17", source="CHL")
    assert event["target"]["country"] == "CHL"


def test_a_refusal_until_a_party_acts_targets_that_party(code):
    assert find(code("Chile will not lift the ban until Peru pays its debts."),
                root="12", source="CHL", target="PER")


@pytest.mark.parametrize("sentence, source, target", [
    # the place of an act its carrier verb holds ('remained on alert in ...')
    ("Chilean troops remained on alert Sunday in Peruvian territory.", "CHLMIL", "PER"),
    # a capital where an act happens is the country, not its government
    ("Peruvian activists staged a protest in Santiago on Monday.", "PER", "CHL"),
])
def test_the_place_of_an_act_stands_for_its_country(code, sentence, source, target):
    [event] = find(code(sentence), source=source)
    assert event["target"]["code"] == target


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Chilean marines seized a Peruvian tanker off the coast on suspicion of smuggling.",
     "190", "PER"),  # the tanker's owner, not 'suspicion'
    ("Chilean police tortured a Peruvian inmate to death in Arica.", "1822", "PER"),
    ("The Chilean army seized control of Tacna.", "190", "PER"),  # control of a place
    # 'a curfew ... to begin at midnight' is the curfew declared, not a clause
    ("Chilean authorities declared a curfew in Tacna to begin at midnight.", "1723", "PER"),
])
def test_objects_behind_vessels_control_and_timing_clauses(code, sentence, cameo, target):
    assert find(code(sentence), cameo=cameo, source="CHL", target=target)


@pytest.mark.parametrize("sentence, target", [
    ("Peru imposed a curfew in Lima.", "PERGOV"),  # its own capital: the government
    ("Peruvian activists staged a protest in Santiago on Monday.", "CHL"),
])
def test_a_capital_as_the_place_of_an_act(code, sentence, target):
    [event] = find(code(sentence), source="PER")
    assert event["target"]["code"] == target


def test_marines_are_military(code):
    assert find(code("Chilean marines seized a Peruvian tanker off the coast."),
                source="CHLMIL", target="PER")


def test_two_bodies_of_one_government_can_act_on_each_other(code):
    events = code("The Santiago High Court demanded an explanation from a Santiago city "
                  "magistrate on Tuesday.")
    assert find(events, root="10", source="CHL", target="CHL")
    # but nobody acts on itself
    assert not find(code("Chile said Chile would protect Chile."), source="CHL", target="CHL")


def test_approving_a_request_concedes_to_its_author(code):
    events = code("The Chilean defence minister approved a request from Peru for help.")
    assert find(events, cameo="083", source="CHL", target="PER")


def test_a_release_from_jail_is_by_whoever_ordered_it(code):
    events = code("A Chilean judge on Monday ordered the release of Peruvian activist Ana Ruiz "
                  "from jail.")
    assert find(events, root="08", source="CHLJUD")


def test_a_travel_warning_reduces_relations(code):
    assert find(code("Chile issued a travel warning for Peru on Monday."), cameo="160",
                source="CHL", target="PER")


def test_a_quantity_of_parties_is_those_parties(code):
    events = code("Chilean prosecutors opened fraud investigations against hundreds of banks.")
    assert any((e["target"] or {}).get("text") == "banks" for e in find(events, source="CHL"))


@pytest.mark.parametrize("sentence", [
    "Chilean police launched an investigation into claims that Peruvian troops crossed "
    "the border.",
    "Chile opened an investigation into whether Peruvian agents were spying on Arica.",
    "Chile investigated claims that Peruvian troops crossed the border.",
])
def test_an_investigation_targets_whom_the_investigated_claim_is_about(code, sentence):
    assert find(code(sentence), root="09", source="CHL", target="PER")


@pytest.mark.parametrize("sentence, source, target", [
    ("Chilean border guards sexually abused Peruvian migrants.", "CHL", "PERCVL"),
    ("A camp for Peruvian refugees was attacked by Chilean militiamen.", "CHLUAF", "PERREF"),
    ("Chilean police confiscated weapons from Peruvian smugglers.", "CHLCOP", "PERCRM"),
])
def test_people_behind_camps_seizures_and_migration(code, sentence, source, target):
    assert find(code(sentence), source=source, target=target)


@pytest.mark.parametrize("sentence, cameo, absent", [
    ("Chile pledged its full support for Peru on Monday.", "051", "032"),  # given by saying
    ("Chile and Peru have agreed a free trade agreement.", "057", "030"),  # concluded
    ("Chile and Peru agreed to sign a trade deal next year.", "030", "057"),  # only intended
])
def test_pledged_support_and_agreed_deals_are_done(code, sentence, cameo, absent):
    events = find(code(sentence), source="CHL", target="PER")
    assert any(e["cameo"] == cameo for e in events)
    assert not any(e["cameo"] == absent for e in events)


def test_closing_a_border_targets_the_country_across_it():
    from flashpoint.coding.arguments import verb_targets
    # a parse of "Ruiz closed Chile's borders with Peru" with "with" on the verb: the
    # borders' owner is not the target, the country across them is
    words = ["Ruiz", "closed", "Chile", "'s", "borders", "with", "Peru", "."]
    doc = hand_parse(words, heads=[1, 1, 4, 2, 1, 1, 5, 1],
                     deps=["nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj", "punct"],
                     pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT"],
                     lemmas=["Ruiz", "close", "Chile", "'s", "border", "with", "Peru", "."])
    [target] = verb_targets(doc[1], (), lambda t: t.text in ("Chile", "Peru"))
    assert target.text == "Peru"


@pytest.mark.parametrize("sentence, root", [
    ("The Taliban has threatened to attack any U.S. troops that remain in Afghanistan after "
     "May 1 in response to the president's refusal to withdraw them.", "13"),
    ("Chile and Peru have agreed to undertake joint naval drills this month but insisted that "
     "the drills were in no way linked to Bolivia.", "03"),
])
def test_one_sentence_says_one_event_per_root_and_dyad(code, sentence, root):
    events = find(code(sentence), root=root)
    dyads = [(e["source"]["text"], e["target"]["text"]) for e in events]
    assert dyads and len(dyads) == len(set(dyads))
    assert all(e["status"] == "asserted" for e in events)  # the threat, the agreement made


def test_insisting_on_a_fact_is_no_demand(code):
    assert not find(code("Egypt insisted that its army was not involved in the raid."),
                    root="10")
    assert find(code("Iran insisted that Israel must withdraw from the Golan."),
                cameo="100", source="IRN", target="ISR")


@pytest.mark.parametrize("sentence", [
    "Thousands of Kenyan nurses staged rallies on Friday to demand higher pay from the "
    "health ministry.",
    "Forty Chilean miners began a hunger strike to demand the release of their union leader.",
])
def test_what_a_protest_is_for_is_the_protest(code, sentence):
    events = code(sentence)
    assert find(events, root="14") and not find(events, root="10")


def test_a_cancelled_visit_is_a_refusal(code):
    events = code("The Dutch foreign minister cancelled a planned visit to Ankara on Monday.")
    assert find(events, root="12", source="NLD", target="TUR")
    assert not find(events, root="04")


def test_a_refused_meeting_is_a_rejection_that_happened(code):
    [event] = find(code("The Tuareg rebels have refused official talks with the government of "
                        "Mali, calling it illegitimate."), root="12")
    assert event["status"] == "asserted" and event["target"]["code"].startswith("MLI")


def test_scrapping_a_deal_is_rejecting_it(code):
    assert find(code("Peru scrapped a trade agreement with Chile."),
                cameo="127", source="PER", target="CHL")


def test_condemning_an_act_names_its_authors_as_target(code):
    events = code("Egypt condemned the killing of civilians by Israeli forces.")
    assert find(events, root="11", source="EGY", target="ISR")


def test_protest_set_by_an_uncoded_verb_is_its_subjects(code):
    events = code("Thousands of Kenyans gathered for a rally in Nairobi.")
    assert find(events, root="14", source="KEN")
    fired = code("Police fired tear gas during protests by Kenyan students.")
    assert not find(fired, root="14", source="KENCOP")


def test_they_after_a_coordinated_speaker_is_both(code):
    events = code("Iran and Syria said they would send troops to Lebanon.")
    assert find(events, source="IRN", target="LBN") and find(events, source="SYR", target="LBN")


def test_passive_harm_by_a_weapon_is_its_owners(code):
    events = code("Five people were killed in Israeli tank fire in the Gaza Strip.")
    assert find(events, root="19", source="ISR", target="PSE")


@pytest.mark.parametrize("sentence,cameo_code,source,target", [
    ("Iran held Israel responsible for the attack on its consulate.", "112", "IRN", "ISR"),
    ("An Egyptian court found Morsi guilty of espionage.", "116", "EGYJUD", "EGY"),
])
def test_blame_and_verdict_in_a_small_clause(code, sentence, cameo_code, source, target):
    assert find(code(sentence), cameo=cameo_code, source=source, target=target)


def test_found_not_guilty_is_no_verdict_against(code):
    assert not find(code("A Kenyan court found the officer not guilty."), root="11")


@pytest.mark.parametrize("sentence,root,source,target", [
    ("Iran issued a statement condemning the raid on the Syrian border.", "11", "IRN", "SYR"),
    ("Amnesty International released a report accusing the Nigerian army of torture.",
     "11", "NGOAMN", "NGAMIL"),
    ("Egypt sent a letter urging Israel to halt the operation.", "02", "EGY", "ISR"),
])
def test_a_message_says_what_its_issuer_says(code, sentence, root, source, target):
    assert find(code(sentence), root=root, source=source, target=target)


def test_releasing_a_report_frees_nobody(code):
    assert not find(code("Amnesty International released a report on Nigeria."), root="08")


def test_charged_with_a_crime_targets_the_accused(code):
    events = code("A Kenyan prosecutor charged the former minister with corruption.")
    assert find(events, cameo="112", source="KENJUD", target="KEN")
    assert find(code("A Kenyan court indicted two police officers."), root="11", source="KENJUD")


def test_demanded_withdrawal_targets_who_withdraws(code):
    events = code("The European Union demanded the withdrawal of Serbian forces from Bosnia.")
    assert find(events, root="10", target="SRB")
    assert not find(events, root="10", target="BIH")


def test_foreign_forces_are_not_the_home_country(code):
    events = code("The Taliban has demanded the withdrawal of all foreign forces.")
    assert not find(events, target="AFG")


def test_demanded_act_by_a_party_targets_it(code):
    events = code("Poland's parliament demanded an immediate admission by Moscow.")
    assert find(events, root="10", source="POLLEG", target="RUS")


def test_protest_against_an_act_targets_its_authors(code):
    events = code("Kenyan students held protests against the killing of a student by the police.")
    assert find(events, root="14", source="KENEDU", target="KENCOP")


def test_a_target_reached_through_the_act_protested_needs_a_surer_retyper():
    import math

    import numpy as np
    from flashpoint.coding import Coder
    from flashpoint.coding.classifier import DyadClassifier
    from flashpoint.ingest import read_text_article

    # a model that calls every dyad an assault with probability 0.6
    unsure = DyadClassifier(["ASSAULT", "PROTEST"], {"bias": 0},
                            np.array([[math.log(1.5), 0.0]]))
    coder = Coder(retyper=unsure)

    def roots(text):
        return {(e.source.code if e.source else None, e.target.code if e.target else None,
                 e.cameo[:2]) for e in coder.code_article(read_text_article("t", text))}
    # the path from the students to the police runs through the killing: not trusted
    assert ("KENEDU", "KENCOP", "14") in roots(
        "Kenyan students held protests against the killing of a student by the police.")
    # the same model does retype a protest against the police themselves
    assert ("KENEDU", "KENCOP", "19") in roots("Kenyan students held protests against the police.")


def test_a_counterpart_is_of_the_country_named_and_never_of_the_other_side(code):
    events = code("Iraqi Prime Minister Adel Abdul Mahdi and his Jordanian counterpart "
                  "signed 14 economic agreements in Amman.")
    assert find(events, cameo="057", source="IRQGOV", target="JORGOV")
    assert find(events, cameo="057", source="JORGOV", target="IRQGOV")
    events = code("Vladimir Putin met his counterpart in Sochi on Friday.")
    assert find(events, root="04", source="RUS")
    assert not find(events, target="RUS")  # not Russia's, whoever it is


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison on "
     "Wednesday to congratulate him on his election.", "05", "ISR", "AUS"),
    ("Pakistani Prime Minister Imran Khan called Turkish President Recep Tayyip Erdogan on "
     "Friday to convey Pakistan's support and solidarity.", "05", "PAK", "TURGOV"),
    ("Chilean President Gabriel Boric called Peruvian President Pedro Castillo to discuss "
     "the border.", "04", "CHLGOV", "PERGOV"),
])
def test_a_call_made_for_an_act_is_that_act(code, sentence, root, source, target):
    assert find(code(sentence, date="2022-06-01"), root=root, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo_code, source", [
    ("Tens of thousands of people in Bolivia protested the arrest of a union leader.",
     "141", "BOLCVL"),
    ("Hundreds of Kenyan students protested against the new fees.", "141", "KENEDU"),
    ("Nairobi residents protested against the government.", "141", "KENCVL"),
    ("Chile protested against the visit of the Peruvian minister.", "114", "CHL"),
])
def test_people_protesting_demonstrate_and_a_state_protesting_complains(code, sentence,
                                                                         cameo_code, source):
    """Protest said of a crowd is a demonstration (141); said of a state, an official
    complaint (114). A city standing for a government does not make its residents one."""
    assert find(code(sentence), cameo=cameo_code, source=source)


def test_a_verb_and_its_event_noun_make_one_event_placed_where_the_noun_says(code):
    """'attend a summit on the unrest in Iran': attend and summit are one meeting; the
    mention that knows where it is wins over the one that does not."""
    events = code("Obama is scheduled to attend a summit on the unrest in Iran.",
                  date="2010-06-01")
    meetings = find(events, root="04", source="USAGOV")
    assert len(meetings) == 1 and meetings[0]["target"]["country"] == "IRN"


def test_a_passive_subject_that_is_no_party_points_to_the_party_it_is_against(code):
    events = code("Evidence against Iran was presented by Israel at the meeting.")
    assert find(events, root="11", source="ISR", target="IRN")


@pytest.mark.parametrize("sentence, root, source", [
    ("The Sudanese army and the rebels were guilty of violating the truce in Darfur.",
     "19", "SDNMIL"),
    ("The Gulf cartel has been responsible for mass killings in northern Mexico.", "19", None),
    ("Canada sanctioned Iranian officials responsible for the torture of protesters.",
     "18", "IRNGOV"),
])
def test_whoever_is_guilty_of_or_responsible_for_an_act_did_it(code, sentence, root, source):
    events = find(code(sentence), root=root)
    assert events and (source is None or find(events, source=source))
    assert all(e["source"] is not None for e in events)


def test_receiving_an_envoy_to_discuss_something_is_one_meeting_with_the_envoy(code):
    events = code("Omani Foreign Minister Badr Albusaidi received the Qatari Ambassador, "
                  "Ahmed al-Thani, to discuss the historic brotherly ties between the two "
                  "countries.")
    meetings = find(events, root="04")
    assert len(meetings) == 1 and meetings[0]["source"]["code"] == "OMNGOV"
    assert meetings[0]["target"]["code"] == "QATGOV"


@pytest.mark.parametrize("sentence, targets", [
    ("Qatar launched a mediation effort to prevent a war between Ethiopia and Eritrea.",
     {"ETH", "ERI"}),
    ("Norway launched a mediation effort designed to help the Sudanese government and the "
     "secessionists reach a peaceful settlement.", {"SDN", None}),
])
def test_a_mediation_is_with_the_parties_it_is_meant_to_bring_together(code, sentence,
                                                                        targets):
    mediations = find(code(sentence), root="04")
    assert {(e["target"] or {}).get("country") for e in mediations} == targets


@pytest.mark.parametrize("sentence", [
    "The Peruvian president pardoned the jailed Chilean journalist.",
    "The Peruvian president granted a pardon to the jailed Chilean journalist.",
    "The Peruvian president set free two jailed Chilean journalists.",
])
def test_a_pardon_or_setting_free_releases_its_beneficiary(code, sentence):
    assert find(code(sentence), cameo="0841", source="PERGOV", target="CHL")


@pytest.mark.parametrize("sentence, cameo_code", [
    ("Chile granted citizenship to 40 Peruvian refugees.", "081"),
    ("A Chilean court granted bail to the Peruvian activist.", "081"),
    ("Chile granted $40 million to Peru.", "070"),
])
def test_granting_a_right_eases_and_granting_money_aids(code, sentence, cameo_code):
    assert find(code(sentence), cameo=cameo_code, target="PER")


@pytest.mark.parametrize("sentence, cameo_code", [
    ("Ghana deployed 300 peacekeepers to Liberia.", "074"),
    ("Ghanaian peacekeeping troops were deployed to Liberia by Ghana.", "074"),
    ("Ghana deployed 300 troops to its border with Liberia.", "154"),
])
def test_deploying_peacekeepers_is_protection_and_troops_a_show_of_force(
        rules_coder, sentence, cameo_code):
    """The lexicon's senses (the shipped classifier, which learnt from PLV's deployments,
    all of them peacekeeping, may retype the last)."""
    from flashpoint.ingest import read_text_article

    events = rules_coder.code_article(read_text_article("t", sentence))
    assert any(e.cameo == cameo_code and e.source.code == "GHA" for e in events)


def test_ceasing_military_operations_de_escalates(code):
    events = code("The Sudanese army said it had ceased its military operations in Darfur.")
    assert find(events, cameo="087", source="SDN")
    assert not find(events, root="19", status="asserted")


def test_a_refusal_until_demands_are_met_targets_whoever_must_meet_them(code):
    events = code("Nurses said they will not end the strike until their demands are met by "
                  "the Kenyan government.")
    assert find(events, root="12", target="KENGOV")


def test_challenging_a_plan_criticizes_its_author(code):
    events = code("The Peruvian foreign minister challenged the Chilean government's plan to "
                  "close the border.")
    assert find(events, cameo="111", source="PERGOV", target="CHLGOV")


@pytest.mark.parametrize("sentence, target", [
    ("Peruvian lawmakers called for sanctions against Chile over the border dispute.", "CHL"),
    ("The Peruvian foreign minister called for an investigation into Chile's border "
     "operations.", None),
])
def test_calling_for_sanctions_or_an_inquiry_denounces(code, sentence, target):
    events = find(code(sentence), cameo="111", source="PER")
    assert events and (target is None or find(events, target=target))
    assert not find(code(sentence), root="02")


@pytest.mark.parametrize("sentence", [
    "Chile is opposed to the new Peruvian law.",
    "Chile is opposed to Peruvian mediation in the border dispute.",
])
def test_being_opposed_to_something_rejects_its_author(code, sentence):
    """A stance parsed as a passive: the subject opposes, it is not opposed."""
    events = code(sentence)
    assert find(events, root="12", source="CHL", target="PER")
    assert not find(events, root="12", target="CHL")


@pytest.mark.parametrize("sentence, target", [
    ("Bolivian farmers lifted their boycott of Chilean traders after the talks.", "CHL"),
    ("Peru decided to lift the trade sanctions imposed on Ecuador last year.", "ECU"),
])
def test_lifting_a_boycott_or_sanctions_eases_them_against_whoever_bore_them(code, sentence,
                                                                            target):
    events = code(sentence)
    assert find(events, cameo="085", target=target)
    assert not find(events, root="14") and not find(events, root="16")


@pytest.mark.parametrize("sentence, source, target", [
    ("A Chilean student died in prison in Lima after torture.", "PER", "CHL"),
    ("Two Afghan soldiers died after an attack by Taliban fighters.", "AFGTAL", "AFGMIL"),
])
def test_whoever_died_of_a_violent_act_is_its_target(code, sentence, source, target):
    """In prison, the jailer is the place the prison is in."""
    assert find(code(sentence), root="18" if "torture" in sentence else "19",
                source=source, target=target)


def test_dying_of_a_violent_act_needs_the_act_to_cause_the_death(code):
    events = code("A Chilean student died in prison in Lima while awaiting trial.")
    assert not find(events, root="18") and not find(events, root="19")


def test_seizing_a_place_or_control_of_it_is_military_force(rules_coder):
    """The lexicon's sense (the classifier may retype either way)."""
    from flashpoint.ingest import read_text_article

    article = read_text_article("t", "Peruvian troops seized the oil fields near Talara.")
    events = rules_coder.code_article(article)
    assert any(e.cameo == "190" and e.source.code == "PERMIL" for e in events)
    assert not any(e.cameo == "1711" for e in events)


@pytest.mark.parametrize("sentence, source, target", [
    ("A Chilean-led strike on a Peruvian border post killed two guards.", "CHL", "PER"),
])
def test_an_attack_led_by_a_party_is_that_party_s(code, sentence, source, target):
    assert find(code(sentence), root="19", source=source, target=target)


def test_an_event_noun_tagged_as_an_adjective_keeps_its_doer():
    """The parser sometimes reads 'the regime offensive on X' as an adjective with a
    subject: the subject is still the doer."""
    from flashpoint.coding import arguments as args

    words = ["The", "regime", "offensive", "on", "Tacna", "continued", "."]
    doc = hand_parse(words,
                     pos=["DET", "NOUN", "ADJ", "ADP", "PROPN", "VERB", "PUNCT"],
                     deps=["det", "nsubj", "nsubj", "prep", "pobj", "ROOT", "punct"],
                     heads=[1, 2, 5, 2, 3, 5, 5])
    doers = args.noun_sources(doc[2], lambda tok: tok.text == "regime")
    assert [t.text for t in doers] == ["regime"]


def test_a_recipient_stranded_in_a_clause_inside_the_object_goes_back_to_the_verb():
    from flashpoint.coding.arguments import TRANSFER_VERBS
    from flashpoint.coding.parse import reattach_recipients
    # the small model's parse of "Chile returned skulls that date to 1800 to Peru ."
    words = ["Chile", "returned", "skulls", "that", "date", "to", "1800", "to", "Peru", "."]
    doc = hand_parse(words, heads=[1, 1, 1, 4, 2, 4, 5, 4, 7, 1],
                     deps=["nsubj", "ROOT", "dobj", "nsubj", "relcl", "prep", "pobj", "prep",
                           "pobj", "punct"],
                     pos=["PROPN", "VERB", "NOUN", "PRON", "VERB", "ADP", "NUM", "ADP", "PROPN",
                          "PUNCT"],
                     lemmas=["Chile", "return", "skull", "that", "date", "to", "1800", "to", "Peru",
                             "."])
    reattach_recipients(doc, TRANSFER_VERBS)
    assert doc[7].head.text == "returned"  # "to Peru": the recipient
    assert doc[5].head.text == "date"  # "to 1800": the clause's own


@pytest.mark.parametrize("sentence, source, target", [
    ("Ghanaian peacekeepers arrived in Liberia on Monday.", "GHA", "LBR"),
    ("Ghanaian troops served as peacekeepers in Liberia.", "GHA", "LBR"),
    ("Ghanaian troops participate in peacekeeping operations in Liberia.", "GHA", None),
    ("Some 300 Ghanaian soldiers were deployed as peacekeeping forces to Liberia.", "GHA",
     "LBR"),
    ("A first contingent of Ghanaian peacekeeping troops arrived in Liberia.", "GHA", "LBR"),
])
def test_peacekeepers_arriving_or_serving_protect(rules_coder, sentence, source, target):
    """A peacekeeping role, from the doer's own words or the verb's 'as' or 'in' phrase;
    deployed forces with no agent are their own side's."""
    from flashpoint.ingest import read_text_article

    events = rules_coder.code_article(read_text_article("t", sentence))
    assert any(e.cameo == "074" and e.source.country == source and
               (target is None or e.target and e.target.country == target) for e in events)


def test_a_visit_arriving_is_no_peacekeeping(rules_coder):
    from flashpoint.ingest import read_text_article

    article = read_text_article("t", "The Ghanaian president arrived in Liberia on a visit.")
    assert any(e.cameo == "042" for e in rules_coder.code_article(article))


@pytest.mark.parametrize("sentence", [
    "A Lima court ordered Garcia and former minister Luis Quispe to appear for questioning.",
    "A Lima court ordered the son of former President Alan Garcia to repay $2 million.",
])
def test_ordering_a_person_to_appear_or_pay_demands(code, sentence):
    assert find(code(sentence), root="10", source="PER")


def test_an_unknown_group_s_act_in_a_place_targets_whoever_is_there(code):
    """'effective ... in Bolivia': the place can hang on the act's own modifier."""
    events = code("The Tupac Katari Front has declared a unilateral ceasefire effective from "
                  "Sunday in Bolivia.")
    assert find(events, root="08", target="BOL")


def test_a_region_named_with_a_country_s_name_is_the_region_s_country(code):
    events = code("The British government outlawed the largest loyalist group in Northern "
                  "Ireland.")
    assert find(events, root="17", source="GBRGOV", target="GBR")
    assert not find(events, target="IRL")


def test_up_to_a_number_of_people_parsed_after_a_particle_is_the_object():
    from flashpoint.coding.parse import repair_up_to_objects
    # the small model's parse of "Rebels have kidnapped up to 16 advisers ."
    words = ["Rebels", "have", "kidnapped", "up", "to", "16", "advisers", "."]
    doc = hand_parse(words, heads=[2, 2, 2, 2, 3, 6, 4, 2],
                     deps=["nsubj", "aux", "ROOT", "prt", "prep", "nummod", "pobj", "punct"])
    repair_up_to_objects(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "kidnapped")


def test_a_preposition_left_without_its_object_takes_the_participle_s_subject():
    from flashpoint.coding.parse import repair_stranded_prepositions
    # the small model's parse of "Peru granted asylum to five officers holed up in Lima ."
    words = ["Peru", "granted", "asylum", "to", "five", "officers", "holed", "up", "in", "Lima",
             "."]
    doc = hand_parse(words, heads=[1, 1, 1, 1, 5, 6, 1, 6, 6, 8, 1],
                     deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt",
                           "prep", "pobj", "punct"],
                     pos=["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "ADP",
                          "PROPN", "PUNCT"],
                     tags=["NNP", "VBD", "NN", "IN", "CD", "NNS", "VBD", "RP", "IN", "NNP", "."])
    repair_stranded_prepositions(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("pobj", "to")
    assert (doc[6].dep_, doc[6].head.text) == ("acl", "officers")


def test_an_object_moved_after_an_as_phrase_is_the_object_again():
    from flashpoint.coding.parse import repair_moved_objects
    # the small model's parse of "Chile denounced as a crime Peru 's crackdown ."
    words = ["Chile", "denounced", "as", "a", "crime", "Peru", "'s", "crackdown", "."]
    doc = hand_parse(words, heads=[1, 1, 1, 4, 2, 7, 5, 4, 1],
                     deps=["nsubj", "ROOT", "prep", "det", "pobj", "poss", "case", "appos",
                           "punct"],
                     pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PROPN", "PART", "NOUN",
                          "PUNCT"])
    repair_moved_objects(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("dobj", "denounced")


def test_a_participle_parsed_as_the_object_gives_the_place_back_to_its_noun():
    from flashpoint.coding.parse import repair_participle_heads
    # the small model's parse of "Chile vetoed a council resolution censuring Peru ."
    words = ["Chile", "vetoed", "a", "council", "resolution", "censuring", "Peru", "."]
    doc = hand_parse(words, heads=[1, 1, 5, 4, 5, 1, 5, 1],
                     deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj", "dobj",
                           "punct"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"],
                     tags=["NNP", "VBD", "DT", "NN", "NN", "VBG", "NNP", "."])
    repair_participle_heads(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "vetoed")
    assert (doc[5].dep_, doc[5].head.text) == ("acl", "resolution")
    assert doc[2].head.text == "resolution"


def test_a_protest_against_violations_by_a_party_targets_that_party(code):
    events = code("A Chilean activist staged a hunger strike in protest against the human "
                  "rights violations by Peruvian security forces.")
    assert find(events, root="14", source="CHL", target="PER")


def test_a_meeting_with_no_one_named_is_held_with_the_place(code):
    events = code("The Chilean foreign minister attended a meeting in Bogota on Monday.")
    assert find(events, root="04", source="CHLGOV", target="COL")


@pytest.mark.parametrize("sentence", [
    "A Chilean-claimed car bomb struck a bus in Lima.",
    "A Chilean missile struck a school in Lima.",
])
def test_a_weapon_that_struck_is_its_owner_s_act(code, sentence):
    assert find(code(sentence), root="19", source="CHL", target="PER")


def test_a_participle_sharing_a_passive_has_its_victim_and_the_jailer_acts(code):
    events = code("A Chilean student was tortured and killed in a secret prison in Lima.")
    assert find(events, root="19", source="PER", target="CHL")
    assert not find(events, source="CHL")


def test_a_participle_sharing_a_passive_keeps_the_agent(code):
    events = code("Two Chilean journalists were arrested and beaten by Peruvian police.")
    assert find(events, cameo="173", source="PERCOP", target="CHL")
    assert not find(events, source="CHL")


@pytest.mark.parametrize("sentence, source", [
    ("Some European countries called for sanctions against Peru.", "EUR"),
    ("Western powers condemned the Peruvian crackdown.", "WST"),
])
def test_a_region_s_states_together_are_an_actor(code, sentence, source):
    assert find(code(sentence), root="11", source=source, target="PER")


@pytest.mark.parametrize("sentence", [
    "Peru said that lifting the embargo on Chile is out of the question.",
    "Peru said that removing the sanctions on Chile is off the table.",
])
def test_an_act_said_to_be_out_of_the_question_is_refused_by_the_speaker(code, sentence):
    events = code(sentence)
    assert find(events, root="12", source="PER", target="CHL")
    assert not find(events, root="08")


@pytest.mark.parametrize("sentence", [
    "Peruvian teachers suspended their strike on Monday.",
    "Peruvian opposition leaders postponed the demonstration in Lima.",
])
def test_suspending_or_postponing_a_protest_eases_dissent(code, sentence):
    events = code(sentence)
    assert find(events, cameo="082", source="PER")
    assert not find(events, root="14", status="asserted")


def test_paying_compensation_returns_what_was_taken(code):
    events = code("Chile paid compensation to 40 Peruvian fishermen for the boats it seized.")
    assert find(events, cameo="0842", source="CHL", target="PER")


def test_an_event_noun_with_no_doer_in_a_verb_s_phrase_is_part_of_the_verb_s_act():
    """code_dyad's rules: 'ready to send weapons along with military assistance to Peru'
    is an offer (the sending), not the assistance noun alone."""
    from flashpoint.coding.dyad import code_dyad

    sentence = "Chile is ready to send weapons along with military assistance to Peru's army."
    start = sentence.index("Peru")
    event = code_dyad(sentence, (0, 5), (start, start + 4), classifier=None)
    assert event.cameo_root == "03"


@pytest.mark.parametrize("sentence", [
    "UN inspectors inspected the Peruvian nuclear site at Lima.",
    "UN inspectors want to re-examine the refineries in Peru.",
])
def test_inspecting_a_site_investigates_whoever_holds_it(code, sentence):
    assert find(code(sentence), cameo="090", source="IGO", target="PER")


def test_a_decision_to_act_is_the_act(code):
    """'has decided to lift' reports the easing itself, not an intent to ease."""
    events = code("Chile has decided to lift the trade sanctions on Peru.")
    assert find(events, cameo="085", source="CHL", target="PER", status="asserted")
    assert not find(events, root="03")


def test_what_was_imposed_on_a_party_is_lifted_from_that_party(code):
    events = code("Chile refused to lift the embargo it imposed on Peru in 2010.")
    assert find(events, root="12", source="CHL", target="PER")


def test_partners_in_a_joint_act_are_each_other_s_even_when_one_is_unknown(code):
    events = code("Chile and rival fishing cooperatives agreed to hold talks.")
    assert any(e["target"] and e["target"]["text"] == "rival fishing cooperatives"
               for e in find(events, root="03", source="CHL"))


@pytest.mark.parametrize("sentence", [
    "Chile has sent seven experts to Peru to investigate the attacks on its border posts.",
    "Chile sent a team of experts to Peru to investigate the crash of a Chilean airliner.",
])
def test_a_mission_sent_to_investigate_is_an_investigation_of_where_it_goes(code, sentence):
    events = code(sentence)
    assert find(events, cameo="090", source="CHL", target="PER")
    assert not find(events, root="07", source="CHL")


def test_a_private_person_protesting_demonstrates():
    """code_dyad's rules: a protest by a private person is a demonstration (141)."""
    from flashpoint.coding.dyad import code_dyad

    sentence = "A Peruvian woman has started a hunger strike, protesting the state's pensions."
    start = sentence.index("the state")
    event = code_dyad(sentence, (0, 16), (start, start + 9), classifier=None)
    assert event.cameo == "141"


def test_a_city_shared_by_two_countries_is_the_one_the_sentence_points_to(code):
    events = code("Syrian troops arrested ten gunmen in Tripoli, the Lebanese port city.")
    assert find(events, root="17", source="SYR", target="LBN")
    assert not find(events, target="LBY")


def test_an_anti_x_protest_is_against_x_not_by_x(code):
    events = code("Thousands of Bolivians joined anti-Chilean protests in La Paz on Friday.")
    assert find(events, root="14", target="CHL")
    assert not find(events, source="CHL")


def test_an_anti_x_journalist_is_no_citizen_of_x(code):
    events = code("A prominent anti-Chile journalist was killed in a car bomb explosion in Lima.")
    assert not find(events, target="CHL")


def test_agreeing_to_undertake_a_joint_act_is_an_agreement():
    """code_dyad's rules: 'agreed to undertake joint exercises' is the agreement (03),
    the light verb carrying the intent down to the exercises."""
    from flashpoint.coding.dyad import code_dyad

    sentence = "Chile and Peru have agreed to undertake joint naval exercises next month."
    event = code_dyad(sentence, (0, 5), (10, 14), classifier=None)
    assert event.cameo_root == "03"


def test_condemning_threats_made_by_a_party_targets_that_party(code):
    events = code("Peruvian ministers condemned the acts of sabotage and the repeated threats "
                  "made by the Chilean government.")
    assert find(events, root="11", source="PER", target="CHL")


def test_a_complaint_filed_with_a_court_against_a_party_targets_the_party(code):
    events = code("A Peruvian lawyer filed a complaint with the Andean court against the "
                  "Chilean army for the force used against students.")
    assert find(events, root="11", source="PER", target="CHL")
    assert all((e["target"] or {}).get("code") for e in find(events, root="11"))  # not the court


def test_calling_an_ambassador_a_name_accuses_the_ambassador(code):
    events = code("The Peruvian president on Tuesday called the ambassador of Chile a very "
                  "foolish man.")
    assert find(events, root="11", source="PER", target="CHL")


def test_calling_for_an_inquiry_into_a_death_is_about_the_dead(code):
    events = code("A Peruvian senator called for an investigation into the death of Chilean "
                  "activist Juan Soto.")
    assert find(events, root="11", source="PER", target="CHL")


def test_rejecting_someone_s_remarks_on_a_topic_targets_the_speaker(code):
    events = code("The Peruvian government strongly rejected Chilean President Soto's remarks "
                  "on the border.")
    assert find(events, root="12", source="PER", target="CHL")


def test_a_verb_parsed_as_its_subject_s_participle_is_the_sentence_s_verb(code):
    events = code("A Peruvian delegation called on Chilean President Soto to discuss trade.")
    assert find(events, root="04", source="PER", target="CHL")


def test_a_boycotted_summit_is_no_meeting(code):
    events = code("Peru boycotted the summit in Santiago on Monday.")
    assert find(events, root="14", source="PER")
    assert not find(events, root="04")


def test_released_from_captivity_in_a_country_is_released_by_it(code):
    events = code("Two Chilean engineers have been released from captivity in Peru, officials "
                  "said Saturday.")
    assert find(events, cameo="0841", source="PER", target="CHL")


def test_a_state_department_is_its_country_s_government(code):
    events = code("The Ohio Department of Health will provide a grant to Chile.")
    assert find(events, source="USAGOV", target="CHL")


def test_an_act_marked_as_the_source_is_the_act_between_the_two():
    """code_dyad's rules: PLV-style spans sometimes mark the act itself as the source
    ('A Chilean-led strike'); the act heading that span is the event, not an actor."""
    from flashpoint.coding.dyad import code_dyad

    sentence = "A Chilean-led strike on a Peruvian school bus killed ten children."
    target = sentence.index("a Peruvian")
    event = code_dyad(sentence, (0, 20), (target, target + 23), classifier=None)
    assert event is not None and event.cameo_root == "19"


def test_an_inquiry_into_crimes_committed_by_a_party_is_about_that_party(code):
    events = code("Chilean military police have launched an investigation into alleged crimes "
                  "committed by Peruvian forces against civilians.")
    assert find(events, root="09", source="CHL", target="PER")
    assert not find(events, root="03")  # committing crimes is no pledge


def test_demanding_someone_s_removal_targets_that_person(code):
    events = code("Chilean rebels demanded the removal of President Juan Soto at the fourth "
                  "round of talks.")
    assert find(events, root="10", source="CHLREB", target="CHLGOV")


def test_a_protest_of_someone_s_refusal_targets_them_and_the_refusal_is_coded(code):
    events = code("Chilean refugees are continuing a hunger strike in protest of the Peruvian "
                  "government's refusal to accept their demands.")
    assert find(events, root="14", source="CHL", target="PERGOV")
    assert find(events, root="12", source="PERGOV")
    assert not find(events, root="08")


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Peruvian police rounded up dozens of Bolivian traders in Puno on Monday.",
     "17", "PER", "BOL"),
    ("The Chilean foreign minister lashed out at Bolivia over the maritime dispute.",
     "11", "CHL", "BOL"),
    ("Kenyan troops retook the border town from Somali militants.", "19", "KEN", "SOM"),
    ("Colombia broke off diplomatic relations with Venezuela on Tuesday.", "16", "COL", "VEN"),
    ("Ecuador's president ridiculed the Peruvian proposal.", "11", "ECU", "PER"),
    ("Chile advised its citizens against travel to Peru.", "16", "CHL", "PER"),
    ("Peru received a mission of observers from Chile.", "08", "PER", None),
    ("The OAS dispatched investigators to Peru.", "09", "IGO", "PER"),
    ("Chilean police rearrested the Peruvian activist.", "17", "CHL", "PER"),
    ("Peru reimposed a curfew in Puno.", "17", "PER", "PER"),
    ("Peruvian police prevented a rally by Chilean fishermen in Tacna.", "17", "PER", None),
    ("The Chilean government gave the account data to the Peruvian government.", "06", "CHL",
     "PER"),
    ("The Peruvian president reinstated the Chilean coach on Monday.", "08", "PER", "CHL"),
    ("Chilean rivals of the government attacked the president's office.", "19", "CHLOPP", None),
])
def test_common_verbs_of_each_category_are_in_the_lexicon(code, sentence, root, source, target):
    assert find(code(sentence), root=root, source=source, target=target)


def test_jewish_settlers_are_israeli(code):
    events = code("Jewish settlers set fire to a Palestinian olive grove near Nablus.")
    assert find(events, root="17", source="ISR", target="PSE")


def test_troops_massed_by_a_country_are_its_own_and_the_border_is_the_target(code):
    events = code("The Chilean army massed troops near the Peruvian border.")
    assert find(events, root="15", source="CHLMIL", target="PER")
    assert not any((e["target"] or {}).get("text") == "troops" for e in events)


def test_the_charges_someone_is_held_on_are_no_target(code):
    events = code("Nigerian police detained three members of a student union in Lagos on "
                  "charges of sedition.")
    held = find(events, root="17", source="NGA", target="NGA")
    assert held and held[0]["target"]["text"] == "three members"


def test_killed_in_a_country_s_shelling_is_that_country_s_attack_where_it_fell(code):
    """'in Peruvian shelling' is often parsed with 'Peruvian' as the object of 'in'."""
    events = code("Four children were killed in Peruvian shelling in the Arica region.")
    assert find(events, root="19", source="PER", target="CHL")


def test_the_visitor_of_a_visit_during_talks_is_the_one_who_talks(code):
    events = code("The Peruvian minister held talks with President Soto during a surprise "
                  "visit to Santiago on Wednesday.")
    assert find(events, cameo="042", source="PERGOV", target="CHL")


def test_a_first_name_after_a_title_is_no_place(code):
    """'David' is also a city in Panama."""
    events = code("General David Kamau held talks with Chilean officials.")
    assert not find(events, source="PAN")


def test_who_is_jailed_for_an_act_is_alleged_to_have_done_it(code):
    events = code("A Peruvian court jailed a Chilean man for attacking a Peruvian police officer.")
    assert find(events, root="17", source="PER", target="CHL")
    assert find(events, root="19", source="CHL", target="PER", status="alleged")
    assert not find(events, root="19", source="PER")


def test_helping_someone_do_something_aids_them(code):
    events = code("Peru helped Bolivia build a school in La Paz.")
    assert find(events, root="07", source="PER", target="BOL")


def test_helping_carry_out_killings_is_no_aid(code):
    events = code("The Chilean military helped to plan and carry out the killings of Peruvian "
                  "farmers.")
    assert not find(events, root="07")
    assert find(events, root="19", source="CHL")


def test_helping_fight_an_epidemic_is_aid(code):
    events = code("Chile will send doctors to help fight the cholera epidemic in Peru.")
    assert find(events, root="07", source="CHL")


def test_an_allegation_is_about_the_subject_of_what_is_alleged(code):
    events = code("A Peruvian court alleged that Chile was aware of preparations for the "
                  "attack.")
    assert find(events, root="11", source="PER", target="CHL")


def test_a_bombing_nobody_is_named_for_is_coded_to_where_it_went_off(code):
    events = code("A roadside bombing near the town of Samarra killed two Peruvian engineers.")
    assert find(events, root="19", source="IRQ", target="PER")
    events = code("A missile strike killed five people near Samarra.")
    assert not find(events, source="IRQ")  # an army's weapon: not the place's own
    events = code("A gas explosion at a coal mine near Arequipa killed 20 Peruvian miners.")
    assert not find(events, source="PER")  # an explosion may be an accident


def test_a_report_nobody_signs_speaks_for_the_country_it_was_issued_in(code):
    events = code("A report released on Tuesday in the Peruvian capital alleged that Chile was "
                  "aware of the attack.")
    assert find(events, root="11", source="PER", target="CHL")


def test_contributing_to_planning_massacres_is_no_aid(code):
    events = code("The report said the Chilean army contributed to planning the massacres of "
                  "Peruvian farmers.")
    assert not find(events, root="07")


def test_a_participle_parsed_as_the_verb_before_a_passive_is_the_subject_s_modifier(code):
    events = code("The farmers imprisoned for marching against Lima were released yesterday by "
                  "Peruvian President Juan Soto himself")
    released = find(events, cameo="0841", source="PERGOV")
    assert released and released[0]["target"]["text"] == "The farmers"
    assert not [e for e in find(events, root="17") if e["source"]["text"] == "The farmers"]


def test_sorrow_for_deaths_in_a_place_goes_to_its_people(code):
    events = code("The Chilean president expressed sorrow for the deadly floods in Arequipa.")
    assert find(events, root="01", source="CHL", target="PER")


def test_a_first_name_parsed_as_a_preposition_is_part_of_the_subject(code):
    """The small model reads a sentence-initial 'Barack' as a preposition."""
    events = code("Barack Obama and Vladimir Putin met in Zurich.")
    assert find(events, root="04", source="USA", target="RUS")
    assert find(events, root="04", source="RUS", target="USA")


def test_a_leader_s_misspelt_surname_is_still_the_leader(code):
    events = code("President Francois Mitterand met Chilean officials.",
                  date="1990-05-01")
    assert find(events, root="04", source="FRAGOV", target="CHL")
    events = code("Prime Minister Shahid Khaqan Abbasi met Chilean officials.")
    assert not find(events, source="PSE")  # 'Abbasi' is not 'Abbas'


@pytest.mark.parametrize("sentence, target", [
    ("Thousands of farmers blocked roads near Puno in defiance of the Peruvian government.",
     "PERGOV"),
    ("Thousands of Peruvians marched in Lima in protest of the Chilean government's decision.",
     "CHLGOV"),
])
def test_a_protest_in_protest_at_something_targets_it_and_is_one_event(code, sentence, target):
    events = code(sentence)
    assert find(events, root="14", source="PER", target=target)
    assert len(find(events, root="14")) == 1


def test_a_pronoun_doer_stands_for_the_reporting_subject_in_code_dyad():
    """code_dyad's rules: 'X announced that it had called off the strike' is X's act, not
    a statement."""
    from flashpoint.coding.dyad import code_dyad

    sentence = ("The Chilean dockers' union announced that it had called off the strike after "
                "talks with the Peruvian government.")
    source = (0, sentence.index(" announced"))
    target = sentence.index("the Peruvian")
    event = code_dyad(sentence, source, (target, target + 24), classifier=None)
    assert event is not None and event.cameo_root == "08"


def test_a_visiting_leader_is_the_object_not_a_visit():
    """'against visiting Peruvian President X' parses with 'visiting' as the object; in
    code_dyad the lawsuit, not a visit by the lawyer, relates the two."""
    from flashpoint.coding.dyad import code_dyad

    sentence = ("A Chilean lawyer has filed a lawsuit in a Santiago court against visiting "
                "Peruvian President Juan Soto.")
    target = sentence.index("Peruvian President")
    event = code_dyad(sentence, (0, 16), (target, len(sentence) - 1), classifier=None)
    assert event is not None and event.cameo_root == "11"


def test_a_first_name_after_a_title_is_no_place_in_the_coder_either(code):
    """'Hassan' is also a city in India."""
    events = code("Rivals of Prime Minister Hassan Diab said they will boycott the meeting.")
    assert not find(events, source="IND")



def test_refused_talks_marked_as_the_target_are_the_refusal_in_code_dyad():
    from flashpoint.coding.dyad import code_dyad

    sentence = "The Chilean rebels have refused official talks with the Peruvian government."
    target = sentence.index("official")
    event = code_dyad(sentence, (0, 18), (target, len(sentence) - 1), classifier=None)
    assert event is not None and event.cameo_root == "12"


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Argentina voiced support for Bolivia's claim to the sea.", "051", "ARG", "BOL"),
    ("Peru filed a diplomatic protest with Chile.", "114", "PER", "CHL"),
    ("Peru registered a protest with Chile over the incident.", "114", "PER", "CHL"),
    ("Venezuela drew sharp criticism from Colombia.", "111", "COL", "VEN"),
    ("Chile sued Bolivia at the International Court of Justice.", "115", "CHL", "BOL"),
])
def test_light_verbs_and_venues_keep_the_parties(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_what_a_plan_or_proposal_would_do_has_not_happened(code):
    planned = code("Peru announced a plan to impose sanctions on Bolivia.")
    assert find(planned, root="16", source="PER", target="BOL", status="planned") or \
        find(planned, root="13", source="PER", target="BOL")
    assert not find(planned, target="BOL", status="asserted")
    rejected = code("Peru rejected a proposal to send troops to Bolivia.")
    assert find(rejected, root="12", source="PER")
    assert not find(rejected, root="07", status="asserted")


def test_the_holder_of_an_announced_plan_carries_it_out(code):
    events = code("Peru announced a plan to send troops to Bolivia.")
    assert find(events, source="PER", target="BOL", root="03")


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Thousands of Bolivians rallied outside the Chilean embassy in La Paz.", "14", "BOL", "CHL"),
    ("Peru shut down its embassy in Caracas.", "16", "PER", "VEN"),
    ("Bolivia nationalized the assets of a Chilean company.", "17", "BOL", "CHL"),
])
def test_embassies_closed_rallies_outside_them_and_nationalization(code, sentence, root, source,
                                                                    target):
    assert find(code(sentence), root=root, source=source, target=target)


def test_fighting_a_fire_or_an_epidemic_is_no_attack(code):
    assert not find(code("Chilean firefighters fought the blazes near Valparaiso for a week."),
                    root="19")
    assert not find(code("Chile and Peru vowed to work together to fight drug trafficking."),
                    root="19")
    assert find(code("Chilean troops fought Bolivian smugglers near the border."), root="19",
                source="CHL", target="BOL")


def test_a_complement_s_target_follows_the_row_that_codes_it(code):
    events = code("Peru threatened to close all borders with Bolivia if the dispute continues.")
    assert find(events, root="13", source="PER", target="BOL")
    assert not [e for e in events if e["target"] and "borders" in e["target"]["text"]]


def test_what_someone_called_an_act_is_the_object_of_the_condemnation(code):
    events = code("In a statement, the Bolivian foreign ministry condemned what it called "
                  "Chile's aggressive policy.")
    assert find(events, root="11", source="BOL", target="CHL")
    assert find(code("Peru condemned what it described as an attack by Chilean troops."),
                root="11", source="PER", target="CHL")


def test_who_speaks_after_talks_held_them(code):
    events = code("Peruvian Foreign Minister Ana Rojas, speaking after talks with her Chilean "
                  "counterpart, said Lima would not accept any change to the border.")
    assert find(events, root="04", source="PER", target="CHL")


def test_soldiers_doing_something_in_a_participle_do_it(code):
    events = code("A video showed Chilean police beating Bolivian migrants in Arica.")
    assert find(events, root="18", source="CHL", target="BOL")


def test_a_congress_named_with_a_country_is_that_country_s_legislature(code):
    assert find(code("Peru's Congress rejected the request from Chile."), source="PERLEG")
    assert find(code("The Peruvian Congress rejected the request from Chile."), source="PERLEG")
    assert find(code("Chile's Senate rejected the request from Peru."), source="CHLLEG")


def test_condolences_offered_are_given_to_whom_they_are_offered(code):
    events = code("Chile offered its condolences to Ecuador after the earthquake.")
    assert find(events, cameo="018", source="CHL", target="ECU", status="asserted")
    assert find(code("Peru gave Chile a deadline to withdraw its ships."), root="13",
                source="PER", target="CHL")


def test_a_suspended_lending_program_is_aid_stopped_to_its_recipient(code):
    assert find(code("The IMF suspended its lending program to Bolivia."), cameo="162",
                source="IGO", target="BOL")


def test_calling_on_a_country_to_act_requests_it(code):
    assert find(code("Chile called on Peru to protect the Amazon."), root="02", source="CHL",
                target="PER")
    visit = code("A delegation of the Peruvian Socialist Party on Thursday called on Chilean "
                 "President Gabriel Boric to discuss the situation.")
    assert find(visit, root="04", target="CHL") and not find(visit, root="02")
    phoned = code("On Nov. 2, the Chilean foreign minister called the Peruvian president to "
                  "discuss the border.")
    assert find(phoned, cameo="041") and not find(phoned, root="02")


def test_the_pope_is_the_holy_see(code):
    assert find(code("The Pope called on Peru to protect the Amazon."), source="VAT",
                target="PER")
    assert find(code("Pope Francis visited Peru in January 2018."), source="VATGOV", target="PER")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Russia completed the withdrawal of its troops from Syria.", "0872", "RUS", "SYR"),
    ("The United States speeded up the withdrawal of some forces from Panama.", "0872", "USA",
     "PAN"),
    ("Italy announced a suspension of air links with Serbia.", "162", "ITA", "SRB"),
    ("The Bolivian president refused to respond to a demand from the Chilean government.",
     "120", "BOL", "CHL"),
])
def test_who_withdraws_suspends_or_refuses_and_from_whom(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo", [
    ("Peru has agreed to Brazilian mediation in the border dispute with Chile.", "038"),
    ("Peru accepted Brazilian mediation.", "038"),
    ("Peru rejected Brazilian mediation.", "126"),
])
def test_accepting_or_rejecting_mediation_targets_the_mediator(code, sentence, cameo):
    assert find(code(sentence), cameo=cameo, source="PER", target="BRA")


def test_an_act_with_no_known_actor_is_still_converted_in_code_dyad():
    from flashpoint.coding.dyad import code_dyad

    sentence = ("Most of the night guards on strike say they will not end the strike until "
                "the company raises their pay.")
    target = sentence.index("the company")
    event = code_dyad(sentence, (0, 30), (target, target + 11), classifier=None)
    assert event is not None and event.cameo_root == "12"


def test_firing_or_dismissing_a_minister_is_no_attack_or_rejection(code):
    assert not code("The Peruvian president fired his interior minister after the protests.")
    assert not find(code("The Chilean president dismissed two generals on Monday."), root="12")
    assert find(code("Peruvian troops fired on Bolivian smugglers."), root="19", source="PER",
                target="BOL")


def test_troops_sent_as_aid_are_the_sender_s_own_and_the_place_is_the_target(code):
    events = code("Chile sent 200 troops in Haiti to serve as a peacekeeping force.")
    assert find(events, root="07", source="CHL", target="HTI")
    assert not find(events, target="HTIMIL")


def test_gratitude_and_thanks_expressed_praise_and_regret_apologizes(code):
    assert find(code("Chile expressed its gratitude to Argentina for its help."), cameo="051",
                source="CHL", target="ARG")
    assert find(code("Chile conveyed its thanks to Argentina."), cameo="051", source="CHL",
                target="ARG")
    assert find(code("Peru expressed regret to Chile over the incident."), cameo="055",
                source="PER")
    assert find(code("Argentina expressed solidarity with Chile after the earthquake."),
                cameo="051", source="ARG", target="CHL")


def test_who_a_participle_says_was_backed_is_the_target(code):
    events = code("Peru, backed by Ecuador, demanded that Chile withdraw its warships.")
    assert find(events, root="05", source="ECU", target="PER")


def test_a_cancelled_meeting_did_not_happen(code):
    events = code("The meeting between the Bolivian and Peruvian presidents was cancelled.")
    assert not find(events, root="04", status="asserted")


@pytest.mark.parametrize("sentence, source, target", [
    ("Bolivian soldiers opened fire on a Chilean patrol.", "BOL", "CHL"),
    ("Peruvian soldiers exchanged fire with Ecuadorian troops.", "PER", "ECU"),
    ("Chilean marines returned fire at the Peruvian boat.", "CHL", "PER"),
])
def test_opening_exchanging_or_returning_fire_is_shooting(code, sentence, source, target):
    assert find(code(sentence), cameo="193", source=source, target=target)


@pytest.mark.parametrize("sentence, root, source, target", [
    ("A Chilean patrol came under fire from Bolivian smugglers.", "19", "BOL", "CHL"),
    ("The Peruvian embassy came under attack by Bolivian protesters.", "19", "BOL", "PER"),
    ("Shining Path rebels claimed responsibility for the attack on a Peruvian army base.", "19",
     "PERREB", "PER"),
    ("Colombian rebels laid siege to a Venezuelan border town.", "19", "COL", "VEN"),
])
def test_attacks_suffered_claimed_or_laid_name_their_parties(code, sentence, root, source,
                                                             target):
    assert find(code(sentence), root=root, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru paid tribute to Chilean firefighters.", "051", "PER", "CHL"),
    ("The Chilean president held a phone conversation with his Peruvian counterpart.", "041",
     "CHL", "PER"),
    ("The US slapped sanctions on Venezuelan officials.", "163", "USA", "VEN"),
])
def test_tribute_phone_conversations_and_slapped_sanctions(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_south_american_presidents_are_known_in_their_terms(code):
    events = code("Vizcarra met Pinera in Santiago on Monday.", date="2019-05-06")
    assert find(events, root="04", source="PERGOV", target="CHLGOV")


@pytest.mark.parametrize("sentence", [
    "Bolivia and Peru accused each other of violating the ceasefire.",
    "Bolivia and Peru blamed one another for the collapse of the talks.",
    "Bolivia and Peru traded accusations over the incident.",
])
def test_accusations_between_each_other_go_both_ways(code, sentence):
    events = code(sentence)
    assert find(events, root="11", source="BOL", target="PER")
    assert find(events, root="11", source="PER", target="BOL")


def test_what_someone_pleads_lobbies_or_seeks_for_is_only_asked(code):
    events = code("Chile's president pleaded with Peru to release the fishermen.")
    assert find(events, root="02", source="CHL", target="PER")
    assert not find(events, root="08")
    lobbied = code("Peru lobbied Brazil to back its candidate.")
    assert find(lobbied, root="02", source="PER", target="BRA") and not find(lobbied, root="05")
    sought = code("Ecuador sought asylum for the former vice president in Mexico.")
    assert not find(sought, root="03") and not find(sought, root="07")
    assert find(code("Colombia requested military assistance from the United States."),
                root="02", source="COL", target="USA")


def test_a_particle_parsed_as_an_adverb_still_makes_the_phrasal_verb(code):
    events = code("The Bolivian interior minister stepped down after the scandal.")
    assert find(events, cameo="0831", source="BOLGOV")


def test_money_announced_in_aid_is_aid_from_the_announcer_to_its_recipient(code):
    events = code("The United States announced 20 million dollars in aid for Colombia.")
    assert find(events, root="07", source="USA", target="COL")


def test_a_former_office_holder_is_an_elite_not_the_government(code):
    events = code("Chile criticized the former Peruvian president on Monday.")
    assert find(events, root="11", source="CHL", target="PERELI")
    assert find(code("Chile criticized the Peruvian president on Monday."), target="PERGOV")


@pytest.mark.parametrize("sentence", [
    "Peru rounded on Chile for its handling of the crisis.",
    "Peru hit back at Chile's criticism.",
    "Peru took aim at Chile over the water dispute.",
    "Peru rapped Chile for its stance.",
    "Peru voiced outrage at Chile's arrest of Peruvian fishermen.",
])
def test_common_verbs_of_criticism(code, sentence):
    events = code(sentence)
    assert find(events, root="11", source="PER", target="CHL")
    assert not find(events, root="19", source="PER")


@pytest.mark.parametrize("sentence, root, target", [
    ("Bolivia cut gas exports to Chile.", "16", "CHL"),
    ("Bolivia suspended flights to Chile.", "16", "CHL"),
    ("Bolivia closed its airspace to Chilean planes.", "19", "CHL"),
])
def test_cutting_exports_suspending_flights_closing_airspace(code, sentence, root, target):
    assert find(code(sentence), root=root, source="BOL", target=target)


@pytest.mark.parametrize("sentence, code_", [
    ("Peru threw its support behind Chile's candidate.", "051"),
    ("Peru stood with Chile during the crisis.", "051"),
    ("Peru rallied behind Chile after the earthquake.", "053"),
])
def test_support_thrown_behind_standing_with_and_rallying_behind(code, sentence, code_):
    assert find(code(sentence), cameo=code_, source="PER", target="CHL")


def test_forces_along_a_border_with_a_country_face_it(code, rules_code):
    events = rules_code("Chile deployed troops along its border with Peru.", date=None)
    assert find(events, root="15", source="CHL", target="PER")
    assert find(code("Bolivia raised the alert level of its troops on the Chilean border."),
                cameo="152", source="BOL")


@pytest.mark.parametrize("sentence, source, target", [
    ("Chile charged that Peruvian intelligence agents had spied on its navy.", "CHL", "PERSPY"),
    ("Human Rights Watch documented abuses by Venezuelan security forces.", "NGO", "VEN"),
    ("Peru alleged that Chilean spies had infiltrated its navy.", "PER", "CHLSPY"),
])
def test_charges_documented_abuses_and_spies(code, sentence, source, target):
    assert find(code(sentence), root="11", source=source, target=target)


@pytest.mark.parametrize("sentence, root, source, target", [
    ("Thousands of Chileans took to the streets to protest against the pension reform.", "14",
     "CHL", None),
    ("Peruvians demonstrated outside the Chilean embassy against the ruling.", "14", "PER",
     "CHL"),
    ("Workers at the Chilean copper mine walked off the job.", "14", "CHL", None),
])
def test_people_protesting_demonstrating_or_walking_off_the_job(code, sentence, root, source,
                                                                target):
    assert find(code(sentence), root=root, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Peru dropped charges against the Chilean businessman.", "081", "CHL"),
    ("Peru withdrew its lawsuit against Chile.", "081", "CHL"),
    ("Peru lifted its veto on Chile's membership.", "080", "CHL"),
    ("Peru dropped its opposition to Chile's membership.", "080", "CHL"),
])
def test_dropping_charges_or_lifting_a_veto_yields(code, sentence, cameo, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source="PER", target=target)
    assert not find(events, root="12")


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Peru ruled out talks with Chile.", "125", "CHL"),
    ("Peru shrugged off Chile's protest.", "120", "CHL"),
    ("Peru balked at Chile's demands.", "120", "CHL"),
])
def test_ruling_out_shrugging_off_and_balking_reject(code, sentence, cameo, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source="PER", target=target)
    assert not find(events, root="04", status="asserted")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("The Chilean president spoke by phone with the Peruvian president on Monday.", "041",
     "CHL", "PER"),
    ("Chile's president welcomed his Peruvian counterpart to Santiago.", "043", "CHL", "PER"),
    ("Peru convened an emergency meeting with Chile.", "040", "PER", "CHL"),
])
def test_phone_calls_hosted_visits_and_convened_meetings(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_two_leaders_speaking_by_phone_call_each_other(code):
    events = code("The Chilean and Peruvian presidents spoke by phone on Monday.")
    assert find(events, cameo="041", source="CHL", target="PER")
    assert find(events, cameo="041", source="PER", target="CHL")


def test_exchanging_ambassadors_establishes_relations_both_ways(code):
    events = code("Peru and Bolivia exchanged ambassadors on Monday.")
    assert find(events, cameo="054", source="PER", target="BOL")
    assert find(events, cameo="054", source="BOL", target="PER")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("The United Nations handed out blankets to refugees in Colombia.", "073", "IGOUNO", "COL"),
    ("Chile distributed food parcels to flood victims in Peru.", "073", "CHL", "PER"),
    ("The IMF disbursed $500 million to Argentina.", "071", "IGOIMF", "ARG"),
    ("The World Bank approved a $300 million loan for Bolivia.", "071", "IGOWBK", "BOL"),
    ("Chile rushed emergency supplies to Bolivia.", "073", "CHL", "BOL"),
    ("Peru received 10,000 vaccines from Chile.", "073", "CHL", "PER"),
    ("Colombia accepted aid from Ecuador.", "073", "ECU", "COL"),
])
def test_goods_money_and_arms_handed_over_are_aid(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_people_sent_to_help_a_country_are_not_its_target(code):
    events = code("Argentina dispatched firefighters to help Chile battle the wildfires.")
    assert find(events, root="07", source="ARG", target="CHL")
    assert all((e["target"] or {}).get("text") != "firefighters" for e in events)


def test_a_word_class_expands_in_a_condition_and_an_unknown_one_is_an_error():
    from flashpoint.coding.tables import _parse_conditions, word_classes
    from flashpoint.errors import DataError

    (kind, values), = _parse_conditions("obj=@arms|troops")
    assert kind == "obj" and "missiles" in values and values[-1] == "troops"
    assert set(word_classes()["arms"]) < set(values)
    with pytest.raises(DataError, match="@nosuchclass"):
        _parse_conditions("obj=@nosuchclass")


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Bolivia handed back the seized trucks to Chile.", "0842", "CHL"),
    ("Bolivia scrapped the tariffs on Chilean wine.", "085", "CHL"),
    ("Bolivia dropped the sanctions against Chile.", "085", "CHL"),
    ("Bolivia pulled its forces out of Chile.", "0872", "CHL"),
    ("Bolivia pulled its ambassador out of Chile.", "161", "CHL"),
    ("Bolivia bowed to pressure from Chile.", "080", "CHL"),
])
def test_handing_back_scrapping_penalties_pulling_out_and_bowing(code, sentence, cameo, target):
    assert find(code(sentence), cameo=cameo, source="BOL", target=target)


def test_giving_in_to_demands_is_not_demanding_them_again(code):
    events = code("Peru gave in to the demands of striking miners.")
    assert find(events, root="08", source="PER")
    assert not find(events, root="10")


def test_a_demand_made_of_a_coded_act_keeps_the_demand_type(code):
    events = code("Chile said that Bolivia must lift its ban on Chilean wine.")
    assert find(events, root="10", source="CHL", target="BOL")


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Bolivia shut down a Chilean-owned radio station.", "172", "CHL"),
    ("Bolivian soldiers took over the Chilean-owned mine.", "1711", "CHL"),
    ("Bolivia placed the Chilean businessman under house arrest.", "173", "CHL"),
    ("Bolivia barred Chilean officials from entering the country.", "172", "CHL"),
    ("Bolivia confiscated Chilean cargo at the port.", "1711", "CHL"),
])
def test_closures_takeovers_house_arrest_bans_and_seizures_coerce(code, sentence, cameo,
                                                                  target):
    assert find(code(sentence), cameo=cameo, source="BOL", target=target)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru questioned Chile's commitment to the fishing accord.", "111", "PER", "CHL"),
    ("Peru took Chile to task over its treatment of migrants.", "111", "PER", "CHL"),
    ("A Peruvian senator attacked Chile's president in a speech.", "111", "PERLEG", "CHL"),
    ("Peru branded the Chilean minister a liar.", "111", "PER", "CHL"),
    ("Peruvian police questioned the Chilean suspect.", "090", "PERCOP", "CHL"),
])
def test_verbal_attacks_and_questioning(code, sentence, cameo, source, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source=source, target=target)
    assert not find(events, root="19")


def test_a_requested_meeting_names_its_counterpart_as_target(code):
    events = code("Argentina requested a meeting with Chile's president.")
    assert find(events, root="02", source="ARG", target="CHL")


@pytest.mark.parametrize("sentence, cameo", [
    ("Peru ignored Chile's warnings.", "120"),
    ("Peru repudiated the treaty with Chile.", "127"),
    ("Peru denied Chile's request for extradition.", "120"),
    ("Peru refused entry to the Chilean ship.", "120"),
])
def test_ignoring_repudiating_and_denying_requests_reject(code, sentence, cameo):
    events = code(sentence)
    assert find(events, cameo=cameo, source="PER", target="CHL")
    assert not find(events, root="05") and not find(events, cameo="016")


def test_defying_an_ultimatum_does_not_issue_it_again(code):
    events = code("Peru defied Chile's ultimatum.")
    assert find(events, root="12", source="PER", target="CHL")
    assert not find(events, root="13")


@pytest.mark.parametrize("sentence", [
    "Chile said it would not rule out military action against Bolivia.",
    "Chile refused to rule out air strikes on Bolivian targets.",
])
def test_not_ruling_out_force_threatens_it(rules_code, sentence):
    # the rules' reading (the model retypes the second, with 'refused' in it, as a rejection)
    events = rules_code(sentence, date=None)
    assert find(events, cameo="138", source="CHL", target="BOL")
    assert not find(events, root="12") and not find(events, root="19", status="asserted")


def test_ruling_out_force_is_still_a_rejection(code):
    assert find(code("Chile ruled out military action against Bolivia."), root="12",
                source="CHL")


def test_troops_massed_on_a_border_face_the_country_across_it(code):
    events = code("Peru massed troops on the border with Ecuador.")
    assert find(events, root="15", source="PER", target="ECU")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Bolivian rebels took three Peruvian soldiers hostage.", "181", "BOLREB", "PERMIL"),
    ("Bolivian rebels took two Chilean engineers hostage on Monday.", "181", "BOLREB", "CHL"),
    ("Bolivian rebels executed a captured Peruvian soldier.", "1823", "BOLREB", "PERMIL"),
    ("Bolivian miners hurled stones at Peruvian police.", "145", "BOLLAB", "PERCOP"),
])
def test_hostages_executions_and_stone_throwing(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_violence_outside_a_partys_facility_is_aimed_at_the_party(code):
    events = code("A suicide bomber blew himself up outside the Chilean embassy in Lima.")
    assert find(events, root="18", target="CHL")
    assert not find(events, root="18", target="PER")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Students staged a sit-in at the Peruvian embassy in Santiago.", "141", "CHL", "PER"),
    ("Protesters burned Chilean flags in Lima.", "141", "PER", "CHL"),
    ("Peruvian fishermen protested against Chile's new maritime rules.", "141", "PER", "CHL"),
    ("Chile suspended trade with Bolivia.", "163", "CHL", "BOL"),
    ("Peru banned imports from Chile.", "163", "PER", "CHL"),
])
def test_sit_ins_flag_burning_popular_protest_and_trade_bans(code, sentence, cameo, source,
                                                             target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Colombia and Ecuador launched joint patrols along their border.", "062", "COL", "ECU"),
    ("Peru and Chile conducted a joint operation against drug traffickers.", "062", "CHL",
     "PER"),
])
def test_joint_patrols_and_operations(code, sentence, cameo, source, target):
    assert find(code(sentence), cameo=cameo, source=source, target=target)


def test_an_envoy_sent_visits(rules_code):
    # the rules' reading: the model, which has seen 'sent' mostly with aid, retypes it AID
    events = rules_code("Chile sent an envoy to Peru.", date=None)
    assert find(events, cameo="042", source="CHL", target="PER")


@pytest.mark.parametrize("sentence", [
    "The Peruvian army pushed Bolivian rebels out of the town.",
    "The Peruvian army drove back Bolivian rebels.",
])
def test_pushing_or_driving_out_an_enemy_is_force(code, sentence):
    assert find(code(sentence), root="19", source="PERMIL", target="BOLREB")


def test_pushing_back_against_criticism_is_no_force(code):
    assert not find(code("Peru pushed back against Chilean criticism."), root="19")


@pytest.mark.parametrize("sentence, root, target", [
    ("Peru stood by Chile during the crisis.", "05", "CHL"),
    ("Peru came to the defense of Chile.", "05", "CHL"),
    ("Peru came to the aid of Chile after the earthquake.", "07", "CHL"),
    ("Peru came to an agreement with Chile.", "05", "CHL"),
])
def test_standing_by_and_coming_to_the_aid_or_defense_of(code, sentence, root, target):
    assert find(code(sentence), root=root, source="PER", target=target)


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Chile said Peru was responsible for the attack on the border post.", "112", "PER"),
    ("Chile said Peru was to blame for the collapse of the talks.", "112", "PER"),
    ("Chile said Peru's remarks were unacceptable.", "111", "PER"),
    ("Chile said the Peruvian decision was illegal.", "111", "PER"),
])
def test_a_said_clause_blaming_or_faulting_a_party(code, sentence, cameo, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source="CHL", target=target)
    assert not find(events, root="11", source="PER")


def test_a_said_clause_clearing_a_party_blames_nobody(code):
    assert not find(code("Chile said Peru was not responsible for the attack."), root="11")


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Bolivia leveled fresh accusations at Chile.", "112", "CHL"),
    ("Bolivia hurled insults at the Chilean president.", "111", "CHL"),
    ("Bolivia lodged a complaint with the WTO against Chile.", "114", "CHL"),
])
def test_accusations_leveled_insults_hurled_and_complaints_against(code, sentence, cameo,
                                                                  target):
    assert find(code(sentence), cameo=cameo, source="BOL", target=target)


@pytest.mark.parametrize("sentence, target", [
    ("Chile moved tanks to the Peruvian border.", "PER"),
    ("Chile bolstered its military presence along the Peruvian border.", "PER"),
    ("Chile called up 5,000 reservists.", None),
])
def test_forces_moved_bolstered_or_called_up_mobilize(code, sentence, target):
    events = code(sentence)
    assert find(events, cameo="154", source="CHL", target=target)
    assert all((e["target"] or {}).get("text") != "5,000 reservists" for e in events)


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Ecuador agreed to Colombian demands for an investigation.", "083", "COL"),
    ("Ecuador lifted its travel warning for Colombia.", "081", "COL"),
    ("Ecuador opened its airspace to Colombian flights.", "081", "COL"),
    ("Ecuador reopened its embassy in Bogota.", "054", "COL"),
    ("Ecuador ceded control of the port to Colombia.", "080", "COL"),
])
def test_acceding_lifting_warnings_opening_and_ceding_yield(code, sentence, cameo, target):
    events = code(sentence)
    assert find(events, cameo=cameo, source="ECU", target=target)
    assert not find(events, root="16")


def test_helping_a_party_do_something_targets_it_in_either_parse(code):
    assert find(code("Argentina is ready to help Chile fight the fires."), root="03",
                source="ARG", target="CHL")


@pytest.mark.parametrize("sentence, cameo, status, act", [
    ("Chile hopes to resume talks with Bolivia.", "036", None, "046"),
    ("Chile is expected to sign a trade deal with Bolivia next week.", "057", "planned", "057"),
])
def test_hoped_and_expected_acts_have_not_happened(code, sentence, cameo, status, act):
    events = code(sentence)
    assert find(events, cameo=cameo, source="CHL", target="BOL", status=status)
    assert not find(events, cameo=act, status="asserted")


def test_leaving_a_deal_with_a_party_targets_it_and_the_deal_is_off(code):
    events = code("Chile pulled out of the fishing agreement with Peru.")
    assert find(events, root="08", source="CHL", target="PER")
    assert not find(events, root="05", status="asserted")


def test_suspending_military_operations_deescalates_not_cuts_aid(code):
    events = code("Bolivian rebels said they were suspending military operations against Chile.")
    assert find(events, root="08", target="CHL")
    assert not find(events, root="16")


def test_a_passive_act_names_its_target_on_the_verb(code):
    events = code("Sanctions were imposed on Bolivia by Chile.")
    assert find(events, root="16", source="CHL", target="BOL")


def test_the_ministers_of_two_countries_act_together(code):
    events = code("The foreign ministers of Peru and Bolivia discussed trade.")
    assert find(events, root="04", source="PER", target="BOL")
    assert find(events, root="04", source="BOL", target="PER")


def test_calling_for_an_act_by_a_party_asks_that_party(code):
    events = code("Peru called for the release of its detained fishermen by Chile.")
    assert find(events, root="02", source="PER", target="CHL")


def test_calling_for_a_ceasefire_between_two_parties_asks_both(code):
    events = code("Brazil called for an immediate ceasefire between Peru and Ecuador.")
    assert find(events, root="02", source="BRA", target="PER")
    assert find(events, root="02", source="BRA", target="ECU")


def test_tear_gas_fired_is_a_weapon_not_a_target(code):
    events = code("Chilean police fired tear gas.")
    assert find(events, root="19", source="CHLCOP")
    assert all((e["target"] or {}).get("text") != "tear gas" for e in events)


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Chile handed over evidence to Peruvian prosecutors.", "064", "PER"),
    ("Chile invested $2 billion in Peruvian mines.", "061", "PER"),
    ("Chile lifted visa requirements for Peruvian tourists.", "081", "PER"),
])
def test_evidence_handed_over_investment_and_lifted_requirements(code, sentence, cameo,
                                                                 target):
    assert find(code(sentence), cameo=cameo, source="CHL", target=target)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Bolivia ordered two Chilean diplomats to leave the country.", "166", "BOL", "CHL"),
    ("Bolivia kicked out two Chilean diplomats.", "166", "BOL", "CHL"),
    ("Peru expelled UN inspectors.", "1662", "PER", "IGO"),
    ("Bolivia expelled Chilean workers.", "174", "BOL", "CHL"),
    ("Peru took Chile to the International Court of Justice.", "115", "PER", "CHL"),
    ("Lima played host to the Bolivian foreign minister on Tuesday.", "043", "PER", "BOL"),
    ("Argentina threw its weight behind Bolivia's bid for sea access.", "051", "ARG", "BOL"),
    ("Chile staged naval drills off the Peruvian coast.", "152", "CHL", None),
    ("Peru pulled the plug on a gas pipeline deal with Bolivia.", "127", "PER", "BOL"),
    ("Peru suspended military cooperation with Chile.", "161", "PER", "CHL"),
    ("Peru banned Chilean imports of fruit.", "163", "PER", "CHL"),
    ("The Peruvian president visited La Paz on Monday.", "042", "PER", "BOL"),
    ("Chile recognized the new government in Lima.", "054", "CHL", "PER"),
    ("Bolivia shared intelligence with Peru on drug cartels.", "064", "BOL", "PER"),
    ("Chile sent two planes loaded with medicine to Peru.", "073", "CHL", "PER"),
    ("Brazil dispatched trucks laden with supplies to Bolivia.", "073", "BRA", "BOL"),
])
def test_idioms_capitals_and_cargo(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_a_cancelled_deal_is_no_deal(rules_code):
    events = rules_code("Peru pulled the plug on a gas pipeline deal with Bolivia.")
    assert not find(events, root="05")


def test_two_parties_restoring_relations_restore_them_with_each_other(rules_code):
    events = rules_code("Chile and Peru restored diplomatic relations.")
    assert find(events, cameo="054", source="CHL", target="PER")
    assert find(events, cameo="054", source="PER", target="CHL")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru blamed the attack on Chilean forces.", "112", "PER", "CHLMIL"),
    ("The attack, which Peru blamed on Chilean forces, killed four civilians.", "112", "PER",
     "CHLMIL"),
    ("Chile reopened its border with Peru on Friday.", "081", "CHL", "PER"),
    ("Chile reopened its embassy in Lima.", "054", "CHL", "PER"),
    ("Peruvian border guards turned back hundreds of Bolivian migrants.", "174", "PER", "BOL"),
    ("Peru stepped up security along its border with Chile.", "152", "PER", "CHL"),
    ("Peru's president ordered troops to the border with Ecuador.", "154", "PER", "ECU"),
    ("Chile refused to commit to direct assistance to Peru.", "122", "CHL", "PER"),
    ("Bolivia refused to agree to talks with Chile.", "125", "BOL", "CHL"),
])
def test_blame_borders_and_refused_commitments(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_an_attack_blamed_on_a_party_is_that_partys(rules_code):
    events = rules_code("Peru blamed the attack on the embassy on Chilean forces.")
    assert find(events, root="19", source="CHLMIL")
    assert not find(events, root="19", target="CHL")


def test_any_incursion_warned_against_has_not_happened(rules_code):
    events = rules_code("Peru warned that it would respond forcefully to any Chilean incursion.")
    assert events and not [e for e in events if e["cameo_root"] != "13" and
                           e["status"] == "asserted"]


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("A Chilean judge ordered two Peruvian officers jailed.", "173", "CHLJUD", "PER"),
    ("The Chilean authorities ordered two Bolivian newspapers to suspend publication.", "172",
     "CHLGOV", "BOLMED"),
    ("Two Bolivian newspapers were ordered to suspend publication.", "172", None, "BOLMED"),
    ("Peru dropped its investigation of Chilean officials.", "081", "PER", "CHL"),
    ("The Peruvian president on Monday shortened by two hours the nightly curfew imposed in "
     "Lima.", "081", "PERGOV", None),
    ("Peruvian planes dropped bombs on rebel camps in Bolivia.", "195", "PER", "BOL"),
    ("Chile is the largest donor of humanitarian aid to Bolivia.", "070", "CHL", "BOL"),
    ("Bolivian rebels have received logistical and financial support from Peru.", "070", "PER",
     "BOLREB"),
])
def test_orders_dropped_probes_bombs_and_donors(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_a_dropped_investigation_is_not_under_way(rules_code):
    events = rules_code("Peru dropped its investigation of Chilean officials.")
    assert not find(events, root="09", status="asserted")


def test_the_ordered_party_is_coerced_not_the_coercer(rules_code):
    events = rules_code("The Chilean authorities ordered two Bolivian newspapers to suspend "
                        "publication.")
    assert not find(events, root="17", source="BOL")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Chile and Peru exchanged views on the border dispute.", "040", "PER", "CHL"),
    ("The Bolivian foreign minister flew to Lima for talks.", "042", "BOLGOV", "PER"),
    ("The Bolivian delegation walked out of the talks with Chile.", "143", "BOLGOV", "CHL"),
])
def test_views_trips_and_walkouts(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


@pytest.mark.parametrize("sentence", [
    "The Chilean minister is due to visit La Paz next week.",
    "The Chilean minister is scheduled to visit La Paz next week.",
])
def test_a_scheduled_visit_is_the_visit_planned(rules_code, sentence):
    assert find(rules_code(sentence), cameo="042", source="CHLGOV", target="BOL",
                status="planned")


def test_a_failed_agreement_on_a_topic_is_no_agreement(rules_code):
    events = rules_code("Chile and Bolivia failed to reach an agreement on water rights.")
    assert find(events, cameo="127", source="CHL", target="BOL")
    assert not find(events, root="05")


def test_the_topic_of_a_deal_is_not_a_party_to_it(rules_code):
    events = rules_code("Chile and Bolivia failed to sign a deal on the fate of Bolivian "
                        "migrants.")
    assert find(events, cameo="127", source="CHL", target="BOL")
    assert not [e for e in events if (e["target"] or {}).get("text") == "Bolivian migrants"]


def test_fighting_between_two_parties_is_a_noun(rules_code):
    events = rules_code("Fighting between Peruvian troops and Bolivian rebels left ten dead.")
    assert find(events, root="19", source="PERMIL", target="BOLREB")


@pytest.mark.parametrize("sentence", [
    "In a statement, Bolivia condemned what it called Chilean aggression.",
    "Peru denounced what it described as Chilean provocations.",
])
def test_what_a_party_called_something_is_what_it_condemned(rules_code, sentence):
    events = rules_code(sentence)
    assert find(events, cameo="111", target="CHL")


@pytest.mark.parametrize("headline, cameo, source, target", [
    ("Chile Expels Two Peruvian Diplomats", "166", "CHL", "PER"),
    ("Peru Lifts Ban on Chilean Fruit", "085", "PER", "CHL"),
    ("Bolivia Recalls Ambassador From Chile", "161", "BOL", "CHL"),
    ("Chile Urges Peru to Release Fishermen", "020", "CHL", "PER"),
])
def test_a_headline_in_the_body_is_read_in_sentence_case(rules_code, headline, cameo, source,
                                                         target):
    text = f"Santiago news digest\n\n{headline}\n\nMore to follow."
    assert find(rules_code(text), cameo=cameo, source=source, target=target)


def test_a_sentence_full_of_names_keeps_its_capitals(rules_code):
    events = rules_code("Chilean Foreign Minister Alberto Van Klaveren met Peruvian Prime "
                        "Minister Gustavo Adrianzen in Lima.")
    assert any((e["target"] or {}).get("text", "").startswith("Peruvian Prime Minister")
               for e in events)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru joined the Chilean-led coalition against drug trafficking.", "060", "PER", "CHL"),
    ("Peru waived visa requirements for Bolivian citizens.", "081", "PER", "BOL"),
    ("Chile granted Bolivia access to its ports.", "081", "CHL", "BOL"),
    ("Peru agreed to buy natural gas from Bolivia.", "031", "PER", "BOL"),
    ("The Chilean army pulled back from the disputed hill.", "0872", "CHLMIL", None),
    ("Peru accepted Chile's apology.", "056", "PER", "CHL"),
    ("Chile apologized for the killing of a Peruvian fisherman.", "190", "CHL", "PER"),
    ("Peru backed away from the trade deal with Chile.", "127", "PER", "CHL"),
])
def test_coalitions_waivers_purchases_and_apologies(rules_code, sentence, cameo, source,
                                                    target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_a_threat_backed_down_from_is_withdrawn(rules_code):
    events = rules_code("Bolivia backed down from its threat to cut gas supplies to Chile.")
    assert find(events, root="08", source="BOL")
    assert not find(events, root="13", status="asserted")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("The Chilean president received a phone call from his Peruvian counterpart.", "041",
     "PERGOV", "CHLGOV"),
    ("Chile won praise from Peru for its help after the floods.", "051", "PER", "CHL"),
    ("Peru earned a rebuke from Chile.", "111", "CHL", "PER"),
    ("Peru got a warning from Chile.", "130", "CHL", "PER"),
])
def test_an_act_received_from_a_party_is_that_partys(rules_code, sentence, cameo, source,
                                                     target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Chile sent a diplomatic note to Peru demanding an explanation.", "100", "CHL", "PER"),
    ("Chile sent a letter to Bolivia protesting the arrests.", "114", "CHL", "BOL"),
    ("Bolivia's foreign ministry issued a protest note to Chile.", "114", "BOLGOV", "CHL"),
])
def test_a_message_says_it_to_its_addressee(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_telling_a_party_to_act_demands_it(rules_code):
    events = rules_code("The Chilean minister told Peru to withdraw its troops.")
    assert find(events, root="10", source="CHLGOV", target="PER")
    assert not find(events, root="08")  # the withdrawal is demanded, not reported


def test_telling_reporters_a_fact_is_no_demand(rules_code):
    assert not find(rules_code("Chile told reporters that Peru had lied."), root="10")


@pytest.mark.parametrize("sentence, status", [
    ("Bolivian troops allegedly shot two Chilean farmers.", "alleged"),
    ("Peru reportedly arrested three Chilean spies.", "reported"),
    ("Chile is unlikely to send troops to Bolivia.", "hypothetical"),
])
def test_hedged_acts_keep_their_hedge(rules_code, sentence, status):
    events = [e for e in rules_code(sentence) if e["cameo_root"] in ("19", "17", "07")]
    assert events and all(e["status"] == status for e in events)


def test_a_thwarted_plot_did_not_happen_and_is_not_the_thwarters(rules_code):
    events = rules_code("Chile thwarted a plot to kill the Peruvian president.")
    assert find(events, root="19", target="PERGOV", status="negated")
    assert not find(events, root="19", source="CHL")


def test_its_navy_is_the_navy_of_the_party_speaking(rules_code):
    events = rules_code("Chile denied that its navy had fired on Peruvian boats.")
    assert find(events, root="19", source="CHLMIL", target="PER", status="negated")


def test_ministers_of_three_countries_meet_each_other(rules_code):
    events = rules_code("The foreign ministers of Chile, Peru and Bolivia met in Quito.")
    for source, target in [("CHL", "BOL"), ("BOL", "PER"), ("PER", "CHL")]:
        assert find(events, root="04", source=source, target=target)


@pytest.mark.parametrize("sentence, root, target", [
    ("Chile, along with Peru, urged Bolivia to negotiate.", "02", "BOL"),
    ("Chile fought together with Peru against Bolivia.", "19", "BOL"),
])
def test_a_party_along_with_the_doer_does_it_too(rules_code, sentence, root, target):
    events = rules_code(sentence)
    assert find(events, root=root, source="CHL", target=target)
    assert find(events, root=root, source="PER", target=target)
    assert not find(events, target="PER")


def test_a_party_along_with_the_object_undergoes_it_too(rules_code):
    events = rules_code("The Peruvian president pardoned the Chilean spy along with two "
                        "Bolivian smugglers.")
    assert find(events, root="08", source="PERGOV", target="BOL")
    assert find(events, root="08", source="PERGOV", target="CHL")


@pytest.mark.parametrize("sentence, target", [
    ("Chile conducted a missile test off the Peruvian coast.", "PER"),
    ("Bolivia held a military parade near the Chilean border.", "CHL"),
    ("Bolivia test-fired a rocket toward Chilean waters.", "CHL"),
    ("Chile detonated a nuclear device.", None),
])
def test_shows_of_force_demonstrate_military_power(rules_code, sentence, target):
    assert find(rules_code(sentence), cameo="150", target=target)


@pytest.mark.parametrize("sentence", [
    "Under the agreement with Peru, Chile will return the islands.",
    "The terms of the ceasefire with Peru were unclear.",
    "Chile pressed its case in the negotiations surrounding the fishing deal with Peru.",
])
def test_an_accord_cited_is_not_an_accord_made(rules_code, sentence):
    assert not [e for e in rules_code(sentence) if e["cameo"] in ("057", "0871")]


@pytest.mark.parametrize("sentence, target", [
    ("Chile reneged on the water deal with Bolivia.", "BOL"),
    ("Peru backtracked on the ceasefire with Chile.", "CHL"),
])
def test_reneging_on_a_deal_rejects_it(rules_code, sentence, target):
    assert find(rules_code(sentence), cameo="127", target=target)


@pytest.mark.parametrize("sentence", [
    "Bolivia apologized to Chile for one of its patrol boats intercepting a Chilean ship.",
    "Chile said that they had threatened to target Chilean ports.",
])
def test_a_pronoun_doer_is_never_its_own_target(rules_code, sentence):
    events = rules_code(sentence)
    assert find(events, target="CHL")
    assert not [e for e in events if (e["source"] or {}).get("code") == "CHL" and
                (e["target"] or {}).get("code") == "CHL"]


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Chile met all of Peru's demands.", "083", "CHL", "PER"),
    ("The talks between Chile and Peru failed to produce an agreement.", "127", "CHL", "PER"),
    ("Chile will not attend the summit in Lima.", "125", "CHL", None),
])
def test_demands_met_and_accords_not_reached(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_a_trip_refused_refuses_its_purpose(rules_code):
    events = rules_code("The Peruvian president said he will not travel to Santiago to meet his "
                        "Chilean counterpart.")
    assert find(events, root="12", source="PERGOV", target="CHL")
    assert not find(events, root="04")


def test_a_summit_not_attended_is_not_an_intent_to_meet(rules_code):
    assert not find(rules_code("Chile will not attend the summit in Lima."), root="03")


@pytest.mark.parametrize("sentence, target", [
    ("The Peruvian government called the Chilean claims baseless.", "CHL"),
    ("Chile described the Bolivian move as hostile.", "BOL"),
    ("Chile said Peru's claims were baseless.", "PER"),
])
def test_faulting_a_partys_doings_criticizes_it(rules_code, sentence, target):
    assert find(rules_code(sentence), cameo="111", target=target)


def test_a_threat_names_the_party_of_its_condition(rules_code):
    events = rules_code("Chile warned that it would retaliate if Peru attacked its ships.")
    assert find(events, root="13", source="CHL", target="PER")


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Peru supplied Bolivia with fuel during the shortage.", "070", "PER", "BOL"),
    ("Chile deployed firefighters to help Peru battle the blazes.", "073", "CHL", "PER"),
    ("Chile welcomed Peruvian refugees.", "075", "CHL", "PER"),
    ("Peru hosted thousands of Bolivian refugees.", "075", "PER", "BOL"),
])
def test_supplies_helpers_and_refugees_taken_in(rules_code, sentence, cameo, source, target):
    assert find(rules_code(sentence), cameo=cameo, source=source, target=target)


def test_battling_blazes_is_no_violence(rules_code):
    events = rules_code("Chile deployed firefighters to help Peru battle the blazes.")
    assert not find(events, root="19") and not find(events, root="15")
