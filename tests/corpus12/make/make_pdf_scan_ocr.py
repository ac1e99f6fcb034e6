"""Writes docs/Scan_2026-03-11_094512.pdf and its src/ markdown.

The PDF imitates a two-sided paper leaflet (a union's busy-season rights leaflet) put through an office
scanner and an OCR step, the way OCRmyPDF/Tesseract saves a "searchable PDF":
- each page is one greyscale JPEG image of the whole page (150 dpi, slightly rotated, speckled);
- over the image, every OCR'd word is placed as INVISIBLE text (text render mode 3) at the word's box,
  horizontally scaled (Tz) to the box width, one word at a time, with a space after each word except
  the last of a line (one text object per line);
- the OCR text is mostly right but has the usual errors: "l7" for "17", "T0IL" for "TOIL", "rnanager"
  for "manager", "l0" for "10"; a hyphen at a line end is kept as printed ("over-" / "time");
- the Info dictionary says what made it.

The page image is drawn with Pillow from the same text, so the image and the OCR layer agree apart from
the OCR errors listed in OCR_ERRORS.

Run with a venv that has reportlab and Pillow:  python make_pdf_scan_ocr.py
"""
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
NAME = "Scan_2026-03-11_094512.pdf"
OUT = ROOT / "docs" / NAME
SRC = ROOT / "src" / (NAME + ".md")

DPI = 150
PW, PH = int(8.27 * DPI), int(11.69 * DPI)   # A4 at 150 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
LD = "/usr/share/fonts/truetype/liberation/"
F = {
    "band": ImageFont.truetype(LD + "LiberationSans-Bold.ttf", 26),
    "title": ImageFont.truetype(LD + "LiberationSans-Bold.ttf", 58),
    "sub": ImageFont.truetype(LD + "LiberationSans-Italic.ttf", 25),
    "h": ImageFont.truetype(LD + "LiberationSans-Bold.ttf", 34),
    "body": ImageFont.truetype(FD + "DejaVuSerif.ttf", 22),
    "box": ImageFont.truetype(LD + "LiberationSans-Regular.ttf", 22),
    "boxh": ImageFont.truetype(LD + "LiberationSans-Bold.ttf", 24),
    "small": ImageFont.truetype(LD + "LiberationSans-Regular.ttf", 17),
}

# Words the OCR engine got wrong: printed form -> OCR form (applied once each, in order).
OCR_ERRORS = [("17", "l7"), ("TOIL", "T0IL"), ("manager", "rnanager"), ("10", "l0")]

