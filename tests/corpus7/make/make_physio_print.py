"""'Physiotherapist' page of the Tarnside Health Careers site as Chrome's "Print > Save as PDF" lays it out
(running date/title header, URL and 'n/N' footer, printed menu and a fixed cookie bar on every page), plus src md."""
from pathlib import Path
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
NAME = "physiotherapist-careers-page-print.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"
URL = "https://careers.tarnsidehealth.example/roles/physiotherapist/"
STAMP = "06/03/2026, 10:14"
PTITLE = "Physiotherapist \u2013 Tarnside Health Careers"

BLOCKS = [
    ("h1", "Physiotherapist"),
    ("lead", "Physiotherapists help people recover movement and function after illness, injury or surgery. The Tarnside Regional Health Service (TRHS) employs 212 physiotherapists in hospitals, community teams and GP practices."),
    ("h2", "Where physiotherapists work"),
    ("ul", ["Tarnside General Infirmary: intensive care, respiratory, orthopaedics and trauma, stroke unit",
            "St Brannoc\u2019s Hospital: elective orthopaedics, women\u2019s health, outpatient musculoskeletal (MSK) clinics",
            "Moorgate Community Hospital: rehabilitation wards and falls prevention",
            "First Contact Practitioner posts in 14 GP practices, seeing patients with back and joint pain without a GP referral"]),
    ("h2", "Pay"),
    ("p", "Physiotherapists are paid on the Agenda for Care pay spine. Each band has pay points; staff move up a point after two years in the band if they meet their appraisal objectives."),
    ("table", ["Role", "Band", "Point 1", "Top point"], [
        ["Rotational physiotherapist (newly qualified)", "5", "DRL 31,200", "DRL 37,900"],
        ["Specialist physiotherapist", "6", "DRL 39,100", "DRL 46,200"],
        ["Advanced or First Contact Practitioner", "7", "DRL 47,800", "DRL 54,600"],
        ["Consultant physiotherapist", "8a", "DRL 56,300", "DRL 62,100"],
    ]),
    ("p", "Respiratory physiotherapists at Tarnside General Infirmary take part in an on-call rota for intensive care (1 in 10 weekends) and receive an availability payment of 6% of basic pay."),
    ("h2", "The Band 5 rotation programme"),
    ("p", "New graduates join a 24-month rotation of four 6-month placements. Every rotation includes one respiratory placement and one musculoskeletal placement; the other two are chosen from neurology, older people, orthopaedics and paediatrics."),
    ("p", "The TRHS recruits 22 rotational physiotherapists a year in one campaign. Applications open on 1 March and close on 31 March 2026; interviews are held in the week of 11 May."),
    ("h3", "Preceptorship"),
    ("p", "Each newly qualified physiotherapist has a named preceptor for the first 12 months, with protected time of 2 hours a fortnight and a study budget of DRL 600 a year."),
    ("h2", "How to become a physiotherapist"),
    ("ol", ["Complete a CAHR-approved degree: the BSc (Hons) Physiotherapy at the Tarnside College of Health Sciences (3 years, 48 places, 1,000 hours of clinical placement) or the MSc pre-registration (2 years, 20 places).",
            "Register with the Council for Allied Health Registration (CAHR): DRL 180 for two years.",
            "Join the Tarnside Society of Physiotherapy if you wish: membership DRL 22 a month, half price in the first year after qualifying.",
            "Apply for a Band 5 rotational post."]),
    ("h3", "Degree apprenticeship"),
    ("p", "Therapy assistants (Band 3) with two years\u2019 service can apply for the physiotherapy degree apprenticeship: four years, 6 places a year, salary held at Band 3 and all fees paid by the TRHS."),
    ("h2", "Hours and working patterns"),
    ("p", "Standard hours are 37.5 a week. MSK outpatient clinics run from 08:00 to 20:00 on weekdays, so most outpatient staff work a mix of early (08:00\u201316:00) and late (12:00\u201320:00) sessions. Ward-based physiotherapists at Tarnside General Infirmary work one weekend in five, with a day off in lieu."),
    ("h2", "Career development"),
    ("ul", ["MSc modules funded up to DRL 1,800 a year for Band 6 staff",
            "Non-medical prescribing course for Band 7 staff (6 months, 26 study days)",
            "Injection therapy accreditation (3 days plus 10 supervised injections)"]),
    ("small", "Tarnside Regional Health Service is an equal opportunities employer. Pay figures on this site are correct at 1 April 2026 and are reviewed each year after the regional pay award."),
]

