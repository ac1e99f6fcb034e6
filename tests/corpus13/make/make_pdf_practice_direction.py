"""Writes docs/PD-2026-04_Rights_of_audience_pupils_trainees_CLEs.pdf and its src/ markdown.

The PDF imitates a court practice direction typeset with line numbering: A4, Times-style serif
(Liberation Serif, embedded), numbered paragraphs with hanging numbers and lettered sub-paragraphs,
a running header with the document reference and "Page N of M" under a rule, a footer line, and
LINE NUMBERS IN THE LEFT MARGIN counting the text lines of each page (restarting on every page, as
Word's "restart each page" line numbering does; footnotes and header/footer are not numbered).
Footnote markers are superscript digits set with a text rise; footnotes sit at the foot of the
page that cites them, under a short rule.

Run with a venv that has reportlab:  python make_pdf_practice_direction.py
"""
import re
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
NAME = "PD-2026-04_Rights_of_audience_pupils_trainees_CLEs.pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Serif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FD + "LiberationSerif-Italic.ttf"))

REF = "PD 2026/04"
HEADER = "PRACTICE DIRECTION PD 2026/04 — RIGHTS OF AUDIENCE: PUPILS, TRAINEES AND LEGAL EXECUTIVES"
FOOTER = "Issued by the Chief District Judge on 9 March 2026 · In force 1 April 2026"

TITLE = [
    ("DISTRICT COURTS OF HALVENNA", 11),
    ("PRACTICE DIRECTION PD 2026/04", 14),
    ("RIGHTS OF AUDIENCE OF PUPIL BARRISTERS, TRAINEE SOLICITORS", 11),
    ("AND CHARTERED LEGAL EXECUTIVES", 11),
]
TITLE_META = "Issued: 9 March 2026     In force: 1 April 2026     Replaces: PD 2019/07"

