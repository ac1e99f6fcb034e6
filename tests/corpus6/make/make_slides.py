"""Slide deck 'Routes into Secondary Teaching' as a landscape PDF (fpdf2), plus its markdown source."""
from pathlib import Path
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
DECK = "Routes into Secondary Teaching 2025/26"
FONT = "/usr/share/fonts/truetype/dejavu/"

# each slide: (title, list of blocks); block = ("bullets", [...]) | ("table", header, rows)
#              | ("cols", (lefttitle, [..]), (righttitle, [..])) | ("text", str) | ("steps", [...])
SLIDES = [
    ("Routes into Secondary Teaching", [("title", "Careers & Employability Service - Autumn briefing 2025",
                                         "Dr Imogen Farrow, Careers Consultant (Education)")]),
    ("Why teach a humanities subject?", [("bullets", [
        "Vale schools need 640 new secondary teachers a year until 2028",
        "Modern languages, classics and geography are shortage subjects",
        "Starting salary on the main pay range: EUR 33,900 (point M1)",
        "18% of our 2023 humanities graduates in work were in education",
    ])]),
    ("Three routes compared", [("table", ["Route", "Length", "Tuition fee", "Paid while training?"], [
        ["PGCE (university-led)", "1 year (36 weeks)", "EUR 9,250", "No - bursary in some subjects"],
        ["School Direct (salaried)", "1 year", "None", "Yes, from EUR 24,100"],
        ["Teach Forward (employment-based)", "2 years", "None", "Yes, from EUR 27,800"],
    ])]),
    ("Bursaries 2025/26", [("table", ["Subject", "Tax-free bursary"], [
        ["Modern languages", "EUR 25,000"],
        ["Classics", "EUR 20,000"],
        ["Geography", "EUR 15,000"],
        ["English", "EUR 10,000"],
        ["Religious education", "EUR 10,000"],
        ["History, art & design, drama", "None"],
    ]), ("text", "Paid in 10 monthly instalments from October to July.")]),
    ("Entry requirements", [("bullets", [
        "An honours degree, 2:2 or above",
        "At least 50% of your degree in the subject you will teach",
        "Otherwise: a Subject Knowledge Enhancement course (8 to 28 weeks, free)",
        "10 days in a school before interview is strongly recommended",
        "An enhanced background check (EUR 52, paid by the provider)",
    ])]),
    ("Application timeline", [("steps", [
        "Applications open on 8 October",
        "Apply before the winter break: popular courses fill by January",
        "Providers must decide on an interview within 40 working days",
        "Accept an offer within 10 working days",
        "Complete the background check and health questionnaire by June",
    ])]),
    ("PGCE or salaried? What our 2024 trainees said", [("cols",
        ("PGCE trainees", ["More time to read and reflect", "Two contrasting school placements",
                           "Master's-level credits (60) towards an MA", "Bursary covers living costs in shortage subjects"]),
        ("Salaried trainees", ["Earning from day one", "One school all year: strong ties with staff",
                               "Heavier timetable: 80% from January", "Fewer places: 1 in 6 applicants got one"]))]),
    ("Pay once qualified", [("table", ["Point", "Annual salary"], [
        ["M1", "EUR 33,900"], ["M2", "EUR 35,600"], ["M3", "EUR 37,500"],
        ["M4", "EUR 39,700"], ["M5", "EUR 42,300"], ["M6", "EUR 45,800"],
        ["U1 (upper range)", "EUR 47,600"], ["U3 (upper range)", "EUR 51,200"],
    ]), ("text", "Teachers move up one point each year on the main range, subject to performance.")]),
    ("Help from CU Careers", [("bullets", [
        "Personal statement review: feedback within 5 working days",
        "Mock interview with a head of department: 45 minutes",
        "Careers Springboard Fund: up to EUR 750 for school-experience travel",
        "Teaching Taster day: 20 March, deadline 14 March",
    ]), ("text", "Salary figures are indicative. Unless stated otherwise they come from Caldbrook University's "
                 "Graduate Outcomes Survey and from job adverts collected by the Careers & Employability Service; "
                 "check each employer's current advert before applying.")]),
]


class Deck(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 9)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{DECK}  |  CU Careers & Employability", align="L")
        self.set_x(-45)
        self.cell(35, 6, f"Slide {self.page_no()} / {len(SLIDES)}", align="R")


