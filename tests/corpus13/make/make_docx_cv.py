"""Writes docs/Careers Pack Template 3 - Sample CV Paralegal (two column).docx and its src/ markdown.

The .docx imitates a CV template from a college careers pack, made in Word:
  * the name banner is a floating text box (wps:wsp with wps:txbx) anchored to the top of page 1,
    with the VML fallback (v:rect + v:textbox) that Word writes beside it, so its text is stored twice;
  * the page body is a two-column table with every border set to nil: a narrow shaded left column
    (contact, skills, languages) and a wide right column (profile, experience, education);
  * skill levels are bars drawn as grouped shapes (wpg:wgp with two rounded rectangles); the level is
    only in the shape widths and in the alt text (wp:docPr descr="... 4 out of 5");
  * section headings use a paragraph style with w:smallCaps, the text itself typed in sentence case;
  * after the table, a "Notes on this example" section from the careers adviser (normal paragraphs).

Run with the standard library only:  python3 make_docx_cv.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NAME = "Careers Pack Template 3 - Sample CV Paralegal (two column).docx"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

NAME_LINE = "Amara Quinlan"
TAGLINE = "Paralegal · Housing and debt · Ostraven"

LEFT = [
    ("h", "Contact"),
    ("p", "Ostraven OS4, Capital Region"),
    ("p", "0741 220 5519"),
    ("p", "amara.quinlan@mailbox.hv"),
    ("p", "linkedin.com/in/amaraquinlan"),
    ("h", "Key skills"),
    ("skill", "Legal research (statute, case law, HLAA guidance)", 4),
    ("skill", "Case management (LawDesk, bundling)", 5),
    ("skill", "Drafting letters and witness statements", 4),
    ("skill", "Client interviewing", 4),
    ("skill", "Audio typing, 72 wpm", 5),
    ("skill", "Court duty scheme work", 3),
    ("h", "Languages"),
    ("p", "English (native)"),
    ("p", "Polish (fluent, spoken and written)"),
    ("p", "Halvennan Sign Language (Level 2)"),
    ("h", "At a glance"),
    ("p", "SAE1 passed July 2025 (64%)"),
    ("p", "QWE confirmed: 14 months"),
    ("p", "Full driving licence"),
    ("h", "Interests"),
    ("p", "Volunteer coach, Eastgate junior netball (Saturdays)"),
    ("p", "Local history: edited the Kelbridge Archive newsletter, 2021–2023"),
]

RIGHT = [
    ("h", "Profile"),
    ("p", "Paralegal with three and a half years in legal work: fourteen months of housing and debt casework at a legal aid law centre, and two and a half years as a legal secretary in private client practice. Passed SAE1 in July 2025 and have fourteen months of confirmed qualifying work experience. Looking for a paralegal or trainee role in a housing, family or public law team where I can complete my QWE and sit SAE2 in 2027."),
    ("h", "Experience"),
    ("role", "Paralegal (Housing and Debt)", "Ostraven Community Law Centre, Ostraven", "January 2025 – present"),
    ("b", "Run a caseload of 35 housing disrepair, possession and homelessness files under the supervision of a solicitor, from first interview to settlement or hearing."),
    ("b", "Prepared the bundles and attendance notes for 42 possession duty scheme sessions at Ostraven Central District Court; 31 of the tenants we saw kept their homes or had the hearing adjourned."),
    ("b", "Completed 120 legal aid (legal help) applications to the Halvenna Legal Aid Agency, with 98% accepted first time."),
    ("b", "Draft letters of claim, disclosure requests and witness statements for the supervising solicitor to approve."),
    ("b", "Set up the centre's shared precedent folder for disrepair letters, now used by all six caseworkers."),
    ("role", "Legal Secretary", "Harcourt Sayle LLP, Kelbridge", "June 2022 – December 2024"),
    ("b", "Supported two partners and a chartered legal executive in wills, probate and trusts: audio typing, diary and deadline management, client care letters."),
    ("b", "Ran the probate filing diary for about 90 estates and reduced late filings to zero in 2024."),
    ("b", "Trained two new legal secretaries on the firm's case management system and document templates."),
    ("role", "Volunteer Adviser", "Kelbridge Advice Network", "September 2021 – May 2022"),
    ("b", "Gave first-contact advice on benefits and debt one evening a week, after a 40-hour training course."),
    ("h", "Education and qualifications"),
    ("role", "Solicitors' Admission Examination, Part 1 (SAE1)", "Law Society of Halvenna", "Passed July 2025"),
    ("role", "Certificate in Paralegal Practice (Level 3), Distinction", "Kelbridge College (part-time evenings)", "September 2023 – June 2024"),
    ("role", "BA (Hons) History, 2:1", "University of Kelbridge", "2019 – 2022"),
    ("p", "Dissertation: \"Poor relief and the parish courts of Northmarch, 1820–1860\" (first-class mark)."),
    ("h", "References"),
    ("p", "Joanna Pike, Supervising Solicitor, Ostraven Community Law Centre. Second reference from Harcourt Sayle LLP on request."),
]

NOTES = [
    ("title", "Notes on this example (delete this page before you send your CV)"),
    ("p", "This is Template 3 in the Kelbridge College Careers Pack 2026: a two-column CV that suits applicants with several years of work before or alongside their legal training. Amara is a made-up candidate, but everything in her CV is the kind of detail legal recruiters told us they look for."),
    ("p", "Keep to two pages. In our 2025 survey of 38 legal employers in Northmarch and the Capital Region, the median recruiter said they spend under two minutes on a first read of a paralegal CV, and 29 of the 38 said they stop reading after page two. Most paralegal vacancies at high-street firms attracted between 60 and 140 applications."),
    ("p", "Put numbers on your experience: caseload size, number of hearings, applications completed, typing speed. Legal secretaries and paralegals should always give a typing speed if it is 60 words per minute or more."),
    ("p", "State your qualifying work experience. If you are on the solicitor route, say how many months of QWE have been confirmed and whether you have passed SAE1. Firms recruiting paralegals increasingly ask, because a candidate with 18 months or more of QWE can qualify after a shorter period with them."),
    ("p", "Skill bars look good but say little. If an employer uses an applicant tracking system the bars will disappear, so make sure each skill also appears in your experience bullets. Some firms ask for a CV in plain Word format with no tables or text boxes: keep a one-column version of this CV ready."),
    ("p", "Need a second opinion? Book a 20-minute CV review with a Kelbridge College careers adviser on the student portal, or come to the drop-in at the Brennock campus library on Tuesdays, 12:30–14:00."),
]

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
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 w15 wp14"')

_ids = iter(range(1, 1000))


def r(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(style, inner, ppr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{inner}</w:p>'


def skill_bar(label, level):
    width, height = 1620000, 72000
    fill = width * level // 5
    did = next(_ids)
    def shape(sid, name, cx, color):
        return (f'<wps:wsp><wps:cNvPr id="{sid}" name="{name}"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{height}"/></a:xfrm>'
                f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 50000"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
                '<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>'
                '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="ctr" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:noAutofit/></wps:bodyPr></wps:wsp>')
    group = (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
             f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
             f'<wp:docPr id="{did}" name="Group {did}" descr="{escape(label)}: {level} out of 5"/><wp:cNvGraphicFramePr/>'
             '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
             f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/><a:chOff x="0" y="0"/><a:chExt cx="{width}" cy="{height}"/></a:xfrm></wpg:grpSpPr>'
             + shape(next(_ids), "Rounded Rectangle track", width, "D9D9D9")
             + shape(next(_ids), "Rounded Rectangle level", fill, "1F3A5F")
             + '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
             f'<mc:Fallback><w:pict><v:group id="Group {did}" o:spid="_x0000_s{1100 + did}" style="width:127.55pt;height:5.65pt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" coordsize="{width},{height}" alt="{escape(label)}: {level} out of 5">'
             f'<v:roundrect style="position:absolute;width:{width};height:{height}" arcsize=".5" fillcolor="#d9d9d9" stroked="f"/>'
             f'<v:roundrect style="position:absolute;width:{fill};height:{height}" arcsize=".5" fillcolor="#1f3a5f" stroked="f"/></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    return p("SkillLabel", r(label)) + p("SkillBar", group)


def banner():
    inner = (p("BannerName", r(NAME_LINE)) + p("BannerTagline", r(TAGLINE)))
    did = next(_ids)
    return ('<w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="7560310" cy="1296000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{did}" name="Text Box {did}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="7560310" cy="1296000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="720000" tIns="360000" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Text Box {did}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:595.3pt;height:102.05pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#1f3a5f" stroked="f" strokeweight=".5pt">'
            f'<v:textbox inset="56.7pt,28.35pt,7.2pt,3.6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def column(items):
    out = []
    for item in items:
        kind = item[0]
        if kind == "h":
            out.append(p("CVHeading", r(item[1])))
        elif kind == "p":
            out.append(p("CVText", r(item[1])))
        elif kind == "skill":
            out.append(skill_bar(item[1], item[2]))
        elif kind == "role":
            _, title, org, dates = item
            out.append(p("RoleTitle", r(title, "<w:b/>") + '<w:r><w:tab/></w:r>' + r(dates, '<w:color w:val="595959"/>'),
                         '<w:tabs><w:tab w:val="right" w:pos="6236"/></w:tabs>'))
            out.append(p("RoleOrg", r(org, "<w:i/>")))
        elif kind == "b":
            out.append(p("CVBullet", r(item[1]), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    return "".join(out)


def document():
    nil = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' + nil + '</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="170" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="3260"/><w:gridCol w:w="6576"/></w:tblGrid><w:tr>'
           '<w:tc><w:tcPr><w:tcW w:w="3260" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>' + column(LEFT) + '</w:tc>'
           '<w:tc><w:tcPr><w:tcW w:w="6576" w:type="dxa"/></w:tcPr>' + column(RIGHT) + '</w:tc></w:tr></w:tbl>')
    notes = []
    for kind, text in NOTES:
        if kind == "title":
            notes.append(p("NotesHeading", r(text), '<w:pageBreakBefore/>'))
        else:
            notes.append(p("NotesText", r(text)))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2381" w:right="1021" w:bottom="1021" w:left="1021" w:header="567" w:footer="454" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + banner() + tbl
            + "".join(notes) + sect + '</w:body></w:document>')


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="19"/><w:szCs w:val="19"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="CVHeading"><w:name w:val="CV Heading"/><w:basedOn w:val="Normal"/><w:next w:val="CVText"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="1F3A5F"/></w:pBdr><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:smallCaps/><w:color w:val="1F3A5F"/><w:spacing w:val="10"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="CVText"><w:name w:val="CV Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SkillLabel"><w:name w:val="Skill Label"/><w:basedOn w:val="CVText"/><w:pPr><w:spacing w:before="60" w:after="20"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SkillBar"><w:name w:val="Skill Bar"/><w:basedOn w:val="CVText"/><w:pPr><w:spacing w:after="60" w:line="120" w:lineRule="exact"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="RoleTitle"><w:name w:val="Role Title"/><w:basedOn w:val="CVText"/><w:pPr><w:spacing w:before="140" w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="RoleOrg"><w:name w:val="Role Organisation"/><w:basedOn w:val="CVText"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="404040"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="CVBullet"><w:name w:val="CV Bullet"/><w:basedOn w:val="CVText"/><w:qFormat/><w:pPr><w:ind w:left="284" w:hanging="227"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BannerName"><w:name w:val="Banner Name"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:caps/><w:color w:val="FFFFFF"/><w:spacing w:val="40"/><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BannerTagline"><w:name w:val="Banner Tagline"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="D9E2F3"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="NotesHeading"><w:name w:val="Notes Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="NotesText"><w:name w:val="Notes Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="140"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="808080"/><w:sz w:val="15"/></w:rPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#9642;"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="227"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:color w:val="1F3A5F"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t>Kelbridge College Careers Pack 2026 · Template 3 (two-column CV) · Example only</w:t></w:r></w:p></w:ftr>')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Sample CV - Paralegal</dc:title><dc:creator>Kelbridge College Careers</dc:creator><cp:keywords>careers pack; CV; template</cp:keywords><cp:lastModifiedBy>R. Osei</cp:lastModifiedBy><cp:revision>9</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-08-18T10:02:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-07T14:26:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>184</TotalTime><Pages>2</Pages><Words>1012</Words><Characters>5770</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>48</Lines><Paragraphs>13</Paragraphs><Company>Kelbridge College</Company><AppVersion>16.0000</AppVersion></Properties>"""


