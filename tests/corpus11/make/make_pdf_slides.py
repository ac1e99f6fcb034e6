"""Writes docs/Lanternhold - Inside a 24-7 SOC - Careers in Cyber evening Feb 2026.pdf, imitating a
PowerPoint deck saved with File > Save As > PDF (slides only, no notes): 960 x 540 pt pages (16:9,
13.333 x 7.5 in), one title per slide in the title placeholder position, bullet text as separate
lines with a bullet glyph drawn as its own text run, a clustered bar chart drawn as vector shapes with
data labels, axis labels and a legend, a table drawn as filled cells, a slide number bottom right and
a small footer bottom left, producer "Microsoft® PowerPoint® for Microsoft 365".

Run with a venv that has reportlab 4.x/5.x:  python make_pdf_slides.py
"""
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "docs" / "Lanternhold - Inside a 24-7 SOC - Careers in Cyber evening Feb 2026.pdf"
LD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Calibri", LD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", LD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Light", LD + "LiberationSans-Regular.ttf"))

W, H = 960, 540
TEAL, AMBER, INK, GREY, PALE = HexColor("#0E5E6F"), HexColor("#E8A33D"), HexColor("#1E1E1E"), HexColor("#6B6B6B"), HexColor("#E6F0F2")
FOOT = "Lanternhold Cyber  |  Careers in Cyber evening, Tamsford College  |  24 February 2026"

c = canvas.Canvas(str(OUT), pagesize=(W, H))
c.setTitle("Inside a 24/7 SOC: tiers, shifts and pay")
c.setAuthor("Jonas Ferreira-Lund")
c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
c._doc.info.producer = "Microsoft® PowerPoint® for Microsoft 365"
n = [0]