# The leaflet. (kind, text). Kinds: band, title, sub, h, p, bullet, box_h, box, small, gap
SIDE1 = [
    ("band", "UFCS · Union of Financial and Clerical Staff"),
    ("title", "Busy season?"),
    ("title", "Know your rights."),
    ("sub", "For trainees, apprentices and junior staff in audit, tax and accounts teams. 2026 edition."),
    ("gap", ""),
    ("h", "Your hours"),
    ("p", "The Working Time (Solvany) Regulations 2014 limit your working week to an average of 48 hours, measured over a reference period of 17 weeks. Busy season runs for about 17 weeks, so a run of 55-hour weeks from January to April can take you over the limit."),
    ("bullet", "Signing the opt-out is voluntary. It must be in writing, and you can cancel it by giving 7 days' notice (or up to 3 months if your opt-out says so)."),
    ("bullet", "You must have 11 hours' rest between working days, a 20-minute break if you work more than 6 hours, and 24 hours off each week (or 48 hours each fortnight)."),
    ("bullet", "Apprentices under 18 may not work more than 8 hours a day or 40 hours a week, and cannot opt out."),
    ("h", "Overtime and TOIL"),
    ("p", "Most firms do not pay overtime to trainees. Instead you get time off in lieu (TOIL) for extra hours, often hour for hour above 40 hours a week. Read your contract, and ask your manager in writing what happens to TOIL you cannot take before the deadline. Some firms pay it out in the summer; others let it lapse."),
    ("p", "Keep your own record of the hours you actually work, not just what goes on the timesheet. A notebook or a note on your phone is enough. If there is ever a dispute, your own record made at the time carries weight."),
    ("h", "If something goes wrong"),
    ("p", "Raise it with your manager first, in writing if you can. If that does not work, you can bring a formal grievance, and you have the right to be accompanied by a union rep at any grievance meeting. Claims to an employment tribunal must usually be made within three months, so do not wait until busy season is over."),
    ("box_h", "Did you know?"),
    ("box", "In the 2026 SIAF-UFCS pay survey, 1 in 5 qualified auditors (21%) reported a peak week of 55 hours or more. Only 42% of them were given TOIL or over-"),
    ("box", "time for all of those hours."),
]
SIDE2 = [
    ("band", "UFCS · Busy season? Know your rights."),
    ("h", "Study leave and exams"),
    ("p", "If you are on a SIAF training agreement, your employer must give you at least 10 days' paid study leave a year, on top of the exam days themselves. Study leave that is cancelled for client work should be rearranged, not lost. If you are getting less than the SIAF minimum, talk to your union rep or call us."),
    ("h", "Check your hourly pay"),
    ("p", "Unpaid extra hours lower your real hourly rate. From 1 April 2026 the National Pay Floor is SVM 12.10 an hour (SVM 8.90 for apprentices in their first year). A trainee on SVM 29,000 a year working 37.5 hours a week earns SVM 14.87 an hour. Working 50 hours a week with no overtime or TOIL, the same trainee earns SVM 11.15 an hour: below the Pay Floor. That is against the law, whatever your contract says."),
    ("h", "Join UFCS"),
    ("bullet", "Membership is SVM 11.50 a month, or SVM 3.00 a month for trainees and apprentices. Students join free."),
    ("bullet", "Helpline 0300 555 0142, Monday to Friday 08:00-20:00, and Saturdays 09:00-13:00 from January to April."),
    ("bullet", "Merrin branch meets on the first Tuesday of every month at 18:30, 8 Tanner's Yard. Ask for Dana Kettle, branch membership manager."),
    ("bullet", "Meet us at the Merrin Finance Careers Fair, stand D2, for a free pay check."),
    ("gap", ""),
    ("p", "Your rep's name and number:  ........................................................"),
    ("gap", ""),
    ("small", "Published by UFCS, 8 Tanner's Yard, Merrin MC3 5JP. January 2026. Ref UFCS/LF/26/03. Printed on recycled paper."),
]


def wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = " ".join(cur + [w])
        if draw.textlength(trial, font=font) <= width or not cur:
            cur.append(w)
        else:
            lines.append(cur)
            cur = [w]
    if cur:
        lines.append(cur)
    return lines


def render(side):
    """Draw one side; return the image and the word boxes [(line_words[(text, x0, x1)], baseline_y, size)]."""
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    L, R = 120, PW - 120
    y = 110
    lines_out = []
    in_box = False
    box_top = None

    def put_line(words, font, x, y, fill=20):
        out = []
        for w in words:
            d.text((x, y), w, font=font, fill=fill)
            wl = d.textlength(w, font=font)
            out.append((w, x, x + wl))
            x += wl + d.textlength(" ", font=font)
        asc = font.getmetrics()[0]
        lines_out.append((out, y + asc, font.size))

    for kind, text in side:
        if kind == "band":
            d.rectangle([0, 40, PW, 100], fill=60)
            put_line(text.split(), F["band"], L, 55, fill=245)
            y = 140
        elif kind == "title":
            put_line(text.split(), F["title"], L, y)
            y += 70
        elif kind == "sub":
            for ln in wrap(d, text, F["sub"], R - L):
                put_line(ln, F["sub"], L, y, fill=70)
                y += 34
        elif kind == "gap":
            y += 30
        elif kind == "h":
            y += 18
            put_line(text.split(), F["h"], L, y)
            d.line([L, y + 44, L + 140, y + 44], fill=40, width=4)
            y += 60
        elif kind in ("p", "bullet", "small"):
            font = F["small"] if kind == "small" else F["body"]
            indent = 36 if kind == "bullet" else 0
            if kind == "bullet":
                d.ellipse([L + 8, y + 9, L + 18, y + 19], fill=30)
            for ln in wrap(d, text, font, R - L - indent):
                put_line(ln, font, L + indent, y)
                y += int(font.size * 1.45)
            y += 12
        elif kind == "box_h":
            y += 16
            box_top = y
            in_box = True
            y += 22
            put_line(text.split(), F["boxh"], L + 30, y)
            y += 38
        elif kind == "box":
            # the box text is printed as set by the designer, including the hyphenated break
            lines = wrap(d, text, F["box"], R - L - 60)
            for ln in lines:
                put_line(ln, F["box"], L + 30, y)
                y += 32
    if in_box:
        d.rectangle([L, box_top, R, y + 18], outline=40, width=3)
    # scanner: rotate a little, speckle, soften
    img = img.rotate(-0.35, resample=Image.BICUBIC, fillcolor=236)
    rnd = random.Random(7)
    px = img.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(PW), rnd.randrange(PH)
        px[xx, yy] = rnd.choice([120, 160, 200])
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img, lines_out


