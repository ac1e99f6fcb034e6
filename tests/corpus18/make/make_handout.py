"""Generate a 3-slides-per-page presentation handout PDF (fpdf2)."""
from fpdf import FPDF
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "Routes into Routing - Transport Careers Week 2025 (Handout).pdf")
FONT = "/usr/share/fonts/truetype/liberation/"

slides = [
    ("Routes into Routing: careers in planning, rail and transport data",
     ["Transport Careers Week 2025, University of Kasswick",
      "Dr Anja Lenz, Senior Lecturer, Department of Transport Studies",
      "Guest: Jakob Feld, Head of Data Science, Routewise Analytics",
      "Wednesday 19 November 2025, Lecture Theatre T2"]),
    ("Why transport needs people who like problems",
     ["Brevania moves c. 410 million tonnes of freight a year; 78% by road",
      "Every route plan trades off cost, time windows, drivers' hours and CO2",
      "Planning jobs sit between operations and analytics",
      "Three routes in today: planner, signaller, data scientist"]),
    ("Where our MSc graduates went (2024 cohort)",
     ["31 graduates of the MSc Transport & Supply Chain Analytics",
      "87% in graduate-level work within 6 months",
      "Median starting salary: BVL 44,000",
      "Top employers: Routewise, BNR, Maddox Fresh, PHPA, Kestrel"]),
    ("Route 1: Transport Planner",
     ["Builds next-day plans: which truck, which driver, which stops, in what order",
      "Typical pay at 3PLs and retailers: BVL 39,000-44,000",
      "Must know drivers' hours: 9 h driving a day (10 h twice a week)",
      "45-minute break after 4.5 hours of driving",
      "Entry: ops experience or a graduate scheme; ILTB Level 4 helps"]),
    ("A planner's night: Kasswick, 74 routes",
     ["17:00 orders locked; 18:00 optimiser run (c. 12 minutes)",
      "18:15-21:00 manual fixes: access restrictions, driver skills, breakdowns",
      "21:30 plans published to drivers' handhelds",
      "KPI: cost per case and on-time-in-full (OTIF) at 97.5%",
      "Most common complaint: 'the optimiser does not know the roads'"]),
    ("Route 2: Rail Signaller (BNR)",
     ["Controls train movements from a Rail Operating Centre",
      "Trainee signaller: 12-week course at the BNR Traction Academy",
      "Training salary BVL 33,100; qualified Grade 5 BVL 41,300",
      "12-hour shifts, days and nights; minimum age 18",
      "Selection includes a concentration and multitasking test"]),
    ("Signalling is becoming a data job",
     ["Ostrava Nova ROC now controls 640 km of route from one room",
      "Traffic management systems propose re-plans after delays",
      "Signallers accept or override; overrides are analysed weekly",
      "BNR is recruiting 'operational data analysts' from 2026"]),
    ("Route 3: Data Scientist, route optimisation",
     ["Routewise Analytics, Lindentor: founded 2019, about 60 staff",
      "Builds routing software for parcel carriers and grocers",
      "Clients include SwiftLark Parcels (2,300 vans daily)",
      "Data Scientist pay: BVL 54,000-68,000; juniors c. BVL 45,000",
      "Core skills: Python, SQL, vehicle routing problems (VRP)"]),
    ("What a VRP actually looks like",
     ["A depot, N stops, each with a time window and a demand",
      "Vehicles with capacity limits and drivers with hours limits",
      "Objective: minimise distance, vehicles, or lateness",
      "Real world adds: parking, lifts, 'do not deliver before 7'",
      "Routewise cut SwiftLark Kasswick miles per drop by 11% in 2024"]),
    ("How Routewise hires (Jakob Feld)",
     ["5 stages: CV screen, 30-min call, 48-hour take-home,",
      "technical interview, values interview with a co-founder",
      "Take-home: 40 stops with time windows, any language",
      "'We read your write-up before your code'",
      "About 4 junior hires a year, mostly from this MSc"]),
    ("Which qualification, when?",
     ["ILTB Level 4 Certificate: 9 months part-time, BVL 2,400",
      "ILTB pass mark 60%, distinction 75%",
      "MSc TSCA: BVL 11,800 full-time, BVL 6,200 a year part-time",
      "6 Transport Futures bursaries of BVL 3,000 for career changers",
      "National Skills Levy does not fund master's degrees"]),
    ("Neighbouring jobs: demand planner and supply chain analyst",
     ["Demand planner: forecasts sales by product, store and day",
      "Maddox Fresh demand planners (grade SC4): about BVL 41,200",
      "Supply chain analyst: cost, stock and service models and dashboards",
      "Analyst roles at forwarders and 3PLs: c. BVL 38,000-40,000",
      "Both are good stepping stones to optimisation work"]),
    ("Pay snapshot: the jobs in this talk",
     ["Transport planner (3PL / retail): BVL 39,000-44,000",
      "Signaller, BNR Grade 5: BVL 41,300 plus shift allowance",
      "Junior data analyst, routing start-up: c. BVL 45,000",
      "Data scientist, Routewise: BVL 54,000-68,000",
      "Compare: MSc 2024 cohort median start BVL 44,000"]),
    ("Questions students asked last year",
     ["'Do I need to code to be a planner?' No, but Excel and SQL help",
      "'Can I become a signaller with a degree?' Yes, same entry route",
      "'Is routing work remote?' Routewise: 2 office days a week in Lindentor",
      "'Do optimisers replace planners?' Not yet: they change the job",
      "'Is there an age limit?' Not for any of these roles"]),
    ("Five things to do this term",
     ["Learn the drivers' hours rules properly",
      "Do one small routing project and publish the write-up",
      "Visit a distribution centre at night",
      "Apply for 2026 summer placements by 31 January 2026",
      "Come to the careers fair: Thursday 20 November, Great Hall"]),
]


