"""Choosing the quotes of an answer (bot/answer/compose.py) from synthetic units and
probabilities: the relative cut, the character budget, near-duplicates, reading order, and
what an intro line brings with it."""

from __future__ import annotations

import numpy as np

from bot.answer.compose import (choose, complete, introduced, neighbours, reading_order,
                                whole_lists)
from bot.answer.features import FEATURES
from bot.answer.ranker import GATE_FEATURES, Linear, Ranker, Trees
from bot.index.lexical import tokenize
from bot.records import Unit


def linear(names: tuple[str, ...]) -> Linear:
    n = len(names)
    return Linear(names=names, mean=(0.0,) * n, scale=(1.0,) * n, coef=(0.0,) * n, intercept=0.0)


def ranker(**settings) -> Ranker:
    values = {"threshold": 0.5, "relative": 0.5, "floor": 0.05, "budget": 1000, "max_units": 5}
    return Ranker(units=linear(FEATURES), gate=Trees(names=GATE_FEATURES, init=0.0, rate=0.1, trees=()),
                  **{**values, **settings})


def units(*texts: str, section: tuple[str, ...] = ("Section",)) -> list[Unit]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Unit(id=f"u{i}", source="doc.txt", kind="sentence", start=at,
                        end=at + len(text), text=text, section=section))
        at += len(text) + 1
    return out


def pick(us: list[Unit], p: list[float], r: Ranker, **kwargs) -> list[int]:
    terms = [frozenset(tokenize(u.text)) for u in us]
    return choose(us, terms, np.array(p), r, **kwargs)


DISTINCT = ("Analysts review credit models every quarter.",
            "Engineers deploy streaming pipelines on Kafka.",
            "Leads write labelling guidelines for annotators.",
            "Salaries start near sixty thousand dollars.")


def test_units_are_chosen_best_first_while_within_the_relative_cut():
    us = units(*DISTINCT)
    assert pick(us, [0.2, 0.9, 0.5, 0.44], ranker(relative=0.5)) == [1, 2]
    assert pick(us, [0.2, 0.9, 0.5, 0.44], ranker(relative=0.2)) == [1, 2, 3, 0]
    assert pick(us, [0.2, 0.9, 0.5, 0.44], ranker(), relative=0.9) == [1]  # per-call override


def test_the_floor_cuts_even_within_the_relative_share():
    us = units(*DISTINCT)
    assert pick(us, [0.12, 0.1, 0.08, 0.01], ranker(relative=0.1, floor=0.09)) == [0, 1]


def test_the_best_unit_is_always_chosen_even_when_weak_or_long():
    long = "Analysts review " + "very " * 300 + "long credit models."
    assert pick(units(long), [0.01], ranker(floor=0.5, budget=100)) == [0]


def test_the_budget_skips_a_unit_that_does_not_fit_and_keeps_looking():
    us = units("a" * 100 + " first", "b" * 200 + " second", "c" * 40 + " third")
    assert pick(us, [0.9, 0.8, 0.7], ranker(relative=0.1), budget=160) == [0, 2]
    assert pick(us, [0.9, 0.8, 0.7], ranker(relative=0.1, budget=400)) == [0, 1, 2]


def test_max_units_caps_the_answer():
    us = units(*DISTINCT)
    assert pick(us, [0.9, 0.8, 0.7, 0.6], ranker(relative=0.1, max_units=2)) == [0, 1]


def test_near_duplicates_of_a_chosen_unit_are_dropped():
    us = units("Model risk analysts review credit models every quarter.",
               "Every quarter model risk analysts review credit models.",  # same words
               "Model risk analysts review credit models",  # contained in the first
               "Engineers deploy streaming pipelines on Kafka.")
    assert pick(us, [0.9, 0.85, 0.8, 0.7], ranker(relative=0.1)) == [0, 3]


def test_units_sharing_some_words_are_not_duplicates():
    us = units("Junior model risk analysts earn $61,000 per year in most markets.",
               "Senior model risk analysts lead audits of credit and pricing models.")
    assert pick(us, [0.9, 0.8], ranker(relative=0.1)) == [0, 1]


def test_a_quote_stating_another_figure_is_no_duplicate():
    us = units("Entry-level: $96,000 to $120,571",  # one role's list
               "Entry-level: $90,000 to $120,000",  # another role's, under its own heading
               "Entry-level: $96,000 to $120,571.")  # the first again
    assert pick(us, [0.9, 0.8, 0.7], ranker(relative=0.1)) == [0, 1]


def test_nothing_to_choose_from():
    assert pick([], [], ranker()) == []


def test_reading_order_groups_by_section_in_order_of_the_best_unit():
    salary = units("Juniors earn less.", "Seniors earn more.", section=("Salary",))
    skills = [u.model_copy(update={"id": f"s{i}", "start": 500 + u.start})
              for i, u in enumerate(units("Statistics.", "Writing.", section=("Skills",)))]
    us = [*salary, *skills]
    # best first: a skills unit, then a salary unit, then the other skills unit, then salary
    assert reading_order(us, [3, 1, 2, 0]) == [2, 3, 0, 1]
    assert reading_order(us, []) == []


