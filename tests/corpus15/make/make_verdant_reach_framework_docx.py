"""Builds a Word-authored style .docx for Verdant Reach (NGO): real TOC field with
cached entries, a VML text box, Heading styles, and a SmartArt-like progression table."""
import os
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "Verdant Reach - Data and Evidence Career Framework v3.1 (FINAL).docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
O = 'xmlns:o="urn:schemas-microsoft-com:office:office"'

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
doc.core_properties.author = "Maren Liefsdottir"
doc.core_properties.last_modified_by = "People Team"
doc.core_properties.title = "Data and Evidence Career Framework v3.1"
doc.core_properties.revision = 14

# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Verdant Reach - Data & Evidence Career Framework v3.1 - Internal"
hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Page ")
for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
    r = fp.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text; r._r.append(el)
    elif kind == "text":
        r.text = text
    else:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._r.append(el)

# Title block
t = doc.add_paragraph(style="Title"); t.add_run("Data & Evidence Career Framework")
s = doc.add_paragraph(style="Subtitle"); s.add_run("Version 3.1 - approved by the People Committee on 28 January 2025 - applies from 1 April 2025")

# TOC field with cached result
toc_heading = doc.add_paragraph(style="TOC Heading") if "TOC Heading" in [x.name for x in doc.styles] else doc.add_paragraph()
toc_heading.add_run("Contents").bold = True

entries = [
    (1, "1. Purpose and scope", 2), (1, "2. Roles in the Data & Evidence team", 2),
    (1, "3. Levels and pay", 3), (2, "3.1 Pay bands 2025/26", 3), (2, "3.2 Progression within a band", 3),
    (1, "4. Promotion between levels", 4), (1, "5. Working arrangements", 5),
    (1, "6. Learning and development", 5), (1, "7. Entry routes", 6), (1, "8. Leaving", 6),
]
body = doc.element.body
first = True
for i, (lvl, text, page) in enumerate(entries):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    ps = OxmlElement("w:pStyle"); ps.set(qn("w:val"), f"TOC{lvl}"); pPr.insert(0, ps)
    tabs = parse_xml(f'<w:tabs {W}><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>')
    pPr.append(tabs)
    if i == 0:
        p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:tab/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t>{page}</w:t></w:r>'))
    if i == len(entries) - 1:
        p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))

doc.add_paragraph()

# VML text box with key changes
box_lines = [
    ("What changed in v3.1", True),
    ("- Pay bands uprated by 3.5% from 1 April 2025.", False),
    ("- New level D2a for remote-sensing analysts (see 3.1).", False),
    ("- Four-day week option extended to all levels after probation.", False),
    ("- Learning budget raised from CRM 800 to CRM 1,000 per person.", False),
]
paras_xml = "".join(
    f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(txt)}</w:t></w:r></w:p>'
    for txt, b in box_lines)
