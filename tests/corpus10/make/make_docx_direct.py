"""Write 'Audio Designer - job pack - Moth & Lantern FINAL (2).docx' the way many real
documents are made: no heading styles, no list styles. Headings are bold, larger Normal
paragraphs; lists are typed by hand ("1.", "-"); a pay table; header and footer text.
Also writes the matching src/<file>.md.

Run with the careerbot virtualenv (python-docx):  python make_docx_direct.py
"""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
NAME = "Audio Designer - job pack - Moth & Lantern FINAL (2).docx"
OUT = HERE.parent / "docs" / NAME
SRC = HERE.parent / "src" / (NAME + ".md")

# (kind, text): kinds: title, h, p, item, tablerows, blank
CONTENT = [
    ("title", "Audio Designer"),
    ("sub", "Job pack – Moth & Lantern Games, Carrow – reference ML-2026-14"),
    ("blank", ""),
    ("h", "About us"),
    ("p", "Moth & Lantern Games is a 34-person studio in the old rope works in Carrow, Southmarch. We make "
          "small, strange, handmade-looking games. Our last game, Saltmarsh Lanterns, was nominated for "
          "Best Audio at Halden Play Week 2025, and sound is a big part of why people remember it. We are "
          "now making our fourth game, a narrative puzzle game set on a tidal island, due in autumn 2028."),
    ("p", "We have one audio lead (Esme Carrow, no relation to the town) and a freelance composer. This is "
          "our first permanent audio designer role."),
    ("h", "The role"),
    ("p", "You will design and implement sound effects, ambience and UI sound for the new game, working in "
          "our audio middleware and the game engine. You will also help record and edit voice for about "
          "3,000 lines of dialogue in Tarvenian and English."),
    ("p", "Main responsibilities:"),
    ("item", "1.\tCreate sound effects and ambience from recordings and synthesis, to the style set by the audio lead."),
    ("item", "2.\tImplement sounds in middleware and hook them up in the engine, including the tide system, "
             "which changes the ambience of every scene over a 12-minute cycle."),
    ("item", "3.\tRun field recording trips (about 6 days a year, on the Southmarch coast; travel and "
             "overnight costs paid, TVM 45 a day meal allowance)."),
    ("item", "4.\tEdit and master voice recordings and keep the dialogue database up to date."),
    ("item", "5.\tKeep the game within its audio memory budget (96 MB on the lowest platform) and voice count limits."),
    ("item", "6.\tWork with QA on audio bugs; you own audio bugs from triage to fix."),
    ("h", "What we're looking for"),
    ("p", "Essential:"),
    ("item", "-\tAt least 2 years of sound design work (games, film, theatre or broadcast all count)"),
    ("item", "-\tExperience with at least one audio middleware tool or an engine's built-in audio system"),
    ("item", "-\tA reel or portfolio of 2–4 minutes showing sound you made, ideally re-sound of game footage"),
    ("item", "-\tGood listening: you can explain why a sound works or doesn't"),
    ("p", "Nice to have:"),
    ("item", "-\tField recording experience"),
    ("item", "-\tSome scripting (Lua or similar)"),
    ("item", "-\tA second language for voice sessions"),
    ("h", "Pay and grading"),
    ("p", "We use the same four-grade audio scale as our other disciplines. This role is advertised at "
          "Grade 2. We do not pay a regional weighting in Carrow; staff who live in the Ferrin Islands "
          "and work remotely receive the TVM 2,400 island allowance."),
    ("table", [["Grade", "Title", "Salary (TVM a year)", "Usual time before next grade"],
               ["1", "Junior Audio Designer", "31,000 – 34,000", "18–24 months"],
               ["2", "Audio Designer", "40,000 – 45,500", "30–36 months"],
               ["3", "Senior Audio Designer", "52,000 – 57,000", "no fixed time"],
               ["4", "Audio Lead", "60,000 – 66,000", "–"]]),
    ("p", "Starting salary for this role: TVM 41,500 – 45,500 depending on experience. Pay is reviewed each "
          "July; the 2026 rise was 4.5% on all grades."),
    ("h", "Hours and contract"),
    ("item", "-\tPermanent, full time, 37.5 hours a week. We also consider 4 days a week (30 hours, pro rata pay)."),
    ("item", "-\tCore hours 10:00 – 15:30. The studio is open 08:00 – 19:00."),
    ("item", "-\tOvertime: only by agreement, at least 5 working days' notice, no more than 8 hours in a week, "
             "paid at time and a half. We signed the GWUT Fair Hours Pledge in November 2026."),
    ("item", "-\tVoice sessions with actors sometimes run in the evening; these hours are taken back as time off "
             "in lieu the same week."),
    ("item", "-\tProbation 6 months; notice 1 month in probation, then 2 months."),
    ("item", "-\t27 days' holiday plus public holidays, and the studio closes for the week of the Carrow "
             "Tide Festival in late July (those 5 days are extra)."),
    ("item", "-\tPension: we pay 7%, you pay 3%. Equipment budget TVM 1,500 for headphones, recorders or plugins in your first year."),
    ("h", "How to apply"),
    ("p", "Send a CV and a link to your reel to jobs@mothandlantern.example with \"ML-2026-14\" in the subject line. "
          "No cover letter needed; instead, write up to 200 words about one sound in your reel and how you made it."),
    ("item", "1.\tClosing date: Friday 8 January 2027, 17:00."),
    ("item", "2.\tShortlisted applicants get a paid sound-design test: re-sound a 60-second gameplay clip of our "
             "last game (we supply the clip with the audio removed). Allow about 6 hours; we pay TVM 240 and you have 10 days."),
    ("item", "3.\tInterview at the studio in Carrow (or by video) in the week of 8 February 2027, about 90 minutes, "
             "with Esme and our producer. We pay travel within Tarvenia."),
    ("item", "4.\tWe aim to make an offer by 19 February 2027, for a start in April 2027."),
    ("p", "We welcome applications from people who are under-represented in games audio. If you need the test "
          "in a different format or more time, tell us; it won't affect how we score it."),
]
HEADER = "Moth & Lantern Games Ltd – Job pack – CONFIDENTIAL UNTIL PUBLISHED"
FOOTER = "ML-2026-14 Audio Designer | Issued 30 November 2026 | Moth & Lantern Games Ltd, Rope Works, Quay Street, Carrow CR1 4LB"


