"""Corpus knowledge found at build time: the roles documents describe and the short forms they
define, from the documents alone (bot/index/knowledge.py)."""

from __future__ import annotations

import json

from bot.index.knowledge import Knowledge, canonical, defined_abbreviations, extract
from bot.lexicon import load_lexicon
from bot.ingest.chunking import chunk_document
from bot.ingest.readers import extract as read_file
from conftest import REPO, role_chunks

LEXICON = load_lexicon(REPO / "prompts")


def chunks_of(**docs: str) -> list:
    def count(texts):
        return [len(t.split()) for t in texts]

    return [c for name, text in docs.items() for c in chunk_document(name, text, count, 200)]


def test_roles_come_from_titles_headings_and_sentences():
    knowledge = extract(role_chunks(), LEXICON)
    roles = {r.key: r for r in knowledge.roles}
    assert set(roles) == {"model risk analyst", "feature store engineer", "annotation lead"}
    assert all(r.headed for r in roles.values())
    assert roles["annotation lead"].sources == ("annotation-lead.txt",)
    assert roles["model risk analyst"].count >= 5  # singular and plural, every level


def test_a_recurring_role_without_a_heading_is_found_and_a_single_mention_is_not():
    text = ("Careers in Data\n\nOverview\n\n"
            + "".join(f"A pipeline wrangler checks the nightly job number {i}. " for i in range(3))
            + "Once a year a cloud architect joins the review.\n")
    roles = extract(chunks_of(**{"careers.txt": text}), LEXICON).role_keys()
    assert "pipeline wrangler" not in roles  # "wrangler" is not a job noun of the lexicon
    text = text.replace("pipeline wrangler", "pipeline engineer")
    roles = extract(chunks_of(**{"careers.txt": text}), LEXICON).role_keys()
    assert "pipeline engineer" in roles and "cloud architect" not in roles


def test_transport_roles_are_found_and_a_device_driver_is_no_role():
    """Drivers, operatives and forwarders are people's jobs in the lexicon; a "driver" that
    names software or a cause ("key driver of pay") heads no section and is no role."""
    text = ("Working in Logistics\n\nTrain driver\n\nA train driver earns BVL 58,900. "
            "Every train driver works a roster.\n\nWarehouse operative\n\nA warehouse operative "
            "picks orders.\n\nFreight forwarder\n\nA freight forwarder books space on ships.\n\n"
            "Pay\n\nFuel is a key driver of cost. The key driver is demand. The main key driver "
            "varies. Install the printer driver first.\n")
    roles = extract(chunks_of(**{"logistics.txt": text}), LEXICON).role_keys()
    assert {"train driver", "warehouse operative", "freight forwarder"} <= set(roles)
    assert not {"key driver", "printer driver", "driver"} & set(roles)


def test_a_rare_adjective_in_front_of_a_common_role_is_not_a_role():
    sentences = [f"The data engineer owns pipeline number {i}." for i in range(20)]
    sentences += ["Every aspiring data engineer should learn SQL."] * 3
    text = "Working With Data\n\nOverview\n\n" + " ".join(sentences) + "\n"
    roles = extract(chunks_of(**{"data.txt": text}), LEXICON).role_keys()
    assert "data engineer" in roles and "aspiring data engineer" not in roles


def test_a_phrase_only_ever_inside_a_longer_role_is_not_a_role_of_its_own():
    text = ("Roles\n\nOverview\n\n"
            + " ".join(f"A machine learning engineer ships model {i}." for i in range(5)) + "\n")
    roles = extract(chunks_of(**{"ml.txt": text}), LEXICON).role_keys()
    assert "machine learning engineer" in roles and "learning engineer" not in roles


def test_level_words_are_not_part_of_a_role():
    text = ("Ladder\n\nOverview\n\n"
            + " ".join(f"A senior platform engineer leads team {i}." for i in range(4)) + "\n")
    roles = extract(chunks_of(**{"ladder.txt": text}), LEXICON).role_keys()
    assert "platform engineer" in roles and not any("senior" in r for r in roles)


