"""Writes docs/OCLC Guidance Note 4 - Careers in legal aid (draft, DM comments).docx and its src/ markdown.

The .docx imitates a charity's guidance note written in Word and sent round for review:
  * section 1 (one column): title, standfirst, introduction; then a continuous section break;
  * section 2 (two columns, w:cols w:num="2"): the body, with Heading 2 headings;
  * a floating "At a glance" sidebar in a text box anchored in section 2 (wps:txbx plus the VML
    fallback, so its text is stored twice); one fact (7 tenants per duty session) is only there;
  * real Word comments (comments.xml, commentRangeStart/End, commentReference) from a reviewer, and
    one reply (commentsExtended.xml, w15:paraIdParent); one fact (the old 66.10 rate) is only in a reply;
  * footnotes (footnotes.xml with separator and continuation separator) holding facts found nowhere else;
  * section 3 (one column again, continuous): the pay-scale table and contacts.

Run with the standard library only:  python3 make_docx_guidance_note.py
"""
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NAME = "OCLC Guidance Note 4 - Careers in legal aid (draft, DM comments).docx"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

# Inline markup in body text:  [^n] footnote reference;  {{c:N}}text{{/c}} commented range (comment N)
FOOTNOTES = {
    1: "Halvenna Legal Aid Agency, Civil Legal Aid Remuneration Notice 2025/2, in force 1 January 2026. The Capital Region rate applies where the client lives in the Capital Region or the case is heard at a Capital Region court.",
    2: "HLAA Supervisor Standard (2024), paragraph 2.3. The centre currently has three supervisors for housing and debt and one for immigration.",
    3: "Legal Aid Practitioner Retention Scheme, introduced in April 2025. Payments are made once a year in arrears, in May, and are taxable.",
    4: "In 2025 the centre's duty scheme advisers saw 1,412 tenants at Ostraven Central District Court.",
    5: "The Foundation's grant to the centre for 2026–28 is HVM 186,000, which also pays for the trainees' SAE2 fee (HVM 2,560) and a preparation course.",
}

COMMENTS = [
    # id, author, initials, date, text, parent id (reply) or None
    (0, "Dev Marsh", "DM", "2026-03-09T10:14:00Z", "Is this the January 2026 rate? The HLAA notice said the uplift only applies to matters opened after 1 January.", None),
    (1, "Joanna Pike", "JP", "2026-03-09T16:02:00Z", "Yes: 68.40 for matters opened on or after 1 Jan 2026. Older matters stay on the old Capital rate of 66.10. I don't think readers need that detail.", 0),
    (2, "Dev Marsh", "DM", "2026-03-09T10:31:00Z", "With Ruth leaving in April it will be nearer one day a week until we recruit. Worth saying?", None),
    (3, "Dev Marsh", "DM", "2026-03-09T10:40:00Z", "Check the 80% threshold – I thought the retention scheme used 75%.", None),
    (4, "Dev Marsh", "DM", "2026-03-09T11:05:00Z", "Add the application dates for the 2026 trainee posts once the Foundation confirms them.", None),
]

TITLE = "Guidance Note 4: Careers in legal aid"
STANDFIRST = "For volunteers, students and staff thinking about a legal aid career · Ostraven Community Law Centre · March 2026 · DRAFT for review"

INTRO = [
    "The Ostraven Community Law Centre (OCLC) is a charity that has given free legal advice in the Capital Region since 1979. We employ 31 people, including 9 solicitors, 6 caseworkers, 3 trainee solicitors and 2 paralegals, and we are helped by about 60 volunteers. We advise on housing, debt, welfare benefits, immigration and employment, and most of our casework is paid for by legal aid.",
    "People often ask us what a legal aid career looks like: whether it pays enough to live on, how you qualify, and what the work is like day to day. This note answers those questions as honestly as we can. It is not a job advert; current vacancies are on our website.",
]

