"""Writes docs/Career_Change_Workbook_GRC_Risk_Analyst_T_Halvorsen_v2.docx, imitating a Word (Microsoft
365) fill-in workbook that a union learning centre hands out and a member has completed: content
controls (w:sdt) for the form fields (plain text, drop-down list, date picker, checkboxes, and a block
rich-text control holding whole paragraphs), a floating text-box sidebar (wps:txbx inside
mc:AlternateContent with the VML v:textbox fallback, so its text is stored twice), a continuous section
break into a two-column section and back, a table with a table nested inside one of its cells, and a
footer with a PAGE field.

Standard library only:  python3 make_docx_workbook.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "docs" / "Career_Change_Workbook_GRC_Risk_Analyst_T_Halvorsen_v2.docx"
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 w15 wp14"')

sid = [-1854013400]


def nid():
    sid[0] += 7919
    return sid[0]


def r(t, b=False, i=False, color=None, sz=None):
    rpr = ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + (f'<w:color w:val="{color}"/>' if color else "") + (f'<w:sz w:val="{sz}"/>' if sz else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def p(content, style=None, ppr=""):
    s = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{s}{ppr}</w:pPr>{content}</w:p>'


def bullet(t):
    return p(r(t), "ListBullet", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')


def sdt_text(alias, tag, value):
    return (f'<w:sdt><w:sdtPr><w:rPr><w:color w:val="1F3864"/></w:rPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:text/></w:sdtPr>'
            f'<w:sdtContent>{r(value, color="1F3864")}</w:sdtContent></w:sdt>')


def sdt_drop(alias, tag, value, items):
    li = "".join(f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>' for x in items)
    return (f'<w:sdt><w:sdtPr><w:rPr><w:color w:val="1F3864"/></w:rPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013438"/></w:placeholder><w:dropDownList><w:listItem w:value="Choose an item."/>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent>{r(value, color="1F3864")}</w:sdtContent></w:sdt>')


def sdt_date(alias, tag, iso, shown):
    return (f'<w:sdt><w:sdtPr><w:rPr><w:color w:val="1F3864"/></w:rPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
            f'<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{r(shown, color="1F3864")}</w:sdtContent></w:sdt>')


def sdt_check(checked):
    ch = "\u2612" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:id w:val="{nid()}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_block(alias, tag, paras):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder></w:sdtPr>'
            f'<w:sdtContent>{"".join(p(r(x, color="1F3864")) for x in paras)}</w:sdtContent></w:sdt>')


def tc(content, w, shade=None, span=1):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    if not content.strip().startswith(("<w:p>", "<w:p ", "<w:tbl>", "<w:sdt>")):
        content = p(content)
    if content.rstrip().endswith("</w:tbl>"):
        content += "<w:p/>"
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>'


def tbl(grid, rows, style="TableGrid", header=True):
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    out = []
    for k, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if (header and k == 0) else ""
        out.append(f'<w:tr>{trpr}{"".join(row)}</w:tr>')
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{g}</w:tblGrid>{"".join(out)}</w:tbl>'


SIDEBAR = [("Did you know?", True),
           ("The EIIS Practitioner in Security Risk (PSR) exam costs EMD 690. It has 100 questions in 3 hours and the pass mark is 70%.", False),
           ("DTWU members can claim up to EMD 500 a year from the Union Learning Fund towards one exam or course. Apply at least 6 weeks before the exam date.", False),
           ("The EIIS 2026 pay survey puts the median GRC / risk analyst at EMD 49,200. In Southern Lakes the median is EMD 46,200.", False),
           ("Many GRC employers accept audit experience in place of one year of security experience.", False)]


def txbx_paras():
    return "".join(p(r(t, b=b, sz="18" if not b else "20", color="FFFFFF")) for t, b in SIDEBAR)


def textbox():
    inner = txbx_paras()
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3B7C1D22" wp14:editId="5E0A9F11">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>88900</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2057400" cy="3200400"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2057400" cy="3200400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:7pt;width:162pt;height:252pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#1f3864">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


B = []
B.append(p(r("Moving into Cyber"), "Title"))
B.append(p(r("Career Change Workbook – completed copy"), "Subtitle"))
B.append(p(r("This workbook is part of the DTWU Union Learning course “Moving into Cyber” (four evening sessions). Fill in each section before the session it belongs to. The grey fields are form fields: click and type, or choose from the list.", i=True)))
B.append(p(r("Part 1: About you"), "Heading1"))
B.append(p(textbox() + r("Name: ") + sdt_text("Full name", "FullName", "Tessa Halvorsen")))
B.append(p(r("Current job: ") + sdt_text("Current job", "CurrentJob", "Senior Internal Auditor, Lissel Mutual Building Society")))
B.append(p(r("Current salary (EMD a year): ") + sdt_text("Current salary", "CurrentSalary", "41,000")))
B.append(p(r("Region: ") + sdt_drop("Region", "Region", "Southern Lakes", ["Capital Region", "Northmark", "Westreach", "Southern Lakes", "Eastholm Islands"])))
B.append(p(r("Target role: ") + sdt_drop("Target role", "TargetRole", "GRC / risk analyst", ["SOC analyst", "Penetration tester", "Security engineer", "Incident responder", "Threat intelligence analyst", "GRC / risk analyst", "Digital forensics examiner", "Application security engineer"])))
B.append(p(r("Target start date: ") + sdt_date("Target start date", "TargetDate", "2026-09-01", "1 September 2026")))
B.append(p(r("Why this role? ")))
B.append(sdt_block("Why this role", "WhyRole", [
    "I have spent eight years auditing controls at a building society: IT access reviews, supplier due diligence and business continuity tests. For the last three years most of my audit findings have been about information security, and I enjoy that work most. A GRC role would let me design and run controls instead of only testing them.",
    "I am not interested in a SOC job because of the night shifts (I have two children), and I know GRC roles are mostly office hours."]))

# two-column section: end the one-column section first
B.append(p("", ppr='<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'))
B.append(p(r("Part 2: Skills I already have"), "Heading1"))
B.append(p(r("List what you already do that a security employer would value. Session 2 will help you match these to job adverts.", i=True)))
for s in ["Planning and running control tests against a written standard", "Writing audit reports with risk ratings for a board committee", "Interviewing managers about how a process really works", "Reviewing user access to the core banking system every quarter", "Supplier due diligence: 40 suppliers a year, including two cloud providers", "Tracking actions to closure and chasing owners", "Business continuity test planning (two full tests a year)", "Knowledge of the Financial Conduct Office operational resilience rules", "Presenting to the audit committee", "Excel: pivot tables, lookups, simple macros"]:
    B.append(bullet(s))
B.append(p(r("Gaps I need to fill", b=True)))
for s in ["Technical vocabulary: network security, identity, cloud", "A recognised security qualification (PSR)", "Risk assessment methods used in security, not just audit", "Experience writing policies rather than testing them"]:
    B.append(bullet(s))
B.append(p("", ppr='<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:num="2" w:space="567"/><w:docGrid w:linePitch="360"/></w:sectPr>'))

B.append(p(r("Part 3: My qualification plan"), "Heading1"))
B.append(p(r("Set out each step, when you will do it and what it costs. Put any exam details in the cell so you have them in one place.")))
nested = tbl([2400, 900], [
    [tc(r("PSR exam domain", b=True), 2400, "D9E2F3"), tc(r("Weight", b=True), 900, "D9E2F3")],
    [tc(r("Risk management"), 2400), tc(r("30%"), 900)],
    [tc(r("Controls and frameworks"), 2400), tc(r("25%"), 900)],
    [tc(r("Governance and policy"), 2400), tc(r("20%"), 900)],
    [tc(r("Third-party and supply-chain risk"), 2400), tc(r("15%"), 900)],
    [tc(r("Law and regulation"), 2400), tc(r("10%"), 900)]])
outer = tbl([2300, 3700, 1800, 1838], [
    [tc(r("Step", b=True), 2300, "BDD7EE"), tc(r("Details", b=True), 3700, "BDD7EE"), tc(r("When", b=True), 1800, "BDD7EE"), tc(r("Cost (EMD)", b=True), 1838, "BDD7EE")],
    [tc(r("1. Join EIIS as an Associate"), 2300), tc(r("Gives a 10% discount on exam fees and access to the GRC special interest group."), 3700), tc(r("March 2026"), 1800), tc(r("95 a year"), 1838)],
    [tc(r("2. PSR (Practitioner in Security Risk)"), 2300), tc(p(r("100 questions, 3 hours, pass mark 70%. Book at least 4 weeks ahead. Resit fee EMD 345.")) + nested, 3700), tc(r("Exam booked for 14 May 2026"), 1800), tc(r("690, less 10% member discount = 621; Union Learning Fund pays 500, so I pay 121"), 1838)],
    [tc(r("3. Short course: security fundamentals for auditors"), 2300), tc(r("Two days, run by the EIIS Southern Lakes branch in Lissel."), 3700), tc(r("22–23 April 2026"), 1800), tc(r("380 (employer paying)"), 1838)],
    [tc(r("4. Apply for jobs"), 2300), tc(r("Start applying as soon as I pass the PSR; aim for 10 applications by the end of July."), 3700), tc(r("June–July 2026"), 1800), tc(r("–"), 1838)]])
B.append(outer)
B.append(p(""))
B.append(p(r("Part 4: Roles and pay I have researched"), "Heading1"))
B.append(p(r("Use adverts, pay surveys and conversations. Note where each figure came from.")))
B.append(tbl([2600, 2400, 2100, 2538], [
    [tc(r("Job and employer", b=True), 2600, "BDD7EE"), tc(r("Pay (EMD)", b=True), 2400, "BDD7EE"), tc(r("Location and hours", b=True), 2100, "BDD7EE"), tc(r("Source", b=True), 2538, "BDD7EE")],
    [tc(r("Associate Risk Analyst, Pellam & Voss Advisory"), 2600), tc(r("42,000–48,000 + bonus up to 10%"), 2400), tc(r("Lissel office, hybrid; client travel"), 2100), tc(r("Advert, February 2026"), 2538)],
    [tc(r("Cyber Risk Officer (Band 6), Westreach Hospitals Trust"), 2600), tc(r("39,100–46,400"), 2400), tc(r("Tamsford, 37.5 hours, 2 days in office"), 2100), tc(r("WHT intranet careers page"), 2538)],
    [tc(r("Risk Analyst – Technology & Cyber (G5), Harbourline Bank"), 2600), tc(r("44,000–52,000 + bonus"), 2400), tc(r("Corvane, 3 days in office"), 2100), tc(r("Recruiter call, 20 February 2026"), 2538)],
    [tc(r("Cyber Risk Adviser (CT3), NCDD"), 2600), tc(r("49,600–55,100"), 2400), tc(r("Corvane; needs NSC (12 weeks)"), 2100), tc(r("NCDD brochure 2026–27"), 2538)]]))
B.append(p(r("Part 5: Interview preparation checklist"), "Heading1"))
for checked, t in [(True, "I can explain the difference between audit and risk management in two sentences."), (True, "I have three examples of findings I raised and what changed because of them."), (True, "I have read the job description and matched each requirement to an example."), (False, "I have practised a risk assessment exercise against the clock (Pellam & Voss use a 60-minute case study)."), (False, "I have asked what the on-call expectation is (most GRC roles have none)."), (True, "I know my salary floor: EMD 44,000, because a move to the Capital Region would cost me about EMD 3,000 a year in travel.")]:
    B.append(p(sdt_check(checked) + r(" " + t)))
B.append(p(r("Notes from session 3"), "Heading2"))
B.append(sdt_block("Session notes", "Notes3", [
    "Tutor (Mireille, GRC lead at WHT) said the PSR is the qualification most GRC job adverts in Estmarra ask for, and that employers value it more than a degree for career changers. Typical progression: analyst for 2–3 years, then senior analyst (around EMD 55,000–60,000), then GRC manager.",
    "She also said hospital trusts have a lot of GRC vacancies because of the new Health Data Security Standard, and that Band 6 posts are often filled by internal auditors like me."]))

sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{"".join(B)}{sect}</w:body></w:document>'

footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>'
          + r("DTWU Union Learning – Moving into Cyber workbook v3.1 (2025)", sz="16") + '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>'
          + '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')


def style(sid_, name, based, rpr, ppr=""):
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return f'<w:style w:type="paragraph" w:styleId="{sid_}"><w:name w:val="{name}"/>{b}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'


styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          + style("Title", "Title", "Normal", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="56"/>', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>')
          + style("Subtitle", "Subtitle", "Normal", '<w:color w:val="5A5A5A"/><w:spacing w:val="15"/><w:sz w:val="28"/>', '<w:numPr><w:ilvl w:val="1"/></w:numPr>')
          + style("Heading1", "heading 1", "Normal", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496"/><w:sz w:val="32"/>', '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/>')
          + style("Heading2", "heading 2", "Normal", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496"/><w:sz w:val="26"/>', '<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>')
          + style("ListBullet", "List Bullet", "Normal", "", '<w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/>')
          + style("Footer", "footer", "Normal", "", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
          + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
          + '</w:styles>')

numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="3D3C5EE4"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Moving into Cyber – Career Change Workbook</dc:title><dc:creator>DTWU Union Learning</dc:creator><cp:lastModifiedBy>Tessa Halvorsen</cp:lastModifiedBy><cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-08T21:40:00Z</dcterms:modified></cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Moving into Cyber workbook.dotx</Template><TotalTime>212</TotalTime><Pages>4</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>DTWU</Company><AppVersion>16.0000</AppVersion></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core), ("docProps/app.xml", app),
                       ("word/_rels/document.xml.rels", docrels), ("word/document.xml", document), ("word/styles.xml", styles),
                       ("word/numbering.xml", numbering), ("word/settings.xml", settings), ("word/footer1.xml", footer)]:
        z.writestr(name, data)
print("wrote", OUT)
