#!/usr/bin/env python3
"""Write chapter 5 of a (fictional) published career book as a typeset PDF.

Imitates a trade paperback chapter exported from a typesetting system: 5.5 x 8.5 in pages numbered
from 87, a chapter opener with no running head and a drop cap, running heads that alternate
between the book title (verso, even pages) and the chapter title (recto, odd pages) with the page
number on the outer edge, justified Times text hyphenated at line ends (pyphen), superscript
footnote numbers in the text with the notes set at the foot of the page where they are cited, a
shaded sidebar box and a bar-chart figure with a caption.

Run from a venv with reportlab 4.x/5.x and pyphen:  python make_pdf_book_chapter.py
Writes docs/Marrack_ThinkingMachines_Ch5_CrossingOver.pdf and its src/ markdown.
"""
import os

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, ImageAndFlowables, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
SRC = os.path.join(HERE, "..", "src")
NAME = "Marrack_ThinkingMachines_Ch5_CrossingOver.pdf"

PAGE = (5.5 * inch, 8.5 * inch)
FIRST_FOLIO = 87
BOOK = "THINKING MACHINES, WORKING PEOPLE"
CHAPTER = "CROSSING OVER"
IN_L, OUT_R, TOP, BOT = 0.75 * inch, 0.6 * inch, 0.8 * inch, 0.75 * inch
FN_LINE = 10.2

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.2, leading=13.2, alignment=TA_JUSTIFY,
                      firstLineIndent=14, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
body_first = ParagraphStyle("body_first", parent=body, firstLineIndent=0)
h2 = ParagraphStyle("h2", fontName="Times-Bold", fontSize=10.5, leading=13, spaceBefore=12, spaceAfter=4, keepWithNext=1,
                    alignment=TA_LEFT)
box_title = ParagraphStyle("box_title", fontName="Helvetica-Bold", fontSize=8.6, leading=11, spaceAfter=4)
box_body = ParagraphStyle("box_body", fontName="Helvetica", fontSize=8.2, leading=10.6, alignment=TA_LEFT,
                          hyphenationLang="en_GB", spaceAfter=3)
box_bullet = ParagraphStyle("box_bullet", parent=box_body, leftIndent=9, bulletIndent=0, spaceAfter=2)
caption = ParagraphStyle("caption", fontName="Times-Italic", fontSize=8.6, leading=10.8, alignment=TA_LEFT,
                         spaceBefore=4, spaceAfter=8)
fn_style = ParagraphStyle("fn", fontName="Times-Roman", fontSize=7.8, leading=FN_LINE, alignment=TA_JUSTIFY,
                          hyphenationLang="en_GB")

FOOTNOTES = {
    1: "O. Hallund, M. Tevet and J. Ebbesen, ‘Who Builds the Models? A Survey of the Machine Learning Workforce in Belmora, 2026’ (University of Velden, 2027). The survey had 1,214 respondents.",
    2: "Stennet Bank, <i>Internal Mobility Policy</i> (2025), section 4.2. Secondees keep their grade; if the secondment becomes permanent they are re-graded on the Data Science &amp; Decisioning scale within three months.",
    3: "<i>National Agreement on Research Staff Pay 2025–27</i>, spine points 31 to 36.",
    4: "In 2026, 61 per cent of candidates passed at the first attempt.",
}


def fnref(n):
    # the anchor lets the canvas record which page the citation lands on
    return f'<a name="fnref{n}"/><super>{n}</super>'


class RecordingCanvas(Canvas):
    fn_pages = {}

    def bookmarkHorizontal(self, key, relativeX, relativeY, **kw):
        if key.startswith("fnref"):
            RecordingCanvas.fn_pages[int(key[5:])] = self.getPageNumber()
        return Canvas.bookmarkHorizontal(self, key, relativeX, relativeY, **kw)


