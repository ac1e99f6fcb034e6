import os
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, FrameBreak, KeepInFrame, NextPageTemplate

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'UUB_PGCT_Secondary_2026-27_prospectus_page.pdf')
PW, PH = A4
TEAL = colors.HexColor("#0b5e63"); SAND = colors.HexColor("#f3ead8")
ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=9.6, leading=12.4, spaceAfter=5)
h = ParagraphStyle("h", parent=b, fontName="Helvetica-Bold", fontSize=10.5, textColor=TEAL, spaceBefore=4, spaceAfter=3)
q = ParagraphStyle("q", parent=b, fontName="Times-BoldItalic", fontSize=13, leading=16, textColor=TEAL, leftIndent=4, borderPadding=6, spaceBefore=6, spaceAfter=2)
qa = ParagraphStyle("qa", parent=b, fontName="Helvetica", fontSize=7.5, textColor=colors.grey, alignment=2, spaceAfter=8)
sb = ParagraphStyle("sb", parent=b, fontName="Helvetica", fontSize=8, leading=10.2, spaceAfter=4)
sbh = ParagraphStyle("sbh", parent=sb, fontName="Helvetica-Bold", fontSize=9.5, textColor=TEAL)

top, bottom = PH - 52 * mm, 16 * mm
H = top - bottom
x0, colw, gap, sidew = 14 * mm, 62 * mm, 6 * mm, 44 * mm
c1 = Frame(x0, bottom, colw, H, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
c2 = Frame(x0 + colw + gap, bottom, colw, H, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
sf = Frame(x0 + 2 * colw + 2 * gap, bottom, sidew, H, id="side", leftPadding=4, rightPadding=4, topPadding=4, bottomPadding=4)

def chrome(title, sub):
    def draw(c, d):
        c.saveState()
        c.setFillColor(TEAL); c.rect(0, PH - 40 * mm, PW, 40 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("Helvetica", 8.5)
        c.drawString(x0, PH - 11 * mm, "UNIVERSITY OF UPPER BRENNOCK  |  SCHOOL OF EDUCATION  |  POSTGRADUATE PROSPECTUS 2026/27")
        c.setFont("Helvetica-Bold", 21); c.drawString(x0, PH - 24 * mm, title)
        c.setFont("Helvetica", 11); c.drawString(x0, PH - 32 * mm, sub)
        c.setFillColor(SAND); c.rect(sf.x1, bottom - 2 * mm, sidew, H + 4 * mm, fill=1, stroke=0)
        c.setFillColor(colors.grey); c.setFont("Helvetica", 7.5)
        c.drawString(x0, 8 * mm, "Information correct at 1 September 2025 and may change. uub.ac.or/pgct")
        c.drawRightString(PW - 14 * mm, 8 * mm, str(82 + d.page))
        c.restoreState()
    return draw

def kif(flow, w): return KeepInFrame(w, H, flow, mode="shrink")

col1 = [Paragraph("Postgraduate Certificate in Teaching (PGCT): Secondary", h),
 Paragraph("Our one-year PGCT leads to a recommendation for Qualified Teacher Status (QTS) to the Orlesian Teaching Council and carries <b>60 master's-level credits</b>. In 2026/27 we offer <b>88 places across 11 subjects</b>, up from 64 places in 9 subjects in 2025/26. You will spend <b>120 days in our partnership schools</b> and around 60 days at the university campus in Upper Brennock.", b),
 Paragraph("How the year is structured", h),
 Paragraph("The course starts on <b>Monday 7 September 2026</b> with four weeks of university-based training. <b>Placement A</b> runs from 5 October to 11 December 2026 (50 days); you start by teaching about 8 hours a week, rising to 12. <b>Placement B</b>, in a contrasting school, runs from 11 January to 4 June 2027 (70 days), with a timetable of 14-16 hours a week, about 65% of an early-career teacher's load.", b),
 Paragraph("You complete two assignments: a 3,000-word study of behaviour and relationships (due 13 November 2026) and a 5,000-word subject pedagogy enquiry worth 60 credits (due 23 April 2027). You are assessed in school against the 8 Teachers' Standards at three review points.", b),
 Paragraph("\u201cEleven years designing bridges, and nothing was as satisfying as watching a Year 8 class finally get Newton's third law.\u201d", q),
 Paragraph("Tomasz Rell, PGCT Physics 2025/26, now teaching at Dunholt Park School", qa),
 Paragraph("Our partnership", h),
 Paragraph("We work with <b>74 partner schools</b> in Upper Brennock, Varnmark, Kelmsey, Dunholt, Tavish Bay and the Sallow Isles, including all secondary schools of the Brightwater Learning Trust. Trainees who choose an island placement on the Sallow Isles receive an <b>accommodation grant of OLM 1,200</b> and free ferry travel.", b)]

fees = Table([["Fees and funding 2026/27", ""],
 ["Tuition fee (Orlesian students)", "OLM 9,400"],
 ["Tuition fee (international students)", "OLM 17,900"],
 ["Fee loan from Orlesian Student Finance", "up to OLM 9,400"],
 ["Maintenance loan (living away, outside Varnmark)", "up to OLM 10,860"],
 ["Enhanced OVC check (paid by you)", "OLM 62"]], colWidths=[40 * mm, 22 * mm])
fees.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
 ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 7.8), ("BOX", (0, 0), (-1, -1), 1.2, TEAL),
 ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.lightgrey), ("ALIGN", (1, 1), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
 ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#eef6f6"))]))
burs = Table([["Subject", "Bursary", "Places"], ["Physics", "29,000", "8"], ["Chemistry", "29,000", "7"], ["Mathematics", "27,000", "14"],
 ["Computing", "27,000", "6"], ["Modern languages", "25,000", "8"], ["Biology", "20,000", "8"], ["Design and technology", "20,000", "5"],
 ["English", "10,000", "12"], ["Geography", "10,000", "6"], ["History", "0", "8"], ["Physical education", "0", "6"]], colWidths=[30 * mm, 18 * mm, 14 * mm])
burs.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.6), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.6),
 ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL), ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f4f4")])]))
