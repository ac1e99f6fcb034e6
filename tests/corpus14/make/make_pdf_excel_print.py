#!/usr/bin/env python3
"""Write Northlight Talent's salary matrix as an Excel worksheet printed to PDF.

Imitates File > Print > Microsoft Print to PDF / Save as PDF from Excel: landscape A4, the sheet
name as the centred page header (&A), "Page N of M" as the footer (&P of &N), printed gridlines,
a two-row column header with merged cells ("Base salary ..." across four city columns, "Role" and
"Level" merged down) repeated on every page as print titles, wrapped text in the notes column,
title rows above the table on page 1 only, and a notes block under the table on the last page.

Run from a venv with reportlab 4.x/5.x:  python make_pdf_excel_print.py
Writes docs/Northlight_ML_Salary_Levels_Matrix_2027.pdf and its src/ markdown.
"""
import os

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
SRC = os.path.join(HERE, "..", "src")
NAME = "Northlight_ML_Salary_Levels_Matrix_2027.pdf"
SHEET = "Matrix 2027"

PAGE_W, PAGE_H = landscape(A4)
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 32, 32, 50, 46
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS = 7.6
LEAD = 9.2

# column widths in points (Excel column widths after "Fit all columns on one page")
COLS = [
    ("Role", 92), ("Level", 62), ("Typical titles / grades", 112),
    ("Velden", 46), ("Port Selby", 46), ("Dunmarrow", 50), ("Rennick", 46),
    ("Bonus (% of base)", 50), ("Equity (BMK/yr)", 66), ("Notice", 44), ("Notes", 164),
]

