"""Inline text as pages write it (Markdown, HTML, both), read into one small form.

Cells, list items and card lines are read into *rich text*: plain text that keeps
``**bold**``, ``*italics*``, ``~~struck~~``, ``[links](url)`` and line breaks
(``<br>``) as ``\\n``, the few marks that carry meaning in a workshop's tables.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """kramdown's flavour as far as it matters here: HTML allowed, tables and ~~strike~~."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


_MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "del": "~~", "s": "~~", "strike": "~~"}


# What a browser draws but no reader takes for the page's words: scripts, styles, and the labels of buttons
# ("Show Abstract", "Show Papers"), controls that open or hide what the page says.
_UNSEEN = frozenset({"script", "style", "button"})
_STRING = re.compile(r"""(["'])((?:(?!\1)[^\\\n]|\\.)*)\1""")  # a script's string: "The workshop will run from "


class _Rich(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[tuple[int, str]] = []  # where the link's text starts, its address
        self.marks: list[tuple[int, str]] = []  # where an open mark stands, its tag
        self.unseen = 0  # inside a <script>, a <style> or a <button>, whose words are no text of the page
        self.scripts = 0  # inside a <script>
        self.spans: list[bool] = []  # the open <span>s, each whether its style strikes its words through

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSEEN:
            self.unseen += 1
            self.scripts += tag == "script"
        elif tag in _MARKS:
            self.marks.append((len(self.out), tag))
            self.out.append(_MARKS[tag])
        elif tag in ("br", "hr"):  # a rule across a cell parts what is above it from what is below, as a break does
            self.out.append("\n")
        elif tag == "span":  # '<span style="text-decoration: line-through">April 30</span>': struck as <s> is
            self.spans.append("line-through" in (dict(attrs).get("style") or "").lower())
            if self.spans[-1]:
                self.marks.append((len(self.out), "s"))
                self.out.append(_MARKS["s"])
        elif tag == "a":
            self._close_link()  # a link inside a link: HTML closes the first
            self.links.append((len(self.out), dict(attrs).get("href") or ""))
            self.out.append("[")
        elif tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary") and self.out:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.out.append("\n")
        elif tag == "a":  # "<a/>", written for "</a>": a browser opens an empty link, which ends the open one
            self._close_link()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self.unseen = max(self.unseen - 1, 0)
            self.scripts = max(self.scripts - (tag == "script"), 0)
        elif tag in _MARKS:
            self._close_mark(tag)
        elif tag == "span":
            if self.spans and self.spans.pop():
                self._close_mark("s")
        elif tag == "a":
            self._close_link()
        elif tag in ("p", "div", "li", "tr", "summary", "h1", "h2", "h3", "h4", "h5", "h6"):  # a summary, a heading:
            # a line of its own, a title over the rest
            self.out.append("\n")

    def close(self) -> None:
        super().close()
        for at, _ in self.links:  # never closed: its words, not a link
            self.out[at] = ""
        self.links = []

    def _close_link(self) -> None:
        if self.links:
            at, href = self.links.pop()
            boxed = re.fullmatch(r"\s*\[([^\[\]]+)\]\s*", "".join(self.out[at + 1 :]))
            if boxed and href and not any(mark > at for mark, _ in self.marks):
                # '<a href="x">[Slides]</a>': the brackets frame the link's words, as "[[Slides](x)]" writes them
                del self.out[at + 1 :]
                self.out[at] = "[["
                self.out.append(f"{boxed.group(1).strip()}]({href})]")
                return
            if not href:  # "[Ann Lee]()", '<a href="">Ann Lee</a>': a link to nowhere, its words alone
                self.out[at] = ""
                return
            self.out.append(f"]({href})")

    def handle_data(self, data: str) -> None:
        if not self.unseen:
            self.out.append(data)
        elif self.scripts:  # a script's code is not shown, the sentences it writes into the page are
            said = [m.group(2) for m in _STRING.finditer(data) if len(re.findall(r"[^\W\d_]{2,}", m.group(2))) >= 3]
            self.out += [f"\n{' '.join(said)}\n"] if said else []

    def _close_mark(self, tag: str) -> None:
        """``<i></i>`` marks nothing and is dropped; ``<b> Title </b>`` is ``**Title**``, spaces outside, as
        Markdown reads bold only when the marks touch the words."""
        start = next((i for i, (_, t) in reversed(list(enumerate(self.marks))) if t == tag), None)
        if start is None:
            self.out.append(_MARKS[tag])
            return
        at, _ = self.marks.pop(start)
        inside = "".join(self.out[at + 1 :])
        if not inside.strip():
            self.out[at:] = [inside]
            return
        lead, trail = inside[: len(inside) - len(inside.lstrip())], inside[len(inside.rstrip()) :]
        self.out[at:] = [lead, _MARKS[tag], inside.strip(), _MARKS[tag], trail]


def rich_html(fragment: str) -> str:
    """An HTML fragment as rich text."""
    reader = _Rich()
    reader.feed(fragment)
    reader.close()
    text = "".join(reader.out).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    text = re.sub(r"\[([^\]]*)\]\(\)", r"\1", text)
    text = re.sub(r"(?<!!)\[\s*\]\([^)\s]*\)|(?<![!\\])\[\](?!\()", "", text)  # a link around nothing to see
    # bold around nothing ("<b> </b>"), or two bold runs side by side: one run; "**A**<br>**B**" stays two lines
    return re.sub(r"(?<!\*)\*\*[^\S\n]*\*\*(?!\*)", "", text).strip()


# kramdown's line break, two backslashes at the end of a line ("Ann Lee\\" over "_MIT_"), which CommonMark reads as
# one backslash shown: its hard break (a backslash before the newline), or nothing at the end of the text.
_KRAMDOWN_BREAK = re.compile(r"(?<!\\)\\\\[ \t]*(?:(\n)|$)")


def rich(markdown: str) -> str:
    """Inline Markdown (which may hold HTML) as rich text, its dashes as kramdown prints them ("---" an em dash,
    "--" an en dash: "Session I---Systems" reads "Session I—Systems"), but in code, links' addresses and rules."""
    md = parser()
    markdown = _KRAMDOWN_BREAK.sub(lambda m: "\\\n" if m.group(1) else "", markdown.replace("\\|", "|"))
    tokens = md.parseInline(markdown)
    for token in tokens:
        for child in token.children or []:
            if child.type == "text" and not re.fullmatch(r"[\s:|-]*", child.content):
                child.content = child.content.replace("---", "\u2014").replace("--", "\u2013")
    return rich_html(md.renderer.render(tokens, md.options, {}))


def plain(text: str) -> str:
    """Rich text (or inline Markdown) as one line of plain text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\*\*\*|\*\*|__|~~|(?<![\w*])\*|\*(?![\w*])|`", "", text)  # "***bold italic***" too
    return " ".join(html.unescape(text).replace("\xa0", " ").split()).strip()


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# Letters no accent stripping turns into plain ones ("Łańcucki", "Nießner", "Søgaard"): spelled in plain letters.
_PLAIN_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE",
                                "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"})  # fmt: skip


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def _letters(text: str) -> str:
    """``text`` with accents dropped but the letters of scripts that have no plain spelling kept ("蔡静", "Иван");
    a dash, a curly quote or a symbol between two words a space, as a plain one would be ("Part I—Systems")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c if c.isascii() or unicodedata.category(c)[0] in "LN" else " " * (unicodedata.category(c)[0] != "M")
                   for c in decomposed)  # fmt: skip


