"""Each reader on a real file: headings, lists, tables, links, titles, exact offsets."""

from __future__ import annotations

import re
import textwrap

import pytest

from formats import (DIV_PAGE, HTML, MARKDOWN, make_docx, make_handbook_pdf, make_paper_pdf,
                     make_pdf, make_platypus_pdf, make_printed_pdf, make_report_pdf,
                     make_book_pdf, make_centred_table_pdf, make_drop_cap_pdf, make_numbered_lines_pdf, make_shaded_table_pdf, make_slide_pdf,
                     make_word_guide_pdf)
from bot.ingest.documents import read_document
from bot.ingest.readers import file_title, tidy_title
from bot.ingest.structure import parse_document


def _units(path):
    doc = read_document(path.name, path, 10_000_000)
    parsed = parse_document(doc.source, doc.text, doc.title, doc.blocks)
    for unit in parsed.units:  # every quote is exactly the extracted text at its offsets
        assert doc.text[unit.start:unit.end] == unit.text
    return doc, parsed, {u.text: u for u in parsed.units}


def test_markdown_headings_lists_tables_links_and_front_matter_title(tmp_path):
    path = tmp_path / "platform.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Platform Engineer: Career Guide"  # front matter beats the heading
    first = parsed.units[0]
    assert first.text == ("Platform engineers build the internal tools that other engineers use "
                          "every day.")  # link text, not markup
    assert "See a diagram of the platform and this note." in units  # alt text; tag dropped
    assert units["Kubernetes and Terraform"].section == ("Skills",)  # ATX under Setext title
    assert units["Kubernetes and Terraform"].label == "Platform engineers need these skills"
    assert units["Helm charts for packaging"].label == "Kubernetes and Terraform"  # nested
    row = units["Level: Senior | Salary: $150,000"]  # a row quoted with its header
    assert row.kind == "item" and row.section == ("Compensation",)  # Setext h2
    assert "kubectl" in doc.text and not any("kubectl" in u for u in units)  # code: shown only
    assert any(u.section == ("Compensation", "Escaped [brackets] stay") for u in parsed.units) \
        or "Escaped [brackets] stay" in doc.text
    for text in units:
        assert not any(mark in text for mark in ("](", "**", "<span", "![", "| ---"))


def test_markdown_title_falls_back_to_first_heading_without_its_number(tmp_path):
    path = tmp_path / "1.2.3-startups-or-big-companies.md"
    path.write_text("### 1.2.3 Startups or big companies\n\nStartups pay in equity. Big "
                    "companies pay in cash.\n", encoding="utf-8")
    _, parsed, _ = _units(path)
    assert parsed.title == "Startups or big companies"


def test_markdown_footnote_markers_leave_the_quote_and_the_notes_are_read(tmp_path):
    path = tmp_path / "3.5-negotiating-offers.md"
    path.write_text("## 3.5 Negotiating offers\n\nThe offer is almost never withdrawn for asking "
                    "politely.[^withdrawn]\n\n- Federal analyst (EC-05)[^note]: CAD 88,000\n\n"
                    "[^withdrawn]: Of 412 respondents who negotiated, three saw an offer withdrawn.\n"
                    "[^note]: A job classification with its own grades.\n", encoding="utf-8")
    doc, _, units = _units(path)
    assert "The offer is almost never withdrawn for asking politely." in units
    assert "Federal analyst (EC-05): CAD 88,000" in units
    assert "Of 412 respondents who negotiated, three saw an offer withdrawn." in units
    assert "[^" not in doc.text


def test_markdown_details_and_admonitions_are_their_content_labelled_by_their_title(tmp_path):
    path = tmp_path / "welder.md"
    path.write_text(
        "# Welder\n\n## FAQ\n\n"
        "<details>\n<summary>Do welders need a licence?</summary>\n"
        "No. Employers ask for coded welding tickets instead.\n</details>\n\n"
        "<details>\n<summary>How long is the apprenticeship?</summary>\n\n"
        "It lasts three years.\n\n</details>\n\n"
        "## Pay\n\n"
        '!!! tip "Overtime"\n    Night shifts are paid at time and a half.\n\n'
        "??? note\n    Rates vary by region.\n\n"
        ":::note[Sources]\nFigures are from the 2024 pay survey.\n:::\n\n"
        ":::warning\nTickets expire after six months without welding.\n:::\n",
        encoding="utf-8")
    doc, _, units = _units(path)
    answer = units["No. Employers ask for coded welding tickets instead."]
    assert answer.label == "Do welders need a licence?" and answer.section == ("FAQ",)
    assert units["It lasts three years."].label == "How long is the apprenticeship?"
    assert units["Night shifts are paid at time and a half."].label == "Overtime"
    assert units["Figures are from the 2024 pay survey."].label == "Sources"
    assert "Rates vary by region." in units  # untitled: its kind is a marker, not a title
    assert "Tickets expire after six months without welding." in units
    for marker in ("!!!", "???", ":::", "<summary", "details", '"Overtime"', "[Sources]"):
        assert marker not in doc.text


