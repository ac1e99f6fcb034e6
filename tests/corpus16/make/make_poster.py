"""Conference poster (A1 portrait) - QBN bioinformatics salary and careers survey 2025."""
import os
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "QBC26_Poster_P-047_Bioinformatics_Salaries_Quellany.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
DARK = (16, 62, 84); ACC = (230, 126, 34); BOXBG = (244, 248, 250)

pdf = FPDF(orientation="P", unit="mm", format=(594, 841))  # A1
pdf.set_auto_page_break(False)
pdf.add_font("DV", "", FD + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_title("Who earns what in Quellan bioinformatics? Salaries and career paths from the QBN 2025 survey")
pdf.set_author("Halvorsen M, Okafor-Lind T, Brekke S, Marwood O")
pdf.set_creator("Microsoft PowerPoint for Microsoft 365")
pdf.add_page()

# Banner
pdf.set_fill_color(*DARK); pdf.rect(0, 0, 594, 118, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(30, 16); pdf.set_font("DV", "B", 44)
pdf.multi_cell(534, 21, "Who earns what in Quellan bioinformatics?\nSalaries and career paths from the QBN 2025 survey", align="C")
pdf.set_xy(30, 72); pdf.set_font("DV", "", 26)
pdf.multi_cell(534, 12, "Marte Halvorsen¹, Tobi Okafor-Lind², Sindre Brekke¹, Ottilie Marwood³", align="C")
pdf.set_x(30); pdf.set_font("DV", "I", 19)
pdf.multi_cell(534, 9, "¹ School of Life and Computational Sciences, University of Ember Vale  ² Quellan Genome Centre (QGC), Thistlecombe  ³ Helixfold Ltd, Brisk Harbour", align="C")
pdf.set_fill_color(*ACC); pdf.rect(0, 118, 594, 5, "F")
pdf.set_text_color(30, 30, 30)
pdf.set_xy(20, 126); pdf.set_font("DV", "", 19)
pdf.cell(554, 8, "Quellan Bioinformatics Conference 2026 (QBC26) · Ember Vale · 14–16 April 2026 · Poster P-047 · Session: Community & Careers", align="C")

COLW = 176; GAP = 13; X = [20, 20 + COLW + GAP, 20 + 2 * (COLW + GAP)]
state = {"col": 0, "y": 145}

def box(title, body, col=None, y=None):
    """body: list of ('p', text) | ('b', text) | ('t', rows, widths) | ('s', text)"""
    if col is not None: state["col"] = col
    if y is not None: state["y"] = y
    x = X[state["col"]]; y0 = state["y"]
    # title bar
    pdf.set_fill_color(*DARK); pdf.rect(x, y0, COLW, 14, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 26)
    pdf.set_xy(x + 5, y0 + 1.5); pdf.cell(COLW - 10, 11, title)
    pdf.set_text_color(30, 30, 30)
    cy = y0 + 19
    inner = COLW - 12
    start_y = cy
    # draw content first on top of background: compute heights by dry run
    def render(dry):
        yy = start_y
        for item in body:
            kind = item[0]
            if kind in ("p", "s"):
                pdf.set_font("DV", "I" if kind == "s" else "", 19 if kind == "p" else 14)
                lh = 9.2 if kind == "p" else 6.6
                h = pdf.multi_cell(inner, lh, item[1], dry_run=True, output="HEIGHT")
                if not dry:
                    pdf.set_xy(x + 6, yy); pdf.multi_cell(inner, lh, item[1])
                yy += h + 4
            elif kind == "b":
                pdf.set_font("DV", "", 19)
                h = pdf.multi_cell(inner - 8, 9.2, item[1], dry_run=True, output="HEIGHT")
                if not dry:
                    pdf.set_xy(x + 6, yy); pdf.set_text_color(*ACC); pdf.cell(8, 9.2, "▪")
                    pdf.set_text_color(30, 30, 30); pdf.set_xy(x + 14, yy); pdf.multi_cell(inner - 8, 9.2, item[1])
                yy += h + 2.5
            elif kind == "t":
                rows, widths = item[1], item[2]
                rh = 11
                if not dry:
                    for i, r in enumerate(rows):
                        pdf.set_xy(x + 6, yy + i * rh)
                        if i == 0:
                            pdf.set_font("DV", "B", 16); pdf.set_fill_color(*ACC); pdf.set_text_color(255, 255, 255)
                        else:
                            pdf.set_font("DV", "", 16); pdf.set_text_color(30, 30, 30)
                            pdf.set_fill_color(255, 255, 255) if i % 2 else pdf.set_fill_color(225, 236, 241)
                        for j, (c, w) in enumerate(zip(r, widths)):
                            pdf.cell(w * inner, rh, c, fill=True, align="L" if j == 0 else "R")
                    pdf.set_text_color(30, 30, 30)
                yy += rh * len(rows) + 5
        return yy
    end = render(True)
    pdf.set_fill_color(*BOXBG); pdf.set_draw_color(*DARK); pdf.set_line_width(0.6)
    pdf.rect(x, y0 + 14, COLW, end - y0 - 14 + 3, "FD")
    render(False)
    state["y"] = end + 12
    return end

# ---- Column 1
box("Background", [
 ("p", "Quellany's bioinformatics workforce has grown quickly since the Quellan Genome Centre (QGC) began population sequencing in 2019, but there has been no public salary benchmark. Employers report hiring difficulties, while early-career staff report wide, unexplained pay differences between sectors and cities."),
 ("p", "The Quellan Bioinformatics Network (QBN) therefore ran its first national salary and careers survey in 2025. Our aims were to:"),
 ("b", "describe pay by sector, career level and city;"),
 ("b", "measure how people enter the field (degree routes vs. career change); and"),
 ("b", "identify factors linked to higher pay and to intention to leave."),
], col=0, y=145)
box("Methods", [
 ("p", "Design: anonymous online survey (34 questions), open 2 June – 31 July 2025, distributed via QBN mailing lists (2,300 members), r/QuellanBiotech and employer networks."),
 ("p", "Eligibility: people working in Quellany for at least 50% of their time in bioinformatics, computational biology or biostatistics roles, including PhD students (reported separately)."),
 ("p", "Sample: 703 responses received; 91 excluded (incomplete, outside Quellany or duplicate), leaving n = 612 for analysis."),
 ("p", "Salaries are gross annual base pay for full-time equivalent posts, in Quellan crowns (QKR), excluding bonuses and equity. Career levels were self-assigned from definitions: Entry (0–2 years), Mid (3–6 years), Senior (7+ years or team lead)."),
 ("p", "Analysis: medians with interquartile ranges; multivariable linear regression on log salary adjusting for level, sector, city, highest degree and gender. Analyses in R 4.4."),
 ("s", "Ethics: approved by the University of Ember Vale Science Ethics Committee, ref. SEC-2025-0219."),
])
box("Respondents", [
 ("t", [("Characteristic", "n", "%"),
        ("Total", "612", "100"),
        ("Public research (incl. QGC)", "214", "35"),
        ("Industry (biotech/pharma/vendor)", "203", "33"),
        ("Hospital / health board", "98", "16"),
        ("CRO", "61", "10"),
        ("Academia (non-institute)", "36", "6"),
        ("Highest degree: PhD", "294", "48"),
        ("Highest degree: MSc", "245", "40"),
        ("Highest degree: BSc only", "73", "12"),
        ("Women", "281", "46")], (0.62, 0.19, 0.19)),
])
print("col1 end", state["y"])
# ---- Column 2
box("Results: pay by sector and level", col=1, y=145, body=[
 ("p", "Table 1. Median base salary (QKR) by sector and career level."),
 ("t", [("Sector", "Entry", "Mid", "Senior"),
        ("Industry", "46,500", "56,000", "74,000"),
        ("Public research", "44,500", "54,100", "66,300"),
        ("CRO", "41,000", "51,800", "68,500"),
        ("Hospital / health board", "38,900", "47,200", "58,900"),
        ("Academia", "37,200", "45,000", "61,000"),
        ("All sectors", "42,800", "53,200", "67,400")], (0.40, 0.20, 0.20, 0.20)),
 ("p", "Industry paid the most at every level, and the gap widened with seniority: senior industry staff earned a median of QKR 7,700 more than senior public-research staff. Hospital pay clustered tightly around health-board pay points (e.g. Band 5 start QKR 38,900), giving the narrowest IQR of any sector (QKR 3,400 at entry level)."),
])
box("Results: pay by city", [
 ("p", "Table 2. Median salary, all levels, by main workplace."),
 ("t", [("City", "n", "Median", "IQR"),
        ("Brisk Harbour", "248", "55,600", "46,000–66,000"),
        ("Thistlecombe", "151", "52,300", "45,100–60,900"),
        ("Ember Vale", "97", "47,900", "41,200–56,500"),
        ("Lowmarsh", "64", "45,200", "39,800–52,700"),
        ("Fennick", "33", "49,800", "43,000–58,000"),
        ("Carrick Point", "19", "50,400", "44,300–57,000")], (0.32, 0.12, 0.22, 0.34)),
 ("p", "After adjustment, working in Brisk Harbour was associated with 6.8% higher pay (95% CI 3.9–9.7%) than elsewhere. A PhD was associated with 5.1% higher pay than an MSc at the same level; respondents with only a BSc earned about QKR 4,000 less than MSc holders at entry level."),
])

# ---- Column 3
box("Results: first-job pay by entry route", [
 ("p", "Table 3. Median salary in first bioinformatics post (respondents who started 2021–2025, n = 236)."),
 ("t", [("Entry route", "n", "Median"),
        ("Straight from MSc", "88", "41,500"),
        ("Straight from PhD", "61", "47,000"),
        ("Lab career changer", "52", "43,200"),
        ("From other quantitative field", "35", "45,600")], (0.56, 0.14, 0.30)),
 ("p", "Career changers from laboratory roles started on QKR 1,700 more than direct MSc graduates, reflecting prior experience, but 71% reported a temporary pay cut during retraining."),
])
print("col2 end", state["y"])
box("Results: career paths", col=2, y=145, body=[
 ("b", "23% (141) had moved into bioinformatics from a laboratory role (technician, biomedical scientist or QC analyst). Their median time to switch was 2.5 years, most often via a part-time MSc (58%)."),
 ("b", "Of the 294 PhD holders, 61% had left academia within 3 years of their doctorate; industry was the most common destination (44%)."),
 ("b", "31% received equity or share options (almost all in biotech start-ups)."),
 ("b", "Hybrid working was near-universal: median 2 office days per week; only 7% were fully remote."),
 ("b", "27% intended to change employer within 12 months; pay (62%) and lack of progression (48%) were the top reasons."),
 ("p", "Figure 1 (not reproduced in handout): career-stage transitions. The most common path was MSc → Bioinformatician I (public research) → industry mid-level role."),
])
box("Conclusions", [
 ("p", "Bioinformatics pay in Quellany varies more by sector and city than by qualification. Public bodies and hospitals compete on pensions and stability rather than base pay. The lab-to-bioinformatics route is common and viable, and part-time MSc programmes with employer study leave are its main enabler."),
 ("p", "We recommend that employers publish salary ranges in every advert and that QBN repeat the survey every two years (next: June 2027)."),
])
box("Limitations", [
 ("p", "Self-selected sample; likely under-represents staff outside QBN networks. Bonus and equity values were not collected. Carrick Point and Fennick estimates are based on small numbers."),
])
box("References", [
 ("s", "1. Quellan Genome Centre. Annual Report 2024–25. Thistlecombe: QGC; 2025."),
 ("s", "2. Lowmarsh Health Board. Health Service Pay Scales 2025–26. 2025."),
 ("s", "3. University of Ember Vale. MSc Bioinformatics Graduate Outcomes 2023–24. 2025."),
])
box("Contact", [
 ("p", "Dr Marte Halvorsen\nm.halvorsen@uev.ac.qk\nFull report: qbn.org.qk/survey2025"),
 ("s", "Funded by a QBN Community Grant (QKR 8,500). OM is an employee of Helixfold Ltd; no other conflicts of interest."),
])
pdf.set_font("DV", "", 11); pdf.set_text_color(110, 110, 110)
pdf.set_xy(20, 828); pdf.cell(554, 6, "QBC26 · Poster P-047 · Please do not photograph without permission of the authors", align="C")
pdf.output(OUT)
print("saved; col y end:", state)