ROWS = [
    ["ML engineer", "Junior (0–2 yrs)", "MLE I; Auklet L3; Silvane T2", "62,000", "58,000", "56,000", "54,000", "0–8%", "0–10,000", "1 month", "Graduate schemes start lower (Stennet G5 BMK 49,500)"],
    ["ML engineer", "Mid (2–5 yrs)", "MLE II; Auklet L4; Silvane T3; Mendwell E3", "84,000", "78,000", "76,000", "73,000", "0–10%", "5,000–18,000", "1–2 months", ""],
    ["ML engineer", "Senior (5–8 yrs)", "Senior MLE; Auklet L5; Silvane T4; Mendwell E4", "112,000", "104,000", "100,000", "96,000", "0–12%", "15,000–34,000", "3 months", "Most Velden offers at this level include a sign-on bonus of BMK 5,000–10,000"],
    ["ML engineer", "Staff / Lead (8+ yrs)", "Staff MLE; Auklet L6; Silvane T5", "145,000", "134,000", "128,000", "122,000", "0–15%", "30,000–55,000", "3 months", "Few roles outside Velden; expect 6–10 week processes"],
    ["Data scientist", "Junior (0–2 yrs)", "Associate DS; Stennet G5; BDS DG5", "54,000", "51,000", "49,000", "47,000", "5–8%", "rare", "1 month", ""],
    ["Data scientist", "Mid (2–5 yrs)", "Data Scientist; Stennet G6; BDS DG6", "71,000", "66,000", "64,000", "61,000", "8–10%", "0–8,000", "1–2 months", "Bank G6 band BMK 64,000–76,000; BDS adds BMK 3,000 supplement"],
    ["Data scientist", "Senior (5–8 yrs)", "Senior DS; Stennet G7; BDS DG7", "90,000", "84,000", "81,000", "78,000", "10–15%", "0–15,000", "3 months", "BDS DG7 + BMK 6,000 supplement + BMK 4,200 Capital allowance in Velden"],
    ["Data scientist", "Lead (8+ yrs)", "Lead DS; Stennet G8; BDS DG8", "112,000", "104,000", "100,000", "–", "15%", "0–20,000", "3 months", ""],
    ["MLOps engineer", "Mid (2–5 yrs)", "MLOps Engineer; Mendwell E3", "79,000", "74,000", "72,000", "70,000", "0–10%", "5,000–15,000", "1–2 months", "On-call allowance typically BMK 280–350 per on-call week"],
    ["MLOps engineer", "Senior (5–8 yrs)", "Senior MLOps; Mendwell E4", "98,000", "91,000", "88,000", "85,000", "0–12%", "10,000–30,000", "3 months", "Remote-first employers pay one national band"],
    ["ML infrastructure engineer", "Mid (2–5 yrs)", "Infra Engineer; Silvane T3", "88,000", "82,000", "–", "80,000", "0–10%", "8,000–18,000", "2 months", "Rennick market is almost all Silvane (BMK 9,000 relocation grant)"],
    ["ML infrastructure engineer", "Senior (5–8 yrs)", "Senior Infra; Auklet L5; Silvane T4", "110,000", "102,000", "–", "97,000", "0–12%", "16,000–34,000", "3 months", ""],
    ["ML infrastructure engineer", "Staff (8+ yrs)", "Staff Infra; Auklet L6; Silvane T5", "145,000", "–", "–", "118,000", "0–15%", "28,000–55,000", "3 months", "Cluster experience (1,000+ accelerators) commands a premium"],
    ["Applied scientist", "Mid (2–5 yrs)", "Applied Scientist", "92,000", "86,000", "83,000", "–", "0–12%", "10,000–25,000", "2 months", "PhD usually expected"],
    ["Applied scientist", "Senior (5–8 yrs)", "Senior Applied Scientist", "115,000", "107,000", "103,000", "–", "0–15%", "20,000–40,000", "3 months", ""],
    ["Research scientist", "Mid (new PhD)", "Research Scientist; Auklet L4", "95,000", "88,000", "–", "–", "0%", "18,000", "1 month", "Almost all roles in Velden"],
    ["Research scientist", "Senior (postdoc+)", "Senior RS; Auklet L5", "121,000", "112,000", "–", "–", "0%", "34,000", "3 months", "Auklet L5 band BMK 112,000–126,000, Port Selby 8% lower"],
    ["Research scientist", "Staff", "Staff RS; Auklet L6", "150,000", "–", "–", "–", "0%", "55,000", "3 months", ""],
    ["Computer vision engineer", "Mid (2–5 yrs)", "CV Engineer; Mendwell E3", "80,000", "76,000", "73,000", "71,000", "0–10%", "5,000–16,000", "1–2 months", "Port Selby demand from robotics and port automation"],
    ["Computer vision engineer", "Senior (5–8 yrs)", "Senior CV; Mendwell E4; Silvane T4", "100,000", "94,000", "96,000", "92,000", "0–12%", "12,000–30,000", "3 months", "Dunmarrow lifted by health-tech (Mendwell E4 BMK 92,000–108,000)"],
    ["NLP engineer", "Mid (2–5 yrs)", "NLP Engineer; Mendwell E3", "83,000", "77,000", "75,000", "–", "0–10%", "5,000–16,000", "1–2 months", ""],
    ["NLP engineer", "Senior (5–8 yrs)", "Senior NLP Engineer", "102,000", "95,000", "94,000", "–", "0–12%", "12,000–30,000", "3 months", "Belmoran-language experience adds 5–8%"],
    ["AI evaluation / red-team", "Mid (2–5 yrs)", "Eval Engineer; Auklet L4", "78,000", "73,000", "–", "–", "0–8%", "10,000–18,000", "1 month", "Paid take-homes common (BMK 300–400)"],
    ["AI evaluation / red-team", "Senior (5–8 yrs)", "Senior Eval / Red-Team; Auklet L5", "98,000", "91,000", "–", "–", "0–8%", "20,000–34,000", "3 months", ""],
    ["AI product manager", "Mid (2–5 yrs)", "AI PM; BDS DG7", "84,000", "78,000", "76,000", "–", "5–12%", "0–15,000", "2 months", "BDS pays no Data & AI supplement to PMs"],
    ["AI product manager", "Senior (5–8 yrs)", "Senior AI PM; Mendwell E4", "102,000", "95,000", "92,000", "–", "8–15%", "10,000–30,000", "3 months", ""],
    ["Analytics engineer", "Junior (0–2 yrs)", "Analytics Engineer I", "52,000", "49,000", "47,000", "45,000", "0–6%", "rare", "1 month", ""],
    ["Analytics engineer", "Mid (2–5 yrs)", "Analytics Engineer; Stennet G6; BDS DG6", "66,000", "62,000", "60,000", "57,000", "0–8%", "0–6,000", "1 month", "Hospital and public sector roles at the low end (BMK 61,000–67,000)"],
    ["Analytics engineer", "Senior (5–8 yrs)", "Senior AE; BDS DG7", "80,000", "75,000", "72,000", "69,000", "0–10%", "0–10,000", "2 months", ""],
    ["Data annotation lead", "Team lead", "Annotation Team Lead", "48,000", "45,000", "45,000", "–", "0–5%", "rare", "1 month", "Shift leads for 15–25 annotators"],
    ["Data annotation lead", "Lead", "Annotation Lead; Clinical Data Lead", "60,000", "56,000", "57,000", "–", "0–6%", "rare", "1 month", "Clinical annotation leads (registered nurses) BMK 58,000–66,000"],
    ["ML graduate", "Graduate", "Graduate MLE / DS; Stennet G5; Mendwell E1", "54,000", "51,000", "49,000", "48,000", "0–6%", "0–10,000", "1 month", "TTP salary floor for new graduates is BMK 44,000"],
    ["ML intern", "Intern (per month)", "Summer intern, 10–12 weeks", "3,000", "2,800", "2,900", "2,700", "–", "–", "–", "Monthly pay, not annual"],
]