class DropCap(Flowable):
    def __init__(self, letter, size=40):
        super().__init__()
        self.letter, self.size = letter, size
        self.width, self.height = size * 0.72, size * 0.82

    def wrap(self, aw, ah):
        return self.width, self.height

    def _restrictSize(self, aw, ah):  # ImageAndFlowables treats the drop cap like an image
        return self.width, self.height

    def draw(self):
        self.canv.setFont("Times-Bold", self.size)
        self.canv.setFillColor(colors.HexColor("#7A1F1F"))
        self.canv.drawString(0, 3, self.letter)


class ChapterOpener(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 1.55 * inch

    def draw(self):
        c = self.canv
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#7A1F1F"))
        c.drawString(0, 1.35 * inch, "CHAPTER 5")
        c.setFillColor(colors.black)
        c.setFont("Times-Bold", 24)
        c.drawString(0, 0.95 * inch, "Crossing Over")
        c.setFont("Times-Italic", 11)
        c.drawString(0, 0.68 * inch, "From the codebase and the lab into machine learning")
        c.setStrokeColor(colors.HexColor("#7A1F1F"))
        c.setLineWidth(0.8)
        c.line(0, 0.45 * inch, 0.9 * inch, 0.45 * inch)


def figure():
    d = Drawing(3.9 * inch, 1.85 * inch)
    data = [("Software engineering", 9), ("Academic research", 8), ("Data or BI analyst", 12),
            ("Other engineering", 14), ("Non-technical job", 19)]
    x0, y0, bw, gap, scale = 100, 14, 11, 9, 11.5
    d.add(Line(x0, y0 - 4, x0, y0 + len(data) * (bw + gap), strokeColor=colors.black, strokeWidth=0.5))
    for i, (lab, v) in enumerate(reversed(data)):
        y = y0 + i * (bw + gap)
        d.add(Rect(x0, y, v * scale, bw, fillColor=colors.HexColor("#8C8C8C"), strokeColor=None))
        d.add(String(x0 - 4, y + 3, lab, fontName="Helvetica", fontSize=7, textAnchor="end"))
        d.add(String(x0 + v * scale + 3, y + 3, str(v), fontName="Helvetica", fontSize=7))
    d.add(String(x0, 2, "months", fontName="Helvetica-Oblique", fontSize=6.5))
    return d


def sidebar(width):
    paras = [
        Paragraph("BOX 5.1&nbsp;&nbsp;WHAT A SWITCH COSTS", box_title),
        Paragraph("The cheapest route is the one most people take: learning on the job or in the evenings, at the cost "
                  "of time. The median time from deciding to switch to starting a first ML job was 11 months in the 2026 survey.", box_body),
        Paragraph("If you pay for help, the main options in 2027 are:", box_body),
        Paragraph("Gradient Yard’s 16-week bootcamp: BMK 9,200, or a deferred fee capped at BMK 13,000.", box_bullet, bulletText="•"),
        Paragraph("The University of Velden’s MSc Applied Machine Learning: BMK 14,800 for home students, plus a year without salary.", box_bullet, bulletText="•"),
        Paragraph("The BSMI’s Certified ML Practitioner exam: BMK 390 for members or BMK 520 otherwise, with a pass mark of 68 per cent." + fnref(4), box_bullet, bulletText="•"),
        Paragraph("For an engineer earning BMK 70,000, the real cost of the MSc is close to BMK 85,000 once the lost salary "
                  "is counted. That is why most engineers choose the evenings.", box_body),
    ]
    t = Table([[p] for p in paras], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8E4DC")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#7A1F1F")),
    ]))
    return t


OPENING = ("he most common question I am asked at careers events is not which role pays best or which company is "
           "hiring. It is a quieter one, usually asked at the end, when the crowd has thinned: <i>Is it too late for me?</i> "
           "The person asking is almost always a software engineer with five or ten years behind them, or a researcher coming "
           "to the end of a second postdoc. The answer, in Belmora in 2026, is almost always no. But the route across is "
           "different for the two groups, and each of them tends to overestimate what they lack and underestimate what they "
           "already have.")

