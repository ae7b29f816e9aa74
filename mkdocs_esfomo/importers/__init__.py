"""Importers: other sites and services turned into this package's data."""