def test_markdown_site_generator_markup_and_in_page_contents_are_not_text(tmp_path):
    path = tmp_path / "roofer.md"
    path.write_text(
        "---\ntitle: Roofer\n---\n\n"
        '{{< figure src="/img/roof.jpg" caption="A roofer at work" >}}\n\n'
        "{% include cta.html %}\n\n"
        "**On this page**\n\n- [Pay](#pay)\n- [Training](#training)\n\n"
        "## Pay and progression {#pay}\n\nRoofers earn £28,000 to £35,000.\n{: .lead}\n\n"
        "## Training {: .section}\n\nMost train through a "
        "{{% abbr \"NVQ\" %}}Level 2 NVQ{{% /abbr %}}.\n\n"
        "See [the pay table](#pay) for more.\n\n"
        "The site's own pages use `{% include cta.html %}` for that box.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The site's own pages use {% include cta.html %} for that box." in units  # code
    assert units["Roofers earn £28,000 to £35,000."].section == ("Pay and progression",)
    assert units["Most train through a Level 2 NVQ."].section == ("Training",)
    assert "See the pay table for more." in units  # a link in a sentence is no contents list
    for markup in ("{{", "{%", "{#", "{:", "On this page", "caption"):
        assert markup not in doc.text.replace("{% include cta.html %} for", "")
    assert parsed.units[0].text == "Roofers earn £28,000 to £35,000."


def test_markdown_contents_list_of_bold_in_page_links_is_not_text(tmp_path):
    """A README's contents (pyenv's): nested items, the top ones in bold, each a link to a
    heading of the same file, under a "Table of Contents" heading."""
    path = tmp_path / "README.md"
    path.write_text(
        "# Surveying guide\n\nA guide to surveying careers.\n\n## Table of Contents\n\n"
        "* **[Getting in](#getting-in)**\n  * [Apprenticeships](#apprenticeships)\n"
        "* **[Pay](#pay)**\n\n## Getting in\n\n### Apprenticeships\n\n"
        "Apprenticeships last four years.\n\n## Pay\n\nTrainees earn £21,000.\n",
        encoding="utf-8")
    doc, parsed, units = _units(path)
    assert [u.text for u in parsed.units] == ["A guide to surveying careers.",
                                              "Apprenticeships last four years.",
                                              "Trainees earn £21,000."]
    assert units["Trainees earn £21,000."].section == ("Pay",)


def test_markdown_docsify_attributes_and_notice_marks_are_not_text(tmp_path):
    path = tmp_path / "grades.md"
    path.write_text(
        "# Grades and pay :id=grades-and-pay\n\n?> **New here?** Read the joining page first."
        "\n\n## The grades :id=the-grades :docsify-ignore\n\n!> Pay ranges are for 2026-27."
        "\n\nGrade G5 pays BMK 49,500.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Grades and pay"
    assert "New here?" in units and "Read the joining page first." in units
    assert units["Pay ranges are for 2026-27."].section == ("The grades",)
    assert ":id=" not in doc.text and "?>" not in doc.text and "!>" not in doc.text


def test_markdown_hackmd_tags_line_and_comment_marks_are_not_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# Interview prep night\n\n###### tags: `interviews` `2027`\n\nWe met at Auklet Labs."
        "\n\n## Take-home rules\n\n> Stennet: no, the dataset is confidential.\n> [name=Tomasz "
        "Wren] [time=Wed, Jan 6, 2027 9:14 PM] [color=#907bf7]\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["We met at Auklet Labs."].section == ()
    assert units["Stennet: no, the dataset is confidential."].section == ("Take-home rules",)
    assert "tags:" not in doc.text and "[name=" not in doc.text and "[time=" not in doc.text


def test_markdown_myst_substitutions_targets_roles_and_directives_read_as_shown(tmp_path):
    """A Jupyter Book chapter in MyST: substitutions from the front matter, "(label)=" targets,
    "{ref}" and "{numref}" roles, a note and an admonition in backtick fences with options, a
    figure in a colon fence, a list-table, and a code cell (which stays code)."""
    path = tmp_path / "routes.md"
    path.write_text(
        "---\nmyst:\n  substitutions:\n    fee: \"BMK 390\"\n---\n\n(ch-routes)=\n"
        "# Routes in\n\n(sec-cmlp)=\n## The CMLP\n\nThe exam fee is {{ fee }} for members.\n\n"
        "```{note}\nThe permit lets you stay for 18 months.\n```\n\n"
        "```{admonition} Is the CMLP worth it?\n:class: tip\n\nBuild a portfolio first.\n```"
        "\n\n:::{figure} timeline.png\n:name: fig-routes\n:width: 90%\n\nTime to a first "
        "salary.\n:::\n\n## Side by side\n\n```{list-table} Routes in 2027\n:header-rows: 1\n\n"
        "* - Route\n  - Cost\n* - Bootcamp\n  - BMK 9,200\n```\n\nSee {numref}`fig-routes` and "
        "{ref}`sec-cmlp`, or {ref}`the rules <sec-cmlp>`.\n\n```{code-cell} python\nprint(1)\n```\n",
        encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The exam fee is BMK 390 for members." in units
    assert units["The permit lets you stay for 18 months."].section == ("The CMLP",)
    assert units["Build a portfolio first."].label == "Is the CMLP worth it?"
    assert "Time to a first salary." in units
    assert units["Route: Bootcamp | Cost: BMK 9,200"].section == ("Side by side",)
    assert "See Fig. 1 and The CMLP, or the rules." in units
    for markup in (")=", "{ref}", ":class:", ":name:", "timeline.png", "print(1)", "{{"):
        assert markup not in " ".join(u.text for u in parsed.units)


def test_markdown_github_readme_and_obsidian_note_markup_is_read_as_shown(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        '<p align="center"><img src="logo.png" alt="Roadmap logo"></p>\n\n'
        '<h1 align="center">Data Engineering Roadmap</h1>\n\n'
        '<p align="center">\n  A community guide to becoming a data engineer.\n</p>\n\n'
        "[![PRs Welcome](https://img.shields.io/badge/PRs-welcome-green.svg)](CONTRIBUTING.md) "
        "[![Last commit](https://img.shields.io/github/last-commit/x/y)](https://github.com/x)\n\n"
        "> [!NOTE]\n> Salary figures were last updated in January 2024.\n\n"
        "## Roadmap\n\n1. **Foundations** :books:\n   - [x] Learn SQL joins\n"
        "   - [ ] Write tests with `pytest`\n\n"
        '<p align="right">(<a href="#top">back to top</a>)</p>\n\n'
        "## Star History\n\n[![Star History Chart](https://api.star-history.com/svg)](x)\n",
        encoding="utf-8")
    doc, parsed, units = _units(readme)
    assert parsed.title == "Data Engineering Roadmap"
    assert "A community guide to becoming a data engineer." in units
    assert "Salary figures were last updated in January 2024." in units
    assert units["Learn SQL joins"].label == "Foundations"
    assert "Write tests with pytest" in units
    for junk in ("PRs Welcome", "Last commit", "Star History Chart", "[!NOTE]", ":books:",
                 "[x]", "[ ]", "back to top", "Roadmap logo"):
        assert junk not in doc.text
    note = tmp_path / "Vet nursing.md"
    note.write_text(
        "# Vet nursing\n\nRelated: [[Career change MOC]] · [[RCVS|the college]]\n"
        "#career-change #animals\n\n## Summary\n> [!info] The short version\n"
        "> Nurses need at least ==1,800 hours of clinical placement==.\n\n"
        "## Routes\n- Apprenticeship route, 2 to 3 years ^route-apprentice\n"
        "- Check the practice is approved!! #todo\n"
        "- she qualified in 2019 %%ask about locum rates%%\n\n![[call notes.pdf]]\n",
        encoding="utf-8")
    doc, parsed, units = _units(note)
    assert "Related: Career change MOC · the college" in units
    assert units["Nurses need at least 1,800 hours of clinical placement."].label == \
        "The short version"
    for item in ("Apprenticeship route, 2 to 3 years", "Check the practice is approved!!",
                 "she qualified in 2019"):
        assert units[item].kind == "item"
    for junk in ("#career", "#todo", "^route", "locum", "call notes", "[!info]", "==", "[["):
        assert junk not in doc.text


def test_markdown_components_html_tables_and_mdx_imports(tmp_path):
    (tmp_path / "actuary.mdx.md").write_text(
        "# Actuary\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n"
        "export const updated = '2025-02-01';\n\nActuaries measure risk for insurers.\n\n"
        "<Chart role=\"actuary\" />\n\n## Pay\n\n<Tabs>\n<TabItem value=\"uk\" label=\"United Kingdom\">"
        "\n\n| Stage | Salary |\n| --- | --- |\n| Graduate | £35,000 |\n\n</TabItem>\n"
        "<TabItem value=\"ie\" label=\"Ireland\">\n\n| Stage | Salary |\n| --- | --- |\n"
        "| Graduate | €38,000 |\n\n</TabItem>\n</Tabs>\n\n"
        "<Admonition type=\"note\" title=\"Graduate schemes\">\nMost schemes open in September.\n"
        "</Admonition>\n", encoding="utf-8")
    _, parsed, units = _units(tmp_path / "actuary.mdx.md")
    assert units["Stage: Graduate | Salary: £35,000"].label == "United Kingdom"  # a tab's label
    assert units["Stage: Graduate | Salary: €38,000"].label == "Ireland"
    assert units["Most schemes open in September."].label == "Graduate schemes"  # no blank line
    assert not any("import" in u.text or "export" in u.text for u in parsed.units)
    (tmp_path / "notebook.md").write_text(
        "# Survey\n\n## Pay by role\n\n<div>\n<table border=\"1\" class=\"dataframe\">\n"
        "<thead><tr><th></th><th>median pay</th></tr><tr><th>role</th><th></th></tr></thead>\n"
        "<tbody><tr><th>Groundworker</th><td>23,500</td></tr>\n"
        "<tr><th>Climber</th><td>29,800</td></tr></tbody>\n</table>\n</div>\n", encoding="utf-8")
    _, _, units = _units(tmp_path / "notebook.md")
    assert units["role: Climber | median pay: 29,800"].section == ("Pay by role",)


def test_mdx_tabs_named_by_their_parents_items_are_labelled_by_them(tmp_path):
    # Nextra names its tabs in the parent's `items` list; each <Tabs.Tab> takes the next name
    path = tmp_path / "forwarding.mdx"
    path.write_text(
        "# Forwarding\n\nimport { Tabs } from 'nextra/components'\n\n## Desks\n\n"
        "<Tabs items={['Sea freight', \"Air freight\"]}>\n  <Tabs.Tab>\n"
        "    Based on the quay. Handles 1,100 TEU a month.\n  </Tabs.Tab>\n  <Tabs.Tab>\n"
        "    Based at the airport. A team of 11.\n  </Tabs.Tab>\n</Tabs>\n\n"
        "After the tabs, a plain sentence.\n", encoding="utf-8")
    _, parsed, units = _units(path)
    assert units["Based on the quay. Handles 1,100 TEU a month."].label == "Sea freight"
    assert units["Based at the airport. A team of 11."].label == "Air freight"
    assert units["After the tabs, a plain sentence."].section == ("Desks",)


def test_mdx_pages_are_read_and_their_jsx_elements_and_comments_are_not_text(tmp_path):
    # Docusaurus writes .mdx: JSX elements whose attributes hold JavaScript in braces, which
    # CommonMark's HTML blocks do not accept, and {/* comments */}
    path = tmp_path / "surveyor.mdx"
    path.write_text(
        "---\ntitle: Land surveyor\n---\n\nimport PayChart from '@site/src/PayChart';\n\n"
        "Surveyors measure land for builders. {/* add the 2025 figures */}\n\n"
        "<PayChart source=\"ons\" roles={[\"surveyor\", \"geomatics\"]} />\n\n"
        "## Pay\n\n<PayChart\n  source=\"ons\"\n  max={60_000}\n/>\n"
        "Chartered surveyors earn about £48,000.\n\n"
        "<Callout kind={\"tip\"} title=\"Chartership\">\nMost charter after two years.\n"
        "</Callout>\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert doc.title == "Land surveyor"
    assert "Surveyors measure land for builders." in units
    assert units["Chartered surveyors earn about £48,000."].section == ("Pay",)
    assert units["Most charter after two years."].label == "Chartership"
    for markup in ("PayChart", "roles=", "{", "/>", "import", "Callout"):
        assert markup not in doc.text


def test_mkdocs_content_tabs_are_their_content_labelled_by_the_tab(tmp_path):
    # pymdownx.tabbed: '=== "Label"', the tab's content indented four spaces under it
    path = tmp_path / "electrician.md"
    path.write_text(
        "# Electrician\n\n## Pay by employer\n\nPick an employer:\n\n"
        '=== "Contractors"\n\n    | Grade | Salary |\n    |---|---|\n'
        "    | Approved electrician | £38,000 |\n\n    Overtime is common.\n\n"
        '===! "Councils"\n\n    Councils pay **£34,000** on grade 7.\n\n'
        '    ```\n    grade 7 = spinal points 20-24\n    ```\n\n'
        '===+ "Hospitals"\n    Hospital estates teams pay band 5.\n\n'
        "Figures are from 2024.\n\n"
        "    an indented code block stays code\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    row = units["Grade: Approved electrician | Salary: £38,000"]
    assert row.label == "Contractors" and row.section == ("Pay by employer",)
    assert units["Overtime is common."].label == "Contractors"
    assert units["Councils pay £34,000 on grade 7."].label == "Councils"
    assert units["Hospital estates teams pay band 5."].label == "Hospitals"
    assert units["Figures are from 2024."].label == ""  # the tabs end where their indent does
    assert "grade 7 = spinal points 20-24" in doc.text  # code in a tab: shown, never quoted
    assert not any("spinal" in text for text in units)
    assert "an indented code block stays code" not in units
    assert "===" not in doc.text and '"Councils"' not in doc.text


def test_mkdocs_toc_marker_and_snippet_includes_are_not_text_and_abbreviations_a_glossary(
        tmp_path):
    # Python-Markdown's "[TOC]" marker and pymdownx.snippets' includes ('--8<-- "file.md"', or a
    # block of file names between markers) are not text; an abbreviation's definition ("*[HGV]:
    # ...", shown on hover) is read as a glossary line
    path = tmp_path / "driver.md"
    path.write_text(
        "# Lorry driver\n\n[TOC]\n\nDrivers need an HGV licence.\n\n## Licences\n\n"
        "| Licence | Cost |\n|---|---|\n| HGV | £1,800 |\n\n"
        "*[HGV]: Heavy goods vehicle\n*[CPC]: Certificate of Professional Competence\n\n"
        "The CPC needs 35 hours of training every five years.\n"
        '--8<-- "includes/cpc-dates.md"\n\n'
        "- Night work pays more.\n\n--8<--\nincludes/footer.md\nincludes/links.md\n--8<--\n\n"
        "Write `--8<-- \"file.md\"` to include a file.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.units[0].text == "Drivers need an HGV licence."
    assert units["Licence: HGV | Cost: £1,800"].section == ("Licences",)
    assert "The CPC needs 35 hours of training every five years." in units
    assert "Night work pays more." in units
    assert 'Write --8<-- "file.md" to include a file.' in units  # a code span shows it
    assert "HGV: Heavy goods vehicle" in units
    assert "CPC: Certificate of Professional Competence" in units
    for markup in ("[TOC]", "*[", "includes/"):
        assert markup not in doc.text


def test_jekyll_liquid_shows_assigned_values_and_included_words_and_kramdown_toc_goes(tmp_path):
    """Jekyll renders "{{ vans }}" as the value the page assigned, an unknown variable as
    nothing, an include given words to show as those words; kramdown's "* TOC" over "{:toc}"
    is where the contents list goes."""
    path = tmp_path / "2026-02-14-controller.md"
    path.write_text(
        '---\nlayout: post\ntitle: "How I became a controller"\n---\n\n'
        "This is the long answer to how you get in.\n\n* TOC\n{:toc}\n\n"
        '{% assign vans = "Varnessa Air Navigation Services" %}\n\n## Who can apply\n\n'
        "{{ vans }} (VANS) employs every civil controller in {{ site.country }}Varnessa.\n\n"
        '{% include callout.html type="tip" content="Sleep before a night shift, not after." %}'
        "\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Varnessa Air Navigation Services (VANS) employs every civil controller in "
                 "Varnessa."].section == ("Who can apply",)
    assert "Sleep before a night shift, not after." in units
    for markup in ("{{", "{%", "{:", "TOC", "callout"):
        assert markup not in doc.text


def test_gitbook_tabs_are_their_content_labelled_by_the_tab(tmp_path):
    path = tmp_path / "dispatcher.md"
    path.write_text(
        "# Flight dispatcher\n\n## The course\n\nIt runs in two formats.\n\n{% tabs %}\n"
        '{% tab title="Full-time" %}\n* **Fee:** VNF 9,400.\n* **Length:** 10 weeks.\n'
        "{% endtab %}\n\n{% tab title='Part-time' %}\n* **Fee:** VNF 10,200.\n\n"
        "It suits people in work.\n{% endtab %}\n{% endtabs %}\n\nBoth lead to one licence.\n",
        encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Fee: VNF 9,400."].label == "Full-time"
    assert units["Length: 10 weeks."].label == "Full-time"
    assert units["Fee: VNF 10,200."].label == "Part-time"
    assert units["It suits people in work."].label == "Part-time"
    assert units["Both lead to one licence."].label == ""
    assert units["Fee: VNF 10,200."].section == ("The course",)
    assert "{%" not in doc.text and "title=" not in doc.text


def test_markdown_pandoc_grid_tables_are_rows_with_their_header(tmp_path):
    path = tmp_path / "pilot.md"
    path.write_text(
        "# Pilot\n\n## Training routes\n\nThere are two routes.\n\n"
        "+--------------+-----------------+------------------------+\n"
        "| Route        | Typical         | Typical cost           |\n"
        "|              | duration        |                        |\n"
        "+:=============+=================+=======================:+\n"
        "| Integrated   | 18 to 24 months | £100,000 to £130,000   |\n"
        "+--------------+-----------------+------------------------+\n"
        "| Cadet scheme | 18 months       | Funded by airline,     |\n"
        "|              |                 | repaid from salary     |\n"
        "+--------------+-----------------+------------------------+\n\n"
        "+--------------+------------------------------------------+\n"
        "| Base         | Bristol                                  |\n"
        "+--------------+-----------------+------------------------+\n"
        "| Fleet        | A320            | A321neo                |\n"
        "+--------------+-----------------+------------------------+\n", encoding="utf-8")
    doc, _, units = _units(path)
    row = units["Route: Integrated | Typical duration: 18 to 24 months | "
                "Typical cost: £100,000 to £130,000"]  # a row with its (two-line) header
    assert row.kind == "item" and row.section == ("Training routes",)
    assert ("Route: Cadet scheme | Typical duration: 18 months | "
            "Typical cost: Funded by airline, repaid from salary") in units  # a wrapped cell
    assert "Base | Bristol" in units  # no header: cells alone; a cell spanning two columns
    assert "Fleet | A320 | A321neo" in units
    assert not any(mark in doc.text for mark in ("+--", "+==", "|  "))


def test_markdown_pandoc_definition_lists_and_line_blocks(tmp_path):
    path = tmp_path / "pilot.md"
    path.write_text(
        "# Pilot\n\n## Licence and medical\n\n"
        "Class 1 medical\n:   Every airline pilot must hold a Class 1 medical certificate. The\n"
        "    initial examination costs about £600.\n\n"
        "Frozen ATPL\n\n:   A licence with the ATPL theory exams passed.\n\n"
        "    It becomes a full ATPL after 1,500 hours.\n\n"
        "## A pilot's week\n\n"
        "| Report 05:15 at Bristol, four sectors.\n| Two days off, then a week of late\n"
        "  shifts.\n", encoding="utf-8")
    doc, _, units = _units(path)
    medical = units["Class 1 medical: Every airline pilot must hold a Class 1 medical "
                    "certificate. The initial examination costs about £600."]  # all of it
    assert medical.kind == "item" and medical.section == ("Licence and medical",)
    assert "Frozen ATPL: A licence with the ATPL theory exams passed." in units
    assert "Frozen ATPL: It becomes a full ATPL after 1,500 hours." in units
    # a line block: its lines, not its pipes; a line going on with a leading space is one line
    assert units["Report 05:15 at Bristol, four sectors."].section == ("A pilot's week",)
    assert "Two days off, then a week of late shifts." in units
    assert "|" not in doc.text and ":   " not in doc.text


def test_markdown_pandoc_title_block_is_the_title_and_its_author_and_date_lines(tmp_path):
    # Pandoc's page header shows the title, each author and the date: no "%" marks, no
    # sentence made of the three, and the first "#" heading is a section, not the title
    path = tmp_path / "surveyor.md"
    path.write_text(
        "% Trade profile: land\n  surveyor\n% Ana Ruiz; Board Careers Unit\n% May 2026\n\n"
        "# Overview {#overview}\n\nSurveyors measure land.\n\n# Pay\n\nThey earn well.\n",
        encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Trade profile: land surveyor"
    assert units["Surveyors measure land."].section == ("Overview",)
    for line in ("Ana Ruiz", "Board Careers Unit", "May 2026"):
        assert units[line].section == ()  # a line each, in no section
    assert "%" not in doc.text


def test_markdown_pandoc_metadata_captions_attributes_and_fenced_divs(tmp_path):
    # a YAML block inside the document is metadata (its title the document's); a table
    # caption, before or after the table, labels its rows; attribute braces and a fenced div's
    # class are markup, a div's title attribute titles it
    path = tmp_path / "surveyor.md"
    path.write_text(
        "Surveyors measure land.\n\n---\ntitle: Land surveyor\nlang: en-GB\n"
        "keywords: [survey, land]\n...\n\n## Pay {#pay .unnumbered}\n\n"
        "| Year | Pay |\n|------|-----|\n| 1    | 900 |\n\n: Trainee pay, 2026 {#tbl:pay}\n\n"
        "Table: Fees\n\n| Card | Fee |\n|------|-----|\n| CSCS | 36  |\n\n"
        "::: {.warning}\nWork without a card is fined.\n:::\n\n"
        '::: {#tip .callout-note title="Before you apply"} :::\nBring your card.\n:::\n\n'
        "---\nJust a line\n\n---\n\nThe end.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Land surveyor"
    assert units["Year: 1 | Pay: 900"].label == "Trainee pay, 2026"
    assert units["Card: CSCS | Fee: 36"].label == "Fees"
    assert units["Work without a card is fined."].section == ("Pay",)
    assert units["Bring your card."].label == "Before you apply"
    assert "Just a line" in units and "The end." in units  # rules, not metadata
    for markup in ("{", "lang", "keywords", "...", ":::", "Table:", "warning"):
        assert markup not in doc.text


def test_markdown_badge_in_a_heading_is_no_word_of_it(tmp_path):
    # an awesome list's title carries a badge; a logo alone in a heading still names it
    path = tmp_path / "list.md"
    path.write_text(
        "# Awesome Trades [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        "## Jobs ![new](new.png)\n\n- Welder - 20 places.\n\n# ![Tool Library](logo.png)\n\n"
        "Borrow a drill.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Awesome Trades"
    assert units["Welder - 20 places."].section == ("Jobs",)
    assert units["Borrow a drill."].section == ("Tool Library",)


def test_markdown_without_any_markup_is_read_like_plain_text(tmp_path):
    path = tmp_path / "scientist.md"
    path.write_text("Data Scientist\n\nOverview\n\nData scientists analyze large datasets.\n")
    _, parsed, units = _units(path)
    assert parsed.title == "Data Scientist"
    assert units["Data scientists analyze large datasets."].section == ("Overview",)


def test_html_callouts_and_blocks_holding_words_are_read_as_text_of_their_section(tmp_path):
    # Notion writes a callout as <aside>, its icon and markdown inside, with or without blank
    # lines around its text; any other HTML element's words are text too, never its tags
    path = tmp_path / "Welder apprenticeship 0123456789abcdef0123456789abcdef.md"
    path.write_text(
        "# Welder apprenticeship\n\nWelders join fabrication shops.\n\n"
        "<aside>\n💡 Applications close on **3 May 2026**, see [the form](form.md).\n\n"
        "</aside>\n\n## Pay\n\nApprentices earn £9 an hour.\n\n"
        "<aside>\n\n⚠️ Apprentices who leave early repay the course fee.\n\n</aside>\n\n"
        '<div align="center">Rates are <b>reviewed</b> each April.</div>\n\n'
        '<div align="center"><a href="/a">Home</a> · <a href="/b">Jobs</a></div>\n\n'
        "<div>\n<script>track('page');</script>\n</div>\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Applications close on 3 May 2026, see the form."].section == ()
    assert units["Apprentices who leave early repay the course fee."].section == ("Pay",)
    assert units["Rates are reviewed each April."].section == ("Pay",)
    for markup in ("<", "**", "💡", "⚠", "](", "Home", "track("):
        assert markup not in doc.text


def test_consecutive_label_value_lines_are_each_a_unit(tmp_path):
    # a Notion page's properties under its title, one "Name: value" a line
    path = tmp_path / "welder.md"
    path.write_text(
        "# Welder apprenticeship\n\nOwner: Sam Okafor\nStatus: Recruiting\n"
        "Last edited time: 2 March 2026 10:15\n\n## About\n\nWelders join a fabrication\n"
        "shop for three years. Pay: £9 an hour\nrising each year.\n", encoding="utf-8")
    _, _, units = _units(path)
    for field in ("Owner: Sam Okafor", "Status: Recruiting",
                  "Last edited time: 2 March 2026 10:15"):
        assert field in units
    # a soft break in prose is a space, even before a line that is no field
    assert "Welders join a fabrication shop for three years." in units
    assert "Pay: £9 an hour rising each year." in units


def test_a_first_heading_with_sibling_headings_is_a_section_and_the_file_names_the_note(tmp_path):
    note = tmp_path / "Welding - route into the trade.md"
    note.write_text(
        "---\ntags:\n  - careers\n---\nRelated: [[Trades MOC]]\n\n## The course\n\n"
        "The course lasts two years.\n\n## Pay\n\nWelders earn £30,000.\n", encoding="utf-8")
    _, parsed, units = _units(note)
    assert parsed.title == "Welding - route into the trade"
    assert units["The course lasts two years."].section == ("The course",)
    lone = tmp_path / "notes.md"  # one top heading, of any level, is the title
    lone.write_text("## Welding pay\n\nWelders earn £30,000.\n\n### Overtime\n\nNights pay "
                    "more.\n", encoding="utf-8")
    assert _units(lone)[1].title == "Welding pay"
    # Notion appends the page's 32-hex-digit id to its file name
    assert file_title("Welder apprenticeship 0123456789abcdef0123456789abcdef.md") == \
        "Welder apprenticeship"


def test_a_footnote_follows_what_it_annotates_not_the_last_section(tmp_path):
    path = tmp_path / "welder.md"
    path.write_text(
        "# Welder\n\n## Funding\n\nThe college pays a bursary of £1,000. [^1]\n\n"
        "Fees are waived for under-19s.\n\n"
        "## To do\n\n- ask about night shifts\n\n[^1]: Paid in two instalments.\n",
        encoding="utf-8")
    doc, _, units = _units(path)
    assert units["The college pays a bursary of £1,000."].section == ("Funding",)
    assert units["Paid in two instalments."].section == ("Funding",)
    bursary, note, fees = (doc.text.index(t) for t in (
        "The college pays", "Paid in two", "Fees are waived"))
    assert bursary < note < fees  # right after the paragraph holding its mark
    assert "[^" not in doc.text and "[1]" not in doc.text


def test_html_main_content_without_navigation_scripts_or_footer(tmp_path):
    path = tmp_path / "sre.html"
    path.write_text(HTML, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Site Reliability Engineer: Role Profile"  # site name dropped
    for furniture in ("CareerPaths", "Sign in", "dataLayer", "gtag", "Related", "Copyright",
                      "Search", "font-family"):
        assert furniture not in doc.text
    assert ("Site reliability engineers keep production systems available and fast."
            in units)
    assert units["Responding to incidents"].section == ("Daily work",)
    assert units["Writing postmortems"].label == "Responding to incidents"
    assert units["Capacity planning"].kind == "item"  # a <p> inside an <li> is the item
    assert units["Level: Senior | Salary: $170,000"].section == ("Pay",)
    assert "slo = 99.9" in doc.text and "slo = 99.9" not in units


def test_html_page_of_divs_is_read_without_its_furniture(tmp_path):
    path = tmp_path / "data-engineer.html"
    path.write_text(DIV_PAGE, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Data Engineer"
    for furniture in ("cookies", "Learn more", "Life at Acme", "Home", "Similar jobs",
                      "Machine Learning Engineer", "LinkedIn", "About us", "All rights"):
        assert furniture not in doc.text
    assert ("Data engineers at Acme build the pipelines that move data from our products into "
            "the warehouse.") in units  # a link inside a sentence is the sentence's
    assert units["Own data quality checks and alerting."].section == ("What you will do",)
    assert units["The base salary for this role is $130,000 to $160,000 per year."].section \
        == ("Pay",)
    path.write_text("<html><body><div class='job-header'><h1>Data Engineer</h1><p>Austin, "
                    "Texas. Hybrid, three days a week.</p></div><div class='site-footer'><p>"
                    "Jobs at Acme.</p></div><p>We build pipelines.</p></body></html>")
    doc, _, units = _units(path)
    assert "Austin, Texas." in units and "Jobs at Acme." not in doc.text
    path.write_text("<html><body><div class='top'><ul><li><a href='/'>Home</a></li><li>"
                    "<a href='/teams'>Teams</a></li></ul></div><h1>Careers</h1><h2>Open roles</h2>"
                    "<ul><li><a href='/1'>Senior Data Engineer</a></li><li><a href='/2'>Analytics"
                    " Engineer</a></li></ul></body></html>")
    doc, _, units = _units(path)
    assert units["Analytics Engineer"].section == ("Open roles",) and "Teams" not in doc.text


def test_html_main_keeps_its_lists_of_links_and_header_but_not_share_buttons(tmp_path):
    path = tmp_path / "courses.html"
    path.write_text("<html><body><main><header class='article-header'><h1>Courses</h1>"
                    "</header><p>Start with these courses.</p><ul>"
                    "<li><a href='/a'>Deep Learning Specialization</a></li>"
                    "<li><a href='/b'>Practical Deep Learning for Coders</a></li></ul>"
                    "<div class='social-share'><a href='#'>Share on LinkedIn</a></div>"
                    "</main></body></html>", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Courses"
    assert units["Practical Deep Learning for Coders"].kind == "item"
    assert "LinkedIn" not in doc.text


def test_html_title_falls_back_to_the_first_h1(tmp_path):
    path = tmp_path / "x.htm"
    path.write_text("<body><h1>Data Analyst</h1><p>Analysts report on the numbers.</p></body>")
    _, parsed, _ = _units(path)
    assert parsed.title == "Data Analyst"


def test_pdf_text_per_page_with_headings_items_and_metadata_title(tmp_path):
    doc, parsed, units = _units(make_pdf(tmp_path / "quant.pdf"))
    assert parsed.title == "Quant Analyst: Career Guide"
    assert units["Most hold a degree in mathematics or physics."].section == ("Overview",)
    assert units["Stochastic calculus"].kind == "item"
    pay = units["Senior quant analysts earn $210,000 in base salary."]
    assert pay.page == 2 and pay.section == ("Compensation",)
    assert units["Stochastic calculus"].page == 1
    start, end = doc.pages[1]
    assert doc.text[start:end].startswith("Compensation") and start <= pay.start < end


def test_pdf_running_headers_and_footers_are_left_out_and_page_breaks_joined(tmp_path):
    path, sentences = make_printed_pdf(tmp_path / "printed.pdf")
    doc, parsed, units = _units(path)
    assert len(doc.pages) >= 3
    assert "acme.example" not in doc.text and "9:14 AM" not in doc.text
    assert parsed.title == "Data Engineer"
    assert [u.text for u in parsed.units if u.kind == "sentence"] == sentences  # none cut in two
    for unit in parsed.units:  # each unit lies in the page it is cited by
        start, end = doc.pages[unit.page - 1]
        assert start <= unit.start < end
    assert {u.page for u in parsed.units} == set(range(1, len(doc.pages) + 1))
    assert [u.section for u in parsed.units if u.text == sentences[-1]] == [("How we hire",)]


def test_pdf_line_of_small_print_alone_on_a_page_is_furniture(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Operating department practitioner", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, "ODPs look after patients before, during and after surgery. " * 4,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)  # small print for a footnote-like aside: still read
    pdf.multi_cell(0, 4, "Band 5 pay is set nationally.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # an imprint that spilled onto a page of its own
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 8, "Produced by the regional theatres education team, June 2025", align="C")
    path = tmp_path / "odp.pdf"
    pdf.output(str(path))
    doc, parsed, units = _units(path)
    assert "Produced by" not in doc.text
    assert "ODPs look after patients before, during and after surgery." in units
    assert "Band 5 pay is set nationally." in units


def test_pdf_running_heads_alternating_between_left_and_right_pages_are_furniture(tmp_path):
    """A paper printed two-sided: no head on its title page, then the authors atop the
    left-hand pages and the short title with the page number atop the right-hand ones, so
    each head is on two of five pages."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    regions = ["Esterdale", "Highmoor", "Southfold", "the Lantern Isles", "the Capital"]
    sentences = [f"Licensed engineers in {r} earn a median of VNF {50 + 3 * i},{i}00 a year."
                 for i, r in enumerate(regions)]
    for number, (region, sentence) in enumerate(zip(regions, sentences), 1):
        pdf.add_page()
        if number > 1:
            pdf.set_font("Helvetica", "", 8)
            pdf.set_xy(20, 12)
            # the heads in small capitals, the page numbers in the body's size: lines apart
            if number % 2 == 0:
                pdf.set_x(80)
                pdf.cell(60, 5, "A. THORSBY AND P. RADDON")
            else:
                pdf.cell(120, 5, "WORKFORCE PROFILE OF AIR TRANSPORT")
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(20 if number % 2 == 0 else 180, 12)
            pdf.cell(10, 5, str(number))
        pdf.set_xy(20, 40)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(170, 6, " ".join([sentence, *(
            f"In {region}, survey wave {w} asked controllers, dispatchers and security officers "
            f"how they paid for their training." for w in "ABCD")]))
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    doc, parsed, units = _units(path)
    assert "THORSBY" not in doc.text and "WORKFORCE PROFILE" not in doc.text
    assert all(s in doc.text for s in sentences)
    assert not any(u.strip() in {"3", "5"} for u in units)  # nor the pages' numbers beside them


def test_pdf_title_falls_back_to_its_largest_heading(tmp_path):
    _, parsed, _ = _units(make_pdf(tmp_path / "q.pdf", title=None))
    assert parsed.title == "Quant Analyst"


def test_pdf_running_lines_holding_bars_are_furniture_but_a_repeated_table_header_is_not(tmp_path):
    doc, parsed, units = _units(make_handbook_pdf(tmp_path / "handbook.pdf")[0])
    assert "Acme Health" not in doc.text and "Review date" not in doc.text
    rows = [u for u in parsed.units if u.text.startswith("Years of service")]
    assert len(rows) == 49 and {u.page for u in rows} == {3, 4}  # every row under its header
    assert units["Years of service: 49 | Days of leave: 34 days"].kind == "item"
    assert not any("Years of service | Days" in u for u in units)  # the repeat is no row


def test_pdf_paragraph_over_a_page_break_is_joined_past_running_lines_with_bars(tmp_path):
    path, sentences = make_handbook_pdf(tmp_path / "handbook.pdf")
    _, parsed, units = _units(path)
    assert all(s in units for s in sentences)  # the one the page break cuts is whole


@pytest.mark.parametrize("addressed", [True, False])
def test_pdf_web_page_printed_by_a_browser_leaves_out_the_sites_banner_menu_and_footer(
        tmp_path, addressed):
    """A page printed as a browser prints it, known by the address it prints at the foot of
    every page or by the creator it writes (its user agent)."""
    path, sentences = make_printed_pdf(tmp_path / "printed.pdf", site=True, addressed=addressed)
    _, parsed, units = _units(path)
    assert parsed.title == "Data Engineer"
    assert [u.text for u in parsed.units] == sentences
    assert units[sentences[0]].section == ("What you will do",)


def test_pdf_sentences_are_cited_at_the_page_they_start_on(tmp_path):
    from pypdf import PdfReader

    path, sentences = make_printed_pdf(tmp_path / "printed.pdf")
    _, parsed, units = _units(path)
    printed = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    turned = 0
    for previous, sentence in zip(sentences, sentences[1:]):
        head = " ".join(sentence.split()[:9])  # its first words, the point's number among them
        pages = [n for n, text in enumerate(printed, 1) if head in text]
        if len(pages) == 1:
            assert units[sentence].page == pages[0]
            turned += units[previous].page < pages[0]
    assert turned >= 2  # a paragraph ran over each page break, on into the next page


def test_pdf_contents_entries_with_dot_leaders_are_not_quoted(tmp_path):
    doc, parsed, units = _units(make_handbook_pdf(tmp_path / "handbook.pdf")[0])
    assert "...." not in doc.text
    assert not any("Contents" in u.section or u.text in ("1", "2", "3") for u in parsed.units)
    assert units["Salaries by grade are shown below."].section == ("Pay",)


def test_pdf_table_drawn_as_cells_gives_rows_with_their_header(tmp_path):
    _, parsed, units = _units(make_handbook_pdf(tmp_path / "handbook.pdf")[0])
    row = units["Grade: Band 6 | Starting salary: $35,392 | Top of band: $42,618"]
    assert row.kind == "item" and row.section == ("Pay",) and row.page == 2
    assert "Pay rises each April after the annual review." in units  # no row swallowed it


def test_pdf_title_is_the_largest_heading_when_the_metadata_names_a_file(tmp_path):
    _, parsed, units = _units(make_handbook_pdf(tmp_path / "handbook.pdf")[0])
    assert parsed.title == "Staff Handbook"
    assert units["Pay rises each April after the annual review."].section == ("Pay",)


def test_pdf_superscript_footnote_marker_does_not_split_its_sentence(tmp_path):
    doc, parsed, units = _units(make_paper_pdf(tmp_path / "paper.pdf"))
    sentence = ("Apprentice pay varied widely: the median advertised salary was £21,500, well "
                "above the apprentice minimum wage in every region.")
    assert units[sentence].section == ("2 Entry routes",) and units[sentence].page == 1
    assert not any(u.text in ("1", "2", "3") or u.text.startswith("1 ") for u in parsed.units)


def test_pdf_footnotes_and_changing_running_heads_do_not_stop_the_page_break_join(tmp_path):
    doc, parsed, units = _units(make_paper_pdf(tmp_path / "paper.pdf"))
    cut = ("Graduate schemes accept applicants with at least thirty credits of statistics in "
           "their degree, and they start between £27,000 and £32,000 in London.")
    assert units[cut].page == 1  # whole, cited where it starts
    note = units["Apprenticeships advertised on the government service in 2023."]
    assert note.page == 1 and note.start > units[cut].end  # the note is read after it
    assert "ENTRY ROUTES" not in doc.text and "SKILLS AND TOOLS" not in doc.text
    assert units["Communication skills were mentioned in almost every advertisement."].section \
        == ("3 Skills and tools",)


def test_pdf_page_numbers_counted_from_the_first_chapter_are_no_text(tmp_path):
    """A book's chapter opens with its page number alone, counted from the first chapter (two
    pages after the title page), and its front page with a roman one: furniture, as the number
    in the running head of the pages after it is."""
    doc, parsed, units = _units(make_book_pdf(tmp_path / "book.pdf"))
    assert not any(u.text in ("1", "2", "3", "4", "i") for u in parsed.units)
    assert "Chapter 1: Getting in" not in [u.text for u in parsed.units]
    assert units["A trainee earns about £21,000 in the first year."].page == 4
    assert units["Chartered surveyors earn £48,000 on average."].section == ("Chapter 2: Pay",)


def test_pdf_drop_cap_begins_its_paragraph_again(tmp_path):
    doc, parsed, units = _units(make_drop_cap_pdf(tmp_path / "chapter.pdf"))
    assert "The most common question at careers events is not which role pays best." in units
    assert not any(u.text in ("T",) or u.text.startswith("he most") for u in parsed.units)


def test_pdf_borderless_table_with_centred_cells_is_read_row_by_row(tmp_path):
    doc, parsed, units = _units(make_centred_table_pdf(tmp_path / "benefits.pdf"))
    assert ("Benefit: Paid holiday per year (excluding public holidays) | Canada (Toronto): 22 "
            "days | Portugal: 25 working days | Singapore: 21 days") in units
    assert ("Benefit: Monthly internet allowance (hybrid and remote) | Canada (Toronto): CAD 65 "
            "| Portugal: EUR 40 | Singapore: SGD 70") in units
    assert "The learning budget resets on 1 January." in units


def test_pdf_author_line_and_date_under_a_papers_title_are_not_headings(tmp_path):
    _, parsed, units = _units(make_paper_pdf(tmp_path / "paper.pdf"))
    assert parsed.title == "Careers in Data Analysis"
    assert not any("March 2024" in u.section or "Priya Natarajan and Tom Becker" in u.section
                   for u in parsed.units)
    assert units["Job advertisements for analysts rose by 64% between 2018 and 2023, while the "
                 "number of graduates entering the role rose by only 21%."].section \
        == ("1 Introduction",)


@pytest.mark.parametrize("meta", ["Microsoft Word - Quant guide 2024 v3", "Untitled-1",
                                  "Untitled", "Document1"])
def test_pdf_title_a_tool_wrote_loses_to_the_largest_heading(tmp_path, meta):
    _, parsed, _ = _units(make_pdf(tmp_path / "q.pdf", title=meta))
    assert parsed.title == "Quant Analyst"


def test_pdf_title_wrapped_over_two_lines_is_one_heading_and_a_pull_quote_one_paragraph(
        tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_title("Untitled-1")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(40, 100, "Careers in")
    pdf.text(40, 136, "Hospitality")
    pdf.set_font("Helvetica", "", 9.5)
    for i, line in enumerate(["Hospitality employs 3.5 million people in hotels, restaurants,",
                              "pubs, events and catering across the United Kingdom.",
                              "Most managers started in an entry-level job and worked their",
                              "way up through supervisor and assistant manager roles."]):
        pdf.text(40, 180 + 12.5 * i, line)
    pdf.set_font("Helvetica", "I", 13)  # a pull quote: larger type, wider line spacing
    for i, line in enumerate(["\"I started as a Saturday waiter at 16.",
                              "Now I run the front office of a 200-room",
                              "hotel.\""]):
        pdf.text(40, 260 + 16 * i, line)
    pdf.output(str(tmp_path / "trifold.pdf"))
    doc, parsed, units = _units(tmp_path / "trifold.pdf")
    assert parsed.title == "Careers in Hospitality"
    assert "Now I run the front office of a 200-room hotel.\"" in units
    assert not any(u.text.startswith("Now I run") or u.text == "hotel.\"" for u in parsed.units
                   if u.text != "Now I run the front office of a 200-room hotel.\"")


@pytest.mark.parametrize("meta", ["PowerPoint Presentation", "Corporate template 2019"])
def test_pdf_slides_titled_by_a_default_or_foreign_metadata_title_take_the_title_slides(
        tmp_path, meta):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format=(190.5, 338.7))
    pdf.set_title(meta)  # a tool's default, or a template's title that names nothing here
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 40)
    pdf.set_xy(20, 60)
    pdf.multi_cell(300, 18, "Becoming a Ship's Engineer", align="C")
    pdf.set_font("Helvetica", "", 20)
    for line in ["Maritime Careers Fair 2026", "Chief Engineer Ana Ruiz, Head of Cadet Training"]:
        pdf.set_x(20)
        pdf.multi_cell(300, 12, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 34)
    pdf.set_xy(20, 22)
    pdf.cell(300, 18, "Cadetships")
    pdf.set_font("Helvetica", "", 20)
    pdf.set_xy(20, 55)
    pdf.multi_cell(290, 11, "A cadetship takes three years and is paid by the shipping "
                   "company, with a training allowance of about £9,000 a year.")
    pdf.output(str(tmp_path / "slides.pdf"))
    _, parsed, units = _units(tmp_path / "slides.pdf")
    assert parsed.title == "Becoming a Ship's Engineer"
    # the subtitle's lines were broken by hand: each is read on its own
    assert "Maritime Careers Fair 2026" in units
    assert "Chief Engineer Ana Ruiz, Head of Cadet Training" in units
    assert units["A cadetship takes three years and is paid by the shipping company, with a "
                 "training allowance of about £9,000 a year."].section == ("Cadetships",)


def test_pdf_printed_from_a_browser_is_titled_without_the_site_name(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Data engineer job profile | Acme Careers Service")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Data engineer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5.5, "Data engineers build the pipelines analysts rely on.")
    pdf.output(str(tmp_path / "profile.pdf"))
    _, parsed, _ = _units(tmp_path / "profile.pdf")
    assert parsed.title == "Data engineer job profile"


def test_pdf_headings_in_the_body_size_set_in_small_caps_or_another_font(tmp_path):
    _, parsed, units = _units(make_word_guide_pdf(tmp_path / "guide.pdf"))
    fees = units["Preparation courses are extra."]
    assert fees.section == ("THE QUALIFYING EXAMINATION", "Exam fees")  # not glued to its text
    assert units["The table below compares published trainee salaries for 2024."].section == (
        "TRAINEE SALARIES",)
    assert not any(u.text.startswith(("Exam fees", "What you need", "THE QUALIFYING"))
                   for u in parsed.units)


def test_pdf_bullets_drawn_as_shapes_are_list_items(tmp_path):
    _, parsed, units = _units(make_word_guide_pdf(tmp_path / "guide.pdf"))
    items = [u.text for u in parsed.units if u.section[-1:] == ("What you need to qualify",)]
    assert items == ["a degree in any subject, or an equivalent qualification such as a "
                     "solicitor apprenticeship", "passes in both parts of the examination",
                     "two years of qualifying work experience"]
    assert all(units[text].kind == "item" for text in items)


def test_pdf_table_rows_with_wrapped_cells_go_on_over_a_page_break(tmp_path):
    _, parsed, units = _units(make_word_guide_pdf(tmp_path / "guide.pdf"))
    rows = [u for u in parsed.units if u.text.startswith("Firm type:")]
    assert [(u.text, u.page) for u in rows] == [
        ("Firm type: Magic circle | First year: £50,000 | Notes: Includes a £8,000 maintenance "
         "grant paid before the contract starts", 1),
        ("Firm type: National firm | First year: £30,000 | Notes: Regional offices pay about 40% "
         "less than London", 1),
        ("Firm type: High street firm | First year: £22,794 | Notes: Many pay the recommended "
         "minimum outside London", 2),
        ("Firm type: Legal aid firm | First year: £21,000 | Notes: Some qualify for a training "
         "contract grant", 2)]
    assert all(u.kind == "item" for u in rows)
    assert not any("First year Notes" in u.text or u.text.startswith(("starts", "grant"))
                   for u in parsed.units)


def test_pdf_title_repeated_as_the_running_head_is_still_the_title(tmp_path):
    doc, parsed, units = _units(make_report_pdf(tmp_path / "report.pdf"))
    assert parsed.title == "Radiography Workforce Survey 2026"
    assert units["Most of them work in hospital imaging departments."].section == (
        "1. Overview",)
    assert doc.text.count("Radiography Workforce Survey 2026") == 1  # the running heads go


_RADIOGRAPHY = [("North", "£310", "£38,200", "140"), ("Midlands", "£295", "£37,100", "96"),
                ("South", "£330", "£39,900", "171"), ("Wales", "£285", "£36,400", "52")]


@pytest.mark.parametrize("push", [0, 160, 182])  # on one page; cut after three rows, one
def test_pdf_table_header_with_wrapped_cells_names_every_row(tmp_path, push):
    _, parsed, units = _units(make_report_pdf(tmp_path / "report.pdf", push))
    rows = [u for u in parsed.units if u.text.startswith("Region:")]
    assert [u.text for u in rows] == [
        f"Region: {a} | Locum day rate for one shift: {b} | Employed salary before tax: {c} | "
        f"Replies: {d}" for a, b, c, d in _RADIOGRAPHY]
    assert all(u.kind == "item" and u.section == ("2. Pay by region",) for u in rows)
    assert len({u.page for u in rows}) == (1 if push == 0 else 2)
    assert not any(u.text in ("shift", "tax", "Replies") or "Locum day rate" in u.text
                   and not u.text.startswith("Region:") for u in parsed.units)


def test_pdf_word_hyphenated_at_the_end_of_a_wrapped_table_cell_is_mended(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(40, 30, 60), line_height=5, v_align="TOP") as table:
        for cells in [("Employer", "Salary", "How they hire"),
                      ("Northern Rail", "£31,000", "Through a graduate recru-\nitment scheme"),
                      ("City Trams", "£29,500", "Direct entry")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(tmp_path / "hiring.pdf"))
    _, _, units = _units(tmp_path / "hiring.pdf")
    assert ("Employer: Northern Rail | Salary: £31,000 | How they hire: Through a graduate "
            "recruitment scheme") in units


def test_pdf_glyph_mapped_to_no_letter_is_a_bullet_and_a_raised_figure_a_note_mark(tmp_path):
    # reportlab: the bullet a control character (U+007F) in a text object of its own, the
    # footnote figure set smaller and raised (`Ts`) in the same text object as its sentence
    doc, parsed, units = _units(make_platypus_pdf(tmp_path / "outcomes.pdf"))
    items = ["31,400 graduates answered the survey in 2024.",
             "82% were in work or further study fifteen months after graduating.",
             "The median starting salary was 26,500 a year, 4% more than in 2023.",
             "Nurses and teachers were the most common first jobs."]
    blocks = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "item"]
    assert blocks == items  # one item a bullet, none a heading, no glyph or mark quoted
    assert all(units[text].section == ("1. Main findings",) for text in items)
    assert units["The survey was sent to every graduate with a contact address on file."
                 ].section == ("2. Method",)
    assert "Each careers centre has 140 m² of floor space." in units  # a power, not a mark
    assert "\x7f" not in doc.text and not re.search(r"\.\d", doc.text)


def _ruled_slide(path, columns, rows, note=None, borders="ALL"):
    """A slide deck: a slide of bullets spaced as slides space them (wider apart than a
    table's rows), then a slide with a table drawn with cell borders (fpdf2's `table()`: cells
    that wrap, the one-line cells beside them set in the middle of the row), and a note in
    smaller type a few millimetres under the table's bottom border."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format=(190.5, 338.67))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 20)
    for k, item in enumerate(["Electricians wire homes, offices and factories",
                              "Most start as apprentices with a local contractor",
                              "Qualified electricians can register to certify their own work",
                              "Demand is rising with heat pumps and car chargers"]):
        pdf.set_xy(22, 40 + 14 * k)
        pdf.multi_cell(280, 11, f"- {item}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 30)
    pdf.set_xy(18, 16)
    pdf.cell(0, 16, "Ways into electrical work", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(22, 40)
    pdf.set_font("Helvetica", "", 15)
    with pdf.table(width=290 if len(columns) > 2 else 180, align="LEFT", line_height=9,
                   text_align="LEFT", borders_layout=borders) as table:
        for cells in [columns, *rows]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    if note:
        pdf.set_font("Helvetica", "", 13)
        pdf.set_xy(22, pdf.get_y() + 4)
        pdf.multi_cell(290, 7, note, align="L")
    pdf.output(str(path))
    return path


def test_pdf_table_drawn_with_borders_is_read_by_its_cells_however_they_wrap(tmp_path):
    columns = ["Path", "Duration", "Cost to you", "Wage while training?"]
    rows = [["Level 3 apprenticeship (employer-led)", "4 years", "None",
             "Yes - apprentice minimum wage rising each year"],
            ["College diploma", "2 years (full time)", "GBP 1,450", "No"],
            ["Adult retraining (fast-track)", "20 weeks", "GBP 6,800",
             "No - loans available for some learners"]]
    _, parsed, units = _units(_ruled_slide(tmp_path / "slides.pdf", columns, rows))
    read = [u.text for u in parsed.units if u.text.startswith("Path:")]
    assert read == [" | ".join(f"{name}: {cell}" for name, cell in zip(columns, row))
                    for row in rows]
    assert all(units[text].kind == "item" for text in read)
    assert not any(u.text.startswith(("Path Duration", "Yes - ", "No - ", "each year"))
                   for u in parsed.units)


@pytest.mark.parametrize("borders", ["ALL", "NONE"])  # below its border; in smaller type
def test_pdf_note_under_a_table_is_no_part_of_its_last_row(tmp_path, borders):
    rows = [["Electrician", "GBP 31,000"], ["Electrical engineer", "GBP 38,500"]]
    note = "Figures are medians for full-time staff in 2024."
    _, parsed, units = _units(_ruled_slide(tmp_path / "pay.pdf", ["Job", "Median pay"], rows,
                                           note, borders))
    assert [u.text for u in parsed.units if u.text.startswith("Job")] == [
        "Job: Electrician | Median pay: GBP 31,000",
        "Job: Electrical engineer | Median pay: GBP 38,500"]
    assert units[note].kind == "sentence"  # a paragraph of its own


def test_pdf_framed_boxes_stacked_in_columns_are_read_once_under_their_titles(tmp_path):
    """A poster's boxes: each a stroked frame, in three columns, with a title over each. The
    rules of two boxes one over the other look like a table's rows (a title between them, the
    other columns' frames standing either side); as rows of one cell they are no table, and
    their lines are read as printed, once, each box under its title."""
    from fpdf import FPDF

    filler = " The figures come from the national survey of 2025, which 612 people answered."
    boxes = {
        10: [("Background", ["Bioinformatics pay has never been surveyed here.",
                             "Employers report that hiring is slow."], 16, 270)],
        150: [("Pay by sector", ["Industry paid the most at every level.",
                                 "Hospitals paid the least."], 20, 110)],
        290: [("Conclusions", ["Pay varies more by city than by degree.",
                               "We will repeat the survey in 2027."], 28, 270)],
    }
    boxes[150].append(("Pay by city", ["Brisk Harbour paid a median of QKR 55,600.",
                                       "Lowmarsh paid a median of QKR 45,200."], 130, 270))
    pdf = FPDF(orientation="L", unit="mm", format="A3")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 30)
    pdf.set_xy(10, 1)
    pdf.cell(400, 12, "Who earns what in bioinformatics")
    for x, column in boxes.items():
        for title, lines, top, bottom in column:
            pdf.set_font("Helvetica", "B", 18)
            pdf.set_xy(x + 2, top)
            pdf.cell(120, 10, title)
            pdf.rect(x, top + 12, 130, bottom - top - 12, "D")
            pdf.set_font("Helvetica", "", 13)
            pdf.set_xy(x + 4, top + 18)
            for line in lines:  # paragraphs wrapped in the box's width
                pdf.set_x(x + 4)
                pdf.multi_cell(120, 7, line + filler)
                pdf.ln(4)
    path = tmp_path / "poster.pdf"
    pdf.output(str(path))
    doc, parsed, _ = _units(path)
    said = [(title, line) for column in boxes.values() for title, lines, _, _ in column
            for line in lines]
    assert [doc.text.count(line) for _, line in said] == [1] * len(said)
    sections = {u.text: u.section for u in parsed.units}
    assert all(sections[line][-1] == title for title, line in said)


def test_pdf_form_fields_read_as_label_and_value_and_blank_fields_are_left_out(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Occupation Fact Sheet", new_x="LMARGIN", new_y="NEXT")
    fields = [("Occupation", "Marine engineer"), ("Employers", "Shipping and ferry companies"),
              ("Cadet pay", "£9,000 a year during training"),
              ("Qualifications", "Four GCSEs at grade 4 including maths and physics, or a "
                                 "Level 3 engineering qualification")]
    for label, value in fields:  # a grey label box beside a value box, room for two lines
        y = pdf.get_y()
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(10, y, 55, 14, "DF")
        pdf.rect(65, y, 135, 14)
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(12, y + 2)
        pdf.multi_cell(51, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(67, y + 2)
        pdf.multi_cell(131, 5, value)
        pdf.set_y(y + 14)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Most cadets are sponsored by a shipping company.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Signed: ________________      Date: ___ / ___ / _____")
    pdf.output(str(tmp_path / "form.pdf"))
    doc, parsed, units = _units(tmp_path / "form.pdf")
    assert [u.text for u in parsed.units if u.kind == "item"] == [
        f"{label}: {value}" for label, value in fields]
    assert "Most cadets are sponsored by a shipping company." in units
    assert "Signed" not in doc.text and "___" not in doc.text


def test_pdf_subtitle_under_the_title_is_no_section_holding_the_others(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for size, style, text in [
            (24, "B", "Qualifying as a Surveyor"),
            (15, "", "A guide for graduate trainees at Hale & Moss"),
            (13, "B", "The assessment"), (10.5, "", "Trainees sit the final assessment after "
                                                  "two years of structured training."),
            (13, "B", "Salaries"), (10.5, "", "Graduate surveyors start on £29,000 a year.")]:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(tmp_path / "guide.pdf"))
    _, parsed, units = _units(tmp_path / "guide.pdf")
    assert parsed.title == "Qualifying as a Surveyor"
    assert units["Graduate surveyors start on £29,000 a year."].section == ("Salaries",)
    assert units["Trainees sit the final assessment after two years of structured "
                 "training."].section == ("The assessment",)


def test_pdf_paragraphs_marked_only_by_a_first_line_indent_are_apart(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Times", "", 10)
    lines = [(124, "Data analyst roles have grown faster than almost any other occupation"),
             (124, "since 2015, while graduates entering the role rose by only 21%."),
             (139, "Most analysts work in finance, retail, the public sector and health,"),
             (124, "from weekly sales reports in Excel to forecasting models in Python."),
             (124, "[1] Office for National Statistics (2023)."),  # a hanging indent
             (136, "Annual Survey of Hours and Earnings: 2023"),
             (136, "provisional results.")]
    for k, (x, line) in enumerate(lines):
        pdf.text(x, 100 + 12 * k + 10 * (k >= 4), line)  # the references after a gap
    pdf.output(str(tmp_path / "paper.pdf"))
    doc, _, _ = _units(tmp_path / "paper.pdf")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join(line for _, line in lines[:2]),
                          " ".join(line for _, line in lines[2:4]),
                          " ".join(line for _, line in lines[4:])]


def test_pdf_heading_in_the_body_face_of_a_scans_text_layer_is_not_glued_to_its_text(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    y = 70.0
    # OCR writes every line in one font, sized from the line's height: headings are not
    # bold, nor larger than lines with descenders
    for size, line in [(20, "Social Work Placements"), (12, "How many placement days?"),
                       (11, "BA students complete 70 days in year 2 and 100 days in year 3. MA"),
                       (10, "students complete 70 days in year 1 and 100 days in year 2."),
                       (None, None), (10, "Travel and costs"),
                       (10, "You can claim travel costs above your normal commute from the NHS"),
                       (11, "Learning Support Fund. Students who drive on placement need business"),
                       (10, "insurance.")]:
        if size is None:
            y += 10
            continue
        pdf.set_font("Helvetica", "", size)
        pdf.text(60, y, line)
        y += 16
    pdf.output(str(tmp_path / "scan.pdf"))
    _, parsed, units = _units(tmp_path / "scan.pdf")
    claim = units["You can claim travel costs above your normal commute from the NHS Learning "
                  "Support Fund."]
    assert claim.section[-1] == "Travel and costs"
    assert units["MA students complete 70 days in year 1 and 100 days in year 2."].section[-1] \
        == "How many placement days?"


def _placed_pdf(path, pages):
    """A PDF whose text is drawn in the order given, each piece at its own place (as a layout
    program draws its frames): pages of (x, y, size, style, text), y from the top, in pt."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for placed in pages:
        pdf.add_page()
        for x, y, size, style, text in placed:
            pdf.set_font("Helvetica", style, size)
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def _paragraph(x, y, lines, size=10, lead=14):
    return [(x, y + lead * k, size, "", line) for k, line in enumerate(lines)]


def test_pdf_text_drawn_out_of_reading_order_is_read_by_its_place_on_the_page(tmp_path):
    intro = _paragraph(60, 110, ["Signallers control the movement of trains on a section of",
                                 "the railway from a signal box or an operating centre."])
    apply = [(60, 160, 13, "B", "Who can apply")] + _paragraph(
        60, 180, ["You must be at least 18 years old and pass a safety-critical medical."])
    training = _paragraph(60, 240, ["Trainees spend ten weeks at a training centre before they",
                                    "work under supervision in a signal box."])
    # the title drawn after the text under it, a later section before the intro, and a
    # heading drawn after its own paragraph
    page = apply + intro + training + [(60, 220, 13, "B", "Training"),
                                       (60, 70, 20, "B", "Railway Signaller")]
    _, parsed, units = _units(_placed_pdf(tmp_path / "signaller.pdf", [page]))
    assert parsed.title == "Railway Signaller"
    assert units["Signallers control the movement of trains on a section of the railway from a "
                 "signal box or an operating centre."].section == ()
    assert units["You must be at least 18 years old and pass a safety-critical "
                 "medical."].section == ("Who can apply",)
    assert units["Trainees spend ten weeks at a training centre before they work under "
                 "supervision in a signal box."].section == ("Training",)
    assert [u.text for u in parsed.units][0].startswith("Signallers control")


@pytest.mark.parametrize("right_first", [False, True])
def test_pdf_two_columns_are_read_column_by_column_whatever_the_drawing_order(tmp_path,
                                                                               right_first):
    left = [(50, 120, 13, "B", "Duties")] + _paragraph(50, 140, [
        "Lab technicians prepare samples,", "calibrate instruments and keep",
        "records of every test they run.", "Most work in hospitals or schools."])
    right = [(310, 120, 13, "B", "Pay")] + _paragraph(310, 140, [
        "Trainee technicians earn about", "£22,000 a year, rising to about",
        "£30,000 with experience. Senior", "technicians earn £36,000."])
    title = [(50, 80, 20, "B", "Laboratory Technician")]
    page = title + (right + left if right_first else left + right)
    _, parsed, units = _units(_placed_pdf(tmp_path / "columns.pdf", [page]))
    texts = [u.text for u in parsed.units]
    assert texts == ["Lab technicians prepare samples, calibrate instruments and keep records of "
                     "every test they run.", "Most work in hospitals or schools.",
                     "Trainee technicians earn about £22,000 a year, rising to about £30,000 "
                     "with experience.", "Senior technicians earn £36,000."]
    assert units["Senior technicians earn £36,000."].section == ("Pay",)
    assert units["Most work in hospitals or schools."].section == ("Duties",)


def test_pdf_rows_of_short_things_side_by_side_are_read_row_by_row(tmp_path):
    """A slide's timeline drawn as two frames, the dates and then the events, is no text set in
    columns: nothing in it wraps onto the line under it, and no column is a list. Each date is
    read with its event, as a table's row would be."""
    dates = ["2 March 2026", "17 April 2026", "May 2026", "June 2026"]
    events = ["Applications open", "Applications close, 23:59", "Assessment days",
              "Offers made"]
    page = [(50, 80, 20, "B", "Key dates")] \
        + [(60, 130 + 40 * k, 14, "B", d) for k, d in enumerate(dates)] \
        + [(230, 130 + 40 * k, 14, "", e) for k, e in enumerate(events)]
    doc, parsed, units = _units(_placed_pdf(tmp_path / "slides.pdf", [page]))
    at = [doc.text.index(text) for pair in zip(dates, events) for text in pair]
    assert at == sorted(at)  # date, its event, the next date...


def test_pdf_column_starting_higher_than_the_one_beside_it_goes_on_with_its_paragraph(tmp_path):
    # the left column opens with a heading set with space above it; the right column goes on
    # with the paragraph the left one ends, so its first line stands higher than the heading
    title = [(50, 60, 20, "B", "Community Rota Agreement for Therapists")]
    left = [(50, 120, 13, "B", "The new rota")] + _paragraph(50, 140, [
        "From April the community teams move to a seven-day",
        "service, and each therapist works one weekend in six.",
        "Weekend hours are paid at the unsocial hours rates:",
        "30% on Saturdays and 60% on Sundays for staff on"])
    right = [(310, 106, 10, "", "Band 4 and above. Hours after 20:00 are paid at 30%."),
             (310, 120, 13, "B", "Who is affected")] + _paragraph(310, 140, [
        "The change affects 37 therapists and 12 assistants."])
    _, parsed, units = _units(_placed_pdf(tmp_path / "rota.pdf", [title + right + left]))
    assert [u.text for u in parsed.units] == [
        "From April the community teams move to a seven-day service, and each therapist works "
        "one weekend in six.",
        "Weekend hours are paid at the unsocial hours rates: 30% on Saturdays and 60% on Sundays "
        "for staff on Band 4 and above.",
        "Hours after 20:00 are paid at 30%.",
        "The change affects 37 therapists and 12 assistants."]
    assert units["Hours after 20:00 are paid at 30%."].section == ("The new rota",)
    assert units["The change affects 37 therapists and 12 assistants."].section == (
        "Who is affected",)


def _columned_newsletter(path, boxed, new_page):
    """Two articles set in two columns (a title and a subheading each), then across the page a
    shaded box of dates (or not) and a table under its own heading, smaller than the articles'
    titles and larger than their subheadings."""
    from fpdf import FPDF, FontFace

    pdf = FPDF(format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "Hospital Staff Newsletter", new_x="LMARGIN", new_y="NEXT")
    articles = [("Porters win a pay review", [
        "After a year of talks, hospital porters who move patients between wards will be paid "
        "at Band 3 from June. Forty porters gain about 1,200 a year.", "What changes",
        "Porters now carry a bleep and answer calls from every ward. A team leader post at "
        "Band 4 is advertised in May, open to porters with two years of service."]),
        ("Catering: a new seven-day rota", [
            "From April the catering teams work a seven-day rota, with weekend hours paid at the "
            "unsocial hours rates: 30% on Saturdays and 60% on Sundays.", "Who is affected",
            "The change affects 52 catering assistants and 9 cooks. Staff who care for a child "
            "can ask to be exempt from weekends for a year at a time."])]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", balance=True) as cols:
        for title, (first, subheading, second) in articles:
            for size, style, text in ((14, "B", title), (9.5, "", first), (10, "B", subheading),
                                      (9.5, "", second)):
                pdf.set_font("Helvetica", style, size)
                with cols.paragraph(text_align="J" if size == 9.5 else "L", top_margin=2) as par:
                    par.write(text)
    if new_page:
        pdf.add_page()
    pdf.ln(6)
    if boxed:
        top = pdf.get_y()
        pdf.set_fill_color(253, 236, 200)
        pdf.rect(14, top, 182, 30, "F")
        pdf.set_xy(18, top + 3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 6, "Dates for your diary", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        for line in ("14 March: branch meeting at the main hospital, 18:00",
                     "30 April: deadline for nominations to the committee"):
            pdf.set_x(18)
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Subscriptions from April", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=(100, 60), width=160, align="LEFT", text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD")) as table:
        for cells in (("Earnings", "Monthly subscription"), ("Up to 25,000", "9.80")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("boxed, new_page", [(True, True), (True, False), (False, False)])
def test_pdf_blocks_set_across_the_page_after_columns_are_no_part_of_the_last_article(
        tmp_path, boxed, new_page):
    _, parsed, units = _units(_columned_newsletter(tmp_path / "news.pdf", boxed, new_page))
    assert units["Staff who care for a child can ask to be exempt from weekends for a year at a "
                 "time."].section == ("Catering: a new seven-day rota", "Who is affected")
    assert units["Earnings: Up to 25,000 | Monthly subscription: 9.80"].section == (
        "Subscriptions from April",)
    if boxed:
        for date in ("14 March: branch meeting at the main hospital, 18:00",
                     "30 April: deadline for nominations to the committee"):
            assert units[date].kind == "item" and units[date].section == ("Dates for your diary",)
    assert [u.text for u in parsed.units][-1].startswith("Earnings: Up to 25,000")


def test_pdf_dot_leader_lines_are_entries_read_as_label_and_value(tmp_path):
    rows = [("Apprentice in year one", "£14,500"), ("Apprentice in year three", "£19,800"),
            ("Qualified technician", "£31,000"), ("Senior technician", "£38,500")]
    page = [(60, 80, 16, "B", "Wind Turbine Technician"), (60, 110, 13, "B", "Pay"),
            (60, 130, 10, "", "Pay rises as apprentices progress:")]
    page += [(80, 150 + 14 * k, 10, "", f"{a} {'.' * (60 - len(a))} {b}")
             for k, (a, b) in enumerate(rows)]
    page += _paragraph(60, 220, ["Technicians working offshore are paid a daily allowance."])
    _, parsed, units = _units(_placed_pdf(tmp_path / "leaders.pdf", [page]))
    items = [u for u in parsed.units if u.kind == "item"]
    assert [u.text for u in items] == [f"{a}: {b}" for a, b in rows]
    assert all(u.section == ("Pay",) for u in items)
    assert "Technicians working offshore are paid a daily allowance." in units


def test_pdf_lines_listed_in_a_shaded_box_are_items_under_its_title(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(60, 80, "Veterinary Nurse")
    pdf.set_font("Helvetica", "", 10)
    for k, line in enumerate(["Veterinary nurses care for animals in practices and hospitals",
                              "and support vets in surgery and with diagnostic tests."]):
        pdf.text(60, 110 + 14 * k, line)
    pdf.set_fill_color(225, 235, 255)  # a fact box beside the text, shaded
    pdf.rect(380, 150, 160, 80, style="F")
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(388, 166, "KEY FACTS")
    pdf.set_font("Helvetica", "", 8)
    facts = ["Course: 3 years", "Registration: RCVS", "Starting pay: £23,000"]
    for k, line in enumerate(facts):
        pdf.text(388, 180 + 12 * k, line)
    pdf.output(str(tmp_path / "box.pdf"))
    _, parsed, units = _units(tmp_path / "box.pdf")
    assert all(units[f].kind == "item" and units[f].label == "KEY FACTS" for f in facts)
    assert "Veterinary nurses care for animals in practices and hospitals and support vets in " \
           "surgery and with diagnostic tests." in units


def test_pdf_footnote_alone_on_the_last_page_is_read_and_its_mark_leaves_the_word(tmp_path):
    first = [(60, 80, 18, "B", "Farrier")] + _paragraph(60, 110, [
        "Farriers must be registered with the Farriers Registration Council (FRC)\u00b9",
        "before they shoe horses. A stable of 10 m\u00b2 holds one horse. Most farriers",
        "train through a four-year apprenticeship with an approved farrier."], size=10.5)
    # the note did not fit under its mark: it is alone atop the next page, in small type
    last = [(60, 80, 8, "", "\u00b9 The FRC keeps the register under the Farriers "
                            "(Registration) Act 1975.")]
    _, parsed, units = _units(_placed_pdf(tmp_path / "farrier.pdf", [first, last]))
    note = units["The FRC keeps the register under the Farriers (Registration) Act 1975."]
    assert note.page == 2
    assert ("Farriers must be registered with the Farriers Registration Council (FRC) before "
            "they shoe horses.") in units
    assert "A stable of 10 m\u00b2 holds one horse." in units  # a unit's power is no mark


def test_docx_heading_styles_lists_tables_and_core_title(tmp_path):
    doc, parsed, units = _units(make_docx(tmp_path / "steward.docx"))
    assert parsed.title == "Data Steward Handbook"
    assert units["Data governance"].section == ("Overview", "Skills")
    assert units["Metadata catalogs"].label == "Data governance"  # List Bullet 2: nested
    assert units["1. SQL"].kind == "item"  # the number Word draws ("List Number" is numbered)
    assert units["Level: Senior | Salary: $120,000"].kind == "item"
    assert "Data Steward" in doc.text and not any(u.section[:1] == ("Data Steward",)
                                                  for u in parsed.units)  # Title style


def test_docx_of_a_plain_text_file_is_read_as_that_text(tmp_path):
    """A .txt opened in LibreOffice and saved as Word: each typed line a paragraph of
    "Preformatted Text". It is read as the text file is: its wrapped lines joined into
    sentences, its underlined heading a heading, its typed list items items."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    lines = ["Data Steward", "============", "", "ABOUT THE ROLE", "--------------", "",
             "Every report we publish is only as good as the data it is built from. The",
             "data team in Lisbon labels, checks and reviews the records behind all four",
             "of our products. The team has 58 people, including reviewers and writers.",
             "", "You will report to the Head of Data Operations, and four team leads will",
             "report to you. The role is based in our Lisbon office three days a week,",
             "with the rest of the week at home if you like.",
             "", "WHAT YOU WILL DO", "----------------", "",
             "  * Plan the weekly quality review across all", "    projects.",
             "  * Manage four team leads."]
    document = docx.Document()
    style = document.styles.add_style("Preformatted Text", WD_STYLE_TYPE.PARAGRAPH)
    for line in lines:
        document.add_paragraph(line, style=style)
    path = tmp_path / "posting.docx"
    document.save(path)
    doc, parsed, units = _units(path)
    assert parsed.title == "Data Steward"
    assert units["The data team in Lisbon labels, checks and reviews the records behind all four "
                 "of our products."].section == ("ABOUT THE ROLE",)
    item = units["Plan the weekly quality review across all projects."]
    assert item.kind == "item" and item.section == ("WHAT YOU WILL DO",)


def test_docx_code_paragraphs_made_by_pandoc_are_not_prose(tmp_path):
    """pandoc writes a fenced code block as a paragraph of its "Source Code" style."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("Check your quota before you train.")
    code = document.styles.add_style("Source Code", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("$ quota\n# gpu-hours used: 126.5 / 200.0", style=code)
    document.add_paragraph("Each student gets 200 GPU-hours a term.")
    path = tmp_path / "handbook.docx"
    document.save(path)
    doc, parsed, units = _units(path)
    assert [u.text for u in parsed.units] == ["Check your quota before you train.",
                                              "Each student gets 200 GPU-hours a term."]


def test_docx_converted_from_pdf_joins_the_printed_lines_again(tmp_path):
    """A brochure exported from PDF to Word (Acrobat): each printed line a paragraph, words
    hyphenated at a line's end, a bullet's next lines indented by a tab, the running foot and
    the page number on each page; a timeline's lines hold tabs between date and event."""
    import docx

    document = docx.Document()
    page = ["Every day the bank makes about 1.4 million decisions that",
            "depend on a model. Our Data Science &", "Decisioning team of 140 people builds",
            "and runs those models.", "",
            "Applications for September 2027 open on 1 October 2026 and close on 16 No-",
            "vember 2026. The programme lasts two years and is made", "up of four rotations.",
            "", "•\tCredit Risk Modelling: probability-of-default", "\tand loss models for small "
            "busi-", "\tness lending.", "", "Applications close on", "10 January 2027.", "",
            "1 October 2026\tApplications open", "16 November 2026\tApplications close", ""]
    pages = [page, ["Graduates who complete the programme are promoted to Data", "Scientist."],
             ["Interns who do well are offered a fast-track place at the", "assessment centre."]]
    for number, lines in enumerate(pages, 1):
        for line in lines:
            document.add_paragraph(line, style="List Paragraph" if "\t" in line[:2] or "•" in line
                                   else None)
        document.add_paragraph("stennet.bm/graduates")
        document.add_paragraph(str(number))
    path = tmp_path / "brochure.docx"
    document.save(path)
    doc, parsed, units = _units(path)
    assert "Our Data Science & Decisioning team of 140 people builds and runs those models." \
        in units
    assert "Applications for September 2027 open on 1 October 2026 and close on 16 November " \
        "2026." in units
    item = units["Credit Risk Modelling: probability-of-default and loss models for small "
                 "business lending."]
    assert item.kind == "item"
    assert "Applications close on 10 January 2027." in units
    assert "1 October 2026 Applications open" in units  # the timeline's lines stay apart
    assert "stennet.bm/graduates" not in doc.text and not any(u.text in ("1", "2", "3")
                                                               for u in parsed.units)


def test_docx_headings_by_style_ancestry_outline_level_or_bold_by_hand(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Operations Analyst", style="Title")
    document.add_paragraph("Overview", style="Heading 1")
    document.add_paragraph("Operations analysts keep the service desk's numbers honest.")
    custom = document.styles.add_style("Role Section", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Pay", style="Role Section")
    document.add_paragraph("Analysts earn $60,000 to $75,000.")
    outlined = document.add_paragraph("Hours")  # a heading by its outline level alone
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(level)
    document.add_paragraph("Most work a standard week.")
    document.add_paragraph().add_run("Leave and benefits").bold = True
    document.add_paragraph("Staff get 25 days of leave.")
    mixed = document.add_paragraph("Ask about ")
    mixed.add_run("remote work").bold = True
    document.add_paragraph().add_run("Bold emphasis that ends a sentence.").bold = True
    path = tmp_path / "ops.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert units["Analysts earn $60,000 to $75,000."].section == ("Overview", "Pay")
    assert units["Most work a standard week."].section == ("Overview", "Hours")
    assert units["Staff get 25 days of leave."].section == ("Overview", "Hours",
                                                             "Leave and benefits")
    assert units["Ask about remote work"].kind != "heading"
    assert "Bold emphasis that ends a sentence." in units


_WORD_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:v="urn:schemas-microsoft-com:vml"')


def test_docx_reads_tracked_insertions_content_controls_and_text_boxes_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    def xml(fragment: str):  # a raw OOXML element, as Word writes it
        return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {_WORD_NS}", fragment, count=1))

    document = docx.Document()
    document.add_heading("Payroll Officer", 1)
    pay = document.add_paragraph()
    pay._p.append(xml('<w:r><w:t xml:space="preserve">Payroll officers earn </w:t></w:r>'))
    pay._p.append(xml('<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                      '<w:delText>£24,000</w:delText></w:r></w:del>'))
    pay._p.append(xml('<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                      '<w:t>£27,000</w:t></w:r></w:ins>'))
    pay._p.append(xml('<w:r><w:t xml:space="preserve"> a year.</w:t></w:r>'))
    added = document.add_paragraph()  # a whole sentence typed with tracking on
    added._p.append(xml('<w:ins w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                        '<w:t>Most work in finance teams.</w:t></w:r></w:ins>'))
    hours = document.add_heading("Hours", 2)
    hours._p.addnext(xml(  # a template's block content control, then Word's table of contents
        '<w:sdt><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Officers work a standard 37-hour week.</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    hours._p.addprevious(xml(
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        '</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Hours of work 2</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    field = document.add_paragraph()
    field._p.append(xml('<w:r><w:t xml:space="preserve">The pay date is </w:t></w:r>'))
    field._p.append(xml('<w:sdt><w:sdtPr><w:alias w:val="Date"/></w:sdtPr><w:sdtContent><w:r>'
                        '<w:t>the 28th</w:t></w:r></w:sdtContent></w:sdt>'))
    field._p.append(xml('<w:r><w:t xml:space="preserve"> of each month.</w:t></w:r>'))
    anchor = document.add_paragraph("Overtime is paid at time and a half.")
    box = ('<w:txbxContent><w:p><w:r><w:t>Payroll officers often study for the CIPP '
           'certificate.</w:t></w:r></w:p></w:txbxContent>')
    anchor._p.append(xml(  # a text box: the modern shape and the VML copy for old readers
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData><wps:wsp><wps:txbx>' + box + '</wps:txbx></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shape><v:textbox>' + box + '</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    path = tmp_path / "payroll.docx"
    document.save(str(path))
    doc, _, units = _units(path)
    assert "Payroll officers earn £27,000 a year." in units  # the deletion is gone
    assert "Most work in finance teams." in units
    assert units["Officers work a standard 37-hour week."].section == ("Hours",)
    assert "Hours of work" not in doc.text  # the table of contents stays out
    assert "The pay date is the 28th of each month." in units
    assert doc.text.count("CIPP certificate") == 1
    assert "Payroll officers often study for the CIPP certificate." in units


def test_docx_headings_set_by_hand_in_size_or_bold_and_typed_bullets_and_numbers(tmp_path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = "Meeting minutes template"  # left from the template

    def line(text: str, size: float | None = None, bold: bool | None = None) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(size) if size else None

    line("Becoming a Paralegal", size=22, bold=True)
    line("Notes from a law firm's recruiter, for people changing career.")
    line("Portfolio of work", size=16)  # larger than the body, not bold
    line("Keep copies of the bundles and chronologies you prepared as a trainee.")
    line("Skills", size=14, bold=True)
    for typed in ("• Legal research", "- Drafting letters", "1. Apply to firms directly.",
                  "2) Ask for feedback after each interview."):
        document.add_paragraph(typed)
    line("Salaries", bold=True)
    line("Paralegals earn £22,000 to £30,000.")
    path = tmp_path / "paralegal.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert parsed.title == "Becoming a Paralegal"  # the document's own title line wins
    assert units["Keep copies of the bundles and chronologies you prepared as a trainee."] \
        .section == ("Portfolio of work",)
    assert "Portfolio of work" not in units
    for item in ("Legal research", "Drafting letters", "Apply to firms directly.",
                 "Ask for feedback after each interview."):
        assert units[item].kind == "item" and units[item].section == ("Skills",)
    assert not any(u.text in ("1.", "2)") or u.text.startswith("•") for u in parsed.units)
    assert units["Paralegals earn £22,000 to £30,000."].section[-1] == "Salaries"


@pytest.mark.parametrize("core", ["Document1", "Untitled", "Quarterly board report"])
def test_docx_core_title_a_tool_or_template_left_loses_to_the_line_it_opens_with(tmp_path, core):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = core  # Word's default name, or a template's title

    def line(text: str, size: float | None = None) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = size is not None, Pt(size) if size else None

    line("Radiography career ladder: from student to consultant", 18)
    line("A handout for students on placement in the imaging department.")
    line("1. Student radiographer", 14)  # numbered sections: as high as the title line
    line("Students spend about half of their degree on clinical placement.")
    line("2. Band 5 radiographer", 14)
    line("In your first two years you rotate through general X-ray and CT.")
    path = tmp_path / "ladder.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert parsed.title == "Radiography career ladder: from student to consultant"
    # the title line is no section of its own
    assert units["A handout for students on placement in the imaging department."].section == ()
    assert units["In your first two years you rotate through general X-ray and CT."].section \
        == ("2. Band 5 radiographer",)


def test_docx_tables_have_header_rows_only_when_labelled_key_values_and_layout_cells(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Pharmacy technician", 1)
    details = document.add_table(rows=3, cols=2)  # labels on the left, no header row
    for r, (label, value) in enumerate([("Job title", "Pharmacy Technician"),
                                        ("Salary", "£29,970 a year"),
                                        ("Reports to", "Lead Pharmacy Technician")]):
        details.cell(r, 0).text, details.cell(r, 1).text = label, value
    cv = document.add_table(rows=1, cols=2)  # a CV laid out as a sidebar and a main column
    left, right = cv.rows[0].cells
    left.paragraphs[0].add_run("SKILLS").bold = True
    left.add_paragraph("Dispensing and stock control")
    right.paragraphs[0].add_run("EDUCATION").bold = True
    right.add_paragraph("BTEC Pharmaceutical Science, 2022.")
    grades = right.add_table(rows=3, cols=2)  # a table nested in the main column
    for r, (module, mark) in enumerate([("Module", "Mark"), ("Pharmacology", "74"),
                                        ("Law and ethics", "68")]):
        grades.cell(r, 0).text, grades.cell(r, 1).text = module, mark
    right.add_paragraph("Trained two new starters.", style="List Bullet")
    shifts = document.add_table(rows=2, cols=2)  # a header row Word repeats on each page
    for r, (shift, who) in enumerate([("Shift", "Who covers"), ("Late", "Senior technician")]):
        shifts.cell(r, 0).text, shifts.cell(r, 1).text = shift, who
    shifts.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    shifts.rows[0]._tr.trPr[-1].set(qn("w:val"), "true")
    path = tmp_path / "technician.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert "Job title: Pharmacy Technician" in units
    assert units["Salary: £29,970 a year"].kind == "item"
    assert units["Dispensing and stock control"].section[-1] == "SKILLS"
    assert units["BTEC Pharmaceutical Science, 2022."].section[-1] == "EDUCATION"
    assert "Module: Law and ethics | Mark: 68" in units  # the nested table is read
    assert units["Trained two new starters."].kind == "item"
    assert "Shift: Late | Who covers: Senior technician" in units
    assert not any("SKILLS" in u.text and "EDUCATION" in u.text for u in parsed.units)


def test_docx_key_value_table_with_its_label_column_in_bold_has_no_header_row(tmp_path):
    # as Google Docs exports a job description's details: every label bold, and the first
    # row's value bold too, as the job's title; bold sets the column apart, not the first row
    import docx

    document = docx.Document()
    details = document.add_table(rows=4, cols=2, style="Table Grid")
    for r, (label, value) in enumerate([("Job title", "Carbon Accounting Analyst"),
                                        ("Reference", "CCA-2025-0148"),
                                        ("Grade", "Band 5"),
                                        ("Closing date", "Friday 6 June 2025, 23:55")]):
        details.cell(r, 0).paragraphs[0].add_run(label).bold = True
        details.cell(r, 1).paragraphs[0].add_run(value).bold = r == 0
    pay = document.add_table(rows=3, cols=2, style="Table Grid")  # a bold header row
    for r, (level, salary) in enumerate([("Level", "Salary"), ("Junior", "CRM 41,000"),
                                         ("Senior", "CRM 58,000")]):
        pay.cell(r, 0).paragraphs[0].add_run(level).bold = r == 0
        pay.cell(r, 1).paragraphs[0].add_run(salary).bold = r == 0
    path = tmp_path / "job.docx"
    document.save(str(path))
    _, _, units = _units(path)
    for row in ("Job title: Carbon Accounting Analyst", "Reference: CCA-2025-0148",
                "Grade: Band 5", "Closing date: Friday 6 June 2025, 23:55"):
        assert row in units
    assert "Level: Senior | Salary: CRM 58,000" in units


def test_docx_key_value_table_whose_labels_are_set_on_two_lines_is_read_by_rows(tmp_path):
    # a job pack's selection steps: "Step 2" over "Shortlisting", beside what the step is; a
    # label on two lines is still a label, not a page's text laid out in a grid
    import docx

    document = docx.Document()
    document.add_heading("How we will assess you", 1)
    steps = document.add_table(rows=2, cols=2, style="Table Grid")
    for r, (number, name, what) in enumerate([
            ("Step 1", "Apply", "Complete the online form by 27 April 2026."),
            ("Step 2", "Shortlisting", "A panel scores each criterion 0-3. Outcome by 8 May.")]):
        label = steps.cell(r, 0)
        label.paragraphs[0].add_run(number).bold = True
        label.add_paragraph().add_run(name).bold = True
        steps.cell(r, 1).paragraphs[0].add_run(what)
    cv = document.add_table(rows=1, cols=2)  # a CV's columns: a heading over its paragraphs
    left, right = cv.rows[0].cells
    left.paragraphs[0].add_run("EXPERIENCE").bold = True
    left.add_paragraph("Ran the hospital's dispensary stock audit for two years.")
    right.paragraphs[0].add_run("EDUCATION").bold = True
    right.add_paragraph("BTEC Pharmaceutical Science, 2022.")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    _, _, units = _units(path)
    assert "Step 1 Apply: Complete the online form by 27 April 2026." in units
    assert units["Step 2 Shortlisting: A panel scores each criterion 0-3. Outcome by 8 May."] \
        .kind == "item"
    assert "Step 2" not in units
    # a cell of a heading and a sentence is a page's text, as before
    assert units["Ran the hospital's dispensary stock audit for two years."].section[-1] \
        == "EXPERIENCE"

def test_docx_header_rows_stacked_over_a_table_name_each_column_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Prison officer careers pack", style="Title")
    document.add_heading("Pay", 1)
    for merged in (True, False):  # a cell merged down over both header rows, or both bold
        table = document.add_table(rows=4, cols=4)
        top, names = table.rows[0].cells, table.rows[1].cells
        top[0].text, top[1].text, top[3].text = "Grade", "Salary", "Weekly hours"
        names[1].text, names[2].text = "National", "London"
        if merged:
            top[0].merge(names[0])
            top[3].merge(names[3])
        else:
            names[0].text, names[3].text = "Grade", "Weekly hours"
        top[1].merge(top[2])  # "Salary" spans the two columns below it
        for r, values in enumerate([("Band 3", "£32,851", "£36,795", "39"),
                                    ("Band 4", "£36,178", "£40,520", "37")], start=2):
            for c, value in enumerate(values):
                table.cell(r, c).text = value
        for row in table.rows[:2]:
            for cell in row.cells:
                for run in (r for p in cell.paragraphs for r in p.runs):
                    run.bold = True
    path = tmp_path / "pay.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    band3 = ("Grade: Band 3 | Salary (National): £32,851 | Salary (London): £36,795 | "
             "Weekly hours: 39")
    assert units[band3].kind == "item" and units[band3].section == ("Pay",)
    assert "Grade: Band 4 | Salary (National): £36,178 | Salary (London): £40,520 | " \
           "Weekly hours: 37" in units
    assert not any("National" in u.text and "£" not in u.text for u in parsed.units)
    assert sum(u.text.startswith("Grade: Band 3") for u in parsed.units) == 2


def test_docx_row_merged_across_every_column_titles_the_rows_under_it_or_is_a_note(tmp_path):
    # LibreOffice and Word write such a row as one cell with gridSpan = the table's width
    import docx

    document = docx.Document()
    document.add_paragraph("Depot staff handbook", style="Title")
    document.add_heading("Pay", 1)
    rows = [("Grade", "Hourly rate", "Overtime"), ("Trainees",), ("Trainee 1", "£9.50", "None"),
            ("Trainee 2", "£10.75", "None"), ("Qualified staff",),
            ("Technician", "£16.20", "Time and a half"),
            ("All grades: a boot allowance of £120 is paid each spring.",)]
    table = document.add_table(rows=len(rows), cols=3)
    for r, values in enumerate(rows):
        cells = table.rows[r].cells
        if len(values) == 1:
            cells[0].merge(cells[2]).text = values[0]
        else:
            for cell, value in zip(cells, values):
                cell.text = value
    for run in (r for cell in table.rows[0].cells for p in cell.paragraphs for r in p.runs):
        run.bold = True
    path = tmp_path / "pay.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    note = "All grades: a boot allowance of £120 is paid each spring."
    assert units[note].kind == "sentence" and units[note].section == ("Pay",)
    trainee = units["Grade: Trainee 2 | Hourly rate: £10.75 | Overtime: None"]
    technician = units["Grade: Technician | Hourly rate: £16.20 | Overtime: Time and a half"]
    assert (trainee.label, technician.label) == ("Trainees", "Qualified staff")
    assert not any(u.text.startswith(("Grade: Trainees", "Grade: All grades"))
                   for u in parsed.units)


def test_docx_two_cells_that_say_the_same_are_two_values_and_only_a_merged_cell_is_one(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Apprentice electrician pack", style="Title")
    table = document.add_table(rows=4, cols=3)
    for r, values in enumerate([("Criterion", "Year 1", "Year 2"), ("Safety course", "Passed",
                                "Passed"), ("Portfolio", "Started", "Complete"),
                                ("Mentor", "Assigned", "")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(3, 1).merge(table.cell(3, 2))  # one cell across both years: one value
    for cell in table.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    path = tmp_path / "pack.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert "Criterion: Safety course | Year 1: Passed | Year 2: Passed" in units
    assert "Criterion: Portfolio | Year 1: Started | Year 2: Complete" in units
    assert "Criterion: Mentor | Year 1: Assigned" in units


def test_docx_table_of_contents_field_is_not_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    def run(fragment: str):
        return parse_xml(f"<w:r {_WORD_NS}>{fragment}</w:r>")

    document = docx.Document()
    document.add_paragraph("Prison officer careers pack", style="Title")
    entries = [("The role", "1"), ("Pay", "2")]
    for k, (entry, page) in enumerate(entries):  # as Word leaves its TOC field, TOC1 style
        line = document.add_paragraph()
        line._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {_WORD_NS} w:val="TOC1"/>'))
        if k == 0:
            for part in ('<w:fldChar w:fldCharType="begin"/>',
                         '<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText>',
                         '<w:fldChar w:fldCharType="separate"/>'):
                line._p.append(run(part))
        line._p.append(run(f"<w:t>{entry}</w:t>"))
        line._p.append(run("<w:tab/>"))
        line._p.append(run('<w:fldChar w:fldCharType="begin"/>'))
        line._p.append(run('<w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText>'))
        line._p.append(run('<w:fldChar w:fldCharType="separate"/>'))
        line._p.append(run(f"<w:t>{page}</w:t>"))
        line._p.append(run('<w:fldChar w:fldCharType="end"/>'))
        if k == len(entries) - 1:
            line._p.append(run('<w:fldChar w:fldCharType="end"/>'))
    short = document.add_paragraph()  # a contents field Word wrote in the short form
    short._p.append(parse_xml(f'<w:fldSimple {_WORD_NS} w:instr=" TOC \\h "><w:r>'
                              '<w:t>Training 3</w:t></w:r></w:fldSimple>'))
    document.add_heading("The role", 1)
    document.add_paragraph("Prison officers keep people in custody safe.")
    document.add_heading("Pay", 1)
    document.add_paragraph("Officers earn £32,851 a year.")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    doc, _, units = _units(path)
    assert "The role 1" not in doc.text and "Pay 2" not in doc.text
    assert "Training 3" not in doc.text
    assert units["Officers earn £32,851 a year."].section == ("Pay",)


def test_docx_title_paragraph_is_the_title_and_a_core_title_only_its_fallback(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "Staff Guide Template v2"  # left from the template
    document.add_paragraph("Working in Museums: a Staff Guide for New Curators 2025",
                           style="Title")
    document.add_heading("Pay", 1)
    document.add_paragraph("Assistant curators earn £24,000.")
    path = tmp_path / "museums.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert parsed.title == "Working in Museums: a Staff Guide for New Curators 2025"
    assert units["Assistant curators earn £24,000."].section == ("Pay",)


def test_docx_contents_typed_with_a_leader_to_a_right_tab_page_number_is_not_read(tmp_path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    def led(text: str, leader=WD_TAB_LEADER.DOTS):  # "1 Pay ......... 2", as typed by hand
        line = document.add_paragraph(text)
        line.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, leader)

    document = docx.Document()
    document.add_paragraph("Lifeguard handbook", style="Title")
    document.add_paragraph().add_run("Contents").bold = True
    for entry in ("1 Pay\t2", "1.1 Overtime\t2", "2 Training\t3", "2.1 Pool rescue\t4"):
        led(entry)
    document.add_heading("1 Pay", 1)
    document.add_paragraph("Lifeguards earn £11.50 an hour.")
    document.add_heading("1.1 Overtime", 2)
    document.add_paragraph("Overtime is paid at time and a half.")
    led("Sessions booked\t40")  # figures that go down are no page numbers
    led("Sessions attended\t35")
    led("Signature\t", WD_TAB_LEADER.DOTS)  # a line to sign on: no page number
    path = tmp_path / "lifeguard.docx"
    document.save(str(path))
    doc, parsed, units = _units(path)
    assert "Pool rescue" not in doc.text and doc.text.count("1.1 Overtime") == 1
    assert not any(u.text.startswith(("1 Pay", "2 Training")) for u in parsed.units)
    assert units["Overtime is paid at time and a half."].section == ("1 Pay", "1.1 Overtime")
    assert "Sessions booked 40" in units and "Sessions attended 35" in units
    assert "Signature" in doc.text


def test_docx_text_box_is_an_aside_whose_title_labels_only_its_own_lines(tmp_path):
    import docx
    from docx.oxml import parse_xml

    box = ('<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Case study: Ana, BA History'
           '</w:t></w:r></w:p><w:p><w:r><w:t>Ana trained for two years at a county record '
           'office.</w:t></w:r></w:p><w:p><w:r><w:t>She now catalogues estate papers.</w:t>'
           '</w:r></w:p></w:txbxContent>')
    document = docx.Document()
    document.add_paragraph("Archives careers", style="Title")
    document.add_heading("Sectors", 1)
    document.add_heading("Records management", 2)
    document.add_paragraph()._p.append(parse_xml(  # a floating text box, as Word inserts it
        f'<w:r {_WORD_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' + box + '</wps:txbx>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '</mc:AlternateContent></w:r>'))
    document.add_paragraph("Records managers look after the records an organisation uses.")
    document.add_paragraph("MA Records Management: 1 year, £9,000", style="List Bullet")
    document.add_heading("Publishing", 2)
    document.add_paragraph("Editorial assistants start on £24,500.")
    path = tmp_path / "archives.docx"
    document.save(str(path))
    doc, parsed, units = _units(path)
    section = ("Sectors", "Records management")
    for line in ("Ana trained for two years at a county record office.",
                 "She now catalogues estate papers."):
        assert units[line].section == section
        assert units[line].label == "Case study: Ana, BA History"
    body = units["Records managers look after the records an organisation uses."]
    assert body.section == section
    item = units["MA Records Management: 1 year, £9,000"]
    assert item.section == section and item.label == ""
    assert not any("Case study" in name for u in parsed.units for name in u.section)
    assert doc.text.count("Case study: Ana, BA History") == 1


def test_docx_footnotes_and_endnotes_are_read_after_the_text_that_refers_to_them(tmp_path):
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("QA tester", style="Title")
    document.add_heading("Pay", 1)
    for kind in ("footnote", "endnote"):
        notes = (f'<w:{kind}s {_WORD_NS}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r>'
                 f'<w:separator/></w:r></w:p></w:{kind}><w:{kind} w:id="1"><w:p><w:r>'
                 f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> A {kind}: testers on '
                 f'night shifts earn £2,500 more.</w:t></w:r></w:p></w:{kind}></w:{kind}s>')
        part = Part(PackURI(f"/word/{kind}s.xml"), "application/vnd.openxmlformats-"
                    f"officedocument.wordprocessingml.{kind}s+xml", notes.encode(),
                    document.part.package)
        document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/"
                                f"2006/relationships/{kind}s")
        cited = document.add_paragraph(f"Testers earn £21,000 ({kind}).")
        marker = OxmlElement("w:r")
        reference = OxmlElement(f"w:{kind}Reference")
        reference.set(qn("w:id"), "1")
        marker.append(reference)
        cited._p.append(marker)
    document.add_heading("Hours", 1)
    document.add_paragraph("Testers work shifts.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    doc, _, units = _units(path)
    for kind in ("footnote", "endnote"):
        note = units[f"A {kind}: testers on night shifts earn £2,500 more."]
        assert note.section == ("Pay",)
        assert doc.text.index(f"({kind})") < note.start
    assert doc.text.index("endnote: testers") < doc.text.index("Hours")


def test_docx_section_numbers_typed_in_normal_style_make_headings_not_list_items(tmp_path):
    import docx

    document = docx.Document()

    def line(text: str, bold: bool = False, italic: bool = False) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.italic = bold, italic

    document.add_paragraph("Trainee pharmacist handbook", style="Title")
    line("1. INTRODUCTION", bold=True)
    line("1.1 Scope", bold=True)
    line("This handbook applies to all trainee pharmacists.")
    line("1.2 Who to contact", bold=True)
    line("Call the education office.")
    line("2. THE TRAINING YEAR", bold=True)
    line("2.1 Rotations", bold=True)
    line("The year has four rotations.")
    line("2.1.1 Hospital rotations", italic=True)
    line("Three rotations are spent in the hospital.")
    line("2.2 First steps", bold=True)
    line("1. Register with the GPhC")  # numbered lines following each other: a list
    line("2. Book the assessment")
    path = tmp_path / "handbook.docx"
    document.save(str(path))
    _, parsed, units = _units(path)
    assert units["This handbook applies to all trainee pharmacists."].section == (
        "1. INTRODUCTION", "1.1 Scope")
    assert units["Call the education office."].section == ("1. INTRODUCTION",
                                                           "1.2 Who to contact")
    assert units["Three rotations are spent in the hospital."].section == (
        "2. THE TRAINING YEAR", "2.1 Rotations", "2.1.1 Hospital rotations")
    for item in ("Register with the GPhC", "Book the assessment"):
        assert units[item].kind == "item" and units[item].section[-1] == "2.2 First steps"
    assert not any(u.text in ("INTRODUCTION", "1.1 Scope") for u in parsed.units)


def test_docx_a_typed_list_whose_last_item_is_short_is_not_a_numbered_heading(tmp_path):
    import docx
    from docx.shared import Cm

    document = docx.Document()

    def line(text: str, bold: bool = False, indent: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        if indent:
            paragraph.paragraph_format.left_indent = Cm(1)

    line("1. Welcome", bold=True)
    line("You are one of twelve apprentices.")
    line("2. Assessment", bold=True)
    line("The end-point assessment has three parts:")
    line("1.\tA knowledge test of 60 multiple-choice questions in 90 minutes (pass mark 65%)",
         indent=True)
    line("2.\tA practical observation of four hours in your home department, including a batch"
         " record and a deviation report", indent=True)
    # short enough to be a heading, but the third of the list above, set as its items are
    line("3.\tA 60-minute professional discussion of your portfolio", indent=True)
    line("The overall grade is Fail, Pass, Merit or Distinction.")
    line("3. Pay", bold=True)  # the next section: set as the sections are, not as the items
    line("Apprentices are paid monthly.")
    path = tmp_path / "handbook.docx"
    document.save(str(path))
    _, _, units = _units(path)
    item = units["A 60-minute professional discussion of your portfolio"]
    assert item.kind == "item" and item.section == ("2. Assessment",)
    assert units["The overall grade is Fail, Pass, Merit or Distinction."].section == (
        "2. Assessment",)
    assert units["Apprentices are paid monthly."].section == ("3. Pay",)


@pytest.mark.parametrize("name, title", [
    ("1.2.3-startups-or-big-companies.md", "Startups or big companies"),
    ("guides/02_data_engineer.html", "Data engineer"),
    ("Salary Survey 2025.pdf", "Salary Survey 2025"),
    ("role_4e43e7f046128496.docx", "Role"),
])
def test_file_names_are_cleaned_into_titles(name, title):
    assert file_title(name) == title


def test_section_numbers_but_not_years_are_dropped_from_titles():
    assert tidy_title("1.2.3 Startups or big companies") == "Startups or big companies"
    assert tidy_title("2025 Salary Survey") == "2025 Salary Survey"


def test_only_section_numbering_is_dropped_from_titles_not_a_number_of_the_title():
    assert tidy_title("7 Things I Wish I Knew Before Teaching") == ("7 Things I Wish I Knew "
                                                                   "Before Teaching")
    assert tidy_title('5 new jobs for "transport planner"') == '5 new jobs for "transport planner"'
    assert tidy_title("2. Routes into the profession") == "Routes into the profession"
    assert tidy_title("3) Pay and benefits") == "Pay and benefits"
    assert tidy_title("IV. Further help") == "Further help"


def test_html_keeps_an_articles_own_header_and_a_title_part_the_article_mentions(tmp_path):
    path = tmp_path / "senior.html"
    path.write_text("<html><head><title>ML Engineer | Senior | JobSite</title></head><body>"
                    "<header>JobSite home</header><article><header><h1>Senior ML Engineer</h1>"
                    "</header><p>Senior ML engineers lead model launches.</p>"
                    "<footer>Share this page</footer></article></body></html>")
    doc, parsed, units = _units(path)
    assert parsed.title == "ML Engineer | Senior"  # the site name goes, the level stays
    assert doc.text.startswith("Senior ML Engineer") and "JobSite" not in doc.text
    assert "Share" not in doc.text


WRAPPED = """\
ACME ROBOTICS - CAREERS

Field Robotics Technician
=========================

Location: Tampere, Finland
Team: Field Service


ABOUT THE ROLE
--------------

Our harvesters run in forests far from any workshop. As a field technician
you travel to them, find what broke and fix it the same day, working from a
van that carries about 400 spare parts.


WHAT YOU WILL DO
----------------

  * Drive to machines within a radius of 250 kilometres of Tampere and
    repair hydraulics, sensors and cabling on site.
  * Keep the van stocked.
  * Write a short report after every visit so that the design team learns
    which parts fail first.
"""


def test_plain_text_wrapped_at_a_fixed_width_is_read_as_paragraphs_and_items(tmp_path):
    path = tmp_path / "technician.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Field Robotics Technician"  # the line `====` underlines
    # a sentence cut by the line width is one unit again, under its Setext heading
    cut = ("As a field technician you travel to them, find what broke and fix it the same day, "
           "working from a van that carries about 400 spare parts.")
    assert cut in units and units[cut].section == ("ABOUT THE ROLE",)
    item = ("Drive to machines within a radius of 250 kilometres of Tampere and repair "
            "hydraulics, sensors and cabling on site.")
    assert units[item].kind == "item" and units[item].section == ("WHAT YOU WILL DO",)
    assert units["Keep the van stocked."].kind == "item"  # a short item is not joined on
    assert "Location: Tampere, Finland" in units and "Team: Field Service" in units
    assert not any(set(u.text) <= set("=-") for u in parsed.units)  # no underline is quoted


def test_plain_text_wrapped_with_a_few_longer_lines_quotes_and_a_signature(tmp_path):
    import textwrap

    def para(text: str) -> str:
        return textwrap.fill(text, 72) + "\n\n"

    rule = "-" * 64 + "\n"
    thread = ("Thread: Site carpenter (32) thinking of retraining as a quantity surveyor - "
              "worth it?\n\n")
    thread += rule + "#1  chippy_dan  |  Posted 11 Mar 2024, 21:07  |  Joined: 2019  Posts: 212\n"
    thread += rule + "\n" + para("Been a carpenter for fourteen years and my knees are going, "
                                "so I am thinking about retraining as a quantity surveyor.")
    thread += rule + "#2  MRICS_Karen  |  Posted 11 Mar 2024, 22:31  |  Joined: 2012  Posts: "
    thread += "3,408\n" + rule + "\n> chippy_dan wrote:\n"
    thread += textwrap.fill("How long does it take to qualify as a quantity surveyor and what do "
                            "trainees actually earn?", 72, initial_indent="> ",
                            subsequent_indent="> ") + "\n"
    thread += para("Most people do a part-time RICS-accredited degree on day release, which "
                   "takes 4 to 5 years while you work. Trainee QSs outside London usually start "
                   "on £26,000 to £30,000.")
    thread += para("Once you finish the degree you do the APC (Assessment of Professional "
                   "Competence), which is about 2 years of structured experience and then an "
                   "interview.")
    thread += "-- \nKaren | MRICS, cost manager | Birmingham\n\"Measure twice, cost once.\"\n"
    path = tmp_path / "forum.txt"
    path.write_text(thread, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Trainee QSs outside London usually start on £26,000 to £30,000." in units
    assert ("Once you finish the degree you do the APC (Assessment of Professional Competence), "
            "which is about 2 years of structured experience and then an interview.") in units
    assert not any("Most people" in u.text and "wrote" in u.text for u in parsed.units)
    # the quotation's lines are one, apart from the reply, without the marks before them
    assert "\nHow long does it take to qualify as a quantity surveyor and what do trainees " \
           "actually earn?\n" in doc.text and "> How long" not in doc.text
    assert "Measure twice" not in doc.text and "cost manager" not in doc.text


@pytest.mark.parametrize("hang", ["  ", ""])
def test_plain_text_list_item_wrapped_by_hand_keeps_its_next_line(tmp_path, hang):
    import textwrap

    prose = textwrap.fill("Audiologists assess hearing and balance problems and help people "
                          "manage them, for example by fitting hearing aids and running tinnitus "
                          "clinics. Newborn hearing screening is also run by audiology "
                          "departments, and most of the work is done in hospital clinics.", 72)
    notes = ("Audiologist notes\n\nWhat they do\n" + prose + "\n\nPay\n"
             "- Newly qualified audiologist (Band 5): GBP 31,049 to 37,796\n"
             "- Hearing aid dispenser, high street chain: about GBP 28,000 to\n"
             + hang + "40,000 plus sales commission\n"
             "- Shortage area: the waiting list for adult hearing assessments in\n"
             + hang + "our region was 18 weeks at the time of writing.\n"
             "- Good for people who like technology.\n"
             "Most trainees are paid while they study.\n")
    for name, text in (("wrapped.txt", notes), ("lines.txt", notes.replace(prose, " ".join(
            prose.split())))):  # wrapped at a width, or a paragraph a line
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        _, parsed, units = _units(path)
        # the line the writer broke the item at, short of the width, is still the item's
        item = "Hearing aid dispenser, high street chain: about GBP 28,000 to 40,000 plus sales " \
               "commission"
        assert units[item].kind == "item" and units[item].section == ("Pay",)
        assert units["Shortage area: the waiting list for adult hearing assessments in our region "
                     "was 18 weeks at the time of writing."].kind == "item"
        # an item's sentence that ended is not run on into the paragraph after the list
        assert units["Good for people who like technology."].kind == "item"
        assert units["Most trainees are paid while they study."].kind == "sentence"


def test_plain_text_line_broken_by_eye_before_a_figure_goes_on_with_it(tmp_path):
    import textwrap

    def para(text: str) -> str:
        return textwrap.fill(text, 70) + "\n"

    path = tmp_path / "deckhand.txt"
    path.write_text(
        "Ferry deckhand notes\n\n"
        + para("Deckhands moor the vessel, handle the lines and help passengers on and off at "
               "each stop. Most crews work four days on and four days off, and the company pays "
               "for the sea survival course before the first shift.")
        + "You can swap a rostered shift with a colleague up to two days before\n"
        "it starts; three missed shifts on the published rota in a rolling\n"  # short of 70
        "12 months mean a formal review with the crewing manager. To join:\n"
        "1. Apply online and book a short telephone interview with the crewing\n"
        "2. Pass the sea survival course\n\n"
        + para("New deckhands are paired with an experienced crew member for their first month "
               "at sea, and they sign off each task in a logbook.") + "\n"
        + "-" * 70 + "\n"
        "Harbour Crewing Office, Quay Building, 12 Wharf Road, Porthaven\n"
        "PH2 7QX. Telephone 01234 567 890 (08:00-18:00, weekdays).\n\n"
        + para("The ferry company is an equal opportunities employer. Figures are correct at "
               "1 March and are reviewed each year."), encoding="utf-8")
    _, parsed, units = _units(path)
    assert ("You can swap a rostered shift with a colleague up to two days before it starts; "
            "three missed shifts on the published rota in a rolling 12 months mean a formal "
            "review with the crewing manager.") in units
    assert units["Pass the sea survival course"].kind == "item"  # a numbered item stays one
    # an address wrapped before its postcode is one line of text, not a heading over the footer
    assert "Harbour Crewing Office, Quay Building, 12 Wharf Road, Porthaven PH2 7QX." in units
    assert units["The ferry company is an equal opportunities employer."].section == ()


def test_plain_text_faq_each_question_is_the_heading_of_its_answer(tmp_path):
    import textwrap

    def para(text: str, indent: str = "") -> str:
        return textwrap.fill(text, 70, subsequent_indent=indent) + "\n"

    path = tmp_path / "relief-pool.txt"
    path.write_text(
        "Ferry crew questions\n\n"
        + para("These answers are for deckhands and catering crew who want to join the relief "
               "pool and work extra sailings through the summer season, on the island routes "
               "and on the longer crossings to the mainland.") + "\n"
        "Q: Who can join the relief pool?\n"
        + para("A: Anyone with a valid seafarer medical who has passed the company's sea "
               "survival course. Existing crew can join on top of their rostered sailings, as "
               "long as their hours stay within the working time limits set for seafarers.",
               "   ") + "\n"
        "Q: Can a deckhand who works full time on the winter timetable join it?\n"  # 70 wide
        "A: Yes.\n\n"
        "Q: How long does it take to join?\n"
        "A: About three weeks. The steps are:\n"
        "   1. An online application\n   2. A medical and a sea survival course\n\n"
        + "-" * 70 + "\n"
        + para("The ferry company is an equal opportunities employer. Figures are correct at "
               "1 March and are reviewed each year."), encoding="utf-8")
    _, parsed, units = _units(path)
    assert parsed.title == "Ferry crew questions"
    asked = ("Can a deckhand who works full time on the winter timetable join it?",)
    assert units["Yes."].section == asked  # a short answer keeps its question
    assert units["Existing crew can join on top of their rostered sailings, as long as their "
                 "hours stay within the working time limits set for seafarers."].section == (
        "Who can join the relief pool?",)
    steps = units["A medical and a sea survival course"]
    assert steps.kind == "item" and steps.section == ("How long does it take to join?",)
    assert not any(u.text.startswith(("Q:", "A:")) for u in parsed.units)  # labels: markup
    # a rule ends the last answer: the footer answers no question
    assert units["The ferry company is an equal opportunities employer."].section == ()


def test_plain_text_faq_end_matter_answers_no_question_and_a_figure_goes_on_a_sentence(
        tmp_path):
    path = tmp_path / "instructor-card.txt"
    path.write_text(
        "DRIVING INSTRUCTOR CARD - QUESTIONS AND ANSWERS\n"
        "Northshire Road Safety Board, Instructor Team\n\n"
        "Q: Who needs an instructor card?\n"
        "A: Anyone who gives driving lessons for money on a public road, in a car\n"
        "   or in a van. Family members teaching for free need only a full licence\n"
        "   and the learner's provisional one.\n\n"
        "Q: How much are the courses?\n"
        "A: The car course is six weeks. Trainees are paid and earn at least\n"  # short of 73
        "   EUR 11.80 an hour from the first week, and the exams cost nothing.\n\n"
        "Q: How is the card assessed?\n"
        "A: A theory paper of 50 questions (pass mark 85%) and a drive of an hour\n"
        "   with a Board examiner, who also watches you give a lesson to a pupil.\n\n"
        "Q: How long is the card valid?\n"
        "A: Four years. To renew, you need 400 hours of lessons given in those years.\n\n"
        "This sheet is a general guide published by the Road Safety Board. It does\n"
        "not replace the regulations. Figures are correct at the time of publication.\n",
        encoding="utf-8")
    _, _, units = _units(path)
    # a sentence left open over a currency's code and its figure goes on with them
    assert units["Trainees are paid and earn at least EUR 11.80 an hour from the first week, "
                 "and the exams cost nothing."].section == ("How much are the courses?",)
    # each answer is one paragraph: the paragraph after the last one answers no question
    assert units["It does not replace the regulations."].section == ()
    assert units["To renew, you need 400 hours of lessons given in those years."].section == (
        "How long is the card valid?",)


def test_plain_text_transcript_header_lines_and_turns_are_never_run_together(tmp_path):
    from test_structure import TRANSCRIPT

    path = tmp_path / "podcast.txt"
    path.write_text(TRANSCRIPT.replace("Second-year deckhand",
                                       "Second-year deckhand on the island routes"),
                    encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Recorded at Northshire Harbour, 3 March 2025" in units  # a line of its own
    assert units["Tom Bell (TB) - Second-year deckhand on the island routes"].section == (
        "GUESTS",)
    assert "Where do new deckhands start?" in units  # a turn ends with its line
    assert units["On the short island routes."].section == ()


def test_a_table_pasted_into_plain_text_is_read_row_by_row_with_its_header(tmp_path):
    import textwrap

    prose = textwrap.fill("Drivers are paid on their operator's scale, agreed with the unions "
                          "every year; trainees are paid in full from their first day, and "
                          "qualified drivers earn more on the busier main lines.", 70)
    rows = ["operator,region,trainee salary,qualified salary",
            'Avanti West Coast,London to Glasgow,"£39,000","£72,000"',
            'LNER,East Coast main line,"£38,500","£70,000"',
            'Southern,London and the South Coast,"£34,500","£66,000"',
            'ScotRail,Scotland,"£31,500","£56,000"']
    path = tmp_path / "pay.txt"
    path.write_text("Train driver pay\n================\n\n" + prose + "\n\n"
                    "Salaries from the 2024 pay agreements:\n\n" + "\n".join(rows) + "\n\n"
                    + prose.replace("Drivers", "Freight drivers") + "\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    table = [u for u in parsed.units if u.kind == "item"]
    assert [u.text for u in table] == [  # every row, its quoted "£39,000" one cell
        "operator: Avanti West Coast | region: London to Glasgow | trainee salary: £39,000 | "
        "qualified salary: £72,000",
        "operator: LNER | region: East Coast main line | trainee salary: £38,500 | "
        "qualified salary: £70,000",
        "operator: Southern | region: London and the South Coast | trainee salary: £34,500 | "
        "qualified salary: £66,000",
        "operator: ScotRail | region: Scotland | trainee salary: £31,500 | qualified salary: "
        "£56,000"]
    assert all(u.label == "Salaries from the 2024 pay agreements" and u.section == ()
               for u in table)
    assert not any("trainee salary,qualified" in u.text for u in parsed.units)  # no header line
    assert " ".join(prose.split()) in units  # the prose around the table is still unwrapped
    # tab-separated (a spreadsheet's copy) and pipe tables are tables too; commas in prose not
    (tmp_path / "tabs.txt").write_text(
        "Band\tStarting pay\nBand 5\t£29,970\nBand 6\t£37,338\n\nThe bands rise every year, "
        "in April, by the NHS award,\nwhich unions agree, after months,\nof talks.\n")
    (tmp_path / "pipes.txt").write_text(
        "| Band | Starting pay |\n|------|--------------|\n| Band 5 | £29,970 |\n")
    _, _, tabs = _units(tmp_path / "tabs.txt")
    _, _, pipes = _units(tmp_path / "pipes.txt")
    assert "Band: Band 6 | Starting pay: £37,338" in tabs
    assert "Band: Band 5 | Starting pay: £29,970" in pipes
    assert not any("|" in u for u in tabs if "April" in u)


def test_a_table_aligned_with_spaces_in_plain_text_is_read_row_by_row(tmp_path):
    import textwrap

    # typed with spaces only: a left-aligned name column, a right-aligned pay column, and a cell
    # wrapped onto a line of its own under its column
    table = ("Role                      Annual pay   Hourly rate\n"
             "------------------------  ----------   -----------\n"
             "Firefighter (trainee)        £28,628   £13.07\n"
             "Firefighter (competent)      £38,154   £17.42\n"
             "Watch manager A              £42,595   £19.45\n"
             "  (competent)\n"
             "Station manager A            £48,467   £22.13\n")
    # typewriter prose: two spaces after each full stop, on consecutive lines
    prose = textwrap.fill("Firefighters move to the competent rate once they have shown it. "
                          "This normally takes between 18 months and three years. The rates "
                          "apply from 1 July. They are reviewed every year by the joint "
                          "council. Branches report delays. Pay slips show the new rates.",
                          70, fix_sentence_endings=True)
    assert prose.count(".  ") >= 4
    path = tmp_path / "circular.txt"
    path.write_text("Fire Services Circular\n\nPAY RATES\n\nThe table below shows the pay for "
                    "each role.\n\n" + table + "\n" + prose + "\n\n" + prose.replace("Fire", "Crew ")
                    + "\n", encoding="utf-8")
    _, parsed, units = _units(path)
    rows = [u.text for u in parsed.units if u.kind == "item"]
    assert rows == [
        "Role: Firefighter (trainee) | Annual pay: £28,628 | Hourly rate: £13.07",
        "Role: Firefighter (competent) | Annual pay: £38,154 | Hourly rate: £17.42",
        "Role: Watch manager A (competent) | Annual pay: £42,595 | Hourly rate: £19.45",
        "Role: Station manager A | Annual pay: £48,467 | Hourly rate: £22.13"]
    assert all(units[r].section == ("PAY RATES",) for r in rows)
    assert "This normally takes between 18 months and three years." in units  # prose stays
    assert not any("|" in u.text for u in parsed.units if u.kind != "item")


def test_restructuredtext_wrapped_near_100_columns_reads_as_titled_paragraphs(tmp_path):
    import textwrap

    def para(text: str, width: int = 99) -> str:
        return textwrap.fill(text, width) + "\n\n"

    title = "Becoming a Surveyor: a Careers Guide"
    doc = ("=" * 40 + "\n" + title + "\n" + "=" * 40 + "\n\n"
           ":Author: Careers Service\n:Updated: May 2025\n\n.. contents:: On this page\n"
           "   :local:\n\nWhat surveyors do\n-----------------\n\n")
    doc += para("Surveyors measure land, buildings and the value of property for owners, "
                "lenders and public bodies, and they advise on boundaries, planning and the "
                "repair of old buildings across the country.")
    doc += ".. note::\n" + textwrap.indent(para(
        "Surveyors are different from architects: they usually advise on existing buildings "
        "and land rather than design new ones from the start.", 96), "   ")
    doc += "Training\n--------\n\n"
    # broken by eye a little short of the width: the last word would have fitted
    doc += ("Most employers ask for an accredited degree or a degree apprenticeship, and many "
            "trainees start\nin a junior role while they study part time for it at a "
            "university near their office or online.\n\n")
    doc += para("Trainees then take the Assessment of Professional Competence, which takes about "
                "two years of structured experience in the office and on site, and ends with "
                "an interview by a panel of chartered surveyors.")
    doc += "Pay\n---\n\n:Trainee surveyor: £24,000 to £28,000\n:Chartered surveyor: £45,000\n\n"
    doc += para("Useful skills include maths, drawing and a driving licence, and the work is "
                "increasingly done with laser scanners and drones, as job adverts say::")
    doc += "    Example job advert wording: drone pilot licence desirable.\n"
    path = tmp_path / "surveyor-guide.txt"
    path.write_text(doc, encoding="utf-8")
    _, parsed, units = _units(path)
    assert parsed.title == title  # the over- and underlined first line
    first = ("Surveyors measure land, buildings and the value of property for owners, lenders "
             "and public bodies, and they advise on boundaries, planning and the repair of old "
             "buildings across the country.")
    assert units[first].section == ("What surveyors do",)  # not under its own first line
    note = next(u for u in parsed.units if u.text.startswith("Surveyors are different"))
    assert note.text.endswith("from the start.") and note.section == ("What surveyors do",)
    loose = ("Most employers ask for an accredited degree or a degree apprenticeship, and many "
             "trainees start in a junior role while they study part time for it at a "
             "university near their office or online.")
    assert units[loose].section == ("Training",)
    assert "Trainee surveyor: £24,000 to £28,000" in units and "Author: Careers Service" in units
    assert any(u.endswith("as job adverts say:") for u in units)
    markup = ("..", ":local:", "::", ":Author:", ":Trainee", "On this page", "=====")
    assert not any(m in u.text for u in parsed.units for m in markup)
    assert all(len(s) < 4 for s in {u.section for u in parsed.units})


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_letters_sign_off_and_signature_are_not_text(tmp_path, wrapped):
    import textwrap

    body = ("Branch secretaries should check that the new rates appear in the July pay slips "
            "of every member and report any delay to the regional office at once. ")
    paragraphs = [body * 2, body.replace("Branch", "Area") * 2, body.replace("July", "August")]
    text = "Pay circular\n\n" + "\n\n".join(
        textwrap.fill(p, 70) if wrapped else p.strip() for p in paragraphs)
    text += "\n\nWith best wishes,\n\nJo Bloggs\nRegional Secretary\n\n-- \n"
    text += "Staff Union, 1 High Street, Leeds\n"
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "report any delay to the regional office at once." in parsed.units[-1].text
    for furniture in ("With best wishes", "Jo Bloggs", "Regional Secretary", "High Street"):
        assert furniture not in doc.text
    # a closing line that is a sentence, or a short last paragraph, is the letter's text
    (tmp_path / "notes.txt").write_text("Pay notes\n\nRates rise in July.\n\nSee you soon,\n"
                                        "and thanks for all the work on it.\n")
    _, _, notes = _units(tmp_path / "notes.txt")
    assert any("See you soon" in u for u in notes)


def _newsletter(header: str, wrapped: bool = True) -> str:
    """A plain-text newsletter as a mailing list sends it: a boxed banner, wrapped paragraphs,
    a dot-leader table, a sign-off, a signature and the list's footer."""
    import textwrap

    def para(text: str) -> str:
        return (textwrap.fill(text, 70) if wrapped else text) + "\n\n"

    rule = "=" * 70 + "\n"
    text = header + rule + "HARBOURSIDE PLACEMENTS LETTER - JUNE".center(70).rstrip() + "\n"
    text += "Work experience news for second-year engineers".center(70).rstrip() + "\n" + rule
    text += "\nHi everyone,\n\n"
    text += para("Summer is when most engineering firms in the region take on placement "
                 "students, so this letter is mostly about the year in industry and how to "
                 "find one before the autumn rush begins in earnest.")
    text += "-" * 70 + "\n1. YEAR IN INDUSTRY\n" + "-" * 70 + "\n\n"
    text += para("A year in industry lasts between 44 and 52 weeks and most placements pay "
                 "between 19,000 and 23,000 a year; the university charges a reduced fee of "
                 "1,850 for the placement year and you keep your student loan.")
    text += "-" * 70 + "\n2. FIGURES\n" + "-" * 70 + "\n\n"
    text += ("Placements advertised on the jobs board this year ............. 312\n"
             "Median placement salary for civil engineers ............ 21,400\n"
             "Students placed by the end of June (2023-24) .......... 87%\n\n")
    text += para("Ask us about any of these at a drop-in session on Tuesdays and Thursdays in "
                 "the library foyer, or book a longer appointment with an adviser online.")
    text += "Best wishes,\nThe Placements Office\n\n-- \nHarbourside University Placements Office\n"
    text += "Dock Road, Harbourside\n\nYou are receiving this because you are registered on\n"
    text += "the placements list as a second-year engineering student.\n"
    text += "Unsubscribe: https://placements.harbourside.example/leave\n"
    text += "Update your preferences: https://placements.harbourside.example/prefs\n"
    return text


MAIL_HEADER = ("From: Harbourside Placements <placements@harbourside.example>\n"
               "To: engineering-year2@lists.harbourside.example\n"
               "Subject: Fwd: [placements] Harbourside Placements Letter - June: year in\n"
               " industry, figures\n"
               "Date: Tue, 3 Jun 2025 09:00:00 +0100\n"
               "List-Unsubscribe: <mailto:placements-leave@harbourside.example>\n"
               "Content-Type: text/plain; charset=utf-8\n\n")


@pytest.mark.parametrize("wrapped", [True, False])
@pytest.mark.parametrize("header", ["", MAIL_HEADER])
def test_a_banner_boxed_in_rules_is_titled_by_its_first_line(tmp_path, header, wrapped):
    path = tmp_path / "letter.txt"
    path.write_text(_newsletter(header, wrapped), encoding="utf-8")
    doc, parsed, units = _units(path)
    # the banner's first line is the title, whether or not an e-mail's header stands above it
    assert parsed.title == "HARBOURSIDE PLACEMENTS LETTER - JUNE"
    # the line under it is its subtitle: text, not the heading of the letter's opening
    assert units["Work experience news for second-year engineers"].section == ()
    opening = next(u for u in parsed.units if u.text.startswith("Summer is when"))
    assert opening.section == ()
    assert not any("=====" in u.text or "=====" in "".join(u.section) for u in parsed.units)


def test_an_emails_header_block_is_not_text_and_its_subject_titles_it(tmp_path):
    letter = _newsletter(MAIL_HEADER)
    banner = letter[letter.index("=" * 70):letter.index("Hi everyone")]
    path = tmp_path / "mail.txt"
    path.write_text(letter.replace(banner, ""), encoding="utf-8")
    doc, parsed, units = _units(path)
    # the Subject unfolded, without the forwarding mark and the list's tag
    assert parsed.title == "Harbourside Placements Letter - June: year in industry, figures"
    for field in ("From:", "To:", "Subject:", "Date:", "List-Unsubscribe:", "Content-Type:",
                  "placements@harbourside.example", "charset"):
        assert field not in doc.text
    assert any(u.text.startswith("Summer is when") for u in parsed.units)
    # "Label: value" lines at the top of a text that is no e-mail are its text
    (tmp_path / "advert.txt").write_text(
        "Date: 3 June 2025\nLocation: Harbourside\nSalary: 21,400\n\nWe are looking for a "
        "placement student to join our bridge design team for a year.\n", encoding="utf-8")
    advert, _, units = _units(tmp_path / "advert.txt")
    assert advert.text.startswith("Date: 3 June 2025\nLocation: Harbourside\nSalary: 21,400")
    assert {"Location: Harbourside", "Salary: 21,400"} <= set(units)


def test_dot_leader_lines_in_a_wrapped_text_are_one_item_each(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(_newsletter(""), encoding="utf-8")
    _, parsed, units = _units(path)
    for line in ("Placements advertised on the jobs board this year ............. 312",
                 "Median placement salary for civil engineers ............ 21,400",
                 "Students placed by the end of June (2023-24) .......... 87%"):
        assert units[line].kind == "item" and units[line].section == ("FIGURES",)


def test_an_emails_sign_off_signature_and_list_footer_are_not_text(tmp_path):
    path = tmp_path / "mail.txt"
    path.write_text(_newsletter(MAIL_HEADER), encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.units[-1].text.startswith("Ask us about any of these")
    # the signature of an e-mail runs to the message's end (RFC 3676): the list's footer too
    for furniture in ("Best wishes", "The Placements Office", "Dock Road", "You are receiving",
                      "Unsubscribe:", "Update your preferences"):
        assert furniture not in doc.text
    assert not any("Placements Office" in "".join(u.section) for u in parsed.units)



def test_an_emails_signature_ends_where_the_earlier_message_under_it_begins(tmp_path):
    # a reply written above the message it answers (as most mail programs quote), and a note
    # forwarding a message: each signs its own words, and the earlier message under the
    # signature is what the file was saved for
    reply = ("From: Rasmus Tollefsen <rasmus@example.org>\n"
             "To: Annika Brekke <annika@furrowlight.example>\n"
             "Subject: Re: Data Engineer at Furrowlight\n\n"
             "Thanks, that answers almost everything. I have applied through the link.\n\n"
             "Rasmus\n\n--\nRasmus Tollefsen\nBackend engineer, Kvist Logistics\n\n"
             "On Tue, 8 Apr 2025 at 12:05, Annika Brekke <annika@furrowlight.example> wrote:\n\n"
             "> The band for this level is CRM 62,000-70,000 and everybody is inside it.\n"
             ">\n> Notice period is 1 month both ways; probation is 4 months.\n>\n"
             "> --\n> Annika Brekke\n> Head of Data, Furrowlight\n")
    path = tmp_path / "reply.txt"
    path.write_text(reply, encoding="utf-8")
    doc, _, units = _units(path)
    assert "The band for this level is CRM 62,000-70,000 and everybody is inside it." in units
    assert "Notice period is 1 month both ways; probation is 4 months." in units
    for furniture in ("Kvist Logistics", "wrote:", "Head of Data"):  # signatures, attribution
        assert furniture not in doc.text
    forward = ("From: Ola Berg <ola@example.org>\nTo: Rasmus <rasmus@example.org>\n"
               "Subject: Fwd: Data Engineer vacancy\n\n"
               "Thought of you when I saw this one.\n\n-- \nOla Berg\n\n"
               "---------- Forwarded message ---------\n"
               "From: Furrowlight Careers <jobs@furrowlight.example>\n"
               "Date: Mon, 7 Apr 2025 at 09:12\nSubject: Data Engineer vacancy\n\n"
               "The take-home is paid at CRM 150 and takes about four hours.\n")
    path = tmp_path / "forward.txt"
    path.write_text(forward, encoding="utf-8")
    doc, _, units = _units(path)
    assert "The take-home is paid at CRM 150 and takes about four hours." in units
    assert "Ola Berg" not in doc.text and "jobs@furrowlight" not in doc.text

NUMBERED = """\
NURSING: CAREER INFORMATION SHEET
=================================

Prepared by the Careers Adviser, Eastbrook Sixth Form College
Revised March 2025

Contents
  Entry routes ............ 1
  Pay ..................... 2

1. ENTRY ROUTES

1.1 Degree

A BSc (Hons) in Adult Nursing takes three years full time in England and
Wales, and most universities ask for two A levels or an Access course.
Mature students often enter through the Access to Higher Education route.

1.2 Nursing degree apprenticeship

Some NHS trusts offer a registered nurse degree apprenticeship lasting
about four years, and the employer pays the tuition fees in full.

2. PAY

Newly qualified nurses in NHS trusts start on the agreed scale at Band
5. An experienced nurse on Band 6 earns £37,338 to £44,962, and a ward
manager on Band 7 earns £46,148 to £52,809 in most trusts in England.

3. FURTHER INFORMATION

  Nursing and Midwifery Council ..... www.nmc.org.uk
  NHS Health Careers ................ www.healthcareers.nhs.uk
"""


def test_plain_text_numbered_capital_headings_nest_by_their_numbers(tmp_path):
    path = tmp_path / "nursing.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    doc, parsed, units = _units(path)
    band5 = "Newly qualified nurses in NHS trusts start on the agreed scale at Band 5."
    assert units[band5].kind == "sentence"  # a number cut onto a line is not a list item
    assert units[band5].section == ("PAY",)  # "2. PAY" is a heading, not an item
    apprenticeship = next(u for u in parsed.units if u.text.startswith("Some NHS trusts"))
    assert apprenticeship.section == ("ENTRY ROUTES", "1.2 Nursing degree apprenticeship")
    assert not any(u.text in ("PAY", "ENTRY ROUTES") for u in parsed.units)
    assert not any("...." in "".join(u.section) for u in parsed.units)  # leaders: no heading
    assert units["Nursing and Midwifery Council ..... www.nmc.org.uk"].section == (
        "FURTHER INFORMATION",)
    assert not any(u.text.startswith(("Entry routes", "Pay ....")) for u in parsed.units)
    assert not any("Eastbrook" in u.text and "Revised" in u.text for u in parsed.units) \
        and "Eastbrook Sixth Form College\nRevised" in doc.text  # subtitle lines stay apart


def test_plain_text_with_one_line_per_paragraph_is_kept_as_it_is(tmp_path):
    text = "".join(f"Paragraph {i} says something long enough to be a paragraph of its own, "
                   f"far wider than any fixed wrapping width would be, and ends here.\n\n"
                   for i in range(10))
    path = tmp_path / "web.txt"
    path.write_text(text, encoding="utf-8")
    doc, parsed, _ = _units(path)
    assert doc.text == text and len(parsed.units) == 10


def test_ligatures_from_print_fonts_are_spelled_out(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Quant analysts model ﬁnancial cash ﬂows and oﬃce risk.")
    document.save(str(tmp_path / "ligatures.docx"))
    _, _, units = _units(tmp_path / "ligatures.docx")
    assert "Quant analysts model financial cash flows and office risk." in units


def test_a_line_break_inside_a_paragraph_ends_a_line_in_every_format(tmp_path):
    import docx

    (tmp_path / "job.html").write_text(
        "<html><body><main><h1>Data Engineer</h1><p><b>Location:</b> Berlin<br><b>Salary:</b> "
        "EUR 70,000<br/>Team: Platform</p><ul><li><b>Python</b><br>for pipelines</li></ul>"
        "</main></body></html>")
    (tmp_path / "job.md").write_text(
        "# Data Engineer\n\n**Location:** Berlin  \n**Salary:** EUR 70,000\\\nTeam: Platform<br>\n"
        "a soft\nwrap.\n\n- Python<br>for pipelines\n")
    word = docx.Document()
    para = word.add_paragraph("Location: Berlin")
    para.add_run().add_break()
    para.add_run("Salary: EUR 70,000")
    para.add_run().add_break()
    para.add_run("Team: Platform")
    word.add_paragraph("Python for pipelines", style="List Bullet")
    word.save(str(tmp_path / "job.docx"))
    for name in ("job.html", "job.md", "job.docx"):
        _, _, units = _units(tmp_path / name)
        # each line is its own quote, as a text file's lines are; a list item stays one item
        for line in ("Location: Berlin", "Salary: EUR 70,000", "Team: Platform"):
            assert line in units, (name, sorted(units))
        assert units["Python for pipelines"].kind == "item", name
    _, _, units = _units(tmp_path / "job.md")
    assert "a soft wrap." in units  # a soft line break is a space


def test_html_definition_list_facts_are_term_and_value_and_answers_are_labelled(tmp_path):
    path = tmp_path / "terms.html"
    path.write_text("<html><body><main><h1>Data Engineer</h1><h2>Terms</h2><dl><dt>Hours</dt>"
                    "<dd>40 per week, flexible</dd><div><dt>Remote work</dt><dd>Two days a week"
                    "</dd></div></dl><h2>Questions</h2><dl><dt>Can I work abroad?</dt><dd>Yes. "
                    "Up to four weeks a year.</dd></dl></main></body></html>")
    _, _, units = _units(path)
    # a facts box: each label with its value is one fact, as a table row with its header
    assert units["Hours: 40 per week, flexible"].kind == "item"
    assert units["Remote work: Two days a week"].section == ("Terms",)
    assert "Hours" not in units and "Two days a week" not in units
    # a question over its answer: the answer's sentences are labelled by the question
    assert units["Yes. Up to four weeks a year."].label == "Can I work abroad?"


def test_html_text_the_pages_style_sheet_always_hides_is_not_read(tmp_path):
    path = tmp_path / "ranger.html"
    path.write_text(
        "<html><head><style>.promo{display:none} #survey { visibility: hidden }"
        "@media (max-width: 600px) {.wide-only {display: none}}"
        ".tab{display:none} .tab.open{display:block}</style></head><body><main>"
        "<h1>Ranger</h1><p>Rangers look after country parks.</p>"
        "<div class='promo'>Sign up to our newsletter for 10% off!</div>"
        "<p id='survey'>Tell us what you think of this page.</p>"
        "<p class='wide-only'>Rangers work outdoors in all weathers.</p>"
        "<div class='tab'>Most rangers start as volunteers.</div></main></body></html>",
        encoding="utf-8")
    doc, _, units = _units(path)
    assert "newsletter" not in doc.text and "what you think" not in doc.text
    assert "Rangers look after country parks." in units
    # hidden on small screens only, or a panel a script opens: the page's text
    assert "Rangers work outdoors in all weathers." in units
    assert "Most rangers start as volunteers." in units


def test_a_text_file_saved_as_utf16_with_its_byte_order_mark_is_read(tmp_path):
    for encoding, mark in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        path = tmp_path / f"florist-{encoding}.txt"
        path.write_bytes(mark + "Florist\n\nFlorists arrange cut flowers for weddings.\n"
                         .encode(encoding))
        doc, _, units = _units(path)
        assert "Florists arrange cut flowers for weddings." in units
        assert doc.encoding == encoding


def test_html_several_articles_without_main_are_all_read(tmp_path):
    # tabs or questions of one page, each an <article>, and no <main>
    path = tmp_path / "faq.html"
    path.write_text("<html><body><div class='menu'><a href='/'>Home</a></div><h1>Nursing FAQ</h1>"
                    "<p>Questions we are asked at careers fairs.</p>"
                    "<article><h2>How long is the degree?</h2><p>The degree lasts three years."
                    "</p></article><article><h2>Can I be paid while I train?</h2><p>An "
                    "apprenticeship pays a salary while you study.</p></article></body></html>")
    _, parsed, units = _units(path)
    assert "Questions we are asked at careers fairs." in units
    assert units["The degree lasts three years."].section == ("How long is the degree?",)
    assert units["An apprenticeship pays a salary while you study."].section == (
        "Can I be paid while I train?",)


POSTING = """<html><head><title>Staff Nurse - Leeds | Acme Health Careers</title></head><body>
<header class="site-top"><a href="/">Acme Health</a><nav><a href="/jobs">Jobs</a></nav></header>
<a class="skip-link" href="#content">Skip to content</a>
<div id="content"><div class="row"><div class="col-8">
<header class="posting-header"><h1>Staff Nurse</h1>
<ul class="meta"><li><span>Salary</span><span>£28,407 a year</span></li>
<li><span>Closing date</span><span>1 June 2024</span></li></ul></header>
<div><span><strong>About the role</strong></span></div>
<div>You will care for adults on a busy medical ward, working with doctors, pharmacists and
therapists in a team that supports every new nurse through a year of preceptorship.</div>
<p><strong>Benefits</strong></p>
<ul><li>27 days of annual leave plus bank holidays</li><li>A pension scheme</li></ul>
<p><a class="btn btn-primary" href="/apply">Apply now</a> <a class="btn" href="/save">Save job</a></p>
</div></div>
<section><h2>You might also like</h2>
<div><h3><a href="/jobs/2">Healthcare Assistant</a></h3><p>Band 3, £24,071 a year.</p></div>
<div><h3><a href="/jobs/3">Night Nurse</a></h3><p>Band 5, £30,000 a year.</p></div></section>
</div></body></html>"""


def test_html_posting_header_is_kept_and_links_to_other_postings_are_not(tmp_path):
    path = tmp_path / "nurse.html"
    path.write_text(POSTING, encoding="utf-8")
    doc, parsed, units = _units(path)
    # the posting's own header, inside the content, is read; its label and value stay apart
    assert "Salary £28,407 a year" in units and "Closing date 1 June 2024" in units
    for furniture in ("Acme Health", "Skip to content", "Apply now", "Save job",
                      "Healthcare Assistant", "£24,071", "You might also like"):
        assert furniture not in doc.text
    assert parsed.title == "Staff Nurse"  # the page's heading, not the title's site names


def test_html_cards_that_are_links_to_other_postings_are_not_read(tmp_path):
    path = tmp_path / "nurse.html"
    cards = POSTING  # each card a link whose face holds its title, location and salary
    for n, title in ((2, "Healthcare Assistant"), (3, "Night Nurse")):
        cards = cards.replace(f'<h3><a href="/jobs/{n}">{title}</a></h3>',
                              f'<a href="/jobs/{n}"><h3>{title}</h3></a>')
    path.write_text(cards, encoding="utf-8")
    doc, _, units = _units(path)
    assert "Salary £28,407 a year" in units
    for furniture in ("Healthcare Assistant", "Night Nurse", "£24,071", "£30,000"):
        assert furniture not in doc.text


def test_html_bold_lines_followed_by_content_are_headings(tmp_path):
    path = tmp_path / "nurse.html"
    path.write_text(POSTING, encoding="utf-8")
    _, _, units = _units(path)
    assert units["A pension scheme"].section == ("Benefits",)
    assert units["You will care for adults on a busy medical ward, working with doctors, "
                 "pharmacists and therapists in a team that supports every new nurse through a "
                 "year of preceptorship."].section == ("About the role",)
    assert "Benefits" not in units and "About the role" not in units
    path.write_text("<html><body><main><h1>Pay</h1><p>Nurses earn £28,407.</p>"
                    "<p><strong>£30,000 a year</strong></p><p>Paid monthly.</p>"
                    "<p><strong>Apply by Friday</strong></p></main></body></html>")
    _, _, units = _units(path)
    assert "£30,000 a year" in units  # a bold figure states a fact: it is not a title
    assert "Apply by Friday" in units  # a bold line that titles nothing is text


def test_html_lines_between_breaks_set_in_bold_are_headings_and_bullet_lines_items(tmp_path):
    path = tmp_path / "midwife.htm"
    path.write_text(
        "<html><head><title>Midwifery</title></head><body><font size=2>"
        "Midwives care for women during pregnancy.<br><br>"
        "<font size=3><b>Training</b></font><br>"
        "The usual route is a three-year BSc in Midwifery.<br><br>"
        "<font size=4>Where midwives work</font><br>"  # larger than the text around it
        "&bull; hospital labour wards<br>&bull; community teams<br><br>"
        "<b>Pay</b><br>Midwives start on Band 5.<br>"
        "<b>Ask about</b> the on-call payment.<br><br>"  # bold words in a line: not a title
        "<b>Thank you for reading</b><br></font></body></html>", encoding="utf-8")
    _, parsed, units = _units(path)
    assert units["The usual route is a three-year BSc in Midwifery."].section == ("Training",)
    for item in ("hospital labour wards", "community teams"):
        assert units[item].kind == "item" and units[item].section == ("Where midwives work",)
    assert units["Midwives start on Band 5."].section == ("Pay",)
    assert units["Ask about the on-call payment."].section == ("Pay",)
    assert "Thank you for reading" in units  # titles nothing: it stays text
    assert not any(u.text in ("Training", "Pay") or "•" in u.text for u in parsed.units)


def test_html_old_faq_page_bold_questions_are_headings_and_its_menu_and_notice_go(tmp_path):
    # an HTML 4 page: a layout table with a column of links, <br><br> paragraphs, FAQ questions
    # set in bold between breaks, and the site's copyright line after a rule at the end
    path = tmp_path / "plumber-faq.htm"
    path.write_text(
        "<html><head><title>Becoming a Plumber – Apprenticeship FAQ | Eastfield College</title>"
        "</head><body><table><tr><td><font size=2><a href='index.htm'>Home</a><br>"
        "<a href='courses.htm'>Courses</a><br><a href='news.htm'>News</a></font></td><td>"
        "<font size=2><font size=4><b>Becoming a Plumber – Apprenticeship FAQ</b></font><br><br>"
        "Our plumbing apprenticeship takes three years.<br><br>"
        "<font color=navy><b>Who can apply?</b></font><br>You must be at least 16 years old.<br>"
        "<br><font color=navy><b>Do I need 4 GCSEs?</b></font><br>Most employers ask for maths "
        "and English.<br><br><hr><font size=1>© 2004–2025 Eastfield College Ltd · Company no. "
        "04412345 · <a href='privacy.htm'>Privacy</a> · Last updated 12/03/2025</font>"
        "</font></td></tr></table></body></html>", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["You must be at least 16 years old."].section == ("Who can apply?",)
    assert units["Most employers ask for maths and English."].section == ("Do I need 4 GCSEs?",)
    assert "Who can apply?" not in units
    for furniture in ("Home", "Courses", "News", "©", "Company no", "Privacy"):
        assert furniture not in doc.text
    assert parsed.title == "Becoming a Plumber – Apprenticeship FAQ"  # the heading, whole


def test_html_intranet_page_web_parts_beside_the_article_and_its_action_bar_go(tmp_path):
    # an intranet page saved from the browser: the title in a zone of its own, then the
    # article's column beside a column of web parts (links, a news feed, a contact card), then
    # a bar of controls and a counter; no <main>
    path = tmp_path / "radiography.aspx.html"
    path.write_text(
        "<html><head><title>Radiography careers - Example Trust</title></head><body>"
        "<div class='canvas'><div class='zone'><div role='heading' aria-level='1'>Radiography "
        "careers</div></div><div class='zone'><div class='col-wide'><div class='rte'>"
        "<p>Radiographers take X-rays and scans in our three hospitals.</p><h2>Training</h2>"
        "<p>Most radiographers take a three-year BSc in diagnostic radiography.</p>"
        "<p>Assistant practitioners can train through a degree apprenticeship.</p><h2>Pay</h2>"
        "<p>Newly qualified radiographers start on Band 5 and move to Band 6 after two years."
        "</p></div></div><div class='col-narrow'><div class='part'><h2>Useful pages</h2><ul>"
        "<li><a href='/v'>Vacancies</a></li><li><a href='/b'>Benefits</a></li></ul></div>"
        "<div class='part'><h2>Latest</h2><div class='item'><a href='/n/1'>New scanner opens "
        "at the general hospital</a><p>2 days ago</p></div><div class='item'><a href='/n/2'>"
        "Students visit the imaging unit</a><p>1 week ago</p></div></div><div class='part'>"
        "<h2>Who to ask</h2><div class='card'><span>Sam Okafor</span><span>Imaging lead</span>"
        "</div></div></div></div><div class='zone'><div class='actions'><span>Like</span> "
        "<span>Save for later</span> <span>Share</span> <span>96 views</span></div></div>"
        "</div></body></html>", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Assistant practitioners can train through a degree apprenticeship."].section \
        == ("Training",)
    for furniture in ("Useful pages", "Vacancies", "Latest", "scanner", "days ago",
                      "Who to ask", "Okafor", "Like", "96 views"):
        assert furniture not in doc.text
    # the article's own list of links under its heading stays (see the page of divs)
    path.write_text("<html><body><div><h1>Careers</h1><div><p>We employ 400 people in "
                    "imaging.</p><h2>Open roles</h2><ul><li><a href='/1'>Senior Radiographer"
                    "</a></li><li><a href='/2'>Sonographer</a></li></ul></div></div></body>"
                    "</html>", encoding="utf-8")
    _, _, units = _units(path)
    assert units["Sonographer"].section == ("Open roles",)


def test_html_links_drawn_as_buttons_by_inline_style_and_back_to_top_after_a_sentence_go(
        tmp_path):
    path = tmp_path / "digest.html"
    path.write_text(
        "<html><body><h1>Library careers digest</h1>"
        "<p>The apprenticeship lets employers train graduates on the job.</p>"
        '<p><a href="https://mail.example/c/1" style="background-color:#e63946;color:#fff;'
        'padding:10px 16px;display:inline-block">Read the guide</a></p>'
        '<p>See the <a href="https://cilip.example" style="color:#00f">CILIP site</a> for '
        "fees.</p>"
        '<p>Page last updated 14 January. <a href="#top">Top of page</a></p>'
        "</body></html>", encoding="utf-8")
    doc, _, units = _units(path)
    assert "Read the guide" not in doc.text and "Top of page" not in doc.text
    assert "See the CILIP site for fees." in units  # a link in a sentence is its words
    assert "The apprenticeship lets employers train graduates on the job." in units


def test_html_a_question_put_to_the_reader_with_buttons_to_answer_is_not_read(tmp_path):
    path = tmp_path / "role.html"
    path.write_text(
        "<html><body><main><h1>Diagnostic radiographer</h1><h2>Where the role can lead</h2>"
        "<p>Some radiographers move into management or teaching.</p>"
        "<div><p>Was this page helpful?</p><div><button>Yes</button><button>No</button></div>"
        "</div><section><h2>Is it for you?</h2><p>Do you like technology? Most radiographers "
        "do.</p><button>Save</button><button>Print</button></section></main></body></html>",
        encoding="utf-8")
    doc, _, units = _units(path)
    assert "helpful" not in doc.text  # the site asking its readers, not the page's text
    assert "Some radiographers move into management or teaching." in units
    # a question the page asks and answers itself stays, whatever buttons sit beside it
    assert "Do you like technology?" in units and "Most radiographers do." in units


def test_html_layout_tables_are_read_as_their_content(tmp_path):
    path = tmp_path / "old.htm"
    path.write_text(
        "<html><head><title>Surveyor - Career Profile - Westshire Careers</title></head><body>"
        "<table><tr><td class='left'><a href='/'>Home</a><br><a href='/p'>Profiles</a></td><td>"
        "<h1>Surveyor</h1><p>Surveyors measure land for new roads.</p><h2>Tasks</h2><ul>"
        "<li>Carry out site surveys</li><li>Prepare drawings</li></ul><h2>Salary</h2>"
        "<table><tr><th>Stage</th><th>Salary</th></tr><tr><td>Apprentice</td><td>£17,000</td>"
        "</tr></table></td></tr></table></body></html>")
    doc, parsed, units = _units(path)
    assert units["Surveyors measure land for new roads."].kind == "sentence"
    assert units["Prepare drawings"].section == ("Tasks",) and units["Prepare drawings"].kind \
        == "item"
    assert units["Stage: Apprentice | Salary: £17,000"].section == ("Salary",)  # a data table
    assert "Home" not in doc.text
    assert parsed.title == "Surveyor"
    # an e-mail's job cards: a one-column table per card, titled by a cell of bold words
    path.write_text("<html><body><h1>Your job alert</h1><table><tr><td><a href='/j'><b>Junior "
                    "Surveyor</b></a></td></tr><tr><td>Leeds</td></tr><tr><td><b>£25,000 a "
                    "year</b></td></tr></table></body></html>")
    doc, parsed, units = _units(path)
    assert units["£25,000 a year"].section == ("Junior Surveyor",)
    assert units["Leeds"].section == ("Junior Surveyor",)


def test_html_table_cells_and_header_rows(tmp_path):
    path = tmp_path / "outlook.html"
    path.write_text(
        "<html><body><main><h1>Electricians</h1><table><thead><tr><th colspan='2'>Quick facts"
        "</th></tr></thead><tbody><tr><th>Median pay</th><td>$61,590 per year<br>$29.61 per "
        "hour</td></tr></tbody></table><table><thead><tr><th rowspan='2'>Title</th><th "
        "colspan='2'>Change, 2023-33</th></tr><tr><th>Percent</th><th>Numeric</th></tr>"
        "</thead><tbody><tr><td>Electricians</td><td>11</td><td>88,900</td></tr></tbody>"
        "</table></main></body></html>")
    _, _, units = _units(path)
    assert "Median pay: $61,590 per year $29.61 per hour" in units
    assert ("Title: Electricians | Change, 2023-33 (Percent): 11 | Change, 2023-33 (Numeric): "
            "88,900") in units
    assert not any(u.startswith("Title: Percent") or "Quick facts:" in u for u in units)


def test_html_navigation_boxes_hidden_text_and_standalone_images_are_not_read(tmp_path):
    path = tmp_path / "post.html"
    path.write_text(
        "<html><body><main><h1>From bartender to accountant</h1><p>by <a href='/a'>Priya</a>"
        "<span class='posted-on'>Posted on March 4</span></p><div class='toc'><p>Table of "
        "Contents</p><ul><li><a href='#why'>Why</a></li><li><a href='#pay'>Pay</a></li></ul>"
        "</div><img src='me.jpg' alt='Priya at her desk'><h2 id='why'>Why</h2><p>I liked "
        "numbers.<span class='screen-reader-text'> (opens in a new tab)</span> Press the "
        "<img src='g.png' alt='gear'> icon to start.</p><h2 id='pay'>Pay</h2><p>I earn £52,000."
        "</p><figure><img src='c.png' alt='My calendar'><figcaption>My exam calendar for 2021. "
        "Photo: Priya Shah</figcaption></figure><blockquote><p>Choose an employer that pays "
        "for exams.</p><cite>Priya Shah</cite></blockquote></main></body></html>")
    doc, _, units = _units(path)
    assert "by Priya Posted on March 4" in units
    assert "My exam calendar for 2021." in units and "Choose an employer that pays for exams." \
        in units
    for furniture in ("Table of Contents", "Priya at her desk", "opens in a new tab", "Photo:"):
        assert furniture not in doc.text
    # the name under a pull quote says who said it: it titles the quotation
    assert units["Choose an employer that pays for exams."].section == ("Pay", "Priya Shah")
    assert "Press the gear icon to start." in units  # an image within a sentence is its words
    assert units["I earn £52,000."].section == ("Pay",)


def test_html_contents_box_goes_with_its_title_and_heads_no_section(tmp_path):
    """npm's documentation pages: no main element; a section holding the "Table of contents"
    heading (h2) and a list of links, most to the page's own headings, some to other pages
    (a link inside a link, which the parser splits); the text's headings are h3. The list goes
    as navigation, and its title with it: the text's sections are not under it."""
    path = tmp_path / "scripts.html"
    path.write_text(
        "<html><head><title>scripts</title></head><body><header><h1>Scripts</h1><p>How the "
        "tool handles the scripts field</p></header><section id='table_of_contents'><h2>Table "
        "of contents</h2><div><ul><li><a href='#description'>Description</a></li><li><a "
        "href='#life-cycle'>Life cycle scripts</a></li><ul><li><a href='#npm-ci'><a "
        "href='../commands/npm-ci.html'><code>npm ci</code></a></a></li></ul></ul></div>"
        "</section><div id='_content'><h3 id='description'>Description</h3><p>Scripts run "
        "in the package's folder.</p><h3 id='life-cycle'>Life cycle scripts</h3><p>Some "
        "scripts run only when the package is installed.</p></div></body></html>")
    doc, _, units = _units(path)
    assert "Table of contents" not in doc.text
    assert units["Scripts run in the package's folder."].section == ("Description",)
    assert units["Some scripts run only when the package is installed."].section == (
        "Life cycle scripts",)


def test_html_docbook_manual_page_is_read_without_its_navigation_and_title_page_credits(
        tmp_path):
    """A manual made by DocBook XSL (Valgrind's, libxslt's): a navigation table summarised as
    the "Navigation header" (previous, up, next, the part's name), a title page with the
    author's name set as an h3 and a legal notice, a contents box and a question-and-answer
    set whose division lists its own questions in a row of class "toc"."""
    path = tmp_path / "faq.html"
    path.write_text(
        "<html><head><title>Surveying FAQ</title><meta name='generator' content='DocBook XSL "
        "Stylesheets'></head><body><div><table class='nav' summary='Navigation header'><tr>"
        "<td><a href='prev.html'>Prev</a></td><th>Surveying manual</th><td><a href='next.html'>"
        "Next</a></td></tr></table></div><div class='article'><div class='titlepage'><h2 "
        "class='title'>Surveying FAQ</h2><div class='author'><h3 class='author'>Ann Reyes</h3>"
        "</div><div class='legalnotice'><p>Permission is granted to copy this document.</p>"
        "</div></div><div class='toc'><p><b>Table of Contents</b></p><dl><dt><a "
        "href='#pay'>1. Pay</a></dt></dl></div><table><tr><td><h3 class='title'><a "
        "name='pay'></a>1. Pay</h3></td></tr><tr class='toc'><td>1.1. <a href='#q1'>What do "
        "trainees earn?</a></td></tr><tr class='question'><td><b>What do trainees earn?</b>"
        "</td></tr><tr class='answer'><td><p>Trainees earn £21,000 a year.</p></td></tr>"
        "</table></div></body></html>")
    doc, parsed, units = _units(path)
    for furniture in ("Prev", "Surveying manual", "Permission", "Table of Contents"):
        assert furniture not in doc.text
    assert doc.text.count("What do trainees earn?") == 1
    assert units["Trainees earn £21,000 a year."].section[0] == "1. Pay"
    assert all("Ann Reyes" not in u.section for u in parsed.units)


def test_html_inline_code_is_read_as_typed(tmp_path):
    """A highlighter splits inline code into elements with nothing between them (Sphinx's
    "<code><span class='pre'>3.</span><em>Y</em></code>"): one string as typed, where two
    elements of a sentence's text are laid out apart."""
    path = tmp_path / "policy.html"
    path.write_text(
        "<html><body><main><h1>Versions</h1><p>Use a version of at least <code class='samp'>"
        "<span class='pre'>3.</span><em><span class='pre'>Y</span></em></code> and run "
        "<code><span>make</span> <span>test</span></code> first.</p></main></body></html>")
    _, _, units = _units(path)
    assert "Use a version of at least 3.Y and run make test first." in units


def test_html_arxiv_paper_notes_follow_their_paragraph_and_formulas_are_read_once(tmp_path):
    """LaTeXML's HTML (arXiv): a footnote written inside its sentence after its mark (the
    mark, then the note with the mark and its number again), and MathML that carries its TeX
    source as an annotation, which is not shown."""
    path = tmp_path / "paper.html"
    path.write_text(
        "<html><body><article class='ltx_document'><h1 class='ltx_title'>Who builds the "
        "models?</h1><section class='ltx_section'><h2>2 Data</h2><div class='ltx_para'><p "
        "class='ltx_p'>The survey was sent to the society's members.<span class='ltx_note "
        "ltx_role_footnote'><sup class='ltx_note_mark'>1</sup><span class='ltx_note_outer'>"
        "<span class='ltx_note_content'><sup class='ltx_note_mark'>1</sup><span class='ltx_tag "
        "ltx_tag_note'>1</span>The society had 6,900 members.</span></span></span> We received "
        "1,402 responses.</p></div><table class='ltx_tabular'><thead><tr><th>Role</th><th><math "
        "alttext='n'><semantics><mi>n</mi><annotation encoding='application/x-tex'>n</annotation>"
        "</semantics></math></th></tr></thead><tbody><tr><td>ML engineer</td><td>212</td></tr>"
        "</tbody></table><p>where <math alttext='B'><semantics><mi>B</mi><annotation "
        "encoding='application/x-tex'>B</annotation></semantics></math> is base salary.</p>"
        "</section></article></body></html>")
    doc, parsed, units = _units(path)
    texts = [u.text for u in parsed.units]
    assert texts[:3] == ["The survey was sent to the society's members.",
                         "We received 1,402 responses.", "The society had 6,900 members."]
    assert "Role: ML engineer | n: 212" in units and "where B is base salary." in units


def test_html_table_drawn_with_divs_named_as_a_grid_is_read_row_by_row(tmp_path):
    """A salary site's CSS grid (Levels.fyi): a "levels-table_grid" of "levels-table_row"s of
    "levels-table_cell"s, its first row named a header, a header cell and a level carrying a
    hidden tooltip; a comparison grid whose cells carry no class. Label and value rows with no
    header row stay fields."""
    path = tmp_path / "levels.html"
    tip = "<span aria-describedby='t1'></span><div role='tooltip' id='t1' hidden>{}</div>"
    path.write_text(
        "<html><body><main><h1>Auklet Labs ML Engineer Salary</h1><h2>By level</h2><div "
        "class='levels-table_grid__Rf8sJ' style='display:grid'><div class='levels-table_row__Hq "
        "levels-table_header__c9'><div class='levels-table_cell__d7'>Level</div><div "
        "class='levels-table_cell__d7'>Total" + tip.format("Base + stock + bonus.") + "</div>"
        "<div class='levels-table_cell__d7'>Base</div></div><div class='levels-table_row__Hq'>"
        "<div class='levels-table_cell__d7'><a href='/l3'>L3</a><span>Engineer I</span>"
        + tip.format("Entry level.") + "</div><div class='levels-table_cell__d7'>BMK 86K</div>"
        "<div class='levels-table_cell__d7'>BMK 76K</div></div></div><h2>Compare</h2><div "
        "class='compare_grid__Kk'><div class='compare_row__Ee compare_header__Mm'><div>Company"
        "</div><div>Total</div></div><div class='compare_row__Ee'><div>Mendwell</div><div>BMK "
        "113K</div></div></div><h2>Pay points</h2><div class='pay-table'><div class='pay-row'>"
        "<div class='pay-label'>Point 1</div><div class='pay-value'>VNF 128,000</div></div><div "
        "class='pay-row'><div class='pay-label'>Point 2</div><div class='pay-value'>VNF "
        "131,600</div></div></div></main></body></html>")
    doc, parsed, units = _units(path)
    assert units["Level: L3 Engineer I | Total: BMK 86K | Base: BMK 76K"].section == ("By level",)
    assert "Company: Mendwell | Total: BMK 113K" in units
    assert "Point 1: VNF 128,000" in units
    assert "Entry level." not in doc.text and "Base + stock" not in doc.text


def test_html_hacker_news_comment_headers_are_not_text(tmp_path):
    """Hacker News: the line over each comment (its author, age and links, "comhead") and the
    story's "subline" (points, author, links) are bylines, not what anyone said."""
    path = tmp_path / "hn.html"
    path.write_text(
        "<html><body><center><table id='hnmain'><tr><td><table class='fatitem'><tr "
        "class='athing'><td class='title'><span class='titleline'><a href='item?id=1'>Ask HN: "
        "Who is hiring?</a></span></td></tr><tr><td class='subtext'><span class='subline'>"
        "<span class='score'>412 points</span> by <a class='hnuser'>whoishiring</a> <span "
        "class='age'><a>3 days ago</a></span> | <a>hide</a> | <a>past</a></span></td></tr>"
        "</table><table class='comment-tree'><tr class='athing comtr'><td><table><tr><td "
        "class='ind' indent='0'></td><td class='default'><div><span class='comhead'><a "
        "class='hnuser'>auklet_hiring</a> <span class='age'><a>3 days ago</a></span> <span "
        "class='navs'>| <a href='#2'>next</a> [–]</span></span></div><div class='comment'>"
        "<div class='commtext c00'>Auklet Labs | ML Engineer | Velden<p>There is no cash "
        "bonus.</p></div></div></td></tr></table></td></tr></table></td></tr></table></center>"
        "</body></html>")
    doc, parsed, units = _units(path)
    assert "There is no cash bonus." in units
    for furniture in ("auklet_hiring", "3 days ago", "412 points", "whoishiring", "[–]"):
        assert furniture not in doc.text


def test_html_accordion_sections_are_read_under_their_titles(tmp_path):
    path = tmp_path / "social-work.html"
    path.write_text(
        "<html><body><main><h1>Social work</h1><div class='govuk-accordion'><button "
        "aria-expanded='false'>Show all sections</button><div><h2><button aria-controls='c1' "
        "aria-expanded='false'><span>Pay</span><span class='govuk-visually-hidden'>, </span>"
        "<span>Salary scales</span><span data-nosnippet>Show</span></button></h2></div>"
        "<div id='c1' hidden='until-found'><p>Social workers start on £36,124.</p></div></div>"
        "<div class='accordion'><h2 class='accordion-header'><button data-bs-target='#c2' "
        "aria-expanded='false'>Do I need a degree?</button></h2><div id='c2' class='collapse' "
        "style='display: none'><p>Yes, a degree in social work.</p></div><div><button "
        "aria-expanded='false' aria-controls='c3'>Is there a bursary?</button></div><div "
        "id='c3' aria-hidden='true'><p>Yes, up to £5,000.</p></div></div><details><summary>"
        "Caseloads</summary><p>Caseloads are capped at 15 children.</p></details><div "
        "class='govuk-warning-text'><strong><span class='govuk-visually-hidden'>Warning</span>"
        "We do not accept CVs.</strong></div><p hidden>Old text.</p></main></body></html>")
    doc, _, units = _units(path)
    assert units["Social workers start on £36,124."].section == ("Pay Salary scales",)
    assert units["Yes, a degree in social work."].section == ("Do I need a degree?",)
    # a panel's title with no heading level is under the last heading
    assert units["Yes, up to £5,000."].section[-1] == "Is there a bursary?"
    assert units["Caseloads are capped at 15 children."].section[-1] == "Caseloads"
    assert "We do not accept CVs." in units
    for furniture in ("Show", "Warning", "Old text"):
        assert furniture not in doc.text


def test_html_furniture_is_told_by_its_place_not_a_header_in_its_class(tmp_path):
    path = tmp_path / "pharmacist.html"
    path.write_text(
        "<html><head><title>Halden - Pharmacist</title></head><body><div class='main-header'>"
        "<a href='/'><img alt='Halden logo' src='l.png'></a></div><div class='content'><div "
        "class='posting-header'><h2>Pharmacist</h2><div class='location'>Boston, MA</div></div>"
        "<div><p>You will verify chemotherapy orders and counsel patients on side effects of "
        "their treatment.</p></div></div><div class='main-footer'><a href='/lever'><span>Jobs "
        "powered by </span><img alt='Lever logo' src='x.svg'></a></div></body></html>")
    doc, parsed, units = _units(path)
    assert parsed.title == "Pharmacist"
    assert "Boston, MA" in units
    assert "Lever" not in doc.text and "logo" not in doc.text


def test_html_shadow_roots_aria_headings_and_a_box_of_facts_are_content(tmp_path):
    path = tmp_path / "construction.html"
    path.write_text(
        "<html><body><div class='site-header'><a href='/'>Careers</a></div><div class='page'>"
        "<div role='heading' aria-level='1'>Construction Manager</div><p>Construction managers "
        "run building projects from the first site works to handover.</p><section><div "
        "role='heading' aria-level='2'>Salary</div><salary-table><template "
        "shadowrootmode='open'><table><tr><th>Stage</th><th>Salary</th></tr><tr><td>Junior</td>"
        "<td>$95,000</td></tr></table></template></salary-table></section><aside "
        "class='sidebar'><div role='heading' aria-level='3'>Workforce snapshot</div><ul><li>"
        "Employed: 98,600 people</li></ul><ul><li><a href='/qs'>Quantity Surveyor</a></li></ul>"
        "</aside></div><aside><p>Sponsored: learn to code in 12 weeks with our bootcamp.</p>"
        "</aside></body></html>")
    doc, parsed, units = _units(path)
    assert parsed.title == "Construction Manager"
    assert units["Stage: Junior | Salary: $95,000"].section == ("Salary",)
    assert units["Employed: 98,600 people"].section[-1] == "Workforce snapshot"
    for furniture in ("Quantity Surveyor", "Sponsored"):
        assert furniture not in doc.text


def test_html_wiki_chrome_citations_and_notes_are_not_read(tmp_path):
    path = tmp_path / "vet.html"
    path.write_text(
        "<html><body><main><header><h1>Veterinary nurse</h1><label aria-label='Languages'>12 "
        "languages</label></header><div class='noprint'>From Wikipedia, the free encyclopedia"
        "</div><div style='display:none'>Animal health care professional</div><table><tr><th "
        "colspan='2'>Veterinary nurse</th></tr><tr><td colspan='2'>A nurse and a dog</td></tr><tr>"
        "<th colspan='2'>Occupation</th></tr><tr><th>"
        "Sectors</th><td>Veterinary medicine</td></tr></table><p>Nurses care for animals.<sup>"
        "<a href='#n1'>[1]</a></sup> Only registered nurses may use the title.<sup><a "
        "href='#n2'>[2]</a></sup></p><div><h2>Pay</h2><span>[<a href='/edit'>edit</a>]</span>"
        "</div><p>The median salary was £27,500.<sup><a href='#n1'>[1]</a></sup></p><h2>"
        "References</h2><ol><li id='n1'>Smith, J. (2021). Vet nurses. Veterinary Record.</li>"
        "<li id='n2'>RCVS (2022). Becoming a veterinary nurse.</li></ol><div><a href='/c'>"
        "Categories</a>: <ul><li><a href='/c/1'>Veterinary professions</a></li></ul></div>"
        "</main></body></html>")
    doc, _, units = _units(path)
    assert "Nurses care for animals." in units
    assert "Only registered nurses may use the title." in units
    assert units["The median salary was £27,500."].section == ("Pay",)
    assert "Sectors: Veterinary medicine" in units and "A nurse and a dog" in units
    for furniture in ("[1]", "edit", "Smith", "RCVS", "Categories", "professions", "languages",
                      "free encyclopedia", "Animal health", "Occupation"):
        assert furniture not in doc.text


def test_html_toolbar_around_a_byline_is_not_read(tmp_path):
    path = tmp_path / "post.html"
    path.write_text(
        "<html><body><article><h1>From QA to game design</h1><div><div><p><a href='/@j'>Jordan"
        "</a></p><p><a href='/follow'>Follow</a></p><div><span>Published in</span><a href='/p'>"
        "<p>Level Up</p></a></div><span>7 min read</span></div><div><span>12</span><div><p>"
        "Listen</p></div><div><p>Share</p></div></div></div><p>Two years ago I was a tester."
        "</p><p>by <a href='/a'>Priya</a> <span>Posted on</span> <a href='/d'>March 4</a> "
        "<span>7 min read</span></p></article></body></html>")
    doc, _, units = _units(path)
    assert "Two years ago I was a tester." in units
    assert "by Priya Posted on March 4 7 min read" in units  # a byline on one line dates it
    for furniture in ("Follow", "Published", "Listen", "Share", "12"):
        assert furniture not in doc.text


def test_a_lists_intro_labels_that_list_only_not_a_box_or_table_after_it(tmp_path):
    note = tmp_path / "routes.md"
    note.write_text("# Routes\n\nFast-track routes include:\n\n- Step Up to Social Work\n"
                    "- Frontline\n\n> [!tip] Funding\n> Students can get a bursary of £5,000.\n",
                    encoding="utf-8")
    _, _, units = _units(note)
    assert units["Frontline"].label == "Fast-track routes include"
    assert units["Funding"].label == ""  # the box's title is no route
    assert units["Students can get a bursary of £5,000."].label == "Funding"
    page = tmp_path / "routes.html"
    page.write_text("<html><body><main><h1>Routes</h1><p>Fast-track routes include:</p><ul><li>"
                    "Frontline</li></ul><table><tr><th>Route</th><th>Length</th></tr><tr><td>"
                    "Degree</td><td>3 years</td></tr></table></main></body></html>")
    _, _, units = _units(page)
    assert units["Frontline"].label == "Fast-track routes include"
    assert units["Route: Degree | Length: 3 years"].label == ""


def test_html_wiki_hatnote_and_an_infobox_titled_by_the_page_title_are_not_read(tmp_path):
    path = tmp_path / "wiki.html"
    path.write_text(
        "<html><body><main><h1>Veterinary nurse</h1><div role='note'>For the role in the United "
        "States, see <a href='/wiki/Veterinary_technician'>Veterinary technician</a>.</div>"
        "<div role='note'>Registration is renewed every year.</div><table><tr><th colspan='2'>"
        "Veterinary nurse</th></tr><tr><th>Sectors</th><td>Veterinary medicine</td></tr></table>"
        "<table><caption>Pay by grade</caption><tr><th>Grade</th><th>Pay</th></tr><tr><td>RVN"
        "</td><td>£27,500</td></tr></table><p>Nurses care for animals.</p></main></body></html>")
    doc, _, units = _units(path)
    assert "Veterinary technician" not in doc.text and "United States" not in doc.text
    assert "Registration is renewed every year." in units  # a note that points nowhere else
    assert doc.text.count("Veterinary nurse") == 1  # the title, not again over the infobox
    assert "Sectors: Veterinary medicine" in units and "Pay by grade" in units


def test_html_posting_facts_under_its_title_are_one_line(tmp_path):
    path = tmp_path / "posting.html"
    path.write_text(
        "<html><body><div class='posting'><div class='headline'><h2>Clinical Pharmacist, "
        "Oncology</h2><div><div class='location'>Boston, MA</div><div>Pharmacy – Infusion "
        "Services /</div><div>Full-time</div><div>On-site</div></div></div><div><div><b>The role"
        "</b></div><div>You will verify chemotherapy orders and counsel patients.</div><div>You "
        "will report to the Director of Pharmacy.</div><div>Apply by 1 May.</div></div></div>"
        "</body></html>")
    doc, parsed, units = _units(path)
    assert "Boston, MA · Pharmacy – Infusion Services · Full-time · On-site" in units
    assert "On-site" not in units and "Boston, MA" not in units
    # blocks of sentences, or under a bold title, are not a line of facts
    assert units["You will verify chemotherapy orders and counsel patients."].section == (
        "The role",)
    assert "Apply by 1 May." in units



def _thread(tmp_path, posts: str, after: str = ""):
    """A forum thread's page: its title box (a category badge, two tags), its posts, and
    what comes `after` them."""
    path = tmp_path / "thread.html"
    path.write_text(
        "<html><body><main><div class='title-box'><h1>Becoming a live sound engineer</h1><div>"
        "<span class='badge'>Careers</span><div><a href='/tags/audio'>audio</a><a href='/tags/"
        "mixing-desks'>mixing desks</a></div></div></div><div class='posts'>" + posts
        + "</div>" + after + "</main></body></html>")
    return _units(path)


def test_html_thread_statistics_and_tags_beside_its_title_are_not_read(tmp_path):
    doc, parsed, units = _thread(
        tmp_path, "<article><p>Most venues hire engineers as freelancers on day rates, "
        "and a small theatre pays about €180 for a show day.</p><ul class='facts'><li><span>"
        "Day rate</span><span>€180</span></li><li><span>Call time</span><span>14:00</span></li>"
        "<li><span>Crew</span><span>3</span></li></ul><h2>Who keeps the kit</h2><p><a href="
        "'/u/ana'>@ana</a> <a href='/u/ben'>@ben</a></p></article><article><p>Touring work "
        "pays more but you are away for weeks, and a tour manager expects you to drive the van"
        " as well.</p></article>", "<div class='map'><ul><li><h4 role='presentation'>created"
        "</h4><span>Mar 2</span></li><li><span>9</span><h4 role='presentation'>replies</h4>"
        "</li><li><span>1.2k</span><h4 role='presentation'>views</h4></li></ul></div>")
    for chrome in ("Careers", "audio", "mixing desks", "replies", "views", "created", "1.2k"):
        assert chrome not in doc.text
    assert "Day rate €180" in units and "Crew 3" in units  # a box of facts in the post
    assert "@ana @ben" in units  # links with a section of their own, not the title's tags
    assert units["Touring work pays more but you are away for weeks, and a tour manager "
                 "expects you to drive the van as well."].section == ("Who keeps the kit",)


def test_html_heading_whose_role_is_taken_away_titles_nothing(tmp_path):
    path = tmp_path / "counters.html"
    path.write_text("<html><body><main><h1>Apprenticeships</h1><p>Places are offered every "
                    "spring.</p><div><span>40</span><h4 role='presentation'>places</h4></div>"
                    "<p>Apply by March.</p></main></body></html>")
    _, parsed, units = _units(path)
    assert all(u.section == () for u in parsed.units)
    assert "places" in units and units["Apply by March."].section == ()


def test_html_post_byline_is_neither_a_heading_nor_a_statement(tmp_path):
    doc, _, units = _thread(
        tmp_path, "<article><div role='heading' aria-level='2'><div><span><a href='/u/ana'>"
        "ana_p</a></span><span><a href='/u/ana'>Ana Pires</a></span><span>Sound engineer"
        "</span></div><div><a href='/t/7/1'><span title='Mar 3, 2025 10:02 am'>Mar 3</span>"
        "</a></div></div><div><p>A small theatre pays about €180 for a show day.</p></div>"
        "</article><article><h2>Open day <time datetime='2025-04-03'>3 April 2025</time></h2>"
        "<p>Bring ear defenders.</p></article>")
    assert "ana_p" not in doc.text and "Sound engineer" not in doc.text
    assert units["A small theatre pays about €180 for a show day."].section == ()
    # a heading with its own words and a date is a section's title
    assert units["Bring ear defenders."].section == ("Open day 3 April 2025",)


def test_html_post_signatures_are_not_read(tmp_path):
    doc, _, units = _thread(
        tmp_path, "<article><div class='body'><p>A small theatre pays about €180 for a show "
        "day.</p></div><div class='user-signature'><hr><p>Ana | FOH &amp; monitors | "
        "ana.example</p></div></article>", "<section class='signature-courses'><h2>Signature"
        " courses</h2><p>The diploma takes a year.</p></section>")
    assert "ana.example" not in doc.text and "FOH" not in doc.text
    assert "A small theatre pays about €180 for a show day." in units
    assert units["The diploma takes a year."].section == ("Signature courses",)


def test_html_a_quoted_earlier_post_is_read_once_where_it_was_written(tmp_path):
    doc, _, units = _thread(
        tmp_path, "<article><p>A small theatre pays about €180 for a show day, and a festival "
        "stage about €260.</p></article><article><aside class='quote'><div class='title'><img "
        "alt='' src='/a.png'> ana_p:</div><blockquote><p>a festival stage about €260.</p>"
        "</blockquote></aside><p>Is that before tax?</p><blockquote><p>Rates rise with the "
        "size of the rig.</p></blockquote><p>So says the union.</p></article>")
    assert doc.text.count("€260") == 1 and "ana_p" not in doc.text
    assert "A small theatre pays about €180 for a show day, and a festival stage about €260." \
        in units and "Is that before tax?" in units
    assert "Rates rise with the size of the rig." in units  # a quotation of words not on the page


def test_html_panel_title_heads_only_the_panel_and_an_expand_control_titles_its_content(tmp_path):
    path = tmp_path / "wiki-export.html"
    path.write_text(
        "<html><body><h1>Surveying</h1><h2>Training</h2><div class='panel'><div class='panel"
        "Header'><b>Short courses</b></div><div class='panelContent'><ul><li>Levelling basics:"
        " 3 days</li></ul></div></div><div class='expand-container'><div class='expand-control'>"
        "<span class='expand-control-icon'>&nbsp;</span><span class='expand-control-text'>"
        "Kit list</span></div><div class='expand-content expand-hidden'><ul><li>a total "
        "station</li><li>a field book</li></ul></div></div><div class='layout'><p>Fees are "
        "paid by most employers.</p></div></body></html>")
    _, _, units = _units(path)
    assert units["Levelling basics: 3 days"].section == ("Training", "Short courses")
    assert units["a total station"].section == ("Training", "Kit list")  # not a sentence
    assert "Kit list" not in units
    assert units["Fees are paid by most employers."].section == ("Training",)


def test_html_wiki_section_edit_links_inside_a_heading_are_not_its_text(tmp_path):
    bracket = "<span class='mw-editsection-bracket'>{}</span>"
    edit = (f"<span class='mw-editsection'>{bracket.format('[')}<a href='/index.php?title="
            f"Archivist&amp;action=edit&amp;section=1'>edit</a>{bracket.format(']')}</span>")
    path = tmp_path / "wiki.html"
    path.write_text(f"<html><body><div role='main'><h1>Archivist</h1><h2><span class="
                    f"'mw-headline' id='Pay'>Pay</span>{edit}</h2><p>Archivists earn €30,000."
                    "</p><h2>About <a href='/wiki/Records'>records</a></h2><p>Records are kept."
                    "</p><div role='heading' aria-level='2'><div>ana</div><div><a href='/t/1/2'>"
                    "Feb 3</a></div></div><p>Thanks.</p></div></body></html>")
    doc, _, units = _units(path)
    assert units["Archivists earn €30,000."].section == ("Pay",)
    assert units["Records are kept."].section == ("About records",)  # a link in the words
    assert "edit" not in doc.text
    assert "Feb 3" in doc.text  # a header made of blocks (a post's) has no controls beside it


def test_html_site_notice_above_the_pages_title_is_not_read(tmp_path):
    notice = ("<div id='siteNotice'><p><b>Meet-up</b> &ndash; join us in the library on 3 May. "
              "<a href='/wiki/Meetup'>Details</a></p></div>")
    label = "<div class='kicker'><a href='/wiki/Sectors'>Heritage</a></div>"
    body = "<p>Archivists keep records. See <a href='/wiki/Records'>records</a>.</p>"
    path = tmp_path / "wiki.html"
    path.write_text(f"<html><body><div role='main'>{notice}{label}<h1>Archivist</h1>{body}"
                    "</div></body></html>")
    doc, parsed, units = _units(path)
    assert "Meet-up" not in doc.text and "Details" not in doc.text
    assert "Heritage" in doc.text  # a label above the title is no announcement
    assert "Archivists keep records." in units


def test_html_line_naming_the_pages_author_and_editor_is_not_read(tmp_path):
    path = tmp_path / "export.html"
    path.write_text(
        "<html><body><div id='main'><h1>Surveying</h1><div class='page-metadata'>Created by "
        "<span class='author'>Ana Lima</span>, last modified by <span class='editor'>Tom Wu"
        "</span> on 2 May 2025</div><p>Surveyors measure land.</p><table><tr><th>Book</th><th>"
        "Author</th></tr><tr><td>Land</td><td><span class='author'>Ray Ode</span></td></tr>"
        "</table><p>by <a href='/u/sam'>Sam</a> on 3 May</p></div></body></html>")
    doc, _, units = _units(path)
    assert "Created by" not in doc.text and "Surveyors measure land." in units
    assert "Book: Land | Author: Ray Ode" in units  # a name in a table is data
    assert "by Sam on 3 May" in units  # a byline no markup marks is read


def test_html_title_part_naming_a_place_of_the_breadcrumb_trail_is_not_the_title(tmp_path):
    trail = ("<ol id='breadcrumbs'><li><a href='index.html'>Guides Space</a></li><li><a "
             "href='b.html'>Pathways</a></li></ol>")
    path = tmp_path / "export.html"
    path.write_text(f"<html><head><title>Guides Space : Surveying: Career Pathway</title></head>"
                    f"<body><div id='main'>{trail}<h1>Guides Space : Surveying: Career Pathway"
                    "</h1><p>Surveyors measure land.</p></div></body></html>")
    _, parsed, _ = _units(path)
    assert parsed.title == "Surveying: Career Pathway"
    path = tmp_path / "page.html"  # a trail that ends with the page keeps the page's name
    path.write_text("<html><head><title>Surveying | Pathways</title></head><body><nav aria-"
                    "label='Breadcrumb'><a href='/p'>Pathways</a> › <a href='#'>Surveying</a>"
                    "</nav><main><h1>Surveying</h1><p>Surveyors measure land.</p></main></body>"
                    "</html>")
    _, parsed, _ = _units(path)
    assert parsed.title == "Surveying"


def test_html_discussion_posts_in_forms_are_read_and_its_controls_are_not(tmp_path):
    vote = ("<div class='midcol'><div class='arrow up' role='button' aria-label='upvote'></div>"
            "<div class='score'>212</div><div class='arrow down' role='button'></div></div>")
    tools = ("<ul class='flat-list buttons'><li><a href='/r/x/comments/1/'>3 comments</a></li>"
             "<li><a href='javascript:void(0)'>report</a></li></ul>")

    def comment(text: str) -> str:
        return (f"<div class='thing comment'><p class='tagline'><a href='/u/a' class='author'>"
                f"ana</a> 9 points</p><form class='usertext'><input type='hidden' name='id'>"
                f"<div class='md'>{text}</div></form>{tools}</div>")

    path = tmp_path / "thread.html"
    path.write_text(
        f"<html><body><div class='content' role='main'><div class='thing link'>{vote}<p>"
        "<a href='/r/x/comments/1/'>Is surveying a good career?</a></p><form class='usertext'>"
        "<div class='md'><p>I finish my degree in June.</p></div></form>"
        f"{tools}</div><div class='commentarea'><form class='search'><input type='text' "
        "name='q'><p>Search this thread</p></form>"
        + comment("<p>Yes. Graduate surveyors earn €28,000.</p>")
        + comment("<ul><li>The licence exam costs €240.</li></ul><p>Book it early.</p>")
        + "</div><div class='footer-parent'><ul><li>about</li><li><a href='/blog'>blog</a></li>"
        "<li><a href='/ads'>advertising</a></li></ul></div></div></body></html>")
    doc, _, units = _units(path)
    for said in ("I finish my degree in June.", "Yes. Graduate surveyors earn €28,000.",
                 "The licence exam costs €240.", "Book it early."):
        assert said in units
    for chrome in ("212", "comments", "report", "Search this thread", "advertising", "blog"):
        assert chrome not in doc.text


def test_html_a_score_beside_buttons_drawn_as_web_components_or_button_links_is_not_read(
        tmp_path):
    """New Reddit draws its buttons as custom elements (`<award-button>`,
    `<shreddit-post-share-button>`) and links styled as buttons ("87 Comments"): with them, the
    score between them is a counter, not a statement."""
    path = tmp_path / "thread.html"
    path.write_text(
        "<html><body><main><shreddit-post><h1>Is surveying a good career?</h1>"
        "<div slot='text-body'><p>I finish my degree in June.</p></div>"
        "<div slot='post-actions'><shreddit-vote-button direction='up'></shreddit-vote-button>"
        "<faceplate-number number='214'>214</faceplate-number><a class='button' "
        "href='#comments'><span>87</span> Comments</a><award-button><span>Award</span>"
        "</award-button><shreddit-post-share-button><span>Share</span>"
        "</shreddit-post-share-button></div></shreddit-post>"
        "<shreddit-comment author='ana'><div slot='comment'><p>Graduate surveyors earn "
        "€28,000.</p></div><shreddit-comment-action-row><faceplate-number number='176'>176"
        "</faceplate-number> <button>Reply</button> <award-button>Award</award-button>"
        "</shreddit-comment-action-row></shreddit-comment></main></body></html>",
        encoding="utf-8")
    doc, _, units = _units(path)
    for said in ("I finish my degree in June.", "Graduate surveyors earn €28,000."):
        assert said in units
    for chrome in ("214", "176", "Award", "Comments", "Share"):
        assert chrome not in doc.text


def test_text_numbered_headings_underlined_are_sections_not_list_items(tmp_path):
    """A README typed at a fixed width numbers its Setext headings ("1. Licence categories" over
    a rule as long): each is a section's heading, and the lines under it are its text."""
    body = ("The pack is for people working towards an aircraft maintenance licence who are not "
            "on one of the College's full-time courses, and for apprentices on block release. "
            "It explains the licence categories, which modules you need, how the exams work and "
            "how much experience the authority asks for before it issues a licence. ")
    wrapped = "\n".join(textwrap.wrap(body * 3, 72))
    path = tmp_path / "README.txt"
    path.write_text(
        "LICENCE SELF-STUDY PACK\n=======================\n\nNorthfold Aero College\n\n\n"
        f"1. Licence categories\n---------------------\n\n{wrapped}\n\n"
        "2. What it costs\n----------------\n\n"
        + "\n".join(textwrap.wrap("The pack costs VNF 480. Each module exam costs VNF 95 and the "
                                  "licence fee is VNF 210 when you apply. " + body, 72)) + "\n\n"
        "----------------------------------------------------------------------\n"
        "Contact: engineering@northfold.example\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "LICENCE SELF-STUDY PACK"
    assert "Licence categories" not in units and "1. Licence categories" not in units
    assert units["The pack costs VNF 480."].section == ("What it costs",)
    first = body.split(". ")[0] + "."
    assert units[first].section == ("Licence categories",) and units[first].kind == "sentence"
    assert "Northfold Aero College" in units


def test_word_clauses_set_in_a_numbered_heading_style_are_text_not_headings(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Employee handbook", level=1)
    document.add_heading("Your contract", level=2)
    document.add_heading("Testers are first employed on fixed-term contracts of 6 or 12 months. "
                         "A contract may be renewed.", level=3)
    document.add_heading("Analysts and producers are employed on permanent contracts.", level=3)
    document.add_heading("Do I need a degree?", level=2)  # a question is a heading
    document.add_paragraph("No: most testers join from other jobs.")
    document.save(tmp_path / "handbook.docx")
    doc, parsed, units = _units(tmp_path / "handbook.docx")
    assert units["Testers are first employed on fixed-term contracts of 6 or 12 months."].section \
        == ("Your contract",)
    assert units["A contract may be renewed."].section == ("Your contract",)
    assert units["Analysts and producers are employed on permanent contracts."].section \
        == ("Your contract",)
    assert units["No: most testers join from other jobs."].section == ("Do I need a degree?",)


def test_pdf_drop_cap_and_standfirst_are_text_not_headings(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 34)
    pdf.text(40, 80, "Keepers of the schedule")
    pdf.set_font("Helvetica", "", 13)  # the standfirst: two lines of prose set large
    pdf.text(40, 110, "Producers don't draw, code or compose. So why does every studio say it")
    pdf.text(40, 127, "can't ship without them? We spent a month with the people who do it.")
    pdf.set_font("Times", "", 30)  # a drop cap on the first line's baseline
    pdf.text(40, 170, "A")
    cap = pdf.get_string_width("A")
    pdf.set_font("Times", "", 9.6)
    pdf.text(40 + cap + 1, 170, "t 09:45 on a Tuesday in the Canal Quarter, the senior producer")
    body = ["is already on her third meeting. She is responsible for the 31 people who",
            "build each ten-week season of the game, and for its schedule.",
            "Production is the least visible job in games and one of the most in demand.",
            "The survey counted about 430 producers in the country this year."]
    for i, line in enumerate(body):
        pdf.text(40 + (cap + 1 if i < 2 else 0), 182 + 12 * i, line)
    pdf.set_font("Times", "B", 13)
    pdf.text(40, 260, "What the job is")
    pdf.set_font("Times", "", 9.6)
    for i, line in enumerate(["A producer owns the plan: what gets built, in what order, by whom",
                              "and by when. In a small studio the producer also runs the budget.",
                              "In a large one the work is split between several producers."]):
        pdf.text(40, 278 + 12 * i, line)
    pdf.output(str(tmp_path / "feature.pdf"))
    doc, parsed, units = _units(tmp_path / "feature.pdf")
    assert not any("Tuesday" in " ".join(u.section) or "studio say" in " ".join(u.section)
                   for u in parsed.units)
    assert "We spent a month with the people who do it." in units
    assert any(t.startswith("A") and "is already on her third meeting." in t for t in units)
    assert units["In a small studio the producer also runs the budget."].section \
        == ("What the job is",)


def test_plain_text_forwarded_digest_reads_without_quote_marks_or_the_inner_header(tmp_path):
    import textwrap

    def quoted(text: str) -> str:
        return textwrap.fill(text, 70, initial_indent="> ", subsequent_indent="> ") + "\n>\n"

    mail = ("From: Lotte Brandvik <lotte@mailbox.example>\nSent: Tuesday, 17 November 2026\n"
            "To: Sam <sam@poly.example>\nSubject: Fwd: Members Digest #48\n\n"
            "Hi Sam,\n\nThis week's union digest answers most of what you asked about design "
            "jobs after the course, better than I could.\n\nLotte\n\n"
            "-----Original Message-----\nFrom: Members Digest <digest@union.example>\n"
            "Sent: Monday, 16 November 2026 17:30\nTo: members@lists.union.example\n"
            "Subject: Members Digest #48\n\n"
            "> GAME WORKERS UNION - MEMBERS DIGEST #48\n> =======================================\n"
            ">\n> In this issue:\n>   1. Fair Hours Pledge: 3 more studios sign\n"
            ">   2. Pay claim 2027: ballot dates\n>\n")
    mail += quoted("Three more studios signed the Fair Hours Pledge this month, bringing the "
                   "total to 19 studios employing about 3,100 people. The Pledge caps overtime "
                   "at 8 hours a week and 4 consecutive weeks.")
    mail += quoted("Our claim for 2027 is a 6.5% rise on all bands and a minimum salary of TVM "
                   "25,000 for any permanent games job. The ballot runs from 1 to 14 December.")
    path = tmp_path / "Fwd_ Members Digest #48.txt"
    path.write_text(mail, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Members Digest #48"
    assert "Original Message" not in doc.text and "digest@union.example" not in doc.text
    assert not any(u.text.startswith(">") for u in parsed.units)
    assert "The Pledge caps overtime at 8 hours a week and 4 consecutive weeks." in units
    assert units["Pay claim 2027: ballot dates"].kind == "item"
    assert units["Fair Hours Pledge: 3 more studios sign"].kind == "item"
    assert units["The ballot runs from 1 to 14 December."].section \
        == ("GAME WORKERS UNION - MEMBERS DIGEST #48",)


def test_html_toggle_whose_control_names_no_panel_keeps_the_hidden_panel(tmp_path):
    def toggle(title: str, body: str) -> str:
        return (f'<div class="notion-toggle-block"><div style="display: flex">'
                f'<div role="button" aria-expanded="false" aria-label="Open">&#9654;</div>'
                f'<div style="display: flex; flex-direction: column"><div>{title}</div>'
                f'<div style="display: none; flex-direction: column">'
                f'<div>{body}</div></div></div></div></div>')

    page = ("<html><head><title>Careers Fair Guide</title></head><body><main>"
            "<h1>Careers Fair Guide</h1><h2>Jobs at a glance</h2>"
            + toggle("Level designer", "Pay: TVM 31,500 to 56,000 for level designers.")
            + toggle("Producer", "Pay: associate producers start at TVM 34,000.")
            + '<div style="display:none">Sign up to our newsletter for offers.</div>'
            "<p>Portfolio reviews run all day on 16 October in Hall C.</p></main></body></html>")
    path = tmp_path / "fair.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Pay: TVM 31,500 to 56,000 for level designers." in units
    assert "Pay: associate producers start at TVM 34,000." in units
    assert "newsletter" not in doc.text  # hidden with no control beside it: still hidden


def test_markdown_dataview_fields_are_lines_and_incl_before_a_figure_ends_no_sentence(tmp_path):
    path = tmp_path / "Level Designer - how to get in.md"
    path.write_text("# Level designer\n\nRole:: Level Designer\n"
                    "Entry salary:: TVM 31,500 (Brissel) – TVM 34,000 (Halden, incl. 8% "
                    "weighting)\n"
                    "Status:: building portfolio\n\n## Portfolio\n\n- Three blockouts\n",
                    encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Entry salary:: TVM 31,500 (Brissel) – TVM 34,000 (Halden, incl. 8% weighting)" \
        in units
    assert "Status:: building portfolio" in units


def test_pandoc_abstract_and_numbered_figure_caption_are_text_other_alt_text_is_not(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("% Words Between Worlds\n% I. Marrow\n\n---\nabstract: |\n"
                    "  Localisation specialists translate and adapt a game's text for other\n"
                    "  markets. This paper draws on interviews with 26 localisation staff.\n"
                    "keywords: [localisation, pay]\n---\n\n# Summary\n\n"
                    "Tarvenia has about 410 people working in games localisation.\n\n"
                    "![Figure 1. Where localisation staff work (n = 410): vendors 71%,\n"
                    "freelance only 4%.](fig1.png){#fig:employers width=70%}\n\n"
                    "![A photograph of the Orme office](office.jpg)\n\n# Pay\n\n"
                    "Testers start on TVM 22,800.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "This paper draws on interviews with 26 localisation staff." in units
    assert "Figure 1. Where localisation staff work (n = 410): vendors 71%, freelance only 4%." \
        in units
    assert "photograph" not in doc.text and "keywords" not in doc.text


def test_plain_text_table_with_no_header_row_and_one_inside_a_quotation(tmp_path):
    text = ("UNION DIGEST\n\nDates for your diary:\n\n"
            "  30 Nov 2026       Deadline to update member details for the ballot\n"
            "  1-14 Dec 2026     Pay claim consultative ballot\n"
            "  18 Dec 2026       Brightwell QA Analyst applications close\n\n"
            "Henrik wrote:\n> Brightwell's 2026 bands for design:\n"
            ">     Junior designer   TVM 32,000 - 37,000\n"
            ">     Designer (mid)    TVM 43,000 - 50,000\n"
            ">     Senior designer   TVM 56,000 - 64,000\n\n"
            "Membership is TVM 11 a month.\n")
    path = tmp_path / "digest.txt"
    path.write_text(text, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["30 Nov 2026 | Deadline to update member details for the ballot"].kind == "item"
    assert units["18 Dec 2026 | Brightwell QA Analyst applications close"].kind == "item"
    assert units["Junior designer | TVM 32,000 - 37,000"].kind == "item"
    assert units["Senior designer | TVM 56,000 - 64,000"].label == \
        "Brightwell's 2026 bands for design"
    assert not any("30 Nov 2026:" in u.text for u in parsed.units)  # no row read as a header


def test_html_subtitle_is_the_titles_second_line_and_a_subscribe_widget_is_furniture(tmp_path):
    page = ("<html><head><title>So you want to be a community manager</title></head><body>"
            '<div id="entry"><div class="single-post"><div class="post-header">'
            '<h1 class="post-title">So you want to be a community manager</h1>'
            '<h3 class="subtitle">What the job is and what it pays in Tarvenia</h3></div>'
            '<div class="body markup"><p>Community managers run a game\'s forums and '
            "social channels.</p>"
            '<div class="subscription-widget-wrap"><div class="subscription-widget">'
            '<p class="cta-caption">Press Start is a reader-supported newsletter. To receive '
            'new posts, consider becoming a subscriber.</p><form><input type="email">'
            "<button>Subscribe</button></form></div></div>"
            "<h2>Pay</h2><p>Entry-level community managers earn TVM 27,500 a year.</p>"
            '</div></div><div class="subscribe-footer"><h3>Subscribe to Press Start</h3>'
            "<p>By Ada Verhoek · Thousands of paid subscribers</p></div></div></body></html>")
    path = tmp_path / "post.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Entry-level community managers earn TVM 27,500 a year."].section == ("Pay",)
    assert units["Community managers run a game's forums and social channels."].section == ()
    assert "What the job is and what it pays in Tarvenia" in units  # the subtitle, a line
    assert "subscriber" not in doc.text and "Subscribe" not in doc.text


def test_html_table_whose_first_row_alone_is_shaded_has_it_as_header(tmp_path):
    head = 'style="border: 1px solid #eee; background: rgb(247, 246, 243); font-weight: 500;"'
    body = 'style="border: 1px solid #eee;"'
    rows = [("What", "When", "Where"), ("Portfolio reviews", "16 Oct, 10:00", "Hall C"),
            ("Talk: Breaking into QA", "16 Oct, 11:00", "Stage 2")]
    table = "".join("<tr>" + "".join(f"<td {head if i == 0 else body}><div>{c}</div></td>"
                                     for c in row) + "</tr>" for i, row in enumerate(rows))
    page = ("<html><body><main><h1>Careers fair</h1><h2>At a glance</h2>"
            f"<table><tbody>{table}</tbody></table></main></body></html>")
    path = tmp_path / "fair.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "What: Portfolio reviews | When: 16 Oct, 10:00 | Where: Hall C" in units
    assert not any(u.text.startswith("What | When") for u in parsed.units)


def test_pdf_footnotes_under_a_table_set_small_are_read_after_the_table(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    rows = [(f"Role {n}", f"{30 + n},000", f"{33 + n},000") for n in range(1, 31)]
    for page, chunk in enumerate((rows[:15], rows[15:])):
        pdf.add_page()
        y = 80
        if page == 0:
            pdf.set_font("Helvetica", "B", 14)
            pdf.text(60, y, "2. Pay by role")
            pdf.set_font("Helvetica", "", 10.5)
            pdf.text(60, y + 20, "Table 1 gives the median salaries of thirty roles in the survey.")
            pdf.text(60, y + 34, "The Capital Region column includes the regional weighting.")
            y += 60
        pdf.set_font("Helvetica", "B", 9)
        for x, head in zip((60, 250, 400), ("Role", "National median", "Capital Region")):
            pdf.text(x, y, head)
        pdf.set_font("Helvetica", "", 9)
        for i, (role, median, capital) in enumerate(chunk):
            for x, cell in zip((60, 250, 400), (role, median, capital)):
                pdf.text(x, y + 17 * (i + 1), cell)
        end = y + 17 * len(chunk)
        if page == 0:
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(60, 790, "1 The weighting is 8% of basic pay at most employers in Halden.")
            pdf.text(60, 802, "2 Employees on studio payrolls on 30 June 2026.")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.text(60, end + 30, "Programmers remain the best-paid discipline at every level.")
    pdf.output(str(tmp_path / "survey.pdf"))
    doc, parsed, units = _units(tmp_path / "survey.pdf")
    order = [u.text for u in parsed.units]
    note = order.index("The weighting is 8% of basic pay at most employers in Halden.")
    last_row = max(i for i, t in enumerate(order) if t.startswith("Role: Role"))
    assert "Role: Role 30 | National median: 60,000 | Capital Region: 63,000" in units
    assert note > last_row  # after the table, not between two of its rows
    assert not any("Halden" in t for t in order if t.startswith("Role:"))


def test_plain_text_rfc_style_memo_grid_tables_numbered_sections_and_o_bullets(tmp_path):
    memo = """EIIS Professional Standards Committee                        R. Aaltonen
Category: Informational                                     January 2026


          Certification and Membership: Frequently Asked Questions

1.  Introduction

   EIIS is the professional body for people who work in information and
   cyber security in Estmarra.  It was founded in 2009 and had 9,400
   members on 31 December 2025.

2.  Membership

2.1.  Membership grades and fees

   There are four grades.  Fees are per calendar year and are due on 1
   January; members who join after 1 July pay half the annual fee.

   +-----------+-----------+---------------------------------+---------+
   | Grade     | Letters   | Who it is for                   | Fee EMD |
   +-----------+-----------+---------------------------------+---------+
   | Student   | none      | Full-time students and people   |       0 |
   |           |           | on the CyberBridge programme    |         |
   | Member    | MEIIS     | 3 years' experience in security |     185 |
   +-----------+-----------+---------------------------------+---------+

3.  Certifications

3.1.  The certification ladder

   EIIS certifications sit at two levels:

   o  Foundation: Security Analyst Foundation (SAF).  For people
      starting out.  No experience needed.

   o  Expert: Certified Security Architect (CSA-Arch).  For
      experienced architects and senior engineers.
"""
    path = tmp_path / "EIIS-FAQ-0007.txt"
    path.write_text(memo, encoding="utf-8")
    doc, parsed, units = _units(path)
    row = "Grade: Student | Letters: none | Who it is for: Full-time students and people on the " \
          "CyberBridge programme | Fee EMD: 0"
    assert units[row].section == ("Membership", "2.1.  Membership grades and fees")
    assert "Grade: Member | Letters: MEIIS | Who it is for: 3 years' experience in security | " \
           "Fee EMD: 185" in units
    assert units["It was founded in 2009 and had 9,400 members on 31 December 2025."].section \
        == ("Introduction",)
    item = units["Expert: Certified Security Architect (CSA-Arch).  For experienced architects " \
                 "and senior engineers."]
    assert item.kind == "item" and item.label == "EIIS certifications sit at two levels"
    assert item.section == ("Certifications", "3.1.  The certification ladder")
    assert not any(u.text in ("2.1.", "+---") or u.text.startswith("+-") for u in parsed.units)


def test_markdown_hugo_toml_front_matter_is_metadata_and_gives_the_title(tmp_path):
    path = tmp_path / "2026-01-19-from-helpdesk.md"
    path.write_text('+++\ntitle = "From helpdesk to pen tester in 30 months"\n'
                    'date = 2026-01-19T08:30:00+01:00\ntags = ["careers", "CIT"]\n\n'
                    '[params]\n  featured = true\n+++\n\n## The exam\n\n'
                    "The CIT costs EMD 1,450 and includes 60 days of lab access.\n\n"
                    "## The interviews\n\nThere were three rounds.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "From helpdesk to pen tester in 30 months"
    assert "+++" not in doc.text and "featured" not in doc.text
    assert units["The CIT costs EMD 1,450 and includes 60 days of lab access."].section == (
        "The exam",)



def test_pdf_bullets_drawn_apart_from_their_text_make_one_item_each(tmp_path):
    points = ["The largest independent managed security provider",
              "Two security operations centres: Hallowby and Corvane",
              "310 staff, 148 of them working in the two SOCs"]
    doc, parsed, units = _units(make_slide_pdf(tmp_path / "deck.pdf", points))
    for point in points:
        assert units[point].kind == "item"
    assert not any("\u2022" in u.text for u in parsed.units)


def test_html_aria_grid_of_divs_is_a_table_and_a_bare_guid_is_no_unit(tmp_path):
    def row(cells, role="gridcell"):
        return ('<div role="row">' + "".join(f'<div role="{role}">{c}</div>' for c in cells)
                + "</div>")

    page = ("<html><body><main><h1>Cyber Security Team</h1><h2>Documents</h2>"
            '<div data-sp-feature-instance-id="c70391ea-0b10-4ee9-b2b4-006d3fcad0cd">'
            "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd</div>"
            '<div role="grid" aria-label="Documents">'
            + row(["Name", "Modified", "File size"], "columnheader")
            + row(['<button title="Band 7 Security Engineer - job description.docx">'
                   "Band 7 Security Engineer - job description.docx</button>",
                   "5 March 2026", "91 KB"])
            + row(['<button>On-call rota Q2 2026.xlsx</button>', "10 March 2026", "36 KB"])
            + "</div><p>Ask Arne about the on-call rota.</p></main></body></html>")
    path = tmp_path / "sharepoint.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["Name: Band 7 Security Engineer - job description.docx | Modified: 5 March 2026 "
                 "| File size: 91 KB"].kind == "item"
    assert "Name: On-call rota Q2 2026.xlsx | Modified: 10 March 2026 | File size: 36 KB" in units
    assert not any("c70391ea" in u.text for u in parsed.units)


def test_html_link_to_hash_alone_is_a_scripts_placeholder_and_its_words_stay(tmp_path):
    page = ("<html><body><main><h1>Cyber Security Team</h1><p>Welcome to the team site.</p>"
            "<h2>Team news</h2><div class='newsItems'><div class='newsItem'>"
            "<a href='#' class='title'>We're recruiting: Security Engineer (Band 7)</a>"
            "<div class='description'>Closing date 3 April 2026.</div></div></div>"
            "<p><a href='#'>Back to top</a></p></main></body></html>")
    path = tmp_path / "team.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "We're recruiting: Security Engineer (Band 7)" in units
    assert "Back to top" not in doc.text


def test_word_data_table_with_a_table_nested_in_one_cell_keeps_its_rows(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Career change workbook", level=1)
    document.add_heading("My qualification plan", level=2)
    table = document.add_table(rows=4, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Step", "When", "Cost (EMD)")):
        cell.paragraphs[0].add_run(text).bold = True
    rows = [("1. Join EIIS as an Associate", "March 2026", "95 a year"),
            ("2. PSR exam", "May 2026", "690, less a 10% member discount"),
            ("3. Short course for auditors", "22-23 April 2026", "380 (employer paying)")]
    for row, values in zip(table.rows[1:], rows):
        for cell, text in zip(row.cells, values):
            cell.paragraphs[0].add_run(text)
    nested = table.rows[2].cells[0].add_table(rows=2, cols=2)
    for row, (domain, weight) in zip(nested.rows, (("Risk management", "30%"),
                                                   ("Law and regulation", "10%"))):
        row.cells[0].text, row.cells[1].text = domain, weight
    document.save(tmp_path / "workbook.docx")
    doc, parsed, units = _units(tmp_path / "workbook.docx")
    row = units["Step: 3. Short course for auditors | When: 22-23 April 2026 | Cost (EMD): 380 "
                "(employer paying)"]
    assert row.kind == "item" and row.section == ("My qualification plan",)
    assert any("Risk management" in t and "30%" in t for t in units)  # the nested table, read
    assert not any(u.section[-1:] == ("1. Join EIIS as an Associate",) for u in parsed.units)


def test_markdown_hugo_shortcode_title_is_shown_and_the_rest_of_the_tag_is_not(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("# From helpdesk to pen tester\n\n## Getting the first job\n\n"
                    '{{% details title="The questions in the technical interview" '
                    'closed="true" %}}\n'
                    "- How would you escalate privileges on a Linux host?\n"
                    "- What is Kerberoasting?\n{{% /details %}}\n\n"
                    '{{< alert icon="circle-info" >}}\nThe resit costs half the fee.\n'
                    "{{< /alert >}}\n\n## Pay\n\nConsultancies pay testers EMD 41,000.\n",
                    encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The questions in the technical interview" in units
    assert units["What is Kerberoasting?"].kind == "item"
    assert "The resit costs half the fee." in units
    assert "closed" not in doc.text and "circle-info" not in doc.text and "{{" not in doc.text


def test_plain_text_chat_export_reaction_lines_are_no_units(tmp_path):
    chat = ("Slack export - EstSec Community\nChannel: #jobs-and-pay\n\n"
            "[2026-03-02 08:57] Dana Mirov: Lanternhold have put the Tier 1 SOC adverts up. "
            "EMD 35,500 basic plus 17.5% shift allowance.\n    :eyes: 7   :+1: 4\n"
            "    [2026-03-02 09:05] Kwame Tallis: 17.5%? It was 15% when I was there\n"
            "        :100: 2\n\n"
            "[2026-03-03 14:12] Ruben Achterberg: anyone been through Harbourline's appsec "
            "interview loop recently?\n    :bookmark: 6\n")
    path = tmp_path / "estsec-slack_jobs-and-pay.txt"
    path.write_text(chat, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "EMD 35,500 basic plus 17.5% shift allowance." in units
    assert not any(u.text.startswith(":") for u in parsed.units)


def test_word_subtitle_style_is_the_titles_second_line_not_a_section(tmp_path):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.add_paragraph("CyberBridge", style="Title")
    subtitle = document.add_paragraph(style="Subtitle")  # set large, as Google Docs sets it
    subtitle.add_run("Cohort guide – June 2026 intake").font.size = Pt(15)
    document.add_paragraph("Prepared by the CyberBridge team for new participants.")
    document.add_heading("Timetable", level=1)
    document.add_paragraph("Sessions run Monday to Friday, 09:30 to 15:30.")
    document.add_heading("Allowance", level=1)
    document.add_paragraph("Participants receive EMD 150 a week.")
    document.save(tmp_path / "guide.docx")
    doc, parsed, units = _units(tmp_path / "guide.docx")
    assert units["Prepared by the CyberBridge team for new participants."].section == ()
    assert "Cohort guide – June 2026 intake" in units


def test_html_title_without_a_browsers_notification_count(tmp_path):
    path = tmp_path / "ciso.html"
    path.write_text("<html><head><title>(3) So you want to be a CISO | LinkedIn</title></head>"
                    "<body><main><article><p>I spent nineteen years in security before my first "
                    "CISO job.</p><p>Here is what I would do differently.</p></article></main>"
                    "</body></html>", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "So you want to be a CISO"


def test_html_box_labelled_as_an_advertisement_is_furniture(tmp_path):
    page = ("<html><body><main><h1>What is it like to work as a forensics examiner?</h1>"
            "<div class='answer'><p>Police staff examiners start on EMD 33,000 while they "
            "train.</p></div><div class='q-box' data-testid='promoted'><div>Sponsored by "
            "Tamsford College</div><div>Start your cyber career with an HND.</div>"
            "<a href='#'>Learn More</a></div><div class='answer'><p>Private labs pay "
            "examiners about EMD 50,000.</p></div></main></body></html>")
    path = tmp_path / "quora.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Private labs pay examiners about EMD 50,000." in units
    assert "HND" not in doc.text and "Sponsored" not in doc.text


def test_html_main_around_one_article_holding_most_of_its_text_reads_the_article(tmp_path):
    readme = "".join(f"<p>Level AS{n} engineers earn between EMD {40 + 10 * n},000 and EMD "
                     f"{48 + 10 * n},000 in Corvane, with a bonus target of {n + 4}%.</p>"
                     for n in range(1, 6))
    page = ("<html><body><main><div class='file-navigation'>2 Branches 3 Tags</div>"
            "<table><tr><th>Name</th><th>Last commit message</th></tr>"
            "<tr><td>levels</td><td>2026 bands</td></tr></table>"
            "<article class='markdown-body'><h1>AppSec career ladder</h1>" + readme +
            "</article><div class='sidebar'><h2>About</h2><p>187 stars</p><p>23 forks</p></div>"
            "</main></body></html>")
    path = tmp_path / "github.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Level AS3 engineers earn between EMD 70,000 and EMD 78,000 in Corvane, with a " \
           "bonus target of 7%." in units
    assert "187 stars" not in doc.text and "Branches" not in doc.text
    assert not any("2026 bands" in u.text for u in parsed.units)


def test_plain_text_webvtt_captions_are_read_as_the_speakers_turns(tmp_path):
    cues = [("00:00:04.000", "00:00:08.500", "<v Ama>Welcome to talk four. I'm Ama Telford,"),
            ("00:00:08.900", "00:00:14.200", "<v Ama>and I run careers outreach for SIAF."),
            ("00:00:31.300", "00:00:36.600",
             "<v Sunniva>At our bank treasury analysts are grade T2,"),
            ("00:00:37.000", "00:00:40.400", "<v Sunniva>SVM 48,000 to 56,000.</v>"),
            ("00:00:41.000", "00:00:45.000", "<v Ama>Thank you.")]
    text = ("WEBVTT\nKind: captions\nLanguage: en-GB\n\nNOTE\nMerrin Finance Careers Fair 2026, "
            "Main Stage.\nTalk 4: From credit control to the CFO's office.\n\n")
    text += "".join(f"{n}\n{a} --> {b}\n{said}\n\n" for n, (a, b, said) in enumerate(cues, 1))
    path = tmp_path / "talk4.txt"
    path.write_text(text, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "At our bank treasury analysts are grade T2, SVM 48,000 to 56,000." in units
    assert "Welcome to talk four." in units
    assert "Talk 4: From credit control to the CFO's office." in units
    assert not any("-->" in u.text or "<v" in u.text or u.text == "WEBVTT" for u in parsed.units)
    assert "Kind:" not in doc.text


def test_html_words_set_a_letter_to_an_element_are_read_whole(tmp_path):
    def lettered(text: str) -> str:
        return " ".join('<span style="white-space:nowrap">' + "".join(
            f'<span style="display:inline-block;opacity:0.001">{ch}</span>' for ch in word)
            + "</span>" for word in text.split())

    page = (f"<html><body><main><h1>{lettered('Merrin Finance Careers Fair')}</h1>"
            "<p>Sixty-two employers under one roof.</p>"
            f"<h2>{lettered('On the main stage')}</h2><p>All talks last 40 minutes.</p>"
            "<h2>Exhibitors</h2><div><span>Salary</span><span>£28,407</span></div>"
            "</main></body></html>")
    path = tmp_path / "framer.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert units["All talks last 40 minutes."].section == ("On the main stage",)
    assert parsed.title == "Merrin Finance Careers Fair"
    assert "Salary £28,407" in doc.text  # two elements of several letters stay two words


def test_markdown_notebook_cell_output_is_text_and_a_printed_data_frame_a_table(tmp_path):
    path = tmp_path / "pay_survey.md"
    path.write_text("# Pay survey: first look\n\n## Median pay by role\n\n"
                    "Twelve role groups have at least 50 responses.\n\n"
                    "```python\nprint(roles.to_string())\n```\n\n"
                    "                              n     p25  median\n"
                    "    role                                      \n"
                    "    Bookkeeper              288   23600   26400\n"
                    "    Credit controller       203   26800   29700\n\n"
                    "## Region\n\n```python\nprint(len(df))\n```\n\n    3,412 responses\n\n"
                    "Merrin pays more for every role.\n\n    just an indented code sample\n",
                    encoding="utf-8")
    doc, parsed, units = _units(path)
    row = units["role: Bookkeeper | n: 288 | p25: 23600 | median: 26400"]
    assert row.kind == "item" and row.section == ("Median pay by role",)
    assert "role: Credit controller | n: 203 | p25: 26800 | median: 29700" in units
    assert "3,412 responses" in units
    assert "just an indented code sample" not in units  # code, not a cell's output


def test_pdf_footnote_under_a_table_that_ends_the_document_is_kept(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(60, 80, "Pay by role")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.text(60, 100, "The table gives the median salary of each role in the survey.")
    pdf.set_font("Helvetica", "B", 9)
    for x, head in zip((60, 250), ("Role", "Median")):
        pdf.text(x, 130, head)
    pdf.set_font("Helvetica", "", 9)
    for i in range(1, 6):
        pdf.text(60, 130 + 17 * i, f"Role {i}")
        pdf.text(250, 130 + 17 * i, f"{30 + i},000")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(60, 800, "1 Medians of full-time basic salaries on 30 June 2026.")
    pdf.output(str(tmp_path / "survey.pdf"))
    doc, parsed, units = _units(tmp_path / "survey.pdf")
    assert "Role: Role 5 | Median: 35,000" in units
    assert "Medians of full-time basic salaries on 30 June 2026." in units


def test_plain_text_chat_export_messages_are_speaker_turns_and_the_apps_lines_go(tmp_path):
    lines = [
        "05/01/2026, 08:47 - Messages and calls are end-to-end encrypted. Only people in this "
        "chat can read, listen to, or share them. Learn more.",
        "05/01/2026, 08:48 - Priya Nand: Reminder: seat forms are due by Friday 16 Jan",
        "05/01/2026, 09:03 - Tom Achebe: For the record the seats from 2 March are:",
        "Corporate (4)", "Banking (3)", "Tax (1)",
        "05/01/2026, 09:04 - Jonah Pell: sad",
        "05/01/2026, 09:20 - Felix Dray: <Media omitted>",
        "05/01/2026, 12:31 - Ama Owusu-Hart joined using this group's invite link",
        "05/01/2026, 12:40 - Priya Nand: TPW secondment facts:",
        "- 6 months, starts 2 March", "- no chargeable hours",
        "05/01/2026, 12:41 - Tom Achebe: Yes so for us that's", "May 2027.",
    ]
    path = tmp_path / "WhatsApp Chat with Trainees.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "For the record the seats from 2 March are: Corporate (4); Banking (3); Tax (1)" \
        in units  # a list typed into one message is that message's
    assert "sad" in units and units["sad"].section == ()  # a short message is no heading
    assert units["no chargeable hours"].kind == "item"
    assert units["no chargeable hours"].label == "TPW secondment facts"
    assert "Yes so for us that's May 2027." in units
    text = " ".join(u.text for u in parsed.units)
    for chrome in ("encrypted", "Media omitted", "joined using", "08:48", "Priya Nand"):
        assert chrome not in text


def test_pdf_margin_line_numbers_go_and_a_paragraphs_number_joins_its_text(tmp_path):
    paragraphs = [["This Practice Direction is made by the Chief District Judge and applies",
                   "to every hearing in the District Courts."],
                  ["It comes into force on 1 April 2026 and replaces PD 2019/07, which is",
                   "revoked."],
                  ["A pupil in the second six may appear in bail applications and in small",
                   "claims of up to HVM 10,000."]]
    doc, parsed, units = _units(make_numbered_lines_pdf(tmp_path / "pd.pdf", paragraphs))
    # each paragraph whole, numbered as a list's item, its number no unit of its own
    assert units["It comes into force on 1 April 2026 and replaces PD 2019/07, which is "
                 "revoked."].kind == "item"
    assert not any(re.fullmatch(r"[\d\s.]+", u.text) for u in parsed.units)  # no bare numbers
    assert any("claims of up to HVM 10,000." in u.text for u in parsed.units)


def test_html_a_panel_beside_the_article_stating_prices_is_read_other_sidebars_go(tmp_path):
    about = "".join(f"<p>{p}</p>" for p in (
        "Talks on every route into law, with a CV clinic after the panels.",
        "Doors open at 18:00 in Merrick Hall; the panels start at 18:40 and end by 20:20.",
        "Speakers come from a commercial firm, a high-street firm, chambers and the courts.",
        "Sixth-form students, undergraduates of any subject and career changers are welcome."))
    page = ("<html><head><title>Careers Evening Tickets | Eventbrite</title></head><body>"
            f"<main><div class='event-details'><h1>Careers Evening 2026</h1>{about}</div>"
            "<aside class='event-details__aside'><h3>Ticket options</h3><ul>"
            "<li>Graduate / career changer: HVM 8.00 + HVM 0.95 Fee</li>"
            "<li>CV clinic add-on: HVM 5.00, limited to 48</li></ul></aside>"
            "<aside class='sidebar'><h3>Newsletter</h3><p>Sign up for our weekly e-mail of "
            "events near you.</p></aside></main></body></html>")
    path = tmp_path / "event.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Graduate / career changer: HVM 8.00 + HVM 0.95 Fee" in units
    assert "Newsletter" not in doc.text and "weekly e-mail" not in doc.text


def test_markdown_outliner_page_properties_drawers_and_macros_are_no_text(tmp_path):
    path = tmp_path / "career___conveyancer route.md"
    path.write_text(
        "title:: Conveyancer route\ntype:: guide\ntags:: [[career]], [[conveyancing]]\n\n"
        "- Licence — the facts\n  collapsed:: false\n"
        "\t- Pass mark **55%** on every paper. You get 3 attempts per paper.\n"
        "- Course options\n  id:: 65a1f3c2-8e44-4b1a-9c7d-2f0e6b4d8a11\n"
        "\t- Kelbridge College: distance learning, HVM 2,350 for Level 4.\n"
        "- Tasks\n\t- DONE Ask HR about study policy\n\t  :LOGBOOK:\n"
        "\t  CLOCK: [2026-01-20 Tue 12:10]--[2026-01-20 Tue 12:35] =>  00:25:00\n\t  :END:\n"
        "\t- TODO Book September exams before 31 July 2026\n\t  DEADLINE: <2026-07-31 Fri>\n"
        "- Related\n\t- {{query (and [[conveyancing]] (task TODO))}}\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert parsed.title == "Conveyancer route"
    assert units["Pass mark 55% on every paper. You get 3 attempts per paper."].label \
        == "Licence — the facts"
    assert units["Kelbridge College: distance learning, HVM 2,350 for Level 4."].label \
        == "Course options"
    assert "TODO Book September exams before 31 July 2026" in units
    for markup in ("::", "LOGBOOK", "CLOCK", "DEADLINE", "{{", "guide"):
        assert markup not in doc.text


def test_html_forum_quotation_with_its_cite_inside_is_a_copy_of_the_post_above(tmp_path):
    cite = ('<cite><a href="./memberlist.php?u=5521">hedgehog_llb</a> wrote: '
            '<a href="./viewtopic.php?p=48213">↑</a><span>Tue Feb 03, 2026 9:41 pm</span></cite>')
    page = ("<html><head><title>Pupillage 2027 - LawStudents</title></head><body><main>"
            "<h2>Pupillage 2027: awards and Portal dates</h2>"
            "<div class='post'><div class='content'>A friend on the solicitor route spent "
            "under 5k on exams and is earning as a paralegal while she does QWE.</div></div>"
            "<div class='post'><h3>Re: Pupillage 2027</h3><div class='content'><blockquote><div>"
            f"{cite}A friend on the solicitor route spent under 5k on exams and is earning as "
            "a paralegal while she does QWE.</div></blockquote>The Bar Council minimum award "
            "is HVM 24,800 for the twelve months of pupillage.</div></div></main></body></html>")
    path = tmp_path / "thread.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The Bar Council minimum award is HVM 24,800 for the twelve months of pupillage." \
        in units
    assert doc.text.count("A friend on the solicitor route") == 1 and "wrote" not in doc.text


def test_html_forum_authors_card_beside_each_post_is_no_text(tmp_path):
    card = ('<dl class="postprofile"><dt><a class="username">quayside_junior</a></dt>'
            '<dd class="profile-rank">Verified Barrister</dd><dd class="profile-posts">'
            '<strong>Posts:</strong> 1873</dd><dd class="profile-joined"><strong>Joined:'
            '</strong> Thu Mar 02, 2017 6:15 pm</dd></dl>')
    page = ("<html><head><title>Pupillage 2027 - LawStudents</title></head><body><main>"
            f"<div class='post'>{card}<div class='postbody'><h3>Re: Pupillage 2027</h3>"
            "<div class='content'>The Bar Council minimum award is HVM 24,800 for the twelve "
            "months of pupillage.</div></div></div></main></body></html>")
    path = tmp_path / "thread.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The Bar Council minimum award is HVM 24,800 for the twelve months of pupillage." \
        in units
    assert "1873" not in doc.text and "Joined" not in doc.text


@pytest.mark.parametrize("marker", ["[[toc]]", "[TOC]", "[[_TOC_]]", "* TOC\n{:toc}"])
def test_markdown_table_of_contents_marker_is_no_text(tmp_path, marker):
    path = tmp_path / "handbook.md"
    path.write_text(f"# Law school handbook\n\n{marker}\n\n## Deadlines\n\n"
                    "Applications for the clinic close on 14 March.\n", encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Applications for the clinic close on 14 March." in units
    assert not re.search(r"(?i)\btoc\b", doc.text)


def test_docx_numbers_word_draws_from_its_numbering_are_read(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate([("decimal", "%1."), ("decimal", "%1.%2"),
                                         ("lowerLetter", "(%3)")]))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                                  f'{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90">'
                               '<w:abstractNumId w:val="90"/></w:num>'))
    heading = document.styles["Heading 1"].element.get_or_add_pPr()
    heading.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                '<w:numId w:val="90"/></w:numPr>'))  # a heading style numbered

    def clause(text: str, level: int) -> None:
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                '<w:numId w:val="90"/></w:numPr>'))

    document.add_heading("Introduction", 1)
    clause("This guidance explains the admission rules for candidates in 2026.", 1)
    clause("Version 2.3 sets the fees in paragraph 2.1 below.", 1)
    document.add_heading("The examination", 1)
    clause("The SAE1 fee for 2026 sittings is HVM 1,840.", 1)
    clause("A candidate may take each part up to three times.", 2)
    path = tmp_path / "guidance.docx"
    document.save(str(path))
    doc, parsed, units = _units(path)
    assert "2.1 The SAE1 fee for 2026 sittings is HVM 1,840." in units
    assert units["2.1 The SAE1 fee for 2026 sittings is HVM 1,840."].section \
        == ("2. The examination",)
    assert "1.2 Version 2.3 sets the fees in paragraph 2.1 below." in units
    assert "(a) A candidate may take each part up to three times." in units


def test_docx_a_list_instance_that_restarts_its_numbering_counts_from_its_start(tmp_path):
    # two numbered lists of one definition: the second is an instance set to start at 1
    # again (as Word's "Restart at 1" and python-docx job packs make one); a third instance
    # without an override continues the count, as Word draws it
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum>'))
    for num, override in (("91", ""), ("92", '<w:lvlOverride w:ilvl="0"><w:startOverride '
                                              'w:val="1"/></w:lvlOverride>'), ("93", "")):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num}">'
                                   f'<w:abstractNumId w:val="91"/>{override}</w:num>'))

    # an instance that overrides a sublevel's start starts it there each time it restarts
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="94">' + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>' for i, text in enumerate(["%1.", "%1.%2"]))
        + '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="95"><w:abstractNumId '
                               'w:val="94"/><w:lvlOverride w:ilvl="1"><w:startOverride '
                               'w:val="5"/></w:lvlOverride></w:num>'))

    def item(text: str, num: str, level: int = 0) -> None:
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                f'<w:numId w:val="{num}"/></w:numPr>'))

    document.add_heading("Key responsibilities", 1)
    item("Lead the school's SEN policy.", "91")
    item("Maintain the SEN register.", "91")
    document.add_heading("How to apply", 1)
    item("Apply online through the careers site.", "92")
    item("Closing date: 16 January 2026.", "92")
    item("Interviews: 27 January 2026.", "93")
    document.add_heading("Clauses", 1)
    for text, level in (("Pay.", 0), ("Pay is monthly.", 1), ("Pay is backdated.", 1),
                        ("Leave.", 0), ("Leave is 27 days.", 1)):
        item(text, "95", level)
    path = tmp_path / "pack.docx"
    document.save(str(path))
    _, _, units = _units(path)
    assert "2. Maintain the SEN register." in units
    assert "1. Apply online through the careers site." in units
    assert "2. Closing date: 16 January 2026." in units
    assert "3. Interviews: 27 January 2026." in units
    assert "1.6 Pay is backdated." in units and "2.5 Leave is 27 days." in units


def test_html_facts_list_laid_out_with_line_breaks_and_camel_case_button_links(tmp_path):
    # an applicant tracking system's posting header: a <dl> of facts with a <br> after each
    # value, and the links under it drawn as buttons by class names in camel case
    path = tmp_path / "posting.html"
    path.write_text(
        "<html><body><main><h1>Teacher of Mathematics</h1><dl><dt>Job ID</dt><dd>2026-4417"
        "</dd><br><dt>Salary</dt><dd>M1 - U3 plus OLM 1,340</dd><br><dt>Closing Date</dt>"
        "<dd>09/03/2026 12:00</dd></dl><div class='iCIMS_JobOptions'>"
        "<a class='iCIMS_PrimaryButton' href='/apply'>Apply for this job online</a> "
        "<a class='iCIMS_SecondaryButton' href='/share'>Email this job to a friend</a></div>"
        "<h2>Overview</h2><p>We are looking for a teacher of mathematics from September.</p>"
        "<p>See the <a class='textLink' href='/pay'>pay scales</a> for the 2026 award.</p>"
        "</main></body></html>", encoding="utf-8")
    doc, _, units = _units(path)
    assert units["Job ID: 2026-4417"].kind == "item"
    assert "Salary: M1 - U3 plus OLM 1,340" in units and "Job ID" not in units
    assert "Apply for this job" not in doc.text and "Email this job" not in doc.text
    assert "See the pay scales for the 2026 award." in units  # a link, not a button


def test_html_a_sign_in_wall_over_the_page_is_no_text(tmp_path):
    page = ("<html><head><title>Interview Questions | Glassdoor</title></head><body><main>"
            "<h1>Castellan Rourke interviews</h1><p>The assessment centre had a written case "
            "study of 60 minutes and a partner interview.</p>"
            "<div class='HardsellOverlay_container__c7Jm1'><p>Keep reading for free</p>"
            "<p>Sign in to see all 87 interviews at Castellan Rourke.</p></div>"
            "<div class='paywall-prompt'><p>Subscribe to read the rest of the review.</p></div>"
            "</main></body></html>")
    path = tmp_path / "interviews.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The assessment centre had a written case study of 60 minutes and a partner " \
        "interview." in units
    assert "Keep reading" not in doc.text and "Sign in" not in doc.text \
        and "Subscribe" not in doc.text


def test_pdf_a_tables_cells_drawn_one_by_one_on_a_shaded_ground_are_read_as_rows(tmp_path):
    rows = [["Level", "Ostraven", "Kelbridge"],
            ["Trainee salary, year 1", "HVM 52,000", "HVM 44,500"],
            ["Trainee salary, year 2", "HVM 56,000", "HVM 48,000"]]
    doc, parsed, units = _units(make_shaded_table_pdf(tmp_path / "printed.pdf", rows))
    row = next(u for u in parsed.units if "HVM 44,500" in u.text)
    assert "Trainee salary, year 1" in row.text and "HVM 52,000" in row.text
    assert "We review pay every January." in units


def test_pdf_a_footnotes_number_drawn_apart_small_and_raised_is_no_text(tmp_path):
    from formats import _raw_pdf

    body = ["A pupil in the second six has a right of audience in bail applications and in",
            "small claims of up to HVM 10,000, and is paid at the junior advocate rate.",
            "A trainee may appear in chambers after twelve months of qualifying work."]
    content = "".join(f"BT 1 0 0 1 72 {700 - 17 * i} Tm /F1 11 Tf ({line}) Tj ET\n"
                      for i, line in enumerate(body))
    content += ("BT 1 0 0 1 72 103 Tm /F1 6 Tf (1) Tj ET\n"
                "BT 1 0 0 1 80 100 Tm /F1 8 Tf (Courts Act 2014, s. 41(2): the Chief District "
                "Judge may give directions.) Tj ET\n")
    path = _raw_pdf(tmp_path / "pd.pdf", content, b"[0 0 595 842]", b"Practice direction")
    doc, parsed, units = _units(path)
    assert "Courts Act 2014, s. 41(2): the Chief District Judge may give directions." in units
    assert not any(u.text.strip() == "1" for u in parsed.units)


def test_html_a_headerless_table_of_labels_and_values_and_a_header_row_over_two_lists(tmp_path):
    # a requisition page laid out in tables: labels beside their values with nothing to mark
    # them as labels, and a person specification whose header row titles a list in each column
    page = ("<html><body><table><tr><td>Requisition ID</td><td>26-0412</td></tr>"
            "<tr><td>Primary Location</td><td>Dremmel</td></tr></table>"
            "<p><b>Pay and benefits</b></p><table><tr><td>Base salary</td>"
            "<td>BVL 46,500 per year</td></tr><tr><td>Pension</td><td>matched up to 6%</td>"
            "</tr></table><p><b>What you will need</b></p><table border='1'><tr>"
            "<td><b>Essential</b></td><td><b>Desirable</b></td></tr><tr><td><ul>"
            "<li>Two years managing a shift</li><li>Confident with Excel</li></ul></td>"
            "<td><ul><li>A reach truck licence</li></ul></td></tr></table>"
            "<table><tr><td>Forklift Operator</td><td>Dremmel</td><td>26-0398</td></tr>"
            "<tr><td>Inventory Controller</td><td>Kasswick</td><td>26-0377</td></tr></table>"
            "</body></html>")
    path = tmp_path / "requisition.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "Requisition ID: 26-0412" in units and "Primary Location: Dremmel" in units
    assert units["Base salary: BVL 46,500 per year"].section == ("Pay and benefits",)
    assert units["Two years managing a shift"].section[-1] == "Essential"
    assert units["Confident with Excel"].section[-1] == "Essential"
    assert units["A reach truck licence"].section[-1] == "Desirable"
    assert "Essential" not in units and "Desirable" not in units
    # three columns are no label and its value
    assert "Forklift Operator | Dremmel | 26-0398" in units


def test_pdf_running_head_naming_the_chapter_and_a_paragraph_cut_after_a_function_word(tmp_path):
    """A report's running head sets its title on the left and the chapter the page is in on the
    right: furniture, though the right end changes. A paragraph whose page ends on "The" goes
    on atop the next page, capital or not; one cut before a table's caption set atop the next
    page does not go on in the caption."""
    from fpdf import FPDF

    class Report(FPDF):
        chapter = "1 Introduction"

        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.cell(95, 5, "Haulage Pay Survey 2025")
            self.cell(0, 5, self.chapter, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_y(24)

    pdf = Report(format="A4")
    pdf.set_font("Helvetica", "", 10.5)
    pages = [("1 Introduction", "Fieldwork ran from June to August. Ostrava Nova had the highest "
              "rates for every role. Port Halloway came second. The"),
             ("2 Headline findings", "Marl Valley paid the lowest driver rates. Regions in the "
              "north are pulled up by the"),
             ("3 Pay by region", "Table 2: Median pay by region, 2025. Drivers in the north "
              "earned BVL 21.30 an hour.")]
    for chapter, text in pages:
        pdf.chapter = chapter
        pdf.add_page()
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "survey.pdf"
    pdf.output(str(path))
    doc, parsed, units = _units(path)
    assert "Haulage Pay Survey" not in doc.text and "Headline findings" not in doc.text
    assert "The Marl Valley paid the lowest driver rates." in units
    assert units["The Marl Valley paid the lowest driver rates."].page == 1
    assert "Regions in the north are pulled up by the" in units
    assert "Table 2: Median pay by region, 2025." in units


def test_html_a_post_hidden_behind_a_content_warning_button_is_read(tmp_path):
    # a Mastodon thread saved from the browser: a reply behind a content warning, its text
    # hidden until "Show more" is pressed; and a feedback question whose thanks the page hides
    # until "Yes" or "No" is
    page = ("<html><body><main><h1>Thread</h1><article><div class='status__content'>"
            "<p class='spoiler'><span>CW: money talk</span> <button class='status__content__"
            "spoiler-link'>Show more</button></p><div class='status__content__text' "
            "style='display:none'><p>The practical driving test costs BVL 165 on a weekday."
            "</p></div></div></article><div class='feedback'><p>Is this page useful?</p>"
            "<button>Yes</button><button>No</button><div style='display:none'><p>Thank you for "
            "your feedback</p></div></div></main></body></html>")
    path = tmp_path / "thread.html"
    path.write_text(page, encoding="utf-8")
    doc, parsed, units = _units(path)
    assert "The practical driving test costs BVL 165 on a weekday." in units
    assert "Thank you for your feedback" not in doc.text
