"""Speaker attribution: which phrase of a quote's frame is its speaker, on real-looking German
news sentences (see test_quotes.py for the quotes themselves)."""

from __future__ import annotations


def speaker_of(result: dict) -> tuple[str | None, str | None]:
    """(mention text, name) of the speaker of the only quote."""
    assert len(result["quotes"]) == 1, [q["text"] for q in result["quotes"]]
    sp = result["quotes"][0]["speaker"]
    return (sp["text"], sp["name"]) if sp else (None, None)


# ---- the cue's clause --------------------------------------------------------------------


def test_coordinated_main_clause_has_its_own_subject(run):
    r = run(
        "Der Präsidentenrat für Menschenrechte stufte das Gesetz als verfassungswidrig ein, und "
        "das UN-Kinderhilfswerk UNICEF rief Russland auf, das Adoptionsverbot nicht durchzusetzen."
    )
    assert "UNICEF" in speaker_of(r)[0]


def test_a_colon_opens_the_clause_of_the_cue(run):
    r = run(
        "In Israel sorgt eine Rede von Generalmajor Yair Golan derzeit für Streit: Der "
        "Vize-Generalstabschef hatte vor einer Woche gesagt, es beunruhige ihn, widerliche "
        "Trends wahrzunehmen."
    )
    assert speaker_of(r)[0] == "Der Vize-Generalstabschef"


def test_coordinated_main_clause_without_comma(run):
    r = run(
        "Dies war nicht die erste gewalttätige Auseinandersetzung um die Blockaden und die "
        "Hongkonger befürchten, dass es auch nicht die letzte sein wird."
    )
    assert speaker_of(r)[0] == "die Hongkonger"


def test_fronted_subordinate_clause_holds_no_subject_of_the_cue(run):
    r = run(
        "Da die neu analysierten Funde aus verschiedenen Teilen Europas stammen, formulierten "
        "die Forscher die Hypothese, dass pflanzliche Nahrung eine größere Rolle spielte."
    )
    assert speaker_of(r)[0] == "die Forscher"
    r = run(
        "Während die Verhandlungen bereits nach dem ersten Treffen beendet waren, war das "
        "McCain-Lager bis zuletzt davon ausgegangen, dass es weitere Gespräche geben werde."
    )
    assert "McCain-Lager" in speaker_of(r)[0]


def test_parenthetical_so_frame_inside_the_sentence(run):
    r = run(
        "Der Grund für den Rauswurf dieser Minister, so vermutet die Zeitung The Guardian, "
        "dürfte deren Unterstützung für Hunt gewesen sein."
    )
    assert "Guardian" in speaker_of(r)[0]


def test_relative_clause_holding_the_cue(run):
    r = run(
        "Die Laudatio hielt die bekannte Feministin Alice Schwarzer, die den Mut der "
        "Preisträgerin hervorhob, der in ihrem Einsatz gegen die Zwangsheirat zum Ausdruck komme."
    )
    assert speaker_of(r)[1] == "Alice Schwarzer"


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_name(run):
    r = run(
        "Die Laudatio hielt die bekannte Feministin Alice Schwarzer, die den Mut der "
        "Preisträgerin hervorhob, der in ihrem Einsatz gegen die Zwangsheirat zum Ausdruck komme."
    )
    assert speaker_of(r) == ("die", "Alice Schwarzer")


def test_relative_source_word_is_the_mention(run):
    r = run(
        "Über die Todesursache ist wenig bekannt. Es gibt auch Gerüchte, nach denen der Musiker "
        "an Krebs litt."
    )
    assert speaker_of(r) == ("denen", "Gerüchte")
    r = run(
        "Der Staatsanwaltschaft liegt ein medizinisches Gutachten vor, laut dem der Junge in "
        "schwerer Weise misshandelt worden war."
    )
    assert speaker_of(r) == ("dem", "ein medizinisches Gutachten")


def test_relative_pronoun_agrees_with_its_antecedent(run):
    r = run(
        "Im Rahmen der Talkshow wurde ein islamistischer Prediger aus London zugeschaltet, der "
        "alle Nichtmoslems aufforderte, Israel nicht mehr zu unterstützen."
    )
    assert "Prediger" in speaker_of(r)[1]


def test_subject_after_a_complete_clause_and_an_apposition(run):
    r = run(
        "Kulturministerin Susanne Eisenmann wies diese Behauptung zurück, die bildungspolitische "
        "Sprecherin der Regierungsfraktion, Sandra Boser (Grüne), erklärte: „Neiddebatten sind "
        "völlig fehl am Platz.“"
    )
    assert speaker_of(r)[1] == "Sandra Boser"


def test_zumal_opens_a_subordinate_clause(run):
    r = run(
        "Zwar würde sie dem Angeklagten eine Bewährung zubilligen, zumal Verteidiger Wolfgang "
        "Dingfelder immer wieder betont hatte, der Angeklagte sei weder „dissozial“, noch habe "
        "er sich etwas zu schulden kommen lassen."
    )
    speakers = {q["speaker"]["name"] for q in r["quotes"] if q["speaker"]}
    assert speakers == {"Wolfgang Dingfelder"}


def test_demonstrative_pronoun_as_subject(run):
    r = run(
        "Der Wächterrat prüft die Beschwerden. Dieser bestätigte, dass auch der unterlegene "
        "Kandidat protestiert habe."
    )
    assert speaker_of(r)[0] == "Dieser"


# ---- word classes and German word order ----------------------------------------------------


def test_fronted_prepositional_phrase_is_no_subject(run):
    r = run(
        "Unter Berufung auf nicht näher bezeichnete Quellen gab die Bangkok Post an, dem "
        "Generalsekretär sei das Amt angeboten worden."
    )
    assert speaker_of(r)[0] == "Bangkok Post"
    r = run(
        "Auf den Vorwurf der CDU, es handele sich um einen sozialistischen Antrag, entgegneten "
        "die Unterstützer des Antrags, dass die Investoren eingebunden werden sollen."
    )
    assert speaker_of(r)[0] == "die Unterstützer des Antrags"


def test_relative_clause_closed_before_the_cue_does_not_hold_it(run):
    r = run(
        "Auf den Vorwurf der CDU, es handele sich um einen sozialistischen Antrag, mit dem man "
        "die Bauherren zum Guten zwingen wolle, entgegneten die Unterstützer des Antrags, dass "
        "die Investoren eingebunden werden sollen."
    )
    assert speaker_of(r)[0] == "die Unterstützer des Antrags"


def test_apposition_name_after_a_genitive_with_a_double_space(run):
    r = run(
        "Sollten die Separatisten weitere Gebiete erobern, werde dies zusätzliche Sanktionen "
        "nach sich ziehen, erklärte der Pressesprecher des  US-Außenministeriums, John Kirby."
    )
    assert speaker_of(r)[1] == "John Kirby"


def test_apposition_name_after_a_bracketed_abbreviation(run):
    r = run(
        "In einem Interview mit der New York Times erklärte der Direktor der Internationalen "
        "Atomenergie-Organisation (IAEO), Mohammed el-Baradei, Nordkorea besitze seiner Meinung "
        "nach vier bis sechs Atomwaffen."
    )
    assert speaker_of(r)[1] == "Mohammed el-Baradei"


def test_apposition_name_after_attributes_of_the_description(run):
    cases = {
        "Der Direktor der Behörde, Bagus Puruhito, teilte mit, dass die Suche fortgesetzt "
        "werde.": "Bagus Puruhito",
        "Der Fraktionsvorsitzende im niedersächsischen Landtag, Wolfgang Jüttner, forderte, "
        "dass Lenz zurücktrete.": "Wolfgang Jüttner",
        "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), sagte, er sei "
        "enttäuscht.": "Henning Scherf",
        "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, sagte, der Haushalt "
        "sei unsolide.": "Anja Hajduk",
        "Der stellvertretende Direktor der Indonesischen Such- und Rettungsagentur, Bambang "
        "Suryo Aji, sagte vor der Presse, dass vor der Insel Java Flugzeugtrümmer gefunden "
        "wurden.": "Bambang Suryo Aji",
        "Im Rahmen dieser Auseinandersetzungen sollen laut dem Chefankläger des Strafgerichts, "
        "Luis Moreno Ocampo, Folterungen begangen worden sein.": "Luis Moreno Ocampo",
    }
    for text, name in cases.items():
        assert speaker_of(run(text))[1] == name, text


def test_subject_after_the_auxiliary_of_the_main_clause(run):
    r = run(
        "In der Debatte um alternative Energieträger, die derzeit geführt wird, hat "
        "Verbraucher-Staatssekretär Matthias Berninger (Grüne) gefordert, größere Tankstellen "
        "zum Angebot von Biokraftstoffen zu zwingen."
    )
    assert speaker_of(r)[1] == "Matthias Berninger"


def test_capitalised_preposition_and_noun_despite_their_tags(run):
    r = run(
        "Von den Behörden in beiden Staaten wird angenommen, dass Drogenschmuggel zu dem "
        "Zwischenfall führte."
    )
    assert speaker_of(r)[0] == "den Behörden"
    r = run(
        "Vertreter der jemenitischen Armee werfen den Rebellen vor, Zivilisten als menschliche "
        "Schutzschilder zu missbrauchen."
    )
    assert speaker_of(r)[0] == "Vertreter der jemenitischen Armee"


def test_fronted_object_yields_to_a_nominative_after_the_verb(run):
    r = run(
        "Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der "
        "SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: „Die Anwendung der Richtlinie, "
        "die ist nicht lebenswirklich.“"
    )
    assert speaker_of(r)[1] == "Franz Müntefering"


def test_fronted_participial_phrase_is_no_subject(run):
    r = run(
        "Die Person des Interimsministerpräsidenten betreffend schloss Sonthi nicht aus, dass "
        "auch ein Ex-Militär diese Funktion ausüben könnte."
    )
    assert speaker_of(r)[0] == "Sonthi"


def test_als_phrase_before_the_verb_is_no_subject(run):
    r = run("Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld.“")
    assert speaker_of(r)[0] == "ein Wissenschaftler"


def test_von_after_a_noun_is_no_passive_agent(run):
    r = run(
        "Der Regierung der Türkei unter der Führung von Recep Tayyip Erdoğan wird vorgeworfen, "
        "nach Anschlägen Internetzugänge zu sperren."
    )
    assert speaker_of(r) == (None, None)


def test_von_right_before_the_passive_participle_is_its_agent(run):
    r = run(
        "In einem offenen Brief wurde die Bundesregierung vom LSVD aufgefordert, dem Jamaikaner "
        "die Einreise nach Deutschland zu verweigern."
    )
    assert speaker_of(r)[0] == "LSVD"


def test_time_zone_is_not_the_speaker(run):
    r = run(
        "Um 11:09 Uhr MEZ berichtet die Online-Ausgabe des „Spiegel“, dass der Anwalt einen "
        "Antrag gestellt hat."
    )
    assert speaker_of(r)[0] == "Spiegel"  # the medium named in the phrase, not "MEZ"


def test_hiess_es_bei_names_the_source(run):
    r = run("Medienvertreter seien abgedrängt worden, hieß es bei Russland Aktuell.")
    assert "Russland" in speaker_of(r)[0]


def test_reflexive_in_a_source_phrase_names_no_one(run):
    r = run(
        "Wie sich aus der Auswertung des Bodenradars ergab, hatte der Kopilot versucht, mit der "
        "Maschine durchzustarten."
    )
    assert "Auswertung" in speaker_of(r)[0]


# ---- reported speech that goes on without a cue -------------------------------------------


def test_continuation_takes_the_subject_of_a_reporting_verb_just_before(run):
    r = run(
        "„Wir sind zufrieden“, sagte Firmenchef Peter Müller am Montag. Kritiker des Plans "
        "verweisen dagegen auf die hohen Kosten für die Stadt. Zudem seien die Löhne der "
        "Beschäftigten seit Jahren nicht gestiegen."
    )
    names = [q["speaker"]["name"] if q["speaker"] else None for q in r["quotes"]]
    assert names == ["Peter Müller", "Kritiker des Plans"]


