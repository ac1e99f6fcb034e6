"""Writes docs/SRO Tax Trainee Programme 2026 - Candidate Information Pack.pdf and its src/ markdown.

The PDF imitates a Google Doc downloaded with File > Download > PDF document: A4, 1-inch margins,
Arial (Liberation Sans, metric-compatible, embedded), the Google Docs default paragraph styles (Title
26pt, Subtitle 15pt grey, Heading 1 20pt, Heading 2 16pt, Heading 3 14pt grey, Normal 11pt with 1.15
line spacing), bulleted lists with the "●" glyph, tables with 1pt black borders and a bold first row,
blue underlined links with link annotations, and the page number (inserted with Insert > Page number)
right-aligned in the footer. The Info dictionary carries the Producer string Google Docs uses.

Run with a venv that has reportlab:  python make_pdf_gdocs.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

ROOT = Path(__file__).resolve().parent.parent
NAME = "SRO Tax Trainee Programme 2026 - Candidate Information Pack.pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic", boldItalic="Arial-Bold")

GREY = colors.HexColor("#666666")
LINK = colors.HexColor("#1155cc")
S = {
    "Title": ParagraphStyle("Title", fontName="Arial", fontSize=26, leading=30, spaceAfter=4),
    "Subtitle": ParagraphStyle("Subtitle", fontName="Arial", fontSize=15, leading=18, textColor=GREY, spaceAfter=16),
    "H1": ParagraphStyle("H1", fontName="Arial", fontSize=20, leading=24, spaceBefore=20, spaceAfter=6),
    "H2": ParagraphStyle("H2", fontName="Arial", fontSize=16, leading=20, spaceBefore=18, spaceAfter=6),
    "H3": ParagraphStyle("H3", fontName="Arial", fontSize=14, leading=17, textColor=colors.HexColor("#434343"), spaceBefore=16, spaceAfter=4),
    "Normal": ParagraphStyle("Normal", fontName="Arial", fontSize=11, leading=12.65 * 1.15, alignment=TA_LEFT, spaceAfter=6),
    "Cell": ParagraphStyle("Cell", fontName="Arial", fontSize=10, leading=12.5),
    "CellB": ParagraphStyle("CellB", fontName="Arial-Bold", fontSize=10, leading=12.5),
}


def link(text, url):
    return f'<link href="{url}" color="#1155cc"><u>{text}</u></link>'


# Each block: (kind, payload). Used both for the PDF and the markdown.
BLOCKS = [
    ("Title", "Tax Trainee Programme 2026"),
    ("Subtitle", "Candidate information pack · Solvany Revenue Office"),
    ("Normal", "Thank you for your interest in the Solvany Revenue Office (SRO) Tax Trainee Programme. This pack explains what the programme involves, what it pays, who can apply and how we select. Please read it before you start your application: most of the questions we receive are answered here."),
    ("H1", "About the programme"),
    ("Normal", "The Tax Trainee Programme is a 24-month paid training programme that turns graduates and experienced finance staff into tax officers. You will work on real cases from your first month, supported by a team leader and a technical mentor, and study for two qualifications: the SRO's internal Revenue Technical Certificate and the SIAF P3 Taxation paper, which we fund."),
    ("Normal", "We are recruiting <b>60 trainees</b> to start on <b>7 September 2026</b>. In 2025 we received 4,180 applications for the same number of places."),
    ("H2", "Places by location"),
    ("Table", [["Location", "Places", "Teams recruiting"],
               ["Merrin", "24", "Large Business; Private Client; VAT and Customs"],
               ["Caddon", "14", "Large Business; Employer Compliance"],
               ["Tollin", "12", "Financial Services; Private Client"],
               ["Brayle", "10", "Employer Compliance; Small Business"]]),
    ("Normal", "You choose one location when you apply. We cannot move trainees between locations during the programme, except for the first six months of training at the Revenue Training College in Merrin (see below), for which travel and accommodation are paid."),
    ("H1", "Pay and benefits"),
    ("Table", [["Item", "Detail"],
               ["Starting salary", "SVM 29,800 a year (grade RO4)"],
               ["Merrin allowance", "SVM 2,400 a year, for trainees based in Merrin"],
               ["After the programme", "Tax Officer (grade RO5), pay range SVM 36,200 to 41,900; you start at SVM 36,200"],
               ["Pension", "Public Service Pension Scheme; member contribution 5.5% of salary"],
               ["Annual leave", "25 days, rising to 30 days after five years, plus 10 public holidays"],
               ["Hours", "37 hours a week with flexitime; up to 2 flexi days a month"]]),
    ("Normal", "Salaries are reviewed each August in line with the public sector pay settlement. Trainees who fail to complete the programme stay on grade RO4."),
    ("H1", "What you will learn"),
    ("H3", "Months 1 to 6"),
    ("Bullets", ["One day a week at the Revenue Training College in Merrin, four days in your home office.",
                 "Foundations of Solvan tax law: income tax, company tax, VAT, payroll taxes, and the SRO's powers.",
                 "Your first casework, on simple personal tax returns, checked line by line by your team leader."]),
    ("H3", "Months 7 to 24"),
    ("Bullets", ["Three rotations of six months each in different teams at your location.",
                 "The Revenue Technical Certificate: four internal exams with a pass mark of 65%. You have two attempts at each.",
                 "SIAF P3 Taxation, normally in the June or September sitting of your second year, with 5 days' paid study leave per exam plus the exam day."]),
    ("Normal", "At the end of month 24 you move to Tax Officer (RO5) once you have passed the Revenue Technical Certificate and your final review. Trainees who pass P3 can go on to the rest of the SIAF qualification through the SRO's professional qualification scheme."),
    ("H1", "Who can apply"),
    ("Bullets", ["A degree at 2:2 or above in any subject, <b>or</b> the SIAF Accounting Technician Certificate plus two years' work in a finance role.",
                 "The right to work in Solvany.",
                 "Willingness to pass our security check, which includes a credit check and a check of your own tax affairs.",
                 "There is no upper age limit. About a fifth of our 2025 trainees were over 30."]),
    ("H1", "How to apply and key dates"),
    ("Normal", "Apply online at " + link("www.sro.gov.sv/careers/tax-trainee", "https://www.sro.gov.sv/careers/tax-trainee") + ". The application takes about 40 minutes and you can save it and come back."),
    ("Table", [["Stage", "Dates"],
               ["Applications open", "2 February 2026"],
               ["Applications close", "2 March 2026 at 12:00 noon"],
               ["Online tests (Civil Service Judgement Test and a numerical test)", "Within 7 days of applying, and by 9 March 2026 at the latest"],
               ["Video interview", "16 to 27 March 2026"],
               ["Assessment centres", "13 to 24 April 2026, in Merrin, Caddon, Tollin and Brayle"],
               ["Offers", "By 15 May 2026"],
               ["Start date", "7 September 2026"]]),
    ("H2", "The assessment centre"),
    ("Normal", "The assessment centre takes one working day. It has three exercises: a written exercise (60 minutes), in which you explain a tax decision to a taxpayer in a letter; a role-play (20 minutes) with an assessor playing a taxpayer who disagrees with a decision; and an interview (40 minutes) about your motivation and your experience. Each exercise is scored from 1 to 7. You must score at least 3 in every exercise, and offers are made in order of total score, location by location."),
    ("Normal", "Travel to the assessment centre is refunded at standard class rail fares."),
    ("H1", "Adjustments and questions"),
    ("Normal", "If you need an adjustment at any stage, for example extra time in the tests or a step-free venue, tell us in the application form or e-mail " + link("taxtrainee@sro.gov.sv", "mailto:taxtrainee@sro.gov.sv") + ". Asking for an adjustment does not affect how we assess you."),
    ("Normal", "We run two online information sessions for applicants, on 10 February and 24 February 2026 at 18:00. Book a place at " + link("www.sro.gov.sv/careers/events", "https://www.sro.gov.sv/careers/events") + "."),
    ("Normal", "<i>Solvany Revenue Office, Early Careers Team, January 2026. This pack is also available in large print.</i>"),
]


def page_number(canvas, doc):
    canvas.saveState()
    canvas.setFont("Arial", 11)
    canvas.drawRightString(A4[0] - inch, 0.5 * inch, str(doc.page))
    canvas.restoreState()


def build():
    story = []
    for kind, data in BLOCKS:
        if kind in ("Title", "Subtitle", "H1", "H2", "H3", "Normal"):
            story.append(Paragraph(data, S[kind]))
        elif kind == "Bullets":
            items = [ListItem(Paragraph(x, S["Normal"]), leftIndent=36, value="●") for x in data]
            story.append(ListFlowable(items, bulletType="bullet", start="●", bulletFontName="Arial", bulletFontSize=8,
                                      leftIndent=36, bulletOffsetY=-1))
        elif kind == "Table":
            rows = [[Paragraph(c, S["CellB" if i == 0 else "Cell"]) for c in r] for i, r in enumerate(data)]
            width = A4[0] - 2 * inch
            cols = [width * 0.42, width * 0.58] if len(data[0]) == 2 else [width * 0.2, width * 0.14, width * 0.66]
            tbl = Table(rows, colWidths=cols, repeatRows=0)
            tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 1, colors.black),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                     ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(Spacer(1, 4))
            story.append(tbl)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch,
                            title="SRO Tax Trainee Programme 2026 - Candidate Information Pack", author="",
                            producer="Skia/PDF m124 Google Docs Renderer", creator="", subject="")
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return doc.page


def strip_tags(s):
    import re
    s = re.sub(r'<link href="([^"]+)"[^>]*><u>(.*?)</u></link>', r"[\2](\1)", s)
    s = s.replace("<b>", "**").replace("</b>", "**").replace("<i>", "*").replace("</i>", "*")
    return s


def markdown(pages):
    md = [f"<!-- Text of docs/{NAME} (Google Docs PDF). Page numbers 1-{pages} in the footer, right-aligned. -->", ""]
    for kind, data in BLOCKS:
        if kind == "Title":
            md += [f"# {data}", ""]
        elif kind == "Subtitle":
            md += [data, ""]
        elif kind == "H1":
            md += [f"## {data}", ""]
        elif kind == "H2":
            md += [f"### {data}", ""]
        elif kind == "H3":
            md += [f"#### {data}", ""]
        elif kind == "Normal":
            md += [strip_tags(data), ""]
        elif kind == "Bullets":
            md += [f"- {strip_tags(x)}" for x in data] + [""]
        elif kind == "Table":
            md.append("| " + " | ".join(data[0]) + " |")
            md.append("|" + "---|" * len(data[0]))
            md += ["| " + " | ".join(r) + " |" for r in data[1:]]
            md.append("")
    return "\n".join(md)


if __name__ == "__main__":
    pages = build()
    SRC.write_text(markdown(pages), encoding="utf-8")
    print("wrote", OUT, "and", SRC)
