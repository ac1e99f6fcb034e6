import os
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", 'SENCo Job Pack - Dunholt Park School - Jan 2026.docx')
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = "Brightwater Learning Trust  |  Dunholt Park School  |  Job ID 2025-4261: Special Educational Needs Coordinator (SENCo)"
hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x44, 0x55, 0x66)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Brightwater Learning Trust, 4 Ferrier Row, Kelmsey KL3 9RD  |  Company no. OR0912274  |  Page ")
r.font.size = Pt(8)
def field(par, instr):
    run = par.add_run(); run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): run._r.append(e)
field(fp, "PAGE")
r = fp.add_run(" of "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

# numbering helpers: restart "List Number" by creating new w:num pointing to same abstractNum
numbering = doc.part.numbering_part.element
def list_number_abstract():
    sid = doc.styles["List Number"].element.pPr.numPr.numId.val
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == str(sid):
            return n.find(qn("w:abstractNumId")).get(qn("w:val"))
def new_num():
    aid = list_number_abstract()
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), aid); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    return nid
def numbered(items):
    nid = new_num()
    for it in items:
        p = doc.add_paragraph(it, style="List Number")
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
        numPr.append(il); numPr.append(ni); pPr.append(numPr)
def bullets(items):
    for it in items: doc.add_paragraph(it, style="List Bullet")

t = doc.add_heading("Special Educational Needs Coordinator (SENCo)", 0)
doc.add_paragraph("Dunholt Park School, Dunholt  |  Job pack for candidates  |  Start date: Monday 13 April 2026").runs[0].bold = True

doc.add_heading("Welcome from the Headteacher", 1)
doc.add_paragraph("Thank you for your interest in becoming SENCo at Dunholt Park School. We are an 11-16 comprehensive school of 980 pupils, part of the Brightwater Learning Trust since 2019. 19% of our pupils receive SEN support and 41 pupils have an Education, Health and Support Plan (EHSP), compared with a national average of 13% and 2.6% respectively. Our Learning Hub supports up to 24 pupils at any one time. We are looking for a SENCo who will lead this work with ambition and warmth. - Mrs Saoirse Halvey, Headteacher")

doc.add_heading("The post at a glance", 1)
bullets([
    "Salary: Main or Upper Pay Scale (M1-U3; OLM 32,400-48,900 in 2025/26), plus SEN allowance of OLM 2,680 and TLR2b of OLM 5,870. Dunholt is paid at the national rate (no regional weighting).",
    "Contract: permanent, full-time. Reporting to the Deputy Headteacher (Inclusion), Mr Tobias Wren.",
    "Teaching commitment: 20 periods per fortnight out of 50 (40%), in the candidate's own subject or in Learning Hub groups.",
    "Team: 2 Higher Level Teaching Assistants, 11 Learning Support Assistants, a trust speech and language therapist (1 day per week) and an educational psychologist (12 days per year) from Dunholt Council.",
    "Qualification: the Orlesian SENCo Award (OSA) must be achieved within 3 years of appointment. The Trust pays the full OSA fee of OLM 2,400 (one-year course at the University of Upper Brennock) and gives 10 days of study leave.",
    "Trust benefits: Orlesian Teachers' Pension Scheme (employer contribution 23.6%), employee assistance programme, cycle-to-work scheme and OLM 3,000 early-career retention payment for eligible subjects.",
])

doc.add_heading("Key responsibilities", 1)
numbered([
    "Lead the day-to-day operation of the school's SEN policy and the Orlesian SEN Code of Practice (2024).",
    "Maintain the SEN register and co-ordinate provision for all 186 pupils on SEN support and the 41 pupils with EHSPs.",
    "Organise and chair annual reviews of EHSPs within the statutory 12-month cycle, submitting paperwork to Dunholt Council within 2 weeks of each review.",
    "Line manage the 2 HLTAs and 11 LSAs, including annual appraisal and deployment across 5 year groups.",
    "Apply for access arrangements (extra time, readers, scribes) with the Exams Officer, meeting the Orlesian Examinations Board deadline of 21 March for the summer series.",
    "Advise teachers on adaptive teaching and deliver at least 3 whole-staff training sessions per year.",
    "Manage the SEN budget of OLM 412,000 (2025/26), including notional SEN funding and top-up funding.",
    "Report termly to the Local Governing Committee and annually to the Trust Inclusion Board.",
])

