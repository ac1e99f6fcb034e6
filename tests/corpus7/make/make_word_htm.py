# Writes docs/radiographers-on-call-guide-uhsu.htm as Word's "Save as Web Page" would (Windows-1252).
import pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "docs" / "radiographers-on-call-guide-uhsu.htm"

def bullet(text, pos):
    cls = {"first": "MsoListParagraphCxSpFirst", "mid": "MsoListParagraphCxSpMiddle", "last": "MsoListParagraphCxSpLast"}[pos]
    return (f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span\n"
            "style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:\nSymbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;\n"
            f"</span></span></span><![endif]>{text}<o:p></o:p></p>\n\n")

def num(n, text, pos):
    cls = {"first": "MsoListParagraphCxSpFirst", "mid": "MsoListParagraphCxSpMiddle", "last": "MsoListParagraphCxSpLast"}[pos]
    return (f"<p class={cls} style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span\n"
            f"style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'><span\nstyle='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n"
            f"</span></span></span><![endif]>{text}<o:p></o:p></p>\n\n")

def p(text):
    return f"<p class=MsoNormal>{text}<o:p></o:p></p>\n\n"

def td(text, w, bold=False, shade=False):
    style = "width:150.25pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    if shade:
        style += ";background:#D9E2F3;mso-background-themecolor:accent1;mso-background-themetint:51"
    inner = f"<b>{text}<o:p></o:p></b>" if bold else f"{text}<o:p></o:p>"
    return f"  <td width={w} valign=top style='{style}'>\n  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>{inner}</p>\n  </td>\n"

def table(rows):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for i, r in enumerate(rows):
        attr = "mso-yfti-irow:%d%s" % (i, ";mso-yfti-firstrow:yes" if i == 0 else (";mso-yfti-lastrow:yes" if i == len(rows) - 1 else ""))
        out.append(f" <tr style='{attr}'>\n")
        for c in r:
            out.append(td(c, 200, bold=(i == 0), shade=(i == 0)))
        out.append(" </tr>\n")
    out.append("</table>\n\n")
    return "".join(out)

head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="radiographers-on-call-guide-uhsu_files/filelist.xml">
<title>UHSU Tarnside Branch</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Rhian Calloway</o:Author>
  <o:LastAuthor>Rhian Calloway</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>212</o:TotalTime>
  <o:Created>2026-01-08T10:12:00Z</o:Created>
  <o:LastSaved>2026-01-19T16:40:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>1104</o:Words>
  <o:Company>United Health Staff Union</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	mso-outline-level:1;
	font-size:16.0pt;
	color:#2F5496;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-qformat:yes;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	margin-left:36.0pt;
	mso-add-space:auto;}
