"""TRHS policy 'Preceptorship and Band 5 to Band 6 progression for registered nurses' as a hospital trust
writes one in Word (python-docx): document control box in the header, typed clause numbers 4.2.1,
a table whose first column names the row, 'Page X of Y' footer. Also writes the src md."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = Path(__file__).resolve().parent.parent
NAME = "staff-nurse-preceptorship-policy.docx"
TITLE = "Preceptorship and Band 5 to Band 6 Progression Policy for Registered Nurses"

CONTROL = [("Reference", "TRHS/WF/047"), ("Version", "3.1"), ("Approved by", "Workforce and Education Committee"),
           ("Approval date", "12 November 2025"), ("Review date", "November 2028"), ("Author", "Deputy Director of Nursing (Education)")]

# (kind, number, text) ; kind: h1, clause, bullet, table
BODY = [
    ("h1", "1.", "Purpose"),
    ("clause", "1.1", "This policy sets out the preceptorship programme for newly registered nurses joining the Tarnside Regional Health Service (TRHS) and the conditions under which a staff nurse progresses from Band 5 to Band 6."),
    ("clause", "1.2", "It applies to all adult, children\u2019s and mental health nursing staff at Tarnside General Infirmary, St Brannoc\u2019s Hospital and Moorgate Community Hospital. Midwives are covered by policy TRHS/WF/052."),
    ("h1", "2.", "Definitions"),
    ("clause", "2.1", "Preceptee: a nurse in the first 12 months after first registration with the Tarnside Nursing and Midwifery Board (TNMB)."),
    ("clause", "2.2", "Preceptor: a registered nurse with at least 12 months\u2019 experience since registration who has completed the one-day TRHS preceptor course."),
    ("h1", "3.", "Responsibilities"),
    ("clause", "3.1", "The ward manager allocates a preceptor before the preceptee\u2019s first day and arranges an overlap of at least 60% of rostered shifts during the first four weeks."),
    ("clause", "3.2", "The Practice Education Team runs the preceptorship study days and keeps the record of completion."),
    ("h1", "4.", "The preceptorship programme"),
    ("h2", "4.1", "Supernumerary period"),
    ("clause", "4.1.1", "Every preceptee is supernumerary for the first two weeks (75 hours for a full-time nurse)."),
    ("clause", "4.1.2", "Preceptees who trained outside Tarnside are supernumerary for four weeks and complete the overseas nurse orientation (OSCE preparation) where it applies."),
    ("h2", "4.2", "Protected time and study days"),
    ("clause", "4.2.1", "Preceptees attend six preceptorship study days during the year; these are rostered as working days."),
    ("clause", "4.2.2", "Preceptor and preceptee meet for at least one hour a month, recorded in the e-portfolio."),
    ("clause", "4.2.3", "Preceptees must not take charge of a ward or act as nurse in charge during the first six months."),
    ("h2", "4.3", "Reviews"),
    ("clause", "4.3.1", "Formal reviews take place at 1 month, 4 months, 8 months and 12 months. The 12-month review signs off the preceptorship."),
    ("clause", "4.3.2", "If the 12-month review is not passed, the preceptorship may be extended once, by up to 6 months."),
    ("h1", "5.", "Progression from Band 5 to Band 6"),
    ("clause", "5.1", "Band 6 posts are advertised internally. A Band 5 nurse may apply once all of the criteria in Table 1 are met."),
    ("table", "Table 1: Criteria for applying for a Band 6 staff nurse or junior sister/charge nurse post", None),
    ("clause", "5.2", "Nurses who take up a Band 6 post start at Band 6 point 1 (DRL 39,100) or, if their Band 5 salary is higher, at the first Band 6 point above it."),
    ("clause", "5.3", "Pay points for registered nurses from 1 April 2026:"),
    ("bullet", None, "Band 5: DRL 31,200 (point 1), DRL 33,400 (point 2), DRL 37,900 (point 3)"),
    ("bullet", None, "Band 6: DRL 39,100 (point 1), DRL 41,300 (point 2), DRL 46,200 (point 3)"),
    ("bullet", None, "Band 7 (ward sister/charge nurse): DRL 47,800 to DRL 54,600"),
    ("h1", "6.", "Shift patterns and unsocial hours"),
    ("clause", "6.1", "Inpatient nurses work 12.5-hour day shifts (07:15\u201319:45) or night shifts (19:15\u201307:45), three shifts a week for a full-time nurse. Nurses may ask to work 7.5-hour shifts on wards that offer them."),
    ("clause", "6.2", "Unsocial hours are paid at 30% of the hourly rate for hours between 20:00 and 06:00 and on Saturdays, and 60% on Sundays and public holidays."),
    ("clause", "6.3", "Preceptees do not work nights during the first 8 weeks, except to complete the one night shift of their orientation."),
    ("h1", "7.", "Monitoring"),
    ("clause", "7.1", "The Practice Education Team reports twice a year to the Workforce and Education Committee on the number of preceptees, the share completing within 12 months (target 90%) and retention at 24 months (target 85%)."),
]
TABLE1 = [
    ("Criterion", "Staff nurse (Band 6)", "Junior sister / charge nurse (Band 6)"),
    ("Time since registration", "At least 2 years", "At least 3 years"),
    ("Preceptorship", "Signed off", "Signed off"),
    ("Courses", "Intravenous therapy and blood transfusion", "IV therapy, plus the Leading a Shift course (3 days)"),
    ("Mentoring", "Practice assessor course completed", "Practice assessor for at least one student"),
    ("Appraisal", "Rated \u201cmeets\u201d or above in the last appraisal", "Rated \u201cmeets\u201d or above in the last two appraisals"),
]

def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): run._r.append(e)

def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)

doc = Document()
doc.core_properties.title = "Policy template v4"
doc.core_properties.author = "Workforce Policy Office"
doc.core_properties.subject = "TRHS workforce policy"
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
# header: logo line + document control box
hp = sec.header.paragraphs[0]
r = hp.add_run("Tarnside Regional Health Service"); r.bold = True; r.font.color.rgb = RGBColor(0, 94, 184)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
ht = sec.header.add_table(rows=2, cols=3, width=Cm(16.6))
ht.style = "Table Grid"
cells = [f"{k}: {v}" for k, v in CONTROL]
for i, c in enumerate(cells):
    cell = ht.cell(i // 3, i % 3); cell.text = c
    for p in cell.paragraphs:
        for rr in p.runs: rr.font.size = Pt(8)
# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("TRHS/WF/047 Preceptorship and Band 5 to 6 Progression \u00b7 Version 3.1 \u00b7 Uncontrolled when printed \u00b7 Page "); fr.font.size = Pt(8)
r2 = fp.add_run(); r2.font.size = Pt(8); add_field(r2, "PAGE")
r3 = fp.add_run(" of "); r3.font.size = Pt(8)
r4 = fp.add_run(); r4.font.size = Pt(8); add_field(r4, "NUMPAGES")

doc.add_heading(TITLE, level=0)
p = doc.add_paragraph(); rr = p.add_run("Policy reference TRHS/WF/047 \u2013 Version 3.1"); rr.italic = True
md = [f"<!-- Source text of docs/{NAME}. Header: document control box; footer: reference, version, Page X of Y. -->", "",
      f"# {TITLE}", "", "*Policy reference TRHS/WF/047 \u2013 Version 3.1*", "",
      "Document control (in the page header):", ""] + [f"- {k}: {v}" for k, v in CONTROL] + [""]
for kind, num, text in BODY:
    if kind == "h1":
        doc.add_heading(f"{num}\t{text}", level=1); md += [f"## {num} {text}", ""]
    elif kind == "h2":
        doc.add_heading(f"{num}\t{text}", level=2); md += [f"### {num} {text}", ""]
    elif kind == "clause":
        p = doc.add_paragraph(f"{num}\t{text}")
        p.paragraph_format.left_indent = Cm(1.25); p.paragraph_format.first_line_indent = Cm(-1.25)
        md += [f"{num} {text}", ""]
    elif kind == "bullet":
        doc.add_paragraph(text, style="List Bullet"); md += [f"- {text}"]
        continue
    elif kind == "table":
        cap = doc.add_paragraph(); cr = cap.add_run(text); cr.bold = True; cr.font.size = Pt(10)
        t = doc.add_table(rows=len(TABLE1), cols=3); t.style = "Table Grid"
        for i, row in enumerate(TABLE1):
            for j, c in enumerate(row):
                cell = t.cell(i, j); cell.text = c
                if i == 0 or j == 0:
                    for rr in cell.paragraphs[0].runs: rr.bold = True
                if i == 0: shade(cell, "D9E2F3")
        doc.add_paragraph()
        md += [f"**{text}**", "", "| " + " | ".join(TABLE1[0]) + " |", "|---|---|---|"]
        md += ["| " + " | ".join(r) + " |" for r in TABLE1[1:]] + [""]
    if md and md[-1] != "":
        md.append("")
disc = "Tarnside Regional Health Service is an equal opportunities employer. Pay figures in this policy are correct at 1 April 2026 and are reviewed each year after the regional pay award."
p = doc.add_paragraph(); r = p.add_run(disc); r.italic = True; r.font.size = Pt(9)
md += ["", f"*{disc}*", ""]
doc.save(ROOT / "docs" / NAME)
(ROOT / "src" / (NAME + ".md")).write_text("\n".join(md), encoding="utf-8")
print("ok")
