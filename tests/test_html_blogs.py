"""Web pages as blog engines write them (Ghost's Casper theme, Hugo themes): their titles,
bylines, footnotes and the cards an editor embeds in a post."""

from __future__ import annotations

from test_readers import _units

_GHOST_BYLINE = (
    "<div class='article-byline'><div class='article-byline-content'><ul class='author-list'>"
    "<li class='author-list-item'><a href='/author/ana/' class='author-avatar'><img "
    "class='author-profile-image' src='/a.jpg' alt='Ana Lima'></a></li></ul><div "
    "class='article-byline-meta'><h4 class='author-name'><a href='/author/ana/'>Ana Lima</a>"
    "</h4><div class='byline-meta-content'><time class='byline-meta-date' "
    "datetime='2026-01-20'>Jan 20, 2026</time><span class='byline-reading-time'><span "
    "class='bull'>&bull;</span> 6 min read</span></div></div></div></div>")


def _ghost(tmp_path, content: str, above: str = "", byline: str = _GHOST_BYLINE):
    """A post as Ghost's Casper theme writes it: `above` over the title, `content` its body."""
    path = tmp_path / "post.html"
    path.write_text(
        "<html><head><title>Becoming a glazier</title><meta property='og:site_name' "
        "content='The Glass Line'></head><body><header id='gh-head'><a class='gh-head-logo' "
        "href='/'>The Glass Line</a></header><main id='site-main'><article class='article post "
        f"tag-trades'><header class='article-header gh-canvas'>{above}<h1 class='article-title'>"
        "Becoming a glazier</h1><p class='article-excerpt'>What glaziers do, what they earn and "
        f"how to start.</p>{byline}</header><section class='gh-content gh-canvas'>"
        f"{content}</section></article></main></body></html>", encoding="utf-8")
    return _units(path)


def test_ghost_footnotes_are_read_after_the_paragraph_holding_their_mark(tmp_path):
    doc, _, units = _ghost(
        tmp_path, "<h2>Safety</h2><p>The course costs £950.<sup class='footnote-ref'><a "
        "href='#fn1' id='fnref1'>[1]</a></sup> Employers pay it.</p><h2>Pay</h2><p>Glaziers "
        "earn £31,000.</p><hr><section class='footnotes'><ol class='footnotes-list'><li id='fn1' "
        "class='footnote-item'><p>The refresher costs £300. <a href='#fnref1' "
        "class='footnote-backref'>↩︎</a></p></li></ol></section>")
    assert "The course costs £950." in units and "Employers pay it." in units
    assert units["The refresher costs £300."].section == ("Safety",)  # after its mark
    assert "[1]" not in doc.text and "↩" not in doc.text
    assert doc.text.index("Employers pay it.") < doc.text.index("The refresher") \
        < doc.text.index("Glaziers earn")


def test_ghost_byline_with_the_authors_name_as_a_heading_is_no_section(tmp_path):
    doc, parsed, units = _ghost(
        tmp_path, "<p>Glaziers fit glass in buildings.</p><h2>Pay</h2><p>Glaziers earn £31,000."
        "</p>")
    assert "Ana Lima" not in doc.text and "6 min read" not in doc.text
    assert "What glaziers do, what they earn and how to start." in units  # the header stays
    assert units["Glaziers fit glass in buildings."].section == ()  # not under the author
    assert units["Glaziers earn £31,000."].section == ("Pay",)  # nor under the title
    assert parsed.title == "Becoming a glazier"


def test_the_pages_one_h1_is_its_title_line_under_a_label_above_it(tmp_path):
    _, parsed, units = _ghost(
        tmp_path, "<p>Glaziers fit glass.</p><h2>Pay</h2><p>Glaziers earn £31,000.</p>",
        above="<div class='kicker'><a href='/sectors/'>Construction</a></div>", byline="")
    assert "Construction" in units  # a label, no tag: read
    assert units["Glaziers fit glass."].section == ()
    assert units["Glaziers earn £31,000."].section == ("Pay",)


