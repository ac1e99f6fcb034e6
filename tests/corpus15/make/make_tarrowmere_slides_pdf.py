"""Imitates a Google Slides 'Download > PDF' export: one 16:9 landscape page per slide,
title + bullets, slide number and a footer line from the deck template."""
import os
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "Careers in Climate and Energy Data - Careers Week 2025 (Tarrowmere University).pdf")

TEAL = (0, 105, 110)
DARK = (33, 33, 33)
GREY = (110, 110, 110)

slides = [
    ("title", "Careers in Climate, Energy & Environmental Data",
     ["Tarrowmere University Careers Service", "Careers Week - Wednesday 8 October 2025 - Aula Hall, Lecture Theatre 2",
      "Presented by Dr Freya Austvik (Careers Consultant, Science & Engineering) and Kalle Immonen (MSc EDS alumnus 2022, Calderran Meteorological Office)"]),
    ("bullets", "What we will cover today", [
        "Who hires data people in climate, energy and environment in Calderra",
        "The main job families and what they pay at entry level",
        "Graduate schemes and internships: dates you must not miss in 2025/26",
        "Routes for career changers: physics PhDs, software engineers, GIS technicians",
        "International students: the Graduate Route Permit and Skilled Worker Permit",
        "How the Careers Service can help (appointments, CV checks, mock interviews)"]),
    ("bullets", "Who is hiring", [
        "Grid and utilities: Halvorsen Grid (transmission operator, Tarrowmere & Vessport)",
        "Renewables: Tessaly Wind (Lindqvist Bay), plus 20+ smaller solar and wind developers",
        "Public sector: Calderran Meteorological Office (Kestrel Heath), Calderra Climate Agency (Vessport, Tarrowmere)",
        "Insurance & finance: Corvane Mutual (climate risk modelling, Vessport)",
        "Start-ups: Furrowlight (agri-tech, Orrin Valley) and the Vessport climate-tech cluster",
        "NGOs: Verdant Reach (habitat monitoring, sustainability data)",
        "CSEDS salary survey 2025: 1,284 respondents; 24% work for utilities and grid operators"]),
    ("table", "Entry-level pay: what graduates actually earn", [
        ["Employer / scheme", "Role at entry", "Starting salary (CRM)", "Employer pension"],
        ["Halvorsen Grid Graduate Programme", "Graduate Data Scientist (E3)", "46,500", "11%"],
        ["Calderran Meteorological Office", "RSE 1", "51,500 - 57,800", "14.5%"],
        ["Calderra Climate Agency", "Band 5 analyst", "51,300 (Vessport min.)", "15.2%"],
        ["Tessaly Wind", "L2 Graduate Analyst", "50,000", "8% + up to 2% match"],
        ["Verdant Reach", "D1 Data Officer", "39,500", "7%"],
        ["Our MSc EDS graduates (2024 cohort)", "Median across all roles", "50,200", "-"]]),
    ("bullets", "Graduate schemes & internships - key dates", [
        "Halvorsen Grid Graduate Programme (Data & ML track), Sept 2026 intake: opens 1 Nov 2025, closes 8 Feb 2026; assessment centres in March",
        "CMO Summer Internships 2026: 12 weeks from mid-June; applications 3 Nov 2025 - 25 Jan 2026; pay CRM 2,950/month (CRM 3,250 for master's students)",
        "Tessaly Wind Graduate Analyst scheme: 18 months, 3 rotations; closes 30 Nov 2025",
        "Calderra Climate Agency Data Analyst Apprenticeship: 24 months, CRM 31,000, no degree needed; closes 16 Jan 2026",
        "Verdant Reach summer internship: 10 weeks, CRM 2,300/month, 4 places; usually closes late April",
        "Rule of thumb: most schemes close 7-9 months before the start date. Apply in autumn."]),
    ("bullets", "Job families (1/2)", [
        "Energy data scientist - demand, prices, asset performance. Python, SQL, statistics.",
        "Grid / forecasting ML engineer - wind, solar and demand forecasts; probabilistic models; production systems and on-call.",
        "Earth observation / remote sensing analyst - satellite imagery for wind resource, crops, habitats. xarray, GDAL, SAR.",
        "Climate risk modeller - flood, windstorm and heat risk for insurers, banks and the grid. Extreme value statistics.",
        "GIS developer - web GIS, PostGIS, site screening tools for developers and councils."]),
    ("bullets", "Job families (2/2)", [
        "MLOps engineer (energy) - model serving, feature stores, monitoring; highest senior median in the CSEDS survey (CRM 101,300).",
        "Sustainability data analyst - corporate footprints, ESG and biodiversity reporting.",
        "Carbon accounting analyst - Scope 1-3 inventories; demand up after the 2025 Scope 3 reporting duty.",
        "Research software engineer - weather and climate model code (Fortran, C++, Python, GPUs).",
        "Data engineer - pipelines for SCADA, metering, satellite and sensor data."]),
    ("bullets", "The MSc in Environmental Data Science (EDS)", [
        "12 months full-time (September - September) or 24 months part-time for people in work",
        "Fees 2026/27: CRM 11,400 (Calderran and permanent residents), CRM 24,800 (international)",
        "Optional 6-week industry project with partners (Halvorsen Grid, CMO, Tessaly Wind, Verdant Reach)",
        "2024 cohort: 47 graduates; 91% in work or further study after 6 months; median starting salary CRM 50,200",
        "Scholarships: 5 Halvorsen Energy Transition Scholarships covering full domestic fees; deadline 31 March 2026",
        "CSEDS-accredited: graduates can count the MSc as 1 year toward the CEDP experience requirement"]),
    ("bullets", "Career changers: what works", [
        "Physics / other PhDs: CMO Data Science Fellowship (18 months, CRM 58,000, 6 places; applications in May-June). Corvane Mutual usually hires PhDs at Modeller II.",
        "Software engineers: data engineering and MLOps are the easiest entry points. Expect a pay cut at startups; utilities often match.",
        "GIS technicians: lead with spatial skills; add Python, Git and PostGIS. The CSEDS CEDP-Associate exam (CRM 180 for members, pass mark 65%) helps get past CV screens.",
        "Accountants and auditors: carbon accounting roles value audit skills; CCA Band 5 posts list accounting qualifications as desirable.",
        "Part-time route: our 'Spatial Data Science with Python' evening module, 10 weeks, CRM 640"]),
    ("bullets", "International students: permits", [
        "Graduate Route Permit: 18 months after a master's, 24 months after a PhD. Apply before your student permit expires. Fee CRM 480.",
        "You can work full time in any job on the Graduate Route; no sponsor needed.",
        "Skilled Worker Permit: employer sponsorship; general salary threshold CRM 72,000.",
        "Critical Skills List (Energy Systems) lowers the threshold to CRM 58,000 for listed roles, e.g. forecasting ML engineers at Halvorsen Grid.",
        "Some public-sector posts are 'reserved' for citizens/permanent residents (e.g. 2 of 5 CCA Band 6 climate risk posts in spring 2025).",
        "Student permit: max 20 hours/week work in term time, full time in vacations."]),
    ("bullets", "Interviews in this sector: what to expect", [
        "Take-home exercises are common: usually 3-4 hour caps (Halvorsen 4 h, Tessaly Wind 3 h, Furrowlight 3 h and they pay CRM 150)",
        "Public sector uses written behaviour statements (250 words each) and online tests instead of take-homes",
        "Critical-infrastructure employers (Halvorsen Grid) require security vetting: allow 3-5 weeks",
        "Expect to explain uncertainty: P10/P50/P90, return periods, validation on unseen years",
        "Bring one real project you can discuss for 30-40 minutes rather than five small ones"]),
    ("bullets", "How the Careers Service can help", [
        "30-minute 1:1 appointments, bookable via the CareerHub portal up to 2 weeks ahead",
        "CV and cover letter reviews returned within 5 working days",
        "Mock technical interviews with alumni volunteers (Tuesdays, November - March)",
        "Employer fair: Climate & Energy Careers Fair, 5 November 2025, Aula Hall, 11:00-16:00, 34 employers registered",
        "Alumni support: free access to the Careers Service for 3 years after graduation"]),
    ("title", "Questions?",
     ["careers@tarrowmere.ac.cl  -  Careers Service, Student Centre, Level 1",
      "Slides will be posted on the Careers Week page by Friday 10 October 2025"]),
]


