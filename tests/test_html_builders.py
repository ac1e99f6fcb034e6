"""Pages made by website builders and e-mails laid out in tables: headings set by type size,
label-and-value cards, layout tables as containers, e-mail chrome left out."""

from __future__ import annotations

from bot.ingest.documents import read_document
from bot.ingest.structure import parse_document


def _read(tmp_path, name, html):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    doc = read_document(path.name, path, 10_000_000)
    parsed = parse_document(doc.source, doc.text, doc.title, doc.blocks)
    for unit in parsed.units:  # every quote is exactly the extracted text at its offsets
        assert doc.text[unit.start:unit.end] == unit.text
    return doc, {u.text: u for u in parsed.units}


# a website builder's page: no heading elements, its type styles are classes of its style sheet
# (the title, a section font, a card font and the body font), text in boxes of divs
BUILDER = """<!DOCTYPE html><html><head><title>Careers | Harlow Joinery</title><style>
.t0{font:normal normal bold 44px/1.3em 'montserrat',sans-serif;}
.t2{font:normal normal bold 26px/1.4em 'montserrat',sans-serif;}
.t5{font:normal normal bold 19px/1.4em 'montserrat',sans-serif;}
.t8{font:normal normal normal 15px/1.6em 'open sans',sans-serif;}
</style></head><body><main>
<div><p class="t0"><span>Build your future</span></p>
<p class="t8"><span>Joinery apprenticeships in Dunmere and Oakby.</span></p></div>
<div><p class="t2"><span>Pay in 2027</span></p>
<p class="t8"><span>We pay more than the legal minimum in every year of the course.</span></p>
<div style="display:flex;">
 <div class="box" style="width:33%;"><div class="rich">
  <p class="t5"><span>Year 1</span></p><p class="t8"><span>£9.20 an hour</span></p></div></div>
 <div class="box" style="width:33%;"><div class="rich">
  <p class="t5"><span>Year 2</span></p><p class="t8"><span>£11.75 an hour</span></p></div></div>
 <div class="box" style="width:33%;"><div class="rich">
  <p class="t5"><span>Year 3</span></p><p class="t8"><span>£14.30 an hour</span></p></div></div>
</div>
<p class="t8"><span>Qualified joiners earn £21.50 an hour.</span></p></div>
<div><p class="t2"><span>Who can apply</span></p>
<p class="t8"><span>Anyone aged 16 or over who has finished school can apply.</span></p>
<p class="t5" style="font-style:italic;">
 <span>"I built my first staircase in my second year here."</span></p>
</div></main></body></html>"""


def test_builder_cards_of_a_label_and_a_value_are_one_fact_each(tmp_path):
    doc, units = _read(tmp_path, "careers.html", BUILDER)
    for year, pay in (("Year 1", "£9.20"), ("Year 2", "£11.75"), ("Year 3", "£14.30")):
        unit = units[f"{year}: {pay} an hour"]
        assert unit.section == ("Pay in 2027",) and unit.kind == "item"
    assert "Year 2" not in units and "£11.75 an hour" not in units
    # a short paragraph in the card font is a sentence when it is no card's label
    assert '"I built my first staircase in my second year here."' in units


def test_rows_whose_classes_name_a_label_and_a_value_are_one_fact_each(tmp_path):
    """A CMS template styles its rows by class names only ("pay-label" over "pay-value", as
    Webflow's or Drupal's field__label and field__item): each row is one fact, as a card is;
    two lines of a paragraph's box named otherwise stay apart."""
    rows = "".join(f'<div class="pay-row"><div class="pay-label">Point {n}</div>'
                   f'<div class="pay-value">VNF {60 + 2 * n},400</div></div>' for n in (1, 2, 3))
    html = ('<html><body><main><h1>First Officer</h1><h2>First Officer pay</h2>'
            f'<div class="pay-table">{rows}</div>'
            '<div class="note"><div class="intro">Pay moves up</div><div class="text">one point '
            'a year</div></div></main></body></html>')
    doc, units = _read(tmp_path, "first-officer.html", html)
    assert units["Point 2: VNF 64,400"].kind == "item"
    assert units["Point 2: VNF 64,400"].section == ("First Officer pay",)
    assert "Point 2" not in units and "VNF 64,400" not in units
    assert not any(u.startswith("Pay moves up:") for u in units)