# ("h", text) | ("p", number, text) | ("s", letter, text) | ("end", text)
BODY = [
    ("h", "A. SCOPE AND COMMENCEMENT"),
    ("p", "1.", "This Practice Direction is made by the Chief District Judge under section 41 of the Courts Act 2014{fn1} and applies to every hearing in the District Courts and in the Family Proceedings Court."),
    ("p", "2.", "It comes into force on 1 April 2026 and replaces Practice Direction PD 2019/07, which is revoked. Hearings listed before 1 April 2026 may continue to be conducted under PD 2019/07 until 30 June 2026."),
    ("p", "3.", "In this Practice Direction:"),
    ("s", "(a)", "\u201cpupil\u201d means a person registered with the Bar Council of Halvenna as undertaking pupillage, and \u201cfirst six\u201d and \u201csecond six\u201d mean the non-practising and the practising periods of pupillage;"),
    ("s", "(b)", "\u201ctrainee\u201d means a person employed as a trainee solicitor, or gaining qualifying work experience, under the supervision of a solicitor;"),
    ("s", "(c)", "\u201clegal executive advocate\u201d means a chartered legal executive who holds a current HILEx Advocacy Certificate in civil, criminal or family proceedings; and"),
    ("s", "(d)", "\u201ccourt associate\u201d and \u201clegal adviser\u201d have the meanings given in the HCTS Staff Handbook."),
    ("h", "B. PUPIL BARRISTERS"),
    ("p", "4.", "A pupil in the first six has no right of audience. A first-six pupil may sit in court with their pupil supervisor, take a note and, with the leave of the court, read a document aloud, but may not address the court on any application."),
    ("p", "5.", "A pupil in the second six has a right of audience in the following hearings:"),
    ("s", "(a)", "bail applications, first appearances and mentions in criminal proceedings;"),
    ("s", "(b)", "pleas, sentences and trials of offences triable only summarily for which the maximum penalty does not exceed six months\u2019 imprisonment;"),
    ("s", "(c)", "small claims with a value of up to HVM 10,000; and"),
    ("s", "(d)", "interim applications and fast-track hearings with a value of up to HVM 25,000, whether heard in public or in chambers."),
    ("p", "6.", "A second-six pupil must carry the Pupil Identity Card issued by the Bar Council{fn2} and show it to the court associate before the hearing begins."),
    ("p", "7.", "A second-six pupil who appears for a legally aided client is paid by the Halvenna Legal Aid Agency at the rate for a junior advocate. The fee is paid to the pupil and not to the pupil supervisor.{fn3}"),
    ("h", "C. TRAINEE SOLICITORS"),
    ("p", "8.", "A trainee who has completed at least 12 months of qualifying work experience may appear in chambers (that is, in private) in civil proceedings:"),
    ("s", "(a)", "on interim applications with a value of up to HVM 25,000;"),
    ("s", "(b)", "at case management conferences in any track; and"),
    ("s", "(c)", "on applications to set aside a default judgment, where both parties consent to the application being dealt with by a trainee."),
    ("p", "9.", "A trainee may not appear in open court, save that a trainee of any length of experience may apply for an adjournment in a criminal case if a solicitor from the same firm is present in the court building."),
    ("p", "10.", "A trainee must produce to the court associate a letter of authority signed by a solicitor of the trainee\u2019s firm who has at least three years\u2019 post-qualification experience. The letter must state the trainee\u2019s name, the number of months of qualifying work experience completed and the hearings the solicitor authorises the trainee to attend."),
    ("p", "11.", "Time spent preparing for and attending hearings counts as qualifying work experience. The court does not confirm or record it for the Law Society of Halvenna."),
    ("h", "D. CHARTERED LEGAL EXECUTIVES"),
    ("p", "12.", "A legal executive advocate has the same rights of audience in the District Courts as a solicitor, in the field of proceedings covered by their Advocacy Certificate."),
    ("p", "13.", "A chartered legal executive who does not hold an Advocacy Certificate may appear only in chambers hearings of the kinds listed in paragraph 8."),
    ("p", "14.", "To obtain an Advocacy Certificate a chartered legal executive must complete at least 30 hours of approved advocacy training, pass the HILEx advocacy assessment (pass mark 60%) and provide evidence of having observed at least 10 hearings in the relevant field.{fn4}"),
    ("h", "E. DUTIES OF COURT ASSOCIATES AND LEGAL ADVISERS"),
    ("p", "15.", "Before each list begins, the court associate must ask every advocate who is not a solicitor or a barrister in independent practice to complete Form DC-17 (Advocate\u2019s Attendance Slip), giving their name, status, the name of their supervisor and the hearings they will attend."),
    ("p", "16.", "The court associate must check the Pupil Identity Card or the letter of authority against Form DC-17, and refer any doubt to the legal adviser before the case is called."),
    ("p", "17.", "The legal adviser must record in the court register that the advocate is a pupil, a trainee or a legal executive advocate. The register entry is the only record the court keeps; HCTS retains registers for six years."),
    ("p", "18.", "If the court considers that an advocate does not have a right of audience, it must adjourn the matter to the next available list rather than proceed with the party unrepresented, unless the party asks to proceed in person."),
    ("h", "F. DRESS AND CONDUCT"),
    ("p", "19.", "Robes are not worn in the District Courts. Advocates of every status wear business dress."),
    ("p", "20.", "Pupils, trainees and legal executive advocates owe the same duties to the court as other advocates. A judge who is concerned about the conduct of a pupil or trainee should raise it with the supervisor within 7 days, and may also refer the matter to the Bar Council or the Law Society."),
    ("h", "G. MONITORING"),
    ("p", "21.", "HCTS will publish, by 31 July each year, the number of hearings in which pupils, trainees and legal executive advocates appeared in the preceding year.{fn5} The first report under this Practice Direction will cover the year ending 31 March 2027."),
    ("end", "Judge Aurelio Brandt"),
    ("end", "Chief District Judge"),
    ("end", "9 March 2026"),
]

FOOTNOTES = {
    1: "Courts Act 2014, s. 41(2): the Chief District Judge may give directions as to the practice and procedure of the District Courts with the agreement of the Minister of Justice.",
    2: "Bar Council of Halvenna, Pupillage Handbook 2025, para. 4.12. The card shows the pupil\u2019s registration number and the date on which the second six begins.",
    3: "Criminal Legal Aid (Remuneration) Regulations 2022, Sch. 2. For 2026\u201327 the fee for a bail application is HVM 96 and for a sentencing hearing after a guilty plea HVM 142.",
    4: "HILEx Advocacy Rules 2021, r. 6. At the end of 2025, 118 chartered legal executives held Advocacy Certificates, 71 of them in civil proceedings.",
    5: "In the year to 31 March 2025 pupils appeared in 6,920 hearings, trainees in 5,180 and legal executive advocates in 2,210 (14,310 in all). Source: HCTS Management Information, May 2025.",
}

