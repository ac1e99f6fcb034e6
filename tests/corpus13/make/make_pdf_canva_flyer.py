"""Writes docs/Legal Apprenticeships 2026 - Penhallow & Dunn x Kelbridge College (A4 flyer).pdf and its src/ markdown.

The PDF imitates a two-page A4 flyer designed in Canva and downloaded as "PDF Standard":
  * every line of text is its own positioned text object, and most lines are further cut into
    fragments of one to three words placed at absolute x positions (as Canva writes kerned runs),
    so the text layer has no paragraph structure;
  * big display type (EARN. / LEARN. / QUALIFY.) with letter spacing, coloured panels;
  * three programme cards in columns, each with an "icon" made of simple shapes (no text);
  * a numbered step timeline drawn with circles, quote cards, and a QR-code area drawn as a grid
    of small squares with "Scan to apply" beside it;
  * Info dictionary with Canva's Producer/Creator and the design name as Title.

Run with a venv that has reportlab:  python make_pdf_canva_flyer.py
"""
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
NAME = "Legal Apprenticeships 2026 - Penhallow & Dunn x Kelbridge College (A4 flyer).pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

FD = "/usr/share/fonts/truetype/dejavu/"
LD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Montserrat-ExtraBold", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Montserrat", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("OpenSans", LD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("OpenSans-Bold", LD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("OpenSans-Italic", LD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("AntonCondensed", FD + "DejaVuSansCondensed-Bold.ttf"))

W, H = A4
TEAL = colors.HexColor("#0F4C5C")
CORAL = colors.HexColor("#E36414")
CREAM = colors.HexColor("#FBF5EC")
SAND = colors.HexColor("#F2E3C6")
INK = colors.HexColor("#1B1B1B")
WHITE = colors.white

rng = random.Random(2026)

# ---- content (shared with the markdown) ----
TOP_TAG = "PENHALLOW & DUNN SOLICITORS × KELBRIDGE COLLEGE"
DISPLAY = ["EARN.", "LEARN.", "QUALIFY."]
SUBHEAD = "Legal apprenticeships in Brennock · September 2026 start"
INTRO = ("No university debt. Get paid from your first day while you train to become a paralegal, a chartered "
         "legal executive or a solicitor. Your college and university fees are paid in full through the "
         "National Training Levy, so you pay nothing.")
CARDS = [
    ("Paralegal Apprenticeship", ["Level 3 · 24 months · 2 places", "Salary HVM 21,500, rising to HVM 23,000 in year 2",
                                  "Certificate in Paralegal Practice at Kelbridge College", "Work in our conveyancing, family or private client teams",
                                  "First tasks: opening files, ID checks and client letters"]),
    ("Chartered Legal Executive Apprenticeship", ["Level 6 · 60 months · 1 place", "Salary from HVM 23,500, reviewed every September",
                                                  "HILEx Level 3 and Level 6 qualifications", "Qualify as a Chartered Legal Executive",
                                                  "Specialise in conveyancing, wills and probate or family law"]),
    ("Solicitor Apprenticeship", ["Level 7 · 72 months · 2 places", "Salary HVM 24,000 in year 1, reviewed every September",
                                  "LLB degree included; SAE1 and SAE2 fees paid", "Qualify as a solicitor with no student debt",
                                  "Four seats: property, private client, family and crime"]),
]
STATS = [("HVM 0", "tuition fees"), ("37.5", "hours a week, including one college day"), ("25", "days' holiday plus public holidays")]
DEADLINE = "Apply by 30 April 2026"

P2_TITLE = "How to apply"
STEPS = [
    ("Apply online", "CV and two short questions by 30 April 2026."),
    ("Phone interview", "20 minutes, between 5 and 15 May."),
    ("Assessment day", "At our Brennock office on 28 May 2026: an in-tray exercise, a group task and an interview."),
    ("Offer and start", "Offers by 12 June. You start on 1 September 2026."),
]
WHO_TITLE = "Who can apply?"
WHO = [
    "You must be 18 or over by 1 September 2026.",
    "Solicitor apprenticeship: 96 points in the Halvenna Senior Certificate, including English at grade 6.",
    "Paralegal and legal executive apprenticeships: five passes in the Senior Certificate, including English and maths at grade 4.",
    "No legal experience needed. You cannot apply for the solicitor apprenticeship if you already hold a law degree.",
    "Career changers and people returning to work are welcome: there is no upper age limit.",
    "We make adjustments at every stage. Tell us what you need on the form.",
]
WEEK_TITLE = "Your week"
WEEK = ["Monday to Thursday in the office, 09:00–17:30, working on real client files with a supervisor.",
        "Friday at Kelbridge College's Brennock campus, 09:30–16:00 (solicitor apprentices study online with the University of Kelbridge on the same day).",
        "Every 12 weeks your supervisor and your college tutor review your progress with you."]
AFTER_TITLE = "What happens next?"
AFTER = ("All three apprentices who finished with us in 2025 were kept on. Qualified paralegals earn HVM 25,500 at the firm, "
         "and paralegal apprentices can move straight on to the legal executive apprenticeship.")
GOOD_TITLE = "Good to know"
GOOD = [
    "Apprentices are employees, with a contract of employment and the same benefits as our other staff, including a 5% employer pension contribution.",
    "You get five extra study days a year before exams, and a laptop.",
    "If you leave before you finish, you never have to repay any fees.",
]
QUOTES = [
    ("I chose this over university. Four years in, I run my own conveyancing files and I have never had a student loan.", "Leah, solicitor apprentice, year 4"),
    ("College Fridays are hard work, but my supervisor makes sure I get the time to study.", "Connor, paralegal apprentice, year 2"),
]
QR_LABEL = "Scan to apply"
QR_URL = "penhallowdunn.hv/apprenticeships"
CONTACT = "Questions? Call Marnie Coyle on 0300 410 6622 or email apprenticeships@penhallowdunn.hv"
LOGOS = ["Penhallow & Dunn", "Kelbridge College"]


def frag_line(c, x, y, text, font, size, color, char_space=0.0, split=True):
    """Draw a line as several separately positioned fragments (1-3 words each)."""
    words = text.split(" ")
    i = 0
    cx = x
    space = pdfmetrics.stringWidth(" ", font, size) + char_space
    while i < len(words):
        n = rng.choice([1, 2, 3]) if split else len(words)
        chunk = " ".join(words[i:i + n])
        t = c.beginText(cx, y)
        t.setFont(font, size)
        t.setFillColor(color)
        t.setCharSpace(char_space)  # Tc persists between text objects, so always set it
        t.textOut(chunk)
        c.drawText(t)
        cx += pdfmetrics.stringWidth(chunk, font, size) + char_space * len(chunk) + space
        i += n


def frag_para(c, x, y, text, font, size, color, width, leading=None):
    leading = leading or size * 1.35
    for line in simpleSplit(text, font, size, width):
        frag_line(c, x, y, line, font, size, color)
        y -= leading
    return y


def icon(c, kind, x, y, color):
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    if kind == 0:  # document: rectangle with lines
        c.roundRect(x, y, 9 * mm, 11 * mm, 1.5, fill=1, stroke=0)
        c.setStrokeColor(WHITE)
        c.setLineWidth(1)
        for k in range(3):
            c.line(x + 2 * mm, y + (7.5 - 2.2 * k) * mm, x + 7 * mm, y + (7.5 - 2.2 * k) * mm)
    elif kind == 1:  # scales: triangle and two circles
        p = c.beginPath()
        p.moveTo(x + 5 * mm, y + 11 * mm)
        p.lineTo(x + 1 * mm, y)
        p.lineTo(x + 9 * mm, y)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.circle(x, y + 7 * mm, 2 * mm, fill=1, stroke=0)
        c.circle(x + 10 * mm, y + 7 * mm, 2 * mm, fill=1, stroke=0)
    else:  # mortarboard: diamond + square
        p = c.beginPath()
        p.moveTo(x + 5 * mm, y + 11 * mm)
        p.lineTo(x + 11 * mm, y + 8 * mm)
        p.lineTo(x + 5 * mm, y + 5 * mm)
        p.lineTo(x - 1 * mm, y + 8 * mm)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.rect(x + 2 * mm, y + 1 * mm, 6 * mm, 4 * mm, fill=1, stroke=0)
    c.restoreState()


def qr(c, x, y, size):
    n = 25
    cell = size / n
    c.saveState()
    c.setFillColor(WHITE)
    c.rect(x - 2 * mm, y - 2 * mm, size + 4 * mm, size + 4 * mm, fill=1, stroke=0)
    c.setFillColor(INK)
    def finder(fx, fy):
        c.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, fill=1, stroke=0)
        c.setFillColor(INK)
        c.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, fill=1, stroke=0)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        finder(fx, fy)
    for i in range(n):
        for j in range(n):
            in_finder = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j >= n - 8)
            if not in_finder and rng.random() < 0.48:
                c.rect(x + i * cell, y + j * cell, cell, cell, fill=1, stroke=0)
    c.restoreState()