def slug(name: str) -> str:
    """A person's id; also what matches one name written in different ways ("Tomás  Herrera", "tomas herrera").
    A name with no plain letters ("蔡静") is spelled by its code points, so that two such names are two people."""
    plain = re.sub(r"[^a-z0-9]+", "-", _ascii(name).lower()).strip("-")
    return plain or "-".join(f"u{ord(c):x}" for c in _letters(name).lower() if not c.isascii()) or "person"


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _letters(text).lower())


def written_words(text: str) -> list[tuple[str, str]]:
    """Each word of ``text`` as written (its case kept, its accents dropped as :func:`words` drops them), with what
    stands between it and the word before it."""
    plain = _letters("".join(c if c.isascii() or unicodedata.category(c)[0] in "LNM" else "|" for c in text))
    out, end = [], 0
    for found in re.finditer(r"[^\W_]+", plain):
        out.append((found.group(), plain[end : found.start()]))
        end = found.end()
    return out


def has_word(text: str, *wanted: str) -> bool:
    """Whether ``text`` holds one of ``wanted`` as whole words ("dates" is not in "updates")."""
    found = " " + " ".join(words(text)) + " "
    return any(f" {' '.join(words(w))} " in found for w in wanted)


def emoji_prefix(text: str) -> tuple[str | None, str]:
    """``"🧑‍🎓 **Poster Session**"`` -> ``("🧑‍🎓", "**Poster Session**")``."""
    end = 0
    for i, char in enumerate(text):
        if unicodedata.category(char) in ("So", "Sk", "Mn", "Me", "Cf") or (char.isspace() and end):
            end = i + 1
        elif not char.isspace():
            break
    return (text[:end].strip() or None), text[end:].strip()


