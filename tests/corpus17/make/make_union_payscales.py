import os
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'NUOT Teachers Pay Scales 2025-26 and 2026-27.pdf')
W = {"Fringe": (1340, 1340), "Outer": (3410, 3550), "Inner": (5120, 5320), "Sallow": (2750, 2860)}
r10 = lambda x: int(round(x / 10.0) * 10)
up = lambda x: r10(x * 1.04)
UQ = [23900, 25780, 27660, 29540, 31420, 33300]
M = [32400, 34150, 36020, 38110, 40360, 43580]
U = [45470, 47150, 48900]
L = [r10(51200 * 1.0245 ** i) for i in range(43)]
f = lambda n: f"{n:,}"

class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st); self.draw_chrome(n); super().showPage()
        super().save()
    def draw_chrome(self, n):
        self.setFont("Helvetica-Bold", 8); self.setFillColor(colors.HexColor("#7a1f2b"))
        self.drawString(18 * mm, 287 * mm, "NATIONAL UNION OF ORLESIAN TEACHERS")
        self.setFont("Helvetica", 8); self.setFillColor(colors.black)
        self.drawRightString(192 * mm, 287 * mm, "Teachers' Pay Scales 2025/26 and 2026/27  |  Members' guide NUOT/PAY/26/04")
        self.setStrokeColor(colors.HexColor("#7a1f2b")); self.line(18 * mm, 285 * mm, 192 * mm, 285 * mm)
        self.drawString(18 * mm, 10 * mm, "Published 8 June 2026. Figures in Orlesian marks (OLM) per year, full-time.")
        self.drawRightString(192 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontSize=9, leading=12)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=16, textColor=colors.HexColor("#7a1f2b"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11.5, textColor=colors.HexColor("#7a1f2b"))
story = [Paragraph("Teachers' Pay Scales 2025/26 and 2026/27", h1),
 Paragraph("This guide sets out every pay point of the Orlesian School Teachers' Pay Framework (OSTPF) for the current year (from 1 September 2025, after the 5.5% award) and the coming year (from 1 September 2026, after the 4.0% award accepted by the Minister for Schools on 3 December 2025). Each point is shown at the national rate and with each regional allowance added. The Varnmark Fringe allowance is frozen at OLM 1,340 for 2026/27; all other allowances rise by 4.0%.", body),
 Spacer(1, 4),
 Paragraph("Use the national column for schools in Dunholt, Tavish Bay and Upper Brennock. Use Fringe for Kelmsey, Outer for Varnmark outside the ring road, Inner for Varnmark inside the ring road, and Sallow Isles for all island schools. Members on TLR or SEN allowances should add these separately (see Table 2).", body),
 Spacer(1, 8), Paragraph("Table 1: Pay points with regional allowances", h2)]

hdr = ["Point", "25/26\nNational", "25/26\n+Fringe", "25/26\n+Outer", "25/26\n+Inner", "25/26\n+Sallow", "26/27\nNational", "26/27\n+Fringe", "26/27\n+Outer", "26/27\n+Inner", "26/27\n+Sallow"]
data = [hdr]
def row(name, v):
    n = up(v)
    data.append([name, f(v), f(v + 1340), f(v + 3410), f(v + 5120), f(v + 2750), f(n), f(n + 1340), f(n + 3550), f(n + 5320), f(n + 2860)])
sect_rows = []
def section(title):
    data.append([title] + [""] * 10); sect_rows.append(len(data) - 1)
section("Unqualified teachers (UQ1-UQ6) [a]")
for i, v in enumerate(UQ): row(f"UQ{i+1}", v)
section("Main pay scale (M1-M6) [b]")
for i, v in enumerate(M): row(f"M{i+1}", v)
section("Upper pay scale (U1-U3) [c]")
for i, v in enumerate(U): row(f"U{i+1}", v)
section("Leadership spine (L1-L43) [d]")
for i, v in enumerate(L): row(f"L{i+1}", v)
t = Table(data, repeatRows=1, colWidths=[16 * mm] + [15.8 * mm] * 10)
ts = [("FONT", (0, 0), (-1, -1), "Helvetica", 7.4), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f2b")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
      ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
      ("BACKGROUND", (6, 1), (-1, -1), colors.HexColor("#f6eef0")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
      ("TOPPADDING", (0, 1), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6)]
for r in sect_rows:
    ts += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), "Helvetica-Bold", 7.4), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e4d3d6")), ("ALIGN", (0, r), (-1, r), "LEFT")]
