"""The people a program names: matched to the cards that name them another way ("Linxi Fan" for "Jim (Linxi)
Fan", "Leo" for "Leonidas"), and, where no page shows the speakers or the panelists, read from the program."""

from __future__ import annotations

import re

from .cells import LINK_WORDS
from .found import FoundPerson, People
from .jekyll import JekyllPage
from .names import PersonText, looks_like_name
from .program import Draft, Schedule, Session
from .report import Note
from .text import plain, slug


def program_speakers(schedule: Schedule, people: People, person_ids: dict[str, str],
                      entries: dict[str, dict[str, str]], notes: list[Note]) -> None:  # fmt: skip
    """The program's speakers as the cards name them ("Linxi Fan" for "Jim (Linxi) Fan", a guess), and the page the
    program links a speaker's name to, for a card that links nowhere."""
    shortened = _shortened_names(people)
    _affiliations_run_on(schedule, notes)
    drafts = [d for entry in schedule.entries for d in (entry.items if isinstance(entry, Session) else [entry])]
    for draft, last in zip(drafts, _row_lasts(drafts), strict=True):
        for number, person in enumerate(draft.speakers):
            if slug(person.name) not in person_ids and (full := shortened.get(slug(person.name))):
                notes.append(Note(draft.where, f"the program's '{person.name}' read as '{full}', the name a card "
                                  "writes with a part in brackets", guess=True, last=last))  # fmt: skip
                draft.speakers[number] = person = person._replace(name=full)
            elif slug(person.name) not in person_ids and (card := _bracket_left_out(person.name, person_ids)):
                notes.append(Note(draft.where, f"the program's '{person.name}' read as '{card}', a card's name "
                                  "without the part in brackets", guess=True, last=last))  # fmt: skip
                draft.speakers[number] = person = person._replace(name=card)
            elif slug(person.name) not in person_ids and (whole := _first_name_cut(person.name, people)):
                notes.append(Note(draft.where, f"the program's '{person.name}' read as '{whole}', a card's name "
                                  "whose first name it shortens", guess=True, last=last))  # fmt: skip
                draft.speakers[number] = person = person._replace(name=whole)
            pid = person_ids.get(slug(person.name))
            if person.url and pid in entries and "url" not in entries[pid]:
                entries[pid]["url"] = person.url
            if pid is None and (near := _one_letter_apart(person.name, people)):
                notes.append(Note(draft.where, f"the program's '{person.name}' and the speaker '{near}' are one "
                                  "letter apart: one name misspelt in one place? both kept as written",
                                  guess=True))  # fmt: skip


def _row_lasts(drafts: list[Draft]) -> list[int]:
    """The last line of each row of the program: the line before the next row's, in the same file (an HTML row
    whose cells are lines of their own, the people's cell below the row's first line), else the row's own line."""
    lines = [(path, int(line) if line.isdigit() else 0) for path, _, line in (d.where.rpartition(":") for d in drafts)]
    return [max(line, after[1] - 1) if after and after[0] == path and after[1] > line else line
            for (path, line), after in zip(lines, [*lines[1:], None][: len(lines)], strict=True)]


def _one_letter_apart(name: str, people: People) -> str | None:
    """"Tim Rolff" in a program whose speakers' cards name "Tim Roff": the one speaker whose name, of the same
    first name, differs from the program's by one letter (added, left out or another)."""
    def near(a: str, b: str) -> bool:
        if abs(len(a) - len(b)) > 1 or a == b:
            return False
        start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        return a[start + 1 :] == b[start + 1 :] or a[start:] == b[start + 1 :] or a[start + 1 :] == b[start:]

    first, *rest = name.split()
    found = {p.name for p in people.people if p.role == "speakers" and rest and p.name.split()[0] == first
             and len(p.name.split()) == len(rest) + 1 and near(name, p.name) and min(len(w) for w in rest) > 3}
    return next(iter(found)) if len(found) == 1 else None


def _affiliations_run_on(schedule: Schedule, notes: list[Note]) -> None:
    """``Agathe Lherondelle JP Morgan Chase, Varun Babbar JP Morgan Chase`` in a program whose other rows write
    "(JP Morgan Chase)": a speaker's name that ends with an affiliation the program gives in brackets elsewhere is
    that person, of that affiliation (a guess, named)."""
    drafts = [d for entry in schedule.entries for d in (entry.items if isinstance(entry, Session) else [entry])]
    known = {p.affiliation for d in drafts for p in d.speakers if p.affiliation and len(p.affiliation.split()) > 1}
    for draft in drafts:
        for number, person in enumerate(draft.speakers):
            if person.affiliation:
                continue
            said = next((a for a in sorted(known, key=len, reverse=True) if person.name.endswith(f" {a}")
                         and looks_like_name(person.name[: -len(a)].strip())), None)  # fmt: skip
            if said:
                name = person.name[: -len(said)].strip()
                draft.speakers[number] = person._replace(name=name, affiliation=said)
                notes.append(Note(draft.where, f"the program's '{person.name}' read as {name} of {said}, an "
                                  "affiliation other rows write in brackets", guess=True))  # fmt: skip


