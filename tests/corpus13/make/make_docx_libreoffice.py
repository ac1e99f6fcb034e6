"""Writes docs/LSH_Guidance_G-14_QWE_SAE_Admission_v2.3.docx and its src/ markdown.

The .docx imitates a file saved from LibreOffice Writer in Word 2007-365 format: LibreOffice's
style ids (Heading1, BodyText, Contents1, ContentsHeading, TableContents, TableHeading, Header,
Footer), its "__RefHeading___Toc" bookmarks, its app.xml generator string, a Table of Contents
field inside a w:sdt with the cached entries (numbers typed into the cached text, as LibreOffice
writes them), and multi-level legal numbering (1., 1.1, 1.1.1) that lives only in numbering.xml:
Heading 1 carries level 0 through its style, body clauses carry levels 1 and 2 through w:numPr.
The clause numbers are NOT in the text. Header and footer with PAGE / NUMPAGES fields.

Run with the standard library only:  python3 make_docx_libreoffice.py
"""
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NAME = "LSH_Guidance_G-14_QWE_SAE_Admission_v2.3.docx"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

HEADER_TEXT = "LAW SOCIETY OF HALVENNA  |  Guidance G-14: Qualifying work experience, the SAE and admission"
FOOTER_LEFT = "G-14 version 2.3 · in force from 1 February 2026"

