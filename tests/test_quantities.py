"""The kinds of figure a unit states and a question asks for (the expected answer type)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.answer.features import FEATURES
from bot.errors import SettingsError
from bot.index.quantities import KINDS, kinds_of, mask


def kinds(text: str) -> set[str]:
    bits = kinds_of(text)
    return {k for i, k in enumerate(KINDS) if bits >> i & 1}


@pytest.mark.parametrize("text, expected", [
    ("Average salary: $157,969", {"money", "count"}),
    ("Base salary band (IC4, Lisbon): EUR 77,000 - 96,000 per year.", {"money", "count"}),
    ("Percentile: Annual wage | Median: NVK 748,200", {"money", "count"}),
    ("Level: Junior | Seattle (USD): 118,000–136,000", {"money", "count"}),
    ("between 18 and 24 lakh a year", {"money", "count"}),
    ("Bonus target of 12% of base salary.", {"percent", "count"}),
    ("Employment is projected to grow 27 percent from 2025 to 2035.",
     {"percent", "count", "date"}),
    ("Plan on 4 to 6 weeks.", {"duration", "count"}),
    ("The take-home should take about six hours.", {"duration", "count"}),
    ("The 18-month apprenticeship runs in two semesters.", {"duration", "count"}),
    ("Northreach: 2,035 jobs.", {"count"}),
    ("Applications open in September.", {"date"}),
    ("A portfolio matters more than a degree.", set()),
    ("Python, SQL and AWS are the tools.", set()),
])
def test_a_unit_states_the_kinds_of_figure_it_holds(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("question, expected", [
    ("how long is the take-home?", ("duration",)),
    ("how many years of training does a model risk analyst need", ("duration", "count")),
    ("what does a model risk analyst earn", ("money",)),
    ("how much does a model risk analyst make", ("money",)),
    ("what's the annotation lead bonus", ("money", "percent")),
    ("what % of annotation leads were annotators?", ("percent",)),
    ("how many annotation leads are there", ("count",)),
    ("when do applications open", ("date",)),
    ("which skills does a model risk analyst need", ()),
    ("what makes a good annotation lead", ()),  # "make" is no cue: it asks for no money here
])
def test_a_question_asks_for_the_kinds_its_words_ask(roles_analyzer, question, expected):
    assert roles_analyzer.analyze(question).asks == expected


def test_a_kind_the_lexicon_names_must_be_one_careerbot_knows():
    from bot.answer.question import Analyzer
    from bot.index.knowledge import Knowledge
    from bot.lexicon import Lexicon

    with pytest.raises(SettingsError, match=r"answer_types.*'weight'.*money, percent"):
        Analyzer(Knowledge(), Lexicon(answer_types={"weight": ("how heavy",)}), {}, n_units=1)


def test_a_unit_stating_none_of_the_kinds_asked_is_marked(roles_engine):
    answerer = roles_engine.answerer_for_fit()
    column = FEATURES.index("quantity_missing")
    data = answerer.data
    q = answerer.analyze("how much does an annotation lead earn")
    assert q.asks == ("money",)
    scored = answerer.candidates(q, roles_engine.embed_without)
    missing = {data.units[r].text: bool(f) for r, f in zip(scored.rows.tolist(),
                                                           scored.features[:, column])}
    assert missing["Annotation leads earn between $54,000 and $69,000 per year in most markets."] \
        is False
    assert any(missing.values())  # the units without a figure of money are marked
    for text, flag in missing.items():
        assert flag == (not kinds_of(text) & mask(("money",)))
    q = answerer.analyze("which skills does an annotation lead need")
    scored = answerer.candidates(q, roles_engine.embed_without)
    assert not scored.features[:, column].any()  # no kind asked: nothing is missing
    assert np.isfinite(scored.features).all()
