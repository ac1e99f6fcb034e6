"""Writes docs/NCDD_Recruitment_Brochure_2026-27_web.pdf, imitating a recruitment brochure laid out in
InDesign and exported with File > Export > Adobe PDF (Interactive/web): A4 pages, a full-width photo
banner with the headline on page 1, body text set in two justified, hyphenated columns, a tinted
sidebar box, a pay-band table with a shaded header row, superscript footnote references with the
footnotes set small at the foot of the page, running footer "NCDD Careers 2026–27" and "Page N" folios,
Creator "Adobe InDesign 19.2 (Windows)", Producer "Adobe PDF Library 17.0".

Run with a venv that has reportlab 4.x/5.x and pyphen:  python make_pdf_brochure.py
"""
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

OUT = Path(__file__).resolve().parent.parent / "docs" / "NCDD_Recruitment_Brochure_2026-27_web.pdf"
LD = "/usr/share/fonts/truetype/liberation/"
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("MyriadPro-Regular", DV + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("MyriadPro-Bold", DV + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("MinionPro-Regular", LD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("MinionPro-Bold", LD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("MinionPro-It", LD + "LiberationSerif-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("MinionPro-Regular", normal="MinionPro-Regular", bold="MinionPro-Bold", italic="MinionPro-It", boldItalic="MinionPro-Bold")

NAVY, CYAN, TINT, INK, GREY = HexColor("#0A1F44"), HexColor("#00A3B4"), HexColor("#E3F4F6"), HexColor("#1A1A1A"), HexColor("#5C6670")
PW, PH = A4
M = 48            # outer margin
GUT = 18          # column gutter
COLW = (PW - 2 * M - GUT) / 2
FOOT_Y = 30

body = ParagraphStyle("body", fontName="MinionPro-Regular", fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY,
                      textColor=INK, spaceAfter=5, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
h2 = ParagraphStyle("h2", fontName="MyriadPro-Bold", fontSize=13.5, leading=16, textColor=NAVY, spaceBefore=6, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="MyriadPro-Bold", fontSize=10.2, leading=12.5, textColor=CYAN, spaceBefore=4, spaceAfter=2)
side = ParagraphStyle("side", fontName="MyriadPro-Regular", fontSize=8.8, leading=11.4, textColor=NAVY, alignment=TA_LEFT, spaceAfter=3)
sideh = ParagraphStyle("sideh", parent=side, fontName="MyriadPro-Bold", fontSize=11, leading=13, spaceAfter=5)
bul = ParagraphStyle("bul", parent=body, leftIndent=10, bulletIndent=0, alignment=TA_LEFT, spaceAfter=2)
num = ParagraphStyle("num", parent=body, leftIndent=12, firstLineIndent=-12, alignment=TA_LEFT, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="MyriadPro-Regular", fontSize=8.6, leading=10.4, textColor=INK)
cellh = ParagraphStyle("cellh", parent=cell, fontName="MyriadPro-Bold", textColor=white)
fn = ParagraphStyle("fn", fontName="MyriadPro-Regular", fontSize=7, leading=8.6, textColor=GREY)

FOOTNOTES = {
    3: ["1 Capital weighting is paid to staff whose contractual workplace is Fennick House, Corvane. It is paid monthly, is not pensionable and stops if you move to Hallowby.",
        "2 Specialist Skills Allowance rates for 2026–27: EMD 2,500 for digital forensics and threat intelligence; EMD 4,000 for penetration testing and reverse engineering; EMD 6,000 for red team leads at CT5. Rates are reviewed every April.",
        "3 Nobody is placed on an on-call rota more often than one week in four."],
    4: ["4 Residency means living in Estmarra; time spent abroad on government service or with the armed forces counts as residency.",
        "5 Figures for the 2025 campaigns. Offers include candidates who later withdrew during clearance."],
}


def sup(n):
    return f'<super><font size="6">{n}</font></super>'


def on_page(canv, doc):
    pn = doc.page
    canv.saveState()
    canv.setFont("MyriadPro-Regular", 7.5)
    canv.setFillColor(GREY)
    canv.drawString(M, FOOT_Y, "NCDD Careers 2026–27")
    canv.drawRightString(PW - M, FOOT_Y, f"Page {pn}")
    canv.setStrokeColor(CYAN)
    canv.setLineWidth(0.6)
    canv.line(M, FOOT_Y + 10, PW - M, FOOT_Y + 10)
    notes = FOOTNOTES.get(pn)
    if notes:
        paras = [Paragraph(t, fn) for t in notes]
        hs = [p.wrap(PW - 2 * M, 100)[1] for p in paras]
        y = 52 + sum(hs) + 2 * len(hs)
        canv.setLineWidth(0.4)
        canv.setStrokeColor(GREY)
        canv.line(M, y + 2, M + 120, y + 2)
        for p, h in zip(paras, hs):
            y -= h + 2
            p.drawOn(canv, M, y)
    if pn > 1:
        canv.setFillColor(NAVY)
        canv.rect(0, PH - 26, PW, 26, stroke=0, fill=1)
        canv.setFillColor(white)
        canv.setFont("MyriadPro-Bold", 8)
        canv.drawString(M, PH - 17, "NATIONAL CYBER DEFENCE DIRECTORATE")
        canv.drawRightString(PW - M, PH - 17, "CAREERS 2026–27")
    canv.restoreState()


def on_cover(canv, doc):
    canv.saveState()
    canv.setFillColor(NAVY)
    canv.rect(0, PH - 300, PW, 300, stroke=0, fill=1)
    # "photo": abstract network pattern
    canv.setStrokeColor(HexColor("#1C3B6E"))
    canv.setLineWidth(0.8)
    import random
    rnd = random.Random(7)
    pts = [(rnd.uniform(0, PW), rnd.uniform(PH - 300, PH)) for _ in range(38)]
    for i, a in enumerate(pts):
        for b in pts[i + 1:i + 3]:
            canv.line(a[0], a[1], b[0], b[1])
    canv.setFillColor(CYAN)
    for x, y in pts:
        canv.circle(x, y, 2.2, stroke=0, fill=1)
    canv.setFillColor(CYAN)
    canv.rect(M, PH - 118, 60, 4, stroke=0, fill=1)
    canv.setFillColor(white)
    canv.setFont("MyriadPro-Bold", 11)
    canv.drawString(M, PH - 100, "NATIONAL CYBER DEFENCE DIRECTORATE")
    canv.setFont("MyriadPro-Bold", 34)
    canv.drawString(M, PH - 170, "Defend what matters.")
    canv.setFont("MyriadPro-Regular", 18)
    canv.drawString(M, PH - 200, "Careers at NCDD 2026–27: graduates, apprentices")
    canv.drawString(M, PH - 222, "and experienced specialists")
    canv.restoreState()
    on_page(canv, doc)


doc = BaseDocTemplate(str(OUT), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                      title="NCDD Careers 2026–27", author="National Cyber Defence Directorate", subject="Recruitment brochure",
                      creator="Adobe InDesign 19.2 (Windows)", producer="Adobe PDF Library 17.0")
top1 = PH - 320
cover_frames = [Frame(M, 70, COLW, top1 - 70, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
                Frame(M + COLW + GUT, 70, COLW, top1 - 70, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
top = PH - 50


def two_col(bottom):
    return [Frame(M, bottom, COLW, top - bottom, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(M + COLW + GUT, bottom, COLW, top - bottom, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]


full3 = [Frame(M, 400, PW - 2 * M, top - 400, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)] + \
        [Frame(M, 100, COLW, 290, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
         Frame(M + COLW + GUT, 100, COLW, 290, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
doc.addPageTemplates([PageTemplate("cover", cover_frames, onPage=on_cover),
                      PageTemplate("two", two_col(60), onPage=on_page),
                      PageTemplate("pay", full3, onPage=on_page),
                      PageTemplate("last", two_col(90), onPage=on_page)])


def P(t, s=body):
    if s is bul:
        return Paragraph(t, s, bulletText="\u2022")
    return Paragraph(t, s)


def sidebar(items, title):
    inner = [P(title, sideh)] + [P(x, side) for x in items]
    t = Table([[inner]], colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 9),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LINEBEFORE", (0, 0), (0, -1), 3, CYAN)]))
    return t


S = []
# ---- page 1
S += [P("Who we are", h2),
      P("The National Cyber Defence Directorate (NCDD) protects Estmarra’s government, its critical services and the "
        "people who depend on them from cyber attack. We were set up in 2014 and now employ about 1,900 people at two "
        "sites: Fennick House in Corvane, which is our headquarters, and the Hallowby Operations Centre in Northmark, "
        "where the national monitoring service runs around the clock."),
      P("We watch for attacks on government networks, lead the national response when a serious incident happens, "
        "publish threat assessments, test the defences of government departments and advise the operators of energy, "
        "water, health and transport systems. Our work is varied, technically demanding and, occasionally, urgent."),
      P("What it is like to work here", h2),
      P("Most of our people work a 37-hour week on flexitime, between 07:00 and 20:00. Teams that run services around the "
        "clock, such as the national monitoring service in Hallowby, work shifts instead and receive a shift allowance. "
        "Because much of our work is classified, most roles are based in our buildings and home working is limited to "
        "unclassified tasks, typically one day a week."),
      P("We invest heavily in training. Every member of staff has at least ten training days a year, and we pay for "
        "professional qualifications that are relevant to your role, including the EIIS certifications. In return, if "
        "you leave within two years of a course costing more than EMD 3,000, you repay part of the cost."),
      FrameBreak(),
      sidebar(["<b>1,900</b> staff at two sites, Corvane and Hallowby",
               "<b>60</b> graduate places on the 2026 Cyber Analyst Graduate Programme",
               "<b>40</b> apprenticeship places starting in September 2026",
               "<b>120</b> experienced specialists to be recruited in 2026–27",
               "<b>27</b> days’ annual leave, rising to 32 after five years",
               "<b>22.4%</b> employer contribution to the Public Service Pension Scheme"], "NCDD at a glance"),
      Spacer(1, 10),
      P("Who we are looking for", h2),
      P("We recruit people with potential as well as people with experience. Our graduates come from every degree "
        "subject, and around a quarter of our apprentices joined us after working in another career. What they share is "
        "curiosity, discretion and the ability to explain a technical problem to someone who is not technical."),
      P("You must be able to obtain National Security Clearance, which has residency and nationality requirements "
        "(see page 4). If you are not sure whether you are eligible, contact the recruitment team before you apply."),
      NextPageTemplate("two"), PageBreak()]
# ---- page 2
roles = [("Cyber Analyst (CT2–CT3)", "Works in the national monitoring service in Hallowby, triaging alerts from sensors on government networks and escalating confirmed incidents. Analysts work a 24/7 rota of 12-hour shifts: two days, two nights and four days off."),
         ("Incident Responder (CT3–CT4)", "Joins the National Incident Response Team in Corvane and deploys to government bodies and critical service operators during serious incidents. Incident responders are on call one week in four and receive EMD 310 for each week on call."),
         ("Threat Intelligence Analyst (CT3)", "Researches the groups that attack Estmarra, writes assessments for government and industry and briefs ministers’ officials. Based in Corvane. Qualifies for the Specialist Skills Allowance."),
         ("Penetration Tester and Red Team Operator (CT3–CT5)", "Tests the defences of government departments with their agreement, from web applications to full red-team exercises. Testers at CT3 need the EIIS Certified Intrusion Tester (CIT) or must pass it within 12 months."),
         ("Security Architect (CT4–CT5)", "Sets the security design for new government systems and reviews designs from suppliers. Architects usually join from a senior engineering or architecture role elsewhere."),
         ("Digital Forensics Examiner (CT3)", "Recovers and analyses evidence from systems involved in incidents, working closely with the police where a crime may have been committed."),
         ("Cyber Risk Adviser (CT3)", "Helps government departments understand and manage their cyber risk, and assesses them against the Government Cyber Standard.")]
S += [P("Roles we recruit", h2),
      P("The descriptions below cover our main job families. Grades are shown in brackets; pay for each grade is on page 3. "
        "All experienced roles are advertised on the Government Jobs portal with a closing date, and we recruit for "
        "most families at least twice a year.")]
for t, d in roles:
    S += [P(t, h3), P(d)]
S += [P("Moving between roles", h3),
      P("Many of our people change job family during their career. An analyst in the monitoring service might move "
        "into incident response or threat intelligence after two or three years, and some testers move into "
        "architecture. Internal moves at the same grade can be made at any time; promotion is through a progression "
        "board (see page 3)."),
      Spacer(1, 8),
      sidebar(["<b>Fennick House, Corvane</b>: headquarters, about 1,250 staff. National Incident Response Team, threat intelligence, testing, architecture and risk advice.",
               "<b>Hallowby Operations Centre</b>: about 650 staff. The national monitoring service runs here 24 hours a day, with a forensics laboratory and a training centre.",
               "Staff at both sites can use the government staff shuttle between the two cities once a week for meetings; travel time is counted as working time."], "Where we work"),
      NextPageTemplate("pay"), PageBreak()]
# ---- page 3: full-width pay table then two columns
grades = [("CT1", "Apprentice / Trainee", "29,400", "Cyber Security Apprentice"),
          ("CT2", "Analyst", "38,900 – 43,200", "Cyber Analyst; graduates on the programme"),
          ("CT3", "Senior Analyst / Specialist", "49,600 – 55,100", "Incident Responder, Threat Intelligence Analyst, Penetration Tester, Forensics Examiner, Cyber Risk Adviser"),
          ("CT4", "Lead", "61,300 – 68,000", "Lead Incident Responder, Lead Tester, Security Architect"),
          ("CT5", "Principal", "76,500 – 84,900", "Principal Architect, Red Team Lead, Head of Team"),
          ("CT6", "Head of Capability", "95,000 – 108,000", "Head of Incident Management, Head of Threat Intelligence")]
data = [[P("Grade", cellh), P("Title", cellh), P("Pay range (EMD a year)", cellh), P("Typical roles", cellh)]] + \
       [[P(a, cell), P(b, cell), P(c_, cell), P(d, cell)] for a, b, c_, d in grades]
tbl = Table(data, colWidths=[46, 130, 120, PW - 2 * M - 296], repeatRows=1)
tbl.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, TINT]),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#B8C4CC")),
                         ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
S += [P("Pay and grades", h2),
      P("All technical staff at NCDD are paid on the Cyber Technical (CT) grades. Each grade except CT1 has four pay "
        "points, and you move up one point on 1 April each year until you reach the top of the range. New starters "
        "normally join at the first point."),
      tbl,
      P('<font name="MyriadPro-Regular" size="7.5" color="#5C6670">Table 1. Cyber Technical grades, pay from 1 April 2026. Ranges exclude allowances.</font>'),
      FrameBreak(),
      P("Allowances", h3),
      P("On top of base pay, you may receive:"),
      P("Capital weighting of EMD 3,600 a year if you work at Fennick House" + sup(1) + ".", bul),
      P("A Specialist Skills Allowance of EMD 2,500 to EMD 6,000 a year in some CT3 to CT5 roles" + sup(2) + ".", bul),
      P("EMD 310 for each week on call" + sup(3) + ", plus overtime if you are called in.", bul),
      P("A shift allowance of 20% of base pay for staff on the 24/7 rota in Hallowby.", bul),
      FrameBreak(),
      P("Promotion", h3),
      P("Promotion between grades is decided by progression boards, which sit twice a year, in March and September. You "
        "can apply to a board once you have spent at least two years at your current grade, or eighteen months if your "
        "manager rates you as exceeding expectations. Boards look at evidence of work at the next grade and at "
        "qualifications; for CT3 roles in testing and incident response they expect the relevant EIIS certification."),
      P("In 2025, 212 people applied to progression boards and 131 were promoted."),
      NextPageTemplate("last"), PageBreak()]
# ---- page 4
S += [P("Security clearance", h2),
      P("Every job at NCDD needs National Security Clearance (NSC). Some roles, mainly in red teaming and intelligence "
        "work, need Enhanced National Security Clearance (ENSC). Clearance is carried out by the Government Vetting "
        "Service after you accept a conditional offer."),
      P("<b>NSC</b> requires you to have lived in Estmarra for at least five of the last seven years" + sup(4) + ". It usually takes "
        "about 12 weeks and is reviewed every seven years.", bul),
      P("<b>ENSC</b> requires ten years’ residency and includes an interview with a vetting officer. It takes six to "
        "nine months and is reviewed every five years.", bul),
      P("You must be an Estmarran citizen or a dual national. A criminal record does not automatically rule you out, but "
        "you must declare it, and failing to declare something is treated far more seriously than the thing itself."),
      P("Cyber Analyst Graduate Programme 2026", h2),
      P("The programme has <b>60 places</b> and starts on <b>7 September 2026</b>. Graduates join at CT2 on EMD 38,900, plus the "
        "Capital weighting if they are placed in Corvane, and complete three eight-month rotations over two years, one "
        "of which is in the national monitoring service. Graduates who complete the programme move to CT3 without a "
        "progression board."),
      P("Applications open on 2 March 2026 and close at 23:59 on <b>13 April 2026</b>. You need a degree in any subject "
        "at 2:2 or above, or to be in your final year."),
      FrameBreak(),
      P("Cyber Security Apprenticeship", h2),
      P("The apprenticeship has <b>40 places</b> in Hallowby and Corvane. Apprentices are paid EMD 29,400 (CT1), study for a "
        "Level 4 qualification one day a week and move to CT2 after 24 months if they pass. Applications close on "
        "<b>30 April 2026</b>; the start date is also 7 September 2026. There is no upper age limit."),
      P("How to apply", h2),
      P("1.\u2002Online application with two short questions about your motivation.", num),
      P("2.\u2002Online tests: situational judgement and logical reasoning (about 70 minutes in total).", bul),
      P("3.\u2002A technical exercise set at the level of the role (graduates and apprentices do a puzzle-based exercise "
        "that needs no prior knowledge).", num),
      P("4.\u2002A video interview.", num),
      P("5.\u2002An assessment centre at Fennick House, held between May and June, with a group exercise, a briefing "
        "exercise and an interview.", num),
      P("6.\u2002Conditional offer, then clearance. Your start date depends on clearance.", num),
      P("In 2025 we received 4,830 applications for 55 graduate places and made 61 offers" + sup(5) + ". Do not be put off: "
        "the tests are designed to find potential, not knowledge."),
      P("Apply at <b>careers.ncdd.gov.em</b>. Questions: recruitment@ncdd.gov.em."),
      ]
doc.build(S)
print("wrote", OUT)
