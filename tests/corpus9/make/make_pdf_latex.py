"""Writes docs/ITS-WP-2026-03-aviation-workforce.pdf, a working paper laid out the way LaTeX (article
class, 10pt, `headings` page style, booktabs tables) lays one out.

It is not made with TeX: reportlab draws every word at the position a justified, hyphenated TeX line
would give it. What matters for a reader is in the text layer, and it is what pdfTeX leaves there:
- no space characters between words (each word is placed on its own), so spaces must be inferred;
- the ligatures fi, fl, ff, ffi, ffl drawn as single glyphs U+FB01, U+FB02, U+FB00, U+FB03, U+FB04
  (DejaVu Serif Condensed, a TrueType font that has them, is embedded);
- words hyphenated across line ends (hyphenation points from pyphen, en_US patterns);
- running heads (author names on even pages, short title on odd pages, page number outside), a
  plain first page with its number at the foot; numbered footnotes at the foot of the page;
- tables as floats, placed at the top of the next page when they do not fit;
- one figure drawn as vector bars, its caption below it.

Run with a venv that has reportlab 4.x/5.x and pyphen:  python make_pdf_latex.py
"""
from pathlib import Path

import pyphen
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "docs" / "ITS-WP-2026-03-aviation-workforce.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", FD + "DejaVuSerifCondensed-Italic.ttf"))
HY = pyphen.Pyphen(lang="en_US", left=2, right=3)

PW, PH = A4
TW = 360.0                      # text width
LM = (PW - TW) / 2              # left margin
TOP = PH - 118                  # first baseline
BOTTOM = 150                    # lowest baseline of the text block
FS, LEAD = 10.0, 12.4           # body size and leading
PARINDENT = 15.0

RUNHEAD_EVEN = "A. THORSBY AND P. RADDON"
RUNHEAD_ODD = "WORKFORCE PROFILE OF VARNESSAN AIR TRANSPORT"


def lig(s):
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
        s = s.replace(a, b)
    return s


def texify(s):
    return s.replace("---", "\u2014").replace("--", "\u2013").replace("``", "\u201c").replace("''", "\u201d")


# ---------------------------------------------------------------- words and lines
class Word:
    """A word: its text (with ~ for a tie), the font, an optional footnote mark."""

    def __init__(self, text, font="Serif", size=FS, mark=None):
        self.text, self.font, self.size, self.mark = text, font, size, mark

    def shown(self):
        return lig(self.text.replace("~", " "))

    def width(self):
        w = pdfmetrics.stringWidth(self.shown(), self.font, self.size)
        if self.mark:
            w += pdfmetrics.stringWidth(str(self.mark), self.font, self.size * 0.7)
        return w

    def draw(self, c, x, y):
        c.setFont(self.font, self.size)
        c.drawString(x, y, self.shown())
        if self.mark:
            x2 = x + pdfmetrics.stringWidth(self.shown(), self.font, self.size)
            c.setFont(self.font, self.size * 0.7)
            c.drawString(x2, y + self.size * 0.38, str(self.mark))


def draw_words(c, y, placed):
    """Draw one line as a single text object, each word moved into place with a Td, as TeX
    engines do (no space characters in the text layer)."""
    if not placed:
        return
    x0 = placed[0][0]
    t = c.beginText(x0, y)
    prev = x0
    for x, w in placed:
        if x != prev:
            t.moveCursor(x - prev, 0)
            prev = x
        t.setFont(w.font, w.size)
        t.textOut(w.shown())
        if w.mark:
            t.setFont(w.font, w.size * 0.7)
            t.setRise(w.size * 0.38)
            t.textOut(str(w.mark))
            t.setRise(0)
    c.drawText(t)


FOOTNOTES = {}          # number -> text
_fn = [0]


def parse(text, font="Serif", size=FS):
    """Split a paragraph into Words; `word[^text of the note]` attaches a footnote."""
    text = texify(text)
    words = []
    i = 0
    buf = ""
    while i < len(text):
        if text.startswith("[^", i):
            j = text.index("]", i)
            _fn[0] += 1
            FOOTNOTES[_fn[0]] = text[i + 2:j]
            words.extend(Word(t, font, size) for t in buf.split())
            buf = ""
            words[-1].mark = _fn[0]
            i = j + 1
            continue
        buf += text[i]
        i += 1
    words.extend(Word(t, font, size) for t in buf.split())
    return words


