"""Actors: name variants merged, titles stripped, roles collected."""

from __future__ import annotations

import re

import pytest


def actor_named(result: dict, name: str) -> dict:
    for actor in result["actors"]:
        if actor["name"] == name:
            return actor
    raise AssertionError(f"no actor {name!r}: {[a['name'] for a in result['actors']]}")


def test_variants_merge_into_the_fullest_name(run):
    r = run(
        "Der russische Präsident Wladimir Putin sprach in Moskau. Präsident W. Putin sagte, "
        "er sei bereit. Putins Sprecher bestätigte das. Herr Putin schwieg danach."
    )
    putin = actor_named(r, "Wladimir Putin")
    assert putin["label"] == "PER"
    assert "W. Putin" in putin["aliases"]
    assert len(putin["mentions"]) >= 3
    assert sum(1 for a in r["actors"] if a["name"].endswith("Putin")) == 1


def test_titles_are_not_part_of_names_and_roles_are_kept(run):
    r = run("Kremlsprecher Dmitri Peskow und der russische Außenminister Sergej Lawrow reisten ab.")
    peskow = actor_named(r, "Dmitri Peskow")
    assert "Kremlsprecher" in peskow["roles"]
    lawrow = actor_named(r, "Sergej Lawrow")
    assert "russischer Außenminister" in lawrow["roles"]


def test_a_role_and_its_preposition_are_no_person(run):
    r = run(
        "Der Markt werde steigen, sagt James Butterfill, Chefökonom von ETF Securities. Der "
        "Einbruch sei kein Grund zur Sorge, sagt der Ökonom."
    )
    persons = {e["text"] for e in r["entities"] if e["label"] == "PER"}
    assert persons == {"James Butterfill"}
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["James Butterfill"] * 2


def test_honorific_is_stripped_from_entity(run):
    r = run("Herr Donald Trump gewann die Wahl. Frau Kamala Harris gratulierte.")
    texts = {e["text"] for e in r["entities"] if e["label"] == "PER"}
    assert "Donald Trump" in texts
    assert not any(t.startswith(("Herr", "Frau")) for t in texts)


def test_different_first_names_stay_apart(run):
    r = run("Joe Biden und seine Frau Jill Biden reisten nach Paris. Joe Biden sprach dort.")
    names = {a["name"] for a in r["actors"] if a["label"] == "PER"}
    assert {"Joe Biden", "Jill Biden"} <= names


def test_recurring_surname_is_a_person(run):
    r = run("Der Abgeordnete Kevin Kühnert sprach zuerst. Danach antwortete Kühnert auf Fragen.")
    kuehnert = actor_named(r, "Kevin Kühnert")
    assert len(kuehnert["mentions"]) == 2


def test_a_name_the_model_missed_is_the_actor_of_its_surname_and_the_speaker(run):
    # The model tags neither "Sampo" nor the first "Terho"; the comma apposition after a role
    # phrase makes the name certain, and "sagte Terho" is then the same person.
    r = run(
        "Die Entscheidung sei hart gewesen, sagte der Fraktionschef der Wahren Finnen, Sampo "
        "Terho, am Donnerstag nach dem Votum. Wir haben mit zusammengebissenen Zähnen "
        "zugestimmt, sagte Terho."
    )
    terho = actor_named(r, "Sampo Terho")
    assert len(terho["mentions"]) == 2
    speakers = [
        (q["speaker"]["text"], q["speaker"]["name"], q["speaker"]["actor"]) for q in r["quotes"]
    ]
    assert speakers == [
        ("Sampo Terho", "Sampo Terho", terho["id"]),
        ("Terho", "Sampo Terho", terho["id"]),
    ]


