"""RDFa as extruct gives it (expanded JSON-LD: full IRIs, node references) in the compact shape.

extruct has no uniform form for RDFa: every property is a full IRI
(``https://schema.org/name``) holding a list of ``{"@value": ...}`` or
``{"@id": ...}``. This turns the node list into nested dicts keyed by the
short property name, like JSON-LD items, so one walker reads both.
"""

from __future__ import annotations

from typing import Any


def _short(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _value(raw: Any, nodes: dict[str, dict[str, Any]], seen: frozenset[str]) -> Any:
    if isinstance(raw, dict) and "@value" in raw:
        return raw["@value"]
    if isinstance(raw, dict) and "@id" in raw:
        ref = str(raw["@id"])
        if ref in nodes and ref not in seen:
            return _compact(nodes[ref], nodes, seen | {ref})
        return ref
    return raw


def _compact(node: dict[str, Any], nodes: dict[str, dict[str, Any]], seen: frozenset[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": [_short(str(t)) for t in node.get("@type", [])]}
    for key, values in node.items():
        if key.startswith("@") or "rdfa#" in key:
            continue
        items = [_value(v, nodes, seen) for v in (values if isinstance(values, list) else [values])]
        out[_short(key)] = items[0] if len(items) == 1 else items
    return out


def compact(items: list[Any]) -> list[dict[str, Any]]:
    """The top-level typed nodes (those no other node points to), nested and with short keys."""
    nodes = {str(n["@id"]): n for n in items if isinstance(n, dict) and "@id" in n}
    referenced = {
        str(v["@id"])
        for n in nodes.values()
        for values in n.values()
        if isinstance(values, list)
        for v in values
        if isinstance(v, dict) and "@id" in v
    }
    roots = [n for ref, n in nodes.items() if ref not in referenced and n.get("@type")]
    return [_compact(n, nodes, frozenset({str(n["@id"])})) for n in roots]
