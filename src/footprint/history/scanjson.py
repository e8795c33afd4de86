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


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(models))


def _build(hint: Any, raw: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        return _build(next(a for a in args if a is not type(None)), raw)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in raw)
        return tuple(_build(a, v) for a, v in zip(args, raw, strict=True))
    if origin is dict:
        return {_build(args[0], k): _build(args[1], v) for k, v in raw.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        fields = {f.name: _build(hints[f.name], raw[f.name]) for f in dataclasses.fields(hint) if f.name in raw}
        return hint(**fields)
    if hint is datetime:
        return datetime.fromisoformat(raw)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(raw)
    if hint is float:
        return float(raw)
    if hint in (int, str, bool):
        if not isinstance(raw, hint):
            raise TypeError(f"{raw!r} is not {hint.__name__}")
        return raw
    raise TypeError(f"cannot read {hint!r}")
