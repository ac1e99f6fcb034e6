"""Recovering structure from the messy seed articles: offsets, titles, headings, noise."""

from __future__ import annotations

import pytest

from bot.ingest.structure import parse, split_sentences
from conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
NOISE = ["logoAiPathly", "first image", "second image", "Read also:", "tags:", "Popular posts",
         "Leave a Reply", "Last Updated on", "Monday, July 1, 2024"]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_unit_is_verbatim_at_its_offsets(path):
    text = path.read_text(encoding="utf-8")
    units = parse(path.name, text).units
    assert len(units) > 30
    for unit in units:
        assert text[unit.start:unit.end] == unit.text


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_noise_never_becomes_a_unit(path):
    units = parse(path.name, path.read_text(encoding="utf-8")).units
    for unit in units:
        assert not any(unit.text.startswith(n) for n in NOISE), unit.text


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_titles_are_readable_never_file_names(path):
    title = parse(path.name, path.read_text(encoding="utf-8")).title
    assert path.stem not in title and not any(ch.isdigit() for ch in title[:3])
    assert 2 <= len(title.split()) <= 12


def test_titles_are_derived_from_the_text_when_the_file_has_none():
    titles = {p.name[:3]: parse(p.name, p.read_text(encoding="utf-8")).title for p in SEED_FILES}
    assert titles["000"] == "ML Education Specialist"
    assert titles["001"] == "Machine Learning Specialist"
    assert titles["003"] == "Machine Learning Scientist"
    assert titles["002"] == "Education Pathways to Become a Machine Learning Engineer"


def test_the_title_is_the_title_cased_line_above_a_sentence_case_section_heading():
    parsed = parse("beekeeper.txt", "Beekeeper\n\nWhat a beekeeper does\n\nA beekeeper looks "
                   "after hives of honey bees.\n\nPay\n\nA beekeeper earns $45,000 a year.\n")
    assert parsed.title == "Beekeeper"
    by_text = {u.text: u for u in parsed.units}
    assert by_text["A beekeeper looks after hives of honey bees."].section == (
        "What a beekeeper does",)
    # above a title-cased line, a site's name or a date is still passed over for the longest
    parsed = parse("x.txt", "Monday, July 1, 2024\n\nEducation Pathways to Become a Florist\n\n"
                   "Florists arrange flowers for weddings and funerals.\n")
    assert parsed.title == "Education Pathways to Become a Florist"


def test_a_first_line_in_capitals_over_longer_lines_is_the_title_and_they_its_subtitle():
    parsed = parse("guide.txt", "FERRY CREW GUIDE: COMMON QUESTIONS\n"
                   "Northshire Harbour Authority - Seafarer Recruitment Office\n"
                   "Edition 3, May 2025\n\nDeckhands moor the vessel and handle the lines.\n"
                   "\nPay\n\nA deckhand earns £24,000 a year.\n")
    assert parsed.title == "FERRY CREW GUIDE: COMMON QUESTIONS"
    by_text = {u.text: u for u in parsed.units}
    publisher = by_text["Northshire Harbour Authority - Seafarer Recruitment Office"]
    assert publisher.kind == "sentence" and publisher.section == ()  # text, not a heading
    assert by_text["Deckhands moor the vessel and handle the lines."].section == ()
    assert by_text["A deckhand earns £24,000 a year."].section == ("Pay",)
    # a site's name in capitals over a title of its own (after a blank line) is passed over
    for top in ("ACME CAREERS\n\n", "ACME CAREERS\nPage saved from acme.example/jobs/7\n\n"):
        parsed = parse("x.txt", top + "Education Pathways to Become a Florist\n\n"
                       "Florists arrange flowers for weddings and funerals.\n")
        assert parsed.title == "Education Pathways to Become a Florist"


def test_faq_questions_are_headings_of_their_answers_under_a_topic_set_over_them():
    parsed = parse("faq.txt", "Crew questions\n\nPay\n\nQuestion: When am I paid?\n"
                   "Answer: Every Friday.\n\nQuestion: Is there a bonus?\nAnswer: No.\n\n"
                   "Training\n\nQ1. Who pays for the course?\nA1. The company pays.\n\n"
                   "Notes\n\nA. Jones runs the induction. Q: as in quay.\n")
    by_text = {u.text: u for u in parsed.units}
    assert by_text["Every Friday."].section == ("Pay", "When am I paid?")
    assert by_text["No."].section == ("Pay", "Is there a bonus?")
    assert by_text["The company pays."].section == ("Training", "Who pays for the course?")
    # labels only in the layout: a question label over an answer label
    assert by_text["A. Jones runs the induction."].section == ("Notes",)


TRANSCRIPT = """\
PODCAST TRANSCRIPT
Becoming a Ferry Deckhand: What the First Season Is Really Like
Recorded at Northshire Harbour, 3 March 2025

GUESTS
Mara Quist (MQ) - Training Officer, Northshire Ferries
Tom Bell (TB) - Second-year deckhand

[00:00:05] MQ: Welcome. Today we talk about the first season at sea.

[00:00:12] TB: Thanks. Where do new deckhands start?
[00:00:15] MQ: On the short island routes. Cadets earn 11.20 an hour in the first year.

[00:01:02] TB: And the sea survival course?

[00:01:06] MQ: It takes five days and the company pays for it.
"""


