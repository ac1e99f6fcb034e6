"""A Google Docs "Download as Web page" export: bold written as a class of the page's own style
sheet, footnotes and reviewers' comments linked both ways with their marks at the end."""

from __future__ import annotations

from bot.ingest.documents import read_document
from bot.ingest.structure import parse_document

_STYLE = ("<style type=\"text/css\">@import url(https://fonts.example/css);"
          ".c1{color:#000000;font-weight:400;font-size:11pt}"
          ".c3{font-weight:700;font-size:11pt}.c5{padding-top:0pt;line-height:1.15}"
          ".c6{padding-top:20pt}.c8{background-color:#cfe2f3;border-top-width:1pt}"
          ".c9{border-top-width:1pt}.c12{font-size:9pt;vertical-align:super}"
          "@media print{.c1{font-weight:700}}</style>")


def _page(body: str) -> str:
    return (f"<html><head><meta content=\"text/html; charset=UTF-8\" "
            f"http-equiv=\"content-type\">{_STYLE}<title>Porter guide (draft)</title></head>"
            f"<body class=\"doc-content\"><h1 class=\"c6\" id=\"h.x1\"><span class=\"c1\">"
            f"Portering services</span></h1>{body}</body></html>")


def _p(text: str, cls: str = "c1") -> str:
    return f"<p class=\"c5\"><span class=\"{cls}\">{text}</span></p>"


def _units(tmp_path, body: str):
    path = tmp_path / "porter-guide.html"
    path.write_text(_page(body), encoding="utf-8")
    doc = read_document(path.name, path, 10_000_000)
    parsed = parse_document(doc.source, doc.text, doc.title, doc.blocks)
    return doc, {u.text: u for u in parsed.units}


def _cell(text: str, row_class: str, text_class: str) -> str:
    return (f"<td class=\"{row_class}\" colspan=\"1\" rowspan=\"1\"><p class=\"c5\">"
            f"<span class=\"{text_class}\">{text}</span></p></td>")


def test_gdocs_table_whose_first_row_is_bold_by_class_names_each_cell(tmp_path):
    rows = [("Shift", "Hours", "Porters"), ("Early", "07:00-15:00", "Six"),
            ("Late", "15:00-23:00", "Four")]
    table = "<table class=\"c11\">" + "".join(
        "<tr class=\"c16\">" + "".join(
            _cell(text, "c8", "c3") if i == 0 else _cell(text, "c9", "c1") for text in row)
        + "</tr>" for i, row in enumerate(rows)) + "</table>"
    doc, units = _units(tmp_path, _p("Porters work one of two shifts.") + table)
    assert "Shift: Early | Hours: 07:00-15:00 | Porters: Six" in units
    assert "Shift: Late | Hours: 15:00-23:00 | Porters: Four" in units
    assert "Shift | Hours | Porters" not in doc.text  # the header is no row of its own


def test_gdocs_line_bold_by_class_titles_the_list_under_it(tmp_path):
    body = (_p("Training takes a week.") + _p("Manual handling days", "c3")
            + "<ul class=\"c15 lst-kix_abc-0 start\"><li class=\"c10 li-bullet-0\">"
            "<span class=\"c1\">Moving beds safely</span></li><li class=\"c10 li-bullet-0\">"
            "<span class=\"c1\">Using the hoist</span></li></ul>"
            + _p("Radio use", "c3") + _p("Every porter carries a radio on shift.")
            + _p("Plain line over a list") + "<ul><li><span class=\"c1\">Gloves</span></li></ul>")
    _, units = _units(tmp_path, body)
    for item in ("Moving beds safely", "Using the hoist"):
        assert units[item].kind == "item" and units[item].section == ("Manual handling days",)
    assert units["Every porter carries a radio on shift."].section == ("Radio use",)
    assert "Manual handling days" not in units and "Radio use" not in units
    # text whose weight the sheet sets only for print, or back to normal, is not bold
    assert "Plain line over a list" in units


def test_gdocs_reviewer_comments_and_their_marks_are_left_out(tmp_path):
    body = (_p("Porters move patients between wards.")[:-4]
            + "<sup><a href=\"#cmnt1\" id=\"cmnt_ref1\">[a]</a></sup></p>"
            + _p("Night porters also lock the outpatient doors.")[:-4]
            + "<sup><a href=\"#cmnt2\" id=\"cmnt_ref2\">[b]</a></sup></p>"
            + "<div class=\"c22\"><p class=\"c5\"><a href=\"#cmnt_ref1\" id=\"cmnt1\">[a]</a>"
            "<span class=\"c1\">Is this still true for the day unit? - Ola</span></p>"
            "<p class=\"c5\"><span class=\"c1\">_Assigned to Ben Osei_</span></p></div>"
            "<div class=\"c22\"><p class=\"c5\"><a href=\"#cmnt_ref2\" id=\"cmnt2\">[b]</a>"
            "<span class=\"c1\">Security does this now - BO</span></p></div>")
    doc, units = _units(tmp_path, body)
    assert "Porters move patients between wards." in units
    assert "Night porters also lock the outpatient doors." in units
    for note in ("day unit", "Assigned to", "Security does", "[a]", "[b]"):
        assert note not in doc.text


def test_gdocs_footnote_is_read_after_its_sentence_without_mark_or_label(tmp_path):
    body = (_p("Porters are paid weekly.")[:-4]
            + "<sup class=\"c12\"><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup>"
            "<span class=\"c1\">&nbsp;Overtime is paid at time and a half.</span></p>"
            + "<h1 class=\"c6\"><span class=\"c1\">Uniform</span></h1>"
            + _p("Two tunics are issued on the first day.")
            + "<hr class=\"c21\"><div><p class=\"c5\"><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]"
            "</a><span class=\"c1\">&nbsp;Bank porters are paid monthly.</span></p></div>")
    doc, units = _units(tmp_path, body)
    assert units["Porters are paid weekly."].section == ("Portering services",)
    assert units["Overtime is paid at time and a half."].section == ("Portering services",)
    assert units["Bank porters are paid monthly."].section == ("Portering services",)
    assert doc.text.index("Bank porters") < doc.text.index("Uniform")  # beside its sentence
    assert "[1]" not in doc.text


def test_links_to_each_other_whose_words_are_no_label_stay_in_their_sentences(tmp_path):
    body = ("<p>Read the <a href=\"#s2\" id=\"r1\">top</a> tips first.</p>"
            + _p("Porters move patients between wards.")
            + "<p>Then go back to the <a href=\"#r1\" id=\"s2\">top</a> of the list.</p>")
    doc, units = _units(tmp_path, body)
    assert "Read the top tips first." in units and "Then go back to the top of the list." in units
    assert doc.text.index("Porters move") < doc.text.index("Then go back")
