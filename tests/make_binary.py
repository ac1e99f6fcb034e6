#!/usr/bin/env python3
"""Convert SRC/<name>.pdf.md -> OUT/<name>.pdf (fpdf2) and SRC/<name>.docx.md -> OUT/<name>.docx
(python-docx): the PDF and Word files of the team's test corpora, made from text the team wrote.

    python tests/make_binary.py tests/corpus2/src tests/corpus2/docs --author CareerPaths \
        --subject "Career guide"
    python tests/make_binary.py tests/corpus3/src tests/corpus3/docs \
        --author "Lumenfold Labs People Team" --subject "Lumenfold Labs careers"

Needs fpdf2 and python-docx (not project dependencies: the files are committed).

Supported Markdown subset: ATX headings (#..######), paragraphs, bullets ("- ",
nested by indentation), numbered items ("1. "), pipe tables, **bold**, *italic*,
`code` and [links](url) (rendered as their text).
"""
import argparse
import re
import sys
from pathlib import Path

from fpdf import FPDF
from docx import Document


HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BULLET_RE = re.compile(r"^(\s*)[-*+]\s+(.*)$")
NUMBER_RE = re.compile(r"^(\s*)(\d+)[.)]\s+(.*)$")
SEP_CELL_RE = re.compile(r"^:?-{3,}:?$")
LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def indent_level(indent: str) -> int:
    width = len(indent.expandtabs(4))
    return 0 if width < 2 else (1 if width < 5 else 2)


def parse(md: str):
    """Return a list of blocks: ('h', level, text) ('p', text)
    ('ul', depth, text) ('ol', depth, number, text) ('table', rows)."""
    blocks, para = [], []
    lines = md.splitlines()

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if not s:
            flush()
            i += 1
            continue
        m = HEADING_RE.match(s)
        if m and not line.startswith(" "):
            flush()
            blocks.append(("h", len(m.group(1)), m.group(2)))
            i += 1
            continue
        if s.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(SEP_CELL_RE.match(c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(("table", rows))
            continue
        m = BULLET_RE.match(line)
        if m:
            flush()
            blocks.append(("ul", indent_level(m.group(1)), m.group(2).strip()))
            i += 1
            continue
        m = NUMBER_RE.match(line)
        if m:
            flush()
            blocks.append(("ol", indent_level(m.group(1)), m.group(2), m.group(3).strip()))
            i += 1
            continue
        # continuation line of a list item
        if line[:1] in (" ", "\t") and blocks and blocks[-1][0] in ("ul", "ol") and not para:
            b = list(blocks[-1])
            b[-1] = b[-1] + " " + s
            blocks[-1] = tuple(b)
            i += 1
            continue
        para.append(s)
        i += 1
    flush()
    return blocks


def plain(text: str) -> str:
    """Strip inline Markdown markup."""
    text = LINK_RE.sub(r"\1", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return text


def first_heading(blocks, default):
    for b in blocks:
        if b[0] == "h" and b[1] == 1:
            return plain(b[2])
    return default


# ---------------------------------------------------------------- PDF
def build_pdf(src: Path, dst: Path, author: str, subject: str):
    md = src.read_text(encoding="utf-8")
    try:
        md.encode("latin-1")
    except UnicodeEncodeError as e:
        sys.exit(f"{src.name}: non latin-1 character at {e.start}: {md[e.start]!r}")
    blocks = parse(md)
    title = first_heading(blocks, dst.stem)

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_subject(subject)
    pdf.set_creator("make_binary.py (fpdf2)")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    sizes = {1: 18, 2: 14, 3: 12, 4: 11, 5: 11, 6: 11}
    body = 10.5
    lh = 5.5

    def write(text, indent=0.0, style="", size=body, line_h=lh):
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, line_h, text, new_x="LMARGIN", new_y="NEXT")

    for b in blocks:
        kind = b[0]
        if kind == "h":
            pdf.ln(4 if b[1] > 1 else 0)
            write(plain(b[2]), style="B", size=sizes[b[1]], line_h=sizes[b[1]] * 0.5)
            pdf.ln(2)
        elif kind == "p":
            write(plain(b[1]))
            pdf.ln(2.5)
        elif kind == "ul":
            write("- " + plain(b[2]), indent=4 + 6 * b[1])
            pdf.ln(0.8)
        elif kind == "ol":
            write(f"{b[2]}. " + plain(b[3]), indent=4 + 6 * b[1])
            pdf.ln(0.8)
        elif kind == "table":
            pdf.ln(1)
            for r, row in enumerate(b[1]):
                write(" | ".join(plain(c) for c in row), indent=2, style="B" if r == 0 else "")
                pdf.ln(0.8)
            pdf.ln(2)
    pdf.output(str(dst))


# ---------------------------------------------------------------- DOCX
INLINE_RE = re.compile(r"(\*\*.+?\*\*|(?<!\w)\*[^*]+?\*(?!\w)|`[^`]+`)")


def add_runs(par, text: str):
    text = LINK_RE.sub(r"\1", text)
    for part in INLINE_RE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("`") and part.endswith("`"):
            par.add_run(part[1:-1]).font.name = "Courier New"
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            par.add_run(part[1:-1]).italic = True
        else:
            par.add_run(part)


def build_docx(src: Path, dst: Path, author: str, subject: str):
    blocks = parse(src.read_text(encoding="utf-8"))
    doc = Document()
    doc.core_properties.title = first_heading(blocks, dst.stem)
    doc.core_properties.author = author
    doc.core_properties.subject = subject

    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(plain(b[2]), level=min(b[1], 9))
        elif kind == "p":
            add_runs(doc.add_paragraph(), b[1])
        elif kind == "ul":
            style = "List Bullet" if b[1] == 0 else f"List Bullet {b[1] + 1}"
            add_runs(doc.add_paragraph(style=style), b[2])
        elif kind == "ol":
            style = "List Number" if b[1] == 0 else f"List Number {b[1] + 1}"
            add_runs(doc.add_paragraph(style=style), b[3])
        elif kind == "table":
            rows = b[1]
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                cells = table.add_row().cells
                for c in range(ncols):
                    cells[c].text = ""
                    p = cells[c].paragraphs[0]
                    txt = row[c] if c < len(row) else ""
                    if r == 0:
                        p.add_run(plain(txt)).bold = True
                    else:
                        add_runs(p, txt)
            doc.add_paragraph()
    doc.save(str(dst))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", type=Path, help="folder of <name>.pdf.md and <name>.docx.md")
    ap.add_argument("out", type=Path, help="folder the .pdf and .docx files are written to")
    ap.add_argument("--author", default="", help="the files' author metadata")
    ap.add_argument("--subject", default="", help="the files' subject metadata")
    args = ap.parse_args()
    made = []
    for src in sorted(args.src.glob("*.pdf.md")):
        dst = args.out / src.name[: -len(".md")]
        build_pdf(src, dst, args.author, args.subject)
        made.append(dst)
    for src in sorted(args.src.glob("*.docx.md")):
        dst = args.out / src.name[: -len(".md")]
        build_docx(src, dst, args.author, args.subject)
        made.append(dst)
    for p in made:
        print(f"wrote {p.name} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