_PROGRAM_ROLES = ("speakers", "panelists")  # the cards of the people a program's talks and panels name


def _first_name_cut(name: str, people: People) -> str | None:
    """"Leo Guibas" in a program whose speakers' cards name "Leonidas Guibas", "Matt Mason" in a panel's row where
    the panelists' cards name "Matthew Mason": the one card of the people a program names (a speaker or a panelist)
    of that last name whose first name the program's begins (three letters or more)."""
    parts = name.split()
    if len(parts) != 2 or len(parts[0]) < 3:
        return None
    found = {p.name for p in people.people if p.role in _PROGRAM_ROLES and len(whole := p.name.split()) == 2
             and whole[1] == parts[1] and whole[0] != parts[0] and whole[0].startswith(parts[0])}  # fmt: skip
    return next(iter(found)) if len(found) == 1 else None


def _middle_left_out(name: str, people: People) -> bool:
    """"Scott Linderman" in a program whose speakers' cards name "Scott W. Linderman": a speaker's card of the same
    first and last name, with more between them."""
    parts = slug(name).split("-")
    return any(len(whole := slug(p.name).split("-")) > len(parts) and whole[0] == parts[0] and whole[-1] == parts[-1]
               for p in people.people if p.role == "speakers")  # fmt: skip


def _bracket_left_out(name: str, person_ids: dict[str, str]) -> str | None:
    """The program's "Tommie (Thomas) Meyer" where a card says "Tommie Meyer" (or "Thomas Meyer"): the card's name,
    the one without the brackets first, as the program writes it outside them; None when no card has either."""
    found = re.fullmatch(r"(\S+)\s+\(([^()\s]+)\)\s+(.+)", name.strip())
    shorts = [f"{found[1]} {found[3]}", f"{found[2]} {found[3]}"] if found else []
    return next((short for short in shorts if slug(short) in person_ids), None)


def _shortened_names(people: People) -> dict[str, str]:
    """A card's "Jim (Linxi) Fan" as a program may write it, "Linxi Fan" or "Jim Fan": each short name's slug, the
    card's name (not for a short name that two cards share, nor one a card has as its own)."""
    short: dict[str, set[str]] = {}
    for person in people.people:
        if found := re.fullmatch(r"(\S+)\s+\(([^()]+)\)\s+(.+)", person.name):
            for name in (f"{found[2]} {found[3]}", f"{found[1]} {found[3]}"):
                short.setdefault(slug(name), set()).add(person.name)
    own = {slug(p.name) for p in people.people}
    return {key: next(iter(names)) for key, names in short.items() if len(names) == 1 and key not in own}


LONG_TALK = 30  # minutes: a talk this long, in a program that labels none invited, is an invited speaker's


def people_from_the_program(people: People, schedule: Schedule, calls: bool = True, site_url: str = "") -> None:
    """A site whose pages show no speakers (or no panelists): the people its program names for keynotes and invited
    talks are its speakers, those of a panel its panelists (each a guess, reported); those of other talks may
    present papers, unless the program labels no talk invited and gives a talk half an hour or more, or the site
    lists no dates (``calls`` false: no call for papers, so no papers to present) and the program, labelling some
    talks keynotes, gives the others a title and one speaker each, as it does its keynotes. Where pages do show
    the panelists, one a panel's row names and no page shows in any role is a panelist too; where they show the
    speakers, one a keynote's row names and no page shows as a speaker is a speaker too (each a guess). A talk whose
    row links to a part of one of the site's pages for its details (``"Title" Ann Lee ([details](/events#alee))``)
    is presented there, its people speakers, whatever the pages show."""
    from_kinds = (("speakers", "a speaker", ("keynote", "invited")), ("panelists", "a panelist", ("panel",)))
    drafts = [d for entry in schedule.entries for d in (entry.items if isinstance(entry, Session) else [entry])]
    labelled = any(d.kind in ("keynote", "invited") for d in drafts)
    for role, one, kinds in from_kinds:
        shown = any(p.role == role for p in people.people)
        if shown and role != "panelists":
            kinds = ("keynote",)  # pages show the speakers: a keynote's row still names one (also on the panel)
        named = {slug(p.name) for p in people.people if role == "panelists" or p.role == role} | \
            set(_shortened_names(people)) if shown else set()  # fmt: skip
        own = shown and role == "speakers" and _talks_of_the_listed(drafts, named)
        kinds = (*kinds, "talk") if own else kinds
        for draft in drafts:
            long = role == "speakers" and not shown and not labelled and draft.kind == "talk" and \
                _length(draft) >= LONG_TALK  # fmt: skip
            # "Discussion (Moderator: Eve Park)" names no talk's speaker
            uncalled = role == "speakers" and not shown and not calls and labelled and draft.kind == "talk" and \
                bool(draft.title) and len(draft.speakers) == 1 and not draft.moderators  # fmt: skip
            detailed = role == "speakers" and draft.kind in ("talk", "keynote", "invited") and bool(draft.title) \
                and _details_on_site(draft, site_url)  # fmt: skip
            for person in draft.speakers if draft.kind in kinds or long or uncalled or detailed else []:
                if slug(person.name) in named or (role == "panelists" and person.name in draft.moderators) \
                        or (shown and _first_name_cut(person.name, people)) \
                        or (shown and role == "speakers" and _middle_left_out(person.name, people)) \
                        or (own and _reordered(person.name, people)):  # fmt: skip
                    continue
                named.add(slug(person.name))
                people.people.append(FoundPerson(person.name, draft.where, role, person.affiliation, person.url))
                why = f", a talk of {_length(draft)} minutes where none is labelled invited" if long else ""
                why = ", its row linking to its details on a page of the site" if detailed and not why else why
                why = why or (", a talk on a site that lists no dates to submit papers by" if uncalled else "")
                said = ("the panel's row names them, no page shows them" if role == "panelists" else
                        "the keynote's row names them, no page shows them as a speaker") if shown \
                    else f"no page shows the {role}{why}"  # fmt: skip
                if own and draft.kind == "talk":
                    said = "a talk of the program, whose other talks are those of the speakers a page lists; no page " \
                        "lists them"  # fmt: skip
                people.notes.append(Note(draft.where, f"{person.name}: {one}, read from the program ({said})",
                                         guess=True))  # fmt: skip


