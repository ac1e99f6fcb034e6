"""Write 'Playthrough_Issue31_Winter2026_pp36-37_Producers.pdf': a magazine feature laid out in two
columns, as exported from a DTP program: masthead strip, headline, standfirst and byline across the
page, then two text columns with a drop-capped first paragraph, a photo with a caption, a pull quote
that repeats a line from the text, a tinted sidebar box ("Producer pay at a glance") and folios with
magazine page numbers (36-37). Also writes src/<file>.md.

Run with a venv that has reportlab:  /work/scratch/s34/c9/venv/bin/python make_pdf_magazine.py
"""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, NextPageTemplate, Flowable)

HERE = Path(__file__).resolve().parent
NAME = "Playthrough_Issue31_Winter2026_pp36-37_Producers.pdf"
OUT = HERE.parent / "docs" / NAME
SRC = HERE.parent / "src" / (NAME + ".md")
W, H = A4
M = 15 * mm
GUT = 6 * mm
COLW = (W - 2 * M - GUT) / 2
RED = colors.HexColor("#C8102E")

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY, firstLineIndent=9)
body0 = ParagraphStyle("b0", parent=body, firstLineIndent=0)
subh = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=RED, spaceBefore=6, spaceAfter=2)
head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=34, leading=36, textColor=colors.HexColor("#111111"))
stand = ParagraphStyle("s", fontName="Helvetica", fontSize=13, leading=17, textColor=colors.HexColor("#333333"), spaceBefore=6)
byline = ParagraphStyle("by", fontName="Helvetica-Bold", fontSize=8.5, leading=11, textColor=RED, spaceBefore=6)
caption = ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=7.8, leading=9.6, textColor=colors.HexColor("#444444"), spaceBefore=2, spaceAfter=8)
pull = ParagraphStyle("p", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=RED, alignment=TA_CENTER)
side_h = ParagraphStyle("sdh", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=colors.white)
side = ParagraphStyle("sd", fontName="Helvetica", fontSize=8.2, leading=10.6)
sidec = ParagraphStyle("sdc", fontName="Helvetica", fontSize=7.8, leading=9.6)

md = []


class Photo(Flowable):
    def __init__(self, w, h, label):
        super().__init__(); self.w, self.h, self.label = w, h, label
    def wrap(self, aw, ah): return self.w, self.h
    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#7A8694")); c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9AA5B1")); c.circle(self.w * 0.3, self.h * 0.55, self.h * 0.22, stroke=0, fill=1)
        c.circle(self.w * 0.68, self.h * 0.5, self.h * 0.25, stroke=0, fill=1)


class Rule(Flowable):
    def __init__(self, w): super().__init__(); self.w = w
    def wrap(self, aw, ah): return self.w, 4
    def draw(self):
        self.canv.setStrokeColor(RED); self.canv.setLineWidth(1.5); self.canv.line(0, 2, self.w, 2)


def folio(c, doc):
    n = 35 + c.getPageNumber()
    c.setFont("Helvetica-Bold", 7.5); c.setFillColor(colors.HexColor("#555555"))
    if n % 2 == 0:
        c.drawString(M, 9 * mm, f"{n}   PLAYTHROUGH  |  WINTER 2026")
    else:
        c.drawRightString(W - M, 9 * mm, f"CAREERS  |  PLAYTHROUGH   {n}")
    c.setFillColor(RED); c.rect(M, H - 10 * mm, 22 * mm, 3 * mm, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 7); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M + 24 * mm, H - 9.6 * mm, "CAREERS  ·  FEATURE")


def P(text, st=body, mdtext=None, story=None):
    story.append(Paragraph(text, st))
    md.append((mdtext if mdtext is not None else text) + "\n")


