"""Real documents in every format, written by the tests themselves (fpdf2, python-docx, pypdf)."""

from __future__ import annotations

import io
from pathlib import Path

MARKDOWN = """---
title: "Platform Engineer: Career Guide"
tags: [careers]
---
Platform Engineer
=================

Platform engineers build the [internal tools](https://example.com/tools) that other engineers
use every day. See ![a diagram of the platform](img/platform.png) and <span class="x">this
note</span>.

## Skills

Platform engineers need these skills:

- Kubernetes and **Terraform**
  - Helm charts for packaging
- Go or Python

Compensation
------------

| Level | Salary |
|-------|--------|
| Junior | $95,000 |
| Senior | $150,000 |

```bash
kubectl get pods --all-namespaces
```

### Escaped \\[brackets\\] stay
"""

HTML = """<!doctype html>
<html><head><title>Site Reliability Engineer: Role Profile | CareerPaths</title>
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}</script>
<style>body { font-family: sans-serif; }</style></head>
<body>
<header><a href="/">CareerPaths</a> <a href="/login">Sign in</a></header>
<nav><ul><li><a href="/data">Data Engineer</a></li><li><a href="/sre">Site Reliability Engineer</a></li></ul></nav>
<main>
<article>
<h1>Site Reliability Engineer</h1>
<p>Site reliability engineers keep production systems <a href="/uptime">available and fast</a>.
They write code to automate operations.</p>
<h2>Daily work</h2>
<ul><li>Responding to incidents<ul><li>Writing postmortems</li></ul></li><li><p>Capacity planning</p></li></ul>
<h2>Pay</h2>
<table><tr><th>Level</th><th>Salary</th></tr><tr><td>Senior</td><td>$170,000</td></tr></table>
<pre>slo = 99.9</pre>
<form><input name="q"><button>Search</button></form>
</article>
<aside>Related: Data Engineer</aside>
</main>
<footer>Copyright 2024 CareerPaths. All rights reserved.</footer>
<script>gtag('config', 'UA-1');</script>
</body></html>
"""


# a page built of <div>s, as many sites publish them: no <main>, <nav> or <footer>
DIV_PAGE = """<!DOCTYPE html><html><head><title>Data Engineer | Acme Careers</title>
<script>window.dataLayer = [];</script></head><body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience.</p>
<a href="/privacy">Learn more</a></div>
<div class="site-header"><a href="/" class="logo">Acme</a>
<ul class="nav-list"><li><a href="/jobs">Jobs</a></li><li><a href="/teams">Teams</a></li>
<li><a href="/life">Life at Acme</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/jobs">Jobs</a> &gt; Data Engineer</div>
<div class="container"><div class="job-content">
<h1>Data Engineer</h1>
<p>Data engineers at Acme build the pipelines that move data from our products into the
<a href="/warehouse">warehouse</a>.</p>
<h2>What you will do</h2>
<ul><li>Design batch and streaming pipelines in Python and SQL.</li>
<li>Own data quality checks and alerting.</li></ul>
<h2>Pay</h2><p>The base salary for this role is $130,000 to $160,000 per year.</p>
</div>
<div class="sidebar"><h3>Similar jobs</h3><ul><li><a href="/jobs/1">Analytics Engineer</a></li>
<li><a href="/jobs/2">Machine Learning Engineer</a></li></ul></div>
<div class="share-links"><a href="#">Twitter</a> <a href="#">LinkedIn</a></div></div>
<div class="col-links"><ul><li><a href="/about">About us</a></li><li><a href="/press">Press</a></li>
</ul></div>
<div id="page-footer"><p>&copy; 2026 Acme Analytics Inc. All rights reserved.</p></div>
</body></html>
"""