def main():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(HEADER); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(FOOTER); r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    md = []
    prevkind = None
    for kind, val in CONTENT:
        if prevkind == "item" and kind != "item":
            md.append("")
        prevkind = kind
        if kind == "title":
            p = doc.add_paragraph(); r = p.add_run(val); r.bold = True; r.font.size = Pt(22)
            r.font.color.rgb = RGBColor(0x2E, 0x3A, 0x59)
            md.append(f"# {val}\n")
        elif kind == "sub":
            p = doc.add_paragraph(); r = p.add_run(val); r.italic = True; r.font.size = Pt(12)
            md.append(f"*{val}*\n")
        elif kind == "blank":
            doc.add_paragraph()
        elif kind == "h":
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
            r = p.add_run(val); r.bold = True; r.font.size = Pt(14)
            r.font.color.rgb = RGBColor(0x2E, 0x3A, 0x59)
            md.append(f"## {val}\n")
        elif kind == "p":
            doc.add_paragraph(val)
            md.append(val + "\n")
        elif kind == "item":
            p = doc.add_paragraph(val)
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(2)
            mark, text = val.split("\t", 1)
            md.append(f"{mark if mark != '-' else '-'} {text}")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = t.cell(i, j); cell.text = ""
                    run = cell.paragraphs[0].add_run(c); run.bold = (i == 0)
            md.append("")
            md.append("| " + " | ".join(val[0]) + " |")
            md.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                md.append("| " + " | ".join(row) + " |")
            md.append("")
            doc.add_paragraph()
    doc.core_properties.author = "Nadia Fenwick"
    doc.core_properties.title = ""
    doc.save(OUT)
    out = [f"<!-- Header (every page): {HEADER} -->", ""]
    prev = None
    for line in md:
        out.append(line)
    out += ["", f"<!-- Footer (every page): {FOOTER} -->", ""]
    text = "\n".join(out)
    # join list items into tight lists
    SRC.write_text(text.replace("\n\n\n", "\n\n"))


if __name__ == "__main__":
    main()
