"""A small read-only DOM built with :mod:`html.parser`, so tests can pick pieces of a report.

Only what the report tests need: find elements by tag, class and id, and read their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SPACES = re.compile(r"[ \t\n\r\f]+")
"""HTML's white space; Babel's no-break spaces in numbers are text and must survive."""
VOID = {"meta", "br", "img", "link", "input", "hr", "col", "source", "wbr", "area", "base"}


@dataclass
class Node:
    """An element: its tag, attributes and children (nodes and text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        """The element's classes."""
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        """The text inside, whitespace collapsed (as a reader sees it, without CSS)."""
        parts = [c if isinstance(c, str) else " " + c.text() + " " for c in self.children]
        return SPACES.sub(" ", "".join(parts)).strip()

    def iter(self) -> list[Node]:
        """This element and every element inside it, in document order."""
        found = [self]
        for c in self.children:
            if isinstance(c, Node):
                found += c.iter()
        return found

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        """Elements inside (not self) with this tag and class."""
        return [
            n
            for n in self.iter()[1:]
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
        ]

    def find(self, tag: str | None = None, cls: str | None = None) -> Node:
        """The one element with this tag and class (fails when there are none or several)."""
        found = self.find_all(tag, cls)
        assert len(found) == 1, f"expected one <{tag} class={cls}>, found {len(found)}"
        return found[0]

    def by_id(self, ident: str) -> Node:
        """The element with this id."""
        [node] = [n for n in self.iter() if n.attrs.get("id") == ident]
        return node


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    """The document's root node."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root
