"""A deadline said in a sentence of a call, when no page lists dates: ``"Videos should be submitted to
https://cmt3... until **June 2nd 2023 23:59 anytime on earth**."`` is the one date its page is for."""

from __future__ import annotations

import re

from .blocks import parse
from .date_lines import MILESTONE_WORDS, FoundDate, read_date
from .dates import Dates
from .jekyll import JekyllPage
from .report import Note
from .text import has_word, plain
from .when import find_dates

# What is sent, then the word that makes the date after it the last day for it (a stop inside an address is no
# sentence's end): "submitted to https://cmt3.org/X until June 2nd 2023",
# "register by May 1, 2024", "send your abstract no later than 3 March 2025".
_SENT_UNTIL = re.compile(
    r"\b(?P<verb>submit(?:ted)?|send|upload(?:ed)?|regist(?:er|ered|ration))\b(?:[^.!?]|[.!?](?=\S))*?"
    r"\b(?:until|by|before|no\s+later\s+than|till)\s+(?P<date>[^!?]+)",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[*])")  # a stop, then the next sentence's capital


def deadline_sentences(pages: list[JekyllPage], year: int) -> Dates:
    """Each page's one sentence saying that something is sent by a day of the edition's year (the year written
    in it): that day, named by the page's title when it names a milestone ("Submission of contributed videos"),
    else a submission's (or registration's) deadline. A page saying two or more such days gives none: which is
    which is the page's to say, and it stays as written. Each date is a guess, named in MIGRATION.md."""
    out = Dates()
    for page in pages:
        found = [d for d in _said(page, year) if d.at.day.year in (year - 1, year)]
        if len(found) != 1:
            continue
        out.dates += found
        out.notes.append(Note(found[0].where, f"date '{found[0].name}': read from a sentence of "
                              f"'{page.title or page.url}'", guess=True))  # fmt: skip
    return out


def _said(page: JekyllPage, year: int) -> list[FoundDate]:
    found: list[FoundDate] = []
    for block in parse(page.body):
        if block.kind != "paragraph" or block.in_html:
            continue
        for sentence in _SENTENCES.split(plain(block.text)):
            said = _SENT_UNTIL.search(sentence)
            written = find_dates(said.group("date"), None) if said else []
            if not said or not written or not written[0].year_given or written[0].start > 0:
                continue  # "by the organizers on May 1", a date with no year: no deadline said here
            title = plain(page.title or "")
            if title and len(title.split()) <= 7 and has_word(title, *MILESTONE_WORDS):
                name = title
            else:
                name = "Registration deadline" if said.group("verb").lower().startswith("regist") else \
                    "Submission deadline"  # fmt: skip
            date = said.group("date").strip().rstrip(".")
            if at := read_date(name, date, page.where(block.start), year):
                found.append(at)
    return found