W, H = A4
LEFT = 32 * mm
RIGHT = W - 24 * mm
TOP = H - 30 * mm
BOTTOM = 24 * mm
LINENO_X = 20 * mm
FS, LEAD = 11.5, 17.0
FN_FS, FN_LEAD = 8.5, 10.5
SUP_FS = 7.0


def tokens(text):
    """Split into (word, sup) pairs; sup is a footnote number string or ''."""
    out = []
    for word in text.split(" "):
        m = re.match(r"^(.*?)\{fn(\d+)\}(.*)$", word)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
        else:
            out.append((word, "", ""))
    return out


def tok_width(tok, font):
    w, s, after = tok
    return (pdfmetrics.stringWidth(w, font, FS) + (pdfmetrics.stringWidth(s, font, SUP_FS) if s else 0)
            + pdfmetrics.stringWidth(after, font, FS))


def wrap(text, width, font="Serif"):
    lines, cur, cur_w = [], [], 0.0
    space = pdfmetrics.stringWidth(" ", font, FS)
    for tok in tokens(text):
        tw = tok_width(tok, font)
        if cur and cur_w + space + tw > width:
            lines.append(cur)
            cur, cur_w = [tok], tw
        else:
            cur_w += (space if cur else 0) + tw
            cur.append(tok)
    if cur:
        lines.append(cur)
    return lines


def layout():
    """Body -> list of line records: dict(x, label, toks, font, fns, gap_before, align)."""
    recs = []
    for item in BODY:
        if item[0] == "h":
            recs.append(dict(x=LEFT, label=None, toks=tokens(item[1]), font="Serif-Bold", fns=[], gap=LEAD * 0.6, align="left"))
        elif item[0] in ("p", "s"):
            _, label, text = item
            lx = LEFT if item[0] == "p" else LEFT + 12 * mm
            tx = LEFT + 12 * mm if item[0] == "p" else LEFT + 22 * mm
            for i, toks in enumerate(wrap(text, RIGHT - tx)):
                fns = [t[1] for t in toks if t[1]]
                recs.append(dict(x=tx, label=(label, lx) if i == 0 else None, toks=toks, font="Serif", fns=fns,
                                 gap=(LEAD * 0.35 if i == 0 else 0), align="left"))
        elif item[0] == "end":
            first = item[1].startswith("Judge")
            recs.append(dict(x=RIGHT, label=None, toks=tokens(item[1]), font="Serif-Italic", fns=[], gap=(LEAD if first else 0),
                             align="right", keep=(2 if first else 0)))
    return recs


def fn_lines(n):
    return wrap_fn(f"{n}", FOOTNOTES[n])


def wrap_fn(num, text):
    width = RIGHT - LEFT - 4 * mm
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, "Serif", FN_FS) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    return lines


def paginate(recs, first_top):
    pages, page, y_used, fns = [], [], 0.0, []
    top = first_top
    for idx, rec in enumerate(recs):
        need = rec["gap"] + LEAD
        if rec.get("keep"):  # keep the signature block together
            need += LEAD * rec["keep"]
        new_fns = [f for f in rec["fns"] if f not in fns]
        fn_h = sum(len(fn_lines(int(f))) * FN_LEAD + 3 for f in fns + new_fns) + (8 if (fns or new_fns) else 0)
        if y_used + need + fn_h > top - BOTTOM - 6 * mm and page:
            pages.append((page, fns, top))
            page, y_used, fns, top = [], 0.0, [], TOP
            rec = dict(rec, gap=0)
            need = LEAD + LEAD * rec.get("keep", 0)
        need -= LEAD * rec.get("keep", 0)
        page.append((rec, y_used + need))
        y_used += need
        fns += new_fns
    pages.append((page, fns, top))
    return pages


def draw_tokens(c, x, y, toks, font, align):
    space = pdfmetrics.stringWidth(" ", font, FS)
    total = sum(tok_width(t, font) for t in toks) + space * (len(toks) - 1)
    if align == "right":
        x = x - total
    t = c.beginText(x, y)
    t.setFont(font, FS)
    for i, (w, s, after) in enumerate(toks):
        t.textOut(w)
        if s:
            t.setFont(font, SUP_FS)
            t.setRise(4)
            t.textOut(s)
            t.setRise(0)
            t.setFont(font, FS)
        if after:
            t.textOut(after)
        if i < len(toks) - 1:
            t.textOut(" ")
    c.drawText(t)


