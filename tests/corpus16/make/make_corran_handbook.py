"""Corran Biologics GMP Manufacturing Technician Apprenticeship Handbook.
Hand-formatted Word document: no heading styles, typed numbering, manual
superscript footnote markers with a Notes list at the end, merged header cells."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "Corran Biologics - GMP Apprenticeship Handbook 2026-27 v3 FINAL.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

def para(text="", bold=False, size=None, align=None, italic=False, space_after=6):
    p = doc.add_paragraph()  # always Normal style
    if text:
        add_runs(p, text, bold=bold, size=size, italic=italic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    return p

def add_runs(p, text, bold=False, size=None, italic=False):
    # footnote markers written as {1} -> superscript digits
    import re
    parts = re.split(r"(\{\d+\})", text)
    for part in parts:
        if not part:
            continue
        if re.fullmatch(r"\{\d+\}", part):
            r = p.add_run(part[1:-1]); r.font.superscript = True
        else:
            r = p.add_run(part)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)

def h1(t): para(t, bold=True, size=14, space_after=8)
def h2(t): para(t, bold=True, size=12, space_after=4)
def h3(t): para(t, bold=True, italic=True, size=11, space_after=4)

def typed_list(items, marker="-"):
    for i, it in enumerate(items, 1):
        m = f"{chr(96+i)})" if marker == "a" else ("–" if marker == "-" else f"{i}.")
        p = para(f"{m}\t{it}", space_after=2)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-0.6)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)

def cell_text(cell, text, bold=False):
    cell.text = ""
    add_runs(cell.paragraphs[0], text, bold=bold, size=10)

# ---- cover
para("CORRAN BIOLOGICS", bold=True, size=20, align="c", space_after=2)
para("Carrick Point Manufacturing Site", size=12, align="c")
para("")
para("GMP Manufacturing Technician Apprenticeship", bold=True, size=18, align="c", space_after=2)
para("Apprentice Handbook – September 2026 cohort", size=14, align="c")
para("Document owner: Emerging Talent Team, HR  |  Version 3.0  |  Issued 2 March 2026  |  Review due March 2027", size=9, align="c", italic=True)
para("")
para("Please keep this handbook for the whole of your apprenticeship. Where this handbook and your contract of employment differ, your contract applies.", italic=True)

h1("1.  Welcome")
para("Welcome to Corran Biologics. You are one of 12 apprentices joining the Carrick Point site on Monday 7 September 2026. Over the next three years you will learn to manufacture vaccines under Good Manufacturing Practice (GMP), working alongside technicians in our upstream (cell culture and bioreactors), downstream (purification) and fill-finish departments. Since the programme began in 2018, 71 apprentices have completed it and 64 of them still work for Corran, including four who are now shift team leaders.")
para("Your apprenticeship leads to the Level 4 Process Technician Diploma (Biopharmaceutical Manufacturing), awarded by Carrick Point College and recognised by the Quellan Skills Authority.{1} On successful completion you will be offered a permanent post as a GMP Manufacturing Technician.")

h1("2.  Programme structure")
h2("2.1  Overview")
para("The apprenticeship lasts 36 months. Your time is split between work on site (about 80%) and study at Carrick Point College (about 20%). Each year has a different focus, as shown in Table 1.")
para("Table 1 – Programme timeline", bold=True, size=10, space_after=2)
t = doc.add_table(rows=2, cols=4); t.style = "Table Grid"
hdr = t.rows[0].cells
m = hdr[1].merge(hdr[3]); cell_text(hdr[0], "Year", True); cell_text(m, "Focus and arrangements", True)
sub = t.rows[1].cells
cell_text(sub[0], "", True); cell_text(sub[1], "On site", True); cell_text(sub[2], "College", True); cell_text(sub[3], "Working pattern", True)
a = t.rows[0].cells[0].merge(t.rows[1].cells[0]); cell_text(a, "Year", True)
for c in list(t.rows[0].cells) + list(t.rows[1].cells): shade(c, "D9E2F3")
rows = [
 ("Year 1 (Sep 2026 – Aug 2027)", "Induction (4 weeks), gowning qualification, rotations through stores, media prep and fill-finish support", "1 day a week (Wednesdays), term time", "Days only: 07:00–15:30, Monday to Friday"),
 ("Year 2 (Sep 2027 – Aug 2028)", "Two 20-week placements in upstream and downstream; first independent batch record entries", "1 day a week (Wednesdays), term time", "Joins a 4-on-4-off 12-hour shift team from January 2028"),
 ("Year 3 (Sep 2028 – Aug 2029)", "Home department chosen; improvement project; end-point assessment preparation", "Three 2-week blocks (Oct, Jan, Apr)", "4-on-4-off, days and nights"),
]
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r): cell_text(cells[i], v)
para("")
h2("2.2  Rotations")
para("During Year 1 you will spend six weeks in each of the following areas, in an order set by the Emerging Talent Team:")
typed_list(["Warehouse and goods-in (sampling of raw materials under a laminar flow booth)",
            "Media and buffer preparation",
            "Fill-finish support (component washing, autoclave loading, visual inspection)",
            "Quality Control sample management",
            "Engineering and maintenance (planned maintenance of cleanroom equipment)",
            "Environmental monitoring with the QC Microbiology team"], marker="a")
para("The remaining weeks of Year 1 are used for induction, college assessments and annual leave.")
h2("2.3  Gowning and cleanroom access")
h3("2.3.1  Gowning qualification")
para("Before you can enter Grade C or above you must pass the gowning qualification. This consists of classroom training (half a day), three supervised practice gownings, and three consecutive successful qualification gownings with finger-dab and contact-plate sampling. Most apprentices qualify within their first 3 weeks. You must requalify every 12 months, and immediately if you fail a routine gowning check.{2}")
h3("2.3.2  Grade A/B access")
para("Access to Grade A/B fill-finish areas is not granted until you have passed an aseptic process simulation (media fill) as part of a team, which normally happens in the second half of Year 2.")

h1("3.  Pay, hours and benefits")
h2("3.1  Apprentice pay")
para("Apprentice pay increases automatically on each anniversary of your start date, subject to satisfactory progress (see Section 4). Table 2 shows pay for the 2026 cohort.")
para("Table 2 – Apprentice pay and allowances (2026 cohort)", bold=True, size=10, space_after=2)
t2 = doc.add_table(rows=2, cols=4); t2.style = "Table Grid"
r0 = t2.rows[0].cells
cell_text(r0[0], "Stage", True)
mm = r0[1].merge(r0[3]); cell_text(mm, "Annual pay (QKR)", True)
r1 = t2.rows[1].cells
cell_text(r1[1], "Basic", True); cell_text(r1[2], "With shift allowance", True); cell_text(r1[3], "Hourly equivalent", True)
aa = t2.rows[0].cells[0].merge(t2.rows[1].cells[0]); cell_text(aa, "Stage", True)
for c in list(t2.rows[0].cells) + list(t2.rows[1].cells): shade(c, "D9E2F3")
for r in [("Year 1", "24,600", "n/a (days only)", "12.61"),
          ("Year 2", "27,300", "32,214 (from Jan 2028)", "14.00"),
          ("Year 3", "30,100", "35,518", "15.44"),
          ("Qualified GMP Technician (Grade M2, entry point)", "34,800", "41,064", "17.85")]:
    cells = t2.add_row().cells
    for i, v in enumerate(r): cell_text(cells[i], v)
para("Grade M2 runs from QKR 34,800 to QKR 39,600. Hourly equivalents are based on a 37.5-hour week.", italic=True, size=9)
para("")
para("Once you join a 12-hour shift team you are paid a shift allowance of 18% of basic pay. Your average working week on the 4-on-4-off pattern is 42 hours; hours above 37.5 are banked and used for training days and team briefings rather than paid as overtime.{3} Overtime on a rest day is paid at time-and-a-half, and at double time on public holidays.")
h2("3.2  Benefits")
typed_list(["27 days' annual leave plus public holidays (pro rata for shift workers, calculated in hours: 291 hours per year)",
            "Corran pension plan – 8% employer contribution when you contribute 4%",
            "All college fees paid by Corran (QKR 7,800 over the three years). You will not be asked to repay them if you leave.",
            "Free return shuttle bus from Fennick station for all shift start times",
            "Subsidised canteen (main meal QKR 4.20) and free hot drinks",
            "Uniform, safety footwear and prescription safety glasses provided",
            "Annual site bonus (paid 4.5% of salary in 2025) – apprentices are eligible from Year 2"])

h1("4.  Learning and assessment")
h2("4.1  Progress reviews")
para("You will meet your workplace mentor every fortnight and have a formal progress review with your mentor, your college tutor and the Emerging Talent Team every 12 weeks (a \"tripartite review\"). Your annual pay increase depends on being rated \"on track\" at the last review before your anniversary. If you are rated \"off track\", you will receive a written support plan lasting up to 8 weeks; the increase is then backdated once you return to on track.")
h2("4.2  College work")
para("The diploma has 14 units. You must achieve at least 60% in every unit assignment. Each assignment may be resubmitted once within 4 weeks. Attendance at college below 90% in any term will trigger a review meeting.")
h2("4.3  End-point assessment")
para("End-point assessment (EPA) takes place in months 34 to 36 and is carried out by an independent assessor from the Quellan Skills Authority. It has three parts:")
typed_list(["A knowledge test of 60 multiple-choice questions in 90 minutes (pass mark 65%)",
            "A 4-hour practical observation in your home department, including completion of a batch record and a deviation report",
            "A 60-minute professional discussion based on your portfolio and improvement project"], marker="1")
para("The overall grade is Fail, Pass, Merit or Distinction. Apprentices who achieve a Distinction join Grade M2 at the second pay point (QKR 36,000) instead of the entry point.")

h1("5.  Working in a GMP environment")
h2("5.1  Documentation and data integrity")
para("Everything you do in a GMP area must be recorded at the time it happens, in indelible ink or in the electronic batch record (EBR). Never back-date, pre-fill or use correction fluid. Errors are corrected with a single line, your initials, the date and a reason. You will complete the Corran Data Integrity e-learning (2 hours) in week 1 and again every 12 months.")
h2("5.2  Deviations")
para("If something does not go to plan – for example, an alarm on a bioreactor or a missed sample – tell your shift supervisor immediately. A deviation must be opened in the quality system within 24 hours of discovery. Apprentices are never disciplined for reporting a genuine mistake honestly; not reporting one is treated as a serious matter.")
h2("5.3  Health and safety")
para("Our site handles inactivated and live attenuated viruses at containment level 2. All apprentices receive an occupational health assessment before starting and are offered relevant vaccinations free of charge. You must report any needle-stick, splash or spill on the same shift.")

h1("6.  Conduct, absence and leaving")
h2("6.1  Probation")
para("Your first 6 months are a probationary period. During probation the notice period is 1 week on either side; after probation it is 4 weeks.")
h2("6.2  Absence")
para("If you are unwell, call the shift absence line (0141 772 900) at least 1 hour before your shift starts, and also tell your college on college days. You will be paid full sick pay for up to 4 weeks in Year 1, increasing to 8 weeks from Year 2.")
h2("6.3  Who to contact")
typed_list(["Emerging Talent Lead: Freya Mollestad (apprenticeships@corranbiologics.qk)",
            "College link tutor: Dr Hakon Reyes, Carrick Point College",
            "Occupational Health: Building 4, open 07:00–19:00 weekdays",
            "Employee Assistance Programme: 24/7 confidential helpline"])

para("")
para("Notes", bold=True, size=11)
notes = ["Quellan Skills Authority standard PT4-BIO, version 2.1 (2025). The diploma carries 120 credits at Level 4.",
         "Requalification follows site procedure SOP-QA-0117 \"Cleanroom Gowning Qualification\", revision 9.",
         "Banked hours are reconciled every 13 weeks. Any balance above 20 hours at reconciliation is paid at plain time."]
for i, n in enumerate(notes, 1):
    p = doc.add_paragraph()
    r = p.add_run(str(i)); r.font.superscript = True; r.font.size = Pt(9)
    r2 = p.add_run(" " + n); r2.font.size = Pt(9)
    p.paragraph_format.space_after = Pt(2)

doc.save(OUT)
print("saved", OUT)
