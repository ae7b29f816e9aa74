"""Turn an al-folio (Jekyll) workshop site into a site of this kind, in small steps.

``jekyll`` reads the site as Jekyll would (pages, collections, front matter, Liquid
includes and loops, which pages a visitor can reach); ``blocks`` parses each page's
Markdown and HTML into headings, tables, lists and HTML regions with their lines;
``people``, ``schedule``, ``dates`` and ``identity`` find the workshop's facts in
them; ``pages`` writes the pages that remain, with directives where facts became
data; ``pipeline`` runs the steps and writes the new site with ``MIGRATION.md``,
the checklist of everything that did not become data or a page, and of every guess.

Only ``report`` is imported by the plugin (to keep ``--strict`` failing while the
checklist has open items), so this module imports nothing else.
"""
