"""QGC job pack, imitating a WPS Office / Zoho Writer export: oddly named custom
styles ("Heading1-WPS", "Heading2-WPS", "Body Text Custom"), Title/Subtitle, a two-column
layout table (labels | content) and bullets typed as '•<tab>'."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "QGC_JobPack_CompBio_Biostat_REF-QGC-2026-114.docx")
doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)

def mkstyle(name, size, bold=False, color=None, space_before=0, space_after=6):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.name = "Microsoft YaHei UI" if name.startswith("Heading") else "Arial"
    st.font.size = Pt(size); st.font.bold = bold
    if color: st.font.color.rgb = RGBColor.from_string(color)
    st.paragraph_format.space_before = Pt(space_before)
    st.paragraph_format.space_after = Pt(space_after)
    return st

mkstyle("Heading1-WPS", 15, True, "1F5C4A", 12, 6)
mkstyle("Heading2-WPS", 12, True, "2E7D6B", 8, 4)
mkstyle("Body Text Custom", 10.5, False, None, 0, 5)
mkstyle("Table Text WPS", 10, False, None, 0, 2)
B = "Body Text Custom"

def p(text, style=B, bold=False):
    para = doc.add_paragraph(style=style)
    r = para.add_run(text); r.bold = bold
    return para

def bullets(items, style=B):
    for it in items:
        para = doc.add_paragraph(style=style)
        para.add_run("•\t" + it)
        para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.first_line_indent = Cm(-0.5)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), hexcol); tcPr.append(sh)

def ctext(cell, text, bold=False):
    cell.text = ""
    par = cell.paragraphs[0]; par.style = doc.styles["Table Text WPS"]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i: par = cell.add_paragraph(style="Table Text WPS")
        r = par.add_run(ln); r.bold = bold

def layout_table(rows, widths=(4.5, 12.5)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, content in rows:
        c = t.add_row().cells
        ctext(c[0], lab, True); shade(c[0], "E8F1EE"); ctext(c[1], content)
        c[0].width = Cm(widths[0]); c[1].width = Cm(widths[1])
    doc.add_paragraph(style=B)
    return t

doc.add_paragraph("Quellan Genome Centre", style="Title")
doc.add_paragraph("Candidate Job Pack: Computational Biologist (Grade S5) and Biostatistician (Grade S4/S5)", style="Subtitle")
p("Vacancy reference: QGC-2026-114  |  Closing date: Monday 27 April 2026, 12:00 noon  |  Location: QGC Campus, Thistlecombe")

doc.add_paragraph("1. Welcome from the Director of Data Science", style="Heading1-WPS")
p("Thank you for your interest in joining the Quellan Genome Centre (QGC). We are the national genomics institute of Quellany, founded in 2011 and funded mainly by the Ministry of Health and Research. Our 640 staff sequence around 95,000 genomes a year for the National Genomic Medicine Service, run the Quellan Biobank of 210,000 volunteers, and host the research data platform used by every university in the country.")
p("Our Data Science Division is recruiting two Computational Biologists and one Biostatistician to join the Population Genomics and Clinical Interpretation teams. This pack sets out the roles, the pay and benefits, and exactly how we will assess your application. — Dr Liv Harstad, Director of Data Science")

doc.add_paragraph("2. The roles at a glance", style="Heading1-WPS")
layout_table([
 ("Job title", "Computational Biologist (2 posts)\nBiostatistician (1 post)"),
 ("Grade", "Computational Biologist: S5\nBiostatistician: S4, with progression to S5 on meeting the S5 criteria (normally after 2 years)"),
 ("Salary", "S5: QKR 52,300 – 60,900\nS4: QKR 44,500 – 51,200\nNew starters normally join on the first or second pay point."),
 ("Contract", "Permanent, full-time (36.5 hours per week). Part-time (minimum 0.6 FTE) and job-share applications are welcome."),
 ("Team", "Population Genomics (Computational Biologist x1, Biostatistician)\nClinical Interpretation (Computational Biologist x1)"),
 ("Reports to", "Principal Computational Biologist (Grade S7) in each team"),
 ("Location", "QGC Campus, Thistlecombe. Hybrid working: minimum 2 days per week on campus (team days are Tuesdays)."),
 ("Security", "Standard disclosure check and Trusted Researcher accreditation under the Quellan Health Data Act 2023 (QHDA), completed in the first 4 weeks"),
])

doc.add_paragraph("3. Computational Biologist (S5)", style="Heading1-WPS")
doc.add_paragraph("3.1 Main responsibilities", style="Heading2-WPS")
bullets([
 "Develop and maintain analysis pipelines for whole-genome and long-read data in the Quellan Biobank (about 1.4 PB on the QGC cluster)",
 "Lead rare-disease variant prioritisation work with clinical scientists at Lowmarsh Health Board and two other regional genomics hubs",
 "Supervise one Bioinformatician I (grade S4) and co-supervise MSc placement students from the University of Ember Vale",
 "Publish and present; QGC expects each S5 scientist to contribute to at least two peer-reviewed outputs a year",
 "Contribute to the on-call rota for the clinical reporting pipeline (one week in eight, QKR 45 per weekday night and QKR 95 per weekend day on call)",
])
doc.add_paragraph("3.2 Person specification", style="Heading2-WPS")
layout_table([
 ("Essential", "PhD in bioinformatics, genomics, computational biology or a quantitative field, OR an MSc plus 4 years' relevant post-MSc experience\nExpert Python or R; experience with Nextflow, Snakemake or WDL\nHands-on analysis of human genome sequencing data\nEvidence of independent research (first-author paper, thesis or equivalent)"),
 ("Desirable", "Experience with clinical variant interpretation (ACMG guidelines)\nHPC and cloud (Slurm; Quellan Research Cloud)\nLine management or supervision"),
])

doc.add_paragraph("4. Biostatistician (S4/S5)", style="Heading1-WPS")
doc.add_paragraph("4.1 Main responsibilities", style="Heading2-WPS")
bullets([
 "Design and analyse genome-wide association and polygenic score studies using Quellan Biobank data",
 "Provide statistical review for around 40 external data access applications a year",
 "Write statistical analysis plans and reproducible reports (R Markdown/Quarto)",
 "Teach on the QGC 'Statistics for Genomics' short course, run three times a year",
])
doc.add_paragraph("4.2 Person specification", style="Heading2-WPS")
layout_table([
 ("Essential", "MSc (or higher) in statistics, biostatistics, epidemiology or a related quantitative field\nStrong R skills, including mixed models and survival analysis\nAbility to explain statistical results to non-statisticians"),
 ("Desirable", "Experience with genetic data (PLINK, REGENIE or SAIGE)\nExperience in a regulated environment (e.g. a CRO such as Larchmont Clinical)"),
 ("S5 criteria", "Appointment directly at S5 requires a PhD or 3+ years' post-MSc experience leading analyses independently. Otherwise appointment is at S4."),
])

doc.add_paragraph("5. Pay and grading structure", style="Heading1-WPS")
p("QGC scientific staff are paid on the Research Institutes Scientific Pay Spine. Each grade has 6 pay points and staff move up one point each 1 August, until they reach the top of the grade. Pay points for 2025–26 are shown below; a 3.2% uplift is expected from 1 August 2026.")
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for i, h in enumerate(["Grade", "Typical role", "Point 1 (QKR)", "Point 6 (QKR)", "Promotion route"]):
    ctext(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], "CFE3DC")
for r in [("S3", "Research Assistant / Data Technician", "36,800", "42,900", "Competitive vacancy"),
          ("S4", "Bioinformatician I / Biostatistician", "44,500", "51,200", "Progression panel (March)"),
          ("S5", "Computational Biologist / Senior Biostatistician", "52,300", "60,900", "Progression panel (March)"),
          ("S6", "Senior Computational Biologist", "62,000", "71,500", "Competitive vacancy; PhD expected"),
          ("S7", "Principal Computational Biologist", "73,400", "84,200", "Competitive vacancy")]:
    c = t.add_row().cells
    for i, v in enumerate(r): ctext(c[i], v)
doc.add_paragraph(style=B)

doc.add_paragraph("6. Benefits", style="Heading1-WPS")
bullets([
 "30 days' annual leave plus 9 public holidays, and 3 extra days when the campus closes between Christmas and New Year",
 "Quellan Research Pension Scheme: employer contribution 16%, employee contribution 6.5%",
 "Flexible working with core hours of 10:00–15:00",
 "Relocation package of up to QKR 5,000 for moves to the Thistlecombe area (receipts required; repayable pro rata if you leave within 2 years)",
 "Free shuttle bus between Thistlecombe station and the campus; a Brisk Harbour express bus twice daily (journey time 55 minutes)",
 "Conference and training budget of QKR 2,000 per person per year",
 "On-site nursery with 15% salary-sacrifice discount",
])

doc.add_paragraph("7. How we will assess you", style="Heading1-WPS")
p("We use the same process for all three posts. Please do not send a CV on its own: we assess only what is in the online application form.")
layout_table([
 ("Step 1\nApply", "Complete the online application form by 12:00 on 27 April 2026, including a supporting statement of up to 1,000 words addressing the essential criteria."),
 ("Step 2\nShortlisting", "A panel of three scores each essential criterion 0–3. Candidates scoring at least 2 on every essential criterion are shortlisted. Outcome by 8 May 2026."),
 ("Step 3\nTechnical exercise", "Online, 90 minutes, in R or Python (your choice), on an anonymised dataset. Biostatistician candidates also complete a 20-minute statistics quiz. Window: 11–13 May 2026."),
 ("Step 4\nInterview", "On campus in Thistlecombe, 18–22 May 2026: a 10-minute presentation (topic sent 5 working days in advance) followed by a 45-minute panel interview. Travel costs over QKR 30 are reimbursed."),
 ("Step 5\nOffer", "Verbal offer within 5 working days of interview, followed by references, right-to-work check and QHDA Trusted Researcher accreditation. Target start date: 1 August 2026."),
])
p("Reasonable adjustments are available at every stage. Candidates who declare a disability and meet the essential criteria are guaranteed an interview under the QGC Disability Confident commitment.")

doc.add_paragraph("8. Contacts", style="Heading1-WPS")
layout_table([
 ("Informal enquiries", "Dr Emil Vossberg, Principal Computational Biologist (Population Genomics) – e.vossberg@qgc.qk\nDr Ruth Akinde, Principal Computational Biologist (Clinical Interpretation) – r.akinde@qgc.qk"),
 ("Recruitment team", "recruitment@qgc.qk – please quote QGC-2026-114"),
 ("Address", "Quellan Genome Centre, Wellfield Road, Thistlecombe TC2 9GN"),
])
p("Document generated 23 March 2026. Page layout may differ when opened in other word processors.")
doc.save(OUT); print("saved", OUT)
