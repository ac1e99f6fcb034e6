#!/usr/bin/env python3
"""Write a University of Velden handbook chapter as pandoc's docx writer makes it from markdown.

Imitates `pandoc careers.md -o MSc-AML-Handbook-2026-27-Ch7-Careers.docx`: pandoc's reference
styles (Title, Subtitle, Author, Date, Abstract, Heading 1-2, First Paragraph, Body Text, Compact,
Block Text, Source Code with token character styles, Table with a Table Caption paragraph,
Footnote Text / Footnote Reference, Hyperlink), heading bookmarks named after the header ids,
list numbering in numbering.xml, footnotes in footnotes.xml and metadata in docProps/custom.xml.

Standard library only:  python3 make_docx_pandoc.py
Writes docs/MSc-AML-Handbook-2026-27-Ch7-Careers.docx and its src/ markdown.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
SRC = os.path.join(HERE, "..", "src")
NAME = "MSc-AML-Handbook-2026-27-Ch7-Careers.docx"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

# ------------------------------------------------------------------ the markdown source
TITLE = "MSc Applied Machine Learning: Student Handbook 2026–27"
SUBTITLE = "Chapter 7: Careers and employability"
AUTHOR = "School of Computing and Data, University of Velden"
DATE = "September 2026"
ABSTRACT = ("This chapter explains the careers support available to MSc Applied Machine Learning "
            "students, the recruitment timetable for the year, the rules for industry dissertation "
            "placements, and where recent graduates have gone.")

footnotes = []
links = []


def inline(text):
    """Tiny markdown inline parser: **bold**, *italic*, `code`, [text](url), [^n] footnotes."""
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[([^\]]+)\]\(([^)]+)\)|\[\^(\d+)\]")
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()]))
        if m.group(1):
            out.append(("b", m.group(1)))
        elif m.group(2):
            out.append(("i", m.group(2)))
        elif m.group(3):
            out.append(("c", m.group(3)))
        elif m.group(4):
            out.append(("a", m.group(4), m.group(5)))
        elif m.group(6):
            out.append(("f", int(m.group(6))))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:]))
    xml = []
    for piece in out:
        kind = piece[0]
        if kind == "t":
            xml.append(f'<w:r><w:t xml:space="preserve">{escape(piece[1])}</w:t></w:r>')
        elif kind == "b":
            xml.append(f'<w:r><w:rPr><w:b /><w:bCs /></w:rPr><w:t xml:space="preserve">{escape(piece[1])}</w:t></w:r>')
        elif kind == "i":
            xml.append(f'<w:r><w:rPr><w:i /><w:iCs /></w:rPr><w:t xml:space="preserve">{escape(piece[1])}</w:t></w:r>')
        elif kind == "c":
            xml.append(f'<w:r><w:rPr><w:rStyle w:val="VerbatimChar" /></w:rPr><w:t xml:space="preserve">{escape(piece[1])}</w:t></w:r>')
        elif kind == "a":
            links.append(piece[2])
            rid = f"rId{100 + len(links)}"
            xml.append(f'<w:hyperlink r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink" /></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(piece[1])}</w:t></w:r></w:hyperlink>')
        elif kind == "f":
            xml.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteReference w:id="{piece[1] + 19}" /></w:r>')
    return "".join(xml)


def para(style, text):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}" /></w:pPr>{inline(text)}</w:p>'


_bm = [20]


_secno = [6, 0]  # pandoc -N --number-offset=6


def secnum(level):
    if level == 1:
        _secno[0] += 1
        _secno[1] = 0
        return f"{_secno[0]}"
    _secno[1] += 1
    return f"{_secno[0]}.{_secno[1]}"


def head(level, text, ident, num):
    """pandoc --number-sections writes the number as text, then a tab, inside the heading."""
    _bm[0] += 1
    return (f'<w:p><w:pPr><w:pStyle w:val="Heading{level}" /></w:pPr><w:bookmarkStart w:id="{_bm[0]}" w:name="{ident}" />'
            f'<w:r><w:t xml:space="preserve">{num}</w:t></w:r><w:r><w:tab /></w:r>'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r><w:bookmarkEnd w:id="{_bm[0]}" /></w:p>')


_num = [1000]


def lst(items, ordered=False):
    _num[0] += 1
    nid = _num[0]
    lists_used.append((nid, ordered))
    return "".join(f'<w:p><w:pPr><w:pStyle w:val="Compact" /><w:numPr><w:ilvl w:val="0" /><w:numId w:val="{nid}" /></w:numPr></w:pPr>{inline(i)}</w:p>'
                   for i in items)


lists_used = []


def table(caption, header, rows, widths):
    cap = (f'<w:p><w:pPr><w:pStyle w:val="TableCaption" /></w:pPr><w:r><w:t xml:space="preserve">{escape(caption)}</w:t></w:r></w:p>')
    grid = "".join(f'<w:gridCol w:w="{w}" />' for w in widths)

    def cell(t, w):
        return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}" /></w:tcPr>'
                f'<w:p><w:pPr><w:pStyle w:val="Compact" /></w:pPr>{inline(t)}</w:p></w:tc>')
    h = ('<w:tr><w:trPr><w:tblHeader w:val="true" /></w:trPr>' + "".join(cell(c, w) for c, w in zip(header, widths)) + '</w:tr>')
    body = "".join('<w:tr>' + "".join(cell(c, w) for c, w in zip(r, widths)) + '</w:tr>' for r in rows)
    return (cap + f'<w:tbl><w:tblPr><w:tblStyle w:val="Table" /><w:tblW w:type="pct" w:w="5000" />'
            f'<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0" w:val="0420" />'
            f'<w:tblCaption w:val="{escape(caption)}" /></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{h}{body}</w:tbl>')


def code(lines):
    toks = []
    for i, ln in enumerate(lines):
        if i:
            toks.append('<w:r><w:br /></w:r>')
        if ln.startswith("#"):
            toks.append(f'<w:r><w:rPr><w:rStyle w:val="CommentTok" /></w:rPr><w:t xml:space="preserve">{escape(ln)}</w:t></w:r>')
        elif ln.startswith("$ "):
            toks.append(f'<w:r><w:rPr><w:rStyle w:val="ExtensionTok" /></w:rPr><w:t xml:space="preserve">$</w:t></w:r>'
                        f'<w:r><w:rPr><w:rStyle w:val="NormalTok" /></w:rPr><w:t xml:space="preserve">{escape(ln[1:])}</w:t></w:r>')
        else:
            toks.append(f'<w:r><w:rPr><w:rStyle w:val="NormalTok" /></w:rPr><w:t xml:space="preserve">{escape(ln)}</w:t></w:r>')
    return f'<w:p><w:pPr><w:pStyle w:val="SourceCode" /><w:wordWrap w:val="off" /></w:pPr>{"".join(toks)}</w:p>'


FOOTNOTES = {
    1: "Appointments are for current students and for graduates for up to three years after they finish.",
    2: "Placement numbers are agreed each January and may change if a partner's project falls through. In 2026 two placements were withdrawn in April and both students were moved to university projects.",
    3: "Figures are from the University's Graduate Outcomes survey of the 2025–26 cohort, taken six months after the course ended. 74 of the 78 graduates answered (95%); the four who did not answer are counted in Table 7.3 as not in work or study.",
    4: "The fee is set by the Belmoran Immigration Service and was BMK 690 in September 2026.",
}

MD_PARTS = []  # (kind, payload) pairs; also drive the src markdown


def add(kind, *payload):
    MD_PARTS.append((kind, payload))


add("h", 1, "Careers and employability", "careers-and-employability")
add("p", "The MSc is a one-year course, and for most students the job search starts within weeks of arriving. This chapter sets out the help you can get, the dates that matter, and the rules that apply if you do your dissertation with an employer. Read it in your first week, even if you plan to go on to a PhD.")
add("h", 2, "Your careers team", "your-careers-team")
add("p", "The School has its own careers consultant for postgraduate computing students, **Dr Ruth Mellander**, who works alongside the University's central Careers and Employability Service. You can book a 30-minute appointment with her through the student portal, up to two weeks ahead.[^1] Appointments are available in person in the Hallam Building (room 2.14) or online.")
add("p", "Other regular support:")
add("ul", ["**CV clinic:** every Tuesday in term, 13:00–15:00, Hallam Building foyer. No booking; bring a printed CV.",
           "**Mock technical interviews:** run by second-year PhD students each Thursday from November to March. Book through the portal; each student can book up to three.",
           "**Employer Week:** 16–20 November 2026. Talks and informal interviews with Auklet Labs, Stennet Bank, Mendwell, Silvane Semiconductor, the Belmoran Digital Service and Merrow Partners.",
           "**Tensors & Tea:** the Velden ML meetup meets on the first Wednesday of each month at Auklet Labs. It is free, and the January meeting is always an interview-preparation night."])
add("h", 2, "The year at a glance", "the-year-at-a-glance")
add("p", "Large employers recruit graduates up to a year ahead, so some deadlines fall in your first term. The dates below are for the 2026–27 year.")
add("table", "Table 7.1: Recruitment and careers dates, 2026–27",
    ["When", "What", "Notes"],
    [["5 October 2026", "Careers induction", "Compulsory, 14:00–16:00, Lecture Theatre B"],
     ["16 November 2026", "Stennet Bank graduate programme closes", "24 places; starts 6 September 2027"],
     ["16–20 November 2026", "Employer Week", "Six employers; timetable on the portal"],
     ["30 November 2026", "Merrow Partners analyst intake closes", "20 places, September 2027"],
     ["1 December 2026", "Placement proposals open", "See section 7.3"],
     ["12 February 2027", "Placement proposals close", "30 placements in 2027"],
     ["March 2027", "BSMI CMLP sitting", "Book by 12 February; student members pay BMK 390"],
     ["7 June 2027", "Industry placements start", "Stipend BMK 1,800 a month, June–August"],
     ["3 September 2027", "Dissertations due", "Submit through the portal by 12:00"]],
    [1900, 3400, 4060])
add("h", 2, "Industry dissertation placements", "industry-dissertation-placements")
add("p", "About 30 students each year do their dissertation as a placement with an employer. You work on a problem the employer has proposed, usually at their offices, for the three summer months, and you are supervised jointly by an academic and by someone at the company. The dissertation is still marked by the University against the normal criteria, and your academic supervisor decides whether the project is suitable.")
add("p", "For 2027 the partners have offered the following placements:[^2]")
add("table", "Table 7.2: Industry placements offered for summer 2027",
    ["Partner", "Placements", "Location", "Typical topics"],
    [["Auklet Labs", "6", "Velden", "Evaluation of Belmoran-language models; training efficiency"],
     ["Stennet Bank", "5", "Velden", "Fraud detection; model validation"],
     ["Belmoran Digital Service", "5", "Velden or Port Selby", "Document classification; service demand forecasting"],
     ["Silvane Semiconductor", "4", "Rennick", "Model quantisation for the Skiff-2 NPU"],
     ["Merrow Partners", "3", "Velden", "Client projects (varies)"],
     ["Mendwell", "2", "Dunmarrow", "Clinical language; skin-image quality"],
     ["Other partners", "5", "Various", "Energy, logistics, public health"]],
    [2500, 1300, 2000, 3560])
add("p", "Rules that apply to every placement:")
add("ol", ["You must submit a proposal through the portal between 1 December 2026 and 12 February 2027, ranking up to three placements. Partners interview shortlisted students in March.",
           "Placements pay a stipend of **BMK 1,800 a month** for June, July and August, paid by the partner through the University.",
           "The University's standard placement agreement applies. It gives the partner the intellectual property in the work and gives you the right to submit and publish your dissertation after a review period of up to 60 days.",
           "If the partner's data cannot leave their systems, you must use the partner's computers for that data. Your Cormorant allocation (see 7.5) remains available for anything else.",
           "If a placement ends early for any reason, your supervisor will move you to a University project without penalty."])
add("h", 2, "Where our graduates go", "where-our-graduates-go")
add("p", "Of the 78 students who finished the MSc in 2025–26, 91% were in work or further study six months later, and the median starting salary of those in full-time jobs was **BMK 61,000**.[^3] That is above the national median of BMK 54,000 for people in their first ML job, because most of our graduates start at level two of an employer's ladder rather than at graduate level.")
add("table", "Table 7.3: First destinations of the 2025–26 cohort (n = 78)",
    ["Destination", "Graduates"],
    [["Data scientist", "22"], ["Machine learning engineer", "19"], ["Analytics engineer", "8"],
     ["PhD or research post", "7"], ["MLOps engineer", "6"], ["AI product manager", "2"],
     ["Other work", "7"], ["Not in work or study", "7"]],
    [6000, 3360])
add("p", "The largest employers of the cohort were Stennet Bank (9 graduates), Auklet Labs (7) and the Belmoran Digital Service (6). Eleven graduates took jobs with employers where they had done their dissertation placement.")
add("h", 2, "Compute for your portfolio", "compute-for-your-portfolio")
add("p", "Every MSc student has **200 GPU-hours a term** on the University's Cormorant cluster. Unused hours do not carry over. For the dissertation your supervisor can ask for up to 400 hours for the summer term. Employers will ask what you built, and a project you trained and evaluated yourself is worth more than a notebook that calls someone else's API, so plan your hours.")
add("p", "Jobs are submitted through the scheduler. Check your remaining allocation before a long run:")
add("code", ["$ cormorant-quota", "# user: s2614477   term: spring-2027", "# gpu-hours used: 126.5 / 200.0   resets: 26 April 2027",
             "$ sbatch --gres=gpu:1 --time=04:00:00 train.sh"])
add("p", "Jobs longer than 12 hours need the `--qos=long` flag and are only scheduled at night and at weekends.")
add("h", 2, "Staying in Belmora after the course", "staying-in-belmora-after-the-course")
add("p", "International students who complete a Belmoran master's degree can apply for the **Graduate Stay Permit**, which allows you to live and work in Belmora for 18 months without an employer sponsor. You must apply in the 60 days before your course end date (the date on your confirmation of studies, not your graduation ceremony).[^4] You can start work while the application is processed.")
add("p", "If you then move to a **Tech Talent Permit**, the lower salary floor of BMK 44,000 applies if you apply within two years of graduating or are under 26; otherwise the floor is BMK 54,000. The International Student Advice team runs a permit session in the last week of each term.")
add("quote", "A note from last year's class: start applying in October, not in June. The graduate schemes with fixed start dates (Stennet, Merrow) close before Christmas, and the placements close in February. The jobs that remain in the summer are mostly for people with experience.")
add("h", 2, "Professional bodies", "professional-bodies")
add("p", "MSc students receive free student membership of the Belmoran Society for Machine Intelligence (BSMI) for the length of the course; the School pays. As members you pay the member rate of BMK 390 for the Certified ML Practitioner (CMLP) exam instead of BMK 520. The pass mark is 68%. You do not need the CMLP to get a job, but a few employers (Stennet Bank in particular) use it in their promotion criteria, and it is easier to take while the material is fresh. See the [BSMI student page](https://bsmi.org.bm/students) for dates.")


def build_body():
    parts = []
    parts.append(para("Title", TITLE))
    parts.append(para("Subtitle", SUBTITLE))
    parts.append(para("Author", AUTHOR))
    parts.append(para("Date", DATE))
    parts.append(para("Abstract", ABSTRACT))
    prev_heading = True
    for kind, p in MD_PARTS:
        if kind == "h":
            parts.append(head(*p, secnum(p[0])))
            prev_heading = True
            continue
        if kind == "p":
            parts.append(para("FirstParagraph" if prev_heading else "BodyText", p[0]))
        elif kind == "ul":
            parts.append(lst(p[0], False))
        elif kind == "ol":
            parts.append(lst(p[0], True))
        elif kind == "table":
            parts.append(table(*p))
        elif kind == "code":
            parts.append(code(p[0]))
        elif kind == "quote":
            parts.append(para("BlockText", p[0]))
        prev_heading = False
    return "".join(parts)


def build_md():
    out = ["---", f"title: \"{TITLE}\"", f"subtitle: \"{SUBTITLE}\"", f"author: \"{AUTHOR}\"", f"date: \"{DATE}\"",
           f"abstract: \"{ABSTRACT}\"", "---", ""]
    n1, n2 = 6, 0
    for kind, p in MD_PARTS:
        if kind == "h":
            if p[0] == 1:
                n1, n2 = n1 + 1, 0
                num = f"{n1}"
            else:
                n2 += 1
                num = f"{n1}.{n2}"
            out.append("#" * p[0] + " " + num + " " + p[1] + " {#" + p[2] + "}")
        elif kind == "p":
            out.append(p[0])
        elif kind == "ul":
            out.extend("- " + i for i in p[0])
        elif kind == "ol":
            out.extend(f"{n}. {i}" for n, i in enumerate(p[0], 1))
        elif kind == "table":
            cap, header, rows, _ = p
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join("---" for _ in header) + "|")
            out.extend("| " + " | ".join(r) + " |" for r in rows)
            out.append("")
            out.append(": " + cap)
        elif kind == "code":
            out.append("```bash")
            out.extend(p[0])
            out.append("```")
        elif kind == "quote":
            out.append("> " + p[0])
        out.append("")
    for n, t in FOOTNOTES.items():
        out.append(f"[^{n}]: {t}")
    return "\n".join(out) + "\n"


STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" /><w:sz w:val="24" /><w:szCs w:val="24" /><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" /></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="200" /></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal" /><w:qFormat /></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text" /><w:basedOn w:val="Normal" /><w:link w:val="BodyTextChar" /><w:qFormat /><w:pPr><w:spacing w:before="180" w:after="180" /></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="FirstParagraph"><w:name w:val="First Paragraph" /><w:basedOn w:val="BodyText" /><w:next w:val="BodyText" /><w:qFormat /></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact"><w:name w:val="Compact" /><w:basedOn w:val="BodyText" /><w:qFormat /><w:pPr><w:spacing w:before="36" w:after="36" /></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="480" w:after="240" /><w:jc w:val="center" /></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" /><w:b /><w:bCs /><w:color w:val="345A8A" w:themeColor="accent1" w:themeShade="B5" /><w:sz w:val="36" /><w:szCs w:val="36" /></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle" /><w:basedOn w:val="Title" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="240" w:after="240" /><w:jc w:val="center" /></w:pPr><w:rPr><w:sz w:val="30" /><w:szCs w:val="30" /></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Author"><w:name w:val="Author" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:jc w:val="center" /></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Date"><w:name w:val="Date" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:jc w:val="center" /></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Abstract"><w:name w:val="Abstract" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="300" w:after="300" /></w:pPr><w:rPr><w:sz w:val="20" /><w:szCs w:val="20" /></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="480" w:after="0" /><w:outlineLvl w:val="0" /></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" /><w:b /><w:bCs /><w:color w:val="4F81BD" w:themeColor="accent1" /><w:sz w:val="32" /><w:szCs w:val="32" /></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:unhideWhenUsed /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="200" w:after="0" /><w:outlineLvl w:val="1" /></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" /><w:b /><w:bCs /><w:color w:val="4F81BD" w:themeColor="accent1" /><w:sz w:val="28" /><w:szCs w:val="28" /></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BlockText"><w:name w:val="Block Text" /><w:basedOn w:val="BodyText" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:unhideWhenUsed /><w:qFormat /><w:pPr><w:spacing w:before="100" w:after="100" /><w:ind w:firstLine="0" w:left="480" w:right="480" /></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" /><w:bCs /><w:sz w:val="20" /><w:szCs w:val="20" /></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text" /><w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:unhideWhenUsed /><w:qFormat /></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table" /><w:semiHidden /><w:unhideWhenUsed /><w:qFormat /><w:tblPr><w:tblInd w:w="0" w:type="dxa" /><w:tblCellMar><w:top w:w="0" w:type="dxa" /><w:left w:w="108" w:type="dxa" /><w:bottom w:w="0" w:type="dxa" /><w:right w:w="108" w:type="dxa" /></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="Table"><w:name w:val="Table" /><w:basedOn w:val="TableNormal" /><w:tblPr><w:tblInd w:w="0" w:type="dxa" /><w:tblCellMar><w:top w:w="0" w:type="dxa" /><w:left w:w="108" w:type="dxa" /><w:bottom w:w="0" w:type="dxa" /><w:right w:w="108" w:type="dxa" /></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:tblPr><w:jc w:val="left" /><w:tblInd w:w="0" w:type="dxa" /></w:tblPr><w:trPr><w:jc w:val="left" /></w:trPr><w:tcPr><w:vAlign w:val="bottom" /><w:tcBorders><w:bottom w:val="single" /></w:tcBorders></w:tcPr></w:tblStylePr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableCaption"><w:name w:val="Table Caption" /><w:basedOn w:val="Caption" /><w:pPr><w:keepNext /></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption" /><w:basedOn w:val="Normal" /><w:link w:val="BodyTextChar" /><w:pPr><w:spacing w:before="0" w:after="120" /></w:pPr><w:rPr><w:i /></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font" /><w:uiPriority w:val="1" /><w:semiHidden /><w:unhideWhenUsed /></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="BodyTextChar"><w:name w:val="Body Text Char" /><w:basedOn w:val="DefaultParagraphFont" /><w:link w:val="BodyText" /></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char" /><w:basedOn w:val="BodyTextChar" /><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" /><w:sz w:val="22" /></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference" /><w:basedOn w:val="BodyTextChar" /><w:rPr><w:vertAlign w:val="superscript" /></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink" /><w:basedOn w:val="BodyTextChar" /><w:rPr><w:color w:val="4F81BD" w:themeColor="accent1" /></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code" /><w:basedOn w:val="Normal" /><w:link w:val="VerbatimChar" /><w:pPr><w:wordWrap w:val="off" /></w:pPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="NormalTok"><w:name w:val="Normal Tok" /><w:basedOn w:val="VerbatimChar" /></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="CommentTok"><w:name w:val="Comment Tok" /><w:basedOn w:val="VerbatimChar" /><w:rPr><w:i /><w:color w:val="60A0B0" /></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="ExtensionTok"><w:name w:val="Extension Tok" /><w:basedOn w:val="VerbatimChar" /></w:style>
</w:styles>'''


def numbering():
    absb = ('<w:abstractNum w:abstractNumId="990"><w:nsid w:val="A7A4A3E1" /><w:multiLevelType w:val="multilevel" />'
            + "".join(f'<w:lvl w:ilvl="{i}"><w:numFmt w:val="bullet" /><w:lvlText w:val="{"•–"[i % 2]}" /><w:lvlJc w:val="left" />'
                      f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{720 * (i + 1)}" /></w:tabs><w:ind w:left="{720 * (i + 1)}" w:hanging="360" /></w:pPr></w:lvl>' for i in range(9))
            + '</w:abstractNum>')
    absn = ('<w:abstractNum w:abstractNumId="991"><w:nsid w:val="A7A4A3E2" /><w:multiLevelType w:val="multilevel" />'
            + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1" /><w:numFmt w:val="{"decimal" if i % 3 == 0 else ("lowerLetter" if i % 3 == 1 else "lowerRoman")}" />'
                      f'<w:lvlText w:val="%{i + 1}." /><w:lvlJc w:val="left" /><w:pPr><w:tabs><w:tab w:val="num" w:pos="{720 * (i + 1)}" /></w:tabs>'
                      f'<w:ind w:left="{720 * (i + 1)}" w:hanging="360" /></w:pPr></w:lvl>' for i in range(9))
            + '</w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{991 if o else 990}" />'
                   + ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1" /></w:lvlOverride>' if o else '')
                   + '</w:num>' for nid, o in lists_used)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering {W}>{absb}{absn}{nums}</w:numbering>'


def footnotes_xml():
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto" /></w:pPr><w:r><w:separator /></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto" /></w:pPr><w:r><w:continuationSeparator /></w:r></w:p></w:footnote>')
    notes = "".join(
        f'<w:footnote w:id="{n + 19}"><w:p><w:pPr><w:pStyle w:val="FootnoteText" /></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteRef /></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p></w:footnote>' for n, t in FOOTNOTES.items())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W} {R}>{sep}{notes}</w:footnotes>'


def main():
    body = build_body()
    document = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W} {R} '
                'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
                f'<w:body>{body}<w:sectPr /></w:body></w:document>')
    link_rels = "".join(f'<Relationship Id="rId{100 + i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                        f'Target="{escape(u)}" TargetMode="External" />' for i, u in enumerate(links, 1))
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Id="rId1" Target="numbering.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Id="rId2" Target="styles.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Id="rId3" Target="settings.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Id="rId4" Target="webSettings.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Id="rId5" Target="fontTable.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Id="rId6" Target="theme/theme1.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Id="rId7" Target="footnotes.xml" />'
                f'{link_rels}</Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml" />'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" />'
                     '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" />'
                     '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml" />'
                     '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" />'
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml" />'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml" />'
                     '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" />'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" />'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" />'
                     '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" />'
                     '<Default Extension="xml" ContentType="application/xml" />'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Id="rId1" Target="word/document.xml" />'
            '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Id="rId2" Target="docProps/core.xml" />'
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Id="rId3" Target="docProps/app.xml" />'
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Id="rId4" Target="docProps/custom.xml" /></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(TITLE)}</dc:title><dc:creator>{escape(AUTHOR)}</dc:creator><cp:keywords></cp:keywords>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-09-01T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-09-01T00:00:00Z</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><DocSecurity>0</DocSecurity><LinksUpToDate>false</LinksUpToDate>'
           '<ScaleCrop>false</ScaleCrop><SharedDoc>false</SharedDoc></Properties>')
    custom = ('<?xml version="1.0" encoding="UTF-8"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="abstract"><vt:lpwstr>'
              f'{escape(ABSTRACT)}</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="subtitle"><vt:lpwstr>'
              f'{escape(SUBTITLE)}</vt:lpwstr></property></Properties>')
    settings = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:settings {W}><w:zoom w:percent="90" /><w:embedSystemFonts />'
                '<w:mirrorMargins w:val="false" /><w:defaultTabStop w:val="720" /><w:characterSpacingControl w:val="doNotCompress" />'
                '<w:footnotePr><w:footnote w:id="-1" /><w:footnote w:id="0" /></w:footnotePr><w:compat><w:useFELayout />'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15" /></w:compat></w:settings>')
    web = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:webSettings {W}><w:allowPNG /><w:doNotSaveAsSingleFile /></w:webSettings>'
    fonts = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:fonts {W}><w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507" /></w:font>'
             '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304" /></w:font><w:font w:name="Cambria"><w:panose1 w:val="02040503050406030204" /></w:font>'
             '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204" /></w:font><w:font w:name="Consolas"><w:panose1 w:val="020B0609020204030204" /></w:font></w:fonts>')
    theme = ('<?xml version="1.0" encoding="UTF-8"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
             '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
             '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>'
             '<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>'
             '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
             '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
             '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
             '<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
             '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
             '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    path = os.path.join(DOCS, NAME)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        z.writestr("docProps/custom.xml", custom)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", numbering())
        z.writestr("word/footnotes.xml", footnotes_xml())
        z.writestr("word/settings.xml", settings)
        z.writestr("word/webSettings.xml", web)
        z.writestr("word/fontTable.xml", fonts)
        z.writestr("word/theme/theme1.xml", theme)
    with open(os.path.join(SRC, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    print("wrote", path)


if __name__ == "__main__":
    main()