def build():
    s = []
    # Page 1 header frame
    s.append(Paragraph("CAREERS IN GAMES", ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=9, textColor=RED, spaceAfter=6)))
    s.append(Paragraph("Keepers of the schedule", head))
    md.append("<!-- Magazine pages 36-37; running folios \"36 PLAYTHROUGH | WINTER 2026\" / \"CAREERS | PLAYTHROUGH 37\" and a \"CAREERS · FEATURE\" tab on every page. -->\n")
    md.append("CAREERS IN GAMES\n\n# Keepers of the schedule\n")
    P("Producers don't draw, code or compose. So why does every studio say it can't ship without them? "
      "We spent a month with the people who hold Tarvenia's games together.", stand, story=s,
      mdtext="**Producers don't draw, code or compose. So why does every studio say it can't ship without them? We spent a month with the people who hold Tarvenia's games together.**")
    P("WORDS: RUTH ANSELM   PHOTOGRAPHY: DAVIN KOLL", byline, story=s, mdtext="*Words: Ruth Anselm. Photography: Davin Koll*")
    s.append(FrameBreak())
    # Columns
    P('<font name="Helvetica-Bold" size="26" color="#C8102E">A</font>t 09:45 on a Tuesday in the Canal Quarter, '
      "Imke Sorvald is already on her third meeting. She is a senior producer at Brightwell Interactive, responsible for "
      "the 31 people who build each ten-week season of <i>Lanternfall</i>. Her job, she says, is \"to make sure that "
      "everyone knows what matters this week, and that nobody finds out on Friday that it wasn't possible.\"", body0, story=s,
      mdtext="At 09:45 on a Tuesday in the Canal Quarter, Imke Sorvald is already on her third meeting. She is a senior producer at Brightwell Interactive, responsible for the 31 people who build each ten-week season of *Lanternfall*. Her job, she says, is \"to make sure that everyone knows what matters this week, and that nobody finds out on Friday that it wasn't possible.\"")
    P("Production is the least visible job in games and one of the most in demand. The TIEA survey counted about 430 "
      "producers in Tarvenia this year, and studios told us it is the role they find hardest to fill after senior "
      "programmers. Almost none of them set out to do it.", story=s)
    s.append(Photo(COLW, 46 * mm, "photo"))
    P("Imke Sorvald (left) runs the Tuesday scope review for <i>Lanternfall</i>'s next season. Brightwell's season teams "
      "hold it every two weeks; a feature that slips twice is cut from the season.", caption, story=s,
      mdtext="*[Photo] Imke Sorvald (left) runs the Tuesday scope review for Lanternfall's next season. Brightwell's season teams hold it every two weeks; a feature that slips twice is cut from the season.*")
    P("What the job is", subh, story=s, mdtext="## What the job is")
    P("A producer owns the plan: what gets built, in what order, by whom, and by when. In a small studio the producer may "
      "also handle contracts, the budget and talking to the publisher. In a large one, the work is split: associate "
      "producers keep the task tracker and run daily stand-ups for one team, producers run a whole feature team or "
      "season, and senior or executive producers deal with the publisher, the budget and hiring.", story=s)
    P("Much of the job is the unglamorous kind. Sorvald spends Monday mornings checking the build plan against the "
      "certification calendar: each console submission must be booked weeks ahead, and a failed submission costs at "
      "least ten days. \"If I get that wrong, forty people do overtime. That's my real KPI: hours of overtime I caused.\"", story=s)
    s.append(Spacer(1, 4)); s.append(Rule(COLW))
    s.append(Paragraph("“If I get that wrong, forty people do overtime. That's my real KPI.”", pull))
    s.append(Rule(COLW)); s.append(Spacer(1, 6))
    md.append("> *Pull quote:* “If I get that wrong, forty people do overtime. That's my real KPI.”\n")
    P("How people get in", subh, story=s, mdtext="## How people get in")
    P("Of the fourteen producers we interviewed, six started in QA, three in design, two in community or customer "
      "support, and three came from outside games (event management, construction, a hospital ward). Nobody had a "
      "production degree, because no one in Tarvenia offers one.", story=s)
    P("The common first step is the <b>associate producer</b> job. At Northpaw Studios in Brissel, associate producers are "
      "hired from inside the studio first: the role is advertised internally for two weeks, and QA staff with at least "
      "12 months' service are encouraged to apply. \"Testers already know where the bodies are buried,\" says Northpaw's "
      "head of production, Bram Hessel. \"They know which systems break and who to ask.\"", story=s)
    P("Hessel's test for associate producers is a two-hour exercise, done in the studio: candidates get a made-up "
      "milestone, a team of eight with holidays and a sick programmer, and 40 tasks. They must produce a plan, say what "
      "they would cut, and write the email telling the publisher. \"The email tells me more than the plan.\"", story=s)
    P("The TIEA Production Certificate", subh, story=s, mdtext="## The TIEA Production Certificate")
    P("Since 2024 the trade association has run a part-time <b>Production Certificate</b>: 10 weeks of Thursday evening "
      "sessions in Halden or online, plus a final scheduling project. It costs TVM 1,450 (TIEA member studios usually pay), "
      "runs three times a year with 25 places each, and the next intake starts on 4 February 2027; applications close on "
      "8 January. Graduates we spoke to said it helped most with budgeting and with the vocabulary of publisher contracts.", story=s)
    P("Hours, and the crunch question", subh, story=s, mdtext="## Hours, and the crunch question")
    P("Producers sit in an awkward place in the overtime debate. They plan the work that causes it, and they are often "
      "the last to leave. Under the Fair Hours Agreement, producers at signatory studios must request overtime in writing "
      "at least five working days ahead and record it; leads and above are not paid for overtime but take it back as "
      "time off in lieu. Several producers told us their own hours are the ones nobody counts.", story=s)
    P("Hessel has a rule: a producer who asks a team for overtime works the same hours, in the studio. \"It changes how "
      "often you ask.\" Northpaw logged an average of 11 overtime hours per person across the whole of 2025.", story=s)
    # sidebar box
    rows = [[Paragraph("PRODUCER PAY AT A GLANCE", side_h)],
            [Paragraph("National medians from the TIEA Salary and Workforce Survey 2026. Add about 8% in the Capital Region.", side)],
            [Table([[Paragraph("<b>Level</b>", sidec), Paragraph("<b>Median</b>", sidec), Paragraph("<b>Typical years in games</b>", sidec)],
                    [Paragraph("Associate producer", sidec), Paragraph("TVM 34,000", sidec), Paragraph("0–3", sidec)],
                    [Paragraph("Producer", sidec), Paragraph("TVM 50,000", sidec), Paragraph("3–7", sidec)],
                    [Paragraph("Senior producer", sidec), Paragraph("TVM 66,000", sidec), Paragraph("7+", sidec)],
                    [Paragraph("Executive producer", sidec), Paragraph("TVM 85,000–110,000", sidec), Paragraph("12+", sidec)]],
                   colWidths=[COLW * 0.4 - 4, COLW * 0.3 - 4, COLW * 0.3 - 4],
                   style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8A99A"))]))],
            [Paragraph("<b>Promotion:</b> associate to producer took a median of 30 months among the producers we interviewed. "
                       "At Brightwell, promotion cases are heard in April and October.", side)],
            [Paragraph("<b>Where the jobs are:</b> 70% of producer roles are in Halden, mostly at Brightwell and Tessellate Publishing.", side)]]
    box = Table(rows, colWidths=[COLW])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RED), ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#F3E9DD")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Spacer(1, 6)); s.append(box); s.append(Spacer(1, 8))
    md.append("> **PRODUCER PAY AT A GLANCE** (sidebar box)\n>\n> National medians from the TIEA Salary and Workforce Survey 2026. Add about 8% in the Capital Region.\n>\n"
              "> | Level | Median | Typical years in games |\n> |---|---|---|\n> | Associate producer | TVM 34,000 | 0–3 |\n> | Producer | TVM 50,000 | 3–7 |\n"
              "> | Senior producer | TVM 66,000 | 7+ |\n> | Executive producer | TVM 85,000–110,000 | 12+ |\n>\n"
              "> **Promotion:** associate to producer took a median of 30 months among the producers we interviewed. At Brightwell, promotion cases are heard in April and October.\n>\n"
              "> **Where the jobs are:** 70% of producer roles are in Halden, mostly at Brightwell and Tessellate Publishing.\n")
    P("Is it for you?", subh, story=s, mdtext="## Is it for you?")
    P("Every producer we met described the same satisfaction: not making a thing, but seeing a team make it without "
      "burning out. If you like lists, can say no politely, and enjoy being the person others come to when something "
      "is stuck, Sorvald suggests a test: \"Offer to run the schedule for your next game jam. If you enjoyed the weekend "
      "more than usual, talk to us.\"", story=s)
    P("Brightwell and Northpaw are both hiring associate producers in early 2027; Brightwell's band is TVM 34,000–38,000 "
      "and Northpaw's TVM 33,000–37,000. Both will be at the Halden Play Week careers fair. ■", story=s)

    doc = BaseDocTemplate(str(OUT), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=14 * mm, bottomMargin=16 * mm,
                          title="Playthrough 31 - Keepers of the schedule", author="Playthrough",
                          creator="Adobe InDesign 19.2 (Macintosh)", producer="Adobe PDF Library 17.0")
    top = H - 14 * mm
    hdr_h = 62 * mm
    f_head = Frame(M, top - hdr_h, W - 2 * M, hdr_h, id="head", leftPadding=0, rightPadding=0)
    c1a = Frame(M, 16 * mm, COLW, top - hdr_h - 16 * mm - 4 * mm, id="c1a", leftPadding=0, rightPadding=0)
    c2a = Frame(M + COLW + GUT, 16 * mm, COLW, top - hdr_h - 16 * mm - 4 * mm, id="c2a", leftPadding=0, rightPadding=0)
    c1 = Frame(M, 16 * mm, COLW, top - 16 * mm - 2 * mm, id="c1", leftPadding=0, rightPadding=0)
    c2 = Frame(M + COLW + GUT, 16 * mm, COLW, top - 16 * mm - 2 * mm, id="c2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f_head, c1a, c2a], onPage=folio, autoNextPageTemplate="rest"),
                          PageTemplate(id="rest", frames=[c1, c2], onPage=folio)])
    doc.build(s)
    SRC.write_text("\n".join(md))


if __name__ == "__main__":
    build()