class Deck(FPDF):
    def footer(self):
        self.set_y(-10)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, "Tarrowmere University Careers Service  |  Careers Week 2025", align="L")
        self.set_x(-25)
        self.cell(15, 5, str(self.page_no()), align="R")


pdf = Deck(orientation="L", unit="mm", format=(142.875, 254.0))
pdf.set_auto_page_break(False)
pdf.set_title("Careers in Climate and Energy Data - Careers Week 2025")
pdf.set_author("Tarrowmere University Careers Service")
pdf.set_creator("Google Slides")
pdf.set_producer("Skia/PDF m131 Google Docs Renderer")

for kind, title, content in slides:
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    if kind == "title":
        pdf.rect(0, 0, 254, 142.875, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(18, 38)
        pdf.set_font("Helvetica", "B", 28)
        pdf.multi_cell(218, 13, title)
        pdf.set_font("Helvetica", "", 13)
        pdf.ln(4)
        for line in content:
            pdf.set_x(18)
            pdf.multi_cell(218, 7, line)
            pdf.ln(1)
        continue
    pdf.rect(0, 0, 254, 4, "F")
    pdf.set_text_color(*TEAL)
    pdf.set_xy(14, 11)
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(226, 11, title)
    pdf.ln(3)
    pdf.set_text_color(*DARK)
    if kind == "bullets":
        size = 13 if len(content) <= 5 else 11.5
        pdf.set_font("Helvetica", "", size)
        for b in content:
            y = pdf.get_y()
            pdf.set_xy(16, y)
            pdf.cell(6, 7, "-")
            pdf.set_xy(22, y)
            pdf.multi_cell(218, 6.3 if size < 13 else 7, b)
            pdf.ln(1.8)
        if pdf.get_y() > 131:
            print("WARNING: slide overflows:", title, round(pdf.get_y(), 1))
    else:
        widths = [72, 58, 48, 46]
        pdf.set_x(14)
        for i, row in enumerate(content):
            pdf.set_x(14)
            if i == 0:
                pdf.set_font("Helvetica", "B", 11)
                pdf.set_fill_color(224, 240, 240)
            else:
                pdf.set_font("Helvetica", "", 11)
            for w, cell in zip(widths, row):
                pdf.cell(w, 10, cell, border="B", fill=(i == 0))
            pdf.ln(10)
        pdf.set_font("Helvetica", "I", 9)
        pdf.set_text_color(*GREY)
        pdf.set_x(14)
        pdf.multi_cell(224, 5, "Sources: employers' published 2025 pay scales; Tarrowmere University Graduate Outcomes Survey 2025. Tessaly Wind L2 salary is for the graduate scheme only.")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", os.path.abspath(OUT))
