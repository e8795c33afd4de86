"""How a setting's value is read and checked: a TOML value or an environment variable's text as the key's type,
and a number key's declared range (``at_least``, ``above``), wherever the value came from."""

from __future__ import annotations

import math
import types
import typing
from dataclasses import field, fields
from typing import Any

from footprint.errors import ConfigError

BOOLEANS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False}


def at_least(default: Any, low: float, high: float = math.inf) -> Any:
    """A number key that must be finite and ``low <= value <= high``."""
    return field(default=default, metadata={"low": low, "high": high, "above": False})


def above(default: Any, low: float = 0) -> Any:
    """A number key that must be finite and more than ``low``."""
    return field(default=default, metadata={"low": low, "high": math.inf, "above": True})


def range_problem(table: type[Any], key: str, value: Any) -> str | None:
    """What is wrong with ``value`` for ``table.key`` ("must be more than 0, not nan"), or None."""
    meta: typing.Mapping[str, Any] = next((f.metadata for f in fields(table) if f.name == key), {})
    if "low" not in meta or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    low, high, above = meta["low"], meta["high"], meta["above"]
    if math.isfinite(value) and (value > low if above else value >= low) and value <= high:
        return None
    bound = f"more than {low:g}" if above else f"at least {low:g}"
    if math.isfinite(high):
        bound = f"from {low:g} to {high:g}"
    return f"must be {bound}, not {value!r}"


def check_ranges(table: Any, name: str) -> None:
    for f in fields(table):
        problem = range_problem(type(table), f.name, getattr(table, f.name))
        if problem:
            raise ConfigError(f"[{name}] {f.name} {problem}")


def from_text(text: str, hint: Any, name: str) -> Any:
    """An environment variable's text as the value a TOML file would give for a key of type ``hint``."""
    value = text.strip()
    if typing.get_origin(hint) is tuple:
        return [part.strip() for part in value.split(",") if part.strip()]
    if hint is bool:
        if value.lower() not in BOOLEANS:
            raise ConfigError(f"{name} must be true or false, not {text!r}")
        return BOOLEANS[value.lower()]
    try:
        if hint is int:
            return int(value)
        if hint is float:
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(value)
            return number
    except ValueError:
        kind = "a whole number" if hint is int else "a number"
        raise ConfigError(f"{name} must be {kind}, not {text!r}") from None
    return text


def coerce(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where} must be a number")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} must be a whole number")
        return value
    if hint is str or isinstance(hint, types.UnionType):
        if not isinstance(value, str):
            raise ConfigError(f"{where} must be a string")
        return value
    raise ConfigError(f"{where} has an unsupported type")  # pragma: no cover - a bug in this module