NOTES = [
    "Notes",
    "1. Base salaries are medians of offers Northlight Talent placed or saw between January 2026 and January 2027 (412 placements, 1,050 offers). Where we saw fewer than 8 offers the cell shows '–'.",
    "2. Equity is the annualised value at grant date. Options in private companies are valued at the price of the last funding round and may be worth nothing.",
    "3. Bonus is the usual target range. Banks pay close to target; most tech firms pay no cash bonus at all.",
    "4. Notice is the usual contractual notice period at that level. Employers will generally wait up to three months for a senior hire.",
    "5. Our fee is 18% of first-year base salary (20% for Staff/Lead searches), with a 90-day rebate. Candidates never pay us.",
    "Prepared by Carla Dumont, Northlight Talent, Velden. Please do not circulate outside your organisation.",
]


def wrap(text, width, font=FONT, size=FS):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width - 4:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def header_footer(c, page, total):
    c.setFont(FONT, 9)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 28, SHEET)
    c.drawCentredString(PAGE_W / 2, 24, f"Page {page} of {total}")


def draw_table_header(c, y):
    """Two header rows; 'Base salary' merged across the four city columns; others merged down."""
    x0 = MARGIN_L
    h1, h2 = 13, 24
    c.setFillColorRGB(0.85, 0.89, 0.95)
    c.rect(x0, y - h1 - h2, sum(w for _, w in COLS), h1 + h2, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.4)
    x = x0
    for i, (name, w) in enumerate(COLS):
        if 3 <= i <= 6:
            # lower header row only; upper row is the merged cell drawn below
            c.rect(x, y - h1 - h2, w, h2, stroke=1, fill=0)
            c.setFont(BOLD, FS)
            c.drawCentredString(x + w / 2, y - h1 - h2 + 9, name)
        else:
            c.rect(x, y - h1 - h2, w, h1 + h2, stroke=1, fill=0)
            lines = wrap(name, w, BOLD)
            c.setFont(BOLD, FS)
            top = y - (h1 + h2) / 2 + (len(lines) - 1) * LEAD / 2 - 3
            for k, ln in enumerate(lines):
                c.drawCentredString(x + w / 2, top - k * LEAD, ln)
        x += w
    mx = x0 + sum(w for _, w in COLS[:3])
    mw = sum(w for _, w in COLS[3:7])
    c.rect(mx, y - h1, mw, h1, stroke=1, fill=0)
    c.setFont(BOLD, FS)
    c.drawCentredString(mx + mw / 2, y - h1 + 4, "Base salary (BMK, gross per year)")
    return y - h1 - h2


