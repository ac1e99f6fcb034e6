"""Generate the Maddox Fresh Supply Chain Graduate Programme handbook (.docx)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "Maddox Fresh Supply Chain Graduate Programme Handbook 2026.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
core = doc.core_properties
core.author = "Maddox Fresh Early Careers Team"
core.title = "Supply Chain Graduate Programme Handbook 2026"
core.company = "Maddox Retail Group"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def box_borders(table, color="2E7D32", size="12"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), size)
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def set_header_footer(section, left_text):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = left_text
    hp.style = doc.styles["Header"]
    fp = section.footer.paragraphs[0]
    fp.text = "Maddox Fresh Ltd · Supply Chain Division · Internal and candidate use · Page "
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
set_header_footer(sec, "Maddox Fresh · Supply Chain Graduate Programme Handbook 2026")

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = t.add_run("Maddox Fresh")
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x2E, 0x7D, 0x32)
doc.add_heading("Supply Chain Graduate Programme Handbook", level=0)
doc.add_paragraph("September 2026 intake · Version 1.3 · Issued 1 October 2025 by the Early Careers Team, "
                  "Maddox Fresh Supply Chain Division, 40 Granary Wharf, Ostrava Nova")

doc.add_heading("1. Welcome", level=1)
doc.add_paragraph(
    "Maddox Fresh runs 212 supermarkets across Brevania, supplied from three distribution centres: "
    "Kasswick (ambient and chilled), Dremmel in the Marl Valley (frozen and chilled) and Port Halloway "
    "(imported goods and non-food). Every day our supply chain moves around 1.1 million cases to stores "
    "on a fleet of 310 Maddox-liveried trucks driven by 640 Class C and C+E drivers. The Supply Chain "
    "Graduate Programme is how we grow the people who will run that network in ten years' time.")
doc.add_paragraph(
    "This handbook explains how the programme is structured, what you will be paid, how you will be "
    "assessed and what we expect of you. Please read it before your assessment centre and keep it for "
    "reference once you join.")

doc.add_heading("2. Programme at a glance", level=1)
bullets([
    "Length: 24 months, starting Monday 7 September 2026.",
    "Places: 18 graduates in the 2026 intake (16 in 2025, 12 in 2024).",
    "Structure: four rotations of six months each, at least one of them in a distribution centre.",
    "Qualification: ILTB Level 4 Certificate in Supply Chain Management, fully funded (BVL 2,400), taken in year 2.",
    "Entry requirement: a degree at 2:2 or above in any subject, awarded or expected by summer 2026.",
    "Applications close: 30 November 2025 at 23:59.",
])

doc.add_heading("3. The four rotations", level=1)
doc.add_paragraph("Every graduate completes rotations 1 and 2. For rotations 3 and 4 you choose two of the "
                  "specialist options, subject to business need.")
doc.add_heading("3.1 Rotation 1: Distribution Centre Operations", level=2)
doc.add_paragraph(
    "Six months at Kasswick or Dremmel as an Assistant Shift Manager. You will lead a team of 20–35 "
    "warehouse operatives and forklift operators on a rotating shift pattern, including nights. By the "
    "end of the rotation you will run a full shift unsupervised at least twice.")
doc.add_heading("3.2 Rotation 2: Transport Planning", level=2)
doc.add_paragraph(
    "Six months in the Transport Planning Office at Kasswick, building next-day delivery plans for "
    "store deliveries. You will learn drivers' hours rules, the National Haulage Pay Agreement, and the "
    "Maddox routing system. You will spend at least five days riding with Class C and C+E drivers.")
doc.add_heading("3.3 Specialist options (rotations 3 and 4)", level=2)
for name, desc in [
    ("Demand Planning (Ostrava Nova HQ)", "forecasting sales by product, store and day for a category team."),
    ("Procurement and Buying (Ostrava Nova HQ)", "supporting a buyer on supplier negotiations, tenders and contracts, "
     "including the annual haulage subcontractor tender."),
    ("Supply Chain Analytics (Ostrava Nova HQ)", "building models and dashboards on network cost, stock and waste."),
    ("Inbound and Imports (Port Halloway DC)", "working with freight forwarders and customs brokers on containers "
     "arriving from overseas suppliers."),
]:
    p = doc.add_paragraph(style="List Number")
    p.add_run(name + ": ").bold = True
    p.add_run(desc)

# Sidebar box (one-cell table)
doc.add_paragraph()
box = doc.add_table(rows=1, cols=1)
box.alignment = WD_TABLE_ALIGNMENT.CENTER
box_borders(box)
c = box.cell(0, 0)
shade(c, "E8F5E9")
c.paragraphs[0].add_run("Graduate voice: Tomasz Hrubý, 2023 intake").bold = True
c.add_paragraph(
    "“I studied history, so I was nervous about the maths. My first rotation was nights at Dremmel in "
    "the frozen chamber at minus 25 degrees, and honestly it was the best thing that happened to me. "
    "When I got to Transport Planning I knew what a late trailer actually means for the people on the "
    "floor. I finished the programme in August 2025 and I'm now a Transport Planner at Kasswick, "
    "planning 74 routes a night.”")
c.add_paragraph(
    "Tip from Tomasz: ask for your Procurement rotation to include the haulage tender. It runs from "
    "February to May and you see the whole supply chain's costs in one place.")
doc.add_paragraph()

doc.add_heading("4. Pay and benefits", level=1)
doc.add_paragraph(
    "All graduates are paid on the Maddox Graduate scale. Pay rises automatically on the first "
    "anniversary of your start date, provided you have passed your month-12 review. The full pay table "
    "by rotation and location is in Section 5 (landscape pages).")
bullets([
    "Year 1 salary: BVL 33,500.",
    "Year 2 salary: BVL 36,000.",
    "On completion: appointment to a permanent grade SC3 or SC4 role (BVL 37,800–41,200 in 2025).",
    "Capital allowance: BVL 2,000 a year while your rotation is based in Ostrava Nova. It is not pensionable.",
    "Pension: Maddox pays 5%, you pay 3%.",
    "Holiday: 25 days plus public holidays (pro rata in your first year).",
    "Colleague discount: 12% in Maddox stores.",
    "Relocation: a one-off BVL 1,500 if you move more than 50 km for rotation 1.",
])

# Landscape section with wide table
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec.page_height, sec.page_width
land.left_margin = land.right_margin = Cm(1.8)
set_header_footer(land, "Maddox Fresh · Graduate Programme · Section 5: Pay by rotation and location")

doc.add_heading("5. Pay by rotation and location (2026 intake)", level=1)
doc.add_paragraph("Annual figures in Brevanian lev (BVL). Shift premiums apply only to hours actually worked "
                  "in the stated period and are paid monthly in arrears.")
cols = ["Rotation", "Location", "Base Y1", "Base Y2", "Location allowance", "Night premium",
        "Weekend premium", "Typical hours/week", "Typical total Y1"]
rows = [
    ["1. DC Operations", "Kasswick DC", "33,500", "36,000", "—", "15% (22:00–06:00)", "20%", "42 (4 on/4 off)", "37,900"],
    ["1. DC Operations", "Dremmel DC", "33,500", "36,000", "Frozen allowance 1,100", "15% (22:00–06:00)", "20%", "42 (4 on/4 off)", "39,000"],
    ["2. Transport Planning", "Kasswick TPO", "33,500", "36,000", "—", "10% (18:00–02:00 planning shift)", "—", "40", "35,200"],
    ["Demand Planning", "Ostrava Nova HQ", "33,500", "36,000", "Capital 2,000", "—", "—", "37.5 (hybrid 3 days)", "35,500"],
    ["Procurement & Buying", "Ostrava Nova HQ", "33,500", "36,000", "Capital 2,000", "—", "—", "37.5 (hybrid 3 days)", "35,500"],
    ["Supply Chain Analytics", "Ostrava Nova HQ", "33,500", "36,000", "Capital 2,000", "—", "—", "37.5 (hybrid 3 days)", "35,500"],
    ["Inbound & Imports", "Port Halloway DC", "33,500", "36,000", "Port site 600", "—", "20%", "40", "34,600"],
]
tbl = doc.add_table(rows=1, cols=len(cols))
tbl.style = "Table Grid"
for i, h in enumerate(cols):
    cell = tbl.rows[0].cells[i]
    cell.text = ""
    cell.paragraphs[0].add_run(h).bold = True
    shade(cell, "C8E6C9")
for row in rows:
    cells = tbl.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
for r_ in tbl.rows:
    for cell in r_.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9)
doc.add_paragraph("“Typical total Y1” is an estimate including average premiums for a graduate on that "
                  "rotation in 2025. It is not a guarantee.").runs[0].italic = True

# back to portrait
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = sec.page_width, sec.page_height
port.left_margin = port.right_margin = Cm(2.2)
set_header_footer(port, "Maddox Fresh · Supply Chain Graduate Programme Handbook 2026")

doc.add_heading("6. How we select graduates", level=1)
doc.add_paragraph("Last year we received 1,460 applications for 16 places. The selection process has five stages:")
for s in [
    "Online application form with two short questions (250 words each).",
    "Online tests: numerical reasoning and situational judgement. You need to reach the 50th percentile on both to progress.",
    "Recorded video interview: five questions, two minutes to answer each.",
    "Assessment centre at Kasswick DC (held on 14, 15 and 21 January 2026): a site tour, a group "
    "exercise, a 20-minute case study presentation on a transport problem, and a competency interview.",
    "Offer by 6 February 2026, subject to references and a right-to-work check.",
]:
    doc.add_paragraph(s, style="List Number 2")

doc.add_heading("7. Reviews and assessment", level=1)
doc.add_heading("7.1 Rotation reviews", level=2)
doc.add_paragraph(
    "At the end of each rotation your rotation manager scores you from 1 to 5 against the Maddox "
    "Supply Chain Capability Framework. You must average 3.0 or more across the first two rotations "
    "to pass the month-12 review.")
doc.add_heading("7.2 ILTB Level 4 Certificate", level=2)
doc.add_paragraph(
    "You will start the ILTB Level 4 Certificate in Supply Chain Management in month 13. It takes nine "
    "months and has four modules. ILTB's pass mark is 60% and distinction is 75%. Maddox gives you "
    "10 study days and pays the fee and your first year of ILTB Affiliate membership (BVL 95). If you "
    "fail a module you may resit it once at Maddox's expense; further resits are at your own cost.")
doc.add_heading("7.3 Final placement", level=2)
doc.add_paragraph(
    "From month 20 you apply for permanent roles through the internal vacancy list. In the 2023 intake, "
    "11 of 12 graduates had a permanent role by the end of the programme; the remaining graduate "
    "extended their final rotation by 3 months.")

doc.add_heading("8. Expectations and rules", level=1)
bullets([
    "You must be willing to relocate for rotation 1 and work nights and weekends during it.",
    "You must hold a full driving licence (Class B) by the start of rotation 2, because Transport "
    "Planning includes visits to customer sites and depots.",
    "If you leave within 12 months of completing the ILTB Level 4 Certificate, you repay the fee on a "
    "sliding scale: 100% within 3 months, 50% within 6 months, 25% within 12 months.",
    "Graduates may not take a second job during rotation 1.",
])
doc.add_heading("9. Contacts", level=1)
doc.add_paragraph("Early Careers Team: graduates@maddoxfresh.bv · Programme Manager: Halina Novak · "
                  "Graduate buddy scheme coordinator: Tomasz Hrubý (Transport Planning, Kasswick).")

doc.save(OUT)
print("wrote", OUT)
