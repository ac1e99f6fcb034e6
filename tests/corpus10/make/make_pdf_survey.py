"""Write 'TIEA Salary and Workforce Survey 2026 - Summary Report.pdf', imitating a report written in
Word and saved as PDF: Calibri-like sans text, blue heading colour, ruled tables whose header row
repeats when a table runs over a page break, "Page N of M" footers, footnotes at the foot of the
page they are cited on, and a bar chart with a caption below. Also writes src/<file>.md.

Run with a venv that has reportlab:  /work/scratch/s34/c9/venv/bin/python make_pdf_survey.py
"""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
NAME = "TIEA Salary and Workforce Survey 2026 - Summary Report.pdf"
OUT = HERE.parent / "docs" / NAME
SRC = HERE.parent / "src" / (NAME + ".md")

BLUE = colors.HexColor("#2F5496")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
h1 = ParagraphStyle("h1", fontName="Helvetica", fontSize=16, leading=20, textColor=BLUE, spaceBefore=10, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Helvetica", fontSize=13, leading=16, textColor=BLUE, spaceBefore=8, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica", fontSize=26, leading=31, textColor=colors.HexColor("#1F3864"), spaceAfter=10)
sub = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=12, leading=16, textColor=colors.HexColor("#404040"), spaceAfter=18)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
cellb = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white)
cap = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=9, leading=11, textColor=colors.HexColor("#44546A"), spaceBefore=3, spaceAfter=10)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=3)

# Footnotes drawn at the foot of the page where they are cited: page -> [(n, text)]
FOOTNOTES = {
    1: [(1, "Employees and contractors on studio payrolls on 30 June 2026. Freelancers and company owners are excluded; freelance rates will be covered from 2027."),
        (2, "The Capital Region weighting is 8% of basic pay at most employers in Halden. Medians for the Capital Region include it where it is paid.")],
    4: [(3, "Fair Hours Pledge signatories as at 30 June 2026 (16 studios). Three more studios signed in November 2026.")],
}

ROLES = [  # role, level, national, capital, other regions, n
    ("Game designer", "Junior", 32000, 34500, 30800, 58), ("Game designer", "Mid", 44000, 47500, 42200, 71),
    ("Game designer", "Senior", 58000, 62600, 55900, 40), ("Game designer", "Lead", 72000, 77800, 69000, 17),
    ("Level designer", "Junior", 31500, 34000, 30300, 33), ("Level designer", "Mid", 43000, 46400, 41500, 38),
    ("Level designer", "Senior", 56000, 60500, 54000, 19),
    ("Gameplay programmer", "Junior", 38000, 41000, 36500, 64), ("Gameplay programmer", "Mid", 52000, 56200, 50000, 88),
    ("Gameplay programmer", "Senior", 68000, 73400, 65500, 61), ("Gameplay programmer", "Lead", 82000, 88600, 79000, 22),
    ("Technical artist", "Junior", 36000, 38900, 34700, 21), ("Technical artist", "Mid", 49000, 52900, 47200, 27),
    ("Technical artist", "Senior", 63000, 68000, 60800, 15),
    ("3D / environment artist", "Junior", 30500, 32900, 29400, 52), ("3D / environment artist", "Mid", 41000, 44300, 39500, 66),
    ("3D / environment artist", "Senior", 54000, 58300, 52000, 35),
    ("QA", "Tester", 22800, 24500, 22300, 96), ("QA", "Analyst", 31000, 33500, 29800, 44),
    ("QA", "Lead", 38000, 41000, 36600, 18),
    ("Producer", "Associate", 34000, 36700, 32800, 30), ("Producer", "Producer", 50000, 54000, 48200, 42),
    ("Producer", "Senior", 66000, 71300, 63600, 20),
    ("Community manager", "Coordinator", 27500, 29700, 26500, 14), ("Community manager", "Manager", 31800, 34300, 30600, 23),
    ("Community manager", "Senior", 40000, 43200, 38500, 9),
    ("Localisation", "LQA tester", 23400, 25300, 23000, 41), ("Localisation", "Specialist", 28500, 30800, 27500, 25),
    ("Localisation", "Lead", 39000, 42100, 37600, 8),
    ("Audio designer", "Junior", 31000, 33500, 29900, 17), ("Audio designer", "Mid", 43500, 47000, 41900, 20),
    ("Audio designer", "Senior", 57000, 61600, 54900, 11),
]
REGIONS = [("Capital Region (Halden)", 4650, 49.5, 47200, 29), ("Vell Valley (Orme)", 2180, 23.2, 36900, 24),
           ("North Coast (Brissel)", 1720, 18.3, 42100, 26), ("Southmarch (Carrow)", 610, 6.5, 40300, 31),
           ("Ferrin Islands (Lusk)", 240, 2.6, 39800, 22)]
