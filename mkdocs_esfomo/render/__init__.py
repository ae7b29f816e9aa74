"""Pages planned and directives rendered to HTML: the page plan, the renderer, kept HTML, head tags."""