def build():
    recs = layout()
    first_top = TOP - 48 * mm
    pages = paginate(recs, first_top)
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle("PD 2026/04 Rights of audience of pupil barristers, trainee solicitors and chartered legal executives")
    c.setAuthor("District Courts of Halvenna")
    c.setSubject("Practice Direction")
    c.setCreator("Microsoft® Word for Microsoft 365")
    c.setProducer("Microsoft® Word for Microsoft 365")
    total = len(pages)
    for pi, (lines, fns, top) in enumerate(pages, 1):
        # running header
        c.setFont("Serif", 8)
        c.setFillColor(HexColor("#333333"))
        c.drawString(LEFT, H - 16 * mm, HEADER)
        c.drawRightString(RIGHT, H - 16 * mm, f"Page {pi} of {total}")
        c.setLineWidth(0.5)
        c.line(LEFT, H - 17.5 * mm, RIGHT, H - 17.5 * mm)
        c.setFillColor(black)
        if pi == 1:
            y = TOP - 4 * mm
            for text, size in TITLE:
                c.setFont("Serif-Bold", size)
                c.drawCentredString((LEFT + RIGHT) / 2, y, text)
                y -= size + 7
            c.setFont("Serif-Italic", 10)
            c.drawCentredString((LEFT + RIGHT) / 2, y - 4, TITLE_META)
            c.line(LEFT + 30 * mm, y - 12, RIGHT - 30 * mm, y - 12)
        for n, (rec, yoff) in enumerate(lines, 1):
            y = top - yoff
            c.setFont("Serif", 8)
            c.setFillColor(HexColor("#777777"))
            c.drawRightString(LINENO_X, y, str(n))
            c.setFillColor(black)
            if rec["label"]:
                label, lx = rec["label"]
                c.setFont("Serif", FS)
                c.drawString(lx, y, label)
            draw_tokens(c, rec["x"], y, rec["toks"], rec["font"], rec["align"])
        if fns:
            blocks = [(f, fn_lines(int(f))) for f in fns]
            h = sum(len(b) * FN_LEAD + 3 for _, b in blocks)
            y = BOTTOM + 6 * mm + h
            c.setLineWidth(0.5)
            c.line(LEFT, y + 4, LEFT + 50 * mm, y + 4)
            y -= FN_LEAD - 2
            for f, blines in blocks:
                c.setFont("Serif", 6)
                c.drawString(LEFT, y + 3, f)
                c.setFont("Serif", FN_FS)
                for bl in blines:
                    c.drawString(LEFT + 4 * mm, y, bl)
                    y -= FN_LEAD
                y -= 3
        c.setFont("Serif-Italic", 8)
        c.setFillColor(HexColor("#333333"))
        c.drawCentredString(W / 2, 13 * mm, FOOTER)
        c.setFillColor(black)
        c.showPage()
    c.save()
    return total


def markdown(total):
    out = [f"<!-- Text of docs/{NAME} as a reader sees it. {total} pages. -->",
           f"<!-- Running header on every page: \"{HEADER}\" and \"Page N of {total}\". -->",
           f"<!-- Footer on every page: \"{FOOTER}\". -->",
           "<!-- Every text line of the body carries a line number (1, 2, 3 ...) in the left margin, restarting on each page; they are not part of the text. -->", "",
           f"# {TITLE[0][0]}", "", f"## {TITLE[1][0]}", "", f"**{TITLE[2][0]} {TITLE[3][0]}**", "", f"*{TITLE_META}*", ""]
    fn = lambda s: re.sub(r"\{fn(\d+)\}", r"[^\1]", s)
    for item in BODY:
        if item[0] == "h":
            out += [f"### {item[1]}", ""]
        elif item[0] == "p":
            out += [f"{item[1]} {fn(item[2])}", ""]
        elif item[0] == "s":
            out += [f"&emsp;&emsp;{item[1]} {fn(item[2])}", ""]
        elif item[0] == "end":
            out += [f"*{item[1]}*  "]
    out.append("")
    out += [f"[^{k}]: {v}" for k, v in FOOTNOTES.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    n = build()
    SRC.write_text(markdown(n), encoding="utf-8")
    print("wrote", OUT.name, n, "pages")