BODY = [
    ("h", "How legal aid pays for our work"),
    ("p", "Legal aid is paid by the Halvenna Legal Aid Agency (HLAA) under contracts it awards to law firms and advice charities. We hold the General Civil Contract 2024 in three categories: housing and debt, welfare benefits, and immigration. The contract runs from 1 September 2024 to 31 August 2027, when the HLAA will tender again."),
    ("p", "Most advice is paid by the hour at the HLAA's legal help rate. From 1 January 2026 that rate is HVM 64.80 an hour outside the Capital Region and {{c:0}}HVM 68.40 an hour inside it{{/c}}.[^1] Some work is paid by fixed fee: each half-day session of the housing possession court duty scheme earns a fee of HVM 310, however many people we see."),
    ("p", "Legal aid pays for about 70% of our costs. The rest comes from grants, which is why some of our posts are fixed-term (see below)."),
    ("h", "The roles"),
    ("p", "Paralegals and trainee caseworkers open files, take instructions, gather evidence, complete legal aid forms and draft letters for a supervisor to approve. Caseworkers run their own caseload of 30 to 40 files under supervision; many of ours are not lawyers and have no plan to be."),
    ("p", "Solicitors run caseloads of around 45 files, represent clients at hearings and at the duty scheme, and supervise. A supervisor must meet the HLAA Supervisor Standard: at least 350 hours of casework a year in the category over each of the last three years, and no more than four full-time-equivalent caseworkers supervised at once.[^2]"),
    ("p", "Trainee solicitors spend two years with us and rotate between housing and debt (12 months), welfare benefits (6 months) and immigration (6 months)."),
    ("h", "Pay and contracts"),
    ("p", "Our pay is lower than in private practice: a newly qualified solicitor here earns HVM 38,500, against HVM 92,000 at the largest Ostraven firms. We think it is fair for the sector, and our pay scale is in the table at the end of this note."),
    ("p", "Posts funded by legal aid are permanent. Posts funded by grants are fixed-term, usually for 24 months to match the grant, and we tell you at interview which kind a post is. All staff work a 35-hour week, have 28 days' annual leave plus public holidays, and receive an employer pension contribution of 6%."),
    ("p", "Solicitors in their first five years after admission who spend {{c:3}}at least 80% of their time{{/c}} on legal aid work can claim HVM 2,000 a year from the HLAA's retention scheme.[^3]"),
    ("h", "The duty rota"),
    ("p", "We run the housing possession court duty scheme at Ostraven Central District Court on Tuesday and Thursday mornings (09:30 to 13:00). A duty adviser meets tenants on the day of their possession hearing, often for the first time, and asks the judge to adjourn or dismiss the claim where there is a defence. Each solicitor and accredited caseworker is on the duty rota about {{c:2}}one day a fortnight{{/c}}.[^4]"),
    ("p", "We also staff an emergency homelessness phone line at weekends. Solicitors are on call one weekend in six, from 17:00 on Friday to 09:00 on Monday, and receive HVM 120 for the weekend plus time off in lieu for any calls that take more than an hour."),
    ("h", "Training and qualifying as a solicitor"),
    ("p", "Work as a paralegal or caseworker here counts as qualifying work experience (QWE) for the Law Society of Halvenna, and our solicitors will confirm it. Seven of our current solicitors qualified this way rather than through a training contract."),
    ("p", "We also have three trainee solicitor posts funded by the Halvenna Legal Education Foundation. Each is a two-year fixed-term contract, paid HVM 29,000 in the first year and HVM 31,000 in the second.[^5] Candidates must have passed SAE1 by the start date. {{c:4}}We recruit in the summer for a September start.{{/c}}"),
    ("h", "Volunteering"),
    ("p", "Volunteers answer our advice line, help at the duty scheme and support clients with forms. We ask for six hours a week for at least six months, after three evenings of training. Supervised volunteering with us can also count as QWE. Volunteers' travel is paid up to HVM 12 a day."),
]

SIDEBAR_TITLE = "At a glance"
SIDEBAR = [
    "31 staff, including 9 solicitors, plus about 60 volunteers",
    "Starting salary for a trainee caseworker: HVM 26,800",
    "Duty scheme: Tuesday and Thursday mornings at Ostraven Central; on average 7 tenants a session",
    "Trainee solicitor posts: 3, two years each",
    "Volunteers: 6 hours a week for 6 months",
]

TABLE_CAPTION = "Table 1. OCLC pay scale from 1 April 2026 (HVM a year, full-time)"
TABLE = [
    ["Role", "Grade", "Salary", "Notes"],
    ["Volunteer adviser", "–", "Unpaid", "Travel paid up to HVM 12 a day"],
    ["Paralegal / trainee caseworker", "C1", "26,800", "Single point; moves to C2 after 12 months"],
    ["Caseworker", "C2", "28,900 – 31,500", "Four points"],
    ["Trainee solicitor", "T", "29,000 (year 1); 31,000 (year 2)", "Fixed-term, 24 months"],
    ["Solicitor", "S1", "38,500 – 46,000", "Five points; supervisors from point 3"],
    ["Supervising solicitor", "S2", "49,000 – 53,500", "Includes supervision allowance"],
]

