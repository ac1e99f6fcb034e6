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


def encrypt_pdf(source: Path, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target