SECTIONS = [
    (None, [
        "In the 2026 workforce survey, 29 per cent of people working in machine learning in Belmora had come from software "
        "engineering and 14 per cent from academic research." + fnref(1) + " Between them, the two groups make up more than "
        "two fifths of the field. This chapter is about how they got there, and what the ones who did it well have in common.",
    ]),
    ("The codebase door", [
        "Software engineers usually arrive through the engineering side of machine learning: MLOps, ML infrastructure, or "
        "the kind of machine learning engineering that is mostly about getting models into production and keeping them "
        "there. This is not a consolation prize. At Auklet Labs the ML infrastructure team keeps the training cluster "
        "running, and its senior engineers are paid on the same L5 band as everyone else at that level, BMK 112,000 to "
        "126,000 in Velden.",
        "The fastest switches I have seen were internal. Stennet Bank, for example, lets any employee with twelve months in "
        "their current role apply for a six-month secondment into its Data Science &amp; Decisioning team, keeping their "
        "grade and salary; about half of the secondees are offered a permanent move at the end." + fnref(2) + " Auklet runs "
        "something similar for its platform engineers, who can spend one day a week on a research team for two quarters "
        "before applying for a transfer. If your employer has a data science team, ask about such arrangements before you "
        "start applying elsewhere; the answer is often yes even when nothing is written down.",
        "For switchers from software engineering the pay change is usually modest. The survey’s median was a rise of 9 per "
        "cent, and a fifth of switchers took a cut, usually because they moved from a senior engineering grade to a "
        "mid-level machine learning grade. That is a reasonable trade if the new job is the one you want, but it is worth "
        "knowing before the offer arrives rather than after.",
        "Software engineers tend to think the gap is mathematics. It rarely is. What catches them out in interviews is "
        "evaluation: the idea that a model which passes every test can still be wrong in ways nobody measured, and that "
        "choosing the test set is itself a design decision with consequences. An engineer who can explain why a random split "
        "would have leaked information between training and test data, and what they did instead, is already ahead of most "
        "candidates. The other thing that catches engineers out is patience. Training runs take hours or days, experiments "
        "fail for reasons that take a week to understand, and the loop of compile, test and deploy is replaced by one of "
        "hypothesise, run, wait and squint.",
    ]),
    ("The lab door", [
        "Researchers face the opposite problem. They know how to design an experiment, read a paper and stay with a hard "
        "problem for months. What they often lack is the habit of shipping: tests, code review, deployment, and the "
        "discipline of making something that someone else will have to run at three in the morning.",
        "The financial case for leaving academia is strong. University postdoctoral scales in Belmora run from BMK 46,000 to "
        "52,000," + fnref(3) + " while the median research scientist earns BMK 108,000 and the median applied scientist "
        "BMK 92,000. Switchers from academia in the survey reported a median rise of 31 per cent in their first industry job, "
        "and that figure understates the gap after two or three years.",
        "The first decision is which kind of job to aim for. Research scientist posts are few and concentrated in Velden, "
        "and Auklet Labs has most of them. They are judged on publications and on a research talk (Auklet asks for "
        "45 minutes in its onsite loop), and a new PhD is usually hired at L4, an experienced postdoc at L5. Applied "
        "scientist roles, in banks, health-tech companies and the chip industry, are far more numerous and are judged on "
        "whether you can take a messy problem all the way to something deployed. Most of the academics I spoke to had "
        "applied for research posts first, been turned down, and then discovered that they preferred applied work.",
    ]),
    ("SIDEBAR", []),
    ("Portfolios that persuade", [
        "Whichever door you come through, you will need something to show. The portfolios that worked for the people in this "
        "chapter shared three features. They were small: one project done properly beat five half-finished ones. They were "
        "honest about evaluation: the README said what the model was evaluated on, how, and where it failed. And they were "
        "about a real problem, preferably a Belmoran one. Open Data Belmora publishes ferry timetables, hospital waiting "
        "times, energy demand and planning applications under an open licence; a model built on any of them starts a "
        "conversation in an interview that yet another model of a famous benchmark does not.",
        "FIGURE",
        "Researchers should translate their papers into problems and results. <i>Reduced the error of a structure model by "
        "18 per cent by redesigning the evaluation split</i> tells a hiring manager more than a citation count. Engineers "
        "should show the machine learning they are least sure about, not the infrastructure they could build in their sleep.",
    ]),
    ("Timing the move", [
        "Finally, think about timing. Notice periods in Belmora are long by international standards: three months is normal "
        "for senior engineers, and Silvane Semiconductor requires three months at every grade. Academic contracts end on "
        "fixed dates, which can be an advantage, because employers will often hold an offer for a postdoc whose contract "
        "ends in three months; that is no longer than they would wait for anyone else. The people who struggled most were "
        "those who resigned before they had an offer and then found that the hiring processes they were counting on took "
        "six weeks longer than advertised. The median hiring process in the survey took 34 days from application to offer, "
        "and government processes took 58.",
    ]),
]