CONTACTS = [
    "Questions about this note: Joanna Pike, Supervising Solicitor, jpike@oclc.org.hv.",
    "Volunteering: volunteer@oclc.org.hv or come to an open evening on the first Wednesday of each month, 18:00, at 14 Tannery Lane, Ostraven.",
]

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
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


def r(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def rich(text):
    """Body text with footnote refs and comment ranges -> runs."""
    out = []
    for tok in re.split(r"(\[\^\d+\]|\{\{c:\d+\}\}|\{\{/c\}\})", text):
        if not tok:
            continue
        m = re.fullmatch(r"\[\^(\d+)\]", tok)
        if m:
            out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{m.group(1)}"/></w:r>')
            continue
        m = re.fullmatch(r"\{\{c:(\d+)\}\}", tok)
        if m:
            cid = int(m.group(1))
            out.append(f'<w:commentRangeStart w:id="{cid}"/>')
            # a reply shares the anchor of its parent
            for c in COMMENTS:
                if c[5] == cid:
                    out.append(f'<w:commentRangeStart w:id="{c[0]}"/>')
            out.append(f"<!--open {cid}-->")
            continue
        if tok == "{{/c}}":
            # close the most recently opened comment (and its replies)
            idx = max(i for i, o in enumerate(out) if o.startswith("<!--open "))
            cid = int(out[idx][9:-3])
            out[idx] = ""
            ids = [cid] + [c[0] for c in COMMENTS if c[5] == cid]
            for i in ids:
                out.append(f'<w:commentRangeEnd w:id="{i}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')
            continue
        out.append(r(tok))
    return "".join(out)


def p(style, inner, ppr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{inner}</w:p>'


def sidebar():
    inner = p("SidebarTitle", r(SIDEBAR_TITLE)) + "".join(
        p("SidebarItem", r(x), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') for x in SIDEBAR)
    cx, cy = 2880000, 2160000
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="91440" distB="91440" distL="114300" distR="114300" simplePos="0" relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>1620000</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            '<wp:docPr id="2" name="Text Box 2" descr="Sidebar: at a glance"/><wp:cNvGraphicFramePr><a:graphicFrameLocks/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="BF8F00"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
            '</a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box 2" o:spid="_x0000_s1027" type="#_x0000_t202" alt="Sidebar: at a glance" style="position:absolute;margin-left:0;margin-top:127.55pt;width:226.8pt;height:170.1pt;z-index:251661312;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#fff2cc" strokecolor="#bf8f00" strokeweight="1pt">'
            f'<v:textbox style="mso-fit-shape-to-text:t" inset="3mm,2mm,3mm,2mm"><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def sect(cols, kind, final=False):
    colxml = f'<w:cols w:num="2" w:space="567"/>' if cols == 2 else '<w:cols w:space="708"/>'
    refs = '<w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
    s = (f'<w:sectPr>{refs}<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:type w:val="{kind}"/><w:pgSz w:w="11906" w:h="16838"/>'
         f'<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>{colxml}<w:docGrid w:linePitch="360"/></w:sectPr>')
    return s if final else f'<w:p><w:pPr><w:spacing w:after="0"/>{s}</w:pPr></w:p>'


def table():
    widths = [2900, 900, 2700, 3138]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = []
    for i, row in enumerate(TABLE):
        cells = ""
        for j, c in enumerate(row):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>' if i == 0 else ""
            style = "TableHead" if i == 0 else "TableText"
            cells += f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/>{shade}</w:tcPr>{p(style, r(c))}</w:tc>'
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        rows.append(f"<w:tr>{trpr}{cells}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{b}</w:tblBorders>'
            f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def document():
    parts = [p("Title", r(TITLE)), p("Standfirst", r(STANDFIRST))]
    parts += [p("Normal", rich(x)) for x in INTRO]
    parts.append(sect(1, "nextPage"))
    first = True
    for kind, text in BODY:
        if kind == "h":
            inner = rich(text)
            if first:
                inner = sidebar() + inner
                first = False
            parts.append(p("Heading2", inner))
        else:
            parts.append(p("Normal", rich(text)))
    parts.append(sect(2, "continuous"))
    parts.append(p("Heading2", r("Pay scale")))
    parts.append(p("Caption", r(TABLE_CAPTION)))
    parts.append(table())
    parts.append(p("Heading2", r("Contacts")))
    parts += [p("Normal", r(x)) for x in CONTACTS]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>' + "".join(parts)
            + sect(1, "continuous", final=True) + "</w:body></w:document>")


def footnotes_xml():
    fn = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in FOOTNOTES.items():
        fn.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{r(" " + text)}</w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>' + "".join(fn) + "</w:footnotes>"


def para_id(cid):
    return f"{0x1A2B3C40 + cid:08X}"


def comments_xml():
    cs = []
    for cid, author, ini, date, text, parent in COMMENTS:
        cs.append(f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" w:initials="{ini}">'
                  f'<w:p w14:paraId="{para_id(cid)}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                  f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{r(text)}</w:p></w:comment>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>' + "".join(cs) + "</w:comments>"


def comments_ext_xml():
    items = []
    for cid, *_rest, parent in COMMENTS:
        par = f' w15:paraIdParent="{para_id(parent)}"' if parent is not None else ""
        items.append(f'<w15:commentEx w15:paraId="{para_id(cid)}"{par} w15:done="0"/>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx {NS}>' + "".join(items) + "</w15:commentsEx>"


HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:t>Ostraven Community Law Centre · Guidance Note 4 · DRAFT</w:t></w:r></w:p></w:hdr>')
FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Registered charity no. 1047732 · </w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="1F4E79"/><w:kern w:val="28"/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Standfirst"><w:name w:val="Standfirst"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="1F4E79"/></w:pBdr><w:spacing w:after="280"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SidebarTitle"><w:name w:val="Sidebar Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:caps/><w:color w:val="7F6000"/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SidebarItem"><w:name w:val="Sidebar Item"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="227" w:hanging="227"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHead"><w:name w:val="Table Head"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#8226;"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="227" w:hanging="227"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:trackRevisions w:val="false"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Guidance Note 4: Careers in legal aid</dc:title><dc:creator>Joanna Pike</dc:creator><cp:lastModifiedBy>Dev Marsh</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-23T09:40:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-09T11:07:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>326</TotalTime><Pages>3</Pages><Words>1388</Words><Characters>7912</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>65</Lines><Paragraphs>18</Paragraphs><Company>Ostraven Community Law Centre</Company><AppVersion>16.0000</AppVersion></Properties>"""


def plain(text, fnmarks=True):
    text = re.sub(r"\{\{c:\d+\}\}|\{\{/c\}\}", "", text)
    return re.sub(r"\[\^(\d+)\]", (lambda m: f"[^{m.group(1)}]") if fnmarks else "", text)


def markdown():
    out = [f"<!-- Text of docs/{NAME} as a reader sees it in Word (Print Layout, comments shown in the margin). -->",
           "<!-- Header on every page: \"Ostraven Community Law Centre · Guidance Note 4 · DRAFT\"; footer: \"Registered charity no. 1047732 · <page>\". -->", "",
           f"# {TITLE}", "", f"*{STANDFIRST}*", ""]
    out += [x + "\n" for x in INTRO]
    out += ["<!-- Section break (continuous): the following section is set in two columns. -->", ""]
    out += ["> **AT A GLANCE** (sidebar text box, yellow, right-hand column)", ">"]
    out += [f"> - {x}" for x in SIDEBAR]
    out.append("")
    for kind, text in BODY:
        out += [f"## {plain(text)}" if kind == "h" else plain(text), ""]
    out += ["<!-- Section break (continuous): back to one column. -->", "", "## Pay scale", "", f"*{TABLE_CAPTION}*", ""]
    out.append("| " + " | ".join(TABLE[0]) + " |")
    out.append("|" + "---|" * len(TABLE[0]))
    out += ["| " + " | ".join(row) + " |" for row in TABLE[1:]]
    out += ["", "## Contacts", ""] + [x + "\n" for x in CONTACTS]
    for i, text in FOOTNOTES.items():
        out.append(f"[^{i}]: {text}")
    out += ["", "<!-- Comments in the margin (Word comments, not part of the text):"]
    anchors = {}
    for _k, text in BODY:
        for m in re.finditer(r"\{\{c:(\d+)\}\}(.*?)\{\{/c\}\}", text):
            anchors[int(m.group(1))] = m.group(2)
    for cid, author, ini, date, text, parent in COMMENTS:
        where = f'on "{anchors[parent if parent is not None else cid]}"'
        kind = "reply" if parent is not None else "comment"
        out.append(f"     [{ini}{cid + 1}] {author} ({kind}, {date[:10]}) {where}: {text}")
    out.append("-->")
    return "\n".join(out) + "\n"


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
        z.writestr("word/footnotes.xml", footnotes_xml())
        z.writestr("word/comments.xml", comments_xml())
        z.writestr("word/commentsExtended.xml", comments_ext_xml())
        z.writestr("word/header1.xml", HEADER)
        z.writestr("word/footer1.xml", FOOTER)
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
