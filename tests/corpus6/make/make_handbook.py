"""Word handbook 'Beyond the Degree' (python-docx directly) plus its markdown source."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

ROOT = Path(__file__).resolve().parent.parent
NAME = "beyond-the-degree-handbook-2025-26.docx"
TITLE = "Beyond the Degree: Careers Handbook for Humanities and Arts Graduates 2025–26"
DISCLAIMER = ("Salary figures are indicative. Unless stated otherwise they come from Caldbrook University's "
              "Graduate Outcomes Survey and from job adverts collected by the Careers & Employability Service; "
              "check each employer's current advert before applying.")

doc = Document()
md = []
core = doc.core_properties
core.title = "Careers Handbook Template v3"   # stale template title, as real files carry
core.author = "Caldbrook University Careers & Employability Service"

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Caldbrook University Careers & Employability Service"
fp = sec.footer.paragraphs[0]
fp.add_run("Beyond the Degree 2025–26  ·  page ")
r = fp.add_run()
r._r.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def heading(text, level):
    doc.add_heading(text, level)
    md.extend(["#" * (level + 1 if level else 1) + " " + text, ""])


def para(text, bold_lead=None):
    p = doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    md.extend([(f"**{bold_lead}**" if bold_lead else "") + text, ""])
    return p


def bullets(items, style="List Bullet"):
    for i, it in enumerate(items, 1):
        doc.add_paragraph(it, style=style)
        md.append(("- " if style == "List Bullet" else f"{i}. ") + it)
    md.append("")


def set_shading(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def merged_table(top, sub, rows, spans, vmerge_cols):
    """top: first header row texts (None = covered by a horizontal merge); sub: second header row."""
    ncol = len(sub)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    for c, txt in enumerate(top):
        if txt is not None:
            t.cell(0, c).text = txt
    for c, txt in enumerate(sub):
        if txt:
            t.cell(1, c).text = txt
    for a, b in spans:
        t.cell(0, a).merge(t.cell(0, b))
    for c in vmerge_cols:
        t.cell(0, c).merge(t.cell(1, c))
    for rr in (0, 1):
        for c in range(ncol):
            cell = t.cell(rr, c)
            set_shading(cell, "1F3A60")
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
                    run.font.color.rgb = RGBColor(255, 255, 255)
        trPr = t.rows[rr]._tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, row in enumerate(rows):
        for c, txt in enumerate(row):
            t.cell(2 + i, c).text = txt
    # markdown (grid-ish): header rows as written
    md.append("| " + " | ".join((x if x is not None else "〃") for x in top) + " |")
    md.append("| " + " | ".join(x or "〃" for x in sub) + " |")
    md.append("|" + "---|" * ncol)
    md.extend("| " + " | ".join(r) + " |" for r in rows)
    md.extend(["", "(Header rows: merged cells shown as 〃.)", ""])
    doc.add_paragraph()


def simple_table(header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Light Grid Accent 1"
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for i, row in enumerate(rows):
        for c, txt in enumerate(row):
            t.cell(1 + i, c).text = txt
    md.append("| " + " | ".join(header) + " |")
    md.append("|" + "---|" * len(header))
    md.extend("| " + " | ".join(r) + " |" for r in rows)
    md.append("")
    doc.add_paragraph()


def callout(label, text):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="12" w:space="4" w:color="C0504D"/>'
        f'<w:left w:val="single" w:sz="12" w:space="4" w:color="C0504D"/><w:bottom w:val="single" w:sz="12" w:space="4" w:color="C0504D"/>'
        f'<w:right w:val="single" w:sz="12" w:space="4" w:color="C0504D"/></w:pBdr>'))
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FDECEA"/>'))
    p.add_run(label + " ").bold = True
    p.add_run(text)
    md.extend([f"> **{label}** {text}", ""])


def text_box(title, lines):
    """A floating DrawingML text box anchored to an empty paragraph (as Word's Insert > Text Box makes)."""
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{x}</w:t></w:r></w:p>'
        for i, x in enumerate([title] + lines))
    xml = f'''<w:r {nsdecls("w", "wp", "a", "pic")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2360930" cy="2200000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="7" name="Text Box 2"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="2200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EAF1FB"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="1F3A60"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:rect style="position:absolute;width:186pt;height:173pt;z-index:251659264" fillcolor="#eaf1fb" strokecolor="#1f3a60">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    md.extend([f"> **{title}** (floating text box)", ">"] + [f"> {x}" for x in lines] + [""])


# ---------------------------------------------------------------- content
doc.add_paragraph(TITLE, style="Title")
md.extend([f"# {TITLE}", ""])
para("Caldbrook University Careers & Employability Service · Wren Building, 14 Almshouse Lane, Caldbrook")

p = doc.add_paragraph()
p.add_run("Contents").bold = True
md.extend(["**Contents**", ""])
toc = [("1 Introduction", 2), ("1.1 How to use this handbook", 2), ("1.2 Graduate outcomes", 2),
       ("2 Sector guides", 3), ("2.1 Archives and records management", 3), ("2.2 Heritage conservation", 4),
       ("2.3 Publishing", 4), ("2.4 Funding further study", 5), ("3 Making applications", 6),
       ("3.1 CVs", 6), ("3.2 Portfolios", 6)]
for entry, page in toc:
    tp = doc.add_paragraph()
    tp.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if entry.count(".") and entry.split()[0].count(".") == 1:
        tp.paragraph_format.left_indent = Cm(0.8)
    tp.add_run(f"{entry}\t{page}")
    md.append(f"{entry} ....... {page}  ")
md.append("")
doc.add_page_break()

heading("1 Introduction", 1)
heading("1.1 How to use this handbook", 2)
para("Read chapter 2 for the sector you are curious about, then chapter 3 before you apply. Every chapter "
     "ends with the name of the careers consultant who looks after that sector; you can book them for a "
     "30-minute guidance appointment on CareerHub Caldbrook.")
heading("1.2 Graduate outcomes", 2)
para("The table shows what our 2023 graduates were doing 15 months after they graduated.")
merged_table(["Outcome", "2023 graduates, 15 months after graduation", None],
             [None, "Humanities", "Arts"],
             [["Employed full-time", "58%", "54%"],
              ["Further study", "21%", "17%"],
              ["Working and studying", "9%", "8%"],
              ["Unemployed", "5%", "7%"],
              ["Median full-time salary", "€27,400", "€25,900"],
              ["Survey respondents", "1,126", "742"]],
             spans=[(1, 2)], vmerge_cols=[0])

heading("2 Sector guides", 1)
heading("2.1 Archives and records management", 2)
para("Archivists select, catalogue and preserve records and help people use them. Records managers do the "
     "same for records that an organisation still uses. Both need a postgraduate qualification recognised by "
     "the Vale Archives Council.")
para("", bold_lead="Qualification")
bullets(["MA Archives and Records Management at Caldbrook: 1 year full-time or 2 years part-time",
         "Tuition fee 2025/26: €11,400 (full-time)",
         "24 places; applicants need 6 months of paid or voluntary experience in an archive",
         "Distance-learning route: the Postgraduate Diploma from Wrenfield College, 2 years, €7,900"])
para("", bold_lead="Pay")
simple_table(["Post", "Salary"], [["Archives assistant", "€24,000 – €26,500"], ["Archivist", "€31,000 – €38,000"],
                                  ["Records manager", "€36,000 – €44,000"], ["Senior archivist", "€41,000 – €47,500"]])
para("Consultant for this sector: Hamid Qureshi.")

heading("2.2 Heritage conservation", 2)
text_box("Case study: Lena Marsh (BA Art History 2021)",
         ["Lena spent two years on the Heritage Skills Traineeship at Harrowgate Hall before her MA.",
          "The traineeship pays €22,800 a year and takes 3 trainees each September.",
          "She is now assistant conservator (textiles) at the Vale Museum of Textiles."])
para("Conservators examine, clean, stabilise and repair objects, and advise on storage and display. Most "
     "specialise in one material: paper, paintings, textiles, metals or stone.")
bullets(["MA Conservation of Cultural Materials: 2 years full-time, €12,600 a year",
         "Entry needs a portfolio of practical work and chemistry to school-leaving level",
         "Accreditation as an Accredited Conservator-Restorer (ACR) by the Guild of Conservators after at least 5 years of practice; fee €350"])
para("Consultant for this sector: Hamid Qureshi.")

heading("2.3 Publishing", 2)
para("Editorial assistants in Vale publishers start on about €24,500. Competition is heavy: one Caldbrook "
     "publisher received 310 applications for a single post in 2024.")
para("", bold_lead="Publishing Futures traineeship")
bullets(["12 months, starting each September", "10 places across six publishers", "Salary €26,000",
         "Closes on 28 February; includes a 1-hour proofreading test"])
para("Consultant for this sector: Ruth Adeyemi.")

heading("2.4 Funding further study", 2)
merged_table(["Scheme", "Support", None, "Deadline"],
             [None, "Amount", "Type", None],
             [["Caldbrook Humanities Master's Scholarship", "€5,000", "Fee discount", "10 March"],
              ["Alumni Loyalty Discount", "20% of tuition", "Fee discount", "None (automatic)"],
              ["Heritage Skills Bursary", "€3,500", "Living costs", "30 April"],
              ["Vale Postgraduate Loan", "Up to €12,900", "Loan", "1 August"]],
             spans=[(1, 2)], vmerge_cols=[0, 3])
para("", bold_lead="Applying to the Careers Springboard Fund")
bullets(["Check that the cost is for work experience, a recognised short course or interview travel.",
         "Get a quote or an invoice for the cost.",
         "Complete the online form on CareerHub Caldbrook before the round closes (15 November or 15 March).",
         "If you are awarded money (up to €750), send receipts within 30 days of the activity."],
        style="List Number")

heading("3 Making applications", 1)
heading("3.1 CVs", 2)
bullets(["Two pages at most; one page for publishing and journalism",
         "Put relevant experience first, even if it was voluntary",
         "Give numbers: 'catalogued 1,200 letters', 'edited 14 issues'"])
callout("Important:", "We review one CV per student per week. Book a 30-minute CV review on CareerHub "
        "Caldbrook at least 3 working days before your deadline.")
heading("3.2 Portfolios", 2)
bullets(["Choose 6 to 10 pieces that match the job.", "Write a two-line caption for each piece.",
         "Keep the PDF under 10 MB.", "Bring a printed copy to interview."], style="List Number")
para(DISCLAIMER).runs[0].italic = True

doc.save(ROOT / "docs" / NAME)
(ROOT / "src" / (NAME + ".md")).write_text(
    "<!-- Source of docs/" + NAME + ". Page header: 'Caldbrook University Careers & Employability Service'; "
    "footer: 'Beyond the Degree 2025–26 · page N'. Core title left as the template's 'Careers Handbook Template v3'. -->\n\n"
    + "\n".join(md))
