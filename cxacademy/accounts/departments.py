"""The department tree: every department's path, the departments below one, and
the departments above one. The one place that walks `Department.parent`.

The table is small (tens to a few hundred rows), so each question is answered in
memory from one read of it. A walk up the tree stops at a department it has
already passed, so a loop written straight into the database (the admin refuses
one) gives a finite answer instead of hanging a report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["Tree", "ancestors", "climb", "paths", "subtree", "tree"]

SEPARATOR = " / "

Node = TypeVar("Node")


def climb(
    start: Node | None,
    parent_of: Callable[[Node], Node | None],
    *,
    key: Callable[[Node], object] = lambda node: node,
) -> Iterator[Node]:
    """`start`, then its parent, its parent's parent… up to the top, each once.

    `parent_of` gives a node's parent (or None); the walk ends at the top, at a
    missing parent, or when it comes back to a node it has passed (a loop, told
    by `key`). Works on ids and on model instances (`key=lambda d: d.pk`).
    """
    seen = set()
    node = start
    while node is not None and key(node) not in seen:
        seen.add(key(node))
        yield node
        node = parent_of(node)


@dataclass(frozen=True)
class Tree:
    """One read of the department table: names and parents by id."""

    names: dict[int, str]
    parents: dict[int, int | None]

    def ancestors(self, department_id: int, *, include_self: bool = False) -> list[int]:
        """Ids of the departments above this one, the top one first."""
        chain = list(climb(department_id if department_id in self.names else None, self._up))
        chain.reverse()
        return chain if include_self else chain[:-1]

    def path(self, department_id: int) -> str:
        """ "Retail / Stores / Jakarta": the names from the top down."""
        return SEPARATOR.join(
            self.names[pk] for pk in self.ancestors(department_id, include_self=True)
        )

    def paths(self) -> dict[int, str]:
        """Every department's path by id."""
        found: dict[int, str] = {}
        for start in self.names:
            # Climb to the first department whose path is known (or the top), then
            # write the paths on the way back down: deep trees cost one pass.
            chain = []
            for pk in climb(start, self._up):
                if pk in found:
                    break
                chain.append(pk)
            else:
                pk = None
            above = found.get(pk) if pk is not None else None
            for pk in reversed(chain):
                above = self.names[pk] if above is None else f"{above}{SEPARATOR}{self.names[pk]}"
                found[pk] = above
        return found

    def subtree(self, department_id: int) -> set[int]:
        """The department and every department below it."""
        children: dict[int, list[int]] = {}
        for pk, parent_id in self.parents.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(pk)
        found, stack = set(), [department_id]
        while stack:
            node = stack.pop()
            if node not in found:
                found.add(node)
                stack.extend(children.get(node, ()))
        return found

    def _up(self, pk: int) -> int | None:
        parent_id = self.parents.get(pk)
        return parent_id if parent_id in self.names else None


def tree(departments: Iterable | None = None) -> Tree:
    """The tree from `departments` (objects with pk, name and parent_id), or from
    one read of the table."""
    if departments is None:
        from cxacademy.accounts.models import Department

        rows = Department.objects.values_list("pk", "name", "parent_id")
    else:
        rows = ((d.pk, d.name, d.parent_id) for d in departments)
    names, parents = {}, {}
    for pk, name, parent_id in rows:
        names[pk] = name
        parents[pk] = parent_id
    return Tree(names=names, parents=parents)


def paths(departments: Iterable | None = None) -> dict[int, str]:
    """Every department's path ("Retail / Stores") by id, in one query."""
    return tree(departments).paths()


def subtree(department_id: int) -> set[int]:
    """The department and every department below it, in one query."""
    return tree().subtree(department_id)


def ancestors(department_id: int | None, *, include_self: bool = False) -> list[int]:
    """Ids of the departments above this one (top first), in one query; none for
    no department."""
    if department_id is None:
        return []
    return tree().ancestors(department_id, include_self=include_self)
