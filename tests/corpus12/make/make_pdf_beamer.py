"""Writes docs/UoC_AccFin_OpenDay_Oct2026_slides.pdf and its src/ markdown.

The PDF imitates a LaTeX Beamer presentation (Madrid-like theme, 4:3, 128 mm x 96 mm pages) compiled
with pdfTeX. It is not made with TeX; reportlab draws each element where Beamer would, and writes the
text layer the way pdfTeX does:
- each line of text is ONE TJ array; the space between words is not a space character but a negative
  kern (about -333 thousandths of an em), so readers must infer word breaks from the gaps;
- the frame title sits in a coloured bar at the top of each frame, white on blue;
- itemize bullets are drawn as small triangles (graphics, no text character);
- blocks have a coloured title bar and a tinted body;
- the footline has three boxes: author (institute) | short title | date and "n / N";
- tiny navigation symbols are drawn as vector shapes at the bottom right;
- the title page has no frame title bar and no footline page box.

Run with a venv that has reportlab:  python make_pdf_beamer.py
"""
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
NAME = "UoC_AccFin_OpenDay_Oct2026_slides.pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

W, H = 128 * mm, 96 * mm
BLUE = HexColor("#33338c")
BLUE_D = HexColor("#1f1f6b")
BLUE_L = HexColor("#e6e6f5")
BLUE_M = HexColor("#5c5cb3")
RED = HexColor("#b22222")
RED_L = HexColor("#f7e4e4")
TXT = HexColor("#000000")

AUTHOR = "T. Wennerholm"
INST = "UoC"
SHORT = "From degree to CFO"
DATE = "17 October 2026"

FONT, FONTB, FONTI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def tj_line(c, x, y, text, font=FONT, size=9, color=TXT):
    """One line as a pdfTeX-style TJ array: words as strings, inter-word gaps as -333 kerns."""
    words = text.split(" ")
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    parts = []
    for i, w in enumerate(words):
        parts.append(f"({esc(w)})")
        if i < len(words) - 1:
            parts.append("-333")
    c.setFillColor(color)
    t = c.beginText(x, y)
    t.setFont(font, size)
    t._code.append("[" + " ".join(parts) + "] TJ")
    c.drawText(t)


def width(c, text, font, size):
    return c.stringWidth(text, font, size)