def test_dateline_agency_is_an_organisation(run):
    r = run("Berlin (dpa) – Die Bundesregierung hat am Montag neue Hilfen beschlossen.")
    assert ("dpa", "ORG") in {(e["text"], e["label"]) for e in r["entities"]}
    r = run("Wien (APA/AFP) – Die Regierung tagte.")
    orgs = {e["text"] for e in r["entities"] if e["label"] == "ORG"}
    assert {"APA", "AFP"} <= orgs


def test_a_verb_before_the_office_is_not_part_of_the_role(run):
    r = run("Am selben Tag bekräftigte Kremlsprecher Dmitri Peskow, dass ein Treffen geplant sei.")
    assert actor_named(r, "Dmitri Peskow")["roles"] == ["Kremlsprecher"]


def test_known_institutions_and_media_are_organisations(run):
    r = run(
        "Das Außenministerium in Warschau bestellte den Botschafter ein, berichtete der "
        "Sender TVN24. Auch der ORF und die Süddeutsche Zeitung berichteten."
    )
    orgs = {e["text"] for e in r["entities"] if e["label"] == "ORG"}
    assert {"Außenministerium", "ORF", "Süddeutsche Zeitung"} <= orgs


def test_compounds_of_institution_heads_are_organisations(run):
    r = run(
        "Die Pensionskommission empfiehlt eine Anhebung des Pensionsalters. Die "
        "Generalprokuratur in Wien hat die Ermittlungen eingestellt. Die Pressekonferenz "
        "fand im Landesrechnungshof statt."
    )
    orgs = {e["text"] for e in r["entities"] if e["label"] == "ORG"}
    assert orgs == {"Pensionskommission", "Generalprokuratur", "Landesrechnungshof"}


def test_a_parliamentary_group_compound_is_an_organisation(run):
    r = run("Das Innenministerium antwortete auf eine Kleine Anfrage der Linksfraktion.")
    orgs = {e["text"] for e in r["entities"] if e["label"] == "ORG"}
    assert "Linksfraktion" in orgs


def test_federal_compounds_of_office_heads_are_organisations(run):
    # "Bundes…" makes an office head one body; without it the head is a kind of office
    r = run(
        "Die Beschwerde landete bei der Bundeswettbewerbsbehörde. Das Bundesdenkmalamt "
        "prüft den Bau. Das zuständige Finanzamt meldete sich nicht."
    )
    orgs = {e["text"] for e in r["entities"] if e["label"] == "ORG"}
    assert orgs == {"Bundeswettbewerbsbehörde", "Bundesdenkmalamt"}


def test_lone_surname_of_a_person_is_a_person(run):
    r = run(
        "Chinas Präsident Xi Jinping besucht die USA. Xi sagte in Seattle, sein Land sei "
        "selbst Opfer von Hackerangriffen."
    )
    labels = {e["text"]: e["label"] for e in r["entities"]}
    assert labels.get("Xi") == "PER"


def test_adjectives_and_role_compounds_are_not_entities(run):
    r = run("Der US-Vertreter sagte, die chinesische Regierung werde zustimmen.")
    texts = {e["text"] for e in r["entities"]}
    assert "US-Vertreter" not in texts and "chinesische" not in texts


def test_known_places_and_their_genitive(run):
    r = run("Die Regierung Chinas reagierte gelassen. In China selbst blieb es ruhig.")
    locs = [(e["text"], e["label"]) for e in r["entities"] if e["label"] == "LOC"]
    assert locs == [("China", "LOC"), ("China", "LOC")]


def test_place_lexicon_leaves_longer_names_alone(run):
    r = run("Der Präsident George Washington gründete die Stadt nicht.")
    assert not any(e["text"] == "Washington" and e["label"] == "LOC" for e in r["entities"])


def test_genitive_of_a_family_name_first_name(run):
    # "Xi Jinping" makes "Xi" a family name; its genitive "Xis" must not break the layer.
    r = run("Chinas Präsident Xi Jinping reist nach Seattle. Xis Besuch dauert drei Tage.")
    assert any(e["label"] == "PER" and e["text"].startswith("Xi") for e in r["entities"])