f = lambda n: f"{n:,}"


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so the footer can say 'Page N of M', as Word's PAGE/NUMPAGES fields do."""
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8.5)
            self.setFillColor(colors.HexColor("#595959"))
            self.drawString(2.5 * cm, 1.3 * cm, "TIEA Salary and Workforce Survey 2026")
            self.drawRightString(A4[0] - 2.5 * cm, 1.3 * cm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def on_page(c, doc):
    n = c.getPageNumber()
    notes = FOOTNOTES.get(n)
    if notes:
        y = 2.0 * cm + 0.45 * cm * len(notes) + 0.3 * cm
        c.setStrokeColor(colors.black); c.setLineWidth(0.5)
        c.line(2.5 * cm, y, 2.5 * cm + 5 * cm, y)
        y -= 0.42 * cm
        for num, text in notes:
            c.setFont("Helvetica", 5.5); c.drawString(2.5 * cm, y + 2.5, str(num))
            c.setFont("Helvetica", 7.5); c.drawString(2.5 * cm + 5, y, text)
            y -= 0.45 * cm


def sup(n):
    return f'<super rise="4" size="6">{n}</super>'


def build():
    md = []
    story = []
    def P(text, st=body, mdtext=None):
        story.append(Paragraph(text, st))
        if mdtext is not None:
            md.append(mdtext)
    P("TIEA Salary and Workforce Survey 2026", title, "# TIEA Salary and Workforce Survey 2026\n")
    P("Summary report for members and the public – published 3 November 2026", sub,
      "*Summary report for members and the public – published 3 November 2026*\n")
    P("1. About the survey", h1, "## 1. About the survey\n")
    P("The Tarvenian Interactive Entertainment Association (TIEA) surveys pay, hours and working conditions in "
      "member and non-member studios every year. The 2026 survey ran from 1 June to 31 July 2026 and received "
      f"<b>1,184 valid responses</b> from people working at <b>212 studios</b>.{sup(1)} We estimate the games "
      "workforce at 9,400 people, up from 8,750 in 2025 (+7.4%).",
      mdtext="The Tarvenian Interactive Entertainment Association (TIEA) surveys pay, hours and working conditions in "
      "member and non-member studios every year. The 2026 survey ran from 1 June to 31 July 2026 and received "
      "**1,184 valid responses** from people working at **212 studios**.[^1] We estimate the games "
      "workforce at 9,400 people, up from 8,750 in 2025 (+7.4%).\n")
    P("All figures are gross basic annual salaries in Tarvenian marks (TVM) for full-time staff, before "
      "overtime, bonuses and profit share. Medians are shown; we do not publish a median where fewer than "
      f"8 people answered. Regional figures are by place of work.{sup(2)}",
      mdtext="All figures are gross basic annual salaries in Tarvenian marks (TVM) for full-time staff, before "
      "overtime, bonuses and profit share. Medians are shown; we do not publish a median where fewer than "
      "8 people answered. Regional figures are by place of work.[^2]\n")
    P("Key findings", h2, "### Key findings\n")
    kf = ["Median pay across all roles rose by 4.6%, slightly above inflation (3.9%).",
          "QA testers remain the lowest-paid group (median TVM 22,800), and 38% of them are on fixed-term contracts.",
          "41% of respondents worked overtime in the last 12 months; 14% worked overtime in more than 10 weeks.",
          "Women make up 27% of the workforce but only 16% of leads and directors.",
          "Median time from junior to mid level was 26 months (2025: 29 months)."]
    for k in kf:
        story.append(Paragraph(k, bullet, bulletText="•"))
        md.append(f"- {k}")
    md.append("")
    story.append(Spacer(1, 6))
    P("2. Pay by role and level", h1, "## 2. Pay by role and level\n")
    P("Table 1 gives median salaries for the ten roles in the survey. The Capital Region column includes "
      "the 8% weighting where it is paid; \"Other regions\" combines the four other regions.",
      mdtext="Table 1 gives median salaries for the ten roles in the survey. The Capital Region column includes "
      "the 8% weighting where it is paid; \"Other regions\" combines the four other regions.\n")
    P("Table 1: Median basic salary by role and level, 2026 (TVM)", cap,
      "*Table 1: Median basic salary by role and level, 2026 (TVM)*\n")
    hdr = ["Role", "Level", "National median", "Capital Region", "Other regions", "n"]
    rows = [[Paragraph(h, cellb) for h in hdr]]
    md.append("| " + " | ".join(hdr) + " |")
    md.append("|---|---|---:|---:|---:|---:|")
    for r in ROLES:
        vals = [r[0], r[1], f(r[2]), f(r[3]), f(r[4]), str(r[5])]
        rows.append([Paragraph(v, cell) for v in vals])
        md.append("| " + " | ".join(vals) + " |")
    md.append("")
    md.append("<!-- Table 1 runs over a page break (pages 1-2); the header row is repeated on the next page. -->\n")
    t = Table(rows, colWidths=[4.6 * cm, 2.3 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 1.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#D9E2F3")])]))
    story.append(t)
    story.append(Spacer(1, 8))
    P("Programmers remain the best-paid discipline at every level. The gap between the Capital Region and other "
      "regions is about 12% at all levels, of which 8 points are the weighting.",
      mdtext="Programmers remain the best-paid discipline at every level. The gap between the Capital Region and other "
      "regions is about 12% at all levels, of which 8 points are the weighting.\n")
    story.append(PageBreak())
    P("3. Where people work", h1, "## 3. Where people work\n")
    P("Table 2: Games workforce and median salary (all roles) by region, 2026", cap,
      "*Table 2: Games workforce and median salary (all roles) by region, 2026*\n")
    hdr2 = ["Region", "Workforce", "Share (%)", "Median salary (TVM)", "Women (%)"]
    rows2 = [[Paragraph(h, cellb) for h in hdr2]]
    md += ["| " + " | ".join(hdr2) + " |", "|---|---:|---:|---:|---:|"]
    for r in REGIONS:
        vals = [r[0], f(r[1]), f"{r[2]}", f(r[3]), str(r[4])]
        rows2.append([Paragraph(v, cell) for v in vals]); md.append("| " + " | ".join(vals) + " |")
    tot = ["Tarvenia", "9,400", "100.0", "43,600", "27"]
    rows2.append([Paragraph(f"<b>{v}</b>", cell) for v in tot]); md.append("| **" + "** | **".join(tot) + "** |")
    md.append("")
    t2 = Table(rows2, colWidths=[5.2 * cm, 2.4 * cm, 2.2 * cm, 3.6 * cm, 2.4 * cm], repeatRows=1)
    t2.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB")),
                            ("LINEABOVE", (0, -1), (-1, -1), 1.2, BLUE)]))
    story.append(t2)
    story.append(Spacer(1, 12))
    d = Drawing(440, 190)
    bc = VerticalBarChart(); bc.x = 50; bc.y = 30; bc.width = 370; bc.height = 140
    bc.data = [[r[3] for r in REGIONS]]
    bc.categoryAxis.categoryNames = ["Capital", "Vell Valley", "North Coast", "Southmarch", "Ferrin Is."]
    bc.valueAxis.valueMin = 0; bc.valueAxis.valueMax = 50000; bc.valueAxis.valueStep = 10000
    bc.bars[0].fillColor = colors.HexColor("#4472C4")
    bc.barLabelFormat = "%d"; bc.barLabels.nudge = 7; bc.barLabels.fontSize = 7
    d.add(bc)
    story.append(d)
    P("Figure 1: Median salary, all roles, by region (TVM). Capital Region 47,200; North Coast 42,100; "
      "Southmarch 40,300; Ferrin Islands 39,800; Vell Valley 36,900. Vell Valley's low median reflects its "
      "large QA and localisation workforce.", cap,
      "*[Figure 1: bar chart with bar labels 47200, 36900, 42100, 40300, 39800 for Capital, Vell Valley, North Coast, Southmarch, Ferrin Is.]*\n\n"
      "*Figure 1: Median salary, all roles, by region (TVM). Capital Region 47,200; North Coast 42,100; "
      "Southmarch 40,300; Ferrin Islands 39,800; Vell Valley 36,900. Vell Valley's low median reflects its "
      "large QA and localisation workforce.*\n")
    P("Almost half the workforce works in Halden. Vell Valley, around Orme, is the second-largest region "
      "because of outsourced QA and localisation; 61% of Tarvenia's QA testers work there.",
      mdtext="Almost half the workforce works in Halden. Vell Valley, around Orme, is the second-largest region "
      "because of outsourced QA and localisation; 61% of Tarvenia's QA testers work there.\n")
    story.append(PageBreak())
    P("4. Hours and overtime", h1, "## 4. Hours and overtime\n")
    P("The median contracted week is 37.5 hours. Overtime is common but has fallen since the Fair Hours "
      f"Agreement between GWUT and the larger studios in 2025.{sup(3)}",
      mdtext="The median contracted week is 37.5 hours. Overtime is common but has fallen since the Fair Hours "
      "Agreement between GWUT and the larger studios in 2025.[^3]\n")
    hdr3 = ["", "Pledge signatories", "Other studios", "All"]
    rows3 = [["Worked any overtime in last 12 months", "33%", "49%", "41%"],
             ["Overtime in more than 10 weeks", "7%", "21%", "14%"],
             ["Some overtime unpaid and not given back as time off", "6%", "23%", "15%"],
             ["Longest week worked: median hours", "44", "52", "47"]]
    P("Table 3: Overtime in the 12 months to June 2026, by whether the employer had signed the Fair Hours Pledge", cap,
      "*Table 3: Overtime in the 12 months to June 2026, by whether the employer had signed the Fair Hours Pledge*\n")
    t3 = Table([[Paragraph(h, cellb) for h in hdr3]] + [[Paragraph(v, cell) for v in r] for r in rows3],
               colWidths=[7.4 * cm, 3.2 * cm, 3.2 * cm, 2.0 * cm], repeatRows=1)
    t3.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EAADB"))]))
    story.append(t3)
    md += ["| " + " | ".join(hdr3) + " |", "|---|---:|---:|---:|"] + ["| " + " | ".join(r) + " |" for r in rows3] + [""]
    story.append(Spacer(1, 8))
    P("QA and community staff were the most likely to work weekends: 58% of QA testers and 52% of community "
      "managers worked at least one weekend day in the year, compared with 29% of programmers.",
      mdtext="QA and community staff were the most likely to work weekends: 58% of QA testers and 52% of community "
      "managers worked at least one weekend day in the year, compared with 29% of programmers.\n")
    P("5. Contracts, progression and training", h1, "## 5. Contracts, progression and training\n")
    for k in ["82% of respondents have permanent contracts; among QA testers it is 62% and among LQA testers 47%.",
              "The median probation period is 6 months; 3 months is usual at outsourcing vendors.",
              "Median time at level before promotion: junior to mid 26 months, mid to senior 41 months.",
              "29% of people who joined the industry since 2023 came through the Playable Futures scheme, "
              "24% through a games degree and 47% by other routes (other degrees, QA, modding, other industries).",
              "The median annual training budget per employee was TVM 800; 31% of respondents had no training budget at all."]:
        story.append(Paragraph(k, bullet, bulletText="•")); md.append(f"- {k}")
    md.append("")
    story.append(Spacer(1, 6))
    P("6. Method", h1, "## 6. Method\n")
    P("The survey was open to anyone working in a Tarvenian games studio and was promoted by TIEA, GWUT and "
      "Halden Play Week. Responses were weighted by studio size and region to match the TIEA studio register. "
      "The margin of error for national medians is about ±3%, and larger for small groups such as audio "
      "designers (n = 48). Contact: research@tiea.example.",
      mdtext="The survey was open to anyone working in a Tarvenian games studio and was promoted by TIEA, GWUT and "
      "Halden Play Week. Responses were weighted by studio size and region to match the TIEA studio register. "
      "The margin of error for national medians is about ±3%, and larger for small groups such as audio "
      "designers (n = 48). Contact: research@tiea.example.\n")
    for pg, notes in FOOTNOTES.items():
        for n, t in notes:
            md.append(f"[^{n}]: {t}")
    md.append("\n<!-- Footer on every page: \"TIEA Salary and Workforce Survey 2026\" left, \"Page N of M\" right. Footnotes 1-2 sit at the foot of page 1, footnote 3 at the foot of page 4. -->\n")

    doc = BaseDocTemplate(str(OUT), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm,
                          bottomMargin=3.6 * cm, title="TIEA Salary and Workforce Survey 2026", author="TIEA Research",
                          creator="Microsoft® Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="normal")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page)])
    doc.build(story, canvasmaker=NumberedCanvas)
    SRC.write_text("\n".join(md))


if __name__ == "__main__":
    build()