def page1(c):
    c.setFillColor(CREAM)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(TEAL)
    c.rect(0, H - 128 * mm, W, 128 * mm, fill=1, stroke=0)
    c.setFillColor(CORAL)
    c.circle(W - 18 * mm, H - 22 * mm, 42 * mm, fill=1, stroke=0)
    frag_line(c, 16 * mm, H - 18 * mm, TOP_TAG, "OpenSans-Bold", 8.5, SAND, char_space=1.2)
    y = H - 52 * mm
    for word in DISPLAY:
        frag_line(c, 14 * mm, y, word, "AntonCondensed", 50, WHITE if word != "QUALIFY." else SAND, char_space=1.5, split=False)
        y -= 52
    frag_line(c, 16 * mm, H - 103 * mm, SUBHEAD, "Montserrat", 12, WHITE)
    frag_para(c, 16 * mm, H - 113 * mm, INTRO, "OpenSans", 9.5, SAND, 150 * mm, leading=12.5)
    # cards
    cw, ch, gap = 58 * mm, 88 * mm, 5 * mm
    top = H - 140 * mm
    for k, (title, lines) in enumerate(CARDS):
        x = 14 * mm + k * (cw + gap)
        c.setFillColor(WHITE)
        c.setStrokeColor(SAND)
        c.roundRect(x, top - ch, cw, ch, 4 * mm, fill=1, stroke=1)
        icon(c, k, x + 6 * mm, top - 17 * mm, CORAL)
        yy = frag_para(c, x + 6 * mm, top - 25 * mm, title, "Montserrat-ExtraBold", 11, TEAL, cw - 12 * mm, leading=13.5)
        yy -= 3
        for line in lines:
            c.setFillColor(CORAL)
            c.circle(x + 7 * mm, yy + 2.5, 1.3, fill=1, stroke=0)
            yy = frag_para(c, x + 10 * mm, yy, line, "OpenSans", 8.5, INK, cw - 16 * mm, leading=11) - 4
    # stats strip
    sy = top - ch - 24 * mm
    c.setFillColor(SAND)
    c.rect(0, sy - 6 * mm, W, 26 * mm, fill=1, stroke=0)
    for k, (num, label) in enumerate(STATS):
        x = 16 * mm + k * 63 * mm
        frag_line(c, x, sy + 8 * mm, num, "AntonCondensed", 22, TEAL, split=False)
        frag_para(c, x, sy + 1 * mm, label, "OpenSans", 8, INK, 52 * mm, leading=10)
    # deadline banner
    c.setFillColor(CORAL)
    c.roundRect(14 * mm, 14 * mm, W - 28 * mm, 18 * mm, 9 * mm, fill=1, stroke=0)
    tw = pdfmetrics.stringWidth(DEADLINE, "Montserrat-ExtraBold", 18)
    frag_line(c, (W - tw) / 2, 20.5 * mm, DEADLINE, "Montserrat-ExtraBold", 18, WHITE)


