"""Builds a Google-Docs-style .docx export (Arial, headings as bold Normal text,
empty spacer paragraphs, bordered tables) for a Calderra Climate Agency job description."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "Job Description - Carbon Accounting Analyst (Band 5) - Calderra Climate Agency.docx")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)  # Google Docs default Letter
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Cm(2.54))

normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(11)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
normal.element.rPr.rFonts.set(qn("w:cs"), "Arial")
normal.paragraph_format.space_after = Pt(0)
normal.paragraph_format.line_spacing = 1.15

doc.core_properties.author = ""
doc.core_properties.title = "Job Description - Carbon Accounting Analyst (Band 5)"
doc.core_properties.comments = ""


def empty():
    doc.add_paragraph()


def para(text, bold=False, size=None, color=None, italic=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def heading(text):
    # Google Docs exports often keep "headings" as Normal text with direct formatting
    empty()
    para(text, bold=True, size=14, color="1C4587")


def bullets(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        if isinstance(it, tuple):
            r = p.add_run(it[0]); r.bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(rows, header_bg="D9E2F3", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if i == 0 or (j == 0 and header_bg == "KEY"):
                r.bold = True
            if i == 0 and header_bg != "KEY":
                set_cell_bg(c, header_bg)
            if widths:
                c.width = Cm(widths[j])
    return t


p = doc.add_paragraph(style="Title")
p.add_run("Calderra Climate Agency").font.name = "Arial"
p = doc.add_paragraph(style="Subtitle")
p.add_run("Job Description and Person Specification").font.name = "Arial"
empty()

table([
    ["Job title", "Carbon Accounting Analyst"],
    ["Reference", "CCA-2025-0148"],
    ["Directorate / team", "Emissions & Reporting Directorate - National Inventory and Corporate Reporting Unit"],
    ["Grade", "Band 5"],
    ["Number of posts", "3 (2 in Vessport, 1 in Tarrowmere)"],
    ["Contract", "Permanent, full-time (37 hours). Part-time and job share considered (minimum 22.5 hours)."],
    ["Salary", "Vessport: CRM 51,300 - 58,600. Tarrowmere: CRM 48,200 - 55,500. New entrants normally start at the band minimum."],
    ["Closing date", "Friday 6 June 2025, 23:55"],
    ["Security", "Baseline Personnel Security Standard (BPSS). Not a reserved post: open to anyone with the right to work in Calderra."],
], header_bg="KEY", widths=[4.5, 11.5])

heading("About the Calderra Climate Agency")
para("The Calderra Climate Agency (CCA) is the government agency responsible for the national greenhouse gas inventory, "
     "climate adaptation planning and the regulation of corporate emissions reporting under the Environmental Reporting Act 2021. "
     "Since 1 January 2025, companies with more than 500 employees or turnover above CRM 200 million must report Scope 3 emissions, "
     "and the CCA checks a sample of around 400 reports a year.")
empty()
para("We employ about 1,150 people, of whom 186 work in data, analysis and digital roles. Our main offices are Corran House in Vessport "
     "and the Tarrowmere regional office on Quayside Street.")

heading("Job purpose")
para("You will help compile the national inventory of emissions from energy, industry and agriculture, and review the emissions reports "
     "that large companies submit to the CCA. You will check calculations, challenge emission factors, and produce clear findings for "
     "companies and for the CCA's enforcement team. This is a good role for an accountant or auditor moving into climate work, or for a "
     "graduate who already has a year or two of sustainability or data experience.")

heading("Main responsibilities")
bullets([
    "Review 40-60 corporate emissions reports a year, including Scope 1, 2 and 3 calculations, and record findings in the CCA review system.",
    "Maintain the Calderran emission factor database (about 2,800 factors), including the annual grid electricity factor published each June.",
    "Build and maintain reproducible calculations in Python or R, with version control; replace spreadsheet-based calculations where possible.",
    "Prepare data tables for the national inventory submission due each 15 April.",
    "Answer technical questions from reporting companies through the CCA helpdesk (rota of about one day per fortnight).",
    "Contribute to guidance documents, for example the 2025 guidance on market-based Scope 2 accounting.",
])

heading("Person specification")
para("Essential criteria", bold=True)
bullets([
    "Understanding of greenhouse gas accounting principles (operational and financial control boundaries, Scope 1, 2 and 3, emission factors).",
    "Ability to analyse data accurately in Excel and at least one of Python, R or SQL.",
    "Clear written communication for non-specialists.",
])
empty()
para("Desirable criteria", bold=True)
bullets([
    "A professional accounting or audit qualification, or part-qualification.",
    "CSEDS CEDP-Associate or CEDP certification, or the Calderran Emissions Inventory Practitioner course.",
    "Experience of life-cycle assessment or supply-chain data.",
])

heading("Behaviours and how we assess them")
para("We use the CCA Success Profiles framework. For this role we will assess the following:")
empty()
table([
    ["Element", "Application", "Online exercise", "Interview"],
    ["Behaviour: Working Together", "Yes (250 words)", "-", "Yes"],
    ["Behaviour: Making Effective Decisions", "Yes (250 words)", "-", "Yes"],
    ["Technical: GHG accounting", "Technical statement (500 words)", "Yes", "Yes"],
    ["Technical: Data analysis", "-", "Yes", "-"],
    ["Strengths", "-", "-", "Yes (not prepared in advance)"],
], widths=[5.5, 4, 3.5, 3])
empty()
para("Selection process", bold=True)
bullets([
    ("Sift: ", "applications are scored on the two behaviour statements and the technical statement. If we receive more than 120 applications we will run an initial sift on the technical statement only."),
    ("Online data exercise: ", "45 minutes, done at home in the week of 23 June 2025. You are given a company's activity data and emission factors and asked to calculate and comment on its Scope 1 and 2 emissions. Pass threshold: 55%."),
    ("Interview: ", "45 minutes by video with a panel of three, in the weeks of 7 and 14 July 2025."),
    ("Start date: ", "from September 2025, subject to pre-employment checks (about 4 weeks)."),
])
empty()
para("Candidates who reach the interview but are not appointed may be placed on a reserve list for 12 months and offered a similar Band 5 post.")

heading("What we offer")
bullets([
    ("Pension: ", "Public Service Pension Scheme, employer contribution 15.2% of salary."),
    ("Pay progression: ", "annual pay award, usually effective 1 August; no performance bonus, but in-year recognition awards of up to CRM 1,000."),
    ("Annual leave: ", "25 days, rising by 1 day per year of service to a maximum of 30, plus 9 public holidays and 1 Agency day."),
    ("Flexible working: ", "flexi-time (up to 2 flexi days per month) and hybrid working with an expected 40% office attendance averaged over a month."),
    ("Learning: ", "CRM 1,450 a year per person, plus the Agency pays for one professional certification. Carbon accounting analysts normally take the CSEDS CEDP within 3 years of joining."),
    ("Probation and notice: ", "6-month probation; notice period 1 month for Band 5 (2 months for Band 6 and above)."),
])

heading("Eligibility and nationality")
para("This post is open to Calderran citizens, permanent residents, and anyone else with the right to work in Calderra. The CCA does not sponsor "
     "Skilled Worker Permits for Band 5 roles. Candidates must have lived in Calderra, or worked for the Calderran government abroad, for at least "
     "2 of the last 5 years for the BPSS check to be completed.")

heading("How to apply")
para("Apply through the Calderra Government Jobs portal, reference CCA-2025-0148, by 23:55 on Friday 6 June 2025. Please do not send a CV: "
     "only the application form is assessed. Reasonable adjustments are available at every stage; contact recruitment@cca.gov.cl.")
empty()
para("Contact for questions about the role: Helga Varnsdottir, Head of Corporate Reporting Review (helga.varnsdottir@cca.gov.cl).", italic=True)
empty()
empty()
para("CCA is committed to inclusive recruitment. We guarantee an interview to disabled candidates who meet the minimum criteria.",
     size=9, color="666666")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc.save(OUT)
print("wrote", os.path.abspath(OUT))
