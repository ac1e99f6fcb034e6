"""A Word document saved as a web page (.htm): Word's own markup for its title, lists, header
rows and footnotes is read as the document shows them."""

from __future__ import annotations

from bot.ingest.documents import read_document
from bot.ingest.structure import parse_document

_HEAD = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
         "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>"
         "<meta name=ProgId content=Word.Document><title>{title}</title></head>"
         "<body lang=EN-GB><div class=WordSection1>\n")
_TAIL = "</div>\n</body></html>"


def _item(text: str, style: str, marker: str, level: int = 1, cls: str = "MsoListParagraph"):
    return (f"<p class={cls} style='text-indent:-18.0pt;mso-list:{style} level{level} lfo1'>"
            "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>"
            f"{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; "
            f"</span></span></span><![endif]>{text}<o:p></o:p></p>\n")


def _read(tmp_path, body: str, title: str = "Lodge Template"):
    path = tmp_path / "guide.htm"
    path.write_bytes((_HEAD.format(title=title) + body + _TAIL).encode("cp1252"))
    doc = read_document(path.name, path, 10_000_000)
    parsed = parse_document(doc.source, doc.text, doc.title, doc.blocks)
    for unit in parsed.units:
        assert doc.text[unit.start:unit.end] == unit.text
    return parsed, {u.text: u for u in parsed.units}


def test_word_title_paragraph_beats_a_stale_title_property(tmp_path):
    body = ("<p class=MsoTitle>Weekend working for lab assistants<o:p></o:p></p>\n"
            "<p class=MsoNormal>Lab assistants may swap weekend shifts with a colleague.</p>\n"
            "<h1>Pay</h1><p class=MsoNormal>Weekend shifts are paid at time and a half.</p>")
    parsed, units = _read(tmp_path, body)
    assert parsed.title == "Weekend working for lab assistants"
    assert "Weekend working for lab assistants" not in units  # the title line, not a sentence
    assert units["Weekend shifts are paid at time and a half."].section == ("Pay",)
    # a Title property that writes the same title out in full stays the title
    parsed, _ = _read(tmp_path, body, title="Weekend working for lab assistants (2026)")
    assert parsed.title == "Weekend working for lab assistants (2026)"


def test_word_list_paragraphs_are_items_without_their_bullet_or_number(tmp_path):
    body = ("<h1>Rotas</h1><p class=MsoNormal>The rotas are:</p>\n"
            + _item("North site: one on call from home", "l0", "\u00b7")
            + _item("Night cover by the duty manager", "l0", "o", level=2)
            + _item("South site: resident night shift", "l0", "\u00b7")
            + _item("Log each call-in within 48 hours.", "l1", "1.")
            + _item("Your manager approves the claim.", "l1", "2.")
            + "<h1>Claims</h1><p class=MsoNormal>Claims are paid monthly.</p>")
    parsed, units = _read(tmp_path, body)
    north = units["North site: one on call from home"]
    assert north.kind == "item" and north.label == "The rotas are" \
        and north.section == ("Rotas",)
    assert units["Night cover by the duty manager"].label == "North site: one on call from home"
    steps = [units["Log each call-in within 48 hours."], units["Your manager approves the claim."]]
    assert all(u.kind == "item" and u.label == "" for u in steps)  # another list, not the rotas'
    assert not any(u.text in ("1.", "2.", "\u00b7", "o") or u.text.startswith("\u00b7")
                   for u in parsed.units)


def _cell(text: str, bold: bool) -> str:
    inner = f"<b>{text}<o:p></o:p></b>" if bold else f"{text}<o:p></o:p>"
    return f"<td valign=top><p class=MsoNormal style='margin-bottom:0cm'>{inner}</p></td>"


