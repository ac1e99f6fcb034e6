"""The roles the documents talk about, with the short forms people use for them, and the
aspects of a role people ask about. Used to resolve follow-ups and comparisons."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    pattern: re.Pattern[str]


def _role(name: str, *aliases: str) -> Role:
    alts = "|".join(aliases)
    return Role(name, re.compile(rf"\b(?:{alts})\b", re.IGNORECASE))


# Most specific first: "applied ML scientist" must win over "ML scientist".
ROLES: tuple[Role, ...] = (
    _role("ML education specialist", r"(?:ml|machine learning) education specialists?",
          r"education specialists?", r"ml educators?"),
    _role("applied ML scientist", r"applied (?:ml|machine learning) scientists?"),
    _role("AI research scientist", r"ai research scientists?"),
    _role("NLP scientist", r"nlp scientists?", r"natural language processing(?: \(nlp\))? scientists?"),
    _role("BI developer", r"bi dev(?:eloper)?s?", r"business intelligence(?: \(bi\))? developers?"),
    _role("deep learning specialist", r"deep learning (?:specialist|engineer|architect)s?",
          r"dl (?:specialist|engineer)s?"),
    _role("ML product manager", r"(?:ml|ai|machine learning) product managers?",
          r"product managers?(?: (?:in|for|-) (?:ml|machine learning))?", r"pms?"),
    _role("MLOps engineer", r"mlops engineers?"),
    _role("computer vision engineer", r"computer vision engineers?", r"cv engineers?"),
    _role("ML researcher", r"(?:ml|machine learning) researchers?", r"research scientists?"),
    _role("ML scientist", r"(?:ml|machine learning) scientists?"),
    _role("ML specialist", r"(?:ml|machine learning) specialists?"),
    _role("ML engineer", r"(?:ml|machine learning|ai/ml) engineers?", r"mles?"),
    _role("data scientist", r"data scientists?", r"ds"),
    _role("software engineer", r"software engineers?", r"swes?"),
)

ASPECTS: dict[str, re.Pattern[str]] = {
    "salary": re.compile(r"\b(pays?|paying|paid|earn\w*|salar\w*|sallary|make|makes (?:more|less|the most)|making|compensation|wages?|income|money|comp)\b", re.I),
    "skills": re.compile(r"\b(skills?|abilit\w+|know|tools?|languages?|frameworks?)\b", re.I),
    "education": re.compile(r"\b(study|studies|degree|education|phd|ph\.d|master'?s|bachelor'?s|"
                            r"school\w*|courses?|certif\w*|certs?|qualifications?)\b", re.I),
    "work": re.compile(r"\b(do|does|work on|responsibilit\w+|duties|role involve|day to day)\b", re.I),
    "demand": re.compile(r"\b(demand|outlook|jobs?|market|hiring|growth|growing|future|shortage|"
                         r"postings?|positions|seek\w*|sought)\b", re.I),
    "career path": re.compile(r"\b(career path|progression|promot\w+|grow|advance\w*|next step|ladder|"
                              r"lead long term)\b", re.I),
}

# Words that make a message about two roles a comparison ("BI developer vs data scientist").
COMPARISON = re.compile(r"\b(vs\.?|versus|difference|differences|different|differ|compare\w*|"
                        r"comparison|better|more|less|higher|lower|same|similar|or|between)\b",
                        re.IGNORECASE)
# Stronger markers, for a message naming one new role against the one already discussed.
COMPARISON_TO = re.compile(r"\b(vs\.?|versus|different from|differ from|compared? (?:to|with)|"
                           r"same as|similar to|better than|more than|less than)\b", re.IGNORECASE)

# How each aspect is searched for one side of a comparison or after a clarification.
ASPECT_QUERY: dict[str, str] = {
    "salary": "{role} average salary", "skills": "{role} skills",
    "education": "{role} education and degree", "work": "what does a {role} do",
    "demand": "{role} job demand", "career path": "{role} career path",
}

QUALIFIERS = re.compile(
    r"\b(junior|senior|entry[- ]level|mid[- ]level|mid[- ]career|lead|principal|experienced|"
    r"san francisco|sf|new york(?: city)?|nyc)\b", re.IGNORECASE)


def find_roles(text: str) -> list[str]:
    """Roles named in `text`, in order of appearance, each once."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for role in ROLES:
        for match in role.pattern.finditer(text):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append((span[0], role.name))
    seen: list[str] = []
    for _, name in sorted(found):
        if name not in seen:
            seen.append(name)
    return seen


def starts_with_role(text: str) -> list[str]:
    """The role a sentence opens with ("Data Scientists collect...", "The BI developer...")."""
    return [r.name for r in ROLES if (m := r.pattern.search(text[:60])) and m.start() <= 4][:1]


def without_roles(text: str) -> str:
    """`text` with role names blanked out, so "ML education specialist" is no "education"."""
    spans = role_spans(text)
    return "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))


def role_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for role in ROLES:
        spans += [m.span() for m in role.pattern.finditer(text)]
    return sorted(spans)


def find_aspect(text: str) -> str | None:
    """The first aspect `text` asks about, not counting role names ("ML education specialist")."""
    text = without_roles(text)
    for name, pattern in ASPECTS.items():
        if pattern.search(text):
            return name
    return None


def find_qualifiers(text: str) -> list[str]:
    return [m.group().lower() for m in QUALIFIERS.finditer(text)]


# A role's own discipline, named bare in quotes ("MLOps: the ability to deploy... is highly
# valued"): such a quote is about the role. Only names no other role's work goes by.
FIELDS: dict[str, re.Pattern[str]] = {"MLOps engineer": re.compile(r"\bmlops\b", re.IGNORECASE)}


def unit_roles(title: str, section: tuple[str, ...], label: str, text: str) -> frozenset[str]:
    """The roles a quote is about: those it, its list label or its headings name, failing
    that the role its document is about (a title such as "ML Education Specialist"); and
    the roles whose discipline it names."""
    here = " | ".join((text, label, *section))
    fields = frozenset(role for role, field in FIELDS.items() if field.search(here))
    return frozenset(find_roles(here) or find_roles(title)) | fields


# How the documents write each qualifier ("junior" salaries are listed as "Entry-level: ...").
QUALIFIER_TERMS: dict[str, tuple[str, ...]] = {
    "junior": ("junior", "entry-level", "entry level", "less than 1 year"),
    "entry-level": ("entry-level", "entry level", "junior", "less than 1 year"),
    "entry level": ("entry-level", "entry level", "junior", "less than 1 year"),
    "senior": ("senior", "7+ years", "experienced"),
    "experienced": ("senior", "7+ years", "experienced"),
    "mid-level": ("mid-career", "mid-level", "mid level"),
    "mid level": ("mid-career", "mid-level", "mid level"),
    "mid-career": ("mid-career", "mid-level", "mid level"),
    "lead": ("lead",), "principal": ("principal",),
    "san francisco": ("san francisco",), "sf": ("san francisco",),
    "new york": ("new york",), "new york city": ("new york",), "nyc": ("new york",),
}


def mentions_qualifier(text: str, qualifier: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in QUALIFIER_TERMS.get(qualifier, (qualifier,)))