def page2(c):
    c.setFillColor(CREAM)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(TEAL)
    c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
    frag_line(c, 16 * mm, H - 20 * mm, P2_TITLE.upper(), "AntonCondensed", 30, WHITE, char_space=1.0, split=False)
    # timeline
    y0 = H - 46 * mm
    c.setStrokeColor(CORAL)
    c.setLineWidth(2)
    c.line(22 * mm, y0, 22 * mm, y0 - 3 * 19 * mm)
    for k, (title, text) in enumerate(STEPS):
        y = y0 - k * 19 * mm
        c.setFillColor(CORAL)
        c.circle(22 * mm, y, 5 * mm, fill=1, stroke=0)
        frag_line(c, 20.3 * mm, y - 2.3 * mm, str(k + 1), "Montserrat-ExtraBold", 12, WHITE, split=False)
        frag_line(c, 32 * mm, y + 1 * mm, title, "Montserrat-ExtraBold", 11, TEAL)
        frag_para(c, 32 * mm, y - 4 * mm, text, "OpenSans", 9, INK, 70 * mm, leading=11)
    # who can apply (right column)
    x2 = 112 * mm
    c.setFillColor(WHITE)
    c.roundRect(x2 - 4 * mm, H - 122 * mm, 90 * mm, 84 * mm, 4 * mm, fill=1, stroke=0)
    frag_line(c, x2, H - 46 * mm, WHO_TITLE, "Montserrat-ExtraBold", 13, TEAL)
    yy = H - 55 * mm
    for line in WHO:
        c.setFillColor(TEAL)
        c.rect(x2, yy + 1, 2.2 * mm, 2.2 * mm, fill=1, stroke=0)
        yy = frag_para(c, x2 + 5 * mm, yy, line, "OpenSans", 9, INK, 76 * mm, leading=11.5) - 4
    # week + after (left)
    y = H - 129 * mm
    frag_line(c, 16 * mm, y, WEEK_TITLE, "Montserrat-ExtraBold", 13, TEAL)
    y -= 8 * mm
    for line in WEEK:
        y = frag_para(c, 16 * mm, y, line, "OpenSans", 9, INK, 85 * mm, leading=11.5) - 4
    y -= 4 * mm
    frag_line(c, 16 * mm, y, AFTER_TITLE, "Montserrat-ExtraBold", 13, TEAL)
    y = frag_para(c, 16 * mm, y - 8 * mm, AFTER, "OpenSans", 9, INK, 85 * mm, leading=11.5) - 4 * mm
    frag_line(c, 16 * mm, y, GOOD_TITLE, "Montserrat-ExtraBold", 13, TEAL)
    y -= 7 * mm
    for line in GOOD:
        c.setFillColor(CORAL)
        c.circle(17 * mm, y + 2.5, 1.3, fill=1, stroke=0)
        y = frag_para(c, 20 * mm, y, line, "OpenSans", 8.5, INK, 80 * mm, leading=10.5) - 2
    # quotes (right)
    qy = H - 134 * mm
    for text, who in QUOTES:
        c.setFillColor(SAND)
        c.roundRect(x2 - 4 * mm, qy - 34 * mm, 90 * mm, 38 * mm, 4 * mm, fill=1, stroke=0)
        frag_line(c, x2, qy - 6 * mm, "\u201c", "AntonCondensed", 30, CORAL, split=False)
        yq = frag_para(c, x2 + 8 * mm, qy - 6 * mm, text, "OpenSans-Italic", 9.5, INK, 74 * mm, leading=12)
        frag_line(c, x2 + 8 * mm, yq - 2 * mm, "— " + who, "OpenSans-Bold", 8, TEAL)
        qy -= 44 * mm
    # QR + contact band
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 56 * mm, fill=1, stroke=0)
    qr(c, 18 * mm, 16 * mm, 34 * mm)
    frag_line(c, 60 * mm, 44 * mm, QR_LABEL, "AntonCondensed", 22, WHITE, split=False)
    frag_line(c, 60 * mm, 36 * mm, QR_URL, "Montserrat", 10, SAND)
    frag_para(c, 60 * mm, 27 * mm, CONTACT, "OpenSans", 9, WHITE, 120 * mm, leading=11.5)
    frag_line(c, 60 * mm, 12 * mm, LOGOS[0], "Montserrat-ExtraBold", 11, WHITE, split=False)
    frag_line(c, 120 * mm, 12 * mm, LOGOS[1], "Montserrat-ExtraBold", 11, SAND, split=False)