def document(*parts: tuple[str, str, tuple[str, ...], str]) -> list[Unit]:
    """Units of one document in order, from (kind, text, section, label)."""
    out, at = [], 0
    for i, (kind, text, section, label) in enumerate(parts):
        out.append(Unit(id=f"d{i}", source="guide.md", kind=kind, start=at, end=at + len(text),
                        text=text, section=section, label=label))
        at += len(text) + 1
    return out


SKILLS = document(
    ("sentence", "Scientists need more than maths.", ("Soft Skills",), ""),
    ("intro", "Here are the essential soft skills:", ("Soft Skills",), ""),
    ("sentence", "Explaining models to people who do not build them.",
     ("Soft Skills", "Communication"), ""),
    ("sentence", "It takes practice.", ("Soft Skills", "Communication"), ""),
    ("sentence", "Splitting a vague problem into testable parts.",
     ("Soft Skills", "Problem Solving"), ""),
    ("sentence", "Salaries vary by city.", ("Pay",), ""),
)
TOOLS = document(
    ("intro", "They use these tools:", ("Tools",), ""),
    ("item", "Airflow", ("Tools",), "They use these tools"),
    ("item", "dbt", ("Tools",), "They use these tools"),
    ("sentence", "Most teams also use Git.", ("Tools",), ""),
)


def test_an_intro_introduces_the_first_unit_of_each_subsection_that_follows():
    assert introduced(SKILLS, 1) == [2, 4]  # not the second sentence of a subsection, nor "Pay"


def test_an_intro_introduces_the_list_items_it_labels():
    assert introduced(TOOLS, 0) == [1, 2]  # the sentence after the list is not its item


def test_an_intro_whose_items_are_not_chosen_brings_them_before_lower_ranked_units():
    budget = sum(len(SKILLS[r].text) for r in (1, 2, 4))
    # the intro ranks first; the unit ranked second no longer fits once it has brought its own
    assert complete(SKILLS, [1, 0], budget) == {1: [2, 4]}


def test_an_intro_with_a_chosen_item_brings_nothing():
    assert complete(TOOLS, [0, 2], 1000) == {0: [], 2: []}


def test_an_intro_that_can_bring_nothing_within_the_budget_is_dropped():
    assert complete(SKILLS, [0, 1], len(SKILLS[0].text) + len(SKILLS[1].text) + 5) == {0: []}


def test_other_units_are_kept_while_they_fit():
    assert complete(SKILLS, [5, 0], 1000) == {5: [], 0: []}


def test_items_under_the_intro_quoted_just_above_them_do_not_repeat_it_as_a_heading():
    from bot.answer.compose import Composer
    from bot.prompts import load_prompts
    from bot.records import Citation
    from conftest import REPO

    def cite(n, quote, label="", section=("4.2 Next roles",)):
        return Citation(n=n, source="de.md", title="Data engineer", section=section,
                        quote=quote, start=n, end=n + 1, score=0.5, label=label)

    intro = "Data engineers have flexible exit options:"
    said = intro.rstrip(":")
    composer = Composer(None, load_prompts(REPO / "prompts"))
    lines = composer.lines([cite(1, intro), cite(2, "Data engineering manager.", said),
                            cite(3, "Analytics engineer.", said)])
    assert lines == [f"{intro} [1]", "\n**4.2 Next roles**", "- Data engineering manager. [2]",
                     "- Analytics engineer. [3]"]
    # items whose intro is not quoted keep it in their heading; above every heading, an item
    # under its quoted intro needs no heading line at all
    lines = composer.lines([cite(2, "Data engineering manager.", said)])
    assert lines[0] == f"**4.2 Next roles › {said}**"
    lines = composer.lines([cite(1, intro, section=()), cite(2, "Analytics engineer.", said, ())])
    assert lines == [f"{intro} [1]", "- Analytics engineer. [2]"]


def test_an_item_under_the_item_quoted_just_above_it_is_nested_not_headed_by_it():
    from bot.answer.compose import Composer
    from bot.prompts import load_prompts
    from bot.records import Citation
    from conftest import REPO

    def cite(n, quote, label):
        return Citation(n=n, source="ranger.md", title="Park Ranger", section=("Duties",),
                        quote=quote, start=n, end=n + 1, score=0.5, label=label)

    composer = Composer(None, load_prompts(REPO / "prompts"))
    lines = composer.lines([cite(1, "Lead guided walks", "Rangers"),
                            cite(2, "for school groups", "Lead guided walks"),
                            cite(3, "for visitors", "Lead guided walks")])
    assert lines == ["**Duties › Rangers**", "- Lead guided walks [1]", "  - for school groups [2]",
                     "  - for visitors [3]"]