def test_a_transcripts_header_is_metadata_and_its_turns_are_paragraphs():
    parsed = parse("podcast.txt", TRANSCRIPT)
    # a word or two in capitals over a title-cased line twice as long: a label over the title
    assert parsed.title == "Becoming a Ferry Deckhand: What the First Season Is Really Like"
    by_text = {u.text: u for u in parsed.units}
    # each participant is a line of the list, none of them the heading of what follows
    assert by_text["Mara Quist (MQ) - Training Officer, Northshire Ferries"].section == ("GUESTS",)
    assert by_text["Tom Bell (TB) - Second-year deckhand"].section == ("GUESTS",)
    # the turns are no part of the header's sections; timestamp and speaker are markup
    assert by_text["Cadets earn 11.20 an hour in the first year."].section == ()
    assert by_text["Where do new deckhands start?"].kind == "sentence"  # a turn, not a heading
    assert by_text["It takes five days and the company pays for it."].section == ()
    assert not any(u.text.startswith(("[00", "MQ:", "TB:")) for u in parsed.units)
    # a "Title:" field among the header's "Label: value" lines names the document
    parsed = parse("call.txt", "TRANSCRIPT\nTitle: Deckhand pay in 2025\nDate: 3 March 2025\n\n"
                   + TRANSCRIPT.split("\n\n", 1)[1])
    assert parsed.title == "Deckhand pay in 2025"


def test_a_header_block_of_fields_over_the_text_stays_text():
    """A Usenet FAQ's header ("Archive-name:", "Last-modified:", "Version:") opens its body:
    fields, not a title, and none of them is lost (the longest line was taken as the title and
    the lines above it dropped)."""
    parsed = parse("faq.txt", "Archive-name: belmora/ml-careers-faq/part1\nPosting-Frequency: "
                   "monthly (third Monday)\nLast-modified: 2027/01/18\nVersion: 4.2\n\nThis is "
                   "part 1 of the FAQ. It covers machine learning jobs.\n")
    texts = [u.text for u in parsed.units]
    assert texts[:4] == ["Archive-name: belmora/ml-careers-faq/part1",
                         "Posting-Frequency: monthly (third Monday)", "Last-modified: 2027/01/18",
                         "Version: 4.2"]
    # one line of that shape is still a title ("Data Engineer: Career Guide")
    parsed = parse("guide.txt", "Data Engineer: Career Guide\n\nData engineers build pipelines."
                   " They earn well.\n")
    assert parsed.title == "Data Engineer: Career Guide"


def test_a_salary_bullet_keeps_its_heading_path():
    path = SEEDS / "000_4e43e7f046128496.txt"
    units = parse(path.name, path.read_text(encoding="utf-8")).units
    senior = next(u for u in units if u.text == "Senior-level: $177,177 to $189,477")
    assert senior.kind == "item"
    # the heading over the list; whether "Salary Ranges (US Market, 2024)" is its parent is
    # left to the layout (no list of section names says so any more)
    assert senior.section[-1] == "Machine Learning Engineers"


def test_a_bullet_that_runs_into_the_next_paragraph_is_split():
    text = ("Overview\nKey responsibilities include:\n- Writing code\n"
            "- Providing technical support and collaborating with stakeholders Essential skills "
            "for this role encompass:\n- Python\n- Statistics\n")
    units = parse("x.txt", text).units
    texts = [u.text for u in units]
    assert "Providing technical support and collaborating with stakeholders" in texts
    intro = next(u for u in units if u.text == "Essential skills for this role encompass:")
    assert intro.kind == "intro"
    python = next(u for u in units if u.text == "Python")
    assert python.label == "Essential skills for this role encompass"


def test_flattened_nested_lists_get_group_labels():
    text = ("Core Responsibilities\nKey responsibilities include:\n- Curriculum Development\n"
            "- Design comprehensive machine learning courses and programs\n"
            "- Align curriculum with industry needs and latest trends\n- Teaching and Mentoring\n"
            "- Deliver lectures, workshops, and training sessions on ML concepts\n"
            "- Guide students through practical projects\n")
    units = {u.text: u for u in parse("x.txt", text).units}
    assert units["Curriculum Development"].kind == "intro"
    assert units["Align curriculum with industry needs and latest trends"].label == "Curriculum Development"
    assert units["Guide students through practical projects"].label == "Teaching and Mentoring"


def test_lists_of_short_title_case_items_are_items_not_labels():
    text = "High-Demand Industries\n\n  • Finance\n  • Healthcare\n  • Retail\n\nOther\n\nText here.\n"
    kinds = {u.text: u.kind for u in parse("x.txt", text).units}
    assert kinds == {"Finance": "item", "Healthcare": "item", "Retail": "item", "Text here.": "sentence"}


def test_sentences_do_not_end_at_abbreviations():
    text = "Most hold a Ph.D. in physics, e.g. from a U.S. university. Others do not."
    assert [s for _, s in split_sentences(text)] == [
        "Most hold a Ph.D. in physics, e.g. from a U.S. university.", "Others do not."]


