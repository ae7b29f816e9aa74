"""The package reads like its pipeline: its modules import one another one way (no cycle), and no function
or class is too long to read at once. Read from the source with ``ast``, without importing anything."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mkdocs_esfomo"
MAX_FUNCTION = 80  # lines, decorators and docstring included
MAX_CLASS = 200


def _modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return found


def _is_package(name: str) -> bool:
    return (PACKAGE.parent / name.replace(".", "/") / "__init__.py").is_file()


def _imports(node: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """The import statements under ``node``, at module level or inside functions (an import a command makes
    when it runs ties the modules as much), but not those under ``if TYPE_CHECKING:``, which never run."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [node]
    if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
        return _imports(ast.Module(body=node.orelse, type_ignores=[]))
    return [found for child in ast.iter_child_nodes(node) for found in _imports(child)]


def _imported(name: str, tree: ast.Module, known: set[str]) -> set[str]:
    """The package's modules ``name`` imports (absolute or relative)."""
    found = set()
    base = name if _is_package(name) else name.rpartition(".")[0]
    for item in _imports(tree):
        if isinstance(item, ast.Import):
            found |= {alias.name for alias in item.names}
        elif item.level:
            parent = base.split(".")
            parent = parent[:len(parent) - item.level + 1]
            module = ".".join([*parent, item.module] if item.module else parent)
            found |= {module, *(f"{module}.{alias.name}" for alias in item.names)}
        else:
            found |= {item.module or "", *(f"{item.module}.{alias.name}" for alias in item.names)}
    return {module for module in found if module in known and module != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle, once (Tarjan's strongly connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _lengths(kind: type | tuple[type, ...]) -> list[tuple[str, int]]:
    found = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, kind):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                found.append((f"{name}:{node.lineno} {node.name}", node.end_lineno - start + 1))
    return found


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imported(name, tree, set(modules)) for name, tree in modules.items()}
    # A package imports the modules its __init__ names; a module importing its own package is no cycle.
    graph = {name: {m for m in deps if not name.startswith(m + ".")} for name, deps in graph.items()}
    assert _cycles(graph) == []


def test_the_cycle_check_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_long_function():
    long = [(where, n) for where, n in _lengths((ast.FunctionDef, ast.AsyncFunctionDef)) if n > MAX_FUNCTION]
    assert long == []


def test_no_long_class():
    long = [(where, n) for where, n in _lengths(ast.ClassDef) if n > MAX_CLASS]
    assert long == []