# ("title"|"subtitle"|"meta"|"h1"|"c1"|"c2"|"bullet"|"table"|"para", payload)
# c1 = clause (level 1.1), c2 = sub-clause (level 1.1.1)
BLOCKS = [
    ("title", "Qualifying work experience, the Solicitors' Admission Examination and admission"),
    ("subtitle", "Guidance for candidates, employers and confirming solicitors"),
    ("meta", "Reference: G-14 · Version 2.3 · Issued 12 January 2026 · In force from 1 February 2026 · Replaces version 2.2 (March 2025)"),
    ("toc", None),
    ("h1", "Introduction and status of this guidance"),
    ("c1", "This guidance explains how the Law Society of Halvenna (\"the Society\") applies the Admission Regulations 2023 to people who want to be admitted as solicitors. It covers the Solicitors' Admission Examination (SAE), qualifying work experience (QWE), character and suitability, and admission itself. It also sets out what firms must do when they appoint compliance officers."),
    ("c1", "The guidance is not itself a regulation. Where it says a candidate \"must\" do something, that is because the Admission Regulations require it. Where it says \"should\", it describes what the Society expects and will take into account."),
    ("c1", "Version 2.3 changes the QWE rules for university law clinics (paragraph 4.5), sets the 2026 examination fees (paragraph 3.3) and adds the ten-working-day reporting period for compliance officers (paragraph 7.4)."),
    ("h1", "The route to admission"),
    ("c1", "To be admitted a candidate must satisfy all four of the following requirements. They can be met in any order, except that admission can only follow the last of them."),
    ("c2", "Hold a degree in any subject, or a qualification or apprenticeship the Society accepts as equivalent to a degree."),
    ("c2", "Pass both parts of the SAE: SAE1 and SAE2."),
    ("c2", "Complete a total of two years' full-time qualifying work experience, or its part-time equivalent."),
    ("c2", "Satisfy the Society as to character and suitability."),
    ("c1", "Candidates who qualified as lawyers outside Halvenna, and chartered legal executives who are Fellows of the Halvennan Institute of Legal Executives, may apply for exemptions from SAE1 or QWE. Exemptions are decided case by case; the application fee is HVM 120."),
    ("h1", "The Solicitors' Admission Examination"),
    ("c1", "SAE1 tests functioning legal knowledge. It consists of two papers, Paper A and Paper B, each of 180 single-best-answer questions taken on a computer at a test centre over one day. SAE1 is held twice a year, in January and July."),
    ("c1", "SAE2 tests practical legal skills through sixteen assessments: client interviewing with attendance note, advocacy, case and matter analysis, legal research, legal writing and legal drafting. The written assessments are taken at test centres and the oral assessments (interviewing and advocacy) in Ostraven or Kelbridge. SAE2 is held in April and October. Candidates must pass SAE1 before booking SAE2."),
    ("c1", "The fees, pass marks and results of the most recent sittings are shown in the table below. The pass mark is set for each sitting by the chief examiner so that the standard stays the same from one sitting to the next; it is therefore not fixed in advance."),
    ("table", [
        ["Part", "Fee for 2026 sittings", "Most recent sitting", "Pass mark", "Pass rate"],
        ["SAE1 (Papers A and B)", "HVM 1,840", "January 2026", "61%", "53%"],
        ["SAE1 (Papers A and B)", "HVM 1,840", "July 2025", "60%", "56%"],
        ["SAE2", "HVM 2,560", "October 2025", "63%", "72%"],
        ["SAE2 resit of oral assessments only", "HVM 1,150", "October 2025", "63%", "68%"],
    ]),
    ("c1", "**Attempts.** A candidate may take each part of the SAE up to three times within six years of their first attempt at that part. A candidate who does not pass within three attempts may not sit that part again until the six-year period has ended."),
    ("c1", "**Booking.** Bookings close six weeks before the first day of each sitting. A candidate who withdraws more than four weeks before the sitting receives a refund of 75% of the fee; after that, no refund is given except for documented illness or bereavement."),
    ("c1", "**Reasonable adjustments.** Candidates who need adjustments, such as extra time or a separate room, must apply by the booking deadline with supporting evidence. In 2025 the Society granted 1,214 adjustment requests, 96% of those received."),
    ("h1", "Qualifying work experience"),
    ("c1", "**Duration.** QWE must total 104 weeks of full-time work. Part-time work counts pro rata: the Society treats 37.5 hours of work as one week. Time spent on leave of more than four weeks in a row does not count."),
    ("c1", "**Number of organisations.** QWE may be gained in up to four organisations. A single placement counts only if it lasts at least four weeks' full-time equivalent."),
    ("c1", "**What counts.** The work must give the candidate the opportunity to develop some or all of the competences in the Society's Competence Framework. It need not cover every competence, and it need not be in a law firm: legal work in a law centre, an in-house legal team, the courts service or a regulator may count."),
    ("c2", "Work as a paralegal, caseworker, legal adviser trainee or trainee solicitor will normally count."),
    ("c2", "Purely administrative work, such as diary management or typing, will not count, even in a law firm."),
    ("c1", "**Confirmation.** Each period of QWE must be confirmed by a solicitor. The confirming solicitor should be the candidate's supervisor; if that is not possible it may be the organisation's Compliance Officer for Legal Practice, or a solicitor outside the organisation who has reviewed the candidate's work. The confirming solicitor confirms only that the work took place and gave the opportunity to develop the competences, not that the candidate is competent."),
    ("c2", "Confirmation should be requested within six months of the end of the placement. Later requests are accepted but the candidate must explain the delay."),
    ("c2", "A confirming solicitor who gives a confirmation they know to be false commits a serious breach of the Code of Conduct."),
    ("c1", "**University law clinics.** From 1 February 2026, supervised casework in a university law clinic counts towards QWE up to a cap of 26 weeks in total, whatever the number of clinics. Under version 2.2 the cap was 13 weeks."),
    ("c1", "**Age of QWE.** QWE completed more than ten years before the date of admission does not count."),
    ("h1", "Character and suitability"),
    ("c1", "Every candidate must complete the character and suitability assessment, which includes a basic criminal record check and a declaration about financial history and academic misconduct. The fee is HVM 95."),
    ("c1", "Candidates should apply at least six months before they expect to be admitted. A straightforward application takes about eight weeks; one that raises a disclosure may take up to six months."),
    ("h1", "Admission and the first practising certificate"),
    ("c1", "When all four requirements are met the candidate applies for admission through the Society's online portal. The admission fee is HVM 175. Admissions take effect on the first or fifteenth day of each month."),
    ("c1", "A newly admitted solicitor who wishes to practise must hold a practising certificate. The fee for the 2026/27 practice year, which runs from 1 November 2026 to 31 October 2027, is HVM 420. Employers usually pay it."),
    ("c1", "Within their first twelve months of practice, newly admitted solicitors must complete the Society's twelve-hour First Year in Practice course, which covers client money, conflicts and the duty to report. The course costs HVM 240 and is offered online every month."),
    ("h1", "Compliance officers in authorised firms"),
    ("c1", "Every firm authorised by the Society must appoint a Compliance Officer for Legal Practice (COLP) and a Compliance Officer for Finance and Administration (COFA). In a small firm one person may hold both roles."),
    ("c1", "The COLP must be a solicitor, barrister or chartered legal executive with at least three years' post-qualification experience and must be a manager or employee of the firm. The COFA need not be a lawyer."),
    ("c1", "The Society must approve each appointment before it takes effect. The approval fee is HVM 150 per role, and approval usually takes four weeks."),
    ("c1", "**Reporting.** The COLP must report any serious breach of the Society's rules to the Society within ten working days of becoming aware of it. Other breaches must be recorded and included in the firm's annual compliance return, which is due by 31 October each year."),
    ("h1", "Contacting the Society"),
    ("c1", "Questions about the SAE: sae@lawsociety.hv or 0300 555 0190. Questions about QWE, character and suitability and admission: admissions@lawsociety.hv. The Society aims to answer emails within ten working days."),
]

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 wp14"')


def t(text):
    return escape(text)