def row_height(row):
    n = 1
    for (name, w), val in zip(COLS, row):
        n = max(n, len(wrap(val, w)))
    return 4 + n * LEAD


def draw_row(c, y, row):
    h = row_height(row)
    x = MARGIN_L
    c.setStrokeColorRGB(0.78, 0.78, 0.78)
    c.setLineWidth(0.3)
    for i, ((name, w), val) in enumerate(zip(COLS, row)):
        c.rect(x, y - h, w, h, stroke=1, fill=0)
        c.setFont(FONT, FS)
        lines = wrap(val, w)
        for k, ln in enumerate(lines):
            ty = y - 2 - (k + 1) * LEAD + 2
            if 3 <= i <= 8:
                c.drawRightString(x + w - 2, ty, ln)  # numbers right-aligned as Excel does
            else:
                c.drawString(x + 2, ty, ln)
        x += w
    return y - h


def layout():
    """Split rows into pages the way Excel does with print titles (header rows repeated)."""
    pages, cur = [], []
    y = PAGE_H - MARGIN_T - 42  # page 1 has two title rows above the table
    y -= 37
    for r in ROWS:
        h = row_height(r)
        if y - h < MARGIN_B:
            pages.append(cur)
            cur = []
            y = PAGE_H - MARGIN_T - 37
        cur.append(r)
        y -= h
    pages.append(cur)
    return pages


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    path = os.path.join(DOCS, NAME)
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle("Northlight ML Salary & Levels Matrix 2027")
    c.setAuthor("Carla Dumont")
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    c.setProducer("Microsoft® Excel® for Microsoft 365")
    pages = layout()
    total = len(pages)
    for pi, rows in enumerate(pages, 1):
        header_footer(c, pi, total)
        y = PAGE_H - MARGIN_T
        if pi == 1:
            c.setFont(BOLD, 13)
            c.drawString(MARGIN_L + 2, y - 14, "Northlight Talent – ML Salary & Levels Matrix 2027")
            c.setFont(FONT, 8.5)
            c.drawString(MARGIN_L + 2, y - 30, "Base salary medians by role, level and city; bonus, equity and notice norms. "
                                               "Offers seen January 2026 – January 2027.")
            y -= 42
        y = draw_table_header(c, y)
        for r in rows:
            y = draw_row(c, y, r)
        if pi == total:
            y -= 16
            for k, note in enumerate(NOTES):
                font = BOLD if k == 0 else FONT
                for ln in wrap(note, 620, font, 8):
                    c.setFont(font, 8)
                    c.drawString(MARGIN_L + 2, y, ln)
                    y -= 10.5
                y -= 1.5
        c.showPage()
    c.save()

    # src markdown
    out = ["# Northlight Talent – ML Salary & Levels Matrix 2027", "",
           "<!-- Excel worksheet \"Matrix 2027\" printed to PDF, landscape, " + f"{total} pages. "
           "The sheet name is the page header and \"Page N of " + str(total) + "\" the footer. The two "
           "header rows repeat on every page; \"Base salary (BMK, gross per year)\" is a merged cell over "
           "the four city columns, and Role/Level/other headers are merged down the two rows. "
           "Gridlines are printed; the Notes column wraps. -->", "",
           "Base salary medians by role, level and city; bonus, equity and notice norms. Offers seen "
           "January 2026 – January 2027.", "",
           "| Role | Level | Typical titles / grades | Base salary Velden (BMK) | Base salary Port Selby (BMK) | "
           "Base salary Dunmarrow (BMK) | Base salary Rennick (BMK) | Bonus (% of base) | Equity (BMK/yr) | Notice | Notes |",
           "|" + "---|" * len(COLS)]
    for r in ROWS:
        out.append("| " + " | ".join(v for v in r) + " |")
    out.append("")
    out.append("**" + NOTES[0] + "**")
    out.append("")
    for n in NOTES[1:-1]:
        out.append(n)
        out.append("")
    out.append("*" + NOTES[-1] + "*")
    out.append("")
    with open(os.path.join(SRC, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote", path, "pages:", total)


if __name__ == "__main__":
    main()
