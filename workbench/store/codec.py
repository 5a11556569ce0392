"""Frozen dataclasses to JSON and back, by their type hints: data only, nothing executes.

A record is written as the list of its fields' values in declaration order (nested records as
lists, tuples as lists); reading it back rebuilds each field by its annotation (``tuple[str,
...]``, ``Noun | None``, a nested dataclass). Only the classes named in the call are built, so a
stored file can describe values but never choose what code runs.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any], Any]


def encode(record: Any) -> Any:
    """``record`` as JSON-ready lists and scalars."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return [encode(getattr(record, f.name)) for f in dataclasses.fields(record)]
    if isinstance(record, (tuple, list)):
        return [encode(item) for item in record]
    return record


def dumps(record: Any) -> str:
    return json.dumps(encode(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """The ``cls`` record that :func:`dumps` wrote as ``text``; ValueError when ``text`` is not
    one."""
    try:
        built: T = _decoder(typing.cast(typing.Hashable, cls))(json.loads(text))
    except (TypeError, ValueError) as error:
        raise ValueError(f"not a stored {cls.__name__} record: {error}") from None
    return built


def _identity(value: Any) -> Any:
    return value


@cache
def _decoder(hint: Any) -> Decoder:
    """A function rebuilding a value of type ``hint`` from its JSON form."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_decoder(hint)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        inner = _decoder(present[0]) if len(present) == 1 else _identity
        if inner is _identity:
            return _identity
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        items = [_decoder(a) for a in args if a is not Ellipsis]
        if all(item is _identity for item in items):
            return tuple  # of scalars: nothing to rebuild inside
        if len(args) == 2 and args[1] is Ellipsis:
            item = items[0]
            return lambda value: tuple(item(v) for v in value)
        return lambda value: tuple(d(v) for d, v in zip(items, value, strict=True))
    return _identity


def _record_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    steps = [_decoder(hints[f.name]) for f in dataclasses.fields(cls)]

    def build(value: list[Any]) -> Any:
        return cls(*(step(v) for step, v in zip(steps, value, strict=True)))

    return build
