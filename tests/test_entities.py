"""Entity clean-up: labels and spans of persons, organisations and places."""

from __future__ import annotations


def labelled(result: dict) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in result["entities"]}


def test_known_place_keeps_its_label_beside_a_mistagged_person(run):
    # The model calls "Panama Papers" a person; the lone "Panama" is still the country.
    r = run(
        "Nach den Enthüllungen zu den sogenannten Panama Papers über Finanzgeschäfte mit "
        "Briefkastenfirmen in Panama hat die Regierung reagiert."
    )
    assert ("Panama", "LOC") in labelled(r)
    assert ("Panama", "PER") not in labelled(r)