def test_unmistakable_genitive_endings_are_not_part_of_names(run):
    r = run(
        "Ein Sprecher des US-Außenministeriums äußerte sich. Großbritanniens Cheftrainer "
        "Heiko Salzwedel schwieg."
    )
    texts = {e["text"] for e in r["entities"] if e["label"] in ("ORG", "LOC")}
    assert "Großbritannien" in texts and "Großbritanniens" not in texts


def test_genitive_es_of_a_known_name_is_stripped_whole(run):
    r = run("Das geplante Aus für den Stützpunkt des Bundesheeres stößt auf Widerstand.")
    assert ("Bundesheer", "ORG") in {(e["text"], e["label"]) for e in r["entities"]}


def test_small_towns_from_the_gazetteer_are_places(run):
    r = run(
        "Die Gemeinden Gablitz und Zwölfaxing kommen zum Bezirk Bruck an der Leitha, "
        "Gerasdorf bei Wien dagegen nach Korneuburg."
    )
    locs = {e["text"] for e in r["entities"] if e["label"] == "LOC"}
    assert {"Gablitz", "Zwölfaxing", "Bruck an der Leitha", "Gerasdorf bei Wien"} <= locs


def test_gazetteer_has_no_genitive_forms(run):
    # "Bunde" is a town; "des Bundes" is the federation, not its genitive.
    r = run("Die Zuschüsse des Bundes reichen nicht, sagte der Bürgermeister.")
    assert not any(e["text"] == "Bunde" for e in r["entities"])


def test_entity_with_a_comma_is_split(run):
    r = run("Recherchen von NDR, WDR und Süddeutscher Zeitung haben das ergeben.")
    assert not any("," in e["text"] for e in r["entities"])


def test_lone_role_noun_is_not_an_organisation(run):
    r = run("Der Landeschef kritisierte die Vorgangsweise des Ministers.")
    assert not any(e["text"] == "Landeschef" for e in r["entities"])


def test_a_gazetteer_place_the_model_calls_org_is_a_place(run):
    r = run("Der Bürgermeister von St. Pölten, Matthias Stadler, begrüßte die Reform.")
    labels = {e["text"]: e["label"] for e in r["entities"]}
    assert labels == {"St. Pölten": "LOC", "Matthias Stadler": "PER"}


def test_organisation_in_the_genitive_is_linked_to_its_actor(run):
    r = run(
        "Wie ein Sprecher des Finanzministeriums am Sonntag bestätigte, prüft das Haus die "
        "Vorschläge."
    )
    ents = [e for e in r["entities"] if e["label"] == "ORG"]
    assert [e["text"] for e in ents] == ["Finanzministerium"]
    actor = next(a for a in r["actors"] if a["id"] == ents[0]["actor"])
    assert actor["name"] == "Finanzministerium"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "„Wir werden jeden Euro prüfen“, kündigte Oppositionsführer Dennis Thering an.",
            "Dennis Thering",
            "Oppositionsführer",
        ),
        (
            "„Die Lage ist ernst“, sagte die Virologin Sandra Ciesek am Montag.",
            "Sandra Ciesek",
            "Virologin",
        ),
    ],
)
def test_more_role_nouns(run, sentence, name, role):
    actor = next(a for a in run(sentence)["actors"] if a["name"] == name)
    assert role in actor["roles"]


def test_a_place_s_office_is_no_person_name(run):
    r = run(
        "Kärntens Landeshauptmann Peter Kaiser (SPÖ) fordert eine Reform der Landesverfassung. "
        "Diesmal führe kein Weg mehr an einer Debatte vorbei, sagte Kärntens Landeshauptmann."
    )
    people = [a["name"] for a in r["actors"] if a["label"] == "PER"]
    assert people == ["Peter Kaiser"]
    assert r["quotes"][0]["speaker"]["name"] == "Peter Kaiser"


