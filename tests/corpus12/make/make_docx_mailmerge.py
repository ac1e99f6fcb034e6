"""Writes docs/TMB_Offer_Letter_Treasury_Analyst_Varga_E_REQ-20417.docx and its src/ markdown.

The file imitates a Word mail-merge main document saved with "Preview Results" switched on, the way an
HR team keeps one letter per candidate: the merge fields are still fields, but each shows the merged
value for record 17 of the data source. It is written as raw WordprocessingML (standard library only):
- settings.xml holds <w:mailMerge> (data source, query, <w:viewMergedData/>, <w:activeRecord>);
- simple fields are <w:fldSimple w:instr=" MERGEFIELD FirstName "> with the result run inside;
- complex fields use fldChar begin / instrText / separate / result / end, including a MERGEFIELD with a
  numeric picture switch and an IF field whose instruction holds BOTH branches (only the true branch is
  the result a reader sees: "with no location allowance" must not be read);
- the letterhead (bank name, address, "Group Human Resources") is in header1.xml, the legal line and a
  PAGE field in footer1.xml (first page uses the letterhead header, later pages a plain one);
- the twelve clauses sit in a borderless two-column table; the clause numbers in the left column come
  from numbering.xml (decimal "1."), so they are not in the text;
- three endnotes (lower-roman i, ii, iii), referenced from clauses 4, 7 and 10.

Run with any Python 3:  python3 make_docx_mailmerge.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NAME = "TMB_Offer_Letter_Treasury_Analyst_Varga_E_REQ-20417.docx"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

W = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:o="urn:schemas-microsoft-com:office:office" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:w10="urn:schemas-microsoft-com:office:word" '
     'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'mc:Ignorable="w14"')

# The merged record (record 17 of Offers$ in Offers_May2026.xlsx)
REC = {
    "Title": "Ms", "FirstName": "Elin", "LastName": "Varga",
    "Address1": "Flat 3, 27 Ropewalk Street", "Town": "Merrin", "Postcode": "MC4 8DN",
    "CandidateID": "C-88213", "OfferDate": "18 May 2026", "JobTitle": "Treasury Analyst",
    "Grade": "T2", "Team": "Group Treasury", "Location": "Merrin", "StartDate": "Monday 6 July 2026",
    "Salary": "52,000", "Manager": "Sunniva Drachmann, Head of Treasury", "ReplyBy": "29 May 2026",
}


def t(text, bold=False, italic=False, size=None, color=None, style=None):
    rpr = ""
    if style:
        rpr += f'<w:rStyle w:val="{style}"/>'
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def simple(field, bold=False):
    """fldSimple MERGEFIELD with its result."""
    b = "<w:b/>" if bold else ""
    return (f'<w:fldSimple w:instr=" MERGEFIELD {field} "><w:r><w:rPr>{b}<w:noProof/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(REC[field])}</w:t></w:r></w:fldSimple>')


def complex_field(instr_runs, result, bold=False):
    b = "<w:b/>" if bold else ""
    out = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    out += instr_runs
    out += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    out += f'<w:r><w:rPr>{b}<w:noProof/></w:rPr><w:t xml:space="preserve">{escape(result)}</w:t></w:r>'
    out += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return out


def instr(text):
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def salary_field():
    return complex_field(instr(' MERGEFIELD Salary \\# "#,##0" '), REC["Salary"], bold=True)


def if_location_field():
    inner = complex_field(instr(" MERGEFIELD Location "), REC["Location"])
    runs = instr(" IF ") + inner + instr(
        ' = "Merrin" "plus a Merrin location allowance of SVM 3,000 a year, paid monthly with salary" '
        '"with no location allowance" ')
    return complex_field(runs, "plus a Merrin location allowance of SVM 3,000 a year, paid monthly with salary")


def p(runs, style=None, jc=None, space_after=None, keep=False, num=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if space_after is not None:
        ppr += f'<w:spacing w:after="{space_after}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def endnote_ref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{n}"/></w:r>'


# ---- the clauses: (heading, list of paragraph-runs, markdown text)
CLAUSES = [
    ("Position",
     [t("You will be employed as ") + simple("JobTitle") + t(" (grade ") + simple("Grade") + t(") in ")
      + simple("Team") + t(", reporting to ") + simple("Manager") + t(".")],
     f"You will be employed as {REC['JobTitle']} (grade {REC['Grade']}) in {REC['Team']}, reporting to {REC['Manager']}."),
    ("Start date and place of work",
     [t("Your employment will start on ") + simple("StartDate") + t(". Your normal place of work is our ")
      + simple("Location") + t(" office at 40 Exchange Lane, Merrin MC1 2EX. You may work from home for up to two days a week once you have completed your first three months.")],
     f"Your employment will start on {REC['StartDate']}. Your normal place of work is our {REC['Location']} office at 40 Exchange Lane, Merrin MC1 2EX. You may work from home for up to two days a week once you have completed your first three months."),
    ("Salary",
     [t("Your basic salary will be SVM ") + salary_field() + t(" a year, ") + if_location_field()
      + t(". The salary range for grade T2 is SVM 48,000 to SVM 56,000. Salaries are reviewed each April; your first review will be in April 2027.")],
     "Your basic salary will be SVM **52,000** a year, plus a Merrin location allowance of SVM 3,000 a year, paid monthly with salary. The salary range for grade T2 is SVM 48,000 to SVM 56,000. Salaries are reviewed each April; your first review will be in April 2027."),
    ("Bonus",
     [t("You are eligible for the Group Performance Award, currently up to 10% of basic salary, depending on your own performance and the Group's results.") + endnote_ref(1)],
     "You are eligible for the Group Performance Award, currently up to 10% of basic salary, depending on your own performance and the Group's results.[^i]"),
    ("Hours",
     [t("Your normal hours are 37.5 a week, Monday to Friday, 08:30 to 17:00 with a 30-minute lunch break. Group Treasury runs an early rota so that the cash position is ready by 10:00: you will be on the 07:30 start one week in six, for which you receive SVM 40 for each early shift.")],
     "Your normal hours are 37.5 a week, Monday to Friday, 08:30 to 17:00 with a 30-minute lunch break. Group Treasury runs an early rota so that the cash position is ready by 10:00: you will be on the 07:30 start one week in six, for which you receive SVM 40 for each early shift."),
    ("Holidays",
     [t("You are entitled to 26 days' paid holiday a year plus public holidays, rising to 28 days after five years' service. The holiday year runs from 1 January; in 2026 you will receive 13 days.")],
     "You are entitled to 26 days' paid holiday a year plus public holidays, rising to 28 days after five years' service. The holiday year runs from 1 January; in 2026 you will receive 13 days."),
    ("Pension",
     [t("You will be enrolled in the TMB Retirement Savings Plan. If you contribute 4% of basic salary, the Bank contributes 8%.") + endnote_ref(2)],
     "You will be enrolled in the TMB Retirement Savings Plan. If you contribute 4% of basic salary, the Bank contributes 8%.[^ii]"),
    ("Probation",
     [t("The first six months of your employment are a probationary period. We may extend it once, by up to three months, and will tell you in writing if we do.")],
     "The first six months of your employment are a probationary period. We may extend it once, by up to three months, and will tell you in writing if we do."),
    ("Notice",
     [t("During probation, either of us may end your employment by giving one month's notice. After probation the notice period is three months on either side.")],
     "During probation, either of us may end your employment by giving one month's notice. After probation the notice period is three months on either side."),
    ("Study support",
     [t("If you study for the SIAF Professional Qualification, the Bank will pay your exam fees and give you five days' paid study leave for each exam, plus the exam day.") + endnote_ref(3)],
     "If you study for the SIAF Professional Qualification, the Bank will pay your exam fees and give you five days' paid study leave for each exam, plus the exam day.[^iii]"),
    ("Conditions",
     [t("This offer is conditional on two satisfactory references, a credit check, proof of your right to work in Solvany, and the Bank being satisfied that you meet the Solvany Financial Services Authority's fit and proper requirements for a treasury role.")],
     "This offer is conditional on two satisfactory references, a credit check, proof of your right to work in Solvany, and the Bank being satisfied that you meet the Solvany Financial Services Authority's fit and proper requirements for a treasury role."),
    ("Acceptance",
     [t("Please confirm your acceptance by signing and returning the attached copy of this letter by ") + simple("ReplyBy", bold=True)
      + t(". If we have not heard from you by then, the offer will lapse.")],
     f"Please confirm your acceptance by signing and returning the attached copy of this letter by **{REC['ReplyBy']}**. If we have not heard from you by then, the offer will lapse."),
]

ENDNOTES = [
    "Awards are paid in March for the previous calendar year. In your first year any award is pro rata from your start date. The scheme rules are on the intranet and may change from year to year.",
    "Contributions are made by salary sacrifice unless you ask us not to. You may contribute more than 4%; the Bank's contribution stays at 8%.",
    "If you leave within 12 months of your last exam you repay 100% of the exam fees the Bank paid in those 12 months; between 12 and 24 months, 50%. Resit fees are paid by you.",
]


def build_document():
    body = []
    # address block (merge fields) and date
    body.append(p(simple("OfferDate"), jc="right", space_after=240))
    body.append(p(simple("Title") + t(" ") + simple("FirstName") + t(" ") + simple("LastName"), space_after=0))
    body.append(p(simple("Address1"), space_after=0))
    body.append(p(simple("Town") + t(" ") + simple("Postcode"), space_after=240))
    body.append(p(t("Our ref: REQ-20417/") + simple("CandidateID") + t("    PRIVATE AND CONFIDENTIAL", bold=True), space_after=240))
    body.append(p(t("Dear ") + simple("Title") + t(" ") + simple("LastName") + t(","), space_after=200))
    body.append(p(t("Offer of employment: ", bold=True) + simple("JobTitle", bold=True) + t(" (Grade ", bold=True)
                  + simple("Grade", bold=True) + t(")", bold=True), style="Subject"))
    body.append(p(t("Thank you for meeting us on 11 May. I am delighted to offer you the position of ") + simple("JobTitle")
                  + t(" at Tollin Mercantile Bank plc (\"the Bank\") on the terms below. Your contract of employment, which will follow within a week of your acceptance, will include these terms and the Bank's standard terms for staff in grades T1 to T4.")))
    # clause table
    rows = []
    for i, (head, paras, _md) in enumerate(CLAUSES):
        left = p("", style="ClauseNumber", num=1)
        right = p(t(head, bold=True), style="ClauseText", keep=True, space_after=60)
        for pr in paras:
            right += p(pr, style="ClauseText")
        rows.append(f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="680" w:type="dxa"/></w:tcPr>{left}</w:tc>'
                    f'<w:tc><w:tcPr><w:tcW w:w="8346" w:type="dxa"/></w:tcPr>{right}</w:tc></w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
           '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="680"/><w:gridCol w:w="8346"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")
    body.append(tbl)
    body.append(p(t("We are very pleased to be welcoming you to Group Treasury. If you have any questions before you start, please contact me or ")
                  + simple("Manager") + t(" directly.")))
    body.append(p(t("Yours sincerely,"), space_after=720))
    body.append(p(t("Helena Strand", bold=True), space_after=0))
    body.append(p(t("Head of Talent Acquisition, Group Human Resources"), space_after=0))
    # acceptance slip on a new page
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    body.append(p(t("Acceptance of offer", bold=True), style="Subject"))
    body.append(p(t("I, ") + simple("FirstName") + t(" ") + simple("LastName") + t(", accept the offer of employment as ")
                  + simple("JobTitle") + t(" on the terms set out in the letter dated ") + simple("OfferDate") + t(".")))
    body.append(p(t("Signed: ______________________________        Date: ________________")))
    body.append(p(t("Please return to Group Human Resources, Tollin Mercantile Bank plc, 1 Bank Square, Tollin NM1 1TB, or by e-mail to offers@tmb.sv quoting REQ-20417.", italic=True, size=18)))
    sect = ('<w:sectPr><w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/>'
            '<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="first" r:id="rIdF1"/>'
            '<w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2268" w:right="1440" w:bottom="1440" w:left="1440" w:header="567" w:footer="567" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'


HEADER1 = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}>
<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="0B3C5D"/></w:tblBorders><w:tblLook w:val="0000"/></w:tblPr>
<w:tblGrid><w:gridCol w:w="5400"/><w:gridCol w:w="3626"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="5400" w:type="dxa"/></w:tcPr>
<w:p><w:pPr><w:pStyle w:val="Letterhead"/></w:pPr>{t("TOLLIN MERCANTILE BANK", bold=True, size=32, color="0B3C5D")}</w:p>
<w:p><w:pPr><w:pStyle w:val="Letterhead"/></w:pPr>{t("Group Human Resources", size=18, color="5A6B7B")}</w:p></w:tc>
<w:tc><w:tcPr><w:tcW w:w="3626" w:type="dxa"/></w:tcPr>
<w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:jc w:val="right"/></w:pPr>{t("1 Bank Square", size=16)}</w:p>
<w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:jc w:val="right"/></w:pPr>{t("Tollin NM1 1TB", size=16)}</w:p>
<w:p><w:pPr><w:pStyle w:val="Letterhead"/><w:jc w:val="right"/></w:pPr>{t("+00 31 480 2200 · tmb.sv", size=16)}</w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>
</w:hdr>'''

HEADER2 = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>{t("Tollin Mercantile Bank · Offer of employment · REQ-20417", size=16, color="5A6B7B")}</w:p></w:hdr>'''

FOOTER1 = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}>
<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>{t("Tollin Mercantile Bank plc. Registered in Solvany no. 00418822. Registered office: 1 Bank Square, Tollin NM1 1TB. Authorised and regulated by the Solvany Financial Services Authority.", size=14)}</w:p>
<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> of </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:sz w:val="16"/></w:rPr><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
</w:ftr>'''


def endnotes_xml():
    parts = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>',
             '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for i, text in enumerate(ENDNOTES, 1):
        parts.append(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
                     f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
                     f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:endnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {W}>{"".join(parts)}</w:endnotes>'


FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>'''

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subject"><w:name w:val="Subject"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseNumber"><w:name w:val="Clause Number"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}>
<w:zoom w:percent="100"/>
<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>
<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source=S:\\HR\\Talent\\Offers\\Offers_May2026.xlsx;Mode=Read;Extended Properties=&quot;HDR=YES;IMEX=1;&quot;;"/>
<w:query w:val="SELECT * FROM `Offers$` WHERE `Req` = 'REQ-20417'"/>
<w:dataSource r:id="rId1"/><w:viewMergedData/><w:activeRecord w:val="17"/>
<w:odso><w:udl w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source=S:\\HR\\Talent\\Offers\\Offers_May2026.xlsx;"/><w:table w:val="Offers$"/><w:src r:id="rId2"/><w:colDelim w:val="9"/><w:type w:val="database"/><w:fHdr/></w:odso>
</w:mailMerge>
<w:defaultTabStop w:val="720"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="en-GB"/>
</w:settings>'''

SETTINGS_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///S:\\HR\\Talent\\Offers\\Offers_May2026.xlsx" TargetMode="External"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///S:\\HR\\Talent\\Offers\\Offers_May2026.xlsx" TargetMode="External"/></Relationships>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/><Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Offer letter template - T grades (merge)</dc:title><dc:creator>Talent Acquisition</dc:creator><cp:lastModifiedBy>Strand, Helena</cp:lastModifiedBy><cp:revision>41</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-06T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-18T10:47:00Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>TMB_Letter.dotx</Template><TotalTime>188</TotalTime><Pages>3</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Tollin Mercantile Bank plc</Company><AppVersion>16.0000</AppVersion></Properties>'''


def markdown():
    md = [f"<!-- Text of docs/{NAME} as Word shows it with Preview Results on (record 17). "
          "Letterhead (header, first page): TOLLIN MERCANTILE BANK / Group Human Resources / 1 Bank Square, Tollin NM1 1TB / "
          "+00 31 480 2200 · tmb.sv. Header on later pages: \"Tollin Mercantile Bank · Offer of employment · REQ-20417\". "
          "Footer: registration line and \"Page N of 3\". Clause numbers come from Word numbering; the false branch of the IF "
          "field (\"with no location allowance\") is not shown. -->", "",
          f"{REC['OfferDate']}", "",
          f"{REC['Title']} {REC['FirstName']} {REC['LastName']}  ", f"{REC['Address1']}  ", f"{REC['Town']} {REC['Postcode']}", "",
          f"Our ref: REQ-20417/{REC['CandidateID']}    **PRIVATE AND CONFIDENTIAL**", "",
          f"Dear {REC['Title']} {REC['LastName']},", "",
          f"**Offer of employment: {REC['JobTitle']} (Grade {REC['Grade']})**", "",
          f"Thank you for meeting us on 11 May. I am delighted to offer you the position of {REC['JobTitle']} at Tollin Mercantile Bank plc (\"the Bank\") on the terms below. Your contract of employment, which will follow within a week of your acceptance, will include these terms and the Bank's standard terms for staff in grades T1 to T4.", ""]
    md.append("| | |")
    md.append("|---|---|")
    for i, (head, _p, text) in enumerate(CLAUSES, 1):
        md.append(f"| **{i}.** | **{head}**<br>{text} |")
    md += ["", f"We are very pleased to be welcoming you to Group Treasury. If you have any questions before you start, please contact me or {REC['Manager']} directly.", "",
           "Yours sincerely,", "", "**Helena Strand**  ", "Head of Talent Acquisition, Group Human Resources", "", "---", "",
           "**Acceptance of offer**", "",
           f"I, {REC['FirstName']} {REC['LastName']}, accept the offer of employment as {REC['JobTitle']} on the terms set out in the letter dated {REC['OfferDate']}.", "",
           "Signed: ______________________________        Date: ________________", "",
           "*Please return to Group Human Resources, Tollin Mercantile Bank plc, 1 Bank Square, Tollin NM1 1TB, or by e-mail to offers@tmb.sv quoting REQ-20417.*", "",
           "---", ""]
    for n, text in zip(["i", "ii", "iii"], ENDNOTES):
        md.append(f"[^{n}]: {text}")
    md.append("")
    return "\n".join(md)


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("word/document.xml", build_document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/_rels/settings.xml.rels", SETTINGS_RELS)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/endnotes.xml", endnotes_xml())
        z.writestr("word/footnotes.xml", FOOTNOTES)
        z.writestr("word/header1.xml", HEADER1)
        z.writestr("word/header2.xml", HEADER2)
        z.writestr("word/footer1.xml", FOOTER1)
    SRC.parent.mkdir(parents=True, exist_ok=True)
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT, "and", SRC)


if __name__ == "__main__":
    main()