def make_pdf(path: Path, title: str | None = "Quant Analyst: Career Guide", image_only=False) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    if image_only:
        from PIL import Image

        pdf.image(Image.new("RGB", (200, 100), "gray"), x=20, y=20, w=100)
        pdf.output(str(path))
        return path

    def write(text, style="", size=10.5, indent=0.0):
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")

    write("Quant Analyst", "B", 18)
    pdf.ln(2)
    write("Overview", "B", 14)
    write("Quant analysts build pricing models for trading desks. " * 3)
    pdf.ln(3)
    write("Most hold a degree in mathematics or physics.")
    pdf.ln(3)
    write("- Python and C++ for modelling", indent=4)
    write("- Stochastic calculus", indent=4)
    pdf.add_page()
    write("Compensation", "B", 14)
    write("Senior quant analysts earn $210,000 in base salary.")
    pdf.output(str(path))
    return path


def make_printed_pdf(path: Path, site: bool = False,
                     addressed: bool = True) -> tuple[Path, list[str]]:
    """A web page as a browser prints it: the date and page title at the top of every page, the
    address and "n/N" at the bottom (or, not `addressed`, the browser named as the creator
    only), and paragraphs that run over page breaks. With `site`, the whole page is printed:
    the site's name, tagline, menu and breadcrumb above the page's title, and its copyright
    line after the text. Returns the path and the body's sentences."""
    from fpdf import FPDF

    class Printed(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "12/6/26, 9:14 AM    Data Engineer - Careers at Acme Analytics")
            self.ln(9)

        def footer(self):
            if addressed:
                self.set_y(-12)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, f"https://acme.example/careers/data-engineer    "
                                f"{self.page_no()}/{{nb}}")

    pdf = Printed(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    if site:
        pdf.set_title("Data Engineer | Careers at Acme Analytics")
    if not addressed:
        pdf.set_creator("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "HeadlessChrome/131.0.0.0 Safari/537.36")
    pdf.add_page()
    banner = [(14, "B", "Careers at Acme Analytics"), (8, "", "Jobs and stories from Acme"),
              (9.5, "", "Home      Teams      Benefits      Open roles (42)"),
              (8.5, "", "Home  >  Engineering  >  Data Engineer")]
    for size, style, text in banner if site else []:
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, size * 0.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Data Engineer", new_x="LMARGIN", new_y="NEXT")
    sentences = []
    for section in ("What you will do", "What we look for", "How we hire"):
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, section, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for p in range(4):
            said = [f"In {section.lower()}, point {p}.{k} is that data engineers keep pipelines "
                    f"from product systems to the warehouse reliable and well documented."
                    for k in range(7)]
            sentences += said
            pdf.multi_cell(0, 5.5, " ".join(said), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    if site:
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(0, 4.5, "Copyright (c) 2026 Acme Analytics Ltd - 4 Quarry Lane, Leeds - "
                       "Privacy - Accessibility", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path, sentences


def make_handbook_pdf(path: Path) -> tuple[Path, list[str]]:
    """A handbook as a word processor exports it: a file name for its metadata title, a running
    header and footer holding " | ", a contents list with dot leaders, a paragraph that runs
    over a page break, a table drawn cell by cell and a "a | b" table that fills two pages, its
    bold header row repeated atop the second as Word does. Returns the path and the long
    paragraph's sentences."""
    from fpdf import FPDF

    class Handbook(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_xy(20, 10)
            self.cell(0, 5, "Acme Health | Staff Handbook for New Starters")
            self.set_y(25)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Version 3.2 | Review date: March 2026 | Page {self.page_no()}",
                      align="C")

    pdf = Handbook(format="A4")
    pdf.set_title("Microsoft Word - Staff_Handbook_v3_FINAL.docx")
    pdf.set_margins(20, 25, 20)
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()

    def write(text, style="", size=11.0, height=5.5):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    write("Staff Handbook", "B", 20, 10)
    write("Contents", "B", 14, 8)
    pdf.set_font("Helvetica", "", 11)
    for entry, page in (("Welcome", 1), ("Pay", 2), ("Leave", 3)):
        pdf.cell(150, 7, entry + " " + "." * (80 - len(entry)))
        pdf.cell(10, 7, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    write("Welcome", "B", 14, 8)
    sentences = [f"Point {k} of your first year is that a named mentor meets you every month "
                 f"and answers your questions about the ward and the team." for k in range(40)]
    write(" ".join(sentences))  # longer than a page: it runs over a page break
    pdf.ln(3)
    write("Pay", "B", 14, 8)
    write("Salaries by grade are shown below.")
    pdf.ln(2)
    widths = (60, 50, 50)
    rows = [("Grade", "Starting salary", "Top of band"), ("Band 5", "$28,407", "$34,581"),
            ("Band 6", "$35,392", "$42,618"), ("Band 7", "$43,742", "$50,056")]
    for r, row in enumerate(rows):  # cells with borders, no "|": as a word processor draws them
        pdf.set_font("Helvetica", "B" if r == 0 else "", 10)
        for width, cell in zip(widths, row):
            pdf.cell(width, 7, cell, border=1)
        pdf.ln(7)
    pdf.ln(4)
    write("Pay rises each April after the annual review.")
    pdf.add_page()

    def bar_row(text, bold=False):
        if pdf.will_page_break(6):
            pdf.add_page()
            bar_row("Years of service | Days of leave", True)
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    bar_row("Years of service | Days of leave", True)
    for years in range(1, 50):
        bar_row(f"{years} | {25 + years // 5} days")
    pdf.output(str(path))
    return path, sentences


def make_report_pdf(path: Path, push: float = 0.0) -> Path:
    """A report as Word exports it: a file name for its metadata title, the report's title as
    the running head of every page (printed large on the first), numbered sections, and a
    table drawn with cell borders whose header cells wrap onto two lines, set in the middle of
    their cells. `push` (mm of space before the table) makes it run over the page break, its
    header row repeated atop the next page."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.set_y(8)
            self.cell(0, 5, "Radiography Workforce Survey 2026", align="R")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_title("Microsoft Word - RAD_survey_FINAL_v2.docx")
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 11, "Radiography Workforce Survey 2026", new_x="LMARGIN", new_y="NEXT")
    for heading, text in [
            ("1. Overview", "There were 41,000 radiographers on the register in 2026. Most of "
                            "them work in hospital imaging departments."),
            ("2. Pay by region", "The table below gives the median day rate for locum "
                                 "radiographers and the median salary of employed ones.")]:
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(push)
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(60, 45, 45, 30), repeat_headings=1, line_height=9) as table:
        for cells in [("Region", "Locum day rate for one shift", "Employed salary before tax",
                       "Replies"),
                      ("North", "£310", "£38,200", "140"), ("Midlands", "£295", "£37,100", "96"),
                      ("South", "£330", "£39,900", "171"), ("Wales", "£285", "£36,400", "52")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "3. Outlook", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, "Vacancies are highest in Wales.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_paper_pdf(path: Path) -> Path:
    """A working paper as LaTeX sets it: a centred title block (title, authors, date), numbered
    sections, superscript footnote markers with their notes at the page foot in smaller type
    below a rule, running heads that change with the section ("2 ENTRY ROUTES ... 2"), and a
    sentence cut by a page break between a footnote and the next page's running head."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    left, width = 124.0, 347.0

    def text(x, y, s, size, style=""):
        pdf.set_font("Times", style, size)
        pdf.text(x, y, s)
        return x + pdf.get_string_width(s)

    def centred(y, s, size):
        pdf.set_font("Times", "", size)
        text(left + (width - pdf.get_string_width(s)) / 2, y, s, size)

    def line(y, words, marker=None, last=False):
        """Words placed one by one, justified unless the paragraph's last line; a superscript
        marker after words[marker]."""
        words = words.split()
        pdf.set_font("Times", "", 10)
        space = 2.5 if last else (width - sum(map(pdf.get_string_width, words))) / (len(words) - 1)
        x = left
        for i, word in enumerate(words):
            x = text(x, y, word, 10)
            if i == marker:
                text(x + 0.3, y - 3.5, "1", 7)
            x += space

    def page(head=None):
        pdf.add_page()
        if head:
            text(left, 78, head, 10, "I")
            text(left + width - 5, 78, str(pdf.page_no()), 10)

    def footnote(number, words):
        pdf.line(left, 708, left + 140, 708)
        text(left + 6, 715, str(number), 5.6)
        text(left + 10, 718, words, 8)

    page()
    centred(150, "Careers in Data Analysis", 17.28)
    centred(182, "Priya Natarajan and Tom Becker", 12)
    centred(196, "Centre for Labour Market Research", 10)
    centred(216, "March 2024", 12)
    text(left, 260, "1 Introduction", 14.4, "B")
    line(276, "Job advertisements for analysts rose by 64% between 2018 and 2023, while")
    line(288, "the number of graduates entering the role rose by only 21%.", last=True)
    text(left, 318, "2 Entry routes", 14.4, "B")
    line(334, "Apprentice pay varied widely: the median advertised salary was")
    line(346, "£21,500, well above the apprentice minimum wage in every region.", marker=0)
    line(358, "Graduate schemes accept applicants with at least thirty credits of")
    line(370, "statistics in their")
    footnote(1, "Apprenticeships advertised on the government service in 2023.")
    page("2 ENTRY ROUTES")
    line(110, "degree, and they start between £27,000 and £32,000 in London.", last=True)
    text(left, 140, "3 Skills and tools", 14.4, "B")
    line(156, "Employers ask for SQL in most advertisements for analysts and")
    line(168, "for Excel in more than half of them.", last=True)
    page("3 SKILLS AND TOOLS")
    line(110, "Communication skills were mentioned in almost every advertisement.", last=True)
    pdf.output(str(path))
    return path


def make_book_pdf(path: Path) -> Path:
    """A book as TeX sets it: a title page; a front page numbered in roman at its foot ("i");
    then chapters whose first page carries its number alone at the top, while the pages after
    it carry a running head with the number ("Chapter 1: Getting in   2"), the numbers counting
    from the first chapter, not from the title page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    left, right = 72.0, 523.0

    def text(x, y, s, size, style=""):
        pdf.set_font("Times", style, size)
        pdf.text(x, y, s)

    def numbered(y, number, head=""):
        if head:
            text(left, y, head, 10, "I")
        pdf.set_font("Times", "", 10)
        text(right - pdf.get_string_width(number), y, number, 10)

    pdf.add_page()
    text(left, 200, "Careers in Surveying", 24, "B")
    text(left, 240, "A field guide for school leavers", 14)
    pdf.add_page()
    text(left, 120, "This guide is for anyone thinking about a career in land surveying.", 11)
    numbered(790, "i")
    # (chapter, the page number printed on its first page, its name, a sentence a page)
    chapters = [(1, 1, "Getting in", ["Most surveyors start as trainees at 18 or 19.",
                                      "A trainee earns about £21,000 in the first year."]),
                (2, 3, "Pay", ["Chartered surveyors earn £48,000 on average.",
                               "Overtime is paid at time and a half on site."])]
    for chapter, first, name, sentences in chapters:
        pdf.add_page()
        numbered(60, str(first))
        text(left, 120, f"Chapter {chapter}: {name}", 18, "B")
        text(left, 160, sentences[0], 11)
        pdf.add_page()
        numbered(60, str(first + 1), f"Chapter {chapter}: {name}")
        text(left, 120, sentences[1], 11)
    pdf.output(str(path))
    return path


def make_drop_cap_pdf(path: Path) -> Path:
    """A book's chapter opening: its first letter set as a drop cap, four times the body's size,
    beside the paragraph's first three lines, which are indented to make room for it."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(420, 595))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.text(54, 80, "Crossing Over")
    pdf.set_font("Times", "B", 40)
    pdf.text(54, 150, "T")
    pdf.set_font("Times", "", 10)
    lines = [(84, 124, "he most common question at careers events is not which role"),
             (84, 137, "pays best. It is a quieter one: is it too late for me? The"),
             (84, 150, "answer, in Belmora in 2026, is almost always no. The route"),
             (54, 163, "across is different for engineers and for researchers.")]
    for x, y, text in lines:
        pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def make_centred_table_pdf(path: Path) -> Path:
    """A web page's table printed without borders (as LibreOffice or a browser prints one): the
    header's cells centred over their columns, one of them on two lines; a first column whose
    cells wrap onto two or three lines, and the row's other cells set once, in the middle of
    the row's height; each cell drawn on its own; more space between rows than between a
    cell's lines."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.text(58, 80, "Benefits differ by country, so we list each country separately.")
    cols = [58, 175, 268, 372]

    def cell(x, y, text, bold=False):
        pdf.set_font("Helvetica", "B" if bold else "", 11)
        pdf.text(x, y, text)

    cell(92, 130, "Benefit", True)
    cell(200, 123, "Canada", True)
    cell(194, 137, "(Toronto)", True)
    cell(290, 130, "Portugal", True)
    cell(385, 130, "Singapore", True)
    rows = [(["Paid holiday per year", "(excluding public", "holidays)"],
             ["22 days", "25 working days", "21 days"]),
            (["Annual wellness", "allowance"], ["CAD 900", "EUR 600", "SGD 950"]),
            (["Monthly internet", "allowance (hybrid and", "remote)"], ["CAD 65", "EUR 40", "SGD 70"])]
    y = 170
    for first, values in rows:
        for k, line in enumerate(first):
            cell(cols[0], y + 14 * k, line)
        middle = y + 14 * (len(first) - 1) / 2
        for x, value in zip(cols[1:], values):
            cell(x, middle, value)
        y += 14 * len(first) + 18
    pdf.set_font("Helvetica", "", 11)
    pdf.text(58, y + 20, "The learning budget resets on 1 January.")
    pdf.output(str(path))
    return path


def make_word_guide_pdf(path: Path) -> Path:
    """A guide as Word exports it: body in Times 11pt; section headings in small caps (Word
    draws them as capitals of two sizes, in the body's font, not bold); sub-headings in another
    font (Helvetica) at the body size, not bold; bullets drawn as filled circles (shapes, no
    glyph); a table drawn as cells whose notes wrap onto more lines and which runs over a page
    break, its header row repeated atop the second page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    left = 72.0
    y = 0.0

    def text(x, s, font="Times", size=11.0):
        pdf.set_font(font, "", size)
        pdf.text(x, y, s)
        return x + pdf.get_string_width(s)

    def small_caps(title):
        nonlocal y
        y += 12
        x = left
        for word in title.split():  # the capital full size, the rest as smaller capitals
            x = text(text(x, word[0]), word[1:].upper(), size=8.8) + 3
        y += 20

    def lines(rows, x=left, gap=8.0):
        nonlocal y
        for row in rows:
            text(x, row)
            y += 14.5
        y += gap

    def page():
        nonlocal y
        pdf.add_page()
        y = 80.0

    page()
    pdf.set_font("Times", "B", 22)
    pdf.text(left, y, "Qualifying as a Solicitor")
    y += 30
    small_caps("The Qualifying Examination")
    lines(["Since September 2021 new solicitors in England and Wales qualify through the",
           "Solicitors Qualifying Examination. It replaced the Legal Practice Course."])
    text(left, "What you need to qualify", "Helvetica")
    y += 17
    for item in (["a degree in any subject, or an equivalent qualification such as a",
                  "solicitor apprenticeship"], ["passes in both parts of the examination"],
                 ["two years of qualifying work experience"]):
        pdf.ellipse(left + 8, y - 5.5, 4, 4, style="F")
        lines(item, left + 22, 3)
    y += 6
    text(left, "Exam fees", "Helvetica")
    y += 17
    lines(["For exams sitting in 2024 the regulator charged £1,798 for the first part and",
           "£2,766 for the second. Preparation courses are extra."])
    small_caps("Trainee Salaries")
    lines(["The table below compares published trainee salaries for 2024."])
    widths = (110, 80, 215)

    def row(cells, bold=False):
        nonlocal y
        wrapped = [cell.split("\n") for cell in cells]
        height = 12 * max(map(len, wrapped)) + 8
        x = left
        for width, cell in zip(widths, wrapped):
            pdf.rect(x, y, width, height)
            for k, part in enumerate(cell):
                pdf.set_font("Times", "B" if bold else "", 10)
                pdf.text(x + 4, y + 13 + 12 * k, part)
            x += width
        y += height

    header = ("Firm type", "First year", "Notes")
    row(header, bold=True)
    row(("Magic circle", "£50,000", "Includes a £8,000 maintenance\ngrant paid before the contract\n"
                                    "starts"))
    row(("National firm", "£30,000", "Regional offices pay about\n40% less than London"))
    page()
    row(header, bold=True)
    row(("High street firm", "£22,794", "Many pay the recommended\nminimum outside London"))
    row(("Legal aid firm", "£21,000", "Some qualify for a training\ncontract grant"))
    y += 16
    lines(["Source: firms' graduate recruitment websites, January 2024."])
    pdf.output(str(path))
    return path


def make_docx(path: Path, title: str = "Data Steward Handbook") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Data Steward", 0)
    document.add_heading("Overview", 1)
    document.add_paragraph("Data stewards own the definitions and quality of business data. "
                           "They work with analysts and engineers.")
    document.add_heading("Skills", 2)
    document.add_paragraph("Data governance", style="List Bullet")
    document.add_paragraph("Metadata catalogs", style="List Bullet 2")
    document.add_paragraph("SQL", style="List Number")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Level", "Salary"), ("Junior", "$70,000"), ("Senior", "$120,000")]):
        table.rows[r].cells[0].text, table.rows[r].cells[1].text = a, b
    document.save(str(path))
    return path


def encrypt_pdf(source: Path, target: Path, user_password: str = "secret") -> Path:
    """A copy of `source` that asks for `user_password` to open ("": locked only against
    editing, by an owner password, as many published PDFs are)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def make_platypus_pdf(path: Path) -> Path:
    """A statistics report as reportlab's platypus typesets it, written operator by operator:
    each paragraph in its own `q ... cm ... Q`; a list's bullet is Helvetica's "•" shown alone
    in a text object of its own (pypdf reads it as U+007F), the item's text in the next one; a
    footnote mark is `<super>`: the same text object goes on in a smaller size with a text rise
    (`/F1 8 Tf 5 Ts (1) Tj`), as is a unit's power ("m²"); the notes are at the page foot in
    small type."""

    def paragraph(y, body):
        return f"q\n1 0 0 1 62.69 {y} cm\nq\n{body}\nQ\nQ\n"

    def item(y, text, mark=""):
        sup = f" /F1 8 Tf 5 Ts ({mark}) Tj" if mark else ""
        return paragraph(y, "BT 1 0 0 1 4 3.5 Tm /F1 10 Tf 12 TL 0 0 0 rg (\\177) Tj ET\n"
                            f"BT 1 0 0 1 14 3.5 Tm 13.5 TL /F1 10 Tf 0 0 0 rg ({text}) Tj{sup} T* ET")

    def note(y, text):
        return f"BT 1 0 0 1 56.69 {y} Tm /F1 8 Tf ({text}) Tj T* ET\n"

    content = (
        "1 0 0 1 0 0 cm  BT /F1 12 Tf 14.4 TL ET\n"
        + paragraph(757.2, "BT 1 0 0 1 0 2 Tm /F2 20 Tf 22 TL (Graduate Outcomes 2024) Tj T* ET")
        + paragraph(720.2, "BT 1 0 0 1 0 17 Tm /F1 10 Tf 13.5 TL (Official statistics on what "
                           "graduates of the class of 2023 were doing fifteen months after) Tj "
                           "T* (their degree, from the national outcomes survey.) Tj T* ET")
        + paragraph(692.2, "BT 1 0 0 1 0 4 Tm /F2 14 Tf 18 TL (1. Main findings) Tj T* ET")
        + item(672.7, "31,400 graduates answered the survey in 2024.", "1")
        + item(653.2, "82% were in work or further study fifteen months after graduating.")
        + item(633.7, "The median starting salary was 26,500 a year, 4% more than in 2023.", "2")
        + item(614.2, "Nurses and teachers were the most common first jobs.")
        + paragraph(586.7, "BT 1 0 0 1 0 4 Tm /F2 14 Tf 18 TL (2. Method) Tj T* ET")
        + paragraph(566.7, "BT 1 0 0 1 0 3.5 Tm /F1 10 Tf 13.5 TL (The survey was sent to every "
                           "graduate with a contact address on file.) Tj /F1 8 Tf 5 Ts (3) Tj "
                           "T* ET")
        + paragraph(547.2, "BT 1 0 0 1 0 3.5 Tm /F1 10 Tf 13.5 TL (Each careers centre has 140 m) "
                           "Tj /F1 8 Tf 5 Ts (2) Tj /F1 10 Tf 0 Ts ( of floor space.) Tj T* ET")
        + "q\n0 0 0 rg\n"
        + note(71.4, "1  Graduates who answered at least the questions on work and study.")
        + note(61.4, "2  Median of full-time salaries, before tax.")
        + note(51.4, "3  The response rate was 48%.")
        + "Q\n")
    return _raw_pdf(path, content, b"[0 0 595.28 841.89]", b"Graduate Outcomes 2024")


def make_slide_pdf(path: Path, points: list[str]) -> Path:
    """A slide as a presentation tool saves it: its title, and each bullet point's "•" drawn as
    a text object of its own (`(\\225) Tj T*`, WinAnsi's bullet), the point's text in the next
    one on the same baseline, further right."""
    content = "BT 1 0 0 1 48 462 Tm /F2 34 Tf (Who we are) Tj T* ET\n"
    for i, point in enumerate(points):
        y = 400 - 35 * i
        content += (f"BT 1 0 0 1 60 {y} Tm /F1 22 Tf 26 TL (\\225) Tj T* ET\n"
                    f"BT 1 0 0 1 82 {y} Tm /F1 22 Tf 26 TL ({point}) Tj T* ET\n")
    return _raw_pdf(path, content, b"[0 0 960 540]", b"Careers evening")


def make_numbered_lines_pdf(path: Path, paragraphs: list[list[str]]) -> Path:
    """A page as courts and drafters print one: every line numbered in the left margin, and each
    paragraph's number ("1.") set apart before its first line; all the numbers drawn first, in
    their own text objects, then the text (as layout programs draw them)."""
    margin, numbers, text, y, line = "", "", "", 720, 0
    for n, lines in enumerate(paragraphs, 1):
        numbers += f"BT 1 0 0 1 90 {y} Tm /F1 11 Tf ({n}.) Tj ET\n"
        for words in lines:
            line += 1
            margin += f"BT 1 0 0 1 50 {y} Tm /F1 8 Tf ({line}) Tj ET\n"
            text += f"BT 1 0 0 1 124 {y} Tm /F1 11 Tf ({words}) Tj ET\n"
            y -= 17
        y -= 6
    return _raw_pdf(path, margin + numbers + text, b"[0 0 595 842]", b"Practice direction")


def make_shaded_table_pdf(path: Path, rows: list[list[str]]) -> Path:
    """A paragraph, then a table printed on a shaded ground as a browser prints a web page's
    table: each cell's text drawn on its own, column by column (so no two cells of a row are
    drawn one after the other)."""
    content = ("BT 1 0 0 1 50 760 Tm /F1 9 Tf (Pay for trainees in both of our offices is set "
               "out below.) Tj ET\n")
    top = 730
    content += f"0.93 g 45 {top - 21 * len(rows) + 4} 500 {21 * len(rows) + 4} re f 0 g\n"
    for column, x in enumerate((60, 290, 420)):
        for r, row in enumerate(rows):
            content += f"BT 1 0 0 1 {x} {top - 21 * r} Tm /F1 9 Tf ({row[column]}) Tj ET\n"
    content += "BT 1 0 0 1 50 560 Tm /F1 9 Tf (We review pay every January.) Tj ET\n"
    return _raw_pdf(path, content, b"[0 0 595 842]", b"Training contracts")


def _raw_pdf(path: Path, content: str, media_box: bytes, title: bytes) -> Path:
    """A one-page PDF of `content` (operators; /F1 Helvetica, /F2 Helvetica-Bold)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>" % media_box,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content.encode("latin-1")),
        b"<< /Type /Font /Subtype /Type1 /Name /F1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /Name /F2 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) /Producer (ReportLab PDF Library) >>" % title,
    ]
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path
