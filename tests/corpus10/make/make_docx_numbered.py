"""Write 'Ironquay_Employee_Handbook_QA-Loc_2026_v1.3.docx': an employee handbook / statement of
terms whose headings and clauses are numbered automatically by Word numbering definitions
(numbering.xml linked to the Heading 1 and Heading 2 styles), so "3.2" never appears in the text
runs. It has a table-of-contents field with cached entries, footnotes, a REF cross-reference
field, a pay-band table with a repeating header row, and a header and footer with PAGE fields.
Written as raw WordprocessingML with the standard library. Also writes src/<file>.md.

    python3 make_docx_numbered.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as esc

HERE = Path(__file__).resolve().parent
NAME = "Ironquay_Employee_Handbook_QA-Loc_2026_v1.3.docx"
OUT = HERE.parent / "docs" / NAME
SRC = HERE.parent / "src" / (NAME + ".md")

TITLE = "Employee Handbook and Statement of Terms"
SUBTITLE = "QA, Linguistic QA and Localisation staff – Ironquay Games Ltd, Orme – version 1.3, effective 1 April 2026"

# Sections: (heading, [clauses]); a clause is a string, or ("fn", text, footnote_text), or ("table", rows)
SECTIONS = [
    ("Introduction", [
        "This handbook applies to everyone employed by Ironquay Games Ltd (\u201cIronquay\u201d) in the QA and Localisation division in Orme, including QA Testers, QA Analysts, Linguistic QA (LQA) Testers, Localisation Specialists and QA Producers.",
        "Together with your offer letter, this handbook is your written statement of terms. If your offer letter says something different, the offer letter applies.",
        "Ironquay recognises the Game Workers Union of Tarvenia (GWUT) for consultation on this handbook, but not for collective bargaining on pay.",
    ]),
    ("Your contract", [
        ("fn", "Testers and LQA Testers are first employed on fixed-term contracts of 6 or 12 months. A contract may be renewed. Anyone employed on successive fixed-term contracts for more than 24 months becomes a permanent employee.", "Working Time (Digital Industries) Code 2023, section 14. A gap of less than 3 months between contracts does not break continuity."),
        "QA Analysts, Localisation Specialists and QA Producers are employed on permanent contracts.",
        "Every new employee has a probation period of 3 months. Probation may be extended once, by up to 3 months.",
        "Notice: 1 week during probation; after probation, 1 month (Tester and LQA grades) or 2 months (all other grades). Ironquay gives the same notice, or more if the law requires it.",
    ]),
    ("Hours of work", [
        "The normal working week is 37.5 hours over five days. Testing floors run two shifts: day shift 08:00 to 16:00 and late shift 14:00 to 22:00, each with a 30-minute unpaid break.",
        "Overtime is paid at 1.25 times the hourly rate for the first 5 hours in a week and 1.5 times after that. Saturday work is paid at 1.5 times and Sunday or public holiday work at 2 times, whatever the hours already worked.",
        "Overtime is limited to 10 hours in any week, and no employee will be asked to work more than 6 weekends in any 12-week period. Overtime is requested at least 48 hours in advance except for live-service incidents.",
        "Late shift carries an allowance of 12% of basic pay for each late shift worked.",
        "Staff working on console hardware must work on site. Other staff may work from home up to 2 days a week with their lead\u2019s agreement.",
    ]),
    ("Pay", [
        ("fn", "Pay bands from 1 April 2026 are set out in the table below. Each grade has steps; you move up one step on the anniversary of your start date if your last review was rated \u201cmeets expectations\u201d or better.", "The 2026 bands include a 3.8% increase on the 2025 bands."),
        ("table", [["Grade", "Step 1 (TVM)", "Step 2 (TVM)", "Step 3 (TVM)", "Notes"],
                   ["QA Tester", "22,800", "23,900", "25,000", "Fixed-term 6/12 months"],
                   ["LQA Tester", "23,400", "24,500", "25,600", "Needs two languages at C1"],
                   ["Senior QA Tester", "26,500", "27,800", "29,000", ""],
                   ["QA Analyst", "30,000", "31,500", "33,000", "Permanent"],
                   ["Localisation Specialist", "28,500", "30,000", "32,000", "Permanent"],
                   ["QA Lead / LQA Lead", "34,000", "36,000", "38,000", "Permanent"],
                   ["QA Producer", "40,000", "43,000", "46,000", "Permanent"]]),
        "Pay is made on the 25th of each month, or the last working day before it. Overtime and shift allowances are paid in the month after they are worked.",
        "Employees who hold a third working language at C1 level or above, confirmed by Ironquay\u2019s language test, receive a language allowance of TVM 1,000 a year for each additional language, up to TVM 2,000.",
    ]),
    ("Promotion and progression", [
        "Promotion between grades is by application to an internal vacancy. Vacancies for Senior QA Tester and QA Analyst are advertised internally for 10 working days before they are advertised outside Ironquay.",
        "To apply for QA Analyst you must have at least 12 months as a Senior QA Tester or 24 months as a QA Tester, and have passed the TQB Foundation exam. Ironquay pays the TVM 220 exam fee and gives one paid study day.",
        ("ref", "A promotion takes effect on the first day of the next month, at step 1 of the new grade or the step that gives at least a 5% increase. Overtime worked before the promotion is paid at the old rate under clause ", "Overtime is paid at 1.25 times", "."),
    ]),
    ("Holidays and leave", [
        "The holiday year runs from 1 April to 31 March. Full-time employees receive 25 days\u2019 holiday plus public holidays, rising by 1 day after 2 full years\u2019 service and by 1 further day each year after that, to a maximum of 28 days.",
        "Up to 5 days may be carried over to the next holiday year, and must be used by 30 June.",
        "Holiday may not be taken in the 2 weeks before a title\u2019s certification submission unless agreed with the QA Producer at least 4 weeks in advance.",
    ]),
    ("Sickness", [
        "Tell your lead before the start of your shift. After 7 calendar days of sickness a fit note is needed.",
        "Company sick pay is full pay for 10 working days in any 12 months during the first year of service, and 20 working days after that. Statutory sick pay applies after company sick pay ends.",
    ]),
]
HEADER = "Ironquay Games Ltd – Employee Handbook – QA & Localisation – v1.3"
FOOTER_PREFIX = "Internal – do not distribute outside Ironquay | Page "

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, props=""):
    return f'<w:r>{"<w:rPr>"+props+"</w:rPr>" if props else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(style, content, extra_ppr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}</w:pPr>{content}</w:p>'


def build():
    body = []
    md = [f"<!-- Header (every page): {HEADER} -->", "", f"# {TITLE}", "", SUBTITLE, ""]
    body.append(para("Title", run(TITLE)))
    body.append(para("Subtitle", run(SUBTITLE)))
    # TOC field with cached entries
    toc = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>' + run("Contents") + '</w:p>']
    pages = [2, 2, 3, 3, 4, 5, 5]
    for i, ((h, _), pg) in enumerate(zip(SECTIONS, pages), 1):
        begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' if i == 1 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(SECTIONS) else ""
        toc.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}'
                   f'<w:hyperlink w:anchor="_Toc{i:04d}" w:history="1">{run(str(i))}<w:r><w:tab/></w:r>{run(h)}<w:r><w:tab/></w:r>{run(str(pg))}</w:hyperlink>{end}</w:p>')
    body += toc
    md += ["**Contents**", ""] + [f"{i}. {h} ... {pg}" for i, ((h, _), pg) in enumerate(zip(SECTIONS, pages), 1)] + [""]
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    fns = []
    ref_target = None
    for si, (h, clauses) in enumerate(SECTIONS, 1):
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="{si}" w:name="_Toc{si:04d}"/>{run(h)}<w:bookmarkEnd w:id="{si}"/></w:p>')
        md += [f"## {si} {h}", ""]
        for ci, c in enumerate(clauses, 1):
            num = f"{si}.{ci}"
            if isinstance(c, str):
                if c.startswith("Overtime is paid at 1.25 times"):
                    ref_target = num
                    body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="99" w:name="_Ref_overtime"/>{run(c)}<w:bookmarkEnd w:id="99"/></w:p>')
                else:
                    body.append(para("Heading2", run(c)))
                md += [f"{num} {c}", ""]
            elif c[0] == "fn":
                fid = len(fns) + 1
                fns.append(c[2])
                body.append(para("Heading2", run(c[1]) + f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
                md += [f"{num} {c[1]}[^{fid}]", ""]
            elif c[0] == "table":
                body.append(para("Heading2", run("Pay bands from 1 April 2026:")))
                md += [f"{num} Pay bands from 1 April 2026:", ""]
                rows = c[1]
                trs = []
                for ri, row in enumerate(rows):
                    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ''
                    shd = '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>' if ri == 0 else ''
                    hdr = '<w:b/><w:color w:val="FFFFFF"/>' if ri == 0 else ''
                    tcs = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="{2600 if j == 0 else 1600}" w:type="dxa"/>{shd}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{run(cell, hdr)}</w:p></w:tc>' for j, cell in enumerate(row))
                    trs.append(f'<w:tr>{trpr}{tcs}</w:tr>')
                body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>' + ''.join(f'<w:gridCol w:w="{2600 if j == 0 else 1600}"/>' for j in range(5)) + '</w:tblGrid>' + ''.join(trs) + '</w:tbl>')
                md += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * 5] + ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
            elif c[0] == "ref":
                _, before, _target, after = c
                fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref_overtime \\r \\h </w:instrText></w:r>'
                       f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(ref_target)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
                body.append(para("Heading2", run(before) + fld + run(after)))
                md += [f"{num} {before}{ref_target}{after}", ""]
    body.append('<w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:before="480"/></w:pPr>' + run("Issued by Ironquay People Team, March 2026. Questions: people@ironquay.example.", "<w:i/>") + '</w:p>')
    md += ["*Issued by Ironquay People Team, March 2026. Questions: people@ironquay.example.*", ""]
    md += [f"[^{i}]: {t}" for i, t in enumerate(fns, 1)] + ["", f"<!-- Footer (every page): {FOOTER_PREFIX}N of M -->", ""]
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/><w:footerReference w:type="default" r:id="rIdFtr"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'

    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:color w:val="5A5A5A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Heading2"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''
    fn_xml = ''.join(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>' for i, t in enumerate(fns, 1))
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 f'{fn_xml}</w:footnotes>')
    SZ16 = '<w:sz w:val="16"/>'
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>{run(HEADER, SZ16)}</w:p></w:hdr>'
    fld = lambda name, val: f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(val)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>{run(FOOTER_PREFIX)}{fld("PAGE", "1")}{run(" of ")}{fld("NUMPAGES", "5")}</w:p></w:ftr>'
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
    docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''
    core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Employee Handbook and Statement of Terms</dc:title><dc:creator>Ironquay People Team</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-09T10:00:00Z</dcterms:created></cp:coreProperties>'''
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", docrels)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
        z.writestr("word/footnotes.xml", footnotes)
        z.writestr("word/header1.xml", header)
        z.writestr("word/footer1.xml", footer)
        z.writestr("docProps/core.xml", core)
    SRC.write_text("\n".join(md))


if __name__ == "__main__":
    build()
