"""Writes docs/Aurelle Cadet Pilot Programme 2026 - information evening slides.pdf, imitating a
Google Slides deck downloaded with File > Download > PDF document: one 720 x 405 pt page per slide
(16:9), text drawn line by line as the slide renderer wraps it, tables drawn as ruled cells, shapes
(chevrons, dots, bands) as vector paths, slide numbers and a footer on each slide, producer
"Skia/PDF", no speaker notes and no outline or bookmarks.

Run with a venv that has reportlab 4.x/5.x:  python make_slides_pdf.py
"""
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "docs" / "Aurelle Cadet Pilot Programme 2026 - information evening slides.pdf"
LD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LD + "LiberationSans-Italic.ttf"))

W, H = 720, 405
NAVY, GOLD, GREY, INK = HexColor("#0B234A"), HexColor("#D9A41E"), HexColor("#5F6670"), HexColor("#222222")
FOOTER = "Aurelle Cadet Pilot Programme 2026  |  Information evening, Port Selden, 11 February 2026"
EOE = ("Aurelle Airways is an equal opportunity employer. We welcome applications from everyone, whatever their age, "
       "disability, ethnicity, gender, religion or belief, or sexual orientation, and we select on merit against the "
       "published requirements of each role. If you need an adjustment at any stage of our recruitment process, tell us "
       "when you apply and we will make it.")

c = canvas.Canvas(str(OUT), pagesize=(W, H))
c.setTitle("Aurelle Cadet Pilot Programme 2026 - information evening")
c.setCreator("")
c._doc.info.producer = "Skia/PDF m133 Google Docs Renderer"
slide_no = [0]


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def text(x, y, s, font="Arial", size=14, color=INK, width=None, lead=1.25, align="l"):
    """Draw wrapped text with its first baseline at y; returns the y below the last line."""
    c.setFont(font, size)
    c.setFillColor(color)
    lines = wrap(s, font, size, width) if width else [s]
    for ln in lines:
        if align == "c":
            c.drawCentredString(x, y, ln)
        elif align == "r":
            c.drawRightString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= size * lead
    return y


def chrome(dark=False):
    slide_no[0] += 1
    c.setFillColor(NAVY)
    c.rect(0, 0, W, 22, stroke=0, fill=1)
    text(20, 8, FOOTER, size=8, color=white)
    text(W - 20, 8, str(slide_no[0]), size=8, color=white, align="r")
    text(W - 20, H - 32, "AURELLE", "Arial-Bold", 12, GOLD if dark else NAVY, align="r")


def title(s):
    text(32, H - 48, s, "Arial-Bold", 24, NAVY)
    c.setFillColor(GOLD)
    c.rect(32, H - 62, 60, 3, stroke=0, fill=1)


def bullets(items, x=36, y=H - 96, width=640, size=15, gap=7):
    for it in items:
        level = 0
        if isinstance(it, tuple):
            level, it = it
        mark = "\u2022" if level == 0 else "\u2013"
        sz = size if level == 0 else size - 2
        xx = x + level * 26
        text(xx, y, mark, size=sz, color=INK if level == 0 else GREY)
        y = text(xx + 16, y, it, size=sz, color=INK if level == 0 else GREY, width=width - 16 - level * 26)
        y -= gap
    return y


