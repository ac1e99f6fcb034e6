"""Imitates a Word-typeset government annual report exported to PDF: running header and
footer, numbered sections, a two-level (grouped-column) pay table, and footnotes."""
import os
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "CCA_Workforce_and_Skills_Report_2024-25_FINAL_web.pdf")
NAVY = (31, 56, 100)


class Report(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Calderra Climate Agency", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Workforce and Skills Report 2024-25", align="R")
        self.ln(3)
        self.set_draw_color(*NAVY)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL - published under the Open Government Licence (Calderra) 2.0", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


pdf = Report(format="A4")
pdf.set_margins(22, 20, 22)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Workforce and Skills Report 2024-25")
pdf.set_author("Calderra Climate Agency - People and Capability Directorate")
pdf.set_creator("Microsoft Word for Microsoft 365")
pdf.set_producer("Microsoft Word for Microsoft 365")
pdf.alias_nb_pages()

W = 166  # text width


def h1(t):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(W, 8, t)
    pdf.ln(1)
    pdf.set_text_color(0, 0, 0)


def h2(t):
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(W, 6, t)
    pdf.set_text_color(0, 0, 0)


def para(t, fn=None):
    pdf.set_font("Helvetica", "", 10.5)
    if fn:
        # text followed by footnote marker (superscript)
        pdf.write(5.6, t)
        pdf.char_vpos = "SUP"
        pdf.write(5.6, str(fn))
        pdf.char_vpos = "LINE"
        pdf.ln(5.6)
    else:
        pdf.multi_cell(W, 5.6, t)
    pdf.ln(2)


def bullets(items):
    pdf.set_font("Helvetica", "", 10.5)
    for b in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(4, 5.6, "-")
        pdf.multi_cell(W - 7, 5.6, b)
        pdf.ln(0.8)
    pdf.ln(1.5)


def footnotes(notes):
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, y, pdf.l_margin + 50, y)
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "", 8)
    for n, t in notes:
        pdf.multi_cell(W, 4, f"{n}  {t}")
    pdf.ln(2)