def test_word_table_header_row_set_in_bold_heads_the_rows(tmp_path):
    def table(rows, bold_rows):
        return ("<table class=MsoTableGrid border=1>" + "".join(
            f"<tr style='mso-yfti-irow:{i}'>" + "".join(_cell(c, i in bold_rows) for c in row)
            + "</tr>" for i, row in enumerate(rows)) + "</table>\n")

    body = ("<h1>Pay</h1>"
            + table([("Grade", "Hourly rate"), ("Assistant", "DRL 14.20"),
                     ("Senior assistant", "DRL 16.80")], {0})
            + "<h1>Contacts</h1>"
            + table([("Ward 4", "ext 2210"), ("Ward 5", "ext 2211")], {0, 1}))
    _, units = _read(tmp_path, body)
    assert units["Grade: Assistant | Hourly rate: DRL 14.20"].kind == "item"
    assert "Grade: Senior assistant | Hourly rate: DRL 16.80" in units
    assert "Grade | Hourly rate" not in units
    # bold in every row: no header, but labels beside their values, as in a Word table
    assert "Ward 5: ext 2211" in units and not any("Ward 4: Ward 5" in t for t in units)


def test_word_footnote_mark_is_no_text_and_its_note_follows_its_paragraph(tmp_path):
    body = ("<h1>Nights</h1><p class=MsoNormal>Nights are paid at 30% extra.<a style='mso-"
            "footnote-id:ftn1' href='#_ftn1' name='_ftnref1' title=''><span class="
            "MsoFootnoteReference><span style='mso-special-character:footnote'><![if "
            "!supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span>"
            "</span></a> The night team works four on, six off.<o:p></o:p></p>\n"
            "<h1>Claims</h1><p class=MsoNormal>Claims are paid monthly.</p>\n</div>\n"
            "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>"
            "<hr align=left size=1 width='33%'><![endif]>\n"
            "<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-"
            "footnote-id:ftn1' href='#_ftnref1' name='_ftn1' title=''><span class="
            "MsoFootnoteReference>[1]</span></a> Bands 2 and 3 are paid 44% for nights.</p>"
            "</div></div><div>")
    parsed, units = _read(tmp_path, body)
    assert units["Nights are paid at 30% extra."].section == ("Nights",)
    assert units["The night team works four on, six off."].section == ("Nights",)
    assert units["Bands 2 and 3 are paid 44% for nights."].section == ("Nights",)
    assert not any("[1]" in u.text for u in parsed.units)


def test_word_filtered_web_page_list_markers_and_notes_without_word_styles(tmp_path):
    # "Save as Web Page, Filtered" drops Word's mso- styles but keeps its classes and anchors
    def item(text, marker):
        return (f"<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in'><span "
                f"style='font-family:Symbol'>{marker}<span style='font:7.0pt \"Times New "
                f"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{text}</p>\n")

    body = ("<h1>Rotas</h1>" + item("North site: one on call from home", "\u00b7")
            + item("South site: resident night shift", "\u00b7")
            + "<h1>Nights</h1><p class=MsoNormal>Nights are paid at 30% extra.<a href='#_edn1' "
            "name='_ednref1' title=''><span class=MsoEndnoteReference>[i]</span></a> The night "
            "team works four on, six off.</p>\n<h1>Claims</h1><p class=MsoNormal>Claims are "
            "paid monthly.</p>\n</div>\n<div><br clear=all><hr align=left size=1 width='33%'>"
            "<div id=edn1><p class=MsoEndnoteText><a href='#_ednref1' name='_edn1' title=''>"
            "<span class=MsoEndnoteReference>[i]</span></a> Bands 2 and 3 are paid 44% for "
            "nights.</p></div></div><div>")
    parsed, units = _read(tmp_path, body)
    assert units["North site: one on call from home"].kind == "item"
    assert units["South site: resident night shift"].section == ("Rotas",)
    assert units["The night team works four on, six off."].section == ("Nights",)
    assert units["Bands 2 and 3 are paid 44% for nights."].section == ("Nights",)
    assert not any("[i]" in u.text or "\u00b7" in u.text for u in parsed.units)
