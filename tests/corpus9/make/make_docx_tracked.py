"""Writes docs/SAC-UATS Ground Staff Agreement 2026-28 DRAFT v3 (tracked).docx.

The file imitates a Word document that two negotiating parties have passed back and forth with Track
Changes on: w:ins / w:del runs (deleted text in w:delText), a deleted paragraph, comments, a floating
text box (mc:AlternateContent with a wps text box and its VML fallback, as Word writes it, so the
box text is stored twice), a header and a footer with PAGE / NUMPAGES fields, and footnotes.
The WordprocessingML is written by hand (standard library only): run `python3 make_docx_tracked.py`.
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "docs" / "SAC-UATS Ground Staff Agreement 2026-28 DRAFT v3 (tracked).docx"

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

KD = ('Katrin Drummond', '2026-01-14T10:22:00Z')   # SAC HR
DM = ('Dario Mendt', '2026-01-16T15:47:00Z')       # UATS
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def t(text, rpr=""):
    """A plain run."""
    return f'<w:r>{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins(text, who=DM, rpr=""):
    return (f'<w:ins w:id="{_id()}" w:author="{who[0]}" w:date="{who[1]}"><w:r>'
            f'{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def dele(text, who=KD, rpr=""):
    return (f'<w:del w:id="{_id()}" w:author="{who[0]}" w:date="{who[1]}"><w:r>'
            f'{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def p(runs, style=None, extra_ppr="", rsid="00A41C2E"):
    ppr = ""
    if style or extra_ppr:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr + "</w:pPr>"
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{ppr}{"".join(runs)}</w:p>'


def bullet(runs, num=1):
    return p(runs, "ListParagraph", f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')


def fnref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


def comment_wrap(cid, runs):
    return (f'<w:commentRangeStart w:id="{cid}"/>' + "".join(runs) + f'<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


# ---------- text box (stored twice: wps + VML fallback) ----------
BOX_LINES = [
    ("Key changes at a glance", True),
    ("Pay up 4.3% from 1 April 2026 and 3.5% from 1 April 2027.", False),
    ("Annual leave up from 25 to 27 days, plus public holidays.", False),
    ("Night allowance now starts at 22:00.", False),
    ("No split shifts.", False),
    ("Screener recertification paid by the Company.", False),
]


def box_content():
    out = []
    for text, bold in BOX_LINES:
        rpr = '<w:b/><w:color w:val="1F3864"/>' if bold else '<w:sz w:val="20"/>'
        out.append(p([t(text, rpr)], None, '<w:spacing w:after="60"/>'))
    return "<w:txbxContent>" + "".join(out) + "</w:txbxContent>"


TEXTBOX = f'''<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="4A1D2C3B" wp14:editId="6E7F8091"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>95250</wp:posOffset></wp:positionV><wp:extent cx="2286000" cy="1645920"/><wp:effectExtent l="0" t="0" r="19050" b="11430"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1645920"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="2E74B5"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx>{box_content()}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:128.8pt;margin-top:7.5pt;width:180pt;height:129.6pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="#deeaf6" strokecolor="#2e74b5"><v:textbox style="mso-fit-shape-to-text:t">{box_content()}</v:textbox><w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''


# ---------- pay table ----------
def cell(runs, w, shade=None, bold=False, right=False):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    ppr = '<w:spacing w:after="0"/>' + ('<w:jc w:val="right"/>' if right else "")
    if bold:
        runs = [r.replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>", 1) if "<w:rPr>" not in r else r for r in runs]
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{p(runs, None, ppr)}</w:tc>'


def row(cells, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


W = (3900, 2560, 2560)
pay_rows = [
    ("Security Officer", [dele("25,800", KD), ins("26,900", KD)], "27,840"),
    ("Senior Security Officer", [t("30,400")], "31,460"),
    ("Security Supervisor", [t("35,200")], "36,430"),
    ("Airport Operations Officer AO1", [t("38,750")], "40,110"),
    ("Airport Operations Officer AO2", [t("42,500")], "43,990"),
    ("Airport Operations Officer AO3", [t("46,200")], "47,820"),
]
table = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9020" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
         f'<w:tblGrid><w:gridCol w:w="{W[0]}"/><w:gridCol w:w="{W[1]}"/><w:gridCol w:w="{W[2]}"/></w:tblGrid>',
         row([cell([t("Grade")], W[0], "D9E2F3", True), cell([t("From 1 April 2026 (VNF a year)")], W[1], "D9E2F3", True),
              cell([t("From 1 April 2027 (VNF a year)")], W[2], "D9E2F3", True)], header=True)]
for i, (g, r26, r27) in enumerate(pay_rows):
    c26 = r26
    if i == 0:
        c26 = [comment_wrap(1, r26)]
    table.append(row([cell([t(g)], W[0]), cell(c26, W[1], right=True), cell([t(r27)], W[2], right=True)]))
table.append(row([cell([t("Duty Manager"), fnref(2)], W[0]), cell([t("54,000")], W[1], right=True), cell([t("55,890")], W[2], right=True)]))
table.append("</w:tbl>")
TABLE = "".join(table)

body = []
body.append(p([t("Ground Staff Agreement 2026–2028")], "Title"))
body.append(p([t("Between Selden Airport Company (SAC) and the Union of Air Transport Staff (UATS), covering Aviation Security Officers and Airport Operations Officers at Port Selden International Airport (PSX)")], "Subtitle"))
body.append(p([TEXTBOX, t("This draft is the text the negotiating committee recommends to members for the ballot that closes on 6 March 2026. Changes made since draft v2 are shown as tracked changes. Nothing in this draft is binding until both parties have signed it.")]))

body.append(p([t("1. Parties and scope")], "Heading1"))
body.append(p([t("1.1 This Agreement is made between Selden Airport Company (\u201cthe Company\u201d) and the Union of Air Transport Staff (\u201cUATS\u201d). It applies to every employee of the Company in the grades listed in clause 3.2 who works at Port Selden International Airport.")]))
body.append(p([t("1.2 It does not apply to staff of contractors, including Quayside Handling, whose ramp and baggage staff are covered by a separate agreement between Quayside Handling and UATS.")]))

body.append(p([t("2. Duration")], "Heading1"))
body.append(p([t("2.1 This Agreement runs from 1 April 2026 to 31 March 2028. Talks on its successor will start no later than "), dele("1 December 2027", KD), ins("1 October 2027", DM), t(".")]))

body.append(p([t("3. Pay")], "Heading1"))
body.append(p([t("3.1 Basic pay rises by "), dele("3.9%", KD), ins("4.3%", KD), t(" from 1 April 2026 and by 3.5% from 1 April 2027. Pay is paid monthly in arrears on the 25th of the month.")]))
body.append(p([t("3.2 Annual basic pay for each grade is:")]))
body.append(TABLE)
body.append(p([t("Table 1: Basic pay by grade, 2026–2028")], "Caption"))
body.append(p([t("3.3 A Security Officer moves to Senior Security Officer after "), dele("three years", KD), ins("two years", DM),
               t(" in grade and a pass in the Advanced Image Interpretation module. An Airport Operations Officer moves from AO1 to AO2 after 12 months and completion of the Operations competency book, and from AO2 to AO3 after two further years.")]))

body.append(p([t("4. Shift allowances")], "Heading1"))
body.append(p([t("4.1 Security grades working the 24-hour roster receive a shift allowance of "),
               comment_wrap(2, [t("12%")]), t(" of basic pay. Airport Operations Officers on the 4 on / 4 off pattern receive a shift allowance of 14% of basic pay.")]))
body.append(p([t("4.2 A night allowance of VNF 4.10 an hour is paid for every hour worked between "), dele("23:00", KD), ins("22:00", DM), t(" and 06:00."), fnref(1)]))

body.append(p([t("5. Rosters and hours")], "Heading1"))
body.append(p([t("5.1 Security grades work 4 days on and 4 days off, in 12-hour shifts from 06:00 to 18:00 or 18:00 to 06:00. Airport Operations Officers work the same pattern with shifts from 07:00 to 19:00 and 19:00 to 07:00. Over the roster cycle this averages 42 hours a week.")]))
# a wholly deleted paragraph (its mark is deleted too)
body.append(f'<w:p w:rsidR="00B5D3F1" w:rsidRDefault="00A41C2E" w:rsidP="00A41C2E"><w:pPr><w:rPr><w:del w:id="{_id()}" w:author="{DM[0]}" w:date="{DM[1]}"/></w:rPr></w:pPr>'
            + dele("5.2 During the summer season (1 June to 30 September) the Company may roster split shifts for up to 20% of duties, with a minimum break of three hours between the two parts.", DM) + "</w:p>")
body.append(p([ins("5.2 The Company will not roster split shifts.", DM)]))
body.append(p([t("5.3 Each 12-hour shift includes a paid meal break of 45 minutes. No employee will be rostered for more than three night shifts in a row.")]))
body.append(p([t("5.4 Rosters are published 28 days in advance. A change with less than 7 days\u2019 notice needs the employee\u2019s agreement.")]))

body.append(p([t("6. Training and certification")], "Heading1"))
body.append(p([t("6.1 New Security Officers complete the 15-day initial course for the VCAA Screener Certificate under the Aviation Security (Screening Staff) Regulations 2021. They are paid full basic pay during the course.")]))
body.append(p([t("6.2 To be certified, a Security Officer must pass the x-ray image interpretation test with a score of at least 85%. A trainee who fails may resit once. A trainee who fails the resit will be offered another role where one is available.")]))
body.append(p([t("6.3 The Screener Certificate must be renewed every three years. "), ins("The Company pays for recertification and the time spent on it.", DM)]))
body.append(p([t("6.4 Airport Operations Officers complete the 2-day Airside Driving Permit course before driving airside. The Company pays the course fee.")]))

body.append(p([t("7. Eligibility and vetting")], "Heading1"))
body.append(p([t("7.1 To be employed in any grade covered by this Agreement, a person must:")]))
body.append(bullet([t("be at least 18 years old;")]))
body.append(bullet([t("provide a full five-year history of employment, education and addresses, with no gap longer than 28 days left unexplained;")]))
body.append(bullet([t("pass a criminal record check and a counter-terrorist check;")]))
body.append(bullet([t("hold a Port Selden airside ID pass, whose fee of VNF 70 the Company pays.")]))

body.append(p([t("8. Union facilities")], "Heading1"))
body.append(p([t("8.1 The Company will deduct UATS subscriptions from pay for members who ask it to. The subscription in 2026 is VNF 14 a month.")]))
body.append(p([t("8.2 UATS may appoint "), dele("four", KD), ins("six", DM), t(" accredited representatives, each entitled to 5 days\u2019 paid leave a year for union training.")]))

body.append(p([t("9. Signatures")], "Heading1"))
body.append(p([t("For Selden Airport Company: ______________________  Katrin Drummond, Head of People Services")]))
body.append(p([t("For the Union of Air Transport Staff: ______________________  Dario Mendt, National Officer, Aviation")]))

SECT = ('<w:sectPr w:rsidR="00A41C2E"><w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')

DOCUMENT = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{"".join(body)}{SECT}</w:body></w:document>'

HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>'
          + p([t("DRAFT FOR BALLOT \u2013 NOT AGREED", "<w:b/><w:color w:val=\"C00000\"/>"), f'<w:r><w:tab/></w:r>', t("v3 (tracked), 16 January 2026")], "Header")
          + '</w:hdr>')

def fld(instr, cached):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>'
          + p([t("Selden Airport Company and UATS \u00b7 Ground Staff Agreement 2026\u20132028 \u00b7 Page "), fld("PAGE \\* MERGEFORMAT", "1"), t(" of "), fld("NUMPAGES \\* MERGEFORMAT", "3")], "Footer")
          + '</w:ftr>')

FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1">' + p(['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>', t(" Hours worked on a public holiday are paid at double time, in addition to the night allowance where it applies.")], "FootnoteText") + '</w:footnote>'
             '<w:footnote w:id="2">' + p(['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>', t(" Duty Managers do not receive the shift allowance in clause 4.1. They receive a flat on-call allowance of VNF 2,400 a year instead.")], "FootnoteText") + '</w:footnote>'
             '</w:footnotes>')

ENDNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {NS}>'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>')

def cmt(cid, who, date, initials, text):
    return (f'<w:comment w:id="{cid}" w:author="{who}" w:date="{date}" w:initials="{initials}">'
            + p(['<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>', t(text)], "CommentText") + '</w:comment>')

COMMENTS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>'
            + cmt(1, "Dario Mendt", "2026-01-16T15:51:00Z", "DM", "UATS asked for 27,200. Members will want to know why this is lower.")
            + cmt(2, "Katrin Drummond", "2026-01-14T10:40:00Z", "KD", "Payroll to confirm whether the 12% also applies to overtime hours before we send this out.")
            + '</w:comments>')

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A" w:themeColor="text1" w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3C5E2A11"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="8F3A2C5E"/><w:lvl w:ilvl="0" w:tplc="08090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A41C2E"/><w:rsid w:val="00A41C2E"/><w:rsid w:val="00B5D3F1"/></w:rsids><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'''

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Ground Staff Agreement 2026-2028 (draft v3)</dc:title><dc:subject>SAC / UATS collective agreement</dc:subject><dc:creator>Katrin Drummond</dc:creator><cp:lastModifiedBy>Dario Mendt</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-20T09:04:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-16T15:52:00Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>3</Pages><Words>1012</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>48</Lines><Paragraphs>13</Paragraphs><Company>Selden Airport Company</Company><AppVersion>16.0000</AppVersion></Properties>'''

OUT.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("docProps/core.xml", CORE)
    z.writestr("docProps/app.xml", APP)
    z.writestr("word/document.xml", DOCUMENT)
    z.writestr("word/_rels/document.xml.rels", DOC_RELS)
    z.writestr("word/styles.xml", STYLES)
    z.writestr("word/numbering.xml", NUMBERING)
    z.writestr("word/settings.xml", SETTINGS)
    z.writestr("word/footnotes.xml", FOOTNOTES)
    z.writestr("word/endnotes.xml", ENDNOTES)
    z.writestr("word/comments.xml", COMMENTS)
    z.writestr("word/header1.xml", HEADER)
    z.writestr("word/footer1.xml", FOOTER)
print("wrote", OUT)