t.setStyle(TableStyle(ts))
story += [t, Spacer(1, 5)]
notes = [
 "[a] Unqualified teachers are those without QTS, including trainees on the Salaried Teacher Training (STT) route, who are normally paid at UQ2. On gaining QTS a teacher moves to at least M1, with pay safeguarding for up to 3 years if their UQ salary was higher.",
 "[b] Progression is one point each 1 September subject to appraisal. ECTs normally start on M1; schools may start career changers with relevant experience on a higher point (up to M3 under Brightwater Learning Trust policy).",
 "[c] Entry to U1 is by threshold application (1 September-31 October) after at least one year on M6. Progression on the upper scale is every two years.",
 "[d] Leadership pay is set within the headteacher group range (Table 3). Deputy and assistant headteachers are paid on a 5-point range set by the governing board, whose maximum must be below the headteacher's minimum.",
 "Source: OSTPF 2025 and 2026 documents; OTPRB 11th Report (November 2025). Figures rounded to the nearest OLM 10. Allowances are pro rata for part-time teachers.",
]
for n in notes: story.append(Paragraph(n, small))

story += [Spacer(1, 10), Paragraph("Table 2: Responsibility and other allowances", h2)]
t2 = Table([["Allowance", "2025/26 (OLM)", "2026/27 (OLM)", "Notes"],
 ["TLR1", "9,660 - 16,340", "10,050 - 16,990", "Permanent; head of department, head of year"],
 ["TLR2", "3,410 - 8,330", "3,550 - 8,660", "Permanent; e.g. TLR2a 3,410, TLR2b 5,870, TLR2c 8,330"],
 ["TLR3", "680 - 3,370", "710 - 3,500", "Fixed-term projects up to 2 years; not pensionable"],
 ["SEN allowance", "2,680 - 5,290", "2,790 - 5,500", "Mandatory for SENCos without TLR in some trusts"],
 ["Early-career retention payment", "3,000", "3,000", "Physics, maths, computing; years 3 and 4; Kelmsey, Dunholt, Sallow Isles"],
 ["Sallow Isles ferry season ticket", "684", "712", "Reimbursed by Tavish Bay and Sallow Isles Council"]],
 colWidths=[45 * mm, 28 * mm, 28 * mm, 73 * mm], repeatRows=1)
t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8),
 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f2b")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
 ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
story += [t2, Spacer(1, 10), Paragraph("Table 3: Headteacher group ranges", h2)]
G = [(1, "up to 1,000", 6, 18), (2, "1,001-2,200", 8, 21), (3, "2,201-3,500", 11, 24), (4, "3,501-5,000", 14, 27),
     (5, "5,001-7,500", 18, 31), (6, "7,501-11,000", 21, 35), (7, "11,001-17,000", 24, 39), (8, "17,001 and over", 28, 43)]
d3 = [["Group", "Unit total", "Range", "2025/26 min-max (OLM)", "2026/27 min-max (OLM)"]]
for g, u, a, b in G:
    d3.append([str(g), u, f"L{a}-L{b}", f"{f(L[a-1])} - {f(L[b-1])}", f"{f(up(L[a-1]))} - {f(up(L[b-1]))}"])
t3 = Table(d3, colWidths=[16 * mm, 32 * mm, 24 * mm, 50 * mm, 50 * mm], repeatRows=1)
t3.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8),
 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f2b")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
 ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
story += [t3, Spacer(1, 4), Paragraph("Unit totals: each primary pupil counts 7 units, each pupil in Years 7-9 counts 9, Years 10-11 counts 11 and each sixth-form student 13. Pupils with an EHSP count 3 times their normal units. A headteacher's individual school range (ISR) is 7 points within the group range.", small),
 Spacer(1, 8), Paragraph("Need help? NUOT Pay Helpline 0310 555 0190 (Mon-Fri 08:30-17:30). Subscriptions: OLM 21.50 per month full-time; trainees free. NUOT, 22 Corran Square, Varnmark VM1 4AA.", body)]
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
                        title="Teachers' Pay Scales 2025/26 and 2026/27", author="National Union of Orlesian Teachers", subject="OSTPF pay points and allowances")
doc.build(story, canvasmaker=NumberedCanvas)
print("ok", L[0], L[-1])