def test_counts_amounts_comparisons_and_hiring_are_not_part_of_a_role():
    text = ("Developer Advocates\n\nHow much developer advocates earn\n\n"
            "A developer advocate earns a base salary. Two engineers review every talk.\n\n"
            "Developer advocate versus solutions engineer\n\nThe advocate writes the talks.\n\n"
            "Companies hiring developer advocates\n\nMost are cloud vendors.\n")
    roles = extract(chunks_of(**{"advocates.txt": text}), LEXICON).role_keys()
    assert "developer advocate" in roles
    assert not [r for r in roles if r.split()[0] in {"much", "two", "hiring", "companies"}
                or "versus" in r], roles


def test_long_form_then_short_form_in_brackets_defines_an_abbreviation():
    found = defined_abbreviations([
        "A Feature Store Engineer (FSE) builds pipelines.",
        "They use Retrieval-Augmented Generation (RAG) daily.",
        "Results are published monthly (see the appendix) and (NOTE) at random.",
    ])
    assert found == {"fse": "feature store engineer", "rag": "retrieval augmented generation"}


def test_a_plural_short_form_defines_the_singular():
    found = defined_abbreviations([
        "Solutions architects (SAs) work with the customer's engineers.",
        "Pay includes restricted stock units (RSUs) that vest over four years.",
        "The clinic employs Speech and Language Therapists (SLTs).",
    ])
    assert found == {"sa": "solutions architect", "rsu": "restricted stock unit",
                     "slt": "speech and language therapist"}
    assert canonical("senior SA pay", found) == "senior solution architect pay"


def test_a_compound_word_gives_a_letter_for_each_part_of_a_short_form():
    found = defined_abbreviations([
        "New healthcare assistants (HCAs) start in May.",
        "The Certified AI Product Practitioner (CAIPP) exam is online.",
        # one word alone spells no short form by its inner letters ("process" is no "PR")
        "We review the process (PR) yearly.",
        "Ask the team (TMA) first.",
    ])
    assert found == {"hca": "healthcare assistant", "caipp": "certified ai product practitioner"}
    assert canonical("new HCAs", found) == "new healthcare assistant"


def test_the_most_frequent_definition_of_a_short_form_wins():
    found = defined_abbreviations(["Product Manager (PM)"] * 2 + ["Project Manager (PM)"])
    assert found == {"pm": "product manager"}


def test_a_short_form_that_is_a_stop_word_is_not_an_abbreviation():
    """"operations research (OR)" and "osteitis fibrosa (OF)" would make every "or" and "of" of a
    question those terms (BEIR SciFact's nDCG@10 fell from 0.711 to 0.664 with them)."""
    found = defined_abbreviations([
        "Forecasting analysts use operations research (OR) daily.",
        "Patients with osteitis fibrosa (OF) and machine learning (ML) models.",
    ])
    assert found == {"ml": "machine learning"}


def test_extracted_abbreviations_join_the_lexicon_and_spell_out_role_keys():
    knowledge = extract(role_chunks(), LEXICON)
    assert knowledge.abbreviations["fse"] == "feature store engineer"
    assert knowledge.abbreviations["sr"] == LEXICON.abbreviations["sr"]  # general ones kept
    assert canonical("Senior FSEs", knowledge.abbreviations) == "senior feature store engineer"
    assert canonical("Annotation Leads", {}) == "annotation lead"
    # a mark between words is not a word: the role is one key however it is punctuated
    assert canonical("MLOps / Model Reliability Engineer", {}) == canonical(
        "MLOps Model Reliability Engineer", {})
    assert canonical("Sales & Marketing Lead — EMEA", {}) == "sale marketing lead emea"
    # a possessive, or a short form's plural written with an apostrophe, is the role itself
    assert canonical("FSE's", knowledge.abbreviations) == "feature store engineer"
    assert canonical("the annotation lead’s", {}) == canonical("the annotation lead", {})