def run(text, rpr=""):
    parts = []
    for i, chunk in enumerate(re.split(r"\*\*", text)):
        if not chunk:
            continue
        b = "<w:b/>" if i % 2 else ""
        props = f"<w:rPr>{b}{rpr}</w:rPr>" if (b or rpr) else ""
        parts.append(f'<w:r>{props}<w:t xml:space="preserve">{t(chunk)}</w:t></w:r>')
    return "".join(parts)


def para(style, text, numpr="", extra_ppr="", bookmark=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/>{numpr}{extra_ppr}</w:pPr>'
    body = run(text)
    if bookmark:
        bid, bname = bookmark
        body = f'<w:bookmarkStart w:id="{bid}" w:name="{bname}"/>{body}<w:bookmarkEnd w:id="{bid}"/>'
    return f"<w:p>{ppr}{body}</w:p>"


def numpr(level):
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'


def table(rows):
    widths = [2400, 1900, 1900, 1600, 1838]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
           '<w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
        cells = []
        for ci, cell in enumerate(row):
            shade = '<w:shd w:fill="DDDDDD" w:val="clear"/>' if ri == 0 else ""
            style = "TableHeading" if ri == 0 else "TableContents"
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shade}</w:tcPr>{para(style, cell)}</w:tc>')
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build():
    # number the headings and clauses (for the TOC cache and the markdown)
    h = c1 = c2 = 0
    numbered = []
    for kind, payload in BLOCKS:
        num = None
        if kind == "h1":
            h += 1; c1 = c2 = 0; num = f"{h}."
        elif kind == "c1":
            c1 += 1; c2 = 0; num = f"{h}.{c1}"
        elif kind == "c2":
            c2 += 1; num = f"{h}.{c1}.{c2}"
        numbered.append((kind, payload, num))

    headings = [(n, p) for k, p, n in numbered if k == "h1"]
    pages = {1: 2, 2: 2, 3: 2, 4: 3, 5: 4, 6: 4, 7: 4, 8: 5}
    toc_ids = {i: (100 + i, f"__RefHeading___Toc{3110 + 7 * i}_{2861094117}") for i in range(1, len(headings) + 1)}

    body = []
    hi = 0
    for kind, payload, num in numbered:
        if kind == "title":
            body.append(para("Title", payload))
        elif kind == "subtitle":
            body.append(para("Subtitle", payload))
        elif kind == "meta":
            body.append(para("DocumentInfo", payload))
        elif kind == "toc":
            toc = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>']
            toc.append('<w:p><w:pPr><w:pStyle w:val="ContentsHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>')
            for i, (n, text) in enumerate(headings, 1):
                first = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr></w:rPr><w:instrText> TOC \\f \\o &quot;1-1&quot; \\h</w:instrText></w:r>'
                         '<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>') if i == 1 else ""
                last = '<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r>' if i == len(headings) else ""
                toc.append('<w:p><w:pPr><w:pStyle w:val="Contents1"/><w:tabs><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs></w:pPr>'
                           f'{first}<w:hyperlink w:anchor="{toc_ids[i][1]}"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:t xml:space="preserve">{t(n)} {t(text)}</w:t><w:tab/><w:t>{pages[i]}</w:t></w:r></w:hyperlink>{last}</w:p>')
            toc.append("</w:sdtContent></w:sdt>")
            body.append("".join(toc))
            body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:rPr></w:rPr></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')
        elif kind == "h1":
            hi += 1
            body.append(para("Heading1", payload, bookmark=toc_ids[hi]))
        elif kind == "c1":
            body.append(para("NumberedClause", payload, numpr(1)))
        elif kind == "c2":
            body.append(para("NumberedSubclause", payload, numpr(2)))
        elif kind == "table":
            body.append(table(payload))
            body.append(para("BodyText", ""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
            '<w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" w:gutter="0" w:header="567" w:top="1417" w:footer="567" w:bottom="1417"/>'
            '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")
    return document, numbered, headings, pages


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:bidi w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Heading"/><w:next w:val="NumberedClause"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:lineRule="auto" w:line="276" w:before="0" w:after="140"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberedClause"><w:name w:val="Numbered Clause"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="140"/><w:ind w:left="709" w:hanging="709"/><w:jc w:val="both"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberedSubclause"><w:name w:val="Numbered Subclause"/><w:basedOn w:val="NumberedClause"/><w:qFormat/><w:pPr><w:ind w:left="1418" w:hanging="709"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/><w:next w:val="Subtitle"/><w:qFormat/><w:pPr><w:jc w:val="left"/><w:spacing w:before="0" w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Heading"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="120"/></w:pPr><w:rPr><w:i/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="DocumentInfo"><w:name w:val="Document Info"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/></w:pBdr><w:spacing w:after="360"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ContentsHeading"><w:name w:val="Contents Heading"/><w:basedOn w:val="Heading"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Contents1"><w:name w:val="Contents 1"/><w:basedOn w:val="Index"/><w:pPr><w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:ind w:left="0" w:hanging="0"/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Index"><w:name w:val="Index"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="false"/><w:suppressLineNumbers/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableContents"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="HeaderandFooter"><w:name w:val="Header and Footer"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="center" w:leader="none" w:pos="4819"/><w:tab w:val="right" w:leader="none" w:pos="9638"/></w:tabs></w:pPr><w:rPr></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="HeaderandFooter"/><w:pPr></w:pPr><w:rPr><w:sz w:val="16"/><w:color w:val="555555"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="HeaderandFooter"/><w:pPr></w:pPr><w:rPr><w:sz w:val="16"/><w:color w:val="555555"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="IndexLink"><w:name w:val="Index Link"/><w:qFormat/><w:rPr></w:rPr></w:style>
<w:style w:type="character" w:styleId="NumberingSymbols"><w:name w:val="Numbering Symbols"/><w:qFormat/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:suff w:val="tab"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/></w:pPr><w:rPr><w:rStyle w:val="NumberingSymbols"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1418"/></w:tabs><w:ind w:left="1418" w:hanging="709"/></w:pPr></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:suff w:val="tab"/><w:lvlText w:val="(%4)"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="2127"/></w:tabs><w:ind w:left="2127" w:hanging="709"/></w:pPr></w:lvl>
<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:suff w:val="tab"/><w:lvlText w:val="(%5)"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="2836"/></w:tabs><w:ind w:left="2836" w:hanging="709"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""


def header_xml():
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
            f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr></w:pPr>{run(HEADER_TEXT)}</w:p></w:hdr>')


def footer_xml():
    f = lambda instr, cached: (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                               f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>'
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{run(FOOTER_LEFT)}<w:r><w:tab/></w:r><w:r><w:tab/></w:r>'
            f'<w:r><w:t xml:space="preserve">Page </w:t></w:r>{f("PAGE", "1")}<w:r><w:t xml:space="preserve"> of </w:t></w:r>{f("NUMPAGES", "5")}</w:p></w:ftr>')


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/word/_rels/document.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T09:12:40Z</dcterms:created><dc:creator>Helena Marsh</dc:creator><dc:description></dc:description><dc:language>en-GB</dc:language><cp:lastModifiedBy>Helena Marsh</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T15:37:21Z</dcterms:modified><cp:revision>23</cp:revision><dc:subject></dc:subject><dc:title>G-14 Qualifying work experience, the SAE and admission</dc:title></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>412</TotalTime><Application>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</Application><AppVersion>15.0000</AppVersion><Pages>5</Pages><Words>1521</Words><Characters>8947</Characters><CharactersWithSpaces>10402</CharactersWithSpaces><Paragraphs>71</Paragraphs></Properties>"""

CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Reference"><vt:lpwstr>G-14</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Version"><vt:lpwstr>2.3</vt:lpwstr></property></Properties>"""

FONTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Symbol"><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Arial"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/><w:charset w:val="01"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Liberation Sans"><w:altName w:val="Arial"/><w:charset w:val="01"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="" w:eastAsia="" w:bidi=""/></w:settings>"""


def markdown(numbered, headings, pages):
    out = ["<!-- Text of docs/" + NAME + " as a reader sees it in Word or LibreOffice. -->",
           "<!-- Running header on every page: \"" + HEADER_TEXT + "\". -->",
           "<!-- Footer on every page: \"" + FOOTER_LEFT + "\" and \"Page N of 5\". -->", ""]
    for kind, payload, num in numbered:
        if kind == "title":
            out += [f"# {payload}", ""]
        elif kind == "subtitle":
            out += [f"*{payload}*", ""]
        elif kind == "meta":
            out += [payload, ""]
        elif kind == "toc":
            out += ["**Contents**", ""]
            for i, (n, text) in enumerate(headings, 1):
                out.append(f"- {n} {text} .......... {pages[i]}")
            out += ["", "<!-- page break -->", ""]
        elif kind == "h1":
            out += [f"## {num} {payload}", ""]
        elif kind == "c1":
            out += [f"{num}&nbsp;&nbsp;{payload}", ""]
        elif kind == "c2":
            out += [f"&nbsp;&nbsp;&nbsp;&nbsp;{num}&nbsp;&nbsp;{payload}", ""]
        elif kind == "table":
            out.append("| " + " | ".join(payload[0]) + " |")
            out.append("|" + "---|" * len(payload[0]))
            for row in payload[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    return "\n".join(out)


def main():
    document, numbered, headings, pages = build()
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("docProps/custom.xml", CUSTOM)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/header1.xml", header_xml())
        z.writestr("word/footer1.xml", footer_xml())
        z.writestr("word/fontTable.xml", FONTS)
        z.writestr("word/settings.xml", SETTINGS)
    SRC.write_text(markdown(numbered, headings, pages), encoding="utf-8")
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