def wrap(c, text, font, size, maxw):
    out, cur = [], ""
    for w in text.split(" "):
        trial = (cur + " " + w).strip()
        if width(c, trial, font, size) <= maxw or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def triangle(c, x, y, color=BLUE):
    c.setFillColor(color)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x, y + 2.4 * mm * 0.9)
    p.lineTo(x + 2.0 * mm * 0.9, y + 1.2 * mm * 0.9)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def footline(c, n, total):
    h = 3.2 * mm
    thirds = W / 3
    c.setFillColor(BLUE_D)
    c.rect(0, 0, thirds, h, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.rect(thirds, 0, thirds, h, stroke=0, fill=1)
    c.setFillColor(BLUE_M)
    c.rect(2 * thirds, 0, thirds, h, stroke=0, fill=1)
    s = 5.5
    a = f"{AUTHOR} ({INST})"
    tj_line(c, thirds / 2 - width(c, a, FONT, s) / 2, 1.1 * mm, a, FONT, s, white)
    tj_line(c, thirds * 1.5 - width(c, SHORT, FONT, s) / 2, 1.1 * mm, SHORT, FONT, s, white)
    tj_line(c, 2 * thirds + 10 * mm, 1.1 * mm, DATE, FONT, s, white)
    num = f"{n} / {total}"
    tj_line(c, W - 3 * mm - width(c, num, FONT, s), 1.1 * mm, num, FONT, s, white)
    # navigation symbols (vector only)
    c.setStrokeColor(Color(0.6, 0.6, 0.8))
    c.setLineWidth(0.3)
    for i in range(6):
        x = W - 30 * mm + i * 4.2 * mm
        c.line(x, 4.6 * mm, x + 2.6 * mm, 4.6 * mm)
        c.line(x, 4.6 * mm, x + 0.8 * mm, 5.4 * mm)


def frame_title(c, title):
    c.setFillColor(BLUE)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    tj_line(c, 4 * mm, H - 6.1 * mm, title, FONTB, 11, white)


class Frame:
    def __init__(self, c):
        self.c = c
        self.y = H - 15 * mm
        self.x = 6 * mm
        self.maxw = W - 12 * mm

    def para(self, text, size=8.5, font=FONT, indent=0, color=TXT, gap=1.4 * mm):
        for ln in wrap(self.c, text, font, size, self.maxw - indent):
            tj_line(self.c, self.x + indent, self.y, ln, font, size, color)
            self.y -= size * 1.25
        self.y -= gap

    def items(self, items, size=8.5, indent=0):
        for it in items:
            sub = isinstance(it, tuple)
            text = it[1] if sub else it
            ind = indent + (9 * mm if sub else 4.5 * mm)
            if sub:
                self.c.setFillColor(BLUE)
                self.c.circle(self.x + ind - 2.6 * mm, self.y + 1.0 * mm, 0.55 * mm, stroke=0, fill=1)
            else:
                triangle(self.c, self.x + ind - 4.0 * mm, self.y - 0.2 * mm)
            lines = wrap(self.c, text, FONT, size - (0.6 if sub else 0), self.maxw - ind)
            for ln in lines:
                tj_line(self.c, self.x + ind, self.y, ln, FONT, size - (0.6 if sub else 0))
                self.y -= size * 1.25
            self.y -= 1.0 * mm

    def block(self, title, lines, alert=False, x=None, w=None, size=8):
        c = self.c
        x = self.x if x is None else x
        w = self.maxw if w is None else w
        body = []
        for ln in lines:
            body += wrap(c, ln, FONT, size, w - 4 * mm) + [None]
        body = body[:-1]
        bh = sum(size * 1.25 if b is not None else 1.2 * mm for b in body) + 3 * mm
        top = self.y + 3 * mm
        c.setFillColor(RED if alert else BLUE)
        c.roundRect(x, top - 5.5 * mm, w, 5.5 * mm, 1.2 * mm, stroke=0, fill=1)
        c.rect(x, top - 5.5 * mm, w, 2 * mm, stroke=0, fill=1)
        tj_line(c, x + 2 * mm, top - 4 * mm, title, FONT, 8.5, white)
        c.setFillColor(RED_L if alert else BLUE_L)
        c.rect(x, top - 5.5 * mm - bh, w, bh, stroke=0, fill=1)
        yy = top - 5.5 * mm - 3.6 * mm
        for b in body:
            if b is None:
                yy -= 1.2 * mm
                continue
            tj_line(c, x + 2 * mm, yy, b, FONT, size)
            yy -= size * 1.25
        self.y = top - 5.5 * mm - bh - 4 * mm
        return top - 5.5 * mm - bh

    def table(self, rows, cols, size=7.2):
        c = self.c
        x0 = self.x + 2 * mm
        # booktabs-like rules
        total = sum(cols)
        c.setStrokeColor(TXT)
        c.setLineWidth(0.8)
        c.line(x0, self.y + 3.2 * mm, x0 + total, self.y + 3.2 * mm)
        for ri, r in enumerate(rows):
            xx = x0
            for ci, cell in enumerate(r):
                f = FONTB if ri == 0 else FONT
                if ci == 0:
                    tj_line(c, xx + 1 * mm, self.y, cell, f, size)
                else:
                    tj_line(c, xx + cols[ci] - 1 * mm - width(c, cell, f, size), self.y, cell, f, size)
                xx += cols[ci]
            if ri == 0:
                c.setLineWidth(0.4)
                c.line(x0, self.y - 1.6 * mm, x0 + total, self.y - 1.6 * mm)
            self.y -= size * 1.55
        c.setLineWidth(0.8)
        c.line(x0, self.y + 1.8 * mm, x0 + total, self.y + 1.8 * mm)
        self.y -= 2.5 * mm


# ------------------------------------------------------------------ content
FRAMES = []  # (title, list of (kind, payload)) used for both PDF and markdown


def F(title, *content):
    FRAMES.append((title, list(content)))


F("Outline",
  ("outline", ["The BSc in Accounting and Finance", "Placements and SIAF exemptions", "Where our graduates go",
               "Routes to the CFO's office", "Applying for September 2027"]))
F("The BSc in numbers",
  ("block", "Key facts, September 2027 entry",
   ["180 places.", "3 years full-time, or 4 years with a placement year.",
    "Tuition: SVM 9,250 a year (Solvan students), SVM 17,800 a year (international students).",
    "Placement year: SVM 1,850 for the year."]),
  ("items", ["Accredited by SIAF for exemptions (see slide 6).",
             "Taught at the Harbour Campus, Caddon; most classes in groups of 25 to 30."]))
F("What you study",
  ("items", ["Year 1: financial accounting, management information, economics, business law, quantitative methods.",
             "Year 2: financial reporting, management accounting, tax, corporate finance, data analysis in Python and Excel.",
             ("sub", "Autumn of year 2: placement applications open."),
             "Year 3: audit and assurance, advanced management accounting, treasury and risk, a dissertation or consultancy project."]),
  ("para", "Every module is assessed by a mix of exams and coursework; no module is more than 70% exam."))
F("The placement year",
  ("items", ["In 2025, 70% of our students took a placement year.",
             "Placement salaries were SVM 21,000 to 24,000.",
             "Recent placement employers: Corrick & Lane, Tollin Mercantile Bank, Cobbin, the Solvany Revenue Office.",
             "Placement students graduate with a job offer more often: 64% against 38% (2025 graduates)."]),
  ("alert", "Deadlines come early",
   ["Most placement deadlines fall between October and December of year 2. Start your CV in the summer after year 1."]))
F("SIAF exemptions",
  ("block", "What the degree gives you",
   ["Exemption from all four Foundation papers (F1 to F4).",
    "Exemption from P4 Management Accounting if you score 60% or more in the year 3 Advanced Management Accounting module."]),
  ("items", ["You pay SIAF an exemption fee of SVM 90 per paper: SVM 450 for five papers.",
             "Sitting those five papers would cost SVM 790 in exam fees, and about six months of study.",
             "Exemptions do not shorten the 36 months of practical experience SIAF requires."]))
F("Where our graduates go",
  ("para", "2025 graduates, 15 months after graduating: 91% in work or further study; median starting salary SVM 31,200."),
  ("bars", [("Audit and tax firms", 38), ("Industry and commerce", 27), ("Banks and financial services", 16),
            ("Public sector", 9), ("Further study", 6), ("Other", 4)]),
  ("caption", "Figure: destinations of 2025 graduates in work or study (per cent)."))
F("Roles and pay",
  ("table", [["Role", "Typical years after degree", "Median pay (SVM)"],
             ["Trainee accountant", "0 to 3", "30,100"],
             ["Financial analyst", "1 to 4", "44,200"],
             ["Management accountant", "3 to 6", "47,500"],
             ["Finance business partner", "5 to 8", "61,900"],
             ["FP&A manager", "7 to 10", "76,400"],
             ["Chief financial officer", "15 or more", "148,000"]]),
  ("caption", "Medians: SIAF-UFCS Finance Pay Survey 2026. Years: our alumni survey, 2024."))
F("Routes to the CFO's office",
  ("two", ("Practice route",
           ["Graduate training contract in audit or tax (3 years).", "Qualify as CSA.",
            "Move into industry as a management accountant or financial controller."]),
          ("Industry route",
           ["Financial analyst straight from the degree.", "Management accountant, then finance business partner.",
            "FP&A manager, then head of FP&A or financial controller."])),
  ("para", "Of the 23 alumni who are CFOs today, 15 trained in audit first. Both routes need the professional qualification by the time you are a manager."))
F("What employers tell us they want",
  ("items", ["Numbers you can explain to someone who is not in finance.",
             "Excel and one data tool used on something real (your project or placement counts).",
             "Evidence you can work to a deadline that matters: month-end, a pay run, an audit sign-off.",
             "Clean, short CVs. Several employers screen out any CV with spelling errors."]))
F("Applying for September 2027",
  ("items", ["Apply through the Solvany Admissions Service (SAS). Course code N410; with placement year N411.",
             "Deadline: 29 January 2027 at 18:00.",
             "Typical offer: Upper Secondary Certificate with 34 points, including Mathematics at grade 6. Contextual offer: 30 points.",
             "No interview. Applicant days in February and March 2027; offers by the end of March."]),
  ("block", "Scholarships",
   ["Caddon Merit Scholarship: SVM 2,000 a year for 20 students.",
    "Corrick & Lane Scholarship: SVM 3,000 a year for 5 students, plus a guaranteed placement interview."]))
F("Questions?",
  ("para", "Dr Tobias Wennerholm, Programme Director, BSc Accounting and Finance", 9),
  ("para", "accfin@caddon.ac.sv, Business School, Harbour Campus, Caddon", 9),
  ("para", "Come and find us at the Merrin Finance Careers Fair (stand E1) and at our next open day on 28 November 2026.", 8.5))


def title_page(c):
    c.setFillColor(BLUE)
    c.roundRect(10 * mm, H - 45 * mm, W - 20 * mm, 22 * mm, 2 * mm, stroke=0, fill=1)
    t1 = "Accounting and Finance at Caddon"
    t2 = "From your degree to the CFO's office"
    tj_line(c, W / 2 - width(c, t1, FONT, 13) / 2, H - 31 * mm, t1, FONT, 13, white)
    tj_line(c, W / 2 - width(c, t2, FONT, 9.5) / 2, H - 39 * mm, t2, FONT, 9.5, white)
    for i, (s, f, sz) in enumerate([("Dr Tobias Wennerholm", FONT, 9), ("University of Caddon Business School", FONT, 8),
                                    ("Open Day, Saturday 17 October 2026", FONT, 8)]):
        tj_line(c, W / 2 - width(c, s, f, sz) / 2, H - 56 * mm - i * 7 * mm, s, f, sz)


def draw_frame(c, n, total, title, content):
    frame_title(c, title)
    fr = Frame(c)
    for kind, *payload in content:
        if kind == "items":
            fr.items(payload[0])
        elif kind == "para":
            fr.para(payload[0], size=payload[1] if len(payload) > 1 else 8.5)
        elif kind == "block":
            fr.block(payload[0], payload[1])
        elif kind == "alert":
            fr.block(payload[0], payload[1], alert=True)
        elif kind == "outline":
            for i, s in enumerate(payload[0], 1):
                c.setFillColor(BLUE)
                c.circle(fr.x + 5 * mm, fr.y + 1.2 * mm, 2.2 * mm, stroke=0, fill=1)
                tj_line(c, fr.x + 5 * mm - width(c, str(i), FONTB, 7) / 2, fr.y - 0.1 * mm, str(i), FONTB, 7, white)
                tj_line(c, fr.x + 10 * mm, fr.y, s, FONT, 9.5)
                fr.y -= 9 * mm
        elif kind == "table":
            fr.table(payload[0], [44 * mm, 38 * mm, 28 * mm])
        elif kind == "caption":
            fr.para(payload[0], size=6.5, font=FONTI, color=HexColor("#555555"))
        elif kind == "bars":
            maxv = max(v for _l, v in payload[0])
            for label, v in payload[0]:
                tj_line(c, fr.x + 2 * mm, fr.y, label, FONT, 7)
                c.setFillColor(BLUE_M)
                bw = (W - 70 * mm) * v / maxv
                c.rect(fr.x + 44 * mm, fr.y - 0.6 * mm, bw, 3 * mm, stroke=0, fill=1)
                tj_line(c, fr.x + 45 * mm + bw, fr.y, f"{v}%", FONT, 7)
                fr.y -= 5.2 * mm
            fr.y -= 1 * mm
        elif kind == "two":
            y0 = fr.y
            lows = []
            for i, (head, lines) in enumerate(payload):
                fr.y = y0
                lows.append(fr.block(head, [f"{j}. {t}" for j, t in enumerate(lines, 1)], x=fr.x + i * (fr.maxw / 2 + 1 * mm),
                                     w=fr.maxw / 2 - 1 * mm, size=7.5))
            fr.y = min(lows) - 4 * mm
    footline(c, n, total)


def markdown():
    md = [f"<!-- Text of docs/{NAME}: a Beamer slide deck (12 frames). Every frame but the first has the footline "
          f"\"{AUTHOR} ({INST}) | {SHORT} | {DATE} n / 12\". Bullets are drawn triangles; blocks are shown as quotes. -->", "",
          "# Accounting and Finance at Caddon", "", "From your degree to the CFO's office", "",
          "Dr Tobias Wennerholm  ", "University of Caddon Business School  ", "Open Day, Saturday 17 October 2026", ""]
    for n, (title, content) in enumerate(FRAMES, 2):
        md += [f"## {title}", f"<!-- frame {n} -->", ""]
        for kind, *payload in content:
            if kind == "items":
                for it in payload[0]:
                    md.append(f"    - {it[1]}" if isinstance(it, tuple) else f"- {it}")
                md.append("")
            elif kind == "para":
                md += [payload[0], ""]
            elif kind in ("block", "alert"):
                md += [f"> **{payload[0]}**", ">"] + [f"> {x}  " for x in payload[1]] + [""]
            elif kind == "outline":
                md += [f"{i}. {s}" for i, s in enumerate(payload[0], 1)] + [""]
            elif kind == "table":
                rows = payload[0]
                md += ["| " + " | ".join(rows[0]) + " |", "|---|---|---:|"] + ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
            elif kind == "caption":
                md += [f"*{payload[0]}*", ""]
            elif kind == "bars":
                md += ["| Destination | Per cent |", "|---|---:|"] + [f"| {l} | {v}% |" for l, v in payload[0]] + [""]
            elif kind == "two":
                for head, lines in payload:
                    md += [f"> **{head}**", ">"] + [f"> {j}. {t}  " for j, t in enumerate(lines, 1)] + [""]
    return "\n".join(md)


def main():
    c = canvas.Canvas(str(OUT), pagesize=(W, H))
    c.setTitle("Accounting and Finance at Caddon: From your degree to the CFO's office")
    c.setAuthor("Dr Tobias Wennerholm")
    c.setCreator("LaTeX with Beamer class")
    c.setProducer("pdfTeX-1.40.25")
    c.setSubject("")
    total = len(FRAMES) + 1
    title_page(c)
    c.showPage()
    for n, (title, content) in enumerate(FRAMES, 2):
        draw_frame(c, n, total, title, content)
        c.showPage()
    c.save()
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT, "and", SRC, total, "pages")


if __name__ == "__main__":
    main()
