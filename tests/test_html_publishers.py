"""Web pages as documentation generators (Sphinx, MkDocs, pandoc) and blog themes (WordPress)
write them: their titles, boxes, footnotes, quotations and author boxes."""

from __future__ import annotations

from test_readers import _units

_SPHINX_HEAD = (
    "<html><head><title>Welders &mdash; Northgate Trades &amp; Engineering Handbook 2026.1 "
    "documentation</title></head><body>"
    "<div role='navigation' aria-label='Page navigation'><ul class='wy-breadcrumbs'>"
    "<li><a href='../index.html'>Home</a></li><li class='breadcrumb-item active'>Welders</li>"
    "</ul></div><div role='main' class='document'><div itemprop='articleBody'>"
    "<section id='welders'><h1>Welders<a class='headerlink' href='#welders' "
    "title='Link to this heading'>\uf0c1</a></h1><p>Welders join metal parts.</p>")


def _sphinx(tmp_path, sections: str):
    """A page as Sphinx's Read the Docs theme writes it, with `sections` under its `<h1>`."""
    path = tmp_path / "welders.html"
    path.write_text(_SPHINX_HEAD + sections + "</section></div></div></body></html>",
                    encoding="utf-8")
    return _units(path)


def test_sphinx_page_is_titled_by_its_heading_not_the_project(tmp_path):
    doc, parsed, units = _sphinx(
        tmp_path, "<section id='pay'><h2>Pay<a class='headerlink' href='#pay' title="
        "'Link to this heading'>¶</a></h2><table class='docutils'><caption><span "
        "class='caption-text'>Welding posts</span><a class='headerlink' href='#id1'>¶</a>"
        "</caption><thead><tr><th>Post</th><th>Pay</th></tr></thead><tbody><tr><td>Welder</td>"
        "<td>£30,000</td></tr></tbody></table></section>")
    assert parsed.title == "Welders"  # the page's <h1>, which <title> holds before the project
    assert units["Post: Welder | Pay: £30,000"].section == ("Pay",)  # no permalink glyph
    assert "Welding posts" in units and "¶" not in doc.text and "\uf0c1" not in doc.text


def test_sphinx_rubric_and_admonition_titles_title_what_they_head(tmp_path):
    _, _, units = _sphinx(
        tmp_path, "<section id='training'><h2>Training</h2><p>Training takes two years.</p>"
        "<p class='rubric'>Examination fees</p><ul class='simple'><li><p>Registration: £95</p>"
        "</li><li><p>Resit: £40</p></li></ul><div class='admonition warning'><p "
        "class='admonition-title'>Warning</p><p>Three fails mean a year's wait.</p></div>"
        "<p>Most pass first time.</p></section>")
    assert "Examination fees" not in units and "Warning" not in units  # not sentences
    assert units["Registration: £95"].section == ("Training", "Examination fees")
    assert units["Three fails mean a year's wait."].section == ("Training", "Warning")
    assert units["Most pass first time."].section[0] == "Training"
    assert units["Most pass first time."].section[-1] != "Warning"  # the box has ended


def test_docutils_and_pandoc_footnote_marks_are_not_sentence_text(tmp_path):
    doc, _, units = _sphinx(
        tmp_path, "<section id='hours'><h2>Hours</h2><p>Welders may work from home on "
        "Fridays.<a class='footnote-reference brackets' href='#f1' id='id2' role='doc-noteref'>"
        "<span class='fn-bracket'>[</span>1<span class='fn-bracket'>]</span></a> Shifts are "
        "eight hours.</p><aside class='footnote-list brackets'><aside class='footnote brackets' "
        "id='f1' role='doc-footnote'><span class='label'><span class='fn-bracket'>[</span><a "
        "role='doc-backlink' href='#id2'>1</a><span class='fn-bracket'>]</span></span><p>Only "
        "after the first year.</p></aside></aside></section>")
    assert "Welders may work from home on Fridays." in units
    assert "Shifts are eight hours." in units  # two sentences, not glued by the mark
    assert units["Only after the first year."].section == ("Hours",)  # the note is read
    assert "[1]" not in doc.text and "1" not in units
    pandoc = tmp_path / "notes.html"
    pandoc.write_text(
        "<html><body><main><h1>Welders</h1><p>Welders work shifts.<a href='#fn1' "
        "class='footnote-ref' id='fnref1' role='doc-noteref'><sup>1</sup></a> They wear masks."
        "</p><section id='footnotes' class='footnotes' role='doc-endnotes'><hr><ol><li id='fn1'>"
        "<p>Days or nights.<a href='#fnref1' class='footnote-back' role='doc-backlink'>↩︎</a>"
        "</p></li></ol></section></main></body></html>", encoding="utf-8")
    doc, _, units = _units(pandoc)
    assert "Welders work shifts." in units and "They wear masks." in units
    assert "Days or nights." in units and "↩" not in doc.text


def _post(tmp_path, content: str, after: str = ""):
    """A post as a WordPress theme writes it: `content` in its entry, `after` after it."""
    path = tmp_path / "post.html"
    path.write_text(
        "<html><body><main id='main'><article class='post'><header class='entry-header'><h1 "
        "class='entry-title'>A week with a welder</h1></header><div class='entry-content'>"
        f"<h2>The job</h2><p>Sam has welded ship hulls for six years at the yard.</p>{content}"
        "<h2>Pay</h2><p>Welders earn £30,000 a year at the yard.</p></div>"
        f"{after}</article></main></body></html>", encoding="utf-8")
    return _units(path)


def test_wordpress_pull_quote_is_titled_by_its_source(tmp_path):
    _, _, units = _post(
        tmp_path, "<figure class='wp-block-pullquote'><blockquote><p>Nobody tells you how loud "
        "it is.</p><cite>Sam Reyes, senior welder</cite></blockquote></figure>")
    quote = units["Nobody tells you how loud it is."]
    assert quote.section == ("The job", "Sam Reyes, senior welder")  # who said it
    assert units["Welders earn £30,000 a year at the yard."].section == ("Pay",)


def test_wordpress_author_box_after_the_post_is_furniture(tmp_path):
    doc, _, units = _post(
        tmp_path, "", "<div class='ast-single-author-box' itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'><h3 class='about-author'>About The Author</h3><a "
        "class='url fn n' href='/author/jo/' rel='author'><h4 class='author-title' "
        "itemprop='name'>Jo Lund</h4></a><div class='post-author-desc'>Jo writes for the "
        "recruitment team. Before that she was a clerk.</div></div>")
    assert units["Welders earn £30,000 a year at the yard."].section == ("Pay",)
    for furniture in ("About The Author", "Jo Lund", "recruitment team"):
        assert furniture not in doc.text