def simple_table(rows, widths, aligns=None):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 228, 240)
    for w, c in zip(widths, rows[0]):
        pdf.cell(w, 7, c, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in rows[1:]:
        for i, (w, c) in enumerate(zip(widths, r)):
            pdf.cell(w, 6.5, c, border=1, align=(aligns[i] if aligns else "L"))
        pdf.ln()
    pdf.ln(3)


# ---- Cover page ----
pdf.add_page()
pdf.set_fill_color(*NAVY)
pdf.rect(0, 0, 210, 95, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(22, 35)
pdf.set_font("Helvetica", "B", 26)
pdf.multi_cell(W, 12, "Workforce and Skills Report 2024-25")
pdf.set_font("Helvetica", "", 13)
pdf.set_x(22)
pdf.multi_cell(W, 7, "Data, analysis and digital professions at the Calderra Climate Agency")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, 110)
pdf.set_font("Helvetica", "", 11)
pdf.multi_cell(W, 6, "Reporting period: 1 April 2024 to 31 March 2025\nPublished: 30 June 2025\nLaid before the Calderran Parliament under section 14 of the Climate Agency Act 2017\nReference: CCA/PC/2025/07")
pdf.ln(8)
h2("Contents")
pdf.set_font("Helvetica", "", 10.5)
for line in ["Foreword", "1. Our data workforce at a glance", "2. Recruitment", "3. Pay and allowances",
             "4. Retention and leaving", "5. Learning, certification and entry routes", "6. Hybrid working",
             "7. Priorities for 2025-26"]:
    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

# ---- Body ----
pdf.add_page()
h1("Foreword")
para("The Agency's work now depends on data professionals as much as on policy specialists. In 2024-25 we took on the new Scope 3 "
     "review duty, submitted the national greenhouse gas inventory on time for the seventh year running, and began building the "
     "National Climate Risk Register. This report sets out how many data, analysis and digital staff we have, how we recruit and pay "
     "them, why they leave, and what we will change in 2025-26. - Orla Vastergaard, Chief People Officer")

h1("1. Our data workforce at a glance")
para("On 31 March 2025 the Agency employed 186 people (180.4 full-time equivalent) in data, analysis and digital roles, up from 163 a year "
     "earlier. They are 16% of the Agency's 1,150 staff.", fn=1)
simple_table([
    ["Profession", "31 Mar 2024", "31 Mar 2025", "Change", "Vessport share"],
    ["Data scientists and ML engineers", "31", "38", "+7", "79%"],
    ["Statistics and inventory analysts", "44", "47", "+3", "55%"],
    ["Carbon accounting analysts", "12", "21", "+9", "67%"],
    ["Climate risk analysts", "18", "22", "+4", "73%"],
    ["GIS and earth observation", "23", "24", "+1", "42%"],
    ["Data engineers and digital", "35", "34", "-1", "85%"],
    ["Total", "163", "186", "+23", "66%"],
], [62, 24, 24, 20, 30], aligns=["L", "C", "C", "C", "C"])
para("The largest increase was in carbon accounting, where the Scope 3 review duty created nine new Band 5 and Band 6 posts. The "
     "gender balance in data roles is 44% women (2024: 41%). 23% of data staff joined from another career, most often accounting, "
     "software engineering and academic research.")

h1("2. Recruitment")
para("We ran 14 recruitment campaigns for data roles and advertised 61 posts; 47 were filled (77%). The median time from advert closing "
     "date to offer was 71 days, against our target of 60 days.", fn=2)
bullets([
    "Applications per post averaged 38 for Band 5, 21 for Band 6 and 9 for Band 7.",
    "Climate risk and ML engineering posts at Band 7 were the hardest to fill: 4 of 9 remained vacant after two campaigns.",
    "The online technical test (60 minutes, pass threshold 60% for Band 6 and above; 45 minutes and 55% for Band 5) was passed by 48% of candidates who took it.",
    "Reserved posts (Calderran citizens and permanent residents only) were 18% of data vacancies, down from 26%, after a review found that many did not need access to classified infrastructure data.",
    "The Agency sponsored 6 Skilled Worker Permits in 2024-25, all at Band 7 or above, for roles on the Critical Skills List.",
])
footnotes([(1, "Headcount excludes contractors (29 on 31 March 2025) and the 12 apprentices described in section 5."),
           (2, "Time to hire excludes security vetting. Posts needing Security Check (SC) vetting took a further 38 days on average.")])

h1("3. Pay and allowances")
para("Pay bands for 2025-26 were uprated by 3.4% from 1 August 2024 under the public-sector pay award. Staff with a contractual base in "
     "Vessport are paid on the Vessport scale; all other staff are paid on the National scale, which is CRM 3,100 lower at every point.")
h2("Table 3.1 - Pay bands and Data Skills Allowance, 2025-26 (CRM per year)")
# two-level header
widths = [26, 24, 24, 24, 24, 44]
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(220, 228, 240)
y0 = pdf.get_y()
pdf.cell(widths[0], 14, "Band", border=1, fill=True, align="C")
pdf.cell(widths[1] + widths[2], 7, "Vessport scale", border=1, fill=True, align="C")
pdf.cell(widths[3] + widths[4], 7, "National scale", border=1, fill=True, align="C")
pdf.cell(widths[5], 14, "Data Skills Allowance (3)", border=1, fill=True, align="C")
pdf.set_xy(pdf.l_margin + widths[0], y0 + 7)
for w, c in zip(widths[1:5], ["Minimum", "Maximum", "Minimum", "Maximum"]):
    pdf.cell(w, 7, c, border=1, fill=True, align="C")
pdf.set_xy(pdf.l_margin, y0 + 14)
pdf.set_font("Helvetica", "", 9)
rows = [
    ["Band 4", "42,100", "48,000", "39,000", "44,900", "-"],
    ["Band 5", "51,300", "58,600", "48,200", "55,500", "-"],
    ["Band 6", "62,400", "71,900", "59,300", "68,800", "3,000"],
    ["Band 7", "74,800", "86,200", "71,700", "83,100", "4,500"],
    ["Band 8", "89,500", "104,000", "86,400", "100,900", "6,000"],
]
for r in rows:
    for i, (w, c) in enumerate(zip(widths, r)):
        pdf.cell(w, 6.5, c, border=1, align="L" if i == 0 else "R")
    pdf.ln()
pdf.ln(3)
para("The Data Skills Allowance is paid on top of salary to staff in designated roles: ML engineers, data engineers, climate risk analysts "
     "and earth observation specialists at Band 6 and above. It is not pensionable and is reviewed every two years. 71 staff received it "
     "in 2024-25 at a total cost of CRM 262,500.", fn=3)
bullets([
    "Employer pension contribution: 15.2% of salary (Public Service Pension Scheme). Employee contributions 6.1% to 7.4%.",
    "No performance bonus. In-year recognition awards of up to CRM 1,000; 212 awards were made across the Agency (median CRM 400).",
    "Standby for the Emissions Data Platform (Band 5 and above, voluntary): CRM 380 per week; call-outs at time-and-a-half.",
    "Starting pay is normally the band minimum. The 'exceptional skills' rule allows offers up to the band midpoint with Director approval; it was used 9 times in 2024-25.",
])
footnotes([(3, "Allowance rates unchanged since 1 April 2023. A review in 2025-26 will consider extending it to Band 5 carbon accounting analysts.")])

h1("4. Retention and leaving")
para("Turnover in data roles was 11.4% (21 leavers), compared with 7.9% across the whole Agency. Turnover for data scientists and ML "
     "engineers alone was 18.4%.")
simple_table([
    ["Main reason given at exit interview", "Leavers", "Share"],
    ["Higher pay elsewhere", "9", "43%"],
    ["Promotion opportunity elsewhere", "4", "19%"],
    ["Relocation / personal", "4", "19%"],
    ["Work content or workload", "2", "10%"],
    ["Retirement", "2", "10%"],
], [100, 30, 30], aligns=["L", "C", "C"])
para("Of the 21 leavers, 7 went to energy companies (including Halvorsen Grid and Tessaly Wind), 4 to insurance (mostly Corvane Mutual), "
     "3 to other public bodies, 3 to consultancies and 4 elsewhere. Exit interviews report that the gap with the private sector is largest "
     "at Band 7: the CSEDS 2025 survey puts the senior climate risk modeller median at CRM 99,100, compared with our Band 7 Vessport maximum "
     "of CRM 86,200 plus the CRM 4,500 allowance.")

h1("5. Learning, certification and entry routes")
bullets([
    "Learning budget: CRM 1,450 per head per year for data staff (Agency average CRM 1,100). 92% of data staff used some of it.",
    "Certification: the Agency pays for one professional certification per person. 38 staff passed a CSEDS qualification in 2024-25 (17 CEDP-Associate, 19 CEDP, 2 CEnvDS).",
    "Data Academy: a 6-month part-time programme (1 day a week) for staff moving into data roles from policy or operations; 24 graduated in 2024-25, 11 of whom have since moved into data posts.",
    "Data Analyst Apprenticeship: 24 months, salary CRM 31,000 rising to CRM 35,500 in year 2, including a funded foundation degree at Tarrowmere University. 12 apprentices were in post on 31 March 2025; the next intake of 8 starts in September 2025.",
    "Summer placements: 10 undergraduate placements of 8 weeks, paid at CRM 2,600 per month.",
])

h1("6. Hybrid working")
para("The Agency's expectation is 40% office attendance averaged over a calendar month. Average measured attendance for data staff in "
     "2024-25 was 43% (Vessport, Corran House: 45%; Tarrowmere: 38%). Staff with an approved workplace adjustment may work fully remotely. "
     "Working from abroad is allowed for up to 10 working days a year with line manager approval.")

h1("7. Priorities for 2025-26")
bullets([
    "Reduce median time to hire to 60 days by moving the online test before the sift for Band 5 campaigns.",
    "Pilot a Band 7 'senior technical' pathway so that data specialists can reach Band 8 without managing people (decision by December 2025).",
    "Open 15 more unreserved posts by reviewing classified-data access requirements role by role.",
    "Grow the apprenticeship intake from 8 to 12 in September 2026.",
    "Publish salary bands and the Data Skills Allowance in every advert (already done from April 2025).",
])
pdf.ln(3)
pdf.set_font("Helvetica", "I", 9)
pdf.multi_cell(W, 5, "Enquiries: People and Capability Directorate, Calderra Climate Agency, Corran House, 4 Tideway, Vessport. workforce.report@cca.gov.cl")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", os.path.abspath(OUT))