pict = parse_xml(
    f'<w:p {W} {V} {O}><w:r><w:pict>'
    f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    f'<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
    f'style="width:430pt;height:96pt;mso-position-horizontal:center" fillcolor="#E2F0D9" strokecolor="#548235" strokeweight="1pt">'
    f'<v:textbox><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
body.append(pict)
doc.add_paragraph()


def h(text, lvl=1):
    doc.add_heading(text, level=lvl)


def p(text):
    return doc.add_paragraph(text)


def bl(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def table(rows, style="Light Grid Accent 6"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


h("1. Purpose and scope")
p("Verdant Reach is Calderra's largest environmental charity, with 210 staff and around 48,000 supporting members. Our Data & Evidence team "
  "(17 people in 2025) monitors wetlands, peatland and coastal habitats from satellite data, runs the citizen-science River Watch programme, "
  "produces the annual State of Calderran Nature report, and supports our campaigns with evidence. This framework describes the roles, levels, "
  "pay and progression rules for everyone in the team. It does not replace employment contracts or the Staff Handbook.")

h("2. Roles in the Data & Evidence team")
table([
    ["Role family", "What the work is", "Levels used"],
    ["Sustainability data analyst", "Our own carbon footprint, supply-chain data, supporter and campaign analytics", "D1 - D3"],
    ["Remote-sensing analyst", "Wetland and peatland condition mapping from Sentinel-1/2; illegal drainage detection in the Orrin Valley", "D2, D2a, D3, D4"],
    ["GIS and data engineer", "Spatial database, River Watch app back end, data pipelines", "D2 - D4"],
    ["Evidence lead", "Leads a programme (e.g. State of Nature report), manages 2-5 people", "D4"],
    ["Head of Data & Evidence", "Team leadership, budget (CRM 1.9 million in 2025/26), external partnerships", "D5"],
])
doc.add_paragraph()

h("3. Levels and pay")
p("The diagram below shows the normal progression path. Movement between levels is by promotion (section 4); movement within a level is by annual steps (section 3.2).")
# SmartArt-like chevron row rendered as a one-row table of shaded cells
labels = ["D1\nData Officer", "D2\nData Analyst", "D2a\nRemote Sensing Analyst", "D3\nSenior Analyst", "D4\nLead", "D5\nHead"]
fills = ["C5E0B4", "A9D18E", "A9D18E", "70AD47", "548235", "375623"]
tt = doc.add_table(rows=1, cols=len(labels) * 2 - 1)
tt.alignment = 1
k = 0
for i, lab in enumerate(labels):
    c = tt.cell(0, k); c.text = ""
    para = c.paragraphs[0]; para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    top, bottom = lab.split("\n")
    r = para.add_run(top); r.bold = True; r.font.size = Pt(12)
    para.add_run().add_break()
    r2 = para.add_run(bottom); r2.font.size = Pt(8)
    shade(c, fills[i])
    if i >= 3:
        for rr in para.runs:
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    k += 1
    if i < len(labels) - 1:
        a = tt.cell(0, k); a.text = ""
        ap = a.paragraphs[0]; ap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ar = ap.add_run("\u25B6"); ar.font.color.rgb = RGBColor(0x54, 0x82, 0x35)
        k += 1
doc.add_paragraph()

h("3.1 Pay bands 2025/26", 2)
p("Bands apply from 1 April 2025 and are the same everywhere in Calderra; we do not pay a Vessport premium. Each band has four steps.")
table([
    ["Level", "Step 1 (CRM)", "Step 2", "Step 3", "Step 4"],
    ["D1 Data Officer", "39,500", "41,000", "42,500", "44,000"],
    ["D2 Data Analyst", "46,000", "48,200", "50,400", "52,500"],
    ["D2a Remote Sensing Analyst", "49,000", "51,100", "53,200", "55,300"],
    ["D3 Senior Analyst", "55,000", "57,700", "60,300", "63,000"],
    ["D4 Lead", "66,000", "68,700", "71,300", "74,000"],
    ["D5 Head", "78,000", "80,700", "83,300", "86,000"],
])
doc.add_paragraph()
p("D2a exists because we could not recruit remote-sensing analysts at D2 in 2024: two rounds failed. It is a market supplement, reviewed every 2 years; the next review is in January 2027.")

h("3.2 Progression within a band", 2)
bl([
    "New staff start on Step 1 unless the hiring manager and the People Team agree a higher step, which needs evidence of matching experience.",
    "Staff move up one step on 1 April each year if they have completed at least 6 months in post and their annual review is rated 'meets' or above.",
    "The cost-of-living award is decided by the Board of Trustees each February and applies to all steps.",
    "There is no bonus scheme. Verdant Reach pays a one-off 'thank you' payment only in exceptional years, by Board decision.",
])

h("4. Promotion between levels")
p("Promotion is not automatic and depends on a role being available at the next level, except for the D1 to D2 move, which is a development promotion.")
bl([
    "D1 to D2: available after 18 months at D1 if the evidence portfolio shows the D2 competences. Reviewed at any time of year.",
    "D2 to D3, D3 to D4: only through an open or internal vacancy, or a regrade agreed by the Senior Leadership Team. Regrade requests are considered twice a year, in May and November.",
    "Promoted staff move to Step 1 of the new level or to the next step that gives at least a 4% increase, whichever is higher.",
    "Staff who act up into a higher level for more than 4 weeks receive an acting-up allowance equal to the difference to Step 1 of the higher level.",
])

h("5. Working arrangements")
bl([
    "Hybrid or fully remote: staff may work fully remotely from anywhere in Calderra. Everyone attends four team days per quarter at our Vessport office (Old Ropeworks, Canal Street). Travel is reimbursed for staff who live more than 40 km away.",
    "Four-day week: after probation, staff at any level can work 4 days (30 hours) for 90% of salary; pension contributions stay at the full-time rate.",
    "Pension: Verdant Reach contributes 7% of salary to the Charities Pension Trust; staff contribute at least 4%.",
    "Annual leave: 26 days plus public holidays; the office closes from 24 December to 1 January in addition.",
    "Fieldwork: field days (e.g. ground-truthing in Tarrowmere peatlands) are paid at normal rates plus a CRM 30 day allowance. Overnight fieldwork gives a half day of time off in lieu.",
    "There is no on-call rota. River Watch app incidents outside office hours are handled the next working day.",
])

h("6. Learning and development")
bl([
    "Personal learning budget: CRM 1,000 per person per year (was CRM 800 in v3.0). It can be pooled within the team for a larger course with the Head's approval.",
    "Study leave: 3 days per year, plus exam days.",
    "Certification: Verdant Reach pays the CSEDS CEDP-Associate fee for D1 and D2 staff and the CEDP fee for D3 and above, once each. Staff who leave within 12 months of a funded certification repay 50% of the fee.",
    "Mentoring: every D1 and D2 is paired with a mentor from another charity through the Environmental Data Mentors scheme.",
])

h("7. Entry routes")
p("Summer internship. Ten weeks from 30 June to 5 September 2025, paid CRM 2,300 per month, 4 places. Open to students and recent graduates; apply by 27 April 2025. Interns work on the State of Calderran Nature dataset.")
p("Career-changer placements. Twice a year we host a 3-month unpaid skills placement only for people on the Calderran Jobseeker Retraining Scheme, whose allowance continues during the placement. We do not offer unpaid internships to anyone else.")
p("Recruitment process. All posts are advertised openly. We use anonymised applications (name, age and education institution removed) and a paid task of up to 2 hours (CRM 80) for shortlisted candidates, followed by a 60-minute interview. We publish the salary step for every vacancy.")

h("8. Leaving")
table([
    ["Level", "Probation", "Notice during probation", "Notice after probation"],
    ["D1 - D2a", "4 months", "1 week", "1 month"],
    ["D3 - D4", "6 months", "2 weeks", "2 months"],
    ["D5", "6 months", "1 month", "3 months"],
])
doc.add_paragraph()
p("Document owner: Head of Data & Evidence. Next full review: January 2026.")

doc.save(OUT)
print("wrote", os.path.abspath(OUT))
