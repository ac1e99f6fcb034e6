"""Generate the BRHA Annual Pay & Conditions Survey 2025 report PDF (fpdf2).

Running headers/footers, numbered sections, footnotes at page bottoms, and a long table
that continues over two pages with a repeated header.
"""
from fpdf import FPDF
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "BRHA_Pay_and_Conditions_Survey_2025.pdf")
FONT = "/usr/share/fonts/truetype/liberation/"
FN_ZONE = 34  # mm reserved above footer for footnotes


class Report(FPDF):
    def __init__(self):
        super().__init__("P", "mm", "A4")
        self.notes = {}   # page -> [(num, text)]
        self.fn_count = 0
        self.section_title = "Brevanian Road Haulage Association"

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("S", "I", 8)
        self.set_text_color(90)
        self.cell(95, 5, "BRHA Pay and Conditions Survey 2025")
        self.cell(0, 5, self.section_title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150)
        self.line(20, 17, 190, 17)
        self.set_y(22)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        if notes:
            self.set_y(-14 - 4.2 * sum(1 + len(t) // 115 for _, t in notes) - 3)
            self.set_draw_color(120)
            self.line(20, self.get_y(), 70, self.get_y())
            self.ln(1.5)
            self.set_font("S", "", 7.3)
            self.set_text_color(40)
            for n, t in notes:
                self.set_x(20)
                self.multi_cell(170, 3.8, f"{n}  {t}", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("S", "", 8)
        self.set_text_color(90)
        self.cell(95, 5, "Copyright 2025 Brevanian Road Haulage Association. Members' edition.")
        self.cell(0, 5, f"Page {self.page_no()}", align="R")

    # helpers
    def fn(self, text):
        self.fn_count += 1
        self.notes.setdefault(self.page_no(), []).append((self.fn_count, text))
        return self.fn_count


pdf = Report()
pdf.add_font("S", "", FONT + "LiberationSerif-Regular.ttf")
pdf.add_font("S", "B", FONT + "LiberationSerif-Bold.ttf")
pdf.add_font("S", "I", FONT + "LiberationSerif-Italic.ttf")
pdf.set_margins(20, 22, 20)
pdf.set_auto_page_break(True, 14 + FN_ZONE)
pdf.set_title("BRHA Pay and Conditions Survey 2025")
pdf.set_author("Brevanian Road Haulage Association, Research Unit")


def H1(num, txt):
    pdf.section_title = f"{num} {txt}"
    pdf.ln(3)
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(120, 20, 20)
    pdf.multi_cell(0, 7, f"{num}  {txt}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def H2(num, txt):
    pdf.ln(1.5)
    pdf.set_font("S", "B", 11.5)
    pdf.set_text_color(30)
    pdf.multi_cell(0, 6, f"{num}  {txt}", new_x="LMARGIN", new_y="NEXT")


def P(txt, note=None):
    """Paragraph; if note given, a superscript marker is added at the end and footnote registered."""
    pdf.set_font("S", "", 10.5)
    pdf.set_text_color(20)
    if note:
        # ensure the paragraph's footnote goes on the page where the paragraph ends
        pdf.multi_cell(0, 5.2, txt, new_x="END", new_y="LAST")
        n = pdf.fn(note)
        pdf.set_font("S", "", 7)
        pdf.cell(3, 3.5, str(n), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    else:
        pdf.multi_cell(0, 5.2, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


# ---------------- cover
pdf.add_page()
pdf.set_y(60)
pdf.set_font("S", "B", 26)
pdf.set_text_color(120, 20, 20)
pdf.multi_cell(0, 12, "Pay and Conditions Survey 2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("S", "", 14)
pdf.set_text_color(40)
pdf.multi_cell(0, 8, "Drivers, warehouse and workshop staff in Brevanian road haulage and logistics",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(20)
pdf.set_font("S", "I", 11)
pdf.multi_cell(0, 6, "Brevanian Road Haulage Association (BRHA), Research Unit\n3 Carters' Yard, Ostrava Nova\n"
               "Published 28 November 2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(30)
pdf.set_font("S", "", 9)
pdf.multi_cell(0, 5, "This members' edition may be shared within member companies. Figures may be quoted "
               "with the attribution 'BRHA Pay and Conditions Survey 2025'.", align="C")

# ---------------- body
pdf.add_page()
H1("1", "Introduction")
H2("1.1", "About the survey")
P("The BRHA Pay and Conditions Survey has been run every year since 2009. It collects actual pay rates, "
  "allowances and working conditions from member companies, as distinct from the minimum rates set by the "
  "National Haulage Pay Agreement (NHPA). The 2025 survey received usable returns from 412 member firms "
  "employing 18,940 people in the roles covered, a response rate of 47% of eligible members.",
  "Eligible members are those with at least 5 employees in the roles covered. Sole traders and owner-drivers "
  "were excluded, as in previous years.")
P("Fieldwork ran from 2 June to 29 August 2025, so all figures reflect the NHPA 2025-26 rates that came into "
  "force on 1 April 2025. Figures are hourly basic rates, before premiums and allowances, unless stated.")
H2("1.2", "The National Haulage Pay Agreement 2025-26")
P("The NHPA is negotiated each year between BRHA and the Transport and General Workers' Union of Brevania "
  "(TGWUB). The 2025-26 agreement runs from 1 April 2025 to 31 March 2026 and raised all minimum rates by 4.2%. "
  "Its main terms are:")
for line in ["Class C driver minimum basic rate: BVL 17.40 per hour",
             "Class C+E driver minimum basic rate: BVL 19.85 per hour",
             "Night premium: 15% for hours worked between 22:00 and 06:00",
             "Saturday premium: 25%; Sunday and public holiday premium: 50%",
             "Overtime after 45 hours per week: time and a quarter",
             "Night-out (overnight) allowance: BVL 38 per night",
             "Ostrava Nova weighting: BVL 1,450 per year for drivers based within the capital district"]:
    pdf.set_font("S", "", 10.5)
    pdf.set_x(26)
    pdf.multi_cell(0, 5.2, "-  " + line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
P("The NHPA does not cover van drivers under 3.5 tonnes, warehouse staff or workshop staff, whose pay is set "
  "by individual employers. These roles are included in the survey for comparison.",
  "Some parcel carriers have company-level agreements with TGWUB. These were reported as company rates.")
H2("1.3", "Method")
P("Firms reported the basic hourly rate for every employee in the covered roles. We report the lower quartile "
  "(LQ), median and upper quartile (UQ) for each role and region. Cells with fewer than 30 employees are "
  "suppressed and shown as '..'. Regions follow the BRHA branch structure.")

H1("2", "Headline findings")
H2("2.1", "Driver pay is well above the NHPA floor")
P("The national median basic rate for Class C+E drivers was BVL 21.30 per hour, 7.3% above the NHPA minimum. "
  "For Class C drivers the median was BVL 18.60, 6.9% above the minimum. Only 3% of C+E drivers in the sample "
  "were paid exactly the NHPA minimum, down from 9% in 2024.")
P("Median annual gross earnings, including premiums, overtime and night-out allowances, were BVL 49,800 for "
  "C+E drivers and BVL 42,100 for Class C drivers. C+E drivers on regular night trunking reported median "
  "earnings of BVL 53,600.",
  "Annual earnings are for employees in post for the whole of the 2024-25 tax year (n = 9,214).")
H2("2.2", "Regional differences")
P("Ostrava Nova had the highest rates for every role, driven by competition for drivers with parcel carriers "
  "and the capital's living costs. Port Halloway came second for drivers, because of container haulage from "
  "the port. The Marl Valley (including Dremmel) paid the lowest driver rates, but had the highest rates of "
  "night premium work, with 41% of driver hours worked at night.")
H2("2.3", "Vacancies and the workforce")
P("Members reported 2,310 unfilled driver vacancies in August 2025, a vacancy rate of 8.4% (2024: 10.1%). "
  "Vacancies for fleet maintenance technicians were proportionally higher at 11.2%, the highest of any role "
  "surveyed. The median age of HGV drivers was 51, and women made up 4.1% of HGV drivers and 29% of "
  "warehouse operatives.")

H1("3", "Pay by role and region")
H2("3.1", "Hourly basic rates")
P("Table 1 gives hourly basic rates by role and region. Rates for transport planners, who are usually "
  "salaried, have been converted to hourly rates using each employee's contractual hours.")

# ---------------- long table
cols = [("Role", 46), ("Region", 36), ("LQ", 20), ("Median", 22), ("UQ", 20), ("n", 26)]


def table_header(cont=False):
    pdf.set_font("S", "B", 9.5)
    pdf.set_text_color(20)
    pdf.multi_cell(0, 5, "Table 1" + (" (continued)" if cont else "") +
                   ": Hourly basic rates (BVL) by role and region, June-August 2025",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(235, 225, 225)
    for name, w in cols:
        pdf.cell(w, 6, name, border=1, fill=True, align="C")
    pdf.ln()


regions = ["Ostrava Nova", "Port Halloway", "Kasswick", "Lindentor", "Marl Valley / Dremmel", "Rest of Brevania"]
data = {
    "HGV driver, Class C+E": [(21.20, 22.40, 23.90, 1480), (20.90, 21.90, 23.10, 1210), (20.30, 21.20, 22.30, 980),
                               (20.10, 20.90, 21.80, 610), (19.90, 20.60, 21.50, 1390), (20.00, 20.80, 21.70, 720)],
    "HGV driver, Class C": [(18.40, 19.50, 20.60, 1020), (17.90, 18.80, 19.70, 560), (17.60, 18.30, 19.20, 740),
                             (17.50, 18.10, 18.90, 390), (17.40, 17.90, 18.60, 820), (17.40, 18.00, 18.70, 510)],
    "Van / parcel delivery driver": [(15.10, 15.70, 16.40, 1340), (14.30, 14.90, 15.60, 420), (14.20, 14.75, 15.40, 860),
                                     (13.90, 14.40, 15.00, 300), (13.60, 14.10, 14.70, 390), (13.50, 14.00, 14.60, 280)],
    "Fleet maintenance technician": [(19.80, 20.90, 22.30, 210), (19.20, 20.10, 21.20, 150), (18.70, 19.60, 20.60, 170),
                                     (18.60, 19.40, 20.30, 120), (18.30, 19.10, 20.00, 190), (None, None, None, 24)],
    "Transport planner": [(20.60, 22.50, 24.80, 160), (19.90, 21.40, 23.00, 90), (19.50, 20.90, 22.40, 110),
                          (19.30, 20.60, 22.10, 60), (18.90, 20.10, 21.50, 80), (None, None, None, 18)],
    "Warehouse operative": [(13.90, 14.60, 15.40, 1610), (13.60, 14.30, 15.00, 940), (13.50, 14.20, 14.90, 1120),
                            (13.30, 14.00, 14.60, 540), (13.40, 14.20, 14.80, 1720), (13.10, 13.80, 14.40, 610)],
    "Forklift operator": [(15.50, 16.30, 17.10, 520), (15.20, 15.90, 16.70, 410), (15.10, 15.80, 16.50, 460),
                          (14.90, 15.50, 16.20, 230), (15.00, 15.80, 16.40, 690), (14.70, 15.30, 16.00, 190)],
}

table_header()
pdf.set_font("S", "", 9.5)
first_page = pdf.page_no()
for role, vals in data.items():
    for reg, (lq, med, uq, n) in zip(regions, vals):
        if pdf.will_page_break(6):
            pdf.add_page()
            table_header(cont=True)
            pdf.set_font("S", "", 9.5)
        cells = [role, reg] + (["..", "..", ".."] if lq is None else [f"{lq:.2f}", f"{med:.2f}", f"{uq:.2f}"]) + [f"{n:,}"]
        for (name, w), v in zip(cols, cells):
            pdf.cell(w, 5.6, v, border=1, align="L" if name in ("Role", "Region") else "R")
        pdf.ln()
pdf.set_font("S", "I", 8.5)
pdf.multi_cell(0, 4.5, "LQ = lower quartile; UQ = upper quartile; n = employees. '..' = fewer than 30 employees, suppressed. "
               "Source: BRHA Pay and Conditions Survey 2025.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

H2("3.2", "Premiums and allowances actually paid")
P("Most members pay the NHPA premiums exactly. However, 22% of firms paid a night premium above 15% (most "
  "commonly 20%), and 31% paid a night-out allowance above BVL 38 (most commonly BVL 45). Among warehouse "
  "employers the median night premium was BVL 2.10 per hour and the median cold-store allowance was BVL 0.85 "
  "per hour.",
  "Warehouse premiums are usually flat hourly amounts rather than percentages; the median is taken across firms "
  "reporting a flat amount (n = 188 firms).")
P("Fleet maintenance technicians most often worked a late-shift pattern; 64% of technicians received a shift "
  "premium, with a median of 16% of basic pay.")

H1("4", "Conditions, training and recruitment")
H2("4.1", "Hours")
P("The median contracted week was 45 hours for drivers and 40 hours for warehouse staff. Drivers' working "
  "time is limited by law to an average of 48 hours a week over a 17-week reference period. 58% of drivers "
  "worked some overtime in the survey period.")
H2("4.2", "Licence and DQC training")
P("73% of firms paid for some or all of a new driver's licence training, up from 61% in 2024. The median "
  "amount paid per driver was BVL 2,900 for Class C and BVL 4,300 for Class C and C+E together. 48% of firms "
  "required drivers to repay training costs if they left within 12 to 24 months.",
  "DVLO test fees are included. The cost of the D-4B medical is excluded because most firms did not record it.")
P("84% of firms paid for the 35 hours of DQC periodic training required every five years; 52% paid drivers "
  "for the time spent on it.")
H2("4.3", "Apprenticeships")
P("137 member firms had at least one Heavy Goods Driver Apprenticeship (Level 2, 18 months) apprentice in "
  "2025, with 612 apprentices in total. Training is funded through the National Skills Levy up to BVL 9,500 per "
  "apprentice. The median apprentice rate before passing Class C was BVL 10.40 per hour, well above the legal "
  "apprentice minimum of BVL 8.90. The completion rate for apprentices who started in 2023 was 71%.")

H1("5", "Outlook for 2026")
P("Negotiations on the NHPA 2026-27 begin in January 2026. TGWUB has tabled a claim of 6.5%; BRHA's "
  "negotiating mandate has not been published. Members expect to recruit 3,100 drivers in 2026, of whom 28% "
  "would be new to the industry.")
P("Members' biggest concerns for 2026 were driver shortages (cited by 67%), fuel costs (54%) and the shortage "
  "of fleet maintenance technicians (39%).")

pdf.output(OUT)
print("wrote", OUT, "pages", pdf.page_no(), "table started on page", first_page)