def hyphen_splits(word):
    """Possible (head-with-hyphen, tail) splits, longest head first."""
    t = word.text
    core_start = 0
    while core_start < len(t) and not t[core_start].isalpha():
        core_start += 1
    core_end = len(t)
    while core_end > core_start and not t[core_end - 1].isalpha():
        core_end -= 1
    core = t[core_start:core_end]
    if len(core) < 6 or not core.isalpha() or word.mark:
        return []
    out = []
    for pos in reversed(HY.positions(core)):
        head = t[:core_start + pos] + "-"
        tail = t[core_start + pos:]
        out.append((Word(head, word.font, word.size), Word(tail, word.font, word.size, word.mark)))
    return out


def break_lines(words, width, first_indent=0.0):
    """Greedy line breaking with hyphenation when a line would be loose. Returns [(words, last)]."""
    lines, cur, curw = [], [], 0.0
    sp = pdfmetrics.stringWidth(" ", "Serif", FS)
    avail = width - first_indent
    queue = list(words)
    while queue:
        w = queue.pop(0)
        need = w.width() + (sp if cur else 0)
        if curw + need <= avail:
            cur.append(w)
            curw += need
            continue
        slack = avail - curw
        placed = False
        if slack > 3.2 * sp:
            for head, tail in hyphen_splits(w):
                if curw + sp + head.width() <= avail:
                    cur.append(head)
                    queue.insert(0, tail)
                    placed = True
                    break
        lines.append((cur, False, avail))
        avail = width
        if placed:
            cur, curw = [], 0.0
        else:
            cur, curw = [w], w.width()
    if cur:
        lines.append((cur, True, avail))
    return lines


# ---------------------------------------------------------------- boxes for the page builder
class Box:
    def __init__(self, height, draw, notes=(), keep_with_next=False, is_float=False, space_before=0.0):
        self.height, self.draw, self.notes = height, draw, list(notes)
        self.keep_with_next, self.is_float, self.space_before = keep_with_next, is_float, space_before


def para_boxes(text, indent=True, font="Serif", size=FS, lead=LEAD, left=LM, width=TW, justify=True):
    words = parse(text, font, size)
    out = []
    lines = break_lines(words, width, PARINDENT if indent else 0.0)
    for k, (ws, last, avail) in enumerate(lines):
        x0 = left + (width - avail)

        def draw(c, y, ws=ws, last=last, avail=avail, x0=x0):
            nat = sum(w.width() for w in ws)
            gaps = len(ws) - 1
            sp = pdfmetrics.stringWidth(" ", ws[0].font, ws[0].size)
            gap = sp if (last or gaps == 0 or not justify) else (avail - nat) / gaps
            x = x0
            placed = []
            for w in ws:
                placed.append((x, w))
                x += w.width() + gap
            draw_words(c, y, placed)
        notes = [w.mark for w in ws if w.mark]
        out.append(Box(lead, draw, notes))
    return out


def heading_box(num, text, size=12.0, before=14.0):
    def draw(c, y):
        c.setFont("SerifB", size)
        c.drawString(LM, y, num)
        c.drawString(LM + pdfmetrics.stringWidth(num, "SerifB", size) + 10, y, lig(text))
    return Box(size + 6, draw, keep_with_next=True, space_before=before)