def test_the_built_index_stores_its_knowledge(roles_engine):
    data = roles_engine.loaded().data
    assert {"model risk analyst", "feature store engineer", "annotation lead"} <= set(
        data.knowledge.role_keys())
    generation = roles_engine.settings.index_dir / data.manifest.generation
    stored = Knowledge.model_validate(json.loads((generation / "knowledge.json").read_text()))
    assert stored == data.knowledge


def test_a_clipped_word_the_documents_use_beside_its_long_form_names_the_same_role():
    text = ("Quantitative Researcher\n\nOverview\n\n"
            + "".join(f"A quant researcher tests signal number {i}. " for i in range(3))
            + "A quantitative researcher also reads papers.\n\nData Engineer\n\n"
            + "".join(f"A data engineer owns pipeline {i}. " for i in range(3)) + "\n")
    other = ("Database Engineer\n\nOverview\n\n"
             + "".join(f"A database engineer tunes index {i}. " for i in range(3)) + "\n")
    knowledge = extract(chunks_of(**{"quant.txt": text, "db.txt": other}), LEXICON)
    roles = {r.key: r for r in knowledge.roles}
    assert "quant researcher" not in roles and roles["quantitative researcher"].count == 5
    assert roles["quantitative researcher"].name == "Quantitative Researcher"
    # "data" starts "database", but no document names both roles: they stay two roles
    assert {"data engineer", "database engineer"} <= set(roles)
    assert canonical("quant researchers", knowledge.abbreviations) == "quantitative researcher"


def test_a_role_of_several_words_is_known_by_its_initials_when_they_name_it_alone():
    text = ("Technical Program Manager\n\nOverview\n\nA technical program manager runs launches.\n\n"
            "Test Platform Manager\n\nOverview\n\nA test platform manager owns the rigs.\n\n"
            "Data Analyst\n\nOverview\n\nA data analyst builds reports.\n")
    knowledge = extract(chunks_of(**{"roles.txt": text}), LEXICON)
    assert "tpm" not in knowledge.abbreviations  # two roles share the initials
    assert "da" not in knowledge.abbreviations  # two letters: too often something else
    text = text.replace("Test Platform Manager", "Quality Lead").replace(
        "test platform manager", "quality lead")
    knowledge = extract(chunks_of(**{"roles.txt": text}), LEXICON)
    assert canonical("senior TPMs", knowledge.abbreviations) == "senior technical program manager"


def test_a_page_titled_by_a_job_noun_alone_is_a_role_named_in_the_singular():
    page = ("# Actuaries\n\n## What they do\n\nActuaries price risk for insurers and pension funds. "
            "An appointed actuary signs the annual valuation. Most appointed actuary posts need "
            "ten years. Every appointed actuary reports to the board.\n")
    roles = {r.key: r for r in extract(chunks_of(**{"actuaries.md": page}), LEXICON).roles}
    bare = [r for r in roles.values() if " " not in r.key]
    assert [r.name for r in bare] == ["Actuary"] and bare[0].headed
    assert "appointed actuary" in roles  # the longer role is kept beside it
    # a job noun inside a sentence or a longer heading is no role of its own
    other = page.replace("# Actuaries", "# Working as one of the actuaries", 1)
    assert all(" " in k for k in extract(chunks_of(**{"a.md": other}), LEXICON).role_keys())


def test_a_level_word_alone_in_a_heading_is_not_a_role():
    page = "# Lead\n\n## What they do\n\nA lead runs the weekly review.\n"
    assert extract(chunks_of(**{"lead.md": page}), LEXICON).role_keys() == []


def test_a_name_joined_by_and_is_one_role_and_its_initials_skip_the_and():
    text = ("Speech and Language Therapist\n\nSpeech and language therapists (SLTs) help children "
            "and adults. A speech and language therapist works in clinics. Data engineers and "
            "data scientists work together. Speech and Language Therapist (SLT) posts are Band 5.\n")
    knowledge = extract(chunks_of(**{"slt.txt": text}), LEXICON)
    assert "speech and language therapist" in knowledge.role_keys()
    assert "language therapist" not in knowledge.role_keys()
    assert not any("and data" in key for key in knowledge.role_keys())  # two roles, not one
    assert knowledge.abbreviations["slt"] == "speech and language therapist"