def test_builder_headings_are_the_lines_set_larger_than_the_body_text(tmp_path):
    doc, units = _read(tmp_path, "careers.html", BUILDER)
    levels = {doc.text[b.start:b.end]: b.level for b in doc.blocks if b.kind == "heading"}
    # the page's largest type is its top heading, the next sizes the levels under it
    assert levels["Build your future"] == 1
    assert levels["Pay in 2027"] == levels["Who can apply"] == 2
    assert units["Anyone aged 16 or over who has finished school can apply."].section \
        == ("Who can apply",)
    assert units["Qualified joiners earn £21.50 an hour."].section == ("Pay in 2027",)


# an e-mail newsletter as e-mail builders write it: nested tables, inline styles only, a hidden
# preheader, a view-in-browser line, section titles in bold larger cells, a button drawn as a
# coloured one-cell table, a data table marked role="presentation" and the legal footer
EMAIL = """<html><head><title>Members' news for June</title></head>
<body style="margin:0;"><span style="display:none;font-size:1px;">New grades agreed. Plus:
exam dates.</span>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td align="center">
 <table border="0" cellpadding="0" cellspacing="0" width="600"><tr><td align="right"
  style="font-family:Arial;font-size:11px;">Email not displaying correctly?
  <a href="https://union.example/news/2027-06">View this email in your browser</a></td></tr></table>
 <table border="0" cellpadding="0" cellspacing="0" width="600">
  <tr><td style="font-family:Georgia;font-size:16px;padding:20px;">
   <p>Dear member,</p><p>Our committee met the employers four times this spring and agreed
   new grades for every trade, which members approved in the ballot last week.</p></td></tr>
  <tr><td style="padding:8px 20px;"><table border="0" cellpadding="0" cellspacing="0" width="100%">
   <tr><td style="font-family:Arial;font-size:21px;font-weight:bold;padding:8px 0;">New grades from
    1 July 2027</td></tr>
   <tr><td style="font-family:Georgia;font-size:16px;">Every grade rises by 5%. The table
   shows the new minimum rates for each trade.</td></tr>
   <tr><td><table border="1" cellpadding="6" cellspacing="0" width="100%" role="presentation"
    style="font-size:13px;">
    <tr bgcolor="#eeeeee"><td><b>Trade</b></td><td><b>Entry grade</b></td><td><b>Senior grade</b>
 </td></tr>
    <tr><td>Glazier</td><td>£12.40</td><td>£19.90</td></tr>
    <tr><td>Tiler</td><td>£12.10</td><td>£18.60</td></tr>
   </table></td></tr></table></td></tr>
  <tr><td style="padding:16px 20px;">
 <table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#fff4e5">
   <tr><td style="font-family:Arial;font-size:17px;font-weight:bold;">Exam dates: 3 new
    sittings</td></tr>
   <tr><td style="font-family:Georgia;font-size:15px;">The board has added three sittings of the
   glazing exam, on 4, 11 and 18 September. Members can book them at the branch office.</td></tr>
  </table></td></tr>
  <tr><td style="font-family:Georgia;font-size:16px;padding:20px;"><p>Branch meetings are
   held on the first Monday of each month at 19:00 in the Corn Exchange.</p></td></tr>
  <tr><td align="center"><table border="0" cellpadding="0" cellspacing="0"><tr>
   <td bgcolor="#1e5bb3" style="border-radius:4px;padding:12px 24px;"><a
    href="https://union.example/grades" style="color:#ffffff;font-weight:bold;">See all the
    grades</a></td></tr></table></td></tr>
 </table>
 <table border="0" cellpadding="0" cellspacing="0" width="600"><tr><td align="center"
  style="font-family:Arial;font-size:11px;">You are receiving this email because you are a
  member of the union.<br>Union House, 4 Mill Lane, Dunmere<br>
  <a href="https://union.example/preferences?u=41">Update your preferences</a> |
  <a href="https://union.example/unsubscribe?u=41">Unsubscribe</a></td></tr></table>
</td></tr></table></body></html>"""


