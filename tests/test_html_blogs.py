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
        f"Becoming a glazier</h1>{byline}</header><section class='gh-content gh-canvas'>"
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