def table(rows, x, ytop, widths, size=12, pad=6, header=True):
    lead = size * 1.22
    y = ytop
    for i, r in enumerate(rows):
        wrapped = [wrap(v, "Arial-Bold" if (header and i == 0) else "Arial", size, w - 2 * pad) or [""] for v, w in zip(r, widths)]
        h = max(len(wl) for wl in wrapped) * lead + 2 * pad - (lead - size)
        if header and i == 0:
            c.setFillColor(NAVY)
            c.rect(x, y - h, sum(widths), h, stroke=0, fill=1)
        elif i % 2 == 0:
            c.setFillColor(HexColor("#EEF1F6"))
            c.rect(x, y - h, sum(widths), h, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#B8C0CC"))
        c.setLineWidth(0.6)
        c.rect(x, y - h, sum(widths), h, stroke=1, fill=0)
        xx = x
        for wl, w in zip(wrapped, widths):
            c.line(xx, y - h, xx, y)
            yy = y - pad - size * 0.85
            for ln in wl:
                text(xx + pad, yy, ln, "Arial-Bold" if (header and i == 0) else "Arial", size,
                     white if (header and i == 0) else INK)
                yy -= lead
            xx += w
        y -= h
    return y


def chevron(x, y, w, h, color, point=True):
    p = c.beginPath()
    tip = h / 2
    p.moveTo(x, y)
    p.lineTo(x + w - tip, y)
    p.lineTo(x + w, y + h / 2)
    p.lineTo(x + w - tip, y + h)
    p.lineTo(x, y + h)
    if point:
        p.lineTo(x + tip, y + h / 2)
    p.close()
    c.setFillColor(color)
    c.drawPath(p, stroke=0, fill=1)


def new_slide():
    c.showPage()


# 1 title
c.setFillColor(NAVY); c.rect(0, 0, W, H, stroke=0, fill=1)
chrome(dark=True)
text(44, 250, "Aurelle Cadet Pilot Programme 2026", "Arial-Bold", 32, white)
text(44, 218, "From zero experience to the right-hand seat of a Corva C-190", size=17, color=GOLD)
text(44, 150, "Information evening  \u00b7  Aurelle Training Centre, Port Selden  \u00b7  11 February 2026", size=13, color=white)
text(44, 130, "Captain Ruth Okafor-Lind, Head of Pilot Recruitment  \u00b7  Tomas Adeyemi-Vance, Cadet Programme Manager", size=10.5, color=white)
new_slide()

# 2 agenda
chrome(); title("Tonight")
bullets(["Why Aurelle, and why a cadet programme", "The programme at a glance", "What it costs you, and how we fund it",
         "Who can apply", "The three selection stages", "A week at Esterdale Flight Academy",
         "Your career after training", "Key dates", "Your questions"], size=14, gap=5)
new_slide()

# 3 why
chrome(); title("Why a cadet programme?")
bullets(["52 aircraft today: 34 Corva C-190, 10 Corva C-340, 8 Teller T-72",
         "About 120 of our captains reach 65 in the next ten years",
         "We would rather train pilots our way than compete for them",
         "Cadets fill about one in three of our new First Officer places",
         "2025 intake: 2,860 applications for 40 places"])
new_slide()

# 4 at a glance
chrome(); title("The programme at a glance")
table([["", "Aurelle Cadet Pilot Programme"],
       ["Places in 2026", "40"],
       ["Licence", "Multi-crew pilot licence (MPL), Aurelle-sponsored"],
       ["Where", "Esterdale Flight Academy (ground school and flying), Aurelle Training Centre (simulator)"],
       ["Length", "20 months, starting September 2026"],
       ["Aircraft", "Single- and twin-engine trainers, then the C-190 full flight simulator"],
       ["On completion", "Second Officer on the C-190 at Port Selden"]],
      32, H - 84, [170, 480], size=12.5)
new_slide()

# 5 costs
chrome(); title("What it costs you")
y = table([["Item", "Amount", "Who pays"],
           ["Course fee (MPL at EFA)", "VNF 98,500", "Aurelle, up front"],
           ["Your share, repaid from salary", "VNF 49,250", "You: VNF 821 a month for 60 months"],
           ["Initial Class 1 medical", "VNF 780", "You, before Stage 3"],
           ["Accommodation in Esterdale", "about VNF 620 a month", "You"],
           ["Uniform, headset, iPad", "\u2014", "Aurelle"]],
          32, H - 84, [230, 170, 250], size=12.5)
text(32, y - 24, "Nothing to pay up front for the course. If you leave Aurelle within 5 years of your line check, the rest of "
     "your share becomes payable at once. Living costs can be covered by an Aviation Training Loan (up to VNF 60,000, "
     "2.9% interest).", size=11, color=GREY, width=650)
new_slide()

# 6 eligibility
chrome(); title("Who can apply")
bullets(["Aged 18 or over on 1 September 2026. No upper age limit",
         "School leaving certificate with maths and physics (or a science)",
         "Right to live and work in Varnessa without restriction",
         "Able to pass an initial Class 1 medical at the VCAA Aeromedical Centre",
         (1, "Book it early: the Centre asks for 8 weeks' notice"),
         "No flying experience needed. A PPL is not an advantage at selection",
         "Five-year background check for an airside pass"])
new_slide()

# 7 selection
chrome(); title("Three selection stages")
stages = [("Stage 1", "Online application and SkyMetric test", "Maths, spatial reasoning, multitasking. About 2 hours, at home."),
          ("Stage 2", "Assessment day", "Group exercise, maths and physics paper, competency interview. Port Selden."),
          ("Stage 3", "Simulator and final interview", "A session in the C-190 simulator and an interview with a Training Captain. Class 1 medical needed before this stage.")]
for i, (a, b, d) in enumerate(stages):
    x = 32 + i * 220
    chevron(x, 262, 210, 44, GOLD if i == 2 else NAVY, point=i > 0)
    text(x + 105, 279, a, "Arial-Bold", 15, white, align="c")
    yy = text(x + 6, 236, b, "Arial-Bold", 13, NAVY, width=196)
    text(x + 6, yy - 4, d, size=11, color=GREY, width=196)
text(32, 70, "You can apply once per intake. If you are not successful, you may reapply the following year.",
     "Arial-Italic", 11, GREY)
new_slide()

# 8 a week at EFA
chrome(); title("A week at Esterdale Flight Academy")
y = table([["Day", "Phase 1 (ground school)", "Phase 2 (flying)"],
           ["Mon", "Air law, 08:30-16:30", "Two flights, briefing from 07:00"],
           ["Tue", "Meteorology", "Simulator (instrument procedures)"],
           ["Wed", "Navigation", "Two flights"],
           ["Thu", "Progress test", "Standby day for weather"],
           ["Fri", "Human performance", "One flight, debrief, week review"]],
          32, H - 84, [80, 270, 300], size=12.5)
text(32, y - 24, "You sit the 13 VCAA theory examinations during Phase 1. The pass mark is 72%.", size=11, color=GREY)
new_slide()

# 9 career
chrome(); title("After training: your career at Aurelle")
y = table([["Rank", "When", "Basic pay from 1 April 2026"],
           ["Second Officer", "On joining the line", "VNF 46,800"],
           ["First Officer", "After line check and 500 hours on type", "VNF 62,400 (point 1)"],
           ["Senior First Officer", "After 3 years as FO and a full ATPL", "VNF 84,300"],
           ["Captain", "By seniority, typically 7 to 9 years after joining", "VNF 128,000 (point 1)"]],
          32, H - 84, [170, 290, 190], size=12.5)
text(32, y - 24, "Plus flying allowance per block hour, Capital District allowance of 6% at Port Selden, and a 12% employer "
     "pension contribution.", size=11, color=GREY, width=650)
new_slide()

# 10 key dates
chrome(); title("Key dates")
dates = [("2 March 2026", "Applications open"), ("17 April 2026", "Applications close, 23:59"),
         ("May 2026", "Assessment days (Stage 2)"), ("June 2026", "Simulator and final interviews (Stage 3)"),
         ("July 2026", "Offers made"), ("7 September 2026", "Course starts at Esterdale Flight Academy")]
for i, (d, what) in enumerate(dates):
    y = H - 100 - i * 40
    c.setFillColor(GOLD); c.circle(44, y + 5, 6, stroke=0, fill=1)
    text(62, y, d, "Arial-Bold", 14, NAVY)
    text(230, y, what, size=14)
new_slide()

# 11 questions
c.setFillColor(NAVY); c.rect(0, 0, W, H, stroke=0, fill=1)
chrome(dark=True)
text(44, 270, "Questions?", "Arial-Bold", 36, white)
text(44, 236, "cadets@aurelleairways.vn  \u00b7  careers.aurelleairways.vn/cadets", size=16, color=GOLD)
text(44, 110, EOE, size=9.5, color=white, width=630)
c.showPage()
c.save()
print("wrote", OUT)