def test_email_section_titles_in_bold_larger_cells_head_their_blocks(tmp_path):
    doc, units = _read(tmp_path, "news.html", EMAIL)
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    # a title naming figures is a title when it is set larger than the text it heads
    assert "New grades from 1 July 2027" in headings
    assert "Exam dates: 3 new sittings" in headings
    assert units["Every grade rises by 5%."].section == ("New grades from 1 July 2027",)
    assert units["Members can book them at the branch office."].section \
        == ("Exam dates: 3 new sittings",)
    # a title heads its own block only: what follows the block is in no section of it
    meeting = "Branch meetings are held on the first Monday of each month at 19:00 in the " \
        "Corn Exchange."
    assert units[meeting].section == ()


def test_email_data_table_marked_presentation_is_read_as_rows(tmp_path):
    doc, units = _read(tmp_path, "news.html", EMAIL)
    rows = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "row"]
    # its bold first row is its header (see test_word_table_header_row_set_in_bold_heads_the_rows)
    assert rows == ["Trade: Glazier | Entry grade: £12.40 | Senior grade: £19.90",
                    "Trade: Tiler | Entry grade: £12.10 | Senior grade: £18.60"]
    assert units[rows[0]].section \
        == ("New grades from 1 July 2027",)


def test_email_chrome_is_not_text(tmp_path):
    doc, units = _read(tmp_path, "news.html", EMAIL)
    for chrome in ("View this email", "not displaying", "See all the grades", "receiving this",
                   "Unsubscribe", "preferences", "Mill Lane", "exam dates."):
        assert chrome not in doc.text, chrome
    assert "Dear member," in units
    assert doc.title == "Members' news for June"


def test_a_link_alone_in_a_cell_without_a_button_face_stays(tmp_path):
    # an e-mail's job card is titled by a link alone in its cell; an unsubscribe link inside
    # the e-mail's text (not its closing lines) is the sender's words
    doc, units = _read(tmp_path, "alert.html", (
        "<html><body><h1>Your job alert</h1><table><tr><td><a href='/j'><b>Junior Surveyor</b>"
        "</a></td></tr><tr><td>Leeds</td></tr></table><p>To stop these alerts, use the "
        "<a href='https://jobs.example/unsubscribe'>unsubscribe page</a> at any time.</p>"
        "<p>Good luck with your search.</p></body></html>"))
    assert units["Leeds"].section == ("Junior Surveyor",)
    assert "To stop these alerts, use the unsubscribe page at any time." in units


def test_a_presentation_table_whose_cells_hold_sentences_is_a_layout(tmp_path):
    doc, units = _read(tmp_path, "columns.html", (
        "<html><body><table role='presentation'><tr><td><b>Pay</b></td><td><b>Hours</b></td>"
        "</tr><tr><td>Apprentices earn £9 an hour. It rises every year.</td><td>The week is 39 "
        "hours. Nights are paid extra.</td></tr><tr><td>Glaziers</td><td>Tilers</td></tr>"
        "</table></body></html>"))
    assert not any(b.kind == "row" for b in doc.blocks)
    assert "It rises every year." in units and "Nights are paid extra." in units


def test_on_a_page_that_marks_its_headings_a_large_line_is_no_heading(tmp_path):
    # an editor's export: the title and subtitle paragraphs are set large, the headings are <h1>
    doc, units = _read(tmp_path, "guide.html", (
        "<html><head><style>.title{font-size:26pt}.subtitle{font-size:15pt}p{font-size:11pt}"
        "</style></head><body><p class='title'>Porter induction</p><p class='subtitle'>Estates "
        "team, North Hospital</p><p>This guide is for new porters.</p><h1>First week</h1><p>You "
        "shadow a senior porter.</p></body></html>"))
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"] == ["First week"]
    assert units["This guide is for new porters."].section == ()