def build():
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle("Legal Apprenticeships 2026 - A4 flyer")
    c.setAuthor("Penhallow & Dunn")
    c.setCreator("Canva")
    c.setProducer("Canva")
    c.setKeywords("DAGf3kQ1mWc,BAF9o0ZxyT4")
    page1(c)
    c.showPage()
    page2(c)
    c.showPage()
    c.save()


def markdown():
    out = [f"<!-- Text of docs/{NAME} as a reader sees it: a two-page A4 flyer. Icons and the QR code are pictures without text. -->", "",
           "<!-- Page 1 -->", "", f"{TOP_TAG}", "", "# " + " ".join(DISPLAY), "", f"**{SUBHEAD}**", "", INTRO, ""]
    for title, lines in CARDS:
        out += [f"## {title}", ""] + [f"- {x}" for x in lines] + [""]
    out += [" · ".join(f"**{n}** {label}" for n, label in STATS), "", f"**{DEADLINE}**", "", "<!-- Page 2 -->", "",
            f"## {P2_TITLE}", ""]
    out += [f"{i}. **{t}** {x}" for i, (t, x) in enumerate(STEPS, 1)] + [""]
    out += [f"## {WHO_TITLE}", ""] + [f"- {x}" for x in WHO] + [""]
    out += [f"## {WEEK_TITLE}", ""] + [x + "\n" for x in WEEK]
    out += [f"## {AFTER_TITLE}", "", AFTER, ""]
    out += [f"## {GOOD_TITLE}", ""] + [f"- {x}" for x in GOOD] + [""]
    for text, who in QUOTES:
        out += [f"> \u201c{text}\u201d", f"> — {who}", ""]
    out += [f"**{QR_LABEL}** (QR code) · {QR_URL}", "", CONTACT, "", " · ".join(LOGOS), ""]
    return "\n".join(out)


if __name__ == "__main__":
    build()
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT.name)
