"""No import circles inside `desktop/` (issue 13): the import graph is built from the source with `ast`.

Three kinds of edges: imports at module level (they run when the module loads, so a circle there breaks
depending on which module is imported first), imports inside functions (they run later) and imports under
`if TYPE_CHECKING:` (they never run, but two modules that need each other's names are still one tangle). `from package import name` is an edge to the submodule
`package.name` when there is one, else to `package`. A submodule is not counted as importing its own
package's `__init__` (Python runs it first, but a package that imports its submodules would otherwise be a
circle with each of them).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "desktop"

Graph = dict[str, set[str]]


def module_names(root: Path = ROOT / PACKAGE) -> dict[str, Path]:
    """Dotted name -> file of every module of the package (a package by its `__init__.py`)."""
    names: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST, *, in_function: bool,
             typing_only: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    """Every import statement below `node`, with whether it sits inside a function and whether only under
    TYPE_CHECKING."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, in_function, typing_only
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for inside in child.body:
                yield from _imports(ast.Module(body=[inside], type_ignores=[]), in_function=in_function,
                                    typing_only=True)
            for other in child.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]), in_function=in_function,
                                    typing_only=typing_only)
        else:
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            yield from _imports(child, in_function=inner, typing_only=typing_only)


def _targets(statement: ast.Import | ast.ImportFrom, module: str, is_package: bool,
             known: dict[str, Path]) -> Iterator[str]:
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            if alias.name in known:
                yield alias.name
        return
    base = statement.module or ""
    if statement.level:  # relative: resolved against the importing module's package
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[:len(package) - (statement.level - 1)]
        base = ".".join([*package, base] if base else package)
    for alias in statement.names:
        submodule = f"{base}.{alias.name}"
        if submodule in known:
            yield submodule
        elif base in known:
            yield base


def import_graphs() -> tuple[Graph, Graph, Graph]:
    """(module-level edges, function-level edges, TYPE_CHECKING-only edges) between the modules of `desktop/`."""
    known = module_names()
    at_load: Graph = {name: set() for name in known}
    in_functions: Graph = {name: set() for name in known}
    for_typing: Graph = {name: set() for name in known}
    for name, path in known.items():
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for statement, in_function, typing_only in _imports(tree, in_function=False):
            graph = for_typing if typing_only else in_functions if in_function else at_load
            for target in _targets(statement, name, path.name == "__init__.py", known):
                if target != name:
                    graph[name].add(target)
    return at_load, in_functions, for_typing


def cycles(graph: Graph) -> list[list[str]]:
    """One circle (a → … → a) per strongly connected group of modules (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return [_circle(graph, set(group), group[0]) for group in groups]


def _circle(graph: Graph, group: set[str], start: str) -> list[str]:
    """A shortest path from `start` back to itself inside its group (breadth first)."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if target not in came_from:
                    came_from[target] = node
                    following.append(target)
        frontier = following
    raise AssertionError(f"{start} is in a group without a circle")  # cannot happen for a Tarjan group


def _described(found: list[list[str]]) -> str:
    return "\n".join(" -> ".join(circle) for circle in found)


def test_no_circle_among_module_level_imports() -> None:
    at_load, _, _ = import_graphs()
    found = cycles(at_load)
    assert not found, "import circles (module level):\n" + _described(found)


def test_no_circle_once_imports_inside_functions_and_for_typing_count() -> None:
    # ARCHITECTURE.md: no circles, function-level imports included (they only hide a circle until first call),
    # nor through names imported for annotations only (the two modules still need each other).
    at_load, in_functions, for_typing = import_graphs()
    found = cycles({name: at_load[name] | in_functions[name] | for_typing[name] for name in at_load})
    assert not found, "import circles (with imports inside functions or under TYPE_CHECKING):\n" + _described(found)


def test_a_typing_only_import_is_an_edge_of_its_own() -> None:
    tree = ast.parse("from typing import TYPE_CHECKING\nimport a\nif TYPE_CHECKING:\n    import b\nelse:\n    import c\n"
                     "def f():\n    import d\n")
    kinds = {statement.names[0].name: (in_function, typing_only)
             for statement, in_function, typing_only in _imports(tree, in_function=False)}
    assert kinds == {"TYPE_CHECKING": (False, False), "a": (False, False), "b": (False, True), "c": (False, False),
                     "d": (True, False)}