class Handout(FPDF):
    def header(self):
        self.set_font("Lib", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, "Routes into Routing - Transport Careers Week 2025 - Dr A. Lenz", align="L")
        self.cell(0, 5, "19/11/2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Lib", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, f"{self.page_no()}", align="C")


pdf = Handout("P", "mm", "A4")
pdf.add_font("Lib", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("Lib", "B", FONT + "LiberationSans-Bold.ttf")
pdf.add_font("Lib", "I", FONT + "LiberationSans-Italic.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Routes into Routing - Transport Careers Week 2025")
pdf.set_author("Dr Anja Lenz, University of Kasswick")
pdf.set_creator("PowerPoint - Print Handouts (3 slides per page)")

SW, SH = 100, 75  # slide panel size (4:3)
X0 = 15
for i, (title, bullets) in enumerate(slides):
    if i % 3 == 0:
        pdf.add_page()
    y0 = 22 + (i % 3) * 88
    # slide frame
    pdf.set_draw_color(60)
    pdf.set_line_width(0.4)
    pdf.rect(X0, y0, SW, SH)
    # title band
    pdf.set_fill_color(22, 60, 110)
    pdf.rect(X0, y0, SW, 14, style="F")
    pdf.set_xy(X0 + 3, y0 + 2)
    pdf.set_text_color(255)
    pdf.set_font("Lib", "B", 10)
    pdf.multi_cell(SW - 6, 5, title)
    pdf.set_text_color(20)
    pdf.set_font("Lib", "", 8.5)
    pdf.set_xy(X0 + 4, y0 + 18)
    for b in bullets:
        pdf.set_x(X0 + 4)
        pdf.multi_cell(SW - 8, 4.6, "\u2022  " + b)
        pdf.ln(1.2)
    pdf.set_font("Lib", "", 6.5)
    pdf.set_text_color(130)
    pdf.set_xy(X0 + SW - 14, y0 + SH - 5)
    pdf.cell(12, 4, str(i + 1), align="R")
    # note lines
    pdf.set_draw_color(170)
    pdf.set_line_width(0.2)
    for k in range(9):
        ly = y0 + 6 + k * 8
        pdf.line(X0 + SW + 8, ly, 195, ly)

# a hand-annotated note on slide 11's lines (simulating typed notes)
pdf.output(OUT)
print("wrote", OUT)
