"""Plain text that keeps a printed page's layout (`pdftotext -layout`): pages, columns, hyphens."""

from __future__ import annotations

from test_readers import _units


def _pages(tmp_path, *bodies: str):
    """A text printed from pages: each body under the running header, over the footer."""
    path = tmp_path / "guide.txt"
    path.write_text("\f".join(_page(n, body) for n, body in enumerate(bodies, 1)),
                    encoding="utf-8")
    return _units(path)


def _page(number: int, body: str) -> str:
    head = f"  HARBOUR BOARD  |  Deckhand Guide{' ' * 37}Page {number}\n\n"
    foot = "\n\n  Harbour Board - 12 Quay Road - Enquiries 0100 200 300\n"
    return head + body + foot


COLUMNS = (
    "  2. TWO WAYS IN\n\n"
    "  Cadetship                                 Direct Entry\n"
    "  A cadetship lasts two years and ends       Adults with sea time can join as a\n"
    "  with the Deck Rating certificate. The      deck rating after a five-week course\n"
    "  written paper has 40 questions and the     at the Board's college, which costs\n"
    "  pass mark is 65%. Cadets are paid from     nothing for those already in work.\n"
    "  their first day.\n"
)


def test_two_columns_set_side_by_side_are_read_one_after_the_other(tmp_path):
    doc, parsed, units = _pages(tmp_path,
                                "  DECKHAND GUIDE 2026\n  What new crew need to know\n\n" + COLUMNS,
                                "  3. PAY\n\n  A rating earns at least 14.20 an hour.\n")
    assert units["The written paper has 40 questions and the pass mark is 65%."].section == (
        "TWO WAYS IN", "Cadetship")
    direct = units["Adults with sea time can join as a deck rating after a five-week course at "
                   "the Board's college, which costs nothing for those already in work."]
    assert direct.section[-1] == "Direct Entry"  # the right column's title, not glued to the left's
    assert units["Cadets are paid from their first day."].start < direct.start  # left, then right
    # the running header and footer are left out of every page, the last one's too
    assert "Page" not in doc.text and "Enquiries" not in doc.text
    assert parsed.title == "DECKHAND GUIDE 2026"


def test_a_table_aligned_with_spaces_on_a_page_is_not_read_as_columns(tmp_path):
    table = ("  Course                 Fee      Valid for\n"
             "  Sea survival           240      5 years\n"
             "  First aid at sea       180      3 years\n"
             "  Fire fighting          310      5 years\n")
    _, _, units = _pages(tmp_path, "  FEES\n\n" + table, "  More to come.\n")
    assert "Course: First aid at sea | Fee: 180 | Valid for: 3 years" in units


def test_a_word_hyphenated_at_a_lines_end_is_one_word_again(tmp_path):
    body = ("  4. DISCIPLINE\n\n"
            "  A rating can be suspended for up to six months for unsafe work on deck or in the\n"
            "  engine room, and the Board keeps a record of every case. Last year 12 were sus-\n"
            "  pended and 2 dismissed. Crew on the cross-harbour ferry keep their harbour and\n"
            "  quay passes while an appeal is heard, and a one-day hearing decides it within a\n"
            "  month. A rating who is dismissed may apply again after two years at sea on cross-\n"
            "  harbour or coastal routes, with a reference from the master of each vessel and a\n"
            "  new medical certificate issued within the last three months before applying.\n")
    _, _, units = _pages(tmp_path, body, "  The end of the rules.\n")
    assert "Last year 12 were suspended and 2 dismissed." in units  # one sentence, one word
    # a word the text writes with its hyphen keeps it when a line's end breaks it
    assert ("A rating who is dismissed may apply again after two years at sea on cross-harbour "
            "or coastal routes, with a reference from the master of each vessel and a new "
            "medical certificate issued within the last three months before applying.") in units


def test_a_numbered_heading_in_capitals_over_a_list_counting_from_one_is_a_heading(tmp_path):
    body = ("  3. FEES\n\n  The course costs 240 and the card 25.\n\n"
            "  4. APPLYING FOR YOUR CARD\n\n"
            "  1.  Pass the sea survival course.\n"
            "  2.  Send the form with a photo.\n"
            "  3.  Your card arrives within ten days.\n")
    _, _, units = _pages(tmp_path, body, "  5. PAY\n\n  Pay is weekly.\n")
    assert units["Your card arrives within ten days."].section == ("APPLYING FOR YOUR CARD",)
    assert units["Your card arrives within ten days."].kind == "item"
    assert "APPLYING FOR YOUR CARD" not in units