def test_a_citation_of_a_laws_part_does_not_end_a_sentence():
    text = ("Courts Act 2014, s. 41(2) gives the power. The fees are in Sch. 2 and r. 6 of "
            "the rules. Appeals go to the Court.")
    assert [s for _, s in split_sentences(text)] == [
        "Courts Act 2014, s. 41(2) gives the power.",
        "The fees are in Sch. 2 and r. 6 of the rules.", "Appeals go to the Court."]


def test_an_abbreviation_before_a_number_does_not_end_a_sentence():
    text = ("Call the office on ext. 4471 before noon. See p. 12 for dates. The budget was cut. "
            "40 went.")
    assert [s for _, s in split_sentences(text)] == [
        "Call the office on ext. 4471 before noon.", "See p. 12 for dates.",
        "The budget was cut.", "40 went."]


def test_a_captions_numbered_label_does_not_end_a_sentence():
    text = "Table 1. Median pay by region, 2025. Figure 2.3. Vacancies by month. Call 999."
    assert [s for _, s in split_sentences(text)] == [
        "Table 1. Median pay by region, 2025.", "Figure 2.3. Vacancies by month.", "Call 999."]


def test_a_number_standing_before_what_it_numbers_does_not_end_a_sentence():
    """A list typed by hand ("1. Class C first?") and a form's numbered questions and boxes
    ("Q1.", "☐ 2.") keep their number with their words; a sentence ending in a number does not
    hold the next one's."""
    text = ("1. Class C first or C+E? 2. Real cost in 2026? Q1. Why do you want to drive? "
            "The pass mark is 65. Then 3 more tests follow.")
    assert [s for _, s in split_sentences(text)] == [
        "1. Class C first or C+E?", "2. Real cost in 2026?", "Q1. Why do you want to drive?",
        "The pass mark is 65.", "Then 3 more tests follow."]
    assert [s for _, s in split_sentences("☐ 2. I hold a Class B licence. It is clean.")] == [
        "☐ 2. I hold a Class B licence.", "It is clean."]


def test_a_short_form_standing_first_does_not_end_a_sentence():
    """"Cat. B1" is a licence's category and "Yes." alone answers nothing: each stays with the
    words after it. A sentence ending in a short word ("Pay is good.") still ends."""
    text = "Cat. B1   Mechanical. Yes. The loan is repaid from salary. Pay is good. Next one."
    assert [s for _, s in split_sentences(text)] == [
        "Cat. B1   Mechanical.", "Yes. The loan is repaid from salary.", "Pay is good.",
        "Next one."]


def test_crlf_files_keep_exact_offsets():
    text = "Title Here\r\n\r\nOverview\r\n\r\nFirst sentence here. Second one.\r\n- item one\r\n"
    for unit in parse("x.txt", text).units:
        assert text[unit.start:unit.end] == unit.text
        assert "\r" not in unit.text


def test_a_copyright_notice_is_noise_but_a_long_line_opening_with_one_is_not():
    text = ("The Bitterest Pills\n\n© Joanna Moncrieff 2013. All rights reserved. A reappraisal of "
            "the history of antipsychotics, how they went from neurological poisons to cures, "
            "their benefits exaggerated and their toxic effects minimized.\n\n"
            "Copyright © 2024 Example Press. All rights reserved.\n")
    units = [u.text for u in parse("book.txt", text).units]
    assert any(u.startswith("A reappraisal of the history") for u in units)
    assert not any("Example Press" in u for u in units)
    long = "© " + " ".join(["word"] * 400) + "!"  # read in linear time, not by backtracking
    assert parse("long.txt", f"Title\n\n{long}\n").units


def test_short_lines_ending_a_post_are_not_headings_a_heading_titles_text():
    rule = "-" * 64
    text = (f"Thread: Retraining as a quantity surveyor\n\n{rule}\n#1 chippy_dan | Posted 11 Mar\n"
            f"{rule}\nBeen a carpenter 14 years, knees are going. Thinking about QS.\n"
            "How long does it take to qualify?\nDo I need a degree?\n\nCheers\nDan\n\n"
            f"{rule}\n#2 MRICS_Karen | Posted 11 Mar\n{rule}\nPay\n---\n"
            "Trainees outside London start on £26,000.\n\nKaren\n\n[ Reply ]  [ Quote ]\n\n"
            "Page 1 of 1    << Back to Changing trades\nPowered by phpBB(R) Forum Software\n")
    units = {u.text: u for u in parse("forum.txt", text).units}
    for line in ("How long does it take to qualify?", "Do I need a degree?", "Cheers", "Dan"):
        assert units[line].section == ()  # the writer's words, not a section's name
    # an underlined heading (Setext) still titles the text under it
    assert units["Trainees outside London start on £26,000."].section == ("Pay",)
    assert units["Karen"].section == ("Pay",)
    for chrome in ("Reply", "Page 1", "phpBB"):  # buttons, pager and credit as text shows them
        assert not any(chrome in text for text in units)
