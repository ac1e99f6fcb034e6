"""Writes docs/Cobbin Finance Career Framework 2026.docx and its src/ markdown.

The file imitates a document written in Apple Pages and exported with File > Export To > Word. It is
written as raw WordprocessingML (standard library only) with the traits of a Pages export:
- paragraph styles named the Pages way: "Title", "Subtitle", "Heading", "Heading 2", "Body", "Caption",
  "Footnote"; "Heading" and "Heading 2" carry no outline level, so they are headings only by name;
- every run carries <w:rtl w:val="0"/> and a language tag, and runs are split where Pages split them
  (around a language change, an apostrophe, a number);
- Helvetica Neue throughout; a "Table Style 2" table whose first row is the header row (<w:tblHeader/>),
  with a caption paragraph below the table in the "Caption" style;
- bullet lists through numbering.xml with the "•" level text;
- a floating text box ("At a glance") anchored to a body paragraph with <wp:anchor> and a
  wps:txbx (no VML fallback); one fact (2025 promotions) is only in the box;
- two footnotes: the 92% regional rate and the option vesting schedule are only there.

Run with any Python 3:  python3 make_docx_pages.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NAME = "Cobbin Finance Career Framework 2026.docx"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:mv="urn:schemas-microsoft-com:mac:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')


def run(text, bold=False, lang="en-US"):
    b = "<w:b w:val=\"1\"/><w:bCs w:val=\"1\"/>" if bold else ""
    return (f'<w:r><w:rPr>{b}<w:rtl w:val="0"/><w:lang w:val="{lang}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def runs(text, bold=False):
    """Split a string the way Pages exports split it: apostrophes and numbers get their own runs,
    British spellings are tagged en-GB."""
    out, buf = [], ""
    for ch in text:
        if ch in "’'":
            if buf:
                out.append(run(buf, bold))
            out.append(run(ch, bold))
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(run(buf, bold))
    return "".join(out)


def para(style, content, extra_ppr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}<w:bidi w:val="0"/></w:pPr>{content}</w:p>'


def fn_ref(n):
    return (f'<w:r><w:rPr><w:rStyle w:val="Footnote Reference"/><w:rtl w:val="0"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>')


def bullet(text):
    return para("Body", runs(text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')


# ---------------- content ----------------
TITLE = "Finance Career Framework"
SUBTITLE = "Cobbin · Finance team · 2026 edition"

INTRO = ("Cobbin has grown from 40 people to 420 in six years, and the finance team from one person to 38. "
         "This framework sets out the seven levels in the team, what each one pays, and how you move between them. "
         "It replaces the 2024 version, which had five levels and no published salary bands.")

BOX_TITLE = "At a glance"
BOX_LINES = ["38 people in finance", "7 levels, L1 to L7", "2 promotion windows: March and September",
             "12 months minimum at a level",
             "In 2025, 9 people in finance were promoted, 6 of them from L2 to L3."]

LEVELS_INTRO = ("Every role in the finance team sits at one of seven levels. Titles vary between teams, but pay and "
                "expectations are set by the level, not the title.")

TABLE_HEAD = ["Level", "Typical titles", "Salary band (SVM)", "What it looks like"]
TABLE = [
    ["L1", "Finance Assistant, Bookkeeper", "25,000 – 29,000", "Processes supplier invoices, expenses and bank reconciliations accurately and on time."],
    ["L2", "Financial Analyst", "38,000 – 45,000", "Month-end journals and variance analysis; builds models with guidance; explains a variance to a budget holder."],
    ["L3", "Senior Financial Analyst, Management Accountant", "46,000 – 55,000", "Owns a set of management accounts or a model end to end; reviews L1 and L2 work."],
    ["L4", "Finance Business Partner", "58,000 – 68,000", "Partnered with one department head (for example Sales, Product or Risk); shapes their decisions with numbers."],
    ["L5", "FP&A Manager", "70,000 – 84,000", "Leads the budget and the quarterly forecast; manages three to six people."],
    ["L6", "Head of FP&A, Financial Controller", "88,000 – 105,000", "Owns a whole function and its relationship with the auditors or the board."],
    ["L7", "Chief Financial Officer", "140,000 +", "Sets the finance strategy; member of the executive team; reports to the board."],
]
CAPTION = "Table 1. Levels and 2026 salary bands. Bands apply to staff based in Merrin."
FOOTNOTE_1 = ("Staff based outside the Merrin Capital Region are paid 92% of the Merrin band for their level. "
              "Staff who move to Merrin move to the full band from the next payroll.")

BONUS = [
    ("Heading", "Bonus and equity"),
    ("Body", "Everyone at L1 to L4 is in the company bonus plan, which pays up to 5% of salary when Cobbin hits its annual revenue target. "
             "L5 and L6 have an individual bonus of up to 15%, half on company results and half on personal objectives. "
             "The CFO's bonus is set by the board."),
    ("BodyFN", "All permanent staff receive share options after passing probation. The size of the grant depends on level."),
]
FOOTNOTE_2 = "Options vest over four years with a one-year cliff: a quarter vest on the first anniversary of the grant, the rest monthly after that."

PROMO_HEAD = "How promotion works"
PROMO_BODY = ("We promote twice a year, in March and September. Promotions outside those windows happen only when someone "
              "is appointed to a vacant role at a higher level, after an open internal advert.")
PROMO_BULLETS = [
    "You need at least 12 months at your current level before you can be put forward.",
    "Your manager nominates you, with evidence against the next level's expectations.",
    "A calibration panel (the Head of FP&A, the Financial Controller, the CFO and a People Partner) reviews every nomination.",
    "Decisions are confirmed within three weeks of the window closing.",
    "A promotion raises your salary to at least the bottom of the new band and by at least 8%.",
]

SUBHEAD = "From analyst to business partner"
SUB_BODY = [
    "The step from L3 to L4 is the one people find hardest, because the skills that got you to L3 (accuracy, speed, a good model) are taken for granted at L4. "
    "A business partner is judged on whether a department head makes a better decision because of them.",
    "Before nominating someone for L4, managers look for three things: that the person has presented numbers to a non-finance audience without their manager in the room, "
    "that they have challenged a budget holder and changed a decision, and that at least one department head has asked for them by name.",
]

STUDY_HEAD = "Qualifications and study support"
STUDY_BODY = ("We expect people at L4 and above to hold the CSA or to be in the final stage of it. We pay SIAF exam fees for the first attempt "
              "at each paper and give three days' paid study leave per exam, plus the exam day. When you qualify, you receive a one-off payment of SVM 1,000.")

WORK_HEAD = "Working pattern"
WORK_BODY = ("Finance works a hybrid pattern with two days a week in the Merrin office. The month-end close runs over working days 1 to 5, "
             "and the budget round over October and November. We do not pay overtime; if you work at a weekend during close or the budget round, "
             "you take the same time off in lieu within the following month.")

CONTACT = "Questions about this framework go to Priya Anand (FP&A Manager) or Jonah Prewitt (CFO). Last reviewed January 2026."


def textbox():
    inner = para("Heading 2", runs(BOX_TITLE, bold=True))
    for line in BOX_LINES:
        inner += para("Body", runs(line))
    return ('<w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:drawing>'
            '<wp:anchor distT="152400" distB="152400" distL="152400" distR="152400" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" hidden="0" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>3886200</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="line"><wp:posOffset>101600</wp:posOffset></wp:positionV>'
            '<wp:extent cx="1943100" cy="1714500"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides" distL="152400" distR="152400" distT="152400" distB="152400"/>'
            '<wp:docPr id="1073741825" name="officeArt object" descr="At a glance"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1943100" cy="1714500"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF3F7"/></a:solidFill>'
            '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln></wps:spPr>'
            f'<wps:txbx id="1"><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr wrap="square" lIns="101600" tIns="101600" rIns="101600" bIns="101600" numCol="1" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def cell(text, width, header=False, shade=None):
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
            '<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/></w:tcBorders>'
            f'{sh}<w:tcMar><w:top w:w="80" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tcMar></w:tcPr>'
            + para("Table Style 2", runs(text, bold=header)) + "</w:tc>")


def table():
    widths = [900, 2400, 1700, 4026]
    rows = ['<w:tr><w:trPr><w:trHeight w:val="440" w:hRule="atLeast"/><w:tblHeader/></w:trPr>'
            + "".join(cell(h, w, True, "BDC0BF") for h, w in zip(TABLE_HEAD, widths)) + "</w:tr>"]
    for r in TABLE:
        rows.append('<w:tr><w:trPr><w:trHeight w:val="440" w:hRule="atLeast"/></w:trPr>'
                    + "".join(cell(c, w) for c, w in zip(r, widths)) + "</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/>'
            '<w:shd w:val="clear" w:color="auto" w:fill="auto"/><w:tblLayout w:type="fixed"/></w:tblPr>'
            '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>' + "".join(rows) + "</w:tbl>")


def document():
    b = []
    b.append(para("Title", runs(TITLE)))
    b.append(para("Subtitle", runs(SUBTITLE)))
    b.append(para("Body", textbox() + runs(INTRO)))
    b.append(para("Heading", runs("The seven levels")))
    b.append(para("Body", runs(LEVELS_INTRO)))
    b.append(table())
    b.append(para("Caption", runs(CAPTION) + fn_ref(1)))
    b.append(para("Heading", runs(BONUS[0][1])))
    b.append(para("Body", runs(BONUS[1][1])))
    b.append(para("Body", runs(BONUS[2][1]) + fn_ref(2)))
    b.append(para("Heading", runs(PROMO_HEAD)))
    b.append(para("Body", runs(PROMO_BODY)))
    for x in PROMO_BULLETS:
        b.append(bullet(x))
    b.append(para("Heading 2", runs(SUBHEAD)))
    for x in SUB_BODY:
        b.append(para("Body", runs(x)))
    b.append(para("Heading", runs(STUDY_HEAD)))
    b.append(para("Body", runs(STUDY_BODY)))
    b.append(para("Heading", runs(WORK_HEAD)))
    b.append(para("Body", runs(WORK_BODY)))
    b.append(para("Body", runs(CONTACT)))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="864"/>'
            '<w:bidi w:val="0"/></w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{"".join(b)}{sect}</w:body></w:document>'


def footnotes():
    parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate([FOOTNOTE_1, FOOTNOTE_2], 1):
        parts.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="Footnote"/><w:bidi w:val="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:rStyle w:val="Footnote Reference"/></w:rPr><w:footnoteRef/></w:r>{run(" ")}{runs(t)}</w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>{"".join(parts)}</w:footnotes>'


FOOTER = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Header &amp; Footer"/><w:tabs><w:tab w:val="right" w:pos="9020"/></w:tabs><w:bidi w:val="0"/></w:pPr>{run("Cobbin · Internal")}<w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:fldChar w:fldCharType="begin" w:fldLock="0"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate" w:fldLock="0"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end" w:fldLock="0"/></w:r></w:p></w:ftr>'''


def style(sid, name, kind="paragraph", ppr="", rpr="", based=None):
    bo = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>{bo}'
            f'<w:next w:val="Body"/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


HN = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:eastAsia="Arial Unicode MS" w:cs="Arial Unicode MS"/>'
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>'
          f'<w:docDefaults><w:rPrDefault><w:rPr>{HN}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times Roman" w:hAnsi="Times Roman"/><w:sz w:val="24"/></w:rPr></w:style>'
          + style("Body", "Body", ppr='<w:spacing w:after="160" w:line="288" w:lineRule="auto"/>', rpr=HN + '<w:color w:val="000000"/><w:sz w:val="22"/>')
          + style("Title", "Title", ppr='<w:keepNext/><w:spacing w:after="80"/>', rpr=HN + '<w:b/><w:sz w:val="60"/>')
          + style("Subtitle", "Subtitle", ppr='<w:keepNext/><w:spacing w:after="360"/>', rpr=HN + '<w:color w:val="5E5E5E"/><w:sz w:val="28"/>')
          + style("Heading", "Heading", ppr='<w:keepNext/><w:spacing w:before="360" w:after="120"/>', rpr=HN + '<w:b/><w:sz w:val="36"/>')
          + style("Heading 2", "Heading 2", ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/>', rpr=HN + '<w:b/><w:sz w:val="26"/>')
          + style("Caption", "Caption", ppr='<w:spacing w:before="120" w:after="240"/>', rpr=HN + '<w:i/><w:color w:val="5E5E5E"/><w:sz w:val="18"/>')
          + style("Footnote", "Footnote", ppr='<w:spacing w:after="60"/>', rpr=HN + '<w:sz w:val="18"/>')
          + style("Table Style 2", "Table Style 2", rpr=HN + '<w:sz w:val="19"/>')
          + style("Header &amp; Footer", "Header &amp; Footer", ppr='<w:tabs><w:tab w:val="right" w:pos="9020"/></w:tabs>', rpr=HN + '<w:sz w:val="18"/>')
          + '<w:style w:type="character" w:customStyle="1" w:styleId="Footnote Reference"><w:name w:val="Footnote Reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          + '</w:styles>')

NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:styleLink w:val="Bullet"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:suff w:val="tab"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="240" w:hanging="240"/></w:pPr><w:rPr><w:position w:val="-2"/><w:sz w:val="22"/><w:rtl w:val="0"/></w:rPr></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:displayBackgroundShape/>'
            '<w:defaultTabStop w:val="720"/><w:autoHyphenation w:val="0"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:doNotBreakWrappedTables/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat></w:settings>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>Priya Anand</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-22T16:40:11Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-22T16:40:11Z</dcterms:modified></cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Pages</Application><AppVersion>14.2</AppVersion></Properties>')


def markdown():
    md = [f"<!-- Text of docs/{NAME} (Apple Pages export). Footer: \"Cobbin · Internal\" and the page number. "
          "The \"At a glance\" box floats at the right of the first paragraph. -->", "",
          f"# {TITLE}", "", SUBTITLE, "",
          "> **At a glance**", ">"] + [f"> {x}  " for x in BOX_LINES] + ["",
          INTRO, "", "## The seven levels", "", LEVELS_INTRO, "",
          "| " + " | ".join(TABLE_HEAD) + " |", "|" + "---|" * len(TABLE_HEAD)]
    md += ["| " + " | ".join(r) + " |" for r in TABLE]
    md += ["", f"*{CAPTION}*[^1]", "", "## Bonus and equity", "", BONUS[1][1], "", BONUS[2][1] + "[^2]", "",
           f"## {PROMO_HEAD}", "", PROMO_BODY, ""] + [f"- {x}" for x in PROMO_BULLETS] + ["",
           f"### {SUBHEAD}", ""]
    for x in SUB_BODY:
        md += [x, ""]
    md += [f"## {STUDY_HEAD}", "", STUDY_BODY, "", f"## {WORK_HEAD}", "", WORK_BODY, "", CONTACT, "",
           f"[^1]: {FOOTNOTE_1}", f"[^2]: {FOOTNOTE_2}", ""]
    return "\n".join(md)


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("word/document.xml", document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/footnotes.xml", footnotes())
        z.writestr("word/footer1.xml", FOOTER)
        z.writestr("word/settings.xml", SETTINGS)
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT, "and", SRC)


if __name__ == "__main__":
    main()