def test_hyphenated_title_before_a_full_name_is_a_role_not_part_of_it(run):
    r = run(
        "Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowotny warnt vor einer "
        "Wettbewerbsverzerrung. Das muss man auch konsequent durchziehen, sagte der EZB-Rat."
    )
    actor = next(a for a in r["actors"] if a["label"] == "PER")
    assert actor["name"] == "Ewald Nowotny"
    assert "EZB-Rat" in actor["roles"]
    assert r["quotes"][0]["speaker"]["name"] == "Ewald Nowotny"


def test_double_first_name_is_kept(run):
    r = run("Der SPÖ-Abgeordnete Hans-Peter Martin sagte, er sei mit dem Ergebnis zufrieden.")
    assert [a["name"] for a in r["actors"] if a["label"] == "PER"] == ["Hans-Peter Martin"]


def test_tweet_link_before_a_name_is_not_part_of_it(run):
    r = run(
        "Der Biochemiker Tim Hunt hatte auf einer Tagung gesprochen. I'm a chauvinist "
        "pic.twitter.com/Z9NhykaTPv Hunt entschuldigte sich später in einer Radiosendung."
    )
    assert [a["name"] for a in r["actors"] if a["label"] == "PER"] == ["Tim Hunt"]


def test_two_titles_before_a_name_are_both_roles(run):
    r = run(
        "Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowotny warnt vor einer "
        "Wettbewerbsverzerrung. Es sei richtig, die Banken zu beteiligen, sagte der "
        "OeNB-Gouverneur."
    )
    actor = next(a for a in r["actors"] if a["label"] == "PER")
    assert actor["roles"] == ["OeNB-Gouverneur", "EZB-Rat"]
    assert r["quotes"][0]["speaker"]["name"] == "Ewald Nowotny"


def test_title_with_an_article_is_no_person_entity(run):
    r = run(
        "EZB-Rat Ewald Nowotny sprach in Alpbach. Das muss man auch konsequent durchziehen, "
        "sagte der EZB-Rat in Alpbach."
    )
    assert [e["text"] for e in r["entities"] if e["label"] == "PER"] == ["Ewald Nowotny"]


def test_surname_that_reads_as_a_common_word_completes_the_first_name(run):
    r = run(
        "Außenminister Sebastian Kurz reiste am Montag nach Sarajevo. Kurz sagte, dass er "
        "nicht hoffe, dass es dazu komme."
    )
    assert [a["name"] for a in r["actors"] if a["label"] == "PER"] == ["Sebastian Kurz"]
    assert r["quotes"][0]["speaker"]["name"] == "Sebastian Kurz"


def test_bracketed_short_form_of_an_organisation_is_an_alias(run):
    r = run(
        "Die Burgenländische Landesholding GmbH (BLh) verwaltet das Vermögen. Die BLh hat 2012 "
        "die Anteile übernommen."
    )
    orgs = [(e["text"], e["actor"]) for e in r["entities"] if e["label"] == "ORG"]
    assert [t for t, _ in orgs] == ["Burgenländische Landesholding GmbH", "BLh", "BLh"]
    assert len({a for _, a in orgs}) == 1
    actor = next(a for a in r["actors"] if a["id"] == orgs[0][1])
    assert actor["name"] == "Burgenländische Landesholding GmbH"
    assert "BLh" in actor["aliases"]


def test_bracketed_short_form_the_model_called_a_place_is_the_organisation(run):
    r = run("Die Afrikanische Union (AU) nimmt offenbar Abstand von ihrem Plan.")
    assert ("AU", "ORG") in {(e["text"], e["label"]) for e in r["entities"]}
    # (a country code after a club stays a place)
    r = run("Im Finale traf HV71 Jönköping (SWE) auf die Vienna Capitals.")
    assert ("SWE", "LOC") in {(e["text"], e["label"]) for e in r["entities"]}