LEANING = frozenset({"it", "they", "these"})
BUDGET = ("Every employee receives an annual learning budget.",
          "It can be spent on courses, books and conference tickets.",
          "Unused amounts do not roll over.",
          "They reset on 1 January.")


def test_a_quote_is_shown_with_the_sentence_after_it_that_leans_on_it():
    us = units(*BUDGET)
    chunk = np.zeros(len(us), dtype=np.int64)
    assert neighbours(us, chunk, {0: []}, 1000, LEANING) == {0: ([], [1])}
    # and a quote that leans on the sentence before it is shown after that one
    assert neighbours(us, chunk, {1: []}, 1000, LEANING) == {1: ([0], [])}
    assert neighbours(us, chunk, {3: [], 0: []}, 1000, LEANING) == {3: ([2], []), 0: ([], [1])}
    # a sentence that opens with no such word, or one already quoted, is not brought
    assert neighbours(us, chunk, {2: []}, 1000, LEANING) == {2: ([], [3])}
    assert neighbours(us, chunk, {0: [], 1: []}, 1000, LEANING) == {0: ([], []), 1: ([], [])}


def test_a_leaning_sentence_is_brought_only_from_its_own_paragraph_and_within_the_budget():
    us = units(*BUDGET)
    chunk = np.zeros(len(us), dtype=np.int64)
    # another paragraph: more than a space between the two
    apart = [us[0], us[1].model_copy(update={"start": us[1].start + 1, "end": us[1].end + 1})]
    assert neighbours(apart, chunk[:2], {0: []}, 1000, LEANING) == {0: ([], [])}
    # another chunk, or another section
    assert neighbours(us, np.array([0, 1, 1, 1]), {0: []}, 1000, LEANING) == {0: ([], [])}
    other = [us[0], us[1].model_copy(update={"section": ("Other",)})]
    assert neighbours(other, chunk[:2], {0: []}, 1000, LEANING) == {0: ([], [])}
    # the budget counts what is already quoted; the best row's neighbour comes first
    tight = len(us[0].text) + len(us[1].text)
    assert neighbours(us, chunk, {0: []}, tight - 1, LEANING) == {0: ([], [])}
    assert neighbours(us, chunk, {0: [], 3: []}, tight + len(us[3].text), LEANING) == {
        0: ([], [1]), 3: ([], [])}


def test_an_intro_brings_its_items_and_no_leaning_sentence():
    us = units("Here are the benefits:", "A pension.", "They include a pension.")
    chunk = np.zeros(len(us), dtype=np.int64)
    assert neighbours(us, chunk, {0: [2]}, 1000, LEANING) == {0: ([], [2])}


def test_an_intro_after_a_quoted_sentence_comes_with_what_it_introduces():
    us = units("Nobody climbs a turbine without the basic safety modules.", "There are five:",
               "Working at Height", "First Aid")
    us = [us[0], us[1].model_copy(update={"kind": "intro"}),
          *(u.model_copy(update={"kind": "item", "label": "There are five"}) for u in us[2:])]
    chunk = np.zeros(len(us), dtype=np.int64)
    assert neighbours(us, chunk, {0: []}, 1000, LEANING) == {0: ([], [1, 2, 3])}
    # the intro is quoted only with at least one of its items
    assert neighbours(us, chunk, {0: []}, len(us[0].text) + len(us[1].text), LEANING) == {
        0: ([], [])}
    # an intro quoted with its items comes after the sentence whose topic it lists
    assert neighbours(us, chunk, {1: [2, 3]}, 1000, LEANING) == {1: ([0], [2, 3])}


def items(*texts: str, label: str = "Duties include") -> list[Unit]:
    return [u.model_copy(update={"kind": "item", "label": label}) for u in units(*texts)]


def test_a_list_two_of_whose_items_are_quoted_is_quoted_whole_nearest_first():
    duties = items("Install upgrades", "Create accounts", "Schedule backups", "Monitor performance",
                   "Plan storage")
    assert whole_lists(duties, [1, 3], 1000) == [0, 2, 4]
    # one item is not a list asked for
    assert whole_lists(duties, [1], 1000) == []
    # within the budget, counting what is quoted already: the nearest items first
    quoted = len(duties[1].text) + len(duties[3].text)
    assert whole_lists(duties, [1, 3], quoted + len(duties[0].text)) == [0]
    assert whole_lists(duties, [1, 3], quoted) == []


def test_a_list_ends_where_its_label_section_or_kind_changes():
    us = [*items("Install upgrades", "Create accounts"), *items("Paid leave", label="Benefits"),
          units("A sentence.")[0]]
    us = [u.model_copy(update={"start": i * 30, "end": i * 30 + len(u.text)})
          for i, u in enumerate(us)]
    assert whole_lists(us, [0, 1], 1000) == []
    other = items("Install upgrades", "Create accounts", "Schedule backups")
    other[2] = other[2].model_copy(update={"section": ("Other",)})
    assert whole_lists(other, [0, 1], 1000) == []