def markdown():
    out = [f"<!-- Text of docs/{NAME} as a reader sees it in Word. -->",
           "<!-- Page 1 opens with a full-width dark blue banner (a text box) holding the name and tagline. -->",
           "<!-- The CV body is a two-column table without borders: the left column is shaded grey. -->",
           "<!-- Section headings are displayed in small capitals (typed in sentence case). -->",
           "<!-- Footer on every page: \"Kelbridge College Careers Pack 2026 · Template 3 (two-column CV) · Example only\". -->", "",
           f"# {NAME_LINE}", "", f"**{TAGLINE}**", "", "## Left column", ""]
    def emit(items):
        prev = None
        for item in items:
            k = item[0]
            if prev == "b" and k != "b":
                out.append("")
            prev = k
            if k == "h":
                out.extend([f"### {item[1]}", ""])
            elif k == "p":
                out.extend([item[1], ""])
            elif k == "skill":
                out.extend([f"{item[1]}: {'●' * item[2]}{'○' * (5 - item[2])} ({item[2]} out of 5, drawn as a bar)", ""])
            elif k == "role":
                out.extend([f"**{item[1]}** — *{item[2]}* — {item[3]}", ""])
            elif k == "b":
                out.append(f"- {item[1]}")
        out.append("")
    emit(LEFT)
    out.extend(["## Right column", ""])
    emit([i for i in RIGHT])
    out.extend(["<!-- page break -->", ""])
    for kind, text in NOTES:
        out.extend([f"## {text}" if kind == "title" else text, ""])
    return "\n".join(out)


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document())
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/footer1.xml", FOOTER)
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
