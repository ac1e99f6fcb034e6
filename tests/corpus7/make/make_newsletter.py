"""UHSU Tarnside Branch News (Spring 2026): a two-column union newsletter PDF (fpdf2), plus its src md."""
from pathlib import Path
from fpdf import FPDF, FontFace

ROOT = Path(__file__).resolve().parent.parent
NAME = "uhsu-branch-news-spring-2026.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

ARTICLES = [
    ("Speech and language therapists win banding review", [
        ("p", "After an 18-month campaign by the branch, the Tarnside Regional Health Service (TRHS) has agreed that speech and language therapists (SLTs) who assess swallowing on their own will be paid at Band 6. Fourteen SLTs at Tarnside General Infirmary and St Brannoc\u2019s Hospital move from Band 5 to Band 6 on 1 May 2026."),
        ("p", "The review found that adult acute SLTs were carrying out videofluoroscopy swallow studies and writing dysphagia care plans without supervision, which the Band 5 job description does not include. Back pay to 1 October 2025 will be paid in the June salary; for a therapist moving from Band 5 point 3 (DRL 37,900) to Band 6 point 1 (DRL 39,100) this is about DRL 700 before tax."),
        ("h", "What newly qualified SLTs can expect"),
        ("p", "Newly qualified SLTs still start at Band 5 point 1 (DRL 31,200). They now have a written 18-month dysphagia competency framework, with 40 supervised swallowing assessments, and move to Band 6 when they complete it. The TRHS employs 58 SLTs, of whom 23 work with children in schools and community clinics."),
        ("p", "The only pre-registration SLT course in the region is the BSc (Hons) Speech and Language Therapy at the Tarnside College of Health Sciences: four years, 30 places a year, with a clinical placement in every year."),
        ("h", "Thanks"),
        ("p", "Branch secretary Oyelaran Fisk thanked the 41 members who filled in the workload survey, which was the key evidence."),
    ]),
    ("Occupational therapy: the new seven-day community rota", [
        ("p", "From 6 April 2026 the community occupational therapy (OT) teams in Moorgate and the northern valleys move to a seven-day service, 08:00 to 20:00. The branch has agreed the rota with management after three meetings."),
        ("p", "Each OT works one weekend in six and two late shifts (12:00\u201320:00) a fortnight. Weekend hours are paid at the Agenda for Care unsocial hours rates: 30% on Saturdays and 60% on Sundays for Band 4 and above. Hours after 20:00 are paid at 30%."),
        ("p", "Lone working on weekend visits needs the SafeCall app and a check-in every 90 minutes. OTs who drive more than 1,500 km a year on visits are entitled to the regular user allowance of DRL 508 a year on top of mileage."),
        ("h", "Who is affected"),
        ("p", "The change affects 37 occupational therapists (Bands 5 to 7) and 12 OT assistants (Band 3). Staff who care for a child under 12 or an adult relative can ask to be exempt from weekends for a year at a time; the first eight requests have all been agreed."),
        ("h", "Becoming an OT"),
        ("p", "The TCHS BSc (Hons) Occupational Therapy takes 3 years and has 40 places; the apprenticeship route for OT assistants takes 4 years and has 8 places, advertised in May."),
    ]),
]

DIARY = [
    "14 March 2026: branch AGM, Moorgate House, 18:00 (hot food from 17:30)",
    "2 April 2026: reps\u2019 training day on the new rota agreements",
    "30 April 2026: deadline for nominations to the branch committee",
    "18 May 2026: Allied Health Professions Day stall at TGI main entrance",
]
SUBS = [("Earnings (full time equivalent)", "Monthly subscription"),
        ("Up to DRL 25,000", "DRL 9.80"),
        ("DRL 25,001 to DRL 30,000", "DRL 12.60"),
        ("DRL 30,001 to DRL 45,000", "DRL 16.40"),
        ("Over DRL 45,000", "DRL 19.90"),
        ("Students and apprentices", "Free")]

def md_source():
    out = [f"<!-- Source text of docs/{NAME}: a two-column newsletter. -->", "", "# UHSU Tarnside Branch News", "",
           "Spring 2026 \u00b7 Issue 31 \u00b7 United Health Staff Union, Tarnside Branch", ""]
    for title, blocks in ARTICLES:
        out += [f"## {title}", ""]
        for k, t in blocks:
            out += [f"### {t}" if k == "h" else t, ""]
    out += ["## Dates for your diary", ""] + [f"- {d}" for d in DIARY] + [""]
    out += ["## Membership subscriptions from 1 April 2026", "", "| " + " | ".join(SUBS[0]) + " |", "|---|---|"]
    out += ["| " + " | ".join(r) + " |" for r in SUBS[1:]] + [""]
    return "\n".join(out)

class News(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DVS", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 4, f"UHSU Tarnside Branch \u00b7 Branch News Spring 2026 \u00b7 www.uhsu-tarnside.example \u00b7 page {self.page_no()}", align="C")
        self.set_text_color(0)

pdf = News(format="A4")
pdf.add_font("DV", "", FONT + "DejaVuSerif.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSerif-Bold.ttf")
pdf.add_font("DVS", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DVS", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_title("Branch News Spring 2026")
pdf.set_author("UHSU Tarnside Branch")
pdf.set_margins(14, 14, 14)
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()
# masthead
pdf.set_fill_color(120, 20, 60)
pdf.rect(0, 0, 210, 34, "F")
pdf.set_text_color(255)
pdf.set_font("DVS", "B", 28)
pdf.set_xy(14, 8)
pdf.cell(0, 12, "UHSU Tarnside Branch News")
pdf.set_font("DVS", "", 10)
pdf.set_xy(14, 22)
pdf.cell(0, 6, "Spring 2026 \u00b7 Issue 31 \u00b7 United Health Staff Union, Tarnside Branch")
pdf.set_text_color(0)
pdf.set_y(42)
with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.25) as cols:
    for title, blocks in ARTICLES:
        pdf.set_font("DVS", "B", 14)
        with cols.paragraph(text_align="L", top_margin=3, bottom_margin=2) as par:
            par.write(title)
        for k, t in blocks:
            if k == "h":
                pdf.set_font("DVS", "B", 10)
                with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1) as par:
                    par.write(t)
            else:
                pdf.set_font("DV", "", 9.5)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(t)
# shaded diary box, full width
if pdf.get_y() > 200:
    pdf.add_page()
pdf.ln(6)
y0 = pdf.get_y()
pdf.set_fill_color(253, 236, 200)
pdf.rect(14, y0, 182, 8 + 6 * len(DIARY) + 4, "F")
pdf.set_xy(18, y0 + 3)
pdf.set_font("DVS", "B", 12)
pdf.cell(0, 6, "Dates for your diary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVS", "", 9.5)
for d in DIARY:
    pdf.set_x(18)
    pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("DVS", "B", 12)
pdf.cell(0, 7, "Membership subscriptions from 1 April 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVS", "", 9.5)
with pdf.table(col_widths=(100, 60), width=160, align="LEFT", text_align="LEFT",
               headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as t:
    for r in SUBS:
        row = t.row()
        for c in r: row.cell(c)
pdf.output(str(ROOT / "docs" / NAME))
(ROOT / "src" / (NAME + ".md")).write_text(md_source(), encoding="utf-8")
print("pages", pdf.page_no())