FIG_CAPTION = ("<b>Figure 5.1</b>&nbsp;&nbsp;Median months from deciding to switch to starting a first machine learning "
               "job, by previous job. Source: 2026 workforce survey, respondents who had switched from another job (n = 731).")


def story(frame_w):
    s = [ChapterOpener(), Spacer(1, 6)]
    s.append(ImageAndFlowables(DropCap("T"), [Paragraph(OPENING, body_first)], imageLeftPadding=0,
                               imageRightPadding=3, imageTopPadding=0, imageSide="left"))
    for title, paras in SECTIONS:
        if title == "SIDEBAR":
            s.append(Spacer(1, 8))
            s.append(sidebar(frame_w))
            s.append(Spacer(1, 4))
            continue
        if title:
            s.append(Paragraph(title, h2))
        for i, p in enumerate(paras):
            if p == "FIGURE":
                s.append(KeepTogether([Spacer(1, 4), figure(), Paragraph(FIG_CAPTION, caption)]))
                continue
            s.append(Paragraph(p, body_first if (i == 0 and title) else body))
    return s


def fn_height(notes, width):
    h = 0
    for n in notes:
        p = Paragraph(f"<super>{n}</super>&nbsp;{FOOTNOTES[n]}", fn_style)
        h += p.wrap(width, 1000)[1] + 2
    return h + (12 if notes else 0)


def build(fn_pages):
    """One page template per page; each frame is shortened by the height of that page's footnotes."""
    RecordingCanvas.fn_pages = {}
    w, h = PAGE
    templates = []
    for pg in range(1, 12):
        folio = FIRST_FOLIO + pg - 1
        recto = folio % 2 == 1
        left = IN_L if recto else OUT_R
        fw = w - IN_L - OUT_R
        notes = sorted(n for n, p in fn_pages.items() if p == pg)
        reserve = fn_height(notes, fw) + (8 if notes else 0)
        frame = Frame(left, BOT + reserve, fw, h - TOP - BOT - reserve, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=f"f{pg}")

        def on_page(c, doc, pg=pg, folio=folio, recto=recto, left=left, fw=fw, notes=notes):
            c.saveState()
            if pg == 1:
                c.setFont("Times-Roman", 8.5)
                c.drawCentredString(left + fw / 2, BOT - 26, str(folio))
            else:
                c.setFont("Times-Roman", 7.8)
                if recto:
                    c.drawRightString(left + fw - 22, h - TOP + 22, CHAPTER)
                    c.drawRightString(left + fw, h - TOP + 22, str(folio))
                else:
                    c.drawString(left, h - TOP + 22, str(folio))
                    c.drawString(left + 22, h - TOP + 22, BOOK)
            if notes:
                y = BOT + fn_height(notes, fw) - 6
                c.setLineWidth(0.4)
                c.line(left, y, left + 1.2 * inch, y)
                y -= 4
                for n in notes:
                    p = Paragraph(f"<super>{n}</super>&nbsp;{FOOTNOTES[n]}", fn_style)
                    pw, ph = p.wrap(fw, 1000)
                    p.drawOn(c, left, y - ph)
                    y -= ph + 2
            c.restoreState()

        templates.append(PageTemplate(id=f"p{pg}", frames=[frame], onPage=on_page))

    class Doc(BaseDocTemplate):
        def afterPage(self):
            nxt = self.page + 1
            self.handle_nextPageTemplate(f"p{nxt}")

    path = os.path.join(DOCS, NAME)
    doc = Doc(path, pagesize=PAGE, pageTemplates=templates, title="Thinking Machines, Working People – Chapter 5: Crossing Over",
              author="Ilse Marrack", subject="Harbour Quarter Press, Velden, 2026", creator="Harbour Quarter Press typesetting",
              producer="PDFlib+PDI 9.3.1 (Linux)")
    doc.build(story(PAGE[0] - IN_L - OUT_R), canvasmaker=RecordingCanvas)
    return dict(RecordingCanvas.fn_pages)