def wrap(s, font, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def txt(x, y, s, font="Calibri", size=20, color=INK, width=None, lead=1.15, align="l"):
    c.setFont(font, size)
    c.setFillColor(color)
    for ln in (wrap(s, font, size, width) if width else [s]):
        if align == "c":
            c.drawCentredString(x, y, ln)
        elif align == "r":
            c.drawRightString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= size * lead
    return y


def slide(title):
    if n[0]:
        c.showPage()
    n[0] += 1
    c.setFillColor(TEAL)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    txt(48, H - 78, title, "Calibri-Bold", 34, TEAL)
    c.setFillColor(AMBER)
    c.rect(48, H - 94, 90, 4, stroke=0, fill=1)
    txt(48, 20, FOOT, size=10, color=GREY)
    txt(W - 40, 20, str(n[0]), size=11, color=GREY, align="r")


def bullets(items, x=60, y=H - 140, width=820, size=22, gap=10):
    for it in items:
        lvl = 1 if it.startswith("- ") else 0
        s = it[2:] if lvl else it
        sz = size - 4 * lvl
        bx = x + 34 * lvl
        txt(bx, y, "•" if lvl == 0 else "–", size=sz, color=AMBER if lvl == 0 else GREY)
        y = txt(bx + 22, y, s, size=sz, width=width - 34 * lvl - 22, lead=1.15) - gap
    return y


# 1 title slide
n[0] += 1
c.setFillColor(TEAL)
c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColor(AMBER)
c.rect(64, 250, 120, 6, stroke=0, fill=1)
txt(64, 330, "Inside a 24/7 SOC:", "Calibri-Bold", 48, white)
txt(64, 274, "tiers, shifts and pay", "Calibri-Bold", 48, white)
txt(64, 208, "Careers in Cyber evening · Tamsford College of Technology · 24 February 2026", size=20, color=white)
txt(64, 176, "Jonas Ferreira-Lund, SOC Manager (Hallowby), Lanternhold Cyber", size=20, color=white)
txt(W - 40, 20, "1", size=11, color=white, align="r")

slide("Who we are")
bullets(["Estmarra’s largest independent managed security provider",
         "Two security operations centres: Hallowby (Marlow Yard) and Corvane",
         "More than 260 client organisations: councils, schools, manufacturers, retailers",
         "310 staff, 148 of them working in the two SOCs",
         "DTWU is recognised for pay bargaining for all SOC staff"])

slide("Three tiers, three jobs")
cols = [("Tier 1: triage", ["Watch the alert queue", "Close false positives", "Escalate real threats within 15 minutes", "Call clients from scripts"]),
        ("Tier 2: investigate", ["Take escalations from Tier 1", "Scope and contain incidents", "Tune detection rules", "Write client incident reports"]),
        ("Tier 3: hunt and lead", ["Hunt for threats nobody has alerted on", "Lead major incidents", "Build new detections", "Coach Tier 1 and 2"])]
for k, (h, items) in enumerate(cols):
    x0 = 48 + k * 292
    c.setFillColor(PALE)
    c.rect(x0, 90, 272, 330, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(x0, 380, 272, 40, stroke=0, fill=1)
    txt(x0 + 14, 394, h, "Calibri-Bold", 20, white)
    y = 348
    for it in items:
        txt(x0 + 14, y, "•", size=18, color=AMBER)
        y = txt(x0 + 32, y, it, size=18, width=226) - 12

slide("A night shift, hour by hour")
rows = [("19:00", "Handover from the day shift: open incidents, noisy clients, anything odd"),
        ("19:30", "Into the queue: most alerts arrive before midnight"),
        ("23:00", "Break (two 30-minute breaks and one 60-minute break per 12-hour shift)"),
        ("02:00", "Quiet hours: tuning rules, training modules, writing up"),
        ("05:30", "Early risers: the first wave of client log-ins and the alerts that come with them"),
        ("06:30", "Write handover notes; update every open ticket"),
        ("07:00", "Handover to the day shift. Go home and sleep")]
y = H - 140
for t, s in rows:
    txt(60, y, t, "Calibri-Bold", 20, TEAL)
    y = txt(150, y, s, size=20, width=740) - 14

slide("The rota: 4 on, 4 off")
days = ["Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6", "Day 7", "Day 8"]
shift = ["Day", "Day", "Night", "Night", "Off", "Off", "Off", "Off"]
cw = 100
x0 = 80
for k, (d, s) in enumerate(zip(days, shift)):
    c.setFillColor(TEAL)
    c.rect(x0 + k * cw, 350, cw - 4, 40, stroke=0, fill=1)
    txt(x0 + k * cw + (cw - 4) / 2, 364, d, "Calibri-Bold", 16, white, align="c")
    c.setFillColor(AMBER if s == "Night" else (PALE if s == "Off" else HexColor("#BFE0E6")))
    c.rect(x0 + k * cw, 300, cw - 4, 46, stroke=0, fill=1)
    txt(x0 + k * cw + (cw - 4) / 2, 317, s, size=16, align="c")
bullets(["Day shifts 07:00–19:00, night shifts 19:00–07:00",
         "Averages 42 hours a week; rota published 8 weeks ahead",
         "Shift swaps allowed with your team lead’s approval",
         "Public holidays worked: time and a half, or a day off in lieu"], y=255, size=20)

slide("Base pay 2026 by tier and site")
# clustered bars
data = [("Tier 1", 35500, 38300), ("Tier 2", 47800, 51600), ("Tier 3", 62400, 67400), ("Team lead", 71000, 76700)]
bx, by, bw, bh = 110, 110, 600, 300
c.setStrokeColor(HexColor("#BFBFBF"))
c.setLineWidth(0.75)
for v in range(0, 90001, 20000):
    y = by + bh * v / 90000
    c.line(bx, y, bx + bw, y)
    txt(bx - 10, y - 5, f"{v:,}", size=12, color=GREY, align="r")
gw = bw / len(data)
for k, (lab, hb, cv) in enumerate(data):
    gx = bx + k * gw + 24
    for j, (val, col) in enumerate([(hb, TEAL), (cv, AMBER)]):
        x = gx + j * 46
        h = bh * val / 90000
        c.setFillColor(col)
        c.rect(x, by, 42, h, stroke=0, fill=1)
        txt(x + 21, by + h + 6, f"{val:,}", size=12, color=INK, align="c")
    txt(gx + 44, by - 22, lab, size=15, color=INK, align="c")
txt(bx - 70, by + bh + 16, "EMD a year", size=12, color=GREY)
c.setFillColor(TEAL)
c.rect(750, 330, 14, 14, stroke=0, fill=1)
txt(772, 332, "Hallowby", size=15)
c.setFillColor(AMBER)
c.rect(750, 302, 14, 14, stroke=0, fill=1)
txt(772, 304, "Corvane", size=15)
txt(750, 250, "Corvane rates include the 8% Capital weighting.", size=14, color=GREY, width=180)
txt(750, 180, "All SOC rota staff also get the 17.5% shift allowance.", size=14, color=GREY, width=180)
txt(48, 44, "Base salary from 1 April 2026, after the 4.2% DTWU pay award.", size=12, color=GREY)

slide("What that means in your pocket")
bullets(["Tier 1 in Hallowby: EMD 35,500 + 17.5% shift allowance (EMD 6,212.50) = EMD 41,712.50",
         "Tier 2 in Hallowby: EMD 47,800 + EMD 8,365 = EMD 56,165",
         "Tier 1 in Corvane: EMD 38,300 + EMD 6,702.50 = EMD 45,002.50",
         "The allowance stops if you leave the rota, for example for a day-only role",
         "6% employer pension contribution on base salary and shift allowance",
         "25 days’ annual leave, taken in blocks that fit the rota"])

slide("Moving up")
bullets(["Tier 1 → Tier 2: at least 12 months, and you must hold the CSOA",
         "- Most people move after about 18 months; 19 Tier 1 analysts were promoted in 2025",
         "Tier 2 → Tier 3: at least 24 months at Tier 2, plus the CIR or our internal threat-hunting assessment",
         "Tier 3 → Team lead: by application when a post is open (four posts in 2025)",
         "Or move sideways: incident response, threat intelligence, detection engineering"])

slide("Certifications we pay for")
tab = [("Qualification", "When", "Exam fee", "Pass mark"),
       ("EIIS Security Analyst Foundation (SAF)", "First 3 months", "EMD 340", "65%"),
       ("EIIS Certified Security Operations Analyst (CSOA)", "Year 1–2", "EMD 620", "70%"),
       ("EIIS Certified Incident Responder (CIR)", "Tier 2 and above", "EMD 980", "72%")]
widths = [420, 170, 130, 120]
y = 400
for r_, row in enumerate(tab):
    x = 60
    for k, cell in enumerate(row):
        c.setFillColor(TEAL if r_ == 0 else (PALE if r_ % 2 else white))
        c.rect(x, y, widths[k], 44, stroke=0, fill=1)
        txt(x + 10, y + 16, cell, "Calibri-Bold" if r_ == 0 else "Calibri", 17, white if r_ == 0 else INK)
        x += widths[k]
    y -= 44
txt(60, 190, "We pay for one resit of each exam. Study time: 3 paid days for SAF, 5 for CSOA and CIR.", size=18, color=INK, width=840)

slide("How to get in")
bullets(["30-minute phone screen with our talent team",
         "60-minute online triage exercise: 12 sample alerts, which matter and why?",
         "45-minute panel at the SOC with a team lead and a Tier 2 analyst, then a tour",
         "Offer within 5 working days; Baseline Clearance (BC) before you start, usually 3–5 weeks",
         "- Our Corvane government-contracts team also needs National Security Clearance (NSC)",
         "No degree needed: IT support, the forces, call centres and CyberBridge all work"])

slide("We’re hiring in 2026")
bullets(["24 Tier 1 places: 12 in Hallowby and 12 in Corvane",
         "- Two intakes at each site: 1 June 2026 and 7 September 2026, 6 places each",
         "Applications close 10 April 2026 for both intakes",
         "CyberBridge graduates who pass the SAF get a guaranteed interview",
         "Come and see us at the BreachPoint careers village, Corvane, 16 October 2026"])
txt(60, 120, "careers.lanternhold.em/soc", "Calibri-Bold", 26, TEAL)

slide("Questions?")
txt(60, 360, "Thank you", "Calibri-Bold", 44, TEAL)
txt(60, 310, "Jonas Ferreira-Lund, SOC Manager (Hallowby)", size=22)
txt(60, 280, "Talent team: socjobs@lanternhold.em", size=22)
c.showPage()
c.save()
print("wrote", OUT)