def booktabs(caption, header, rows, colw, align, note=None, size=8.6):
    """A table float: caption above, \\toprule, \\midrule, \\bottomrule."""
    rh = size * 1.45
    cap_words = parse(caption, "Serif", 9.0)
    cap_lines = break_lines(cap_words, TW - 30)
    hdr_lines = max(len(h.split("\n")) for h in header)
    height = len(cap_lines) * 11 + 6 + hdr_lines * rh + 4 + len(rows) * rh + 6 + (11 if note else 0)
    tw = sum(colw)
    x0 = LM + (TW - tw) / 2

    def cell(c, text, x, w, y, a, font="Serif"):
        s = lig(texify(text))
        c.setFont(font, size)
        if a == "r":
            c.drawRightString(x + w - 4, y, s)
        elif a == "c":
            c.drawCentredString(x + w / 2, y, s)
        else:
            c.drawString(x + 4, y, s)

    def draw(c, ytop):
        y = ytop
        for ws, last, avail in cap_lines:
            lw = sum(w.width() for w in ws) + pdfmetrics.stringWidth(" ", "Serif", 9.0) * (len(ws) - 1)
            x = LM + (TW - lw) / 2
            placed = []
            for w in ws:
                placed.append((x, w))
                x += w.width() + pdfmetrics.stringWidth(" ", "Serif", 9.0)
            draw_words(c, y, placed)
            y -= 11
        y -= 2
        c.setLineWidth(0.8); c.line(x0, y, x0 + tw, y); y -= rh - 1
        for li in range(hdr_lines):
            x = x0
            for h, w, a in zip(header, colw, align):
                parts = h.split("\n")
                if li < len(parts):
                    cell(c, parts[li], x, w, y, a if a != "l" else "l")
                x += w
            y -= rh
        y += rh * 0.55
        c.setLineWidth(0.5); c.line(x0, y, x0 + tw, y); y -= rh * 0.95
        for r in rows:
            x = x0
            for v, w, a in zip(r, colw, align):
                cell(c, v, x, w, y, a)
                x += w
            y -= rh
        y += rh * 0.6
        c.setLineWidth(0.8); c.line(x0, y, x0 + tw, y)
        if note:
            c.setFont("Serif", 7.8)
            c.drawString(x0, y - 10, lig(texify(note)))
    return Box(height, draw, is_float=True)