def md_source():
    out = [f"<!-- Source text of docs/{NAME}: the page {URL} printed from Chrome on {STAMP}. -->", ""]
    for b in BLOCKS:
        k = b[0]
        if k == "h1": out += [f"# {b[1]}", ""]
        elif k == "h2": out += [f"## {b[1]}", ""]
        elif k == "h3": out += [f"### {b[1]}", ""]
        elif k in ("p", "lead", "small"): out += [b[1], ""]
        elif k == "ul": out += [f"- {x}" for x in b[1]] + [""]
        elif k == "ol": out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
    return "\n".join(out)

class Printed(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(0)
        self.set_xy(8, 5)
        self.cell(60, 4, STAMP)
        self.set_xy(70, 5)
        self.cell(80, 4, PTITLE, align="C")
        self.set_y(16)
    def footer(self):
        # fixed cookie bar printed on every page
        self.set_fill_color(34, 34, 34)
        self.rect(0, 268, 210, 14, "F")
        self.set_text_color(255)
        self.set_font("DV", "", 8.5)
        self.set_xy(12, 272)
        self.cell(150, 5, "We use cookies to give you the best experience on our website.   Cookie settings")
        self.set_fill_color(97, 162, 41)
        self.rect(168, 271, 28, 7, "F")
        self.set_xy(168, 272)
        self.cell(28, 5, "ACCEPT", align="C")
        self.set_text_color(0)
        self.set_font("DV", "", 8)
        self.set_xy(8, 288)
        self.cell(150, 4, URL)
        self.set_xy(170, 288)
        self.cell(32, 4, f"{self.page_no()}/{{nb}}", align="R")

pdf = Printed(format="A4")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_title(PTITLE)
pdf.set_creator("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36")
pdf.set_producer("Skia/PDF m131")
pdf.set_auto_page_break(True, margin=32)
pdf.set_margins(18, 16, 18)
pdf.alias_nb_pages()
pdf.add_page()
# printed site chrome on page 1
pdf.set_font("DV", "B", 14); pdf.set_text_color(0, 94, 184)
pdf.cell(0, 8, "Tarnside Health Careers", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8); pdf.set_text_color(90)
pdf.cell(0, 4, "Jobs, training and real stories from the Tarnside Regional Health Service", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("DV", "", 9.5); pdf.set_text_color(0, 94, 184)
pdf.cell(0, 6, "Home      Roles A\u2013Z      Pay & Bands      Stories      Vacancies (142)", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(200); pdf.line(18, pdf.get_y() + 1, 192, pdf.get_y() + 1); pdf.ln(4)
pdf.set_font("DV", "", 8.5); pdf.set_text_color(90)
pdf.cell(0, 5, "Home  \u203a  Roles A\u2013Z  \u203a  Physiotherapist", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_text_color(0)
W = 174
for b in BLOCKS:
    k = b[0]
    if k == "h1":
        pdf.set_font("DV", "B", 24); pdf.multi_cell(W, 11, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    elif k == "h2":
        pdf.ln(3); pdf.set_font("DV", "B", 16); pdf.multi_cell(W, 8, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    elif k == "h3":
        pdf.ln(1); pdf.set_font("DV", "B", 12.5); pdf.multi_cell(W, 7, b[1], new_x="LMARGIN", new_y="NEXT")
    elif k == "lead":
        pdf.set_font("DV", "", 12); pdf.multi_cell(W, 6.2, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    elif k == "p":
        pdf.set_font("DV", "", 12); pdf.multi_cell(W, 6.4, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
    elif k == "small":
        pdf.ln(4); pdf.set_font("DV", "I", 8.5); pdf.set_text_color(90); pdf.multi_cell(W, 4.5, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
    elif k in ("ul", "ol"):
        pdf.set_font("DV", "", 12)
        for i, x in enumerate(b[1], 1):
            y = pdf.get_y()
            if y > 255: pdf.add_page(); y = pdf.get_y()
            pdf.set_x(22)
            pdf.cell(6, 6.4, "\u2022" if k == "ul" else f"{i}.")
            pdf.multi_cell(W - 10, 6.4, x, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        pdf.ln(1.5)
    elif k == "table":
        pdf.set_font("DV", "", 10)
        pdf.set_draw_color(180)
        with pdf.table(col_widths=(80, 20, 37, 37), text_align="LEFT", line_height=6,
                       headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(232, 240, 250))) as t:
            for r in [b[1]] + b[2]:
                row = t.row()
                for c in r: row.cell(c)
        pdf.ln(3)
# site footer
pdf.ln(6); pdf.set_draw_color(200); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(2)
pdf.set_font("DV", "", 8); pdf.set_text_color(90)
pdf.multi_cell(W, 4.5, "Copyright \u00a9 2026 Tarnside Regional Health Service \u00b7 Moorgate House, 4 Quarry Lane, Tarnside TN1 4QL \u00b7 Privacy \u00b7 Accessibility", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(ROOT / "docs" / NAME))
(ROOT / "src" / (NAME + ".md")).write_text(md_source(), encoding="utf-8")
print("pages", pdf.page_no())