def test_an_office_used_as_a_title_is_a_role(run):
    # "Papst" is stripped from the name like "Herr", but it is also the office that a later
    # "der Papst" refers to.
    r = run(
        "Papst Franziskus traf am Sonntag in Quito ein und wurde von Präsident Rafael Correa "
        "empfangen. Wir müssen den Dialog fördern, sagte der Papst."
    )
    pope = actor_named(r, "Franziskus")
    assert pope["roles"] == ["Papst"]
    assert r["quotes"][0]["speaker"]["name"] == "Franziskus"


def test_family_name_first_of_a_three_word_name_joins_its_person(run):
    r = run(
        "UNO-Generalsekretär Ban Ki Moon hat den Angriff verurteilt. Ban forderte Aufklärung, "
        "die Verantwortlichen müssten bestraft werden."
    )
    assert [a["name"] for a in r["actors"] if a["label"] == "PER"] == ["Ban Ki Moon"]


def test_a_surname_shortened_to_its_initial_names_the_person_alone_too(run):
    r = run(
        "Verteidiger Rudolf Mayer liest aus einer SMS seines Mandanten Emanuel S. vor. Und S. "
        "hatte zum Unfallzeitpunkt rund 1,9 Promille, berechnet der Gutachter. Bei seinem "
        "Schlusswort sagt S. doch noch etwas: Ich muss mein Leben lang mit dieser Schuld leben."
    )
    s = actor_named(r, "Emanuel S.")
    assert len(s["mentions"]) == 3
    assert r["quotes"][-1]["speaker"]["name"] == "Emanuel S."


def test_an_initial_inside_an_abbreviation_is_no_person(run):
    r = run("Der Angeklagte Emanuel B. schwieg. Es fehlten z. B. Zeugen, sagte die Richterin.")
    assert [e["text"] for e in r["entities"] if e["label"] == "PER"] == ["Emanuel B."]


def test_a_foreign_article_stays_in_an_organisation_name(run):
    # "Le", "The" belong to the name; a German article before the name does not.
    r = run(
        "Die Zeitung Le Monde berichtete, der Präsident sei krank. Der Direktor der Zeitung "
        "The Times sagte, man prüfe das. Die UNO warnte, die Lage sei ernst."
    )
    names = {a["name"] for a in r["actors"] if a["label"] == "ORG"}
    assert {"Le Monde", "The Times", "UNO"} <= names
    assert r["quotes"][0]["speaker"]["name"] == "Le Monde"


def test_a_double_first_name_takes_the_gender_of_its_first_part():
    from quotex.actors import first_name_gender

    assert first_name_gender("Heinz-Christian") == "m"
    assert first_name_gender("Marie-Luise") == "f"
    assert first_name_gender("SPÖ-Chef") is None


def test_a_kinship_noun_gives_the_gender_of_the_name_after_it(run):
    # "Gao Ying" is in no first-name table: "Mutter" makes her a woman, so "er" is not her.
    r = run(
        "Liu Xiaobo ist zurück in Peking. Ungehindert auch der Besuch bei seiner kranken "
        "83-jährigen Mutter Gao Ying. Es geht ihr wieder besser, sagte er am Dienstag."
    )
    genders = {a["name"]: a["gender"] for a in r["actors"] if a["label"] == "PER"}
    assert genders.get("Gao Ying") == "f"
    assert r["quotes"][-1]["speaker"]["name"] == "Liu Xiaobo"


def test_a_subsidiary_is_no_daughter():
    from quotex.actors import kinship_gender

    assert kinship_gender("Schwiegertochter") == "f"
    assert kinship_gender("Lufthansa-Tochter") is None
    assert kinship_gender("Konzerntochter") is None