def test_continuation_after_a_predicate_is_not_the_predicates_noun(run):
    # "eine gute Kandidatin" says what Griss would be: it speaks no continuation.
    r = run(
        "Tirols FPÖ-Chef Markus Abwerzger wünscht sich einen eigenen Kandidaten. Ein "
        "Parteikandidat könne freiheitliche Standpunkte besser kommunizieren, sagte "
        "Abwerzger. Für Griss fand Abwerzger dennoch lobende Worte. Sie wäre eine gute "
        "Kandidatin und dem Amt fachlich gewachsen. Als unabhängige Kandidatin versuche sie "
        "aber einen Spagat zu machen."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Markus Abwerzger"
    # (a name after "ist" is the subject: "… ist Koch stark abhängig")
    r = run(
        "Der einzige Verein in ganz Europa, der sich einen Ausfall seines Hauptsponsors "
        "leisten kann, ist Bayern München, sagt Trainer Matthias Zollner. Zwischen ihm und "
        "Präsident Reinhard Koch gebe es kein böses Blut. Koch steht auch dem Europäischen "
        "Zentrum für erneuerbare Energie vor. Güssing hat keine potenten Firmen. Durch die "
        "internationale Vermarktung von Umwelttechnologien ist Koch stark von ausländischem "
        "Kapital abhängig, Risiken inklusive. Bezüglich offener Sponsorgelder sei eine erste "
        "Tranche eingelangt."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Reinhard Koch"


def test_continuation_after_a_cue_the_tagger_read_as_an_adverb(run):
    # "warnt" tagged ADV: still the reporting verb whose subject goes on speaking.
    r = run(
        "Das Lamento sei ein Vorwand, sagte Foglar. Auch die Armutskonferenz warnt in einer "
        "Aussendung vor Kürzungen. Diese würden zu einer Abwärtsspirale in Richtung Armut führen."
    )
    assert r["quotes"][-1]["speaker"]["text"] == "die Armutskonferenz"


def test_a_subheading_glued_to_the_sentence_is_not_its_subject(run):
    # 10kGNAD runs subheadings into the next sentence: "Kleinstmöglicher Nenner Auch …".
    r = run(
        "Hier sieht Pilgermaier keinen Bedarf für Nachjustierungen. Kleinstmöglicher Nenner "
        "Auch hinsichtlich der Aufteilung der Redezeiten meint Pilgermaier, die Fraktionen "
        "hätten einen Modus gefunden, mit dem alle leben könnten."
    )
    assert only_speaker_name(r) == "Pilgermaier"


def test_continuation_after_a_reporting_passive_takes_its_agent(run):
    r = run(
        "Berninger sagte, dass die Regelung für Tankstellen mit mindestens acht Zapfsäulen "
        "gelten solle. Dies wären etwa 80 Prozent der deutschen Tankstellen. Die Forderungen "
        "Berningers wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch "
        "bezeichnet. Heutige Fahrzeuge seien oft gar nicht in der Lage, mit Biokraftstoffen "
        "zu fahren."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Manfred Stolpe"


def test_continuation_after_a_line_break_takes_the_fronted_name(run):
    r = run(
        "Bundestagspräsident Norbert Lammert hielt die Festrede.\n"
        "Lammert würdigte die Bundeswehr als ein Kind des Kalten Krieges, das half, diesen zu "
        "überwinden.\n"
        "Die Bundeswehr sei eine Armee des Friedens und der Integration, die sich den Respekt "
        "in der NATO verdient habe."
    )
    assert speaker_of(r)[1] == "Norbert Lammert"


def test_subject_pronoun_in_a_lead_in_before_a_named_object(run):
    r = run(
        "Die deutsche Bundeskanzlerin Angela Merkel begrüßte den Beschluss der IAEA. Die "
        "Entwicklung im Iran verglich Merkel mit dem Erstarken des Nationalsozialismus in "
        "Deutschland vor 1933.\n"
        "Dabei griff sie auch direkt den iranischen Präsidenten Mahmud Ahmadinedschad an:\n"
        "„Ein Präsident, der das Existenzrecht Israels in Frage stellt und den Holocaust "
        "leugnet, kann nicht erwarten, dass Deutschland dafür auch nur die geringste Toleranz "
        "aufbringt.“"
    )
    assert speaker_of(r) == ("sie", "Angela Merkel")


# ---- direct quotes without a frame of their own -------------------------------------------


def test_quote_on_its_own_line_after_a_new_person_is_theirs(run):
    r = run(
        "„Ich bin zufrieden“, sagte der Papst. Der ältere Bruder des Papstes, Georg Ratzinger, "
        "war nach eigenem Bekunden seit langem in die Rücktrittsabsicht eingeweiht.\n"
        "„Mein Bruder wünscht sich im Alter mehr Ruhe.“"
    )
    names = [q["speaker"]["name"] if q["speaker"] else None for q in r["quotes"]]
    # (The middle sentence is a quote too: "nach eigenem Bekunden" names its subject.)
    assert names[0] == "der Papst" and names[-1] == "Georg Ratzinger", names
    assert r["quotes"][-1]["text"] == "Mein Bruder wünscht sich im Alter mehr Ruhe."


def test_verb_first_clause_after_the_quote_frames_it(run):
    r = run(
        "Die Bevölkerung im Bundesstaat gilt als konservativ. „Ich trete an als ein "
        "konservativer Republikaner“, strich Romney in Arbutus heraus."
    )
    assert speaker_of(r)[0] == "Romney"
    r = run(
        "„Neiddebatten sind fehl am Platz“, sagte Sandra Boser. Die Zahl der Anmeldungen ist "
        "gestiegen. „Die Gemeinschaftsschule ist in der Schullandschaft angekommen und hat "
        "sich etabliert.“\nerklärte Kultusministerin Eisenmann."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Eisenmann"


def test_sentence_taking_the_quote_up_with_das_names_its_speaker(run):
    r = run(
        "„Ja, es gibt Zumutungen“.\nDas musste Bundesfinanzminister Peer Steinbrück zu Beginn "
        "der Debatte über den Haushaltsentwurf einräumen."
    )
    assert speaker_of(r)[1] == "Peer Steinbrück"
    r = run("„Das war ein Fehler“. Das ist ein großes Problem für die Regierung.")
    assert speaker_of(r) == (None, None)


def test_so_frame_inside_a_continued_report(run):
    r = run(
        "An die Filmemacher richtet sich aber auch viel Kritik. Die Arbeit der gemeinnützigen "
        "Organisationen in der Region werde ausgeklammert. Er fokussiere auf die Schuld Joseph "
        "Konys. Doch sei es, so der ugandische Schriftsteller Musa Okwanga in einem Blogeintrag "
        "auf der Website der britischen Tageszeitung „The Independent“, ein Haufen mächtiger "
        "Leute gewesen, der Kony gewähren lassen habe."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Musa Okwanga"


def test_noun_tagged_as_adverb_before_a_genitive_is_a_subject(run):
    r = run(
        "Das UN-Kinderhilfswerk UNICEF rief Russland auf, das Adoptionsverbot nicht "
        "durchzusetzen.\nGegner des Gesetzes verweisen auf die oft verheerenden Zustände in "
        "russischen Kinderheimen.\nBereits zuvor hätten US-Bürger nur solche Kinder adoptieren "
        "können, die in Russland niemand hätte haben wollen."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Gegner des Gesetzes"


def test_continuation_takes_the_main_clause_subject_not_a_relative_clause_one(run):
    r = run(
        "Der Militärrat hat die Macht übernommen.\nFür die Ausarbeitung einer neuen Verfassung, "
        "die der CDRM als wesentliche Aufgabe der Interimsregierung ansieht, gab General Sonthi "
        "einen Zeitraum von einem halben Jahr an.\nEin weiterer Monat werde gebraucht, um den "
        "Entwurf dann vom Militärrat und der Interimsregierung prüfen zu lassen."
    )
    assert speaker_of(r)[1] == "Sonthi"


def test_adjectival_role_takes_its_gender_from_the_article(run):
    r = run(
        "Dem Bund der Steuerzahler zufolge wären die Pläne finanzierbar. Die Grünen-Vorsitzende "
        "Ricarda Lang äußerte sich zurückhaltend. „Wir schauen uns das in Ruhe an“, sagte sie."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Ricarda Lang"


def test_media_after_the_speaker_is_the_addressee_and_a_description_takes_up_the_last_person(
    run,
):
    r = run(
        "Bundeskanzler Olaf Scholz hat die Pläne der Union kritisiert. „Das ist unseriös und "
        "gefährlich“, sagte der SPD-Politiker der Deutschen Presse-Agentur am Samstag."
    )
    q = r["quotes"][0]
    assert q["speaker"]["text"] == "der SPD-Politiker"
    assert q["speaker"]["name"] == "Olaf Scholz"


def test_plural_description_takes_up_no_person(run):
    r = run(
        "Der Minister Jürgen Chrobog wurde entführt. Die Entführer teilten mit, dass die Geiseln "
        "gesund seien."
    )
    q = next(q for q in r["quotes"] if q["text"].startswith("dass"))
    assert q["speaker"]["name"] != "Jürgen Chrobog"


def test_pronoun_takes_up_an_unnamed_spokesman_before_it(run):
    r = run(
        "Konzernchef Ulrich Körner sagte, die Bank müsse sparen. Ein Sprecher des Konzerns "
        "wollte sich zu Details nicht äußern. Ob auch Standorte in Deutschland betroffen sind, "
        "ließ er offen."
    )
    q = r["quotes"][-1]
    assert q["text"].startswith("Ob auch Standorte")
    assert q["speaker"]["name"] == "Ein Sprecher des Konzerns"


def test_pronoun_after_a_named_description_keeps_the_name(run):
    r = run(
        "Der Vizevorsitzende der Linksfraktion, Jan Korte, forderte mehr Personal. Er sagte, "
        "die Lage sei ernst."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Jan Korte"


def test_demonstrative_dieser_takes_up_the_man_named_last(run):
    r = run(
        "Peskow traf den Minister Sergej Lawrow. Dieser sagte, die Gespräche seien gut verlaufen."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Sergej Lawrow"]


# ---- frames after a date, genitives, colon frames --------------------------------------------


def test_subject_after_a_date_is_no_genitive_of_it(run):
    r = run(
        "Die USA seien inzwischen zu entsprechenden Lieferungen bereit, versicherte am Freitag "
        "der Vizechef Andrej Taranow."
    )
    assert speaker_of(r) == ("Andrej Taranow", "Andrej Taranow")


def test_name_after_an_organisation_in_the_genitive_is_the_heads(run):
    r = run(
        "Die USA seien inzwischen zu entsprechenden Lieferungen bereit, versicherte der Vizechef "
        "der Präsidialverwaltung Andrej Taranow."
    )
    assert speaker_of(r)[1] == "Andrej Taranow"


def test_subject_after_the_cue_of_a_colon_frame(run):
    r = run(
        "Klaus Allofs war zufrieden. Dann lobte er Draxler: Julian ist so ungefähr das Beste, "
        "was es im deutschen Fußball gibt."
    )
    assert speaker_of(r) == ("er", "Klaus Allofs")


def test_austrian_adverb_weiters_is_no_subject(run):
    r = run(
        "Weiters verweisen Verfassungsrechtler darauf, dass Österreich in dieser Frage wenig "
        "ausrichten kann."
    )
    assert speaker_of(r)[0] == "Verfassungsrechtler"


def test_continuation_after_one_narrative_sentence_keeps_the_last_speaker(run):
    r = run(
        "Die Landespartei wird jetzt auf Bundeslinie gebracht, sagt die Politikwissenschaftlerin "
        "Katrin Stainer-Hämmerle. Darmann spielte in dieser Riege eine eher untergeordnete Rolle "
        "und gilt als freundliches Gesicht der FPÖ. Ragger sei als Anwalt unabhängiger gewesen."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Katrin Stainer-Hämmerle"] * 2


def test_extended_attribute_phrase_is_one_speaker_mention(run):
    r = run(
        "Alle möglichen Leute haben mich beschimpft und verflucht, erzählte der extra nach Wien "
        "gereiste Kläger."
    )
    assert speaker_of(r)[0] == "der extra nach Wien gereiste Kläger"


def test_extended_attribute_with_coordinated_places_is_one_speaker_mention(run):
    r = run(
        "Wladimir Klitschko ist in Kitzbühel angekommen. Mehr Leute, das spürt man, muss es aber "
        "ausblenden, sagte der in Hamburg und den USA lebende Ukrainer."
    )
    assert speaker_of(r) == ("der in Hamburg und den USA lebende Ukrainer", "Wladimir Klitschko")


def test_short_lead_in_between_names_the_next_speaker(run):
    r = run(
        "„Raschkow ist dort, wo er hingehört“, sagte ein Hauptkommissar nach der Festnahme. "
        "Staatspräsident Georgi Parwanow ist besorgt. Der Konflikt sei nicht ethnisch motiviert."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]][-1] == "Georgi Parwanow"


def test_pronoun_after_a_known_persons_role_is_that_person(run):
    r = run(
        "Firtaschs Anwalt Dieter Böhmdorfer erklärte, dass sein Mandant nur als Zeuge geführt "
        "werde. Firtasch werde seiner Ladung entsprechen, betonte der Anwalt. Er bestätigte "
        "jedoch, dass eine Hausdurchsuchung stattgefunden habe."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Dieter Böhmdorfer"] * 3


def test_bare_plural_with_an_extended_attribute_after_the_cue(run):
    r = run(
        "Amazon sei dazu in Verhandlungen mit den Eigentümern, bestätigten mit der Angelegenheit "
        "vertraute Personen am Donnerstag."
    )
    assert speaker_of(r)[0] == "mit der Angelegenheit vertraute Personen"
    r = run(
        "In einer am Montag veröffentlichten Umfrage des Verbandes Bitkom sagten 25 Prozent der "
        "Befragten, sie würden Präsente zu Geld machen."
    )
    assert speaker_of(r)[0] == "25 Prozent der Befragten"


def test_a_date_in_a_wie_clause_is_no_source(run):
    r = run(
        "Darüber hinaus gab es weitere Abschreibungen in Rumänien, wie es am Mittwochabend hieß."
    )
    assert speaker_of(r) == (None, None)


def test_dateline_place_is_no_subject(run):
    r = run(
        "Dubai/Washington – Die Menschenrechtsorganisation Reporter ohne Grenzen forderte die "
        "Regierung Bahrains auf, die US-Journalistin Anna Day wieder freizulassen."
    )
    assert speaker_of(r)[1] == "Reporter ohne Grenzen"


def test_organisation_name_tagged_as_adverb_heads_its_phrase(run):
    r = run(
        "Lebensmittelverschwendung verursacht viel unnötigen Lkw-Verkehr, betonte der VCÖ in "
        "einer Aussendung."
    )
    assert speaker_of(r)[1] == "VCÖ"


def test_source_phrase_with_zufolge_is_no_subject(run):
    r = run(
        "Der Mitteilung zufolge versicherte Netanyahu, dass Israels Bürger sich Frieden in der "
        "Region wünschten."
    )
    assert speaker_of(r)[1] == "Netanyahu"


def test_demnach_takes_up_the_source_just_before_even_unnamed(run):
    r = run(
        "Mehr als 100 Flüchtlinge seien gerettet worden, meldete die Agentur Anadolu. Vier "
        "weitere Flüchtlinge werden noch vermisst, berichtete das griechische Staatsfernsehen "
        "am Sonntag. Demnach konnten 13 weitere Menschen gerettet werden."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "das griechische Staatsfernsehen"


def only_speaker_name(r: dict) -> str | None:
    (q,) = r["quotes"]
    return (q["speaker"] or {}).get("name")


def test_demnach_after_intervening_narration_takes_up_the_last_source(run):
    r = run(
        "Die militanten Qassam-Brigaden wollen im Gazastreifen 25.000 Palästinenser ausbilden. "
        "Am Samstag hätten dafür die Trainingslager geöffnet, schrieb die Organisation auf "
        "ihrer Webseite. Die Qassam-Brigaden sind der militärische Flügel der Hamas. Dort "
        "sollen Männer zwischen 15 und 60 Jahren ausgebildet werden. Demnach sieht das "
        "Training unter anderem die Ausbildung an der Waffe vor."
    )
    first, last = r["quotes"][0], r["quotes"][-1]
    assert last["text"].startswith("Demnach sieht")
    assert last["speaker"]["name"] == first["speaker"]["name"] != "Demnach"


def test_generic_organisation_noun_takes_up_the_organisation_named_last(run):
    r = run(
        "Die Internationale Organisation für Migration (IOM) hat in der Wüste 18 Leichen "
        "gefunden. Die Organisation warnte, die Sahara könne für Flüchtlinge zur Todesfalle "
        "werden."
    )
    assert only_speaker_name(r) in ("IOM", "Internationale Organisation für Migration")


def test_spokesperson_is_not_the_person_named_before(run):
    r = run(
        "Donald Trump hat am Montag in Washington eine Rede über die Wirtschaft gehalten. Die "
        "Börsen reagierten zunächst kaum. Am Abend meldete sich dann das Weiße Haus zu Wort. "
        "Die Regierung werde die Zölle nicht erhöhen, sagte der Sprecher."
    )
    assert only_speaker_name(r) != "Donald Trump"


def test_far_description_is_the_last_speaker_when_the_only_person_of_its_gender(run):
    r = run(
        "Apple-Chef Tim Cook hat in einem Interview über Frauen in der Technikbranche "
        "gesprochen. Die Branche sei zu männlich, sagte er. Auch die Universitäten seien "
        "gefordert, und die Schulen müssten früher ansetzen. Viele Firmen hätten das Problem "
        "aber erkannt, und es gebe erste Erfolge. Trotzdem brauche es vor allem mehr weibliche "
        "Vorbilder für junge Frauen. Wir haben nicht genug getan, meint der Apple-Chef."
    )
    last = r["quotes"][-1]
    assert last["speaker"]["text"] == "der Apple-Chef"
    assert last["speaker"]["name"] == "Tim Cook"


def test_far_description_stays_unresolved_when_nobody_spoke_before(run):
    r = run(
        "Gerhard Schröder hat am Sonntag in Hannover gewählt. Die Wahllokale waren bis 18 Uhr "
        "geöffnet, und in vielen Städten bildeten sich lange Schlangen vor den Schulen und "
        "Rathäusern. Die Polizei meldete keine besonderen Vorkommnisse, und auch die "
        "Wahlhelfer hatten einen ruhigen Tag. Viele Menschen nutzten das warme Wetter für "
        "einen Spaziergang am Fluss oder einen Besuch im Café, bevor sie am Nachmittag in "
        "ihre Wahllokale gingen. Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung bis "
        "14 Uhr bei 41,9 Prozent."
    )
    assert only_speaker_name(r) != "Gerhard Schröder"


def test_dateline_place_is_never_the_speaker(run):
    r = run(
        "Cranston will Bürgermeister werden.\n\nHollywood – Der US-Schauspieler Bryan Cranston "
        "kann sich nach eigenen Angaben vorstellen, später in die Lokalpolitik zu gehen. Im "
        "Herzen bin ich ein heimlicher Politiker, sagte er dem Magazin Playboy."
    )
    names = {(q["speaker"] or {}).get("name") for q in r["quotes"]}
    assert "Hollywood" not in names
    assert names == {"Bryan Cranston"}


def test_medium_after_a_bare_surname_is_the_addressee(run):
    r = run(
        "Es soll schön aus der Düse rausgehen, aber hinterher auch stabil bleiben, erklärte "
        "Senger der APA."
    )
    assert only_speaker_name(r) == "Senger"
    r = run("Das sei nicht akzeptabel, sagte der Sprecher der Polizei.")
    assert r["quotes"][0]["speaker"]["text"] == "der Sprecher der Polizei"


def test_pronoun_takes_up_a_subject_after_the_verb_and_a_reflexive(run):
    # "hat sich Draxler … gesichert": the name after "sich" is the subject all the same.
    r = run(
        "Julian Draxler traf zweimal. So ein Spiel muss man bis zum Ende durchziehen, sagte "
        "VfL-Geschäftsführer Klaus Allofs bei Sky. Den Spielball hat sich Draxler als "
        "Souvenir gesichert. Es war auf jeden Fall mein erfolgreichstes Spiel für den VfL mit "
        "zwei Toren, sagte er."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Klaus Allofs", "Julian Draxler"]


def test_pronoun_takes_up_a_person_made_subject_after_the_last_quote(run):
    r = run(
        "Wir haben keine Möglichkeit, so viele Menschen aufzunehmen, sagte der serbische "
        "Außenminister Ivica Dačić am Montag. Der französische Premier Manuel Valls lehnt eine "
        "Aufnahme weiterer Flüchtlinge kategorisch ab. Dazu sind wir bereit, aber nicht zu "
        "mehr, sagte er am Samstag."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Ivica Dačić", "Manuel Valls"]
    # (a person named only as an object does not displace the last speaker)
    r = run(
        "Wir haben keine Möglichkeit, so viele Menschen aufzunehmen, sagte der serbische "
        "Außenminister Ivica Dačić am Montag. Er kritisierte den französischen Premier Manuel "
        "Valls. Dazu sind wir nicht bereit, sagte er."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Ivica Dačić", "Ivica Dačić"]


def test_news_agency_by_name_after_a_described_speaker_is_the_addressee(run):
    r = run(
        "Montagnachmittag erfolge die Behördeneinweisung, wo die Kräfte benötigt werden, "
        "erklärte ein Heeressprecher der APA."
    )
    assert r["quotes"][0]["speaker"]["text"] == "ein Heeressprecher"
    r = run("Die Lage sei ernst, sagte ein Sprecher der Feuerwehr.")
    assert r["quotes"][0]["speaker"]["text"] == "ein Sprecher der Feuerwehr"


def test_capitalised_word_tagged_as_adverb_before_the_verb_is_the_subject(run):
    r = run(
        "Das Magazin hatte eine Fotomontage verbreitet. Kritiker werfen Erdogan und der "
        "AKP-Regierung immer wieder vor, die Pressefreiheit zu beschneiden."
    )
    assert speaker_of(r)[0] == "Kritiker"
    r = run(
        "Das Magazin hatte eine Fotomontage verbreitet. Nokta erscheint nach eigenen Angaben "
        "mit einer Auflage von 10.000 Exemplaren."
    )
    assert speaker_of(r)[0] == "Nokta"
    r = run("Abschließend forderte sie einen Neuanfang, der dringend nötig sei.")
    assert speaker_of(r)[0] == "sie"


def test_named_person_after_the_verb_speaks_when_a_thing_stands_before_it(run):
    r = run(
        "Umfassende Aufklärung über die Fehler fordert auch Joachim Feher von der MediaCom: Die "
        "Interessen unserer Kunden werden wir sehr deutlich vertreten."
    )
    assert speaker_of(r)[1] == "Joachim Feher"


def test_konjunktiv_sentence_before_a_framed_statement_is_that_speakers(run):
    r = run(
        "Strache hatte Prieth geklagt. Prieth wird die Domain nicht mehr verwenden. Vorerst "
        "werde die Domain aber noch auf ihn registriert bleiben. Wenn sie mir jemand abkaufen "
        "will, dann soll er sich bei mir melden, sagte Prieth nach der Verhandlung."
    )
    assert [q["speaker"]["text"] for q in r["quotes"]] == ["Prieth", "Prieth"]


# ---- headline descriptions (10kGNAD: "headline. teaser. Place – body") ------------------


def test_description_in_the_headline_is_the_person_the_body_introduces(run):
    r = run(
        "„Ich will etwas Festes, Greifbares in meiner Hand“, sagt der Regisseur. Hollywood – "
        "Inmitten steigender Beliebtheit von Streamingdiensten hält einer an DVDs fest: Quentin "
        "Tarantino. „Ich kann mit Streaming nichts anfangen“, schreibt Tarantino in einem Buch. "
        "Sein Kollege Kurt Russell sieht das anders."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Quentin Tarantino"] * 2


def test_headline_role_matches_the_role_the_body_gives(run):
    r = run(
        "US-Sicherheitsforscher konnte nach eigenen Angaben auf Audiodateien zugreifen. Mit "
        "Hello Barbie hat Hersteller Mattel eine Puppe mit WLAN in den Handel gebracht. "
        "Sicherheitsforscher Matt Jakubowski hat herausgefunden, wie man die Puppe hackt. Sein "
        "Kollege Peter Maier war daran nicht beteiligt, Maier lobte aber die Arbeit."
    )
    q = next(q for q in r["quotes"] if q["text"].startswith("US-Sicherheitsforscher"))
    assert q["speaker"]["name"] == "Matt Jakubowski"


def test_description_in_the_body_is_not_resolved_ahead(run):
    # Only a headline looks ahead: in the body, "der Richter" is nobody named later.
    r = run(
        "Wien – Der Prozess gegen den Angeklagten begann am Montag. Die Beweise reichten "
        "nicht aus, sagte der Richter. Der Angeklagte Peter Maier schwieg. Maier wurde "
        "freigesprochen, Maier verließ das Gericht."
    )
    q = next(q for q in r["quotes"] if q["text"].startswith("Die Beweise"))
    assert q["speaker"]["name"] == "der Richter"


def test_unnamed_plural_source_is_named_in_the_nominative(run):
    r = run("Laut italienischen Medienberichten ist der Trainer bereits zurückgetreten.")
    assert speaker_of(r) == ("italienischen Medienberichten", "italienische Medienberichte")
    r = run("Den Einsatzkräften zufolge sei die Lage an der Grenze ruhig.")
    assert speaker_of(r)[1] == "Einsatzkräfte"
    r = run("Nach Angaben von Beobachtern wurde die Wahl gefälscht.")
    assert speaker_of(r)[1] == "Beobachter"
    r = run("Laut Experten ist die Lage ernst.")  # a plural in -en in every case
    assert speaker_of(r)[1] == "Experten"
    r = run("Ersten Annahmen zufolge ist das Feuer in der Küche ausgebrochen.")
    assert speaker_of(r)[1] == "Ersten Annahmen"  # (the -n belongs to "Annahmen")
    r = run("Nach Angaben von diesem Zeugen ist das Auto zu schnell gefahren.")
    assert speaker_of(r)[1] == "diesem Zeugen"  # a singular


def test_man_or_woman_or_age_takes_up_the_person_named_last(run):
    r = run(
        "Der Tischler Bernhard Mayer wurde erpresst. Die Polizei habe keine Ahnung, so der "
        "52-Jährige."
    )
    assert speaker_of(r)[1] == "Bernhard Mayer"
    r = run(
        "Die Tischlerin Anna Mayer wurde erpresst. Die Polizei habe keine Ahnung, sagte die Frau."
    )
    assert speaker_of(r)[1] == "Anna Mayer"


def test_man_brought_in_without_a_name_stays_unnamed(run):
    r = run(
        "Der Tischler Bernhard Mayer wurde erpresst. Ein Mann wurde in Graz festgenommen. Er "
        "habe nichts getan, sagte der Mann."
    )
    assert speaker_of(r) == ("der Mann", "der Mann")


def test_definite_document_noun_is_named_after_its_earlier_full_mention(run):
    r = run(
        "Eine neue Studie der OECD zeigt große Mängel bei der Integration. Hier müsse der "
        "Staat mehr investieren, empfiehlt die Studie."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Studie der OECD"
    r = run(
        "Die OECD-Studie zeigt große Mängel. Hier müsse der Staat mehr investieren, empfiehlt "
        "die Studie."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "OECD-Studie"
    r = run("Hier müsse der Staat mehr investieren, empfiehlt die Studie.")
    assert r["quotes"][-1]["speaker"]["name"] == "die Studie"


def test_headline_quote_takes_the_speaker_of_its_repetition_in_the_body(run):
    r = run(
        "„Im Herzen bin ich ein heimlicher Politiker“. Hollywood – Der Schauspieler Bryan "
        "Cranston spielt einen Präsidenten. Im Herzen bin ich ein heimlicher Politiker, sagt "
        "Cranston im Interview."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Bryan Cranston"] * 2


def test_statement_compound_names_its_speaker(run):
    r = run(
        "Reinhold Mitterlehner hatte die Sozialpartner kritisiert. Kein Verständnis hat Kaske "
        "für die Mitterlehner-Aussage, wonach die Arbeitnehmer ständig neue "
        "Schutzbestimmungen fordern würden."
    )
    assert speaker_of(r)[1] == "Reinhold Mitterlehner"


def test_laut_eigenen_angaben_names_the_subject(run):
    r = run(
        "Yussi Pick ist Berater. Pick hat die Domain laut eigenen Angaben bereits im Frühjahr "
        "registriert."
    )
    assert speaker_of(r)[1] == "Yussi Pick"


# ---- media names in quotation marks ------------------------------------------------------


def test_article_before_a_marked_medium_name(run):
    r = run("Die „Süddeutsche Zeitung“ berichtete am Montag, die Regierung plane neue Steuern.")
    assert speaker_of(r) == ("Süddeutsche Zeitung", "Süddeutsche Zeitung")
    r = run("Der „Spiegel“ schreibt, der Kanzler sei nach der Wahl müde geworden.")
    assert speaker_of(r)[0] == "Spiegel"


def test_marked_name_after_its_media_noun(run):
    r = run("Wie die Nachrichtenagentur „Xinhua“ meldete, seien 20 Menschen gestorben.")
    assert speaker_of(r)[0] == "Xinhua"
    r = run("Die Online-Ausgabe des „Spiegel“ berichtete, der Minister habe gelogen.")
    assert speaker_of(r)[0] == "Spiegel"


def test_unmarked_name_after_its_media_noun_names_the_source(run):
    # The name belongs to the attribution phrase (not to the statement) and is the speaker's
    # name, whether the model tags it or not: a digit-first blog, a foreign article.
    r = run("Nach Informationen des Blogs 9to5Mac soll das neue Telefon billiger werden.")
    q = r["quotes"][0]
    assert q["text"] == "soll das neue Telefon billiger werden"
    assert q["speaker"]["name"] == "9to5Mac"
    r = run("Laut der Zeitung Le Monde kam der Präsident gestern in Paris an.")
    assert r["quotes"][0]["speaker"]["name"] == "Le Monde"
    # A number after the medium opens the statement.
    r = run("Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben.")
    assert r["quotes"][0]["speaker"]["text"] == "der Netzzeitung"


def test_marked_title_after_a_genitive_of_a_person_noun_is_not_the_speaker(run):
    r = run("Der Regisseur des Films „Tatort“ sagte, er sei sehr müde.")
    assert speaker_of(r)[0] == "Der Regisseur des Films"


def test_addressee_with_a_marked_name_in_a_compound(run):
    r = run("Der Minister sagte der „Bild“-Zeitung, er werde nicht zurücktreten.")
    assert speaker_of(r)[0] == "Der Minister"


def test_surname_the_tagger_read_as_an_adverb(run):
    r = run(
        "Außenminister Sebastian Kurz war am Donnerstag in Sarajevo. Auf die Frage, ob es eine "
        "Frist gebe, sagte Kurz klar und deutlich: So ist es!"
    )
    q = r["quotes"][-1]
    assert (q["speaker"]["text"], q["speaker"]["name"]) == ("Kurz", "Sebastian Kurz")


def test_meinen_tagged_as_a_possessive_before_its_subject(run):
    r = run("Schellings Budgetplanung sei viel zu optimistisch, meinen die Staatsschuldenwächter.")
    assert speaker_of(r)[0] == "die Staatsschuldenwächter"


def test_hiess_es_auf_names_the_page_but_not_the_asker(run):
    r = run(
        "Leider kursieren im Internet derzeit einige Falschmeldungen, hieß es auf der "
        "Billa-Facebookseite."
    )
    assert speaker_of(r)[0] == "Billa-Facebookseite"
    r = run("Man prüfe die Vorwürfe genau, hieß es auf Anfrage des STANDARD.")
    assert speaker_of(r)[0] is None
    r = run(
        "Grund dafür waren Netzwerkprobleme in einem Rechenzentrum, wie es auf Anfrage des "
        "WebStandard heißt."
    )
    assert speaker_of(r)[0] is None


def test_unnamed_source_in_the_genitive_or_dative_is_named_in_citation_form(run):
    r = run("Nach Angaben des Gemeindebundes fehlen den Kommunen heuer rund 200 Millionen Euro.")
    assert speaker_of(r) == ("des Gemeindebundes", "Gemeindebund")
    r = run("Nach Angaben der Polizei wurden drei Menschen schwer verletzt.")
    assert speaker_of(r) == ("der Polizei", "Polizei")


# ---- first person standing alone -----------------------------------------------------------


def test_first_person_alone_is_the_person_just_named_not_the_last_speaker(run):
    r = run(
        "Ich bin total glücklich, sagte Sara Takanashi. Daniela Iraschko-Stolz hatte nach der "
        "Anreise einen Startverzicht erwogen. In der Früh habe ich mich ganz schlecht gefühlt."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == [
        "Sara Takanashi",
        "Daniela Iraschko-Stolz",
    ]


def test_first_person_alone_after_er_goes_on_with_the_same_person(run):
    r = run(
        "Novak Djokovic zeigte sich nach dem Spiel gegen Roger Federer selbstkritisch. Er "
        "war mit dem Aufschlag unzufrieden. Aber ich habe es zugelassen, dass er das Tempo "
        "diktieren konnte."
    )
    assert speaker_of(r)[1] == "Novak Djokovic"


def test_first_person_alone_skips_a_phrase_that_cannot_speak(run):
    r = run(
        "Walter Pilgermaier leitet die Untersuchung. Skepsis hinsichtlich des Zeitplans teilt "
        "Pilgermaier nicht. Ich habe nicht den Eindruck, dass eine Mehrheit den Ausschuss "
        "abdrehen will."
    )
    assert speaker_of(r)[1] == "Walter Pilgermaier"


def test_name_after_a_headline_dash_speaks_not_the_clause_before_it(run):
    r = run(
        "Glanzloser Abschluss der Qualifikation hinterlässt beim Team einige Fragezeichen – Löw: "
        '"Brauchen keinen Hrubesch". Leipzig – Bundestrainer Joachim Löw war unzufrieden.'
    )
    assert speaker_of(r) == ("Löw", "Joachim Löw")


def test_etwa_between_cue_and_speaker_and_a_surname_that_is_also_a_noun(run):
    r = run(
        "Drohnenrennen sind eine gute Möglichkeit, ein junges Publikum zu erreichen, sagt etwa "
        "Matthew Volk von ESPN."
    )
    assert speaker_of(r) == ("Matthew Volk", "Matthew Volk")


def test_subject_with_an_article_before_a_dash_is_no_dateline(run):
    r = run('Der Minister – sichtlich verärgert – sagte: "Das ist nicht hinnehmbar."')
    assert speaker_of(r)[0] == "Der Minister"
    r = run("Hollywood – Der US-Schauspieler Bryan Cranston sagte, er wolle Bürgermeister werden.")
    assert speaker_of(r)[1] == "Bryan Cranston"


def test_extended_attribute_with_a_verb_tagged_adjective_keeps_the_name(run):
    # "zuständige" is tagged as a finite verb here; the name after the noun is the speaker.
    r = run(
        "Die Initiative schafft die richtige Balance, sagte der für die Digitalwirtschaft "
        "zuständige Kommissar Günther Oettinger."
    )
    assert speaker_of(r)[0] == "Günther Oettinger"


def test_frameless_opening_quote_is_the_lead_subjects(run):
    r = run(
        "„Es werden keine Mauern errichtet, um Migranten den Weg zu versperren.“ Der "
        "italienische Innenminister Angelino Alfano ist erfreut über die Einigung. Rom – Die "
        "Regierung verzichtet auf Kontrollen."
    )
    assert r["quotes"][0]["speaker"]["name"] == "Angelino Alfano"
    # a quote further down without a frame gets no speaker from the sentence after it
    r = run(
        "Die Regierung verzichtet auf Kontrollen. „Es werden keine Mauern errichtet.“ "
        "Innenminister Angelino Alfano ist erfreut."
    )
    assert all(q["speaker"] is None for q in r["quotes"])


def test_frame_adverb_einst_before_the_speaker(run):
    r = run(
        "Ich habe ihnen gesagt, sie können nicht alle Medaillen gewinnen, sagte einst Witali "
        "Smirnow."
    )
    q = r["quotes"][0]
    assert q["text"].startswith("Ich habe ihnen gesagt")
    assert q["speaker"]["name"] == "Witali Smirnow"


def test_newspaper_after_the_speaker_is_the_addressee_even_with_its_name(run):
    r = run(
        "Dafür wären Gelder in Brüssel abrufbar, sagte der SPD-Politiker der Zeitung Welt am "
        "Sonntag."
    )
    assert speaker_of(r)[0] == "der SPD-Politiker"


def test_genitive_after_a_report_noun_names_the_source(run):
    for text, source in (
        (
            "Nach Berichten griechischer Medien wurde nur ein Teil der Bewohner verlegt.",
            "griechischer Medien",
        ),
        (
            "Nach Berichten der griechischen Medien wurde nur ein Teil verlegt.",
            "der griechischen Medien",
        ),
    ):
        assert speaker_of(run(text))[0] == source, text


def test_hiess_es_in_a_relative_clause_names_the_document_before_it(run):
    r = run("Die Polizei veröffentlichte eine Mitteilung, in der es heißt, der Täter sei geflohen.")
    assert speaker_of(r)[0] == "eine Mitteilung"


def test_ist_zu_hoeren_names_the_source_before_it(run):
    r = run("Aus Regierungskreisen war zu hören, der Minister werde zurücktreten.")
    assert speaker_of(r)[0] == "Regierungskreisen"
    assert r["quotes"][0]["text"] == "der Minister werde zurücktreten"


def test_relative_pronoun_before_a_zufolge_source_is_not_its_article(run):
    r = run("Das ist eine Regel, die Fachleuten zufolge die Baukosten in die Höhe treibt.")
    assert speaker_of(r) == ("Fachleuten", "Fachleute")


def test_fronted_das_is_what_was_said_and_the_subject_follows_a_date(run):
    # "Das" stands for the sentence before; "am Montag" is a date, not part of the subject.
    r = run(
        "In Mazedonien wird die Errichtung eines Grenzzauns ebenfalls nicht mehr "
        "ausgeschlossen. Das berichteten am Montag Medien in Skopje."
    )
    assert speaker_of(r)[0] == "Medien"


def test_fronted_das_before_a_named_subject_after_a_date(run):
    r = run("Die Lage sei ernst. Das sagte am Montag der Innenminister.")
    assert speaker_of(r)[0] == "der Innenminister"


def test_source_after_vonseiten_in_a_heissen_frame(run):
    r = run(
        "Am Montag kamen bis in der Früh bereits 3.000 Menschen aus Kroatien an, hieß es "
        "vonseiten der slowenischen Polizei."
    )
    assert speaker_of(r)[0] == "Polizei"


def test_nach_angaben_aus_names_the_source(run):
    r = run(
        "Der Verdächtige sei nach Angaben aus dem Innenministerium bereits im Jänner eingereist."
    )
    assert speaker_of(r)[0] == "Innenministerium"


def test_laut_a_persons_lawyer_names_the_lawyer_not_the_owner(run):
    r = run(
        "Der Snowboarder David Prieth hat geklagt. Die Kosten dürften sich laut Prieths Anwalt "
        "Mathias Kapferer auf rund 6.000 Euro belaufen."
    )
    assert speaker_of(r) == ("Mathias Kapferer", "Mathias Kapferer")


def test_tweet_link_and_truncated_compound_are_no_subject(run):
    r = run(
        "Boateng ist aber Deutscher. pic.twitter.com/b8UnP8azAM Innen- und Sportminister Thomas "
        "de Maizière sagte der Bild, anders als die AfD setze Boateng wichtige Impulse."
    )
    assert speaker_of(r) == ("Thomas de Maizière", "Thomas de Maizière")


def test_coordinated_main_clause_with_an_adverb_before_its_verb_has_its_own_subject(run):
    r = run(
        "Die waren durchaus offen, das Archiv war penibel geführt, und somit konnten die "
        "nachrecherchierenden Offiziere nach Paris melden: Es stimmt."
    )
    assert speaker_of(r)[0] == "die nachrecherchierenden Offiziere"


def test_capitalised_adverb_tagged_as_noun_is_no_subject(run):
    r = run("Wenig später konnten die Offiziere nach Paris melden: Es stimmt.")
    assert speaker_of(r)[0] == "die Offiziere"


def test_coordinated_fronted_object_yields_to_the_named_person_after_the_verb(run):
    r = run(
        "Weitreichende Wettbewerbsverzerrungen könnten die Folge sein, sagt sie zum STANDARD. "
        "Besonders kleine Sender könnten stark betroffen sein. Umfassende und transparente "
        "Aufklärung fordert auch Joachim Feher von der MediaCom: Die Interessen unserer Kunden "
        "werden wir sehr deutlich vertreten."
    )
    last = r["quotes"][-1]
    assert last["text"].startswith("Die Interessen unserer Kunden")
    assert last["speaker"]["text"] == "Joachim Feher"


def test_tweet_residue_ends_the_clause_before_the_speaker(run):
    r = run(
        "Der Verteidiger Jérôme Boateng reagierte gelassen, hielt in einem ARD-Interview aber "
        "fest, es sei traurig, dass so etwas heute noch vorkommt. Empörung über Gauland: "
        "Boateng reagiert gelassen https://t.co/Gt1mhQHoji #AfD #Boateng Der Verteidiger von "
        "Bayern München betonte in dem Interview auch, dass im Augsburger Stadion genug Leute "
        "eine sehr schöne Antwort gegeben hätten."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Jérôme Boateng", "Jérôme Boateng"]


def test_den_angaben_zufolge_is_the_phrase_and_takes_up_the_last_speaker(run):
    r = run(
        "Die Zuwanderung werde steigen, sagte der Ökonom Stefan Bruckbauer. In erster Linie "
        "führt die Arbeitsmarktöffnung den Angaben zufolge zum Ersatz anderer Ausländer."
    )
    last = r["quotes"][-1]
    assert last["speaker"]["text"] == "den Angaben"
    assert last["speaker"]["name"] == "Stefan Bruckbauer"


def test_perfect_with_a_fronted_object_takes_the_person_after_the_auxiliary(run):
    r = run(
        "Wien – Das Beispiel hat Christoph Leitl landauf und landab erzählt: Ein heimisches "
        "Unternehmen musste 11.000 Euro Strafe zahlen."
    )
    (q,) = r["quotes"]
    assert q["speaker"]["name"] == "Christoph Leitl"


def test_relative_clause_on_a_person_name_frames_the_colon_quote(run):
    r = run(
        "Es ist eine Geschichte, die Christoph Leitl landauf und landab erzählt: Ein heimisches "
        "Unternehmen musste 11.000 Euro Strafe zahlen."
    )
    (q,) = r["quotes"]
    assert q["speaker"]["name"] == "Christoph Leitl"


def test_media_noun_in_a_fronted_genitive_is_no_dative_addressee(run):
    r = run(
        "Der Chefredakteur der Zeitung Cumhuriyet, Can Dündar, sagte, man müsse sich auf "
        "Repressionen einstellen."
    )
    (q,) = r["quotes"]
    assert q["speaker"]["name"] == "Can Dündar"


def test_und_cue_after_tweet_residue_shares_the_clause_subject(run):
    r = run(
        "Nobel scientist Tim Hunt says at lunch pic.twitter.com/Z9NhykaTPv Hunt entschuldigte "
        "sich später in einer Radiosendung der BBC und meinte, die Äußerungen seien "
        "großteils humoristisch gewesen."
    )
    (q,) = r["quotes"]
    assert q["speaker"]["name"] == "Tim Hunt"


def test_a_date_after_a_source_noun_is_no_source(run):
    # "vom Sonntag" dates the statement; the compound names who gave it.
    q = run("Nach Polizeiangaben vom Sonntag schoss der junge Mann am Samstag auf Schüler.")[
        "quotes"
    ][0]
    assert q["text"] == "schoss der junge Mann am Samstag auf Schüler"
    assert q["speaker"]["text"] == "Polizeiangaben"
    assert q["speaker"]["name"] == "Polizei"


def test_the_owner_in_a_compound_statement_noun_names_the_speaker(run):
    names = [
        q["speaker"]["name"]
        for q in run(
            "Laut Ministeriumsangaben sind drei Menschen verletzt worden. Nach UNO-Angaben "
            "flohen 3000 Menschen."
        )["quotes"]
    ]
    assert names == ["Ministerium", "UNO"]


def test_the_genitive_owner_of_a_reporting_noun_before_a_verb_particle(run):
    q = run(
        "Ende vergangener Woche tauchte die Forderung der Wiener SPÖ auf, auch jenen Bewohnern "
        "das Wahlrecht einzuräumen, die keinen Pass besitzen."
    )["quotes"][0]
    assert q["speaker"]["name"] == "SPÖ"


def test_a_passive_without_agent_names_the_organisation_where_it_was_said(run):
    q = run("Im Finanzministerium wurde betont, dass ein Mechanismus existiere.")["quotes"][0]
    assert q["speaker"]["name"] == "Finanzministerium"
    q = run("Im Interview wurde betont, dass ein Mechanismus existiere.")["quotes"][0]
    assert q["speaker"] is None


def test_impersonal_subject_leaves_the_object_out(run):
    # The accused in the dative is no speaker; "es"/"man" name no one.
    r = run(
        "Man warf der Regierung in einer Erklärung vor, einen Einsatz gegen die Führung "
        "geplant zu haben."
    )
    assert speaker_of(r) == (None, None)
    r = run(
        "Es warf der Regierung von Präsidentin Park Geun-hye vor, einen Einsatz geplant zu haben."
    )
    assert speaker_of(r) == (None, None)
    r = run("Es forderte am Montag Präsident Barack Obama, dass die Truppen abziehen.")
    assert speaker_of(r)[1] == "Barack Obama"


def test_a_pronoun_prefers_the_person_named_as_subject(run):
    # The friends in the prepositional phrase are nearer, but "er" takes up the subject.
    r = run(
        "Der Kameramann Haskell Wexler arbeitete oft mit Emile de Antonio. "
        "In einem seiner letzten Tweets gab er bekannt, dass er eine "
        "Spende für Bernie Sanders gegeben hatte."
    )
    assert speaker_of(r)[1] == "Haskell Wexler"


def test_a_pronoun_takes_up_a_person_made_subject_after_the_verb(run):
    # The parser reads "Verschnupft" as the subject; the name right after the verb is it.
    r = run(
        "Wir schauen immer auf den Standort, sagte Wirtschaftskammerpräsident Christoph Leitl. "
        "Verschnupft reagierte auch Arbeiterkammer-Präsident Rudolf Kaske. Wir sind Teil der "
        "Lösung, nicht Teil des Problems, ließ er den ÖVP-Chef wissen."
    )
    last = r["quotes"][-1]
    assert last["text"].startswith("Wir sind Teil der Lösung")
    assert last["speaker"]["name"] == "Rudolf Kaske"


def test_an_adverb_after_the_comma_opens_a_clause_with_its_own_subject(run):
    # "jedoch zeigen Studien": the subject of "zeigen" comes after it, not from the clause before.
    r = run(
        "Diese lassen sich keinem Genre eindeutig zuordnen, jedoch zeigen Studien, dass es "
        "Zusammenhänge zwischen der Spielzeit und der Aufmerksamkeit gibt."
    )
    assert speaker_of(r) == ("Studien", "Studien")


def test_a_lone_adverb_before_the_verb_leaves_the_pronoun_after_it_the_subject(run):
    r = run(
        "Die Forscher haben Spiele verglichen. Generell attestieren sie dem Medium allerdings, "
        "ein gutes Werkzeug zum Lernen zu sein."
    )
    assert speaker_of(r)[0] == "sie"


def test_a_profession_takes_up_the_person_named_last(run):
    r = run(
        "Der Salzburger Andreas Hanakamp startet beim Volvo Ocean Race. Hanakamp neigt nicht "
        "zur Mythenbildung. Wasser ist Wasser, sagt der Segler."
    )
    assert speaker_of(r) == ("der Segler", "Andreas Hanakamp")


def test_an_answer_particle_before_an_inserted_frame_is_no_speaker(run):
    r = run("Nein, fügt Ali hinzu, wir werden gar nicht als Flüchtlinge anerkannt.")
    assert speaker_of(r)[0] == "Ali"


def test_vor_allem_before_the_subject_is_no_preposition(run):
    r = run(
        "So hatte sich vor allem Mozilla lautstark darüber beschwert, dass mit Windows 10 der "
        "Wechsel auf einen anderen Browser deutlich erschwert werde."
    )
    assert r["quotes"][0]["speaker"]["text"] == "Mozilla"


def test_wie_clause_whose_verb_is_tagged_infinitive_still_opens_a_clause(run):
    # the tagger reads "mitteilten" as an infinitive; "Wie" must not govern "die Veranstalter"
    r = run(
        "Wie die Veranstalter am Sonntag in Straßburg mitteilten, sollen zwischen dem 5. und "
        "20. Dezember in einem Einkaufszentrum ein gutes Dutzend Holzhütten stehen."
    )
    assert speaker_of(r)[0] == "die Veranstalter"


def test_an_officer_of_a_named_organisation_is_the_person_not_the_organisation(run):
    r = run(
        "Der Soldat habe mehr als 100 Menschen töten wollen, erklärte der Staatsanwalt des "
        "Distrikts Nord des Bundesstaates Illinois am Montag."
    )
    assert speaker_of(r)[0].startswith("der Staatsanwalt des Distrikts Nord")


def test_a_spokesperson_of_a_named_organisation_speaks_for_it(run):
    r = run("Die Gespräche seien konstruktiv gewesen, sagte ein Sprecher des Finanzministeriums.")
    assert speaker_of(r)[0] == "Finanzministerium"


def test_a_fronted_date_is_no_subject(run):
    r = run("Ende April hatte das Duo angekündigt, die Sendung nicht fortsetzen zu wollen.")
    assert speaker_of(r)[0] == "das Duo"
    r = run(
        "Anfang der Woche hatte die Internationale Organisation für Migration (IOM) bekannt "
        "gegeben, seit Jahresbeginn seien etwa 388.000 Migranten nach Griechenland gekommen."
    )
    assert speaker_of(r)[1] == "Internationale Organisation für Migration"


def test_von_before_a_relative_pronoun_of_hiess_es_is_about_not_by(run):
    r = run(
        "Hinsichtlich zweier Züge aus Ungarn, von denen es geheißen habe, dass sie bald in "
        "Hegyeshalom ankommen, sei wieder Entwarnung gegeben worden."
    )
    assert all(q["speaker"] is None or q["speaker"]["text"] != "denen" for q in r["quotes"])


def test_hiess_es_in_a_document_skips_the_place_inside_its_attribute(run):
    r = run(
        "Es sei unentschuldbar, Zivilisten ins Visier zu nehmen, hieß es in einer am Donnerstag "
        "in New York verbreiteten Erklärung Bans."
    )
    assert speaker_of(r)[0].startswith("Erklärung")


def test_a_document_of_a_named_person_is_that_persons_word(run):
    r = run(
        "UNO-Generalsekretär Ban Ki Moon hat den Angriff verurteilt. Es sei unentschuldbar, "
        "Zivilisten ins Visier zu nehmen, hieß es in einer Erklärung Bans."
    )
    assert speaker_of(r)[1] == "Ban Ki Moon"


def test_a_focus_particle_before_the_subject_of_nach_eigenen_angaben(run):
    r = run(
        "Allein Check24 hat nach eigenen Angaben bei der letzten Wechselrunde rund 750.000 "
        "Kfz-Verträge vermittelt."
    )
    assert speaker_of(r)[0] == "Check24"


def test_eigenen_angaben_zufolge_is_the_subject_after_the_verb(run):
    r = run(
        "Lebedew kaufte die Zeitung vor sechs Jahren. Eigenen Angaben zufolge hat der Oligarch mit "
        "seinem Medienhaus über 80 Millionen Euro in die Zeitungen investiert.\n"
    )
    assert speaker_of(r)[0] == "Oligarch"


def test_eigenem_bekunden_in_a_relative_clause_is_that_clauses_subject(run):
    r = run(
        "Präsentiert hat sie das Erstlingswerk standesgemäß: in der Wiener Staatsoper – einem "
        "Haus, dem sie laut eigenem Bekunden seit 30 Jahren regelmäßige Besuche abstatte."
    )
    assert speaker_of(r)[0] == "sie"  # (not "Präsentiert", the first word)


def test_nach_bekunden_with_a_possessive_genitive_names_its_owner(run):
    r = run("Der Anwärter Donald Trump ist nach Bekunden seines Arztes bei exzellenter Gesundheit.")
    assert speaker_of(r)[0] == "seines Arztes"


def test_bescheinigen_frames_a_statement(run):
    r = run(
        "Der 69-Jährige habe keine Gesundheitsprobleme gehabt, bescheinigte Harold Bornstein "
        "vom Lenox Hill-Krankenhaus."
    )
    assert speaker_of(r) == ("Harold Bornstein", "Harold Bornstein")


def test_er_after_a_dateline_takes_the_person_before_the_first_verb(run):
    r = run(
        'Pühringer über Sympathiebekundung "wenig erfreut", Haimbuchner nach Sondierungsgespräch '
        '"positiv gestimmt". Linz – Der ÖVP-Koalitionsverhandler und Wirtschaftslandesrat '
        "Michael Strugl ist noch vor Beginn der Sondierungsgespräche in "
        "Oberösterreich vorgeprescht: Er sehe bei der FPÖ mehr Reformorientierung als bei der "
        "SPÖ, sagte er im Gespräch mit den Oberösterreichischen Nachrichten vom Mittwoch. "
        "FPÖ-Chef ist Manfred Haimbuchner."
    )
    assert speaker_of(r) == ("er", "Michael Strugl")


def test_sagte_er_after_a_clause_that_introduces_a_person_is_that_person(run):
    r = run(
        "In dieser Frage scheint die ÖVP ihrem Chef Vizekanzler Reinhold Mitterlehner geschlossen "
        "zu folgen. Auch ÖVP-Wirtschaftsbundpräsident Christoph Leitl hält eine Wahlempfehlung "
        "für ein Relikt aus grauer Vorzeit, sagte er am Montag im STANDARD-Gespräch."
    )
    assert speaker_of(r) == ("er", "Christoph Leitl")


def test_sagte_er_after_a_clause_about_a_person_named_before_is_not_that_person(run):
    r = run(
        "Christoph Leitl sprach am Montag über Werner Faymann. Faymann hat in dieser Frage "
        "versagt, sagte er."
    )
    assert speaker_of(r) == ("er", "Christoph Leitl")


def test_a_role_synonym_takes_up_the_actor_with_that_office(run):
    r = run(
        "Premier David Cameron und die Lobby Britain Stronger in Europe liegen vorn. Ökonomen "
        "wie Andrew Lilico sehen das anders. Am Dienstag warnte der Premierminister vor "
        "Angestellten des Billigfliegers Easyjet, die Reisekosten würden steigen."
    )
    assert speaker_of(r) == ("der Premierminister", "David Cameron")


def test_a_role_synonym_does_not_cross_a_team_prefix(run):
    r = run(
        "Trainer Peter Zeidler war zufrieden. Die Austria verlor. Thorsten Fink war "
        "enttäuscht. Wir gehen in die richtige Richtung, sagte der Austria-Coach."
    )
    assert speaker_of(r)[1] != "Peter Zeidler"


def test_a_description_reaches_back_while_er_keeps_the_person_the_topic(run):
    r = run(
        "Hannes Reichelt verhinderte als Vierter eine schwere Niederlage. Reichelt, der in "
        "Beaver Creek schon insgesamt vier Mal den Super-G aber noch nie die "
        "Abfahrt gewonnen hat, zog eine geteilte Bilanz. Einerseits verzeichnete er als Vierter "
        "sein bestes Abfahrts-Ergebnis auf der Birds of Prey – sein zweiter Platz 2013 war auf "
        "einer mit dem Damenkurs gemischten Strecke geschehen – , andererseits vergab er einen "
        "möglichen Podestplatz schon am Start. Der war miserabel, ärgerte sich der 35-jährige "
        "Routinier darüber, dass er bei den ersten Anschüben gepatzt hatte."
    )
    q = r["quotes"][0]
    assert (q["text"], q["speaker"]["name"]) == ("Der war miserabel", "Hannes Reichelt")


def test_hiess_es_without_a_source_takes_the_subject_of_the_sentence_before(run):
    r = run(
        "Das Landeskriminalamt Sachsen hat fünf Verdächtige festgenommen. Sie sollen mit "
        "Phishing-Attacken Millionen Euro ergaunert haben, hieß es am Dienstag."
    )
    assert speaker_of(r) == ("Landeskriminalamt Sachsen", "Landeskriminalamt Sachsen")


def test_heisst_es_darin_is_the_document_of_the_sentence_before(run):
    r = run(
        "Am Freitag veröffentlichte die Hamas ein neues Kampflied. Der Krieg ist noch nicht "
        "vorbei, heißt es darin."
    )
    assert speaker_of(r) == ("darin", "Hamas")


def test_der_forscher_is_one_man_even_when_tagged_plural(run):
    r = run(
        "Die Stimmung war gut, sagt der Arbeitsmarktexperte Bernhard Gächter. Hinzu kamen "
        "staatliche Integrationsprojekte, so der Forscher."
    )
    assert r["quotes"][1]["speaker"]["name"] == "Bernhard Gächter"


def test_wie_er_sagte_takes_up_the_person_the_clause_opens_with(run):
    r = run(
        "Der Umsatz stieg. Vorstandschef Ralph Dommermuth will in den kommenden Jahren auch "
        "profitabler werden, wie er am Donnerstag sagte."
    )
    assert speaker_of(r) == ("er", "Ralph Dommermuth")


def test_sagt_er_after_a_direct_quote_about_someone_else(run):
    r = run(
        "Der Politologe Claudio Couto sieht das anders. Mit Lula auf dem Schleudersitz wird der "
        "Prozess jetzt beschleunigt, sagt er."
    )
    assert speaker_of(r)[1] == "Claudio Couto"


def test_wie_sie_berichtete_takes_up_the_description_the_clause_opens_with(run):
    r = run("Die Polizei stoppte den Mann betrunken am Steuer, wie sie am Montag berichtete.")
    assert speaker_of(r) == ("sie", "Die Polizei")


def test_a_bare_date_after_the_speaker_is_not_part_of_its_phrase(run):
    r = run(
        "Die Dividende soll auf 60 Cent je Aktie gekürzt werden, teilte der Konzern "
        "Mittwochabend mit."
    )
    assert "Mittwochabend" not in speaker_of(r)[0]


def test_a_participle_tagged_verb_between_article_and_noun_is_in_the_phrase(run):
    r = run(
        "Die Dividende soll gekürzt werden, teilte der börsennotierte Konzern Mittwochabend mit."
    )
    assert speaker_of(r)[0] == "der börsennotierte Konzern"


def test_laut_a_bare_role_with_a_genitive_and_a_name_in_apposition_is_that_person(run):
    r = run(
        "Die Nachrichten sollen laut Generalinspekteur der Geheimdienste, Charles "
        "McCullough, Geheiminformationen enthalten haben."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Charles McCullough"]


def test_a_capitalised_particle_opening_a_sentence_starts_the_speakers_name(run):
    # The model tags only "Ursula" (and "Leyen" as a place); the first name and the particle
    # chain make one person, and "Von der Leyen sagte" is her, not a prepositional phrase.
    r = run("Ursula von der Leyen besuchte Paris. Von der Leyen sagte, die Lage sei ernst.")
    assert ("Ursula von der Leyen", "PER") in {(e["text"], e["label"]) for e in r["entities"]}
    assert [(q["speaker"]["text"], q["speaker"]["name"]) for q in r["quotes"]] == [
        ("Von der Leyen", "Ursula von der Leyen")
    ]


def test_laut_inside_an_extended_attribute_is_not_the_sentences_source(run):
    r = run(
        "Bei der laut Redaktionsstatut vorgesehenen Abstimmung am Freitag kam Ziegler nach "
        "APA-Informationen auf 7 Stimmen."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["APA"]
    # (a demonstrative before "laut" is the subject, not an article of an attribute)
    r = run("Daher sollen diese laut Vorschlag der CDU am Mittwoch stattfinden.")
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["CDU"]


# ---- descriptions that take up the last speaker --------------------------------------------

# More than 400 characters without a person's name, then a description as speaker.
_FAR_FROM_NAMES = (
    "Wenn Großkonzerne sich der Besteuerung entziehen, wirkt das natürlich nicht förderlich. "
    "In den Experimenten führte schon der Umstand, dass die Steuerbehörde mehr oder "
    "weniger unterstützend beschrieben wurde, zu einem anderen Verhalten der Testpersonen. "
    "Die Teilnehmer erhielten dafür unterschiedliche Texte über die Arbeit der Behörde, "
    "manche davon freundlich, andere streng formuliert, und beantworteten danach einen "
    "langen Fragebogen zu ihrer eigenen Steuermoral und zu ihrem Vertrauen in den Staat. "
    "Die Informationen über eine Steuerbehörde sind hier wesentlich, erklärte die Forscherin."
)


def test_a_description_far_from_any_name_takes_up_the_last_speaker(run):
    r = run(
        "Die Wirtschaftspsychologin Eva Hofmann untersucht mit Barbara Hartl, warum Menschen "
        "Steuern zahlen. "
        "Strafen können ein Sinnbild für etwas sehr Positives sein, so Hofmann. " + _FAR_FROM_NAMES
    )
    last = r["quotes"][-1]
    assert last["speaker"]["text"] == "die Forscherin"
    assert last["speaker"]["name"] == "Eva Hofmann"


def test_a_description_does_not_take_up_the_last_speaker_past_another_person(run):
    r = run(
        "Strafen können ein Sinnbild für etwas sehr Positives sein, so Eva Hofmann. Die "
        "Studie wurde gemeinsam mit Barbara Hartl durchgeführt. " + _FAR_FROM_NAMES
    )
    assert r["quotes"][-1]["speaker"]["name"] == "die Forscherin"


def test_a_hacker_is_a_role_that_takes_up_the_person_named(run):
    r = run(
        "Der 26-jährige George Hotz hat im Alleingang ein selbstfahrendes Auto entwickelt. "
        "Der Hacker betont, dass die Software noch in einer Frühphase ist. Außerdem sagte er, "
        "er habe erst im Oktober begonnen."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["George Hotz", "George Hotz"]


def test_the_owner_of_a_genitive_role_is_no_description_of_a_person(run):
    r = run(
        "Bei seinem Schlusswort sagt Emanuel S. kaum etwas. Die Expertise des "
        "Verkehrssachverständigen erklärt, warum die Vermutung nicht so abwegig war."
    )
    assert r["quotes"][-1]["speaker"]["name"] != "Emanuel S."


def test_the_subject_of_a_passive_report_without_agent_is_no_source(run):
    r = run(
        "Die eingesetzten Beamten kamen an die Grenze zur Frustration, schreibt der "
        "Bundespolizist in dem Bericht. In dem Bericht wird zudem eine viel zu geringe Zahl "
        "eingesetzter Beamter beklagt. Alle eingesetzten Polizisten seien ziemlich schnell an "
        "die Leistungsgrenze gekommen."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "der Bundespolizist"


def test_a_lead_in_naming_no_person_does_not_speak_in_the_first_person(run):
    r = run(
        "Eine Software identifiziert die Stimmen, die Razzia ist schnell beendet – und das ist "
        "die Geschichte von Pablo Escobar. Was davor geschah, erzählt Netflix seit Freitag in "
        "zehn Folgen der Serie Narcos mit Wagner Moura in der Rolle des Titelhelden. "
        "Eine Schreckensherrschaft mit scheinbarer Wahlfreiheit präsentiert sich dem "
        "Zuschauer, und eine Biografie des Größenwahns: Ich bin Pablo Emilio Escobar Gaviria. "
        "Ich habe meine Augen überall."
    )
    q = r["quotes"][-1]
    assert q["kind"] == "direct"
    assert q["speaker"] is None or "Schreckensherrschaft" not in q["speaker"]["text"]


def test_hiess_es_takes_the_origin_after_a_place(run):
    r = run(
        "Dazu hieß es am Mittwochnachmittag in Brüssel aus der EU-Kommission, dass dies völlig "
        "in Ordnung sei."
    )
    assert speaker_of(r)[0] == "EU-Kommission"


def test_a_date_after_the_source_of_zufolge_is_no_speaker(run):
    r = run(
        "Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge besonders der Anteil der "
        "Gewalttaten."
    )
    assert speaker_of(r) == ("dem Bericht", "Bericht")


def test_a_capitalised_adverb_opening_the_sentence_is_no_subject(run):
    r = run(
        "Folgerichtig fragt auch die oppositionelle SPÖ, ob Naderer nun Mayr in der Regierung "
        "stützen werde oder eben nicht."
    )
    assert speaker_of(r)[1] == "SPÖ"


def test_a_capitalised_adjective_in_los_opening_the_sentence_is_no_subject(run):
    r = run(
        "Fassungslos über so viel Unwissenheit zeigte sich Sozialsprecherin Birgit Schatz. "
        "Arbeitslosigkeit sei ein Einfallstor in die Armut."
    )
    assert speaker_of(r)[1] == "Birgit Schatz"


def test_deren_before_a_role_and_name_is_their_article_not_the_speaker(run):
    r = run(
        "Anders die FPÖ: Die Mindestsicherung bietet die falschen Anreize, meint deren "
        "Sozialsprecher Herbert Kickl."
    )
    assert speaker_of(r)[1] == "Herbert Kickl"


def test_a_noun_before_a_name_describes_that_person_later(run):
    # "Psychotherapeutin" is in no role lexicon; the apposition gives it to Preitler.
    r = run(
        "Das Wichtigste ist eine normale Struktur, sagt die Psychotherapeutin Barbara Preitler. "
        "Preitler arbeitet für Hemayat. Man könne davon ausgehen, dass jedes Kind Verletzungen "
        "davongetragen habe, sagte die Psychotherapeutin zum STANDARD."
    )
    q = r["quotes"][-1]
    assert q["speaker"]["text"] == "die Psychotherapeutin"
    assert q["speaker"]["name"] == "Barbara Preitler"
    preitler = next(a for a in r["actors"] if a["name"] == "Barbara Preitler")
    assert "Psychotherapeutin" in preitler["roles"]


def test_a_neuter_role_description_is_the_person_with_that_role(run):
    r = run(
        "Der seit 2013 amtierende Bürgermeister Ignazio Marino will im Amt bleiben. Ich bleibe "
        "bis 2018, erklärte das Stadtoberhaupt. Der Papst will der Verwaltung Marinos die "
        "Organisation entziehen."
    )
    q = r["quotes"][0]
    assert q["speaker"]["text"] == "das Stadtoberhaupt"
    assert q["speaker"]["name"] == "Ignazio Marino"
    # "der Verwaltung Marinos" is his administration, not a role of his
    marino = next(a for a in r["actors"] if a["name"] == "Ignazio Marino")
    assert "Verwaltung" not in marino["roles"]


def test_a_name_in_the_genitive_owns_the_speaker_it_is_not_the_speaker(run):
    r = run(
        "Riad – Der Blogger Raif Badawi muss weitere Stockhiebe fürchten. Die letztinstanzliche "
        "Entscheidung des Gerichts sei unwiderruflich, sagte Badawis nach Kanada geflüchtete "
        "Ehefrau Ensaf Haidar der Nachrichtenagentur AFP."
    )
    assert speaker_of(r) == ("Ensaf Haidar", "Ensaf Haidar")


def test_a_role_of_a_named_owner_is_not_resolved_to_the_owner(run):
    r = run("Donald Trump ist angeklagt. Trumps Anwalt sagte am Montag, das Verfahren sei unfair.")
    text, name = speaker_of(r)
    assert text == "Trumps Anwalt"
    assert name != "Donald Trump"


def test_a_glued_subheading_is_not_part_of_the_zufolge_source(run):
    # (the scraper glued the subheading "Einbruch der Wirtschaftsleistung" to the sentence)
    r = run(
        "Die Studie warnt vor einem Austritt. Einbruch der Wirtschaftsleistung Berechnungen "
        "zufolge sind im Falle eines Brexits zwei Szenarien denkbar."
    )
    assert speaker_of(r)[0] == "Berechnungen"


def test_unnamed_plural_source_with_a_town_adjective_or_after_in_is_nominative(run):
    r = run("Der Abzug sei beschlossen, verlautete aus Brüsseler Militärkreisen.")
    assert speaker_of(r)[1] == "Brüsseler Militärkreise"
    r = run("In Sicherheitskreisen hieß es, die Fahrzeuge hätten denen der Extremisten geähnelt.")
    assert speaker_of(r)[1] == "Sicherheitskreise"


def test_a_genitive_plural_description_is_several_people_not_the_role_holder(run):
    # "der beteiligten Wissenschafter" (one man: "des beteiligten Wissenschafters") names no
    # single actor; its name is the nominative plural.
    r = run(
        "Der Wissenschafter Wolfgang Knoll leitet das Zentrum. Das Zentrum soll bald wachsen, "
        "sagte Knoll. Für die Projekte hat nach Angaben der beteiligten Wissenschafter das "
        "Ministerium Mittel in Aussicht gestellt."
    )
    sp = r["quotes"][-1]["speaker"]
    assert (sp["actor"], sp["name"]) == (None, "beteiligte Wissenschafter")


def test_an_adjectival_role_noun_after_der_is_one_person_whatever_the_tagger_says(run):
    # "der Sachverständige" (der/die Sachverständige) may be tagged plural; with "der" it is
    # one man, the role holder.
    r = run(
        "Sicher ist laut medizinischem Sachverständigen Wolfgang Denk, dass das Opfer nicht "
        "angefahren wurde. Der Angeklagte schwieg. Die 1,46 Promille könnten dazu geführt "
        "haben, dass sie eingeschlafen sei, vermutet der Sachverständige."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Wolfgang Denk"


def test_a_nationality_noun_takes_up_the_person_named_last(run):
    r = run(
        "Der Trainer lobte Leon Andreasen. Das ist ein klares Handspiel, ich bin normal ein "
        "fairer Spieler, sagte der Däne nach dem Spiel."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Leon Andreasen"
    r = run(
        "Die Tennisspielerin Garbiñe Muguruza gewann das Finale. Ich bin sehr glücklich, sagte "
        "die Spanierin."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Garbiñe Muguruza"


def test_a_conjunct_after_a_comparison_particle_is_no_subject(run):
    # "wie" governs both conjuncts; the subject stands after the verb.
    r = run(
        "Ebenso wie andere Schwellen- und Entwicklungsländer argumentierte Indien seit Jahren, "
        "dass die Industriestaaten zuerst am Zug seien."
    )
    assert speaker_of(r)[0] == "Indien"


def test_a_name_the_tagger_reads_as_a_number_is_still_the_subject(run):
    r = run(
        "Dennoch musste sich der Schwede mit kritischen Stimmen befassen. Wie LEquipe anmerkte, "
        "sei Ibrahimovic in der Champions League kein entscheidender Faktor."
    )
    assert speaker_of(r)[0] == "LEquipe"


def test_a_subject_after_a_subordinate_clause_opens_a_main_clause_of_its_own(run):
    # The comma splice "…, dass …, Fraser Kyne meint trotzdem" puts the subject right
    # before the cue; the noun of the dass-clause is not the speaker.
    r = run(
        "Bei einem Passwort-Manager gibt es zwar immer die Gefahr, dass das Hauptpasswort "
        "geknackt wird, Fraser Kyne meint trotzdem, dass die Vorteile deutlich größer ausfallen "
        "als die Risiken."
    )
    assert speaker_of(r)[0] == "Fraser Kyne"


def test_a_nationality_noun_skips_a_person_introduced_as_another_nationality(run):
    r = run(
        "Im Finale trifft Novak Djokovic auf den Kroaten Marin Cilic. Das war eines der "
        "schwierigsten Matches meiner Karriere, sagte der Serbe nach dem Spiel."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Novak Djokovic"
    r = run(
        "Im Finale spielt der Spanier Rafael Nadal gegen den Italiener Paolo Lorenzi. Ich bin "
        "sehr müde, meinte der Spanier."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Rafael Nadal"


def test_an_age_a_party_or_a_number_before_a_role_still_describes_the_person(run):
    r = run(
        "Hannes Reichelt wurde Vierter. Der Start war miserabel, ärgerte sich der 35-jährige "
        "Routinier."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Hannes Reichelt"
    r = run(
        "Hannover gewann gegen Köln. Michael Frontzeck freute sich über den Erfolg. Der "
        "96-Trainer sagte, er habe die Szene nicht gesehen."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Michael Frontzeck"
    r = run(
        "Der tschechische Außenminister Lubomír Zaorálek kritisierte Moskau. Derartige "
        "Theorien seien sehr beunruhigend, so der Sozialdemokrat."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Lubomír Zaorálek"
    r = run(
        "Die Dänin Caroline Wozniacki besiegte die Spanierin Garbiñe Muguruza. Ich habe heute "
        "gut gespielt, sagte die Dänin."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Caroline Wozniacki"


def test_a_medium_after_laut_in_a_so_frame_only_relays_the_source(run):
    r = run(
        "Der Rapper hatte einen Polizisten bedroht. Auch in seinen Texten habe der Musiker "
        "Gewalt verherrlicht, so die Behörden laut New York Times."
    )
    assert r["quotes"][-1]["speaker"]["text"] == "die Behörden"


def test_after_a_zwar_concession_the_subject_of_the_point_goes_on_speaking(run):
    r = run(
        "Zwar hat Finanzminister Josef Pröll nach der Verstaatlichung den Auftrag gegeben, "
        "jeden Zettel zwei Mal umzudrehen, Thomas Havranek fühlte sich dabei aber gebremst. "
        "Wöchentliche Berichte hätten die Arbeit massiv verzögert, zudem seien Daten von der "
        "Bank vorsortiert worden."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Thomas Havranek"


def test_a_feminine_role_across_a_coordination_gives_the_gender_before_a_first_name(run):
    # "Sirvan" alone reads as a man's name; "die Unternehmerin und ehemalige …abgeordnete"
    # says who she is, so "sie" takes her up.
    r = run(
        "Wie schwierig es für Migranten ist, weiß auch die Unternehmerin und ehemalige Wiener "
        "ÖVP-Landtagsabgeordnete Sirvan Ekici. Für Migranten ist es sinnvoller, sich in "
        "etablierten Parteien zu engagieren, sagt sie zum STANDARD."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Sirvan Ekici"


def test_possessive_before_a_source_noun_takes_up_its_owner(run):
    r = run(
        "Die Vorwürfe seien haltlos, sagte der Unternehmeranwalt Alexander Angelow. Seinen "
        "Angaben zufolge wird das Volumen der Zessionen auf 800 Millionen Lewa geschätzt."
    )
    last = r["quotes"][-1]
    assert last["speaker"]["text"] == "Seinen Angaben"
    assert last["speaker"]["name"] == "Alexander Angelow"


def test_possessive_source_ignores_the_plural_verb_of_its_clause(run):
    r = run(
        "Die Architektin Renate Goebl warnt vor den Plänen. Die geschätzten Kosten belaufen "
        "sich ihrer Meinung nach auf jene eines Neubaus."
    )
    last = r["quotes"][-1]
    assert last["speaker"]["name"] == "Renate Goebl"


def test_the_release_named_before_speaks_for_its_author(run):
    r = run(
        "Niemand könne das Problem allein lösen, sagte der oberste EU-Vertreter in Österreich, "
        "Jörg Wojahn, am Montag in einer Aussendung. Jeder in Brüssel erkennt Österreichs "
        "Engagement an, heißt es in der Aussendung."
    )
    last = r["quotes"][-1]
    assert last["speaker"]["name"] == "Jörg Wojahn"


def test_a_medium_in_the_dative_after_a_spokesperson_is_whom_it_was_told(run):
    r = run(
        "Die Staatsanwaltschaft ermittelt seit Monaten gegen MPC, wie eine Behördensprecherin "
        "der APA bestätigte."
    )
    (q,) = r["quotes"]
    assert q["speaker"]["text"] == "eine Behördensprecherin"


def test_a_negotiator_is_a_role_that_takes_up_the_person_named_before(run):
    r = run(
        "ÖVP-Landesrat Michael Strugl hält eine Koalition mit der FPÖ für möglich. Die größere "
        "Reformorientierung sehe ich derzeit bei der FPÖ, so der Verhandler."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Michael Strugl"


def test_an_age_first_given_without_a_name_describes_no_one_named_later(run):
    r = run(
        "Der 81-jährige Besitzer eines Hauses hatte Mäuse im Haus. Der zuständige "
        "Feuerwehrchef Juan Chavez bestätigte den Vorfall am Sonntag. Am Montag sagte der "
        "81-jährige in einem Interview, dass die Maus sofort tot gewesen sei."
    )
    assert r["quotes"][-1]["speaker"]["name"] != "Juan Chavez"


def test_a_name_right_before_the_verb_ends_a_glued_subheading(run):
    r = run(
        "Angela Merkel sprach in Berlin. Illusionen verbreiten Merkel warf ihren Kritikern vor, "
        "mit dem Ruf nach schnellen Lösungen Illusionen zu verbreiten."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Angela Merkel"
    r = run(
        "Giuseppe Conte trat zurück. Staatspräsident Sergio Mattarella hatte Conte gebeten, "
        "vorübergehend im Amt zu bleiben."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Sergio Mattarella"


def test_role_with_another_team_prefix_is_not_the_description(run):
    r = run(
        "Bullen-Coach Peter Zeidler hofft auf Rückkehr der Stützen. Thorsten Fink kehrt in jenes "
        "Stadion zurück. Dass die Defensive bereits klappt, freut auch Fink. Wir haben unsere "
        "Stärken, die wollen wir ausspielen, sagte der Austria-Coach."
    )
    assert speaker_of(r) == ("der Austria-Coach", "Thorsten Fink")


def test_demonym_description_takes_up_the_person_named_last_as_a_subject(run):
    r = run(
        "Jubeln durfte mit Eva Pinkelnig eine weitere Österreicherin, die Dritte wurde. "
        "Pinkelnig (227,8) holte sich 2,6 Punkte vor der deutschen Weltmeisterin Carina Vogt "
        "(225,2) ihr bestes Karriereresultat. Es ist großartig mit den beiden besten "
        "Skispringerinnen aller Zeiten auf dem Podest zu stehen, sagte die Vorarlbergerin."
    )
    assert speaker_of(r) == ("die Vorarlbergerin", "Eva Pinkelnig")


def test_impersonal_man_after_the_cue_takes_the_circle_it_came_from(run):
    r = run(
        "Die Krone berichtete über die Pläne. Man werde sich nach dem Andrang richten, erklärte "
        "man in Regierungskreisen dem STANDARD."
    )
    assert speaker_of(r) == ("Regierungskreisen", "Regierungskreise")
    r = run("Das sei alles halb so schlimm, sagt man in Zukunft wohl.")
    assert speaker_of(r)[0] != "Zukunft"


def test_someones_deputy_is_not_the_person_named_before(run):
    r = run(
        "Polizeichef Andrew Hughes hat ein Ermittlungsverfahren gegen Bainirama in Aussicht "
        "gestellt. Nach Gerüchten über eine Festnahme teilte dessen Stellvertreter über die "
        "Sicherheitsvorkehrungen seines Chefs mit: „Er sagte, er ruft uns an, wenn er "
        "zurückkommt.“"
    )
    q = r["quotes"][0]
    assert q["speaker"] is None or q["speaker"]["name"] != "Andrew Hughes"


def test_a_demonstrative_source_phrase_takes_up_the_source_just_quoted(run):
    r = run(
        "Die Zahl der Gewalttaten ist nach Angaben des Berliner Tagesspiegels gestiegen. Bei den "
        "Angriffen wurden demnach 691 Menschen verletzt. Insgesamt stellte die Polizei nach "
        "diesen Angaben 13.846 Straftaten fest."
    )
    assert [q["speaker"]["name"] for q in r["quotes"]][-1] == "Tagesspiegel"


def test_the_report_after_a_newspaper_is_quoted_is_its_report(run):
    r = run(
        "Die Polizei nahm 161 Personen fest, schrieb die Zeitung Tagesspiegel. Vergleichszahlen "
        "für 2014 liegen dem Bericht zufolge nur unvollständig vor."
    )
    assert r["quotes"][-1]["speaker"]["name"] == "Tagesspiegel"


def test_a_relative_clause_after_the_subject_is_no_statement_before_a_frame(run):
    r = run(
        "Der polnische Parteichef Jarosław Kaczyński hat Deutschland Defizite vorgeworfen. Der "
        "Vorsitzende der Partei Recht und Gerechtigkeit (PiS), der als starker Mann hinter der "
        "Regierung gilt, wies Kritik wegen Missständen in seinem Land am Montag zurück. "
        "Allerdings gebe es in Deutschland Probleme."
    )
    assert speaker_of(r)[0].startswith("Der Vorsitzende der Partei")


def test_von_after_a_full_name_names_the_employer_not_the_person(run):
    r = run(
        "Fraser Kyne von Bromium meint trotzdem, dass die Vorteile deutlich größer ausfallen als "
        "die Risiken."
    )
    assert r["quotes"][0]["speaker"]["name"] == "Fraser Kyne"
    r = run("Johann Wolfgang von Goethe schrieb, dass die Farbenlehre sein wichtigstes Werk sei.")
    assert r["quotes"][0]["speaker"]["name"] == "Johann Wolfgang von Goethe"