_EMOJI_RUN = re.compile(r"[ \t]*(?:[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*[ \t]*)+")


def emoji_inside(text: str) -> tuple[str | None, str]:
    """The emoji that end a cell's lines or stand between its words, decoration as the leading one is:
    ``"Invited Talk: [Ann Lee](url) 🤝🗣️\n**Title**"`` -> ``("🤝🗣️", "Invited Talk: [Ann Lee](url)\n**Title**")``;
    between words they become a line break (``"Lunch 🍲 Bento provided"``: two lines); before a comma they mark the
    name they follow (``"Ann Lee 🎙️, Bo Wu"``: who presents) and are left out."""
    found: list[str] = []

    def cut(match: re.Match[str]) -> str:
        after = re.sub(r"^(?:\s*</?[a-zA-Z]+>)*", "", match.string[match.end() :])[:1]
        if match.start() > 0 and after in (",", ";"):
            return ""  # "Ann Lee 🎙️, Bo Wu": a mark of the name before it (who presents), not the row's decoration
        found.append(match.group(0).strip())
        if match.start() > 0 and after == "]":
            return ""  # "[Title 🏆](url)": it ends a link's words, which stay one line
        inside = match.start() > 0 and match.end() < len(match.string) and match.string[match.end()] != "\n"
        return "\n" if inside and match.string[match.start() - 1] != "\n" else ""

    kept = "\n".join(_EMOJI_RUN.sub(cut, line).strip() for line in text.split("\n"))
    return (found[0] if found else None), kept.strip()


_FENCE_OPENS = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def open_fences_read(body: str) -> str:
    """kramdown's fenced code block ends at a line of its fence alone (as long or longer, nothing after it); a
    fence never so closed opens no block (CommonMark would run the block to the page's end): its line is text, and
    the lines after it are read as Markdown, as the old site showed them. Its fence is escaped; lines stay lines."""
    rows, at = body.split("\n"), 0
    while at < len(rows):
        opened = _FENCE_OPENS.match(rows[at])
        if opened is None:
            at += 1
            continue
        fence = opened.group(1)
        closing = re.compile(rf" {{0,3}}{re.escape(fence)}{re.escape(fence[0])}*\s*")
        end = next((n for n in range(at + 1, len(rows)) if closing.fullmatch(rows[n])), None)
        if end is None:
            rows[at] = rows[at][: opened.start(1)] + "\\" + rows[at][opened.start(1) :]
            at += 1
        else:
            at = end + 1
    return "\n".join(rows)
