"""Writes docs/CyberBridge Cohort Guide - June 2026 intake (Tamsford).docx, imitating a Google Docs
document downloaded with File > Download > Microsoft Word (.docx): Google's own style ids (Title,
Subtitle, Heading1-3, Normal with Arial 11), "_heading=h.xxxx" bookmarks on headings, a numbering part
with one abstract numbering per list (bullets ●/○/■ and decimal "%1."), a fixed-layout table with a
full-width merged header row (gridSpan) and a vertically merged cell (vMerge), and a comment in
comments.xml anchored with commentRangeStart/End.

Standard library only:  python3 make_docx_gdocs.py
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "docs" / "CyberBridge Cohort Guide - June 2026 intake (Tamsford).docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'

bm = [0]
HIDS = ["gjdgxs", "30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt", "3dy6vkm", "1t3h5sf", "4d34og8", "2s8eyo1", "17dp8vu", "3rdcrjn"]


def run(t, b=False, i=False):
    rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "<w:rtl w:val=\"0\"/></w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def rich(s):
    """**bold** spans inside a string."""
    out, parts = [], s.split("**")
    for k, p in enumerate(parts):
        if p:
            out.append(run(p, b=(k % 2 == 1)))
    return "".join(out)


def para(s, style=None, num=None, extra_ppr="", inner=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += '<w:spacing w:before="0" w:after="0" w:lineRule="auto"/><w:ind w:left="720" w:hanging="360"/>'
    ppr += extra_ppr
    body = inner if inner is not None else rich(s)
    if style and style.startswith(("Heading", "Title", "Subtitle")):
        i = bm[0]
        bm[0] += 1
        body = f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.{HIDS[i % len(HIDS)]}" w:id="{i}"/><w:bookmarkEnd w:id="{i}"/>' + body
    return f'<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>'


def cell(text, w, span=1, vmerge=None, shade=None, bold=False):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        tcpr += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else '<w:vMerge/>'
    if shade:
        tcpr += f'<w:shd w:fill="{shade}" w:val="clear"/>'
    tcpr += '<w:tcMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tcMar>'
    paras = "".join(f'<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>{run(t, b=bold) if t else ""}</w:p>' for t in text.split("\n"))
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>'


GRID = [1500, 4260, 1100, 2500]


def table():
    rows = []
    def tr(cells):
        rows.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>' + "".join(cells) + '</w:tr>')
    tr([cell("Full-time timetable: Monday to Friday, 09:30 to 16:30, Tamsford College, Quay Building", sum(GRID), span=4, shade="D9EAD3", bold=True)])
    tr([cell("Weeks", GRID[0], bold=True, shade="F3F3F3"), cell("Module", GRID[1], bold=True, shade="F3F3F3"), cell("Hours", GRID[2], bold=True, shade="F3F3F3"), cell("How it is assessed", GRID[3], bold=True, shade="F3F3F3")])
    tr([cell("1–4", GRID[0]), cell("Foundations: networks, Windows and Linux, scripting basics", GRID[1]), cell("96", GRID[2]), cell("Weekly lab checks", GRID[3])])
    tr([cell("5–8", GRID[0]), cell("Security fundamentals: threats, controls, logging, identity", GRID[1]), cell("96", GRID[2]), cell("Written test in week 8 (pass mark 60%)", GRID[3])])
    tr([cell("9–12", GRID[0], vmerge="restart"), cell("SOC track: SIEM, alert triage, incident handling", GRID[1]), cell("96", GRID[2]), cell("Simulated 12-hour shift in week 12", GRID[3])])
    tr([cell("", GRID[0], vmerge="continue"), cell("GRC track: risk assessment, policy, audit, supplier security", GRID[1]), cell("96", GRID[2]), cell("Risk assessment report (3,000 words)", GRID[3])])
    tr([cell("13–14", GRID[0]), cell("SAF exam preparation; SAF exam on 10 September 2026", GRID[1]), cell("48", GRID[2]), cell("EIIS SAF exam (pass mark 65%)", GRID[3])])
    tr([cell("15–16", GRID[0]), cell("Work placement with a partner employer", GRID[1]), cell("70", GRID[2]), cell("Placement report signed by your host", GRID[3])])
    grid = "".join(f'<w:gridCol w:w="{g}"/>' for g in GRID)
    borders = "".join(f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9360.0" w:type="dxa"/><w:jc w:val="left"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


B = []  # body parts
B.append(para("CyberBridge Conversion Programme", "Title"))
B.append(para("Cohort guide – June 2026 intake, Tamsford centre", "Subtitle"))
B.append(para("Prepared by the CyberBridge team at Tamsford College of Technology for applicants and new participants. Last updated 4 March 2026. This guide does not replace the Ministry of Work and Skills scheme rules; if the two disagree, the scheme rules apply."))
B.append(para("About CyberBridge", "Heading1"))
B.append(para("CyberBridge is the government's conversion programme for adults who want to move into a cyber security job. It is funded by the Ministry of Work and Skills (MoWS) and delivered by three colleges: Tamsford College of Technology, the University of Corvane Centre for Professional Learning and the Hallowby Institute of Technology. The programme lasts **16 weeks full-time** and is free to participants."))
B.append(para("There are **480 places in 2026**, in three national intakes of 160 places each: 2 February, 8 June and 5 October. The Tamsford centre has **40 places** in the June intake."))
B.append(para("Who can apply", "Heading1"))
B.append(para("You can apply if all of the following are true:"))
for s in ["You are aged 19 or over on the start date.", "You have lived in Estmarra for at least three years.", "You are not currently employed in a cyber security role.", "You do not already hold the EIIS Security Analyst Foundation (SAF) or a higher security qualification.", "You can attend at least 90% of sessions. Attendance below 90% in any four-week block stops the stipend for that block."]:
    B.append(para(s, num=(1, 0)))
B.append(para("You do not need a degree or any IT qualification. About a third of the 2025 participants had never worked in IT."))
B.append(para("Money: the stipend and what is paid for", "Heading1"))
# comment anchored on the stipend sentence
B.append('<w:p><w:pPr></w:pPr>' + run("Participants receive a training stipend of ") + '<w:commentRangeStart w:id="0"/>' + run("EMD 1,150 a month", b=True) + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>' + run(", paid monthly in arrears on the last working day of the month, for the four months of the programme. The stipend is not taxed and does not count as income for most benefits, but you must tell the benefits office that you are on the programme.") + '</w:p>')
B.append(para("The programme also pays for:"))
for s, lvl in [("Travel to the centre, up to EMD 90 a month, against receipts.", 0), ("A loan laptop for the 16 weeks.", 0), ("Your SAF exam voucher (worth EMD 340) and one resit if you need it.", 0), ("The resit must be taken within 8 weeks of the first attempt.", 1), ("EIIS Student membership for one year.", 0), ("A free careers-only pass to BreachPoint 2026 on 16 October.", 0)]:
    B.append(para(s, num=(2, lvl)))
B.append(para("The 16 weeks", "Heading1"))
B.append(para("The first eight weeks are the same for everyone. In week 8 you choose a track for weeks 9 to 12: the SOC track leads to security operations jobs; the GRC track leads to governance, risk and compliance jobs. Each track has 20 places at Tamsford; if a track is oversubscribed we use the week 8 test results."))
B.append(table())
B.append(para("Table 1. June 2026 timetable. Weeks 9–12 run the two tracks in parallel.", extra_ppr='<w:spacing w:before="120"/>', inner=run("Table 1. June 2026 timetable. Weeks 9–12 run the two tracks in parallel.", i=True)))
B.append(para("The SAF exam", "Heading2"))
B.append(para("The EIIS Security Analyst Foundation exam has 80 multiple-choice questions in 120 minutes. The pass mark is 65%, which is 52 correct answers. You will sit it at the college test centre on 10 September 2026. In 2025, 77% of CyberBridge participants passed at the first attempt, against 64% of all candidates nationally."))
B.append(para("Partner employers and the guaranteed interview", "Heading1"))
B.append(para("Every participant who completes the programme and passes the SAF gets a guaranteed first-round interview with at least one partner employer. The partners for the June 2026 intake are:"))
for s in ["**Lanternhold Cyber** – SOC Tier 1 analyst jobs in Hallowby and Corvane (SOC track).", "**Harbourline Bank** – SOC and vulnerability management roles in Corvane and Hallowby (SOC track).", "**National Cyber Defence Directorate** – the CT1 Cyber Security Apprenticeship, EMD 29,400 (both tracks; National Security Clearance needed).", "**Westreach Hospitals Trust** – Band 5 Cyber Security Analyst posts in Tamsford (both tracks).", "**Pellam & Voss Advisory** – Associate Risk Analyst posts in Corvane and Lissel (GRC track)."]:
    B.append(para(s, num=(3, 0)))
B.append(para("A guaranteed interview is not a guaranteed job. Partners interview against their normal standards, but they have agreed to skip the CV sift."))
B.append(para("Key dates for the June 2026 intake", "Heading1"))
for s in ["Applications close: 3 April 2026 at 17:00.", "Online aptitude test (45 minutes, pass mark 60%): to be completed by 17 April 2026.", "Interviews at the Tamsford centre: 27 April to 8 May 2026.", "Offers sent: by 15 May 2026.", "Programme starts: Monday 8 June 2026.", "Track choice: end of week 8 (31 July 2026).", "SAF exam: 10 September 2026.", "Last day and graduation: 25 September 2026."]:
    B.append(para(s, num=(4, 0)))
B.append(para("If you miss the June intake, applications for the October intake (start 5 October 2026) close on 14 August 2026."))
B.append(para("How the 2025 cohorts did", "Heading2"))
B.append(para("Of the 2025 participants, 81% completed the programme. Of those who completed, 68% were in a security job within six months, at a median starting salary of EMD 36,400. The most common first jobs were SOC Tier 1 analyst (41%), IT security administrator (17%) and junior risk analyst (12%)."))
B.append(para("Contact", "Heading1"))
B.append(para("CyberBridge team, Tamsford College of Technology, Quay Building, Tamsford. Programme lead: Anneliese Gorm. Phone 0461 220 874, Monday to Thursday 10:00–15:00."))

sect = '<w:sectPr><w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(B)}{sect}</w:body></w:document>'

comments = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Anneliese Gorm" w:date="2026-03-03T14:22:05Z" w:initials=""><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:color w:val="000000"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">MoWS said on the call that the stipend may go up to EMD 1,200 for the October intake. Not confirmed, so leave 1,150 here for now.</w:t></w:r></w:p></w:comment></w:comments>'''


def absnum(i, kind):
    lv = []
    for l in range(9):
        if kind == "bullet":
            ch = ["●", "○", "■"][l % 3]
            lv.append(f'<w:lvl w:ilvl="{l}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{ch}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720*(l+1)}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
        else:
            fmt = ["decimal", "lowerLetter", "lowerRoman"][l % 3]
            lv.append(f'<w:lvl w:ilvl="{l}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{l+1}."/><w:lvlJc w:val="{"right" if fmt=="lowerRoman" else "left"}"/><w:pPr><w:ind w:left="{720*(l+1)}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
    return f'<w:abstractNum w:abstractNumId="{i}"><w:nsid w:val="{0x1A2B3C00 + i:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>{"".join(lv)}</w:abstractNum>'


kinds = {1: "bullet", 2: "bullet", 3: "bullet", 4: "decimal"}
numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>' + "".join(absnum(i, k) for i, k in kinds.items()) + "".join(f'<w:num w:numId="{i}"><w:abstractNumId w:val="{i}"/></w:num>' for i in kinds) + '</w:numbering>'


def sty(sid, name, size, bold=False, color="000000", before=0, after=0, italic=False, outline=None):
    o = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
    bb = '<w:b w:val="1"/>' if bold else ""
    ii = '<w:i w:val="1"/>' if italic else ""
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:before="{before}" w:after="{after}" w:lineRule="auto"/>{o}</w:pPr><w:rPr>{bb}{ii}<w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'


styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>
{sty("Heading1", "heading 1", 40, before=400, after=120, outline=0)}
{sty("Heading2", "heading 2", 32, before=360, after=120, outline=1)}
{sty("Heading3", "heading 3", 28, color="434343", before=320, after=80, outline=2)}
{sty("Title", "Title", 52, before=0, after=60)}
{sty("Subtitle", "Subtitle", 30, color="666666", before=0, after=320)}
<w:style w:type="table" w:styleId="Table1"><w:name w:val="Table1"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/><Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'''
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>'
fonts = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {W}><w:font w:name="Arial"/></w:fonts>'
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core), ("word/_rels/document.xml.rels", docrels),
                       ("word/document.xml", document), ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                       ("word/settings.xml", settings), ("word/fontTable.xml", fonts), ("word/comments.xml", comments)]:
        z.writestr(name, data)
print("wrote", OUT)