doc.add_heading("Person specification", 1)
doc.add_paragraph("Candidates will be shortlisted against the essential criteria. Assessment methods: A = application form, I = interview, T = task, R = references.")
rows = [
    ("Qualifications", "Qualified Teacher Status (QTS) and current registration with the Orlesian Teaching Council.\nDegree or equivalent.", "Orlesian SENCo Award (OSA) already achieved or in progress.\nSpecialist qualification in dyslexia, autism or speech and language.", "A"),
    ("Experience", "At least 3 years' successful teaching experience in secondary schools.\nExperience of supporting pupils with a range of SEN.", "Experience as a SENCo, deputy SENCo or in specialist provision.\nExperience of EHSP annual reviews.", "A, I, R"),
    ("Knowledge", "Thorough knowledge of the Orlesian SEN Code of Practice (2024) and the Equality (Orlesia) Act 2017.\nUnderstanding of access arrangements for OEB examinations.", "Knowledge of local services in Dunholt (educational psychology, CAMHS, speech and language).", "A, I, T"),
    ("Skills", "Ability to analyse pupil data and plan interventions.\nExcellent written communication, including report writing for statutory processes.", "Experience of training adults.\nUse of the SIMS or Arbor management information systems.", "I, T"),
    ("Leadership", "Ability to lead and motivate a team of support staff.\nAbility to hold colleagues to account for provision.", "Experience of budget management of more than OLM 100,000.", "A, I, R"),
    ("Personal qualities", "Commitment to safeguarding and inclusion.\nResilience and ability to manage competing priorities.", "Willingness to contribute to the Trust SENCo network (6 meetings per year).", "I, R"),
    ("Safeguarding", "Enhanced Orlesian Vetting Certificate (OVC) with barred list check.\nSatisfactory references and pre-employment checks.", "Designated Safeguarding Lead training (Level 3).", "R"),
]
tbl = doc.add_table(rows=1, cols=4); tbl.style = "Table Grid"; tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = tbl.rows[0].cells
for c, txt in zip(hdr, ("Criteria", "Essential", "Desirable", "How assessed")):
    c.text = ""; rr = c.paragraphs[0].add_run(txt); rr.bold = True
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), "1F4E79"); c._tc.get_or_add_tcPr().append(sh)
    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
# repeat header row
trPr = tbl.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for crit, ess, des, how in rows:
    cells = tbl.add_row().cells
    cells[0].text = ""; cells[0].paragraphs[0].add_run(crit).bold = True
    for cell, txt in ((cells[1], ess), (cells[2], des)):
        cell.text = ""
        parts = txt.split("\n")
        cell.paragraphs[0].text = parts[0]
        for p_ in parts[1:]: cell.add_paragraph(p_)
    cells[3].text = how
for row in tbl.rows:
    for i, w in enumerate((Cm(3.0), Cm(5.8), Cm(5.2), Cm(2.6))): row.cells[i].width = w

doc.add_heading("How to apply", 1)
numbered([
    "Apply online through the Brightwater Learning Trust careers site (Job ID 2025-4261). CVs alone are not accepted.",
    "Include a letter of application of no more than 2 sides of A4 addressing the person specification.",
    "Closing date: 12:00 noon, Friday 16 January 2026.",
    "Shortlisted candidates will be informed by Wednesday 21 January 2026.",
    "Interviews: Tuesday 27 and Wednesday 28 January 2026 (two days; see below).",
])
doc.add_heading("Selection process", 2)
bullets([
    "Day 1 (27 January): tour of the school and Learning Hub; 60-minute in-tray task analysing provision maps for 3 anonymised pupils; pupil panel of 6 students.",
    "Day 2 (28 January): 15-minute presentation to the panel on 'Adaptive teaching in the first 100 days'; formal interview with the Headteacher, Deputy Headteacher (Inclusion), a trustee and the Trust Director of Inclusion, Dr Maeve Olusanya.",
    "Travel expenses for interview are reimbursed at OLM 0.35 per km, or standard rail fares, on receipts.",
])
doc.add_paragraph("Informal conversations with Mr Wren are welcome: call the school on 0388 120 4470 or email inclusion@dunholtpark.sch.or. Brightwater Learning Trust is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. An online search will be carried out on shortlisted candidates in line with KCSOE 2025.")
doc.save(OUT)
print("saved", OUT)