def build_pdf(out):
    pdf = Deck(orientation="L", unit="mm", format=(190.5, 338.67))  # 16:9
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_title(DECK)
    pdf.set_author("Caldbrook University Careers & Employability Service")
    pdf.set_creator("Impress")
    for title, blocks in SLIDES:
        pdf.add_page()
        pdf.set_fill_color(24, 52, 96)
        pdf.rect(0, 0, pdf.w, 6, style="F")
        if blocks[0][0] == "title":
            pdf.set_y(60)
            pdf.set_font("dv", "B", 40)
            pdf.set_text_color(24, 52, 96)
            pdf.cell(0, 18, title, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 20)
            pdf.set_text_color(60, 60, 60)
            pdf.cell(0, 14, blocks[0][1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 16)
            pdf.cell(0, 12, blocks[0][2], align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_xy(18, 16)
        pdf.set_font("dv", "B", 30)
        pdf.set_text_color(24, 52, 96)
        pdf.cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(30, 30, 30)
        y = 40
        for b in blocks:
            kind = b[0]
            if kind == "bullets":
                pdf.set_font("dv", "", 20)
                for item in b[1]:
                    pdf.set_xy(22, y)
                    pdf.cell(8, 11, "•")
                    pdf.multi_cell(280, 11, item, align="L")
                    y = pdf.get_y() + 3
            elif kind == "steps":
                pdf.set_font("dv", "", 20)
                for i, item in enumerate(b[1], 1):
                    pdf.set_xy(22, y)
                    pdf.cell(10, 11, f"{i}.")
                    pdf.multi_cell(280, 11, item, align="L")
                    y = pdf.get_y() + 3
            elif kind == "text":
                pdf.set_font("dv", "", 13)
                pdf.set_xy(22, y + 2)
                pdf.multi_cell(290, 7, b[1], align="L")
                y = pdf.get_y() + 3
            elif kind == "table":
                header, rows = b[1], b[2]
                pdf.set_xy(22, y)
                pdf.set_font("dv", "", 15)
                with pdf.table(width=290 if len(header) > 2 else 180, align="LEFT", line_height=9, text_align="LEFT") as t:
                    hr = t.row()
                    for h in header:
                        hr.cell(h)
                    for r in rows:
                        tr = t.row()
                        for c in r:
                            tr.cell(c)
                y = pdf.get_y() + 4
            elif kind == "cols":
                for x, (sub, items) in ((22, b[1]), (175, b[2])):
                    yy = y
                    pdf.set_xy(x, yy)
                    pdf.set_font("dv", "B", 20)
                    pdf.cell(140, 11, sub)
                    yy += 14
                    pdf.set_font("dv", "", 17)
                    for item in items:
                        pdf.set_xy(x, yy)
                        pdf.cell(7, 9, "–")
                        pdf.multi_cell(133, 9, item, align="L")
                        yy = pdf.get_y() + 2
    pdf.output(out)


def build_md(out):
    lines = [f"# {DECK}", "", "Slide deck (landscape PDF). Footer on every slide: "
             f"\"{DECK} | CU Careers & Employability\" and \"Slide n / {len(SLIDES)}\".", ""]
    for n, (title, blocks) in enumerate(SLIDES, 1):
        lines += [f"## Slide {n}: {title}", ""]
        for b in blocks:
            if b[0] == "title":
                lines += [b[1], "", b[2], ""]
            elif b[0] == "bullets":
                lines += [f"- {i}" for i in b[1]] + [""]
            elif b[0] == "steps":
                lines += [f"{k}. {i}" for k, i in enumerate(b[1], 1)] + [""]
            elif b[0] == "text":
                lines += [b[1], ""]
            elif b[0] == "table":
                lines += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                lines += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
            elif b[0] == "cols":
                for sub, items in (b[1], b[2]):
                    lines += [f"**{sub}** (column)", ""] + [f"- {i}" for i in items] + [""]
    Path(out).write_text("\n".join(lines))


if __name__ == "__main__":
    name = "routes-into-teaching-slides.pdf"
    build_pdf(ROOT / "docs" / name)
    build_md(ROOT / "src" / (name + ".md"))
