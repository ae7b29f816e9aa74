"""The data files read, checked and resolved: YAML with positions, the schema, the loader, the checks."""