span.MsoFootnoteReference
	{vertical-align:super;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-footer:f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1284505733;
	mso-list-type:hybrid;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

<p class=MsoTitle>On-call, overtime and unsocial hours: a guide for radiographers<o:p></o:p></p>

<p class=MsoNormal><i>United Health Staff Union (UHSU), Tarnside Branch \u2013 Diagnostic Imaging Sub-committee. Issue 2, January 2026.<o:p></o:p></i></p>

"""

body = []
body.append(p("This guide explains how the Tarnside Regional Health Service (TRHS) pays diagnostic and therapeutic radiographers who work out of hours. It covers the imaging departments at Tarnside General Infirmary (TGI) and St Brannoc\u2019s Hospital. Ask your UHSU workplace representative if your rota does not match what is written here."))
body.append("<h1><a name=\"_Toc157201101\"></a>1. Who works on call<o:p></o:p></h1>\n\n")
body.append(p("Band 5 radiographers join the on-call rota after they have completed six months in post and the CT competency package. Band 6 and Band 7 radiographers are on the rota unless occupational health has exempted them."))
body.append(bullet("TGI general radiography: resident night shift (20:00\u201308:00), no on-call", "first"))
body.append(bullet("TGI CT: one radiographer on call from home, 1 in 8 rota", "mid"))
body.append(bullet("St Brannoc\u2019s: one radiographer on call from home for general and CT, 1 in 6 rota", "mid"))
body.append(bullet("MRI: no out-of-hours service; the 08:00\u201320:00 weekend list is paid as overtime", "last"))
body.append("<h1><a name=\"_Toc157201102\"></a>2. What on call pays<o:p></o:p></h1>\n\n")
body.append(p("Being available is paid at 9.5% of basic pay for a 1 in 8 rota and 12% for a rota of 1 in 6 or more often. Work done when called in is paid separately, at time and a half on weekdays and double time on Sundays and public holidays, with a minimum payment of one hour for every call-in."))
body.append(table([
    ["Rota frequency", "Availability payment", "Example: Band 6 point 2 (DRL 41,300)"],
    ["1 in 6 or more often", "12% of basic pay", "DRL 4,956 a year"],
    ["1 in 7 or 1 in 8", "9.5% of basic pay", "DRL 3,924 a year"],
    ["1 in 9 or less often", "6% of basic pay", "DRL 2,478 a year"],
]))
body.append(p("<b>Compensatory rest<o:p></o:p></b>"))
body.append(p("If you are called in and work after midnight, you must have 11 hours\u2019 rest before your next shift starts. The hours of rest that fall inside your next rostered shift are paid as if you had worked them."))
body.append("<h1><a name=\"_Toc157201103\"></a>3. Unsocial hours on the night shift<o:p></o:p></h1>\n\n")
body.append(p("Resident night radiographers at TGI are paid unsocial hours, not on call. For Bands 4 to 9 the rate is 30% of the hourly rate between 20:00 and 06:00 and on Saturdays, and 60% on Sundays and public holidays.<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'>[1]</span></span><![endif]></span></span></a> The night team works four nights on, six off, on a 12-hour pattern."))
body.append("<h1><a name=\"_Toc157201104\"></a>4. How to claim<o:p></o:p></h1>\n\n")
body.append(num(1, "Record each call-in on the e-Roster app within 48 hours, with the time you left home and the time you got back.", "first"))
body.append(num(2, "Your superintendent radiographer approves the claim by the 5th of the following month.", "mid"))
body.append(num(3, "Payroll pays approved claims in the next month\u2019s salary (so a call-in on 20 March is paid at the end of April).", "mid"))
body.append(num(4, "Mileage for call-ins is paid at DRL 0.56 per km for the first 5,000 km in a year and DRL 0.31 after that.", "last"))
body.append("<h1><a name=\"_Toc157201105\"></a>5. Radiographer pay at a glance<o:p></o:p></h1>\n\n")
body.append(table([
    ["Post", "Band", "Basic pay (1 April 2026)"],
    ["Newly qualified diagnostic radiographer", "Band 5", "DRL 31,200 \u2013 37,900"],
    ["Specialist radiographer (CT, MRI, ultrasound trainee)", "Band 6", "DRL 39,100 \u2013 46,200"],
    ["Advanced practitioner / reporting radiographer", "Band 7", "DRL 47,800 \u2013 54,600"],
    ["Superintendent radiographer", "Band 8a", "DRL 56,300 \u2013 62,100"],
]))
body.append(p("UHSU membership for radiographers costs DRL 16.40 a month for members earning over DRL 30,000, and includes professional indemnity cover of up to DRL 5 million."))
body.append(p("<span style='font-size:9.0pt;line-height:107%'>This guide is written by union representatives and is not the TRHS\u2019s own policy. Where they differ, the TRHS Pay and Conditions Handbook applies.<o:p></o:p></span>"))

foot = """</div>

<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>

<hr align=left size=1 width="33%">

<![endif]>

<div style='mso-element:footnote' id=ftn1>

<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:
footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span
style='font-size:10.0pt;line-height:107%;font-family:"Calibri",sans-serif'>[1]</span></span><![endif]></span></span></a>
Bands 2 and 3 are paid 44% for nights and Saturdays and 88% for Sundays and public holidays.<o:p></o:p></p>

</div>

</div>

</body>

</html>
"""
OUT.write_bytes((head + "".join(body) + foot).replace("\n", "\r\n").encode("cp1252"))
print("wrote", OUT)
