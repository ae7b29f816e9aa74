"""mkdocs-esfomo: workshop websites from YAML data, as an MkDocs Material plugin."""

__version__ = "0.1.0"