def test_a_heading_naming_a_job_noun_on_its_own_names_a_role_of_one_word():
    """"Becoming a dietitian" is about the dietitian; "Becoming an engineer" names no particular
    engineer, "Developer relations" is a field and "Tailor your CV" a verb."""
    def roles(*headings: str) -> list[str]:
        text = "Guide\n\n" + "".join(f"{h}\n\nSome text about it here.\n\n" for h in headings)
        return extract(chunks_of(**{"guide.txt": text}), LEXICON).role_keys()

    assert "dietitian" in roles("Becoming a dietitian", "Pay")
    assert roles("Becoming an engineer", "Developer relations", "Tailor your CV") == []


def test_a_figure_parts_the_words_around_it():
    knowledge = extract(chunks_of(**{"bands.txt": (
        "Pay\n\nA Band 5 paramedic earns the most. Every Band 5 paramedic works shifts. "
        "Band 5 paramedic posts open in May.\n")}), LEXICON)
    assert "band paramedic" not in knowledge.role_keys()


def test_a_role_headed_in_capitals_is_named_as_its_sentences_write_it():
    knowledge = extract(chunks_of(**{"crane.txt": (
        "CRANE OPERATOR\n\nA crane operator lifts loads on site. Each crane operator holds a "
        "card.\n\nPAY\n\nA crane operator earns more at night.\n")}), LEXICON)
    names = {r.key: r.name for r in knowledge.roles}
    assert names["crane operator"] == "crane operator"


def test_a_job_noun_that_is_a_whole_cell_or_item_names_a_role_of_one_word():
    """A table's cell or a list's item that is only a job noun ("Roofer", "Senior roofer")
    names a role of one word, as a heading does; not a noun that heads many roles' names
    ("Engineer"), nor one of a list inside a cell ("Recruiter, SQL screen": a stage)."""
    page = ("# Trades\n\n| Trade | Region | Starts |\n|---|---|---|\n"
            "| Roofer | North | 12 |\n| Roofer | South | 9 |\n| Senior roofer | East | 3 |\n"
            "| Engineer | West | 4 |\n| Engineer | North | 5 |\n| Engineer | South | 6 |\n\n"
            "## Related jobs\n\n- Archivist\n- Heritage conservator\n\n"
            "## Interview stages\n\n| Role | Stages |\n|---|---|\n"
            "| Data engineer | Recruiter, SQL screen, loop |\n"
            "| Analytics engineer | Recruiter, take-home |\n"
            "| Research engineer | Recruiter, coding screen |\n")
    def read(text: str) -> list:  # as the index reads a markdown file: rows as "Trade: Roofer"
        got = read_file("trades.md", text.encode())
        return chunk_document("trades.md", got.text, lambda ts: [len(t.split()) for t in ts],
                              200, got.title, got.blocks)

    roles = {r.key: r for r in extract(read(page), LEXICON).roles}
    assert roles["roofer"].count == 3 and not roles["roofer"].headed
    assert roles["roofer"].name == "Roofer"
    assert "engineer" not in roles and "recruiter" not in roles
    assert "archivist" not in roles  # one mention: not recurring
    twice = page.replace("- Heritage conservator", "- Archivist\n- Archivist")
    assert "archivist" in extract(read(twice), LEXICON).role_keys()


def test_transport_jobs_are_roles():
    """The air's jobs are named by nouns of the lexicon like any other: a crew is a job's people
    ("cabin crew"), a controller and a captain are people."""
    text = ("Captains\n\nOverview\n\nA captain commands the aircraft.\n\nWorking with others\n\n"
            + "".join(f"Cabin crew work shift {i}. Air traffic controllers clear flight {i}. "
                      for i in range(3)) + "\n")
    roles = extract(chunks_of(**{"air.txt": text}), LEXICON).role_keys()
    assert {"captain", "cabin crew", "air traffic controller"} <= set(roles)
