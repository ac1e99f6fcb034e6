"""Generate the Marl Valley Freight HGV apprenticeship application form (.docx)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "docs",
                   "MVF-APP-01 Heavy Goods Driver Apprenticeship Application Form 2026.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
doc.core_properties.author = "Marl Valley Freight Ltd - HR"
doc.core_properties.title = "Heavy Goods Driver Apprenticeship Application Form"
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "Marl Valley Freight Ltd          Form MVF-APP-01 (rev. 11/2025)"
sec.footer.paragraphs[0].text = ("Marl Valley Freight Ltd, Unit 7 Riverside Trading Estate, Dremmel DR4 9LK · "
                                 "A member of the Brevanian Road Haulage Association (BRHA)")
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def answer_box(lines=4, prompt=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = prompt or ""
    for _ in range(lines - 1):
        c.add_paragraph("")
    doc.add_paragraph()


def field_table(rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in rows:
        r = t.add_row().cells
        r[0].text = label
        shade(r[0], "EDEDED")
        r[0].width = Cm(6)
        r[1].width = Cm(11)
    doc.add_paragraph()


doc.add_heading("Heavy Goods Driver Apprenticeship (Level 2)", level=0)
doc.add_paragraph("Application Form · September 2026 intake · Closing date: Saturday 14 February 2026, 17:00")

doc.add_heading("Guidance notes: please read before completing", level=1)
notes = [
    "Marl Valley Freight (MVF) is a family-owned haulier based in Dremmel, operating 96 trucks (58 rigid, "
    "38 articulated) on chilled and ambient work for supermarkets and food manufacturers across Brevania.",
    "We are offering 12 apprenticeship places in 2026. Apprentices start on Monday 7 September 2026.",
    "The apprenticeship lasts 18 months and follows the BRHA Heavy Goods Driver Apprenticeship standard. "
    "You will take your Class C licence in around month 6 and your Class C+E licence in around month 14. "
    "The end-point assessment, run by the Institute of Logistics and Transport Brevania (ILTB), takes place "
    "in month 18.",
    "Training costs (licence training, all DVLO test fees, the Driver Qualification Card and the end-point "
    "assessment) are paid by MVF and the National Skills Levy, which funds up to BVL 9,500 per apprentice. "
    "You will not be asked to repay them.",
    "Pay: BVL 10.50 per hour until you pass Class C, then BVL 14.20 per hour until you pass C+E, then "
    "BVL 16.90 per hour until the end-point assessment. Qualified drivers who complete the apprenticeship "
    "are offered a permanent C+E contract at not less than the National Haulage Pay Agreement rate "
    "(currently BVL 19.85 per hour). The legal minimum apprentice rate is BVL 8.90 per hour.",
    "Apprentices work 40 hours per week, Monday to Friday, with 1 day each fortnight at the BRHA Skills "
    "Centre in Kasswick. You will not be asked to work nights before you turn 19.",
    "Complete the form in black ink or electronically. Answer every question. If a question does not "
    "apply to you, write N/A. We do not accept CVs instead of this form.",
    "Return the form by email to apprentices@mvf.bv or by post to HR, Marl Valley Freight Ltd, Unit 7 "
    "Riverside Trading Estate, Dremmel DR4 9LK.",
]
for n in notes:
    doc.add_paragraph(n, style="List Number")

doc.add_heading("What happens next", level=2)
doc.add_paragraph(
    "Shortlisted applicants will be invited to an assessment day at our Dremmel depot on 7 or 14 March "
    "2026. The day includes a 30-minute maths and English test (pass mark 65%), a yard manoeuvring "
    "exercise in our training simulator, a walkaround vehicle check demonstration and a 20-minute "
    "interview with the Transport Manager and a current driver. We aim to make offers by 27 March 2026. "
    "Offers are conditional on a satisfactory D-4B medical and on the DVLO granting provisional Class C "
    "entitlement.")

doc.add_heading("Section A: Eligibility", level=1)
doc.add_paragraph("Tick every box that applies. If you cannot tick boxes 1 to 5, you are not eligible for this intake.")
elig = [
    "1. I will be aged 18 or over on 7 September 2026.",
    "2. I hold a full Class B (car) driving licence and will have held it for at least 12 months by 7 September 2026.",
    "3. I have no more than 6 penalty points on my licence and no driving disqualification in the last 5 years.",
    "4. I have the right to work in Brevania.",
    "5. I am not currently in full-time education, or I will have finished it by 31 August 2026.",
    "6. I already hold a Driver Qualification Card or provisional Class C entitlement (not required).",
    "7. I live within 45 minutes' travel of Dremmel, or am willing to move (not required).",
]
for e in elig:
    doc.add_paragraph("☐  " + e)
doc.add_paragraph(
    "Note: under DVLO rules, apprentices on an approved scheme may hold C+E entitlement from age 18. "
    "Drivers who are not on an approved apprenticeship must normally be 21 for C+E.").runs[0].italic = True

doc.add_heading("Section B: Personal details", level=1)
field_table(["Full name", "Preferred name", "Date of birth (DD/MM/YYYY)", "Address", "Postcode",
             "Mobile number", "Email address", "Driving licence number", "Date Class B licence issued",
             "Penalty points (number and codes)"])

doc.add_heading("Section C: Education and qualifications", level=1)
t = doc.add_table(rows=5, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["School / college", "Qualification", "Subject", "Grade / date"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "EDEDED")
doc.add_paragraph()

doc.add_heading("Section D: Your application", level=1)
doc.add_paragraph("Please answer in your own words. We suggest 100 to 250 words for each question.")
qs = [
    "Why do you want to become a heavy goods vehicle driver, and why with Marl Valley Freight?",
    "Tell us about a time when you had to stay calm and follow rules when under pressure.",
    "Driving an HGV often means early starts (from 04:00) and long days. How would this fit with your life?",
    "Describe any experience you have of driving, machinery, delivery work or customer service.",
    "Road safety is our first priority. What do you think makes a safe professional driver?",
]
for i, q in enumerate(qs, 1):
    p = doc.add_paragraph()
    p.add_run(f"Q{i}. ").bold = True
    p.add_run(q)
    answer_box(6)

doc.add_heading("Section E: Employment history", level=1)
t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Employer", "Job title", "From – to", "Reason for leaving"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "EDEDED")
doc.add_paragraph()

doc.add_heading("Section F: Adjustments and availability", level=1)
doc.add_paragraph("☐  I would like adjustments at the assessment day (please describe below).")
doc.add_paragraph("☐  I can attend on Saturday 7 March 2026.")
doc.add_paragraph("☐  I can attend on Saturday 14 March 2026.")
answer_box(3)

doc.add_heading("Section G: How did you hear about us?", level=1)
for o in ["BRHA website", "School / college careers adviser", "Job centre", "Social media",
          "Friend or family member working at MVF (referral bonus applies to the employee)", "Other"]:
    doc.add_paragraph("☐  " + o)

doc.add_heading("Section H: Declaration", level=1)
doc.add_paragraph(
    "I confirm that the information on this form is true and complete. I understand that giving false "
    "information, including about my licence or penalty points, may lead to withdrawal of an offer or "
    "dismissal. I consent to MVF checking my driving licence record with the DVLO.")
field_table(["Signature", "Date"])
doc.add_paragraph("For office use only:  Received ☐   Eligible ☐   Shortlisted ☐   Ref no. ________").runs[0].font.size = Pt(8)

doc.save(OUT)
print("wrote", OUT)
