"""The corpora careerbot is measured on, each a folder of documents with its own evaluation set.

- `seeds`: the repository's seeds/ with tests/eval/seeds/ (questions and conversations);
- `corpus2`: tests/corpus2/docs/, written by the team in other formats about other roles (career
  guides as markdown, web pages, PDF and Word), with tests/eval/corpus2/;
- `corpus3`: tests/corpus3/docs/, a fictional company's published careers site (job postings,
  benefits, hiring FAQ, pay bands) in HTML, markdown, plain text, PDF and Word, with
  tests/eval/corpus3/;
- `corpus4`: tests/corpus4/docs/, a book in 38 markdown chapters (applied AI roles, getting hired,
  growing, appendices), with tests/eval/corpus4/;
- `corpus5`: tests/corpus5/docs/, a fictional national agency's occupational outlook pages (one
  HTML page per occupation on one template), an annual report (PDF) and a career changers' guide
  (Word), with tests/eval/corpus5/;
- `corpus6`: tests/corpus6/docs/, a university careers service's material for humanities and arts
  graduates as their producers publish it (a MediaWiki page, Discourse and Reddit threads, a
  Confluence export, an ATS job advert, MkDocs and Docusaurus pages, an e-mail newsletter, a slide
  deck PDF, a Word handbook), with tests/eval/corpus6/;
- `corpus7`: tests/corpus7/docs/, a regional health service's careers material for nursing and the
  allied health professions as other producers publish it (a WordPress post, Google Docs and Word
  "Save as Web Page" exports, a Sphinx page, Notion and Obsidian markdown, a GitHub README, a
  browser-printed PDF, a two-column newsletter PDF, a Word policy, a webinar transcript and a
  plain-text FAQ), with tests/eval/corpus7/;
- `corpus8`: tests/corpus8/docs/, skilled trades and apprenticeships as yet other producers publish
  them (a website-builder page, an HTML e-mail laid out in tables, Hugo and Ghost posts, an FAQ of
  accordions, Pandoc markdown, an "awesome list", text extracted from a PDF, a reportlab report, a
  LibreOffice Word file, a transcript, a Q:/A: sheet), with tests/eval/corpus8/;
- `corpus9`: tests/corpus9/docs/, aviation and airport careers as still other producers publish
  them (a government guidance page, a Stack Exchange question, a Medium post, Jekyll and GitBook
  pages, a job board's results, an airline's Webflow pages and intranet pay scales, a plain-text
  README and union circular, a Word draft with tracked changes, a LaTeX-style working paper and
  a slide deck as PDF), with tests/eval/corpus9/;
- `corpus10`: tests/corpus10/docs/, video game industry careers as further producers publish them
  (Greenhouse and Lever job postings, MkDocs, Obsidian and Pandoc markdown, a Docusaurus page, a
  Substack post, a Discourse thread, a Notion page, a Word file formatted by hand and a handbook
  numbered by Word, a survey and a magazine feature as PDF, a forwarded e-mail digest), with
  tests/eval/corpus10/;
- `corpus11`: tests/corpus11/docs/, cybersecurity careers as still further producers publish them
  (Workday and Indeed postings, a Quarto book chapter, Hugo markdown, LinkedIn, Quora, GitHub and
  SharePoint pages, a Google Docs export and a Word workbook with content controls, slides and
  a brochure as PDF, a Slack export and an RFC-style FAQ as text), with tests/eval/corpus11/;
- `corpus12`: tests/corpus12/docs/, accounting and finance careers as yet further producers publish
  them (Zendesk, HubSpot, Blogger, Moodle, Squarespace and Framer pages, a notebook exported to
  markdown, a mail-merged and a Pages-exported Word file, Google Docs, scanned-with-OCR and
  Beamer PDFs, a training agreement and captions as text), with tests/eval/corpus12/;
- `corpus13`: tests/corpus13/docs/, law and legal services careers as still other producers publish
  them (SmartRecruiters, Drupal, Glassdoor, Eventbrite and phpBB pages, Logseq and VitePress
  markdown, a LibreOffice-numbered guidance, a CV template and a commented two-column note in
  Word, a practice direction with line numbers, a browser-printed page and a Canva flyer as PDF,
  and a WhatsApp chat export as text), with tests/eval/corpus13/;
- `corpus14`: tests/corpus14/docs/, machine learning and AI careers as yet other producers publish
  them (a Hacker News thread, Ashby, Teamtailor, DEV Community, arXiv and Levels.fyi pages, MyST,
  HackMD and Docsify markdown, an Acrobat PDF-to-Word export and a pandoc-made Word file, an
  Excel sheet printed to PDF and a typeset book chapter, a Usenet-style FAQ as text), with
  tests/eval/corpus14/;
- `corpus15`: tests/corpus15/docs/, data and machine learning careers in climate, energy and the
  environment as still other producers publish them (Workable, Personio, Hashnode and GitHub
  Discussions pages, an Outlook "Save as HTML" bulletin, Astro Starlight and Mintlify MDX, an R
  Markdown report, a Google Docs job description and a Word framework with a contents field,
  a Google Slides deck and a typeset report as PDF, an e-mail thread as text), with
  tests/eval/corpus15/;
- `corpus16`: tests/corpus16/docs/, careers in the life sciences, biotech and bioinformatics as
  yet other producers publish them (BambooHR, Recruitee, new-Reddit, Google Sites and a journal's
  careers feature as HTML, Roam Research, Eleventy and Bear markdown, a Word handbook numbered
  by hand with footnotes and a WPS-style job pack, a tri-fold leaflet and a conference poster
  as PDF, a Teams transcript as text), with tests/eval/corpus16/;
- `corpus17`: tests/corpus17/docs/, careers in education (teaching, school support, further
  education, learning design, edtech) as still other producers publish them (an iCIMS job
  posting, a Joomla school site, a statistics release, a Telegram Desktop chat export and a
  Tumblr post as HTML, Zola, Dendron and GitLab wiki markdown, a Word job pack with a person
  specification table and a Word handbook set in two columns, a union's pay scales and a
  prospectus page as PDF, SRT subtitles saved as text), with tests/eval/corpus17/;
- `corpus18`: tests/corpus18/docs/, careers in logistics, supply chain and transport as yet other
  producers publish them (an Oracle Taleo requisition, an SAP SuccessFactors job page, a
  Mastodon thread and an Evernote note as HTML, an mdBook chapter, a Nextra MDX page and a Marp
  slide deck in markdown, a Word graduate handbook with a landscape section and a Word
  application form, a lecture handout, an AcroForm form and a pay survey with footnotes as PDF,
  Emacs Org-mode notes saved as text), with tests/eval/corpus18/.
The team's corpora are indexed into .eval-cache/<name>/ (never into index/).
Each case has a split: `train` (fitted and debugged on) or `sealed` (reported only).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.engine import Engine
from bot.errors import BotError
from bot.evaluation.questions import Case, load_cases
from bot.settings import REPO_ROOT, Settings, get_settings

EVAL = REPO_ROOT / "tests" / "eval"
CACHE = REPO_ROOT / ".eval-cache"
NAMES = ("seeds", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8",
         "corpus9", "corpus10", "corpus11", "corpus12", "corpus13", "corpus14", "corpus15",
         "corpus16", "corpus17", "corpus18")


@dataclass
class Corpus:
    name: str
    settings: Settings
    folder: Path  # holds questions.jsonl and conversations.jsonl

    @cached_property
    def engine(self) -> Engine:
        return Engine(self.settings)

    @property
    def questions(self) -> Path:
        return self.folder / "questions.jsonl"

    @property
    def conversations(self) -> Path:
        return self.folder / "conversations.jsonl"

    def cases(self, split: str = "all") -> list[Case]:
        return [c for c in load_cases(self.questions) if split == "all" or c.split == split]


def open_corpus(name: str, **overrides: object) -> Corpus:
    if name == "seeds":
        return Corpus(name, get_settings(**overrides), EVAL / "seeds")
    if name in NAMES:
        settings = get_settings(seeds_dir=REPO_ROOT / "tests" / name / "docs",
                                index_dir=CACHE / name / "index", **overrides)
        return Corpus(name, settings, EVAL / name)
    raise BotError(f"unknown corpus {name!r}; choose one of: {', '.join(NAMES)}")