col2 = [fees, Spacer(1, 8),
 Paragraph("Bursaries (OLM, tax-free)", h),
 Paragraph("Bursaries are paid by the Department for Schools and Skills in <b>10 equal monthly instalments from October to July</b>. You do not need to apply separately; eligibility is confirmed at enrolment. You must hold a 2:2 degree or above.", b),
 burs, Spacer(1, 6),
 Paragraph("Entry requirements", h),
 Paragraph("A UK-style honours degree at 2:2 or above (or equivalent), normally with at least 50% content in the subject you will teach; OCSE mathematics and English at grade 5 or above; an enhanced Orlesian Vetting Certificate; and a fitness-to-teach health declaration. Two days of school experience are strongly recommended. Applicants whose degree is in a related subject may be offered a free 8-week Subject Knowledge Enhancement course, with an SKE bursary of OLM 2,200.", b),
 Paragraph("Selection day", h),
 Paragraph("A 10-minute presentation on why your subject matters, a 30-minute subject knowledge audit and a 25-minute interview with a tutor and a partnership headteacher. We aim to make decisions within 10 working days.", b)]

side = [Paragraph("KEY DATES", sbh),
 Paragraph("<b>6 Oct 2025</b><br/>Teach Orlesia Apply opens for 2026 entry", sb),
 Paragraph("<b>19 Nov 2025, 21 Jan 2026, 18 Mar 2026</b><br/>Online open evenings, 18:00-19:30", sb),
 Paragraph("<b>30 Apr 2026</b><br/>Priority deadline for physics, chemistry and maths SKE places", sb),
 Paragraph("<b>30 Jun 2026</b><br/>Recommended last date to apply", sb),
 Paragraph("<b>7 Sep 2026</b><br/>Course starts", sb),
 Paragraph("<b>5 Oct - 11 Dec 2026</b><br/>Placement A (50 days)", sb),
 Paragraph("<b>11 Jan - 4 Jun 2027</b><br/>Placement B (70 days)", sb),
 Paragraph("<b>25 Jun 2027</b><br/>Exam board; QTS recommendations to the OTC", sb),
 Paragraph("<b>13 Jul 2027</b><br/>Graduation, Brennock Hall", sb),
 Spacer(1, 6), Paragraph("OUTCOMES", sbh),
 Paragraph("2025/26 cohort: <b>61 of 64</b> trainees (95%) recommended for QTS; 91% of 2024/25 completers teaching within 6 months.", sb),
 Spacer(1, 6), Paragraph("CONTACT", sbh),
 Paragraph("PGCT Admissions Tutor: Dr Helen Achterberg<br/>pgct@uub.ac.or<br/>0482 330 1176", sb),
 Paragraph("Course code on Teach Orlesia Apply: <b>UUB-3PSX</b> (secondary), <b>UUB-3PPR</b> (primary, 120 places)", sb)]

doc = BaseDocTemplate(OUT, pagesize=A4, title="PGCT Secondary 2026/27 - University of Upper Brennock", author="UUB Marketing and Recruitment", subject="Postgraduate prospectus 2026/27, page 83")
doc.addPageTemplates([PageTemplate(id="p", frames=[c1, c2, sf], onPage=chrome("Teach with us: PGCT Secondary", "One year  |  Full-time  |  QTS + 60 master's credits  |  Upper Brennock campus"))])
doc.build([kif(col1, colw), FrameBreak(), kif(col2, colw), FrameBreak(), kif(side, sidew - 8)])
print("ok")
