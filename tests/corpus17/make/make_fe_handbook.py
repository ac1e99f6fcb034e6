import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'VCC_Staff_Handbook_2025-26_Ch7_Lecturer_Pay_and_Workload.docx')
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(9.5)
s0 = doc.sections[0]
s0.left_margin = s0.right_margin = Cm(1.8); s0.top_margin = Cm(2.0)
s0.header.paragraphs[0].text = "Varnmark City College  -  Staff Handbook 2025-26  -  Chapter 7"
s0.footer.paragraphs[0].text = "Issued by Human Resources, 1 August 2025. Version 7.3. Uncontrolled when printed."
s0.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

def shade(cell, fill):
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(sh)

doc.add_heading("Chapter 7: Lecturer pay, progression and workload", 0)
p = doc.add_paragraph("This chapter applies to all teaching staff on lecturer contracts at Varnmark City College (VCC) from 1 August 2025 to 31 July 2026. It should be read with Chapter 4 (Appraisal) and Chapter 9 (Leave). Further education colleges are not covered by the Orlesian School Teachers' Pay Framework; VCC pay is set by the Corporation on the recommendation of the Orlesian Colleges Association (OCA).")
p.runs[0].italic = True

# two-column continuous section
s1 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = s1._sectPr.xpath("./w:cols")
c = cols[0] if cols else OxmlElement("w:cols")
c.set(qn("w:num"), "2"); c.set(qn("w:space"), "567"); c.set(qn("w:sep"), "1")
if not cols: s1._sectPr.append(c)

doc.add_heading("7.1 About the college", 1)
doc.add_paragraph("VCC teaches 11,400 students each year: 4,200 full-time 16-18 year olds and 7,200 adults and apprentices. We employ 612 teaching staff (541 FTE) across three campuses: Harbour Street (Varnmark Inner zone), Northgate (Varnmark Outer zone) and the Kelmsey Campus (Varnmark Fringe). We are also the apprenticeship provider for the Teaching Assistant Level 3 Apprenticeship (18 months) used by Brightwater Learning Trust and Tavish Bay and Sallow Isles Council schools.")

doc.add_heading("7.2 The lecturer pay spine", 1)
doc.add_paragraph("The 2025/26 pay award is 3.0% on all points from 1 August 2025, following the OCA recommendation of 14 July 2025. Salaries below are full-time (37 hours per week).")
rows = [("LS1","28,900","Unqualified entry point"),("LS2","30,650",""),("LS3","32,480",""),("LS4","34,420","Bar for lecturers without CFET"),
        ("LS5","36,490",""),("LS6","38,680",""),("LS7","41,000",""),("LS8","44,750","Top of lecturer scale"),
        ("AL1","46,200","Advanced Lecturer"),("AL2","48,500",""),("AL3","50,800",""),
        ("CM1","52,100","Curriculum Manager"),("CM4","58,900","Curriculum Manager max")]
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for cell, h in zip(t.rows[0].cells, ("Point", "Salary (OLM)", "Note")):
    cell.text = ""; r = cell.paragraphs[0].add_run(h); r.bold = True; shade(cell, "D9E2F3")
for a, b, n in rows:
    cs = t.add_row().cells; cs[0].text = a; cs[1].text = b; cs[2].text = n
cap = doc.add_paragraph("Table 7.1: VCC lecturer, advanced lecturer and curriculum manager points, 2025/26. CM2 is OLM 54,300 and CM3 OLM 56,600.")
cap.runs[0].italic = True; cap.runs[0].font.size = Pt(8)

doc.add_heading("7.3 Location allowances", 1)
doc.add_paragraph("VCC pays its own location allowance, which differs from the school teachers' weighting: Harbour Street OLM 4,200; Northgate OLM 2,900; Kelmsey Campus OLM 1,100. Staff who teach on more than one campus receive the allowance of the campus where they spend most of their timetabled hours, measured on 1 October each year.")

doc.add_heading("7.4 Progression", 1)
doc.add_paragraph("Lecturers move up one point on 1 August each year, to the top of LS8, provided their appraisal for the previous year is rated 'meets expectations' or above. Lecturers without the Certificate in Further Education Teaching (CFET) stop at LS4 until they qualify. Movement to Advanced Lecturer (AL1) is by application in the spring term, open to staff who have been on LS8 for at least one year; 18 AL posts were awarded in 2025. Curriculum Manager posts are advertised internally.")

# sidebar as a shaded single-cell table
sb = doc.add_table(rows=1, cols=1); sb.style = "Table Grid"
cell = sb.rows[0].cells[0]; shade(cell, "FFF2CC")
cell.text = ""
r = cell.paragraphs[0].add_run("AT A GLANCE: LECTURER CONTRACT"); r.bold = True
for line in ["37 hours per week; 828 maximum teaching hours per year",
             "Up to 24 teaching hours in any single week (average 23 over 36 weeks)",
             "35 days' annual leave + 8 public holidays + 4 college closure days",
             "10% teaching remission in the first year of employment",
             "5 industry currency days per year",
             "CFET within 2 years of appointment; fee OLM 3,600 paid by VCC",
             "Evening class overtime: OLM 38.50 per hour",
             "Pension: Orlesian Teachers' Pension Scheme, employer 23.6%"]:
    cell.add_paragraph("\u25aa " + line)

doc.add_heading("7.5 Teaching qualifications", 1)
doc.add_paragraph("All lecturers appointed without a recognised teaching qualification must complete the CFET within two years of appointment. The CFET is a two-year, part-time course delivered at Northgate on Wednesday afternoons; VCC pays the OLM 3,600 fee and allows 1.5 hours per week of remission. If a lecturer leaves within 12 months of completion, 50% of the fee is repayable.")
doc.add_paragraph("Lecturers who hold the CFET and have at least one year's teaching experience may apply to the Orlesian Teaching Council for Qualified Further Education Teacher Status (QFETS). The OTC fee is OLM 485 and the process takes about 6 months. QFETS is recognised as equivalent to QTS for employment in schools, so a lecturer can then be paid on the school teachers' main or upper scale. Lecturers with QTS already are placed at least on LS5.")

doc.add_heading("7.6 Workload", 1)
doc.add_paragraph("A full-time lecturer's 37 hours comprise timetabled teaching, tutorials, preparation and marking, meetings and other duties. The college's workload model allows the following each week for a full-time lecturer teaching 23 hours:")
for line in ["Tutorial: 1 hour per tutor group (maximum 2 tutor groups)",
             "Preparation and marking: 7 hours, pro rata to teaching hours",
             "Team and department meetings: 1.5 hours (Thursday 16:00-17:30)",
             "Professional development: 1 hour, plus 6 whole-college staff development days",
             "Maths and English resit support: up to 1 hour for vocational lecturers"]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("No lecturer may be timetabled to teach after 21:00 or for more than 3 evenings per week. Part-time hourly-paid lecturers are paid for each teaching hour at the hourly rate of their spine point (annual salary divided by 828) plus an 18% uplift for preparation and holiday pay.")

doc.add_heading("7.7 Questions", 1)
doc.add_paragraph("Contact HR Business Partner (Curriculum), Mr Idris Vantongeren, hr.curriculum@varnmarkcity.ac.or, extension 2207. The recognised unions for lecturers are NUOT and the College Staff Union (CSU); the joint negotiating committee meets termly.")
doc.save(OUT); print("saved")
