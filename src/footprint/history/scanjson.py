"""A finished :class:`~footprint.models.Scan` as JSON and back, field for field.

The outbox keeps a recorded scan this way until its report is written and
its alert sent, so that a run killed in between can be finished by the
next one. The encoding follows the dataclasses' own type hints, so a field
added to a model is carried without a change here.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from datetime import datetime
from functools import cache
from typing import Any

from footprint import models
from footprint.models import Scan


def dumps(scan: Scan) -> str:
    return json.dumps(_plain(scan), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Scan:
    """The scan ``dumps`` wrote; ValueError when the text is not one."""
    try:
        value = _build(Scan, json.loads(text))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a stored scan: {exc}") from None
    if not isinstance(value, Scan):
        raise ValueError("not a stored scan")
    return value


PRIMITIVE = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    if isinstance(value, PRIMITIVE):
        return value.value if isinstance(value, enum.Enum) else value  # a StrEnum is a str too
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    names = _field_names(value.__class__)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names, looked up once per class; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(models))


def _build(hint: Any, raw: Any) -> Any:
    return _builder(hint)(raw)


Builder = typing.Callable[[Any], Any]


@cache
def _builder(hint: Any) -> Builder:
    """A function that reads a value of type ``hint`` from JSON, made once per type: the type hints
    are taken apart once, not once for every value of every stored scan."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _builder(next(a for a in args if a is not type(None)))
        return lambda raw: None if raw is None else inner(raw)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            each = _builder(args[0])
            return lambda raw: tuple(each(v) for v in raw)
        parts = [_builder(a) for a in args]
        return lambda raw: tuple(b(v) for b, v in zip(parts, raw, strict=True))
    if origin is dict:
        key, value = _builder(args[0]), _builder(args[1])
        return lambda raw: {key(k): value(v) for k, v in raw.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_builder(hint)
    if hint is datetime:
        return datetime.fromisoformat
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if hint is float:
        return float
    if hint in (int, str, bool):

        def exactly(raw: Any) -> Any:
            if not isinstance(raw, hint):
                raise TypeError(f"{raw!r} is not {hint.__name__}")
            return raw

        return exactly

    def unknown(raw: Any) -> Any:
        raise TypeError(f"cannot read {hint!r}")

    return unknown


def _dataclass_builder(cls: type) -> Builder:
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    made: dict[str, Builder] = {}  # filled on first use: a model may hold itself (recursion)

    def build(raw: Any) -> Any:
        if not made:
            made.update({name: _builder(hints[name]) for name in names})
        return cls(**{name: made[name](raw[name]) for name in names if name in raw})

    return build