def figure_ages():
    bars = [("under 30", 9), ("30\u201339", 18), ("40\u201349", 24), ("50\u201354", 18), ("55 and over", 31)]
    cap = ("Figure 1: Licensed aircraft engineers (B1 and B2) by age group, 31 December 2025, per cent. "
           "Almost a third (31%) are 55 or older and will reach the usual retirement age within ten years.")
    cap_words = parse(cap, "Serif", 9.0)
    cap_lines = break_lines(cap_words, TW - 30)
    ch = 120
    height = ch + 28 + len(cap_lines) * 11 + 6

    def draw(c, ytop):
        base = ytop - ch
        x0 = LM + 60
        c.setLineWidth(0.5)
        c.line(x0, base, x0 + 240, base)
        c.line(x0, base, x0, base + ch - 10)
        c.setFont("Serif", 7.5)
        for v in (0, 10, 20, 30):
            yy = base + v * 3.2
            c.drawRightString(x0 - 4, yy - 2.5, str(v))
            c.line(x0 - 2, yy, x0, yy)
        for i, (lab, v) in enumerate(bars):
            bx = x0 + 12 + i * 46
            c.setFillGray(0.55)
            c.rect(bx, base, 28, v * 3.2, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawCentredString(bx + 14, base + v * 3.2 + 3, str(v))
            c.drawCentredString(bx + 14, base - 10, lab)
        y = base - 26
        for ws, last, avail in cap_lines:
            sp = pdfmetrics.stringWidth(" ", "Serif", 9.0)
            lw = sum(w.width() for w in ws) + sp * (len(ws) - 1)
            gap = sp if last else (TW - 30 - lw + sp * (len(ws) - 1)) / max(1, len(ws) - 1)
            x = LM + 15
            placed = []
            for w in ws:
                placed.append((x, w))
                x += w.width() + gap
            draw_words(c, y, placed)
            y -= 11
    return Box(height, draw, is_float=True)


# ---------------------------------------------------------------- the paper
def title_boxes():
    def draw(c, y):
        c.setFont("Serif", 16.5)
        c.drawCentredString(PW / 2, y, lig("Who flies, who fixes, who controls:"))
        c.drawCentredString(PW / 2, y - 20, lig("a workforce profile of Varnessan air transport, 2025"))
        c.setFont("Serif", 11.5)
        c.drawCentredString(PW / 2, y - 50, "Annika Thorsby\u2217    Pell Raddon\u2020")
        c.setFont("Serif", 10)
        c.drawCentredString(PW / 2, y - 66, "Institute of Transport Studies, University of Esterdale")
        c.drawCentredString(PW / 2, y - 80, "ITS Working Paper 2026/03 \u2014 March 2026")
    return [Box(100, draw)]


def abstract_boxes():
    out = [Box(14, lambda c, y: (c.setFont("SerifB", 9), c.drawCentredString(PW / 2, y, "Abstract")))]
    text = ("We combine the licence register of the Varnessa Civil Aviation Authority (VCAA) at 31 December 2025 with a survey of "
            "1,964 people working in Varnessan air transport to describe the size, age, pay and training debt of nine occupations: "
            "captains, first officers, cabin crew, air traffic controllers, licensed aircraft engineers, aviation security officers, "
            "airport operations officers, flight dispatchers, and ramp agents and baggage handlers. The workforce grew by 13% between "
            "2021 and 2025, fastest on the ground. The most acute risk is the age profile of licensed engineers. Pay in the Capital "
            "District is 12 to 17% above the other regions for the same job, and self-funded first officers carry an average "
            "training debt of VNF~71,300.")
    out += para_boxes(text, indent=False, size=9, lead=11, left=LM + 25, width=TW - 50)
    out.append(Box(8, lambda c, y: None))
    return out


P = []  # list of Box


def H(num, text):
    P.append(heading_box(num, text))


def para(text, indent=True):
    P.extend(para_boxes(text, indent))


def build_story():
    P.extend(title_boxes())
    P.extend(abstract_boxes())

    H("1", "Introduction")
    para("Air transport in Varnessa has grown faster than almost any other sector of the economy since the end of the 2020--21 "
         "downturn. The five public airports handled 22.9 million passengers in 2025: 14.2 million at Port Selden International, "
         "5.1 million at Esterdale, 2.3 million at Fallowmere, 0.9 million at Brackmoor Regional and 0.4 million at Calloway Island. "
         "Employers have told the Ministry of Transport and Infrastructure that they cannot recruit fast enough, and the Ministry's "
         "Air Connectivity Strategy 2030 names workforce shortages as the main constraint on growth.", indent=False)
    para("Yet there is little published evidence on who actually does these jobs. Licence counts are published by the VCAA each "
         "year, but they say nothing about pay, age or how people paid for their training, and they do not cover the largest "
         "ground occupations at all, because security officers, ramp agents and operations officers hold no VCAA licence. This "
         "paper fills part of that gap.")
    para("Section 2 describes our data. Sections 3 to 6 cover the size of the workforce, its age, its pay by region, and the "
         "routes and debts by which people qualified. Section 7 sets out what we think follows for policy.")

    H("2", "Data and definitions")
    para("We use two sources. The first is an extract of the VCAA licence register at 31 December 2025, which gives the number "
         "of holders of each licence, their age and their sex. We count a pilot as an airline pilot if they are employed by an "
         "operator that holds a Varnessan air operator certificate for aircraft with more than 19 seats.[^Helicopter pilots (212 "
         "licence holders) and flying instructors who do not also fly for an airline are excluded throughout.] The second is our own "
         "survey, run online in October and November 2025 through employers and the three aviation unions (VAPA, UATS and GATC). "
         "It had 1,964 usable responses, a response rate of 38%.", indent=False)
    para("By pay we mean annual basic pay plus regular allowances: shift allowance, flying pay and regional allowances. We exclude "
         "overtime, bonuses and expenses such as night-stop meal allowances. All figures are in Varnessan florins (VNF) and are "
         "medians unless we say otherwise.")

    H("3", "The size of the workforce")
    P.append(booktabs(
        "Table 1: Workforce by occupation, 31 December 2025, with change since 2021 and share of women.",
        ["Occupation", "Number\n2025", "Change since\n2021", "Women"],
        [["Airline pilots: captains", "1,130", "+6%", "5%"],
         ["Airline pilots: first officers", "1,350", "+12%", "11%"],
         ["Cabin crew", "3,910", "+14%", "71%"],
         ["Air traffic controllers", "612", "+3%", "27%"],
         ["Licensed engineers, B1", "1,310", "+2%", "4%"],
         ["Licensed engineers, B2", "640", "\u22121%", "6%"],
         ["Aviation security officers", "2,750", "+18%", "46%"],
         ["Airport operations officers", "260", "+11%", "31%"],
         ["Flight dispatchers", "140", "+6%", "36%"],
         ["Ramp agents and baggage handlers", "3,240", "+21%", "12%"],
         ["Total", "15,342", "+13%", "35%"]],
        [150, 60, 70, 50], ["l", "r", "r", "r"],
        note="Sources: VCAA licence register; employer returns for unlicensed occupations."))
    para("Table 1 shows the nine occupations. The total of 15,342 is about a third of all air transport employment in Varnessa; "
         "the rest work in retail, catering, cleaning, cargo and head-office jobs, which we do not cover. Ground occupations grew "
         "fastest. Ramp and baggage staff rose by 21% and security officers by 18%, as airports added screening lanes to meet the "
         "Aviation Security (Screening Staff) Regulations 2021, which set a minimum number of officers per lane.", indent=False)
    para("Licensed engineers barely grew at all, and the number holding B2 (avionics) fell slightly. Both airlines told us that B2 "
         "vacancies take longer to fill than any other, which is consistent with the premium they pay for B2 over B1.")
    para("Women remain scarce on the flight deck and in the hangar. They make up 71% of cabin crew but only 5% of captains and 4% "
         "of B1 engineers, although 11% of first officers are women, which suggests that the flight deck will change slowly from "
         "the bottom up.")

    H("4", "Age and retirement")
    para("The median airline pilot is 41 years old. The age profile of captains matters most for the airlines: 24% of captains are "
         "55 or older, and since no one may fly in commercial air transport after their 65th birthday, about 270 captains will have "
         "to be replaced by 2035. At Aurelle Airways, whose seniority list gives command by seniority, that pace of retirements is "
         "what sets how fast first officers are promoted.", indent=False)
    para("Controllers are younger, with a median age of 39, partly because VANS recruited heavily between 2016 and 2019. VANS "
         "removed its upper age limit of 35 for trainees in 2023; in 2025, 14% of trainees starting at the College were over 35.")
    P.append(figure_ages())
    para("Engineers are the oldest group by far, with a median age of 47 (Figure 1). Because a licensed engineer takes four to "
         "five years to train, the retirements of the next decade are already hard to replace. Only 24 apprenticeship places were "
         "offered by Aurelle Engineering for 2026, and Lantern Air offers none.")

    H("5", "Pay by occupation and region")
    P.append(booktabs(
        "Table 2: Median annual pay (basic plus regular allowances) by occupation and region, 2025, VNF.",
        ["Occupation", "Capital\nDistrict", "Esterdale", "Southfold", "Highmoor", "Lantern\nIsles"],
        [["Captain", "171,600", "\u2014", "148,900", "\u2014", "158,300"],
         ["First officer", "86,900", "\u2014", "74,200", "\u2014", "80,100"],
         ["Cabin crew", "31,200", "\u2014", "27,400", "\u2014", "29,800"],
         ["Air traffic controller", "92,300", "88,700", "86,900", "95,800", "84,100"],
         ["Licensed engineer", "66,800", "61,200", "58,900", "\u2014", "57,300"],
         ["Security officer", "31,100", "26,700", "25,900", "25,100", "26,200"],
         ["Operations officer", "49,600", "44,100", "42,300", "40,800", "\u2014"],
         ["Flight dispatcher", "50,200", "\u2014", "\u2014", "\u2014", "\u2014"],
         ["Ramp / baggage", "29,400", "27,900", "26,800", "25,500", "27,100"]],
        [112, 54, 52, 52, 50, 50], ["l", "r", "r", "r", "r", "r"],
        note="\u2014 fewer than 10 responses, or no base in the region. Highmoor controllers are mostly at Brackmoor Centre."))
    para("Table 2 gives median pay by occupation and region.[^The Capital District medians include the Capital District allowance "
         "of 6% of basic pay that Aurelle Airways and Selden Airport Company pay to staff based at Port Selden.] For the same job, "
         "pay in the Capital District is between 12% and 17% higher than in the other regions. The gap is widest for security "
         "officers, where Port Selden's in-house screening staff are paid under a collective agreement with UATS while regional "
         "airports pay close to the statutory minimum.", indent=False)
    para("Air traffic control is the exception. VANS pays a single national scale, so regional differences in Table 2 come only "
         "from the mix of grades and from shift allowance; the Highmoor median is the highest because Brackmoor Centre has the most "
         "senior controllers. Lantern Isles medians are pulled up by the island allowance of VNF~4,100 a year that Aurelle and "
         "Lantern Air pay, but staff there told us that it does not cover the higher cost of living on the islands.")
    para("Within occupations the spread is wide. A first officer at Aurelle joins on a basic salary of VNF~62,400, while a "
         "Gannetair first officer's basic is VNF~58,900 but with sector pay on top; on a busy roster the two end up close.")

    H("6", "Training routes and debt")
    para("Of the 214 first officers in our survey who joined an airline between 2022 and 2025, 37% came through a cadet scheme, "
         "41% trained modular at their own expense and 22% paid for an integrated course. The list price of integrated training at "
         "Esterdale Flight Academy is VNF~96,000; modular training costs between VNF~64,000 and VNF~72,000 over two to three years.", indent=False)
    para("Of those who paid for their own training, 58% used an Aviation Training Loan. Average total training debt among "
         "self-funders was VNF~71,300, well above the loan limit, which was VNF~45,000 until September 2025 and is now VNF~60,000. "
         "The difference was made up by family and private loans, often at interest rates far above the loan's 2.9%. Cadets are "
         "not free of debt either.[^We count the Aurelle cadet repayment of VNF 49,250, deducted from salary at VNF 821 a month for 60 "
         "months, as training debt.]")
    para("Controllers are the clear contrast: VANS pays trainees a salary from their first day at the College and charges nothing "
         "for training, so no controller in our survey reported any training debt. Dispatchers and engineers sit in between. The "
         "Flight Dispatcher Licence course costs about VNF~9,400 and the engineering Diploma VNF~18,600 a year, both eligible for "
         "the loan.")

    H("7", "Conclusions")
    para("Three findings stand out. First, the shortage that matters most over the next decade is of licensed engineers, not "
         "pilots: nearly a third are 55 or older, and the apprenticeship pipeline is a fraction of what replacement needs. Second, "
         "regional pay gaps are large for ground occupations and make it hard for regional airports to keep trained security and "
         "operations staff. Third, self-funded pilots start their careers with debts that the Aviation Training Loan, even at its "
         "new limit, covers only in part.", indent=False)
    para("We suggest that the Ministry fund at least 60 engineering apprenticeships a year across the two airlines and the "
         "regional airports, and extend the Regional Wings Bursary of VNF~8,000, now open only to residents of Highmoor and the "
         "Lantern Isles, to Southfold.")

    P.append(Box(10, lambda c, y: None))
    P.append(heading_box("", "References", 12, 10))
    refs = ["Marrow, I. (2023). Shift work and retention among airport security staff. Journal of Varnessan Transport Studies 11(2), 44--61.",
            "Ministry of Transport and Infrastructure (2024). Air Connectivity Strategy 2030. Port Selden.",
            "Varnessa Civil Aviation Authority (2025). Licensing Statistics 2024. Port Selden: VCAA.",
            "Thorsby, A. (2022). Paying to fly: pilot training finance in three small states. ITS Working Paper 2022/07, University of Esterdale."]
    for r in refs:
        P.extend(para_boxes(r, indent=False, size=9, lead=11))
        P.append(Box(3, lambda c, y: None))


# ---------------------------------------------------------------- pagination
THANKS = ["\u2217 Institute of Transport Studies, University of Esterdale. a.thorsby@its.esterdale.ac.vn",
          "\u2020 We thank the three unions and the employers who distributed the survey."]
NL = 9.6  # footnote leading


def footnote_lines(n):
    return break_lines(parse(FOOTNOTES[n], "Serif", 8.0), TW - 10)


def notes_height(notes, first_page):
    k = sum(len(footnote_lines(n)) for n in notes) + (len(THANKS) if first_page else 0)
    return 0.0 if k == 0 else 16 + k * NL


def draw_footnotes(c, notes, first_page):
    nh = notes_height(notes, first_page)
    if not nh:
        return
    yr = BOTTOM + nh - 6
    c.setLineWidth(0.4)
    c.line(LM, yr, LM + 0.4 * TW, yr)
    y = yr - 11
    if first_page:
        for tl in THANKS:
            c.setFont("Serif", 7.6)
            c.drawString(LM + 10, y, lig(tl))
            y -= NL
    for n in notes:
        for k, (ws, last, avail) in enumerate(footnote_lines(n)):
            if k == 0:
                c.setFont("Serif", 5.6)
                c.drawRightString(LM + 8, y + 3, str(n))
            sp = pdfmetrics.stringWidth(" ", "Serif", 8.0)
            nat = sum(w.width() for w in ws)
            gap = sp if last or len(ws) < 2 else (TW - 10 - nat) / (len(ws) - 1)
            x = LM + 10
            placed = []
            for w in ws:
                placed.append((x, w))
                x += w.width() + gap
            draw_words(c, y, placed)
            y -= NL


def paginate():
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle("Who flies, who fixes, who controls: a workforce profile of Varnessan air transport, 2025")
    c.setAuthor("Annika Thorsby and Pell Raddon")
    c.setSubject("ITS Working Paper 2026/03")
    c.setKeywords("aviation workforce, pilots, air traffic control, aircraft engineers, pay, Varnessa")
    c.setCreator("LaTeX with hyperref")
    c._doc.info.producer = "pdfTeX-1.40.26"

    state = {"page": 1, "notes": [], "y": TOP, "floats": []}

    def finish_page():
        n = state["page"]
        draw_footnotes(c, state["notes"], n == 1)
        if n == 1:
            c.setFont("Serif", 10)
            c.drawCentredString(PW / 2, 112, "1")
        elif n % 2 == 0:
            c.setFont("Serif", 10); c.drawString(LM, PH - 82, str(n))
            c.setFont("SerifI", 8.6); c.drawString(LM + 26, PH - 82, RUNHEAD_EVEN)
        else:
            c.setFont("SerifI", 8.6); c.drawRightString(LM + TW - 26, PH - 82, RUNHEAD_ODD)
            c.setFont("Serif", 10); c.drawRightString(LM + TW, PH - 82, str(n))
        c.showPage()
        state["page"] += 1
        state["notes"] = []
        state["y"] = TOP
        while state["floats"]:
            f = state["floats"].pop(0)
            f.draw(c, state["y"])
            state["y"] -= f.height + 14

    boxes = list(P)
    i = 0
    while i < len(boxes):
        b = boxes[i]
        first = state["page"] == 1
        at_top = state["y"] == TOP
        before = 0.0 if at_top else b.space_before
        if b.is_float:
            if state["y"] - b.height - 4 < BOTTOM + notes_height(state["notes"], first):
                state["floats"].append(b)
            else:
                b.draw(c, state["y"] - 2)
                state["y"] -= b.height + 14
            i += 1
            continue
        need = b.height + before
        if b.keep_with_next:
            j = i + 1
            while j < len(boxes) and boxes[j].is_float:
                j += 1
            if j < len(boxes):
                need += boxes[j].height
        new_notes = state["notes"] + [n for n in b.notes if n not in state["notes"]]
        if state["y"] - need + b.height < BOTTOM + notes_height(new_notes, first) + LEAD * 0.3:
            finish_page()
            continue
        state["y"] -= before
        b.draw(c, state["y"])
        state["y"] -= b.height
        state["notes"] = new_notes
        i += 1
    finish_page()
    c.save()


if __name__ == "__main__":
    build_story()
    paginate()
    print("wrote", OUT, "footnotes:", len(FOOTNOTES))
