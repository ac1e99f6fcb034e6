"""Writes docs/Training contracts _ Graduate careers _ Castellan Rourke.pdf and its src/ markdown.

The PDF imitates a law firm's graduate-recruitment web page printed with a Chromium browser's
"Save as PDF" (headers and footers on): A4 with the browser's small header (date and time at the
left, the page <title> in the centre) and footer (the URL at the left, "N/M" at the right) in the
margins; the site's navigation bar, breadcrumb and skip link printed as plain text at the top; the
page itself in a web sans font with headings, lists, a pay table with shaded header, a numbered
process and an FAQ; the site footer at the end; and the fixed-position cookie consent banner printed
ON TOP OF page one (drawn after the page content, so its text and the text underneath are both in
the text layer). Producer/Creator strings are Chromium's.

Run with a venv that has reportlab:  python make_pdf_browser_print.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, ListFlowable, ListItem, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

ROOT = Path(__file__).resolve().parent.parent
NAME = "Training contracts _ Graduate careers _ Castellan Rourke.pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Light", FD + "DejaVuSans-ExtraLight.ttf"))
LD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans", boldItalic="Sans-Bold")

PAGE_TITLE = "Training contracts | Graduate careers | Castellan Rourke"
URL = "https://www.castellanrourke.hv/careers/graduates/training-contracts"
PRINTED = "15/03/2026, 10:42"

NAVY = colors.HexColor("#14213D")
GOLD = colors.HexColor("#B08D57")
GREY = colors.HexColor("#5A5A5A")

S = {
    "nav": ParagraphStyle("nav", fontName="Sans", fontSize=7.5, leading=10, textColor=GREY),
    "brand": ParagraphStyle("brand", fontName="Sans-Bold", fontSize=13, leading=16, textColor=NAVY),
    "crumb": ParagraphStyle("crumb", fontName="Sans", fontSize=7.5, leading=10, textColor=GREY, spaceBefore=6, spaceAfter=10),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=24, leading=29, textColor=NAVY, spaceAfter=6),
    "lead": ParagraphStyle("lead", fontName="Sans-Light", fontSize=12.5, leading=17, textColor=NAVY, spaceAfter=12),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=14.5, leading=19, textColor=NAVY, spaceBefore=14, spaceAfter=6),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=10.5, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="Sans", fontSize=9, leading=13.5, textColor=colors.HexColor("#222222"), spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=8.5, leading=11),
    "cellh": ParagraphStyle("cellh", fontName="Sans-Bold", fontSize=8.5, leading=11, textColor=colors.white),
    "stat": ParagraphStyle("stat", fontName="Sans-Bold", fontSize=18, leading=21, textColor=GOLD),
    "statl": ParagraphStyle("statl", fontName="Sans", fontSize=7.5, leading=9.5, textColor=GREY),
    "foot": ParagraphStyle("foot", fontName="Sans", fontSize=7, leading=9.5, textColor=colors.HexColor("#DDDDDD")),
}

NAV_TEXT = "Skip to main content"
NAV_ITEMS = ["About us", "Our people", "Expertise", "Insights", "Careers", "Contact", "Search", "Menu"]
CRUMB = "Home  /  Careers  /  Graduates  /  Training contracts"

# (kind, payload) used for both the PDF and the markdown
CONTENT = [
    ("h1", "Training contracts"),
    ("lead", "Start your legal career at Castellan Rourke. We offer 38 training contracts each year: 30 in Ostraven and 8 in Kelbridge."),
    ("p", "Castellan Rourke is one of Halvenna's largest commercial law firms, with 640 lawyers in Ostraven, Kelbridge and Port Arden. We act for banks, energy and infrastructure companies, public bodies and fast-growing businesses. Our trainees work on that client work from their first week: you will not spend two years photocopying."),
    ("stats", [("38", "training contracts a year"), ("87%", "of trainees kept on at qualification in 2025"), ("41%", "of our 2025 intake studied a subject other than law")]),
    ("h2", "How the training contract works"),
    ("p", "The training contract lasts 24 months and is made up of four seats of six months each. You tell us your preferences before each rotation, and we try to give every trainee at least one of their top two choices. Every trainee does at least one contentious seat (Disputes, Employment, or Competition & Regulatory), and every trainee is offered a six-month secondment, either to a client's in-house legal team or to our Port Arden office."),
    ("p", "Your supervisor is a senior associate or partner who sits with you and reviews your work. You also have a mid-seat and an end-of-seat review, a trainee buddy from the year above and a partner mentor for the whole two years. The training contract counts as the qualifying work experience you need to be admitted as a solicitor, and you sit the SAE2 in the April of your first year."),
    ("h3", "If you already have qualifying work experience"),
    ("p", "Candidates who join with at least six months of confirmed qualifying work experience (for example as a paralegal) can ask to complete the training contract in 18 months instead of 24. Salary and seats are the same; you simply do three seats."),
    ("h2", "Pay and benefits"),
    ("table", [
        ["", "Ostraven", "Kelbridge"],
        ["Trainee salary, year 1", "HVM 52,000", "HVM 44,500"],
        ["Trainee salary, year 2", "HVM 56,000", "HVM 48,000"],
        ["Newly qualified (NQ) solicitor", "HVM 92,000", "HVM 71,000"],
        ["SAE1 and SAE2 fees and preparation course", "Paid by the firm", "Paid by the firm"],
        ["Maintenance grant for the SAE study year", "HVM 9,500", "HVM 8,000"],
        ["Summer vacation scheme pay", "HVM 650 a week", "HVM 650 a week"],
    ]),
    ("p", "All trainees have 25 days' annual leave plus public holidays, a pension with a 5% employer contribution, private medical cover, an interest-free season ticket loan and a HVM 1,000 relocation payment if you move more than 80 km to join us. Trainees moving between offices for a seat are paid at the rate for the office they are working in."),
    ("h2", "Hours and chargeable time"),
    ("p", "We do not set trainees a chargeable-hours target. We do ask you to record all of your time accurately every day, and as a guide trainees record around 6.5 chargeable hours a day over a seat. Most trainees work from about 09:00 to 19:00; there will be later nights when a transaction is completing or a trial is approaching, and quieter weeks too. Associates have an annual target of 1,650 chargeable hours, which is lower in the first year after qualification."),
    ("h2", "Ways in"),
    ("bullets", [
        "**Spring insight days** (2 days in April, 60 places): for first-year undergraduates and second-years on four-year courses. Applications close 15 November 2026.",
        "**Summer vacation schemes** (3 weeks, 48 places across Ostraven and Kelbridge): for penultimate-year students, finalists, graduates and career changers. Two schemes in 2027: 21 June to 9 July and 19 July to 6 August. Applications close 8 December 2026.",
        "**Direct training contract applications** for a September 2028 start: open to anyone who cannot do a vacation scheme. Applications close 30 June 2027.",
    ]),
    ("p", "Most of our trainees are recruited through the vacation schemes: in 2025, 29 of the 38 training contracts we offered went to people who had done one."),
    ("h2", "Our selection process"),
    ("numbers", [
        "**Online application.** Your education and experience, and three questions of up to 300 words each. We do not ask for a covering letter.",
        "**CR Reasoning Test.** A 40-minute online critical reasoning test, sent within a week of your application.",
        "**Video interview.** Five recorded questions; you have two minutes to answer each.",
        "**Assessment centre.** A day in Ostraven or Kelbridge: a group exercise, a 60-minute written case study and a 45-minute interview with two partners. Vacation scheme candidates have a shorter interview and do the case study during the scheme.",
    ]),
    ("p", "We tell you the outcome of each stage within five working days. We do not set a minimum degree classification or school-leaving grades, and we use contextual recruitment data so that we can see what you achieved against the opportunities you had."),
    ("h2", "Frequently asked questions"),
    ("h3", "Can I defer my start date?"),
    ("p", "Yes, by one year, if you ask before you accept our offer. We can agree deferrals after that only in exceptional circumstances."),
    ("h3", "I have already passed the SAE1. Will you still support me?"),
    ("p", "Yes. We will pay for the SAE2 and its preparation course, and you will start your training contract in the March or September after your offer rather than waiting for the next September intake."),
    ("h3", "Do you sponsor visas?"),
    ("p", "We can sponsor trainees who need a work permit. Tell us on your application form; it does not affect how we assess you."),
    ("h3", "Who can I talk to?"),
    ("p", "Our graduate recruitment team, led by Deborah Quell, answers questions at graduates@castellanrourke.hv. You can also meet us at Routes into Law, the University of Ostraven careers evening, on 15 October 2026."),
]

SITE_FOOTER = [
    "Castellan Rourke LLP is a limited liability partnership registered in Halvenna with number OC-318842. It is authorised and regulated by the Law Society of Halvenna (firm number 604417). A list of members is available at our registered office, 12 Bastion Quay, Ostraven OS1 2BQ.",
    "Privacy notice  |  Cookies  |  Accessibility  |  Legal notices  |  Modern slavery statement  |  Complaints",
    "© Castellan Rourke 2026",
]

COOKIE_TITLE = "We value your privacy"
COOKIE_TEXT = ("We use cookies to make our website work and, with your consent, to understand how you use it and to "
               "show you content that is relevant to you. You can change your choice at any time in Cookie settings.")
COOKIE_BUTTONS = ["Accept all cookies", "Reject non-essential", "Cookie settings"]


def md_inline(s):
    return s  # the ** markup is already markdown


def rl_inline(s):
    import re
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s.replace("&", "&amp;"))


def story():
    out = []
    nav = Table([[Paragraph("Castellan Rourke", S["brand"]), Paragraph("&nbsp;&nbsp;&nbsp;".join(NAV_ITEMS), S["nav"])]],
                colWidths=[55 * mm, None], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#DDDDDD")),
                                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out += [Paragraph(NAV_TEXT, S["nav"]), nav, Paragraph(CRUMB.replace("/", "&#8250;"), S["crumb"])]
    for kind, payload in CONTENT:
        if kind in ("h1", "lead", "h2", "h3", "p"):
            out.append(Paragraph(rl_inline(payload), S[kind]))
        elif kind == "stats":
            row = [[Paragraph(n, S["stat"]), Paragraph(label, S["statl"])] for n, label in payload]
            t = Table([row], colWidths=[None] * 3)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F1EA")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LINEBEFORE", (1, 0), (-1, -1), 0.5, GOLD)]))
            out += [Spacer(1, 4), t, Spacer(1, 6)]
        elif kind == "table":
            data = [[Paragraph(c, S["cellh"] if i == 0 else S["cell"]) for c in row] for i, row in enumerate(payload)]
            t = Table(data, colWidths=[80 * mm, 45 * mm, 45 * mm], repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F5F5")]),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#CCCCCC")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out += [t, Spacer(1, 8)]
        elif kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(rl_inline(x), S["p"]), leftIndent=14) for x in payload]
            if kind == "bullets":
                out.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14, bulletFontName="Sans", bulletFontSize=8))
            else:
                out.append(ListFlowable(items, bulletType="1", leftIndent=14, bulletFontName="Sans-Bold", bulletFontSize=9, bulletColor=NAVY))
    foot = Table([[Paragraph(x, S["foot"])] for x in SITE_FOOTER], colWidths=[None])
    foot.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (0, 0), 12), ("BOTTOMPADDING", (0, -1), (0, -1), 12)]))
    out += [Spacer(1, 18), KeepTogether(foot)]
    return out


class Doc(BaseDocTemplate):
    def __init__(self, path, total):
        super().__init__(path, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                         title=PAGE_TITLE, author="", creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.94 Safari/537.36",
                         producer="Skia/PDF m122")
        self.total = total
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.chrome, onPageEnd=self.cookie)])

    def chrome(self, c, doc):
        w, h = A4
        c.saveState()
        c.setFont("Arial", 7)
        c.setFillColor(colors.black)
        c.drawString(8 * mm, h - 7 * mm, PRINTED)
        c.drawCentredString(w / 2, h - 7 * mm, PAGE_TITLE)
        c.drawString(8 * mm, 6 * mm, URL)
        c.drawRightString(w - 8 * mm, 6 * mm, f"{doc.page}/{self.total}")
        c.restoreState()

    def cookie(self, c, doc):
        if doc.page != 1:
            return
        w, h = A4
        c.saveState()
        x, y, bw, bh = 16 * mm, h - 118 * mm, w - 32 * mm, 46 * mm
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.rect(x, y, bw, bh, fill=1, stroke=1)
        c.setFillColor(NAVY)
        c.setFont("Sans-Bold", 11)
        c.drawString(x + 8 * mm, y + bh - 10 * mm, COOKIE_TITLE)
        c.setFont("Sans", 8)
        c.setFillColor(colors.HexColor("#222222"))
        p = Paragraph(COOKIE_TEXT, ParagraphStyle("ck", fontName="Sans", fontSize=8, leading=11))
        pw, ph = p.wrap(bw - 16 * mm, 30 * mm)
        p.drawOn(c, x + 8 * mm, y + bh - 13 * mm - ph)
        bx = x + 8 * mm
        for i, label in enumerate(COOKIE_BUTTONS):
            tw = pdfmetrics.stringWidth(label, "Sans-Bold", 8) + 10 * mm
            c.setFillColor(NAVY if i == 0 else colors.white)
            c.setStrokeColor(NAVY)
            c.roundRect(bx, y + 5 * mm, tw, 8 * mm, 2, fill=1, stroke=1)
            c.setFillColor(colors.white if i == 0 else NAVY)
            c.setFont("Sans-Bold", 8)
            c.drawCentredString(bx + tw / 2, y + 7.8 * mm, label)
            bx += tw + 4 * mm
        c.restoreState()


def build():
    probe = Doc(str(OUT), 0)
    probe.build(story())
    total = probe.page
    Doc(str(OUT), total).build(story())
    return total


def markdown(total):
    out = [f"<!-- Text of docs/{NAME} as a reader sees it: a web page printed from Chromium, {total} pages. -->",
           f"<!-- Browser header on every page: \"{PRINTED}\" (left) and \"{PAGE_TITLE}\" (centre). -->",
           f"<!-- Browser footer on every page: \"{URL}\" (left) and \"N/{total}\" (right). -->",
           f"<!-- Printed site chrome at the top of page 1: \"{NAV_TEXT}\", the brand \"Castellan Rourke\" and the menu \"{'  '.join(NAV_ITEMS)}\", breadcrumb \"{CRUMB}\". -->",
           "<!-- A cookie banner is printed over the upper half of page 1, covering the end of the introduction and the figures box: -->",
           f"<!--   \"{COOKIE_TITLE}. {COOKIE_TEXT}\" with buttons {', '.join(COOKIE_BUTTONS)}. -->", ""]
    for kind, payload in CONTENT:
        if kind == "h1":
            out += [f"# {payload}", ""]
        elif kind == "lead":
            out += [f"**{payload}**", ""]
        elif kind == "h2":
            out += [f"## {payload}", ""]
        elif kind == "h3":
            out += [f"### {payload}", ""]
        elif kind == "p":
            out += [payload, ""]
        elif kind == "stats":
            out += [" · ".join(f"**{n}** {label}" for n, label in payload), ""]
        elif kind == "table":
            out.append("| " + " | ".join(payload[0]) + " |")
            out.append("|" + "---|" * len(payload[0]))
            out += ["| " + " | ".join(r) + " |" for r in payload[1:]]
            out.append("")
        elif kind == "bullets":
            out += [f"- {x}" for x in payload] + [""]
        elif kind == "numbers":
            out += [f"{i}. {x}" for i, x in enumerate(payload, 1)] + [""]
    out += ["---", ""] + [x + "\n" for x in SITE_FOOTER]
    return "\n".join(out)


if __name__ == "__main__":
    n = build()
    SRC.write_text(markdown(n), encoding="utf-8")
    print("wrote", OUT.name, n, "pages")