def test_a_tag_link_above_the_title_is_a_tag_list(tmp_path):
    doc, _, units = _ghost(
        tmp_path, "<p>Glaziers fit glass.</p>", above="<div class='article-tag post-card-"
        "tags'><span class='post-card-primary-tag'><a href='/tag/trades/'>Trades</a></span>"
        "</div><div><a href='/tag/glass/'>Glass</a></div><p><a href='/x' rel='tag'>Windows</a>"
        "</p>")
    for tag in ("Trades", "Glass", "Windows"):
        assert tag not in doc.text
    assert "Glaziers fit glass." in units


def _main(tmp_path, main: str):
    """A page whose `<main>` holds `main`."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{main}</main></body></html>", encoding="utf-8")
    return _units(path)


def test_a_line_of_post_metadata_joined_by_separators_is_a_byline(tmp_path):
    doc, _, units = _main(
        tmp_path, "<article><header><h1>My year as a glazier</h1><div class='post-meta'><time "
        "datetime='2026-02-09'>9 February 2026</time> · 7 min read · by Ana Lima</div></header>"
        "<p>Glaziers fit glass.</p><p>London · Full-time · <time>Closes 3 May 2026</time></p>"
        "<p>Feb 9, 2026 | 5 minute read</p></article>")
    assert "min read" not in doc.text and "Ana Lima" not in doc.text
    assert "minute read" not in doc.text
    assert "Glaziers fit glass." in units
    assert "London · Full-time · Closes 3 May 2026" in units  # a posting's facts: read


def test_ghost_bookmark_card_and_callout_icon_are_not_the_posts_words(tmp_path):
    doc, _, units = _ghost(
        tmp_path, "<h2>Jobs</h2><p>Most glaziers work for small firms.</p><div class='kg-card "
        "kg-callout-card'><div class='kg-callout-emoji'>💡</div><div class='kg-callout-text'>"
        "Training is free for adults.</div></div><div class='kg-card kg-bookmark-card'><a "
        "class='kg-bookmark-container' href='https://glass.example/jobs'><div class='kg-bookmark"
        "-content'><div class='kg-bookmark-title'>Jobs – Clearview Glass</div><div class='kg-"
        "bookmark-description'>Join our 2026 intake.</div><div class='kg-bookmark-metadata'>"
        "<span class='kg-bookmark-publisher'>Clearview Glass</span></div></div></a></div><p>"
        "Ratings:</p><div><div>★★★★☆</div><div>4 of 5</div></div><p>See <a href='/pay'>the pay "
        "guide</a>.</p>")
    assert "💡" not in doc.text and "Clearview" not in doc.text and "2026 intake" not in doc.text
    assert units["Training is free for adults."].section == ("Jobs",)
    assert "★★★★☆" in doc.text and "See the pay guide." in units  # a rating, a link: read


def _titled(tmp_path, title: str, head: str = "", banner: str = "", footer: str = ""):
    path = tmp_path / "titled.html"
    path.write_text(
        f"<html><head><title>{title}</title>{head}</head><body><header>{banner}</header><main>"
        "<h2>Earnings</h2><p>Glaziers at Clearview Glass earn £31,000. The Glaziers Board sets the "
        f"rates.</p></main><footer>{footer}</footer></body></html>", encoding="utf-8")
    return _units(path)[1].title


def test_a_title_part_the_page_names_its_site_by_elsewhere_is_not_the_title(tmp_path):
    # each part is mentioned in the article, so only the page's naming of its site tells
    assert _titled(tmp_path, "Apprenticeships | Clearview Glass",
                   banner="<a href='/'><img src='l.png' alt='Clearview Glass logo'></a>") \
        == "Apprenticeships"
    assert _titled(tmp_path, "Pay FAQ – The Glaziers Board",
                   footer="<p>© The Glaziers Board 2026 · 4 High St</p>") == "Pay FAQ"
    assert _titled(tmp_path, "Clearview Glass | Pay",
                   head="<meta property='og:site_name' content='Clearview Glass'>") == "Pay"
    assert _titled(tmp_path, "Pay | Clearview Glass") == "Pay | Clearview Glass"  # not shown
