"""Files and tags made from the resolved workshop: photos, calendars, link previews."""