def _reordered(name: str, people: People) -> bool:
    """``Hu Yue`` where a card or list has Yue Hu: one known person, the family name written first."""
    words = sorted(slug(name).split("-"))
    return len(words) > 1 and any(sorted(slug(p.name).split("-")) == words for p in people.people)


def _talks_of_the_listed(drafts: list[Draft], listed: set[str]) -> bool:
    """Whether the program's titled talks are those of the speakers a page lists: five people or more give them,
    and at most one in ten of those is not on the list (a speaker the list forgot, not authors presenting papers)."""
    talkers = {slug(p.name) for d in drafts if d.kind == "talk" and d.title for p in d.speakers}
    return len(talkers) >= 5 and len(talkers - listed) * 10 <= len(talkers)


def _details_on_site(draft: Draft, site_url: str) -> bool:
    """Whether a row links, by a word only saying "details" ("details", "more info") or as its one link, to a part of a
    page of the site itself (``/events#alee``, ``https://site.org/events#alee``): where the talk and its speaker are
    presented."""
    for label, url in [*draft.links.items(), *([("details", draft.link)] if draft.link else [])]:
        said = re.findall(r"[a-z]+", label.lower())
        own = url.startswith(site_url) if site_url.strip("/") else not re.match(r"[a-z][a-z0-9+.-]*:", url, re.I)
        if said and all(w in LINK_WORDS for w in said) and own and re.search(r"#\w", url):
            return True
    return False


def _length(draft: Draft) -> int:
    """A talk's minutes, from its start to its end (0 when either is not known)."""
    return draft.end.minutes - draft.time.minutes if draft.time and draft.end else 0


def panel_of_its_panelists(schedule: Schedule, people: People, pages: list[JekyllPage], notes: list[Note]) -> None:
    """``#### Panellists`` / ``Panel discussion: *Title*`` above the list of those on it, and one row of the program
    for that panel naming no one: the panelists listed are that panel's (a guess, named). The panel's title must
    be written just above the list, so that a list of panelists meant for no one panel gives the row no one."""
    drafts = [d for entry in schedule.entries for d in (entry.items if isinstance(entry, Session) else [entry])]
    panels = [d for d in drafts if d.kind == "panel"]
    panelists = [p for p in people.people if p.role == "panelists"]
    if len(panels) != 1 or panels[0].speakers or not (title := panels[0].title) or not panelists:
        return
    panel = panels[0]
    path, _, line = panelists[0].where.rpartition(":")
    page = next((p for p in pages if p.rel == path), None)
    if page is None or not line.isdigit():
        return
    if not set(slug(title).split("-")) - _PANEL_WORDS:  # "Panel discussion": no title of its own to look for
        return
    above = [plain(text) for number, text in enumerate(page.body.splitlines())
             if int(line) - _ABOVE <= page.line(number) < int(line)]  # fmt: skip
    if not any(slug(title) in slug(text) and "panel" in slug(text).replace(slug(title), "").split("-")
               for text in above):  # "Panel discussion: *Title*", the panel's title on a line saying it is a panel
        return
    names = list(dict.fromkeys(p.name for p in panelists))
    panel.speakers = [PersonText(name) for name in names]
    notes.append(Note(panel.where, f"the panel '{title}' names no one in the program: its panelists read from "
                      f"the list the panel's title heads ({', '.join(names)})", guess=True))  # fmt: skip


_ABOVE = 8  # the lines above a list of panelists that may name their panel
_PANEL_WORDS = {"panel", "discussion", "session", "the", "a", "and", "q", ""}
