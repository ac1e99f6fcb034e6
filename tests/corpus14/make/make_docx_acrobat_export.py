#!/usr/bin/env python3
"""Write the Stennet Bank graduate brochure as Adobe Acrobat's "Export PDF to Word" leaves it.

The brochure was designed as a four-page PDF; this is the .docx that Acrobat makes from it:
every printed line is its own paragraph (or a paragraph with explicit line breaks), words
hyphenated at line ends stay hyphenated, the cover text and the running header/footer are
absolutely positioned text boxes (DrawingML with a VML fallback), a pull-out figure is a
framed paragraph, each page is its own section, page 2 has a two-column section, and the pay
table is rebuilt from the drawn lines (fixed layout, exact row heights, a spacer column).

Standard library only:  python3 make_docx_acrobat_export.py
Writes docs/Stennet-Grad-DS-Programme-2027.docx and src/Stennet-Grad-DS-Programme-2027.docx.md
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
SRC = os.path.join(HERE, "..", "src")
NAME = "Stennet-Grad-DS-Programme-2027.docx"

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
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')

FONT = "Arial"
TEAL = "0B5563"


def rpr(size=19, bold=False, color=None, font=FONT, spacing=None, italic=False):
    x = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        x += "<w:b/><w:bCs/>"
    if italic:
        x += "<w:i/><w:iCs/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if spacing is not None:
        x += f'<w:spacing w:val="{spacing}"/>'
    x += f'<w:w w:val="100"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f"<w:rPr>{x}</w:rPr>"


def run(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def runs(text, split_at=None, **kw):
    """Acrobat often breaks a line into several runs (kerning changes); split at given offsets."""
    if not split_at:
        return run(text, **kw)
    out, last = [], 0
    for i, pos in enumerate(split_at):
        out.append(run(text[last:pos], spacing=(-1 if i % 2 == 0 else None), **kw))
        last = pos
    out.append(run(text[last:], **kw))
    return "".join(out)


def ppr(style="BodyText", before=0, after=0, line=None, left=None, right=None, hanging=None,
        jc=None, frame=None, keep=False, extra=""):
    x = f'<w:pStyle w:val="{style}"/>'
    if keep:
        x += "<w:keepNext/>"
    if frame:
        x += frame
    x += extra
    sp = f'<w:spacing w:before="{before}" w:after="{after}"'
    if line:
        sp += f' w:line="{line}" w:lineRule="auto"'
    x += sp + "/>"
    if left is not None or right is not None or hanging is not None:
        x += "<w:ind"
        if left is not None:
            x += f' w:left="{left}"'
        if right is not None:
            x += f' w:right="{right}"'
        if hanging is not None:
            x += f' w:hanging="{hanging}"'
        x += "/>"
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f"<w:pPr>{x}</w:pPr>"


def line_paras(lines, size=19, left=113, right=None, first_before=60, style="BodyText", **kw):
    """One paragraph per printed line (Acrobat's usual output for body text)."""
    out = []
    for i, ln in enumerate(lines):
        text, splits = (ln if isinstance(ln, tuple) else (ln, None))
        out.append(f'<w:p>{ppr(style, before=first_before if i == 0 else 0, left=left, right=right, line=240)}'
                   f'{runs(text, splits, size=size, **kw)}</w:p>')
    return "".join(out)


def br_para(lines, size=19, left=113, before=80, style="BodyText", jc=None, **kw):
    """One paragraph, lines separated by explicit breaks (Acrobat's 'flowing' output)."""
    body = []
    for i, ln in enumerate(lines):
        if i:
            body.append('<w:r>' + rpr(size=size, **kw) + '<w:br/></w:r>')
        body.append(run(ln, size=size, **kw))
    return f'<w:p>{ppr(style, before=before, left=left, line=247, jc=jc)}{"".join(body)}</w:p>'


def heading(text, size=36, before=120, left=113, color=TEAL):
    return f'<w:p>{ppr("Heading1", before=before, after=0, left=left, keep=True)}{run(text, size=size, bold=True, color=color)}</w:p>'


_shape_id = [1024]


def textbox(paras_xml, x_pt, y_pt, w_pt, h_pt, fill=None, anchor_para=True, behind=False):
    """An absolutely positioned text box, DrawingML with a VML fallback (Acrobat writes both)."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    emu = lambda pt: int(pt * 12700)
    fill_dml = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>")
    fill_vml = (f'fillcolor="#{fill}" filled="t"' if fill else 'filled="f"')
    dml = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{sid}" '
           f'behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" allowOverlap="1">'
           f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_pt)}</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_pt)}</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{emu(w_pt)}" cy="{emu(h_pt)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
           f'<wp:docPr id="{sid}" name="Textbox {sid}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_pt)}" cy="{emu(h_pt)}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_dml}<a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Textbox {sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;width:{w_pt}pt;height:{h_pt}pt;z-index:{sid};'
           f'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" {fill_vml} stroked="f">'
           f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox></v:shape></w:pict>')
    r = f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>'
    return f'<w:p>{ppr("BodyText", before=0, left=113)}{r}</w:p>' if anchor_para else r


def tb_para(text, size=19, bold=False, color=None, jc=None, before=0):
    return f'<w:p>{ppr("BodyText", before=before, jc=jc)}{run(text, size=size, bold=bold, color=color)}</w:p>'


def running_header(page):
    return textbox(tb_para("Stennet Bank  |  Graduate Data Science Programme 2027", size=15, color="5F6B6D"),
                   31.0, 22.4, 360.0, 12.0)


def running_footer(page):
    return (textbox(tb_para("stennet.bm/graduates", size=15, color="5F6B6D"), 31.0, 808.6, 200.0, 12.0)
            + textbox(tb_para(str(page), size=15, color="5F6B6D", jc="right"), 540.0, 808.6, 24.0, 12.0))


def sect(kind="nextPage", cols=None):
    c = cols or '<w:cols w:space="720"/>'
    return (f'<w:sectPr><w:type w:val="{kind}"/><w:pgSz w:w="11910" w:h="16840"/>'
            f'<w:pgMar w:top="560" w:right="620" w:bottom="280" w:left="620" w:header="720" w:footer="720" w:gutter="0"/>'
            f'{c}</w:sectPr>')


def sect_para(kind="nextPage", cols=None):
    return f'<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:spacing w:before="0" w:after="0"/>{sect(kind, cols)}</w:pPr></w:p>'


# ---------------------------------------------------------------- page 1: cover
p1 = []
p1.append(textbox(tb_para("STENNET BANK", size=22, bold=True, color="FFFFFF"), 31.0, 40.0, 200.0, 16.0))
p1.append(textbox(
    f'<w:p>{ppr("Title", before=0, line=216)}{run("Graduate Data Science", size=64, bold=True, color="FFFFFF")}'
    f'<w:r>{rpr(size=64, bold=True, color="FFFFFF")}<w:br/></w:r>{run("Programme 2027", size=64, bold=True, color="FFFFFF")}</w:p>',
    31.0, 250.0, 520.0, 80.0))
p1.append(textbox(tb_para("Two years. Four rotations. One place to start a career in data.", size=26, color="FFFFFF"),
                  31.0, 345.0, 520.0, 22.0))
p1.append(textbox(tb_para(" ", size=4), 0.0, 0.0, 595.3, 420.0, fill=TEAL, anchor_para=True, behind=True))
# body text sits below the cover block; Acrobat pushes it down with a large space-before
p1.append(line_paras([
    "Every day Stennet Bank makes about 1.4 million decisions that",
    ("depend on a model: whether a card payment looks like fraud,", [27]),
    "how much credit to offer a small business, which customers",
    ("might be heading for financial difficulty. Our Data Science &", [44]),
    "Decisioning team of 140 people builds, validates and runs those",
    "models. Each year we train the next generation of them through",
    "our Graduate Data Science Programme.",
], size=22, first_before=8700))
p1.append(br_para([
    "This brochure explains how the programme works, what we pay,",
    "who can apply and how our selection process runs. Applications",
    "for September 2027 open on 1 October 2026 and close on 16 No-",
    "vember 2026.",
], size=22, before=160))
p1.append(textbox(tb_para("Stennet Bank plc is authorised and supervised by the Belmoran Financial Supervisory Authority. "
                          "Registered office: 1 Bourse Square, 1001 Velden.", size=13, color="5F6B6D"),
                  31.0, 806.0, 520.0, 20.0))
p1.append(sect_para())

# ---------------------------------------------------------------- page 2: about (two columns)
p2 = []
p2.append(running_header(2))
p2.append(heading("About the programme", before=420))
p2.append(f'<w:p>{ppr("BodyText", before=0, left=113, frame="")}'
          f'{run(" ", size=10)}</w:p>')
p2.append(sect_para("nextPage"))
left_col = [
    "The programme lasts two years and is made",
    "up of four rotations of six months each. You",
    "choose your order with your programme man-",
    "ager, but everyone completes at least one ro-",
    "tation in a modelling team and one in Model",
    "Risk & Validation.",
]
p2.append(line_paras(left_col, size=19, first_before=120))
p2.append(f'<w:p>{ppr("Heading2", before=160, left=113, keep=True)}{run("The four rotations", size=22, bold=True, color=TEAL)}</w:p>')
rot = [
    ("•\tCredit Risk Modelling: probability-of-default", "\tand loss models for mortgages and small busi-", "\tness lending."),
    ("•\tFraud Analytics: real-time scoring for card", "\tand instant payments, in a team that runs a", "\t24/7 rota (graduates are not on call)."),
    ("•\tCustomer Decisioning: pricing, limits and", "\tthe models behind our financial-difficulty", "\tearly-warning service."),
    ("•\tModel Risk & Validation: independent review", "\tof every model before it goes live."),
]
for item in rot:
    for j, ln in enumerate(item):
        p2.append(f'<w:p>{ppr("ListParagraph", before=80 if j == 0 else 0, left=396, hanging=283, line=240)}'
                  f'{run(ln, size=19)}</w:p>')
p2.append(f'<w:p>{ppr("Heading2", before=160, left=113, keep=True)}{run("Places and locations", size=22, bold=True, color=TEAL)}</w:p>')
p2.append(line_paras([
    "We have 24 places for September 2027: 18 in",
    "Velden and 6 in Dunmarrow. All rotations are",
    "available in Velden; in Dunmarrow you will",
    "rotate between Fraud Analytics and Customer",
    "Decisioning, with one rotation in Velden.",
], size=19, first_before=60))
# column break: Acrobat writes the right column after an explicit column break
p2.append(f'<w:p>{ppr("BodyText", before=0, left=113)}<w:r><w:br w:type="column"/></w:r></w:p>')
p2.append(f'<w:p>{ppr("Heading2", before=0, left=113, keep=True)}{run("Learning and qualifications", size=22, bold=True, color=TEAL)}</w:p>')
p2.append(line_paras([
    "Every graduate has a programme manager, a",
    "technical mentor from the grade above and",
    "ten paid study days a year. We pay for the",
    ("BSMI Certified ML Practitioner (CMLP) exam", [10]),
    "and one resit; we expect you to pass it be-",
    "fore the end of your first year, as it is part",
    "of the criteria for promotion to G6.",
], size=19, first_before=60))
p2.append(f'<w:p>{ppr("Heading2", before=160, left=113, keep=True)}{run("After the programme", size=22, bold=True, color=TEAL)}</w:p>')
p2.append(br_para([
    "Graduates who complete the programme are",
    "promoted to Data Scientist (grade G6, BMK",
    "64,000 – 76,000) on the first day of their third",
    "year. In the last three intakes, 21 of 23, 22 of",
    "24 and 20 of 22 graduates stayed with us after",
    "the programme.",
], size=19, before=60))
# pull-out figure as a framed paragraph
frame = ('<w:framePr w:w="4700" w:h="1020" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
         'w:x="6300" w:y="12800"/>')
SHD = '<w:shd w:val="clear" w:color="auto" w:fill="E4F0F1"/>'
p2.append(f'<w:p>{ppr("BodyText", before=0, left=0, frame=frame, extra=SHD)}'
          f'{run("24 places", size=40, bold=True, color=TEAL)}<w:r>{rpr(size=40)}<w:br/></w:r>'
          f'{run("2 years · 4 rotations · 1 CMLP", size=22, color=TEAL)}</w:p>')
p2.append(running_footer(2))
p2.append(sect_para("continuous", '<w:cols w:num="2" w:space="340" w:equalWidth="0"><w:col w:w="5000" w:space="340"/><w:col w:w="5000"/></w:cols>'))

# ---------------------------------------------------------------- page 3: pay table
p3 = []
p3.append(running_header(3))
p3.append(heading("Pay and benefits", before=420))
p3.append(line_paras([
    "All graduates join at grade G5 (Associate Data Scientist). Pay is reviewed every",
    "April; the figures below are for the September 2027 intake.",
], size=19, first_before=100))

GRID = [3300, 220, 3000, 3000]


def tc(text_lines, w, shade=None, bold=False, span=None, borders=True):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if borders:
        tcpr += ('<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8FA9AD"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8FA9AD"/></w:tcBorders>')
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    body = []
    for i, t in enumerate(text_lines):
        if i:
            body.append(f'<w:r>{rpr(size=18, bold=bold)}<w:br/></w:r>')
        body.append(run(t, size=18, bold=bold))
    return (f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p>{ppr("TableParagraph", before=40, left=102, line=240)}'
            f'{"".join(body)}</w:p></w:tc>')


def tr(cells, h=420):
    return f'<w:tr><w:trPr><w:trHeight w:val="{h}" w:hRule="exact"/></w:trPr>{"".join(cells)}</w:tr>'


rows = [
    ([""], ["Velden"], ["Dunmarrow"]),
    (["Starting salary (G5)"], ["BMK 49,500"], ["BMK 46,000"]),
    (["Joining bonus"], ["BMK 2,000, paid with", "your first salary"], ["BMK 2,000, paid with", "your first salary"]),
    (["Annual bonus", "target"], ["6% of salary"], ["6% of salary"]),
    (["Typical salary in", "year 2"], ["BMK 52,800"], ["BMK 49,100"]),
    (["Employer pension"], ["10% of salary"], ["10% of salary"]),
    (["Holiday"], ["28 days plus public", "holidays"], ["28 days plus public", "holidays"]),
    (["Relocation support"], ["up to BMK 2,500"], ["up to BMK 2,500"]),
]
tbl = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="120" w:type="dxa"/>'
       '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
       '<w:tblLook w:val="01E0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="1" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
       '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{g}"/>' for g in GRID) + '</w:tblGrid>']
for i, (lab, v, d) in enumerate(rows):
    head = i == 0
    shade = TEAL if head else ("F1F6F7" if i % 2 == 0 else None)
    if head:
        cells = [tc(lab, GRID[0] + GRID[1], shade=shade, span=2),
                 tc(v, GRID[2], shade=shade, bold=True), tc(d, GRID[3], shade=shade, bold=True)]
        tbl.append(tr(cells, 400).replace('<w:b/><w:bCs/>', '<w:b/><w:bCs/><w:color w:val="FFFFFF"/>'))
    else:
        h = 600 if max(len(lab), len(v), len(d)) > 1 else 380
        cells = [tc(lab, GRID[0], shade=shade, bold=True), tc([""], GRID[1], shade=shade),
                 tc(v, GRID[2], shade=shade), tc(d, GRID[3], shade=shade)]
        tbl.append(tr(cells, h))
tbl.append("</w:tbl>")
p3.append("".join(tbl))
p3.append(br_para([
    "Hours and working pattern. Graduates work 37.5 hours a week. We work hybrid:",
    "three days a week in the office and two at home. During your Fraud Analytics",
    "rotation you may be asked to work one Saturday a month, paid as time off in",
    "lieu.",
], size=19, before=240))
p3.append(br_para([
    "Notice period. One month on both sides during the programme. After promotion",
    "to G6 it is two months, and three months from G7.",
], size=19, before=120))
p3.append(textbox(
    tb_para("Not graduating until 2028?", size=24, bold=True, color=TEAL)
    + f'<w:p>{ppr("BodyText", before=60, line=240)}'
    + run("Our 10-week summer internship runs from 31 May to 6 August 2027 in Velden.", size=18)
    + f'<w:r>{rpr(size=18)}<w:br/></w:r>'
    + run("There are 12 places, paid at BMK 3,400 a month. Applications close on", size=18)
    + f'<w:r>{rpr(size=18)}<w:br/></w:r>'
    + run("10 January 2027. Interns who do well are offered a fast-track place at", size=18)
    + f'<w:r>{rpr(size=18)}<w:br/></w:r>'
    + run("the 2028 assessment centre.", size=18) + "</w:p>",
    42.5, 600.0, 510.0, 92.0, fill="E4F0F1"))
p3.append(running_footer(3))
p3.append(sect_para())

# ---------------------------------------------------------------- page 4: how to apply
p4 = []
p4.append(running_header(4))
p4.append(heading("How to apply", before=420))
timeline = [
    ("1 October 2026", "Applications open at stennet.bm/graduates"),
    ("16 November 2026", "Applications close at 23:59"),
    ("by 30 November 2026", "Online tests: numerical reasoning (25 min) and coding (60 min)"),
    ("early December 2026", "Recorded video interview (20 min, four questions)"),
    ("11–22 January 2027", "Assessment centre in Velden (half a day)"),
    ("by 5 February 2027", "Offers made"),
    ("6 September 2027", "Programme starts"),
]
for i, (d, what) in enumerate(timeline):
    TABS = '<w:tabs><w:tab w:val="left" w:pos="2900"/></w:tabs>'
    p4.append(f'<w:p>{ppr("BodyText", before=100 if i == 0 else 40, left=113, extra=TABS)}'
              f'{run(d, size=19, bold=True)}{run(chr(9) + what, size=19)}</w:p>')
p4.append(f'<w:p>{ppr("Heading2", before=220, left=113, keep=True)}{run("The assessment centre", size=22, bold=True, color=TEAL)}</w:p>')
p4.append(line_paras([
    "The assessment centre lasts half a day and has three parts: a case study (45 min-",
    "utes, analysing a small lending dataset and presenting what you would do), a group",
    "exercise (40 minutes, with five other candidates) and a technical interview (40 min-",
    "utes, with two data scientists, on statistics, Python and a project of your choice). We",
    "pay travel to Velden, and a hotel if you live more than two hours away.",
], size=19, first_before=60))
p4.append(f'<w:p>{ppr("Heading2", before=220, left=113, keep=True)}{run("Who can apply", size=22, bold=True, color=TEAL)}</w:p>')
elig = [
    "•\tYou have, or expect to get in 2027, a degree with at least a B average (Belmoran grade",
    "\t4.0) in a quantitative subject such as mathematics, statistics, physics, economics,",
    "\tengineering or computer science. A master's degree is welcome but not required.",
    "•\tYou graduated no earlier than 2025, or you have less than two years of full-time",
    "\twork experience in data science.",
    "•\tYou have the right to work in Belmora for the whole two years of the programme.",
    "\tWe do not sponsor Tech Talent Permits for the graduate programme. Graduate Stay",
    "\tPermit holders can apply only if their permit covers the full two years.",
]
for ln in elig:
    p4.append(f'<w:p>{ppr("ListParagraph", before=60 if ln.startswith("•") else 0, left=396, hanging=283, line=240)}{run(ln, size=19)}</w:p>')
p4.append(br_para([
    "Adjustments. If you need any adjustment to the tests, the video interview or the",
    "assessment centre, tell us when you apply or email grads@stennet.bm. Asking will",
    "not affect how we assess you.",
], size=19, before=220))
p4.append(br_para([
    "Questions? Email grads@stennet.bm or come to one of our online drop-in sessions on",
    "14 October and 4 November 2026 (18:00–19:00).",
], size=19, before=120))
p4.append(running_footer(4))
# final section properties live in <w:body>
body = "".join(p1 + p2 + p3 + p4)
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}'
            f'{sect()}</w:body></w:document>')

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="2"/><w:semiHidden/><w:unhideWhenUsed/><w:qFormat/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="64"/><w:szCs w:val="64"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableParagraph"><w:name w:val="Table Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/></w:style>
</w:styles>'''

settings = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

fonttable = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Graduate Data Science Programme 2027</dc:title><dc:creator>Stennet Bank Talent Marketing</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-09-21T09:14:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-03T15:02:00Z</dcterms:modified></cp:coreProperties>'''

app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Adobe Acrobat Pro (64-bit) 24.5.20320</Application><DocSecurity>0</DocSecurity><Pages>4</Pages></Properties>'''


SRC_MD = """# Graduate Data Science Programme 2027

<!-- Stennet Bank brochure (4 pages), as exported from PDF to Word by Adobe Acrobat. The cover
title, the strap line, the "STENNET BANK" label, the regulatory line, the running header
("Stennet Bank | Graduate Data Science Programme 2027") and footer ("stennet.bm/graduates" and
the page number) are positioned text boxes; "24 places" is a framed pull-out on page 2; page 2
is set in two columns; the summer-internship box on page 3 is a shaded text box. -->

**STENNET BANK**

*Two years. Four rotations. One place to start a career in data.*

Every day Stennet Bank makes about 1.4 million decisions that depend on a model: whether a card
payment looks like fraud, how much credit to offer a small business, which customers might be
heading for financial difficulty. Our Data Science & Decisioning team of 140 people builds,
validates and runs those models. Each year we train the next generation of them through our
Graduate Data Science Programme.

This brochure explains how the programme works, what we pay, who can apply and how our selection
process runs. Applications for September 2027 open on 1 October 2026 and close on 16 November
2026.

*Stennet Bank plc is authorised and supervised by the Belmoran Financial Supervisory Authority.
Registered office: 1 Bourse Square, 1001 Velden.*

## About the programme

The programme lasts two years and is made up of four rotations of six months each. You choose
your order with your programme manager, but everyone completes at least one rotation in a
modelling team and one in Model Risk & Validation.

### The four rotations

- **Credit Risk Modelling:** probability-of-default and loss models for mortgages and small
  business lending.
- **Fraud Analytics:** real-time scoring for card and instant payments, in a team that runs a
  24/7 rota (graduates are not on call).
- **Customer Decisioning:** pricing, limits and the models behind our financial-difficulty
  early-warning service.
- **Model Risk & Validation:** independent review of every model before it goes live.

### Places and locations

We have 24 places for September 2027: 18 in Velden and 6 in Dunmarrow. All rotations are
available in Velden; in Dunmarrow you will rotate between Fraud Analytics and Customer
Decisioning, with one rotation in Velden.

### Learning and qualifications

Every graduate has a programme manager, a technical mentor from the grade above and ten paid
study days a year. We pay for the BSMI Certified ML Practitioner (CMLP) exam and one resit; we
expect you to pass it before the end of your first year, as it is part of the criteria for
promotion to G6.

### After the programme

Graduates who complete the programme are promoted to Data Scientist (grade G6, BMK 64,000 –
76,000) on the first day of their third year. In the last three intakes, 21 of 23, 22 of 24 and
20 of 22 graduates stayed with us after the programme.

> **24 places**
> 2 years · 4 rotations · 1 CMLP

## Pay and benefits

All graduates join at grade G5 (Associate Data Scientist). Pay is reviewed every April; the
figures below are for the September 2027 intake.

| | Velden | Dunmarrow |
|---|---|---|
| Starting salary (G5) | BMK 49,500 | BMK 46,000 |
| Joining bonus | BMK 2,000, paid with your first salary | BMK 2,000, paid with your first salary |
| Annual bonus target | 6% of salary | 6% of salary |
| Typical salary in year 2 | BMK 52,800 | BMK 49,100 |
| Employer pension | 10% of salary | 10% of salary |
| Holiday | 28 days plus public holidays | 28 days plus public holidays |
| Relocation support | up to BMK 2,500 | up to BMK 2,500 |

**Hours and working pattern.** Graduates work 37.5 hours a week. We work hybrid: three days a
week in the office and two at home. During your Fraud Analytics rotation you may be asked to work
one Saturday a month, paid as time off in lieu.

**Notice period.** One month on both sides during the programme. After promotion to G6 it is
two months, and three months from G7.

> **Not graduating until 2028?**
>
> Our 10-week summer internship runs from 31 May to 6 August 2027 in Velden. There are 12
> places, paid at BMK 3,400 a month. Applications close on 10 January 2027. Interns who do well
> are offered a fast-track place at the 2028 assessment centre.

## How to apply

| Date | Step |
|---|---|
| 1 October 2026 | Applications open at stennet.bm/graduates |
| 16 November 2026 | Applications close at 23:59 |
| by 30 November 2026 | Online tests: numerical reasoning (25 min) and coding (60 min) |
| early December 2026 | Recorded video interview (20 min, four questions) |
| 11–22 January 2027 | Assessment centre in Velden (half a day) |
| by 5 February 2027 | Offers made |
| 6 September 2027 | Programme starts |

<!-- In the brochure the dates and steps are two tab-separated columns, not a ruled table. -->

### The assessment centre

The assessment centre lasts half a day and has three parts: a case study (45 minutes, analysing
a small lending dataset and presenting what you would do), a group exercise (40 minutes, with
five other candidates) and a technical interview (40 minutes, with two data scientists, on
statistics, Python and a project of your choice). We pay travel to Velden, and a hotel if you
live more than two hours away.

### Who can apply

- You have, or expect to get in 2027, a degree with at least a B average (Belmoran grade 4.0) in
  a quantitative subject such as mathematics, statistics, physics, economics, engineering or
  computer science. A master's degree is welcome but not required.
- You graduated no earlier than 2025, or you have less than two years of full-time work
  experience in data science.
- You have the right to work in Belmora for the whole two years of the programme. We do not
  sponsor Tech Talent Permits for the graduate programme. Graduate Stay Permit holders can apply
  only if their permit covers the full two years.

**Adjustments.** If you need any adjustment to the tests, the video interview or the assessment
centre, tell us when you apply or email grads@stennet.bm. Asking will not affect how we assess
you.

**Questions?** Email grads@stennet.bm or come to one of our online drop-in sessions on 14
October and 4 November 2026 (18:00–19:00).
"""


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    path = os.path.join(DOCS, NAME)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/settings.xml", settings)
        z.writestr("word/fontTable.xml", fonttable)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
    with open(os.path.join(SRC, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(SRC_MD)
    print("wrote", path)


if __name__ == "__main__":
    main()