def test_a_one_word_name_tagged_twice_is_a_person_where_it_recurs(run):
    text = (
        "Papst Franziskus hat Ecuador besucht. Dies sei eine Schuld, die ganz Lateinamerika "
        "noch trage, sagte Franziskus. Für die Armut seien perverse Systeme verantwortlich, "
        "sagte Correa vor dem Papst. Pontifikale Metaphern Franziskus erwähnte den Vulkan "
        "Chimborazo."
    )
    r = run(text)
    starts = [e["start"] for e in r["entities"] if e["text"] == "Franziskus"]
    assert starts == [m.start() for m in re.finditer("Franziskus", text)]


def test_a_full_name_in_the_genitive_marks_its_bare_surname_elsewhere(run):
    r = run(
        "Die Abgeordneten haben eine Auslieferung Heinz-Christian Straches einstimmig "
        "abgelehnt. Strache hatte ein Foto des Fotografen als gestellt bezeichnet. Dagegen hat "
        "Strache Revision eingelegt."
    )
    persons = [(e["text"], e["label"]) for e in r["entities"] if e["label"] == "PER"]
    assert persons == [
        ("Heinz-Christian Strache", "PER"),
        ("Strache", "PER"),
        ("Strache", "PER"),
    ]


def test_a_lone_name_labelling_first_person_words_speaks(nlp):
    from quotex.actors import _speaks

    doc = nlp("Das Spiel ist offen. Fink: Wenn wir unsere Leistung bringen, kommen wir weiter.")
    i = next(t.i for t in doc if t.text == "Fink")
    assert _speaks(doc, i, i + 1)
    doc = nlp("Das Spiel ist offen. Fazit: Die Mannschaft muss sich steigern.")
    i = next(t.i for t in doc if t.text == "Fazit")
    assert not _speaks(doc, i, i + 1)


def test_a_full_name_before_the_noun_it_owns_drops_its_genitive_s(run):
    r = run("Es folgt Max Frischs Klassiker Homo Faber. Dann zeigt Wes Andersons filigranes Werk.")
    persons = {e["text"] for e in r["entities"] if e["label"] == "PER"}
    assert {"Max Frisch", "Wes Anderson"} <= persons


def test_a_surname_in_s_before_a_verb_or_after_ms_keeps_it(run):
    r = run(
        "Das Team um Kenneth De Baets untersuchte Koprolithen. Ein mit Mark Ruffalo und Rachel "
        "McAdams starbesetztes Drama gewann."
    )
    persons = {e["text"] for e in r["entities"] if e["label"] == "PER"}
    assert {"Kenneth De Baets", "Rachel McAdams"} <= persons


def test_a_surname_with_particles_recurs_as_the_person_in_the_genitive_too(run):
    r = run(
        "Der Grüne Alexander Van der Bellen tritt an. Wie Van der Bellens Wahlkampfleiter "
        "Lothar Lockl der APA erläuterte, soll der Entwurf am Montag übermittelt werden."
    )
    persons = [e["text"] for e in r["entities"] if e["label"] == "PER"]
    assert "Van der Bellen" in persons and "Van" not in persons
    assert r["quotes"][0]["speaker"]["name"] == "Lothar Lockl"


def test_a_particle_of_a_surname_names_no_one_alone(run):
    r = run(
        "FAO-Generaldirektor José Graziano da Silva sprach von einem Trend. Das entspricht "
        "30 Prozent. Der Bericht wurde von da Silva vorgestellt."
    )
    persons = [e["text"] for e in r["entities"] if e["label"] == "PER"]
    assert "Das" not in persons
    assert "da Silva" in persons


def test_a_first_name_after_a_role_takes_the_surname_the_article_repeats(run):
    r = run(
        "Unklar ist, wer Langzeitbürgermeister Heinz Schaden nachfolgen soll. Schaden ist seit "
        "1992 Mitglied der Stadtregierung. Tritt Schaden vor dem Wahltermin zurück, wird neu "
        "gewählt. Die Nachfolgerin von Schaden steht fest."
    )
    assert len(actor_named(r, "Heinz Schaden")["mentions"]) == 4