def ocr_text(word, state):
    for i, (good, bad) in enumerate(OCR_ERRORS):
        if not state[i] and word.strip(".,;:()'") == good:
            state[i] = True
            return word.replace(good, bad)
    return word


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, pageCompression=1)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("ocrmypdf 16.0.4 / img2pdf 0.5.1")
    c.setProducer("pikepdf 8.15.1")
    scale = A4[0] / PW
    state = [False] * len(OCR_ERRORS)
    pages_text = []
    for side in (SIDE1, SIDE2):
        img, lines = render(side)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=68)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        page_lines = []
        for words, base, size in lines:
            ocr_words = [ocr_text(w, state) for w, _x0, _x1 in words]
            page_lines.append(" ".join(ocr_words))
            # one text object per line (as Tesseract's PDF renderer writes it), each word re-positioned
            # with its own Tm and horizontal scale
            fs = size * scale * 1.0
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("Helvetica", fs)
            for i, ((w, x0, x1), ow) in enumerate(zip(words, ocr_words)):
                text = ow + (" " if i < len(words) - 1 else "")
                natural = c.stringWidth(text, "Helvetica", fs)
                target = (x1 - x0) * scale + (c.stringWidth(" ", "Helvetica", fs) if text.endswith(" ") else 0)
                t.setHorizScale(100.0 * target / natural if natural else 100)
                t.setTextOrigin(x0 * scale, A4[1] - base * scale)
                t.textOut(text)
            c.drawText(t)
        pages_text.append(page_lines)
        c.showPage()
    c.save()
    SRC.write_text(markdown(), encoding="utf-8")
    print("wrote", OUT, "and", SRC, "OCR errors applied:", state)


def markdown():
    md = [f"<!-- Text of docs/{NAME}: a scanned two-sided leaflet (page 1 = front, page 2 = back) with an OCR text layer. "
          "The printed text is given here as a person reads it. The OCR layer differs in four places: "
          "\"17 weeks\" is OCR'd as \"l7 weeks\", the first \"TOIL\" (heading \"Overtime and TOIL\") as \"T0IL\", "
          "\"manager\" (\"ask your manager\", page 1) as \"rnanager\", and \"10 days'\" as \"l0 days'\". The box on page 1 breaks \"over-/time\" across lines. "
          "Each page starts with a dark band holding the union's name. -->", ""]
    for n, side in enumerate((SIDE1, SIDE2), 1):
        md.append(f"<!-- page {n} -->")
        md.append("")
        box = []
        titles = [t for k, t in side if k == "title"]
        prev = None
        for kind, text in side:
            if prev == "bullet" and kind != "bullet":
                md.append("")
            prev = kind
            if kind == "title":
                if text == titles[0]:
                    md += [f"# {' '.join(titles)}", ""]
            elif kind == "band":
                md += [f"**{text}**", ""]
            elif kind == "sub":
                md += [f"*{text}*", ""]
            elif kind == "h":
                md += [f"## {text}", ""]
            elif kind == "p":
                md += [text, ""]
            elif kind == "bullet":
                md += [f"- {text}"]
            elif kind == "small":
                md += ["", f"<small>{text}</small>", ""]
            elif kind == "box_h":
                box.append(f"> **{text}**")
            elif kind == "box":
                box.append(text)
            elif kind == "gap":
                md.append("")
        if box:
            joined = " ".join(box[1:]).replace("over- time", "overtime")
            md += ["", box[0], ">", f"> {joined}", ""]
    return "\n".join(md).replace("\n\n\n", "\n\n")


if __name__ == "__main__":
    main()