def write_src(fn_pages):
    import re

    def plain(t):
        t = re.sub(r'<a name="fnref(\d+)"/><super>\d+</super>', r'[^\1]', t)
        t = t.replace("<i>", "*").replace("</i>", "*").replace("&amp;", "&").replace("&nbsp;", " ")
        return re.sub(r"<[^>]+>", "", t)
    out = ["# Chapter 5: Crossing Over", "",
           "*From the codebase and the lab into machine learning*", "",
           "<!-- Ilse Marrack, Thinking Machines, Working People: A Career Guide to AI in Belmora (Harbour Quarter Press, "
           "2026), pages 87 onwards. Page 87 is the chapter opener with a drop cap \"T\" and the folio at the foot; later "
           "pages carry running heads, \"N THINKING MACHINES, WORKING PEOPLE\" on even (verso) pages and \"CROSSING OVER N\" "
           "on odd (recto) pages. Text is justified and hyphenated. Footnotes are set at the foot of the page where they "
           "are cited (" + ", ".join(f"note {n} on p. {FIRST_FOLIO + p - 1}" for n, p in sorted(fn_pages.items())) + "). -->", "",
           plain("T" + OPENING), ""]
    for title, paras in SECTIONS:
        if title == "SIDEBAR":
            out += ["> **Box 5.1 What a switch costs**", ">",
                    "> The cheapest route is the one most people take: learning on the job or in the evenings, at the cost of "
                    "time. The median time from deciding to switch to starting a first ML job was 11 months in the 2026 survey.", ">",
                    "> If you pay for help, the main options in 2027 are:", ">",
                    "> - Gradient Yard’s 16-week bootcamp: BMK 9,200, or a deferred fee capped at BMK 13,000.",
                    "> - The University of Velden’s MSc Applied Machine Learning: BMK 14,800 for home students, plus a year without salary.",
                    "> - The BSMI’s Certified ML Practitioner exam: BMK 390 for members or BMK 520 otherwise, with a pass mark of 68 per cent.[^4]", ">",
                    "> For an engineer earning BMK 70,000, the real cost of the MSc is close to BMK 85,000 once the lost salary "
                    "is counted. That is why most engineers choose the evenings.", ""]
            continue
        if title:
            out += ["## " + title, ""]
        for p in paras:
            if p == "FIGURE":
                out += ["| Previous job | Median months to first ML job |", "|---|---|",
                        "| Software engineering | 9 |", "| Academic research | 8 |", "| Data or BI analyst | 12 |",
                        "| Other engineering | 14 |", "| Non-technical job | 19 |", "",
                        "*" + plain(FIG_CAPTION).replace("Figure 5.1  ", "Figure 5.1 ") + "*",
                        "<!-- Figure 5.1 is a horizontal bar chart; the values are the bar labels. -->", ""]
                continue
            out += [plain(p), ""]
    for n, t in FOOTNOTES.items():
        out.append(f"[^{n}]: {plain(t)}")
    with open(os.path.join(SRC, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    fn_pages = {}
    for _ in range(5):  # iterate until the footnotes sit on the pages that cite them
        new = build(fn_pages)
        if new == fn_pages:
            break
        fn_pages = new
    write_src(fn_pages)
    print("wrote", NAME, "footnote pages:", {n: FIRST_FOLIO + p - 1 for n, p in fn_pages.items()})


if __name__ == "__main__":
    main()
