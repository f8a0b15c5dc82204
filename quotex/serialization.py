"""Keep quotex's results on a Doc through spaCy's serialisation.

The components store dataclass records and dates in `doc._` extensions. spaCy writes those
with msgpack (`Doc.to_bytes`, `DocBin(store_user_data=True)`, and the worker processes of
`nlp.pipe(..., n_process=2)`), which knows neither. This module registers an encoder and a
decoder with srsly's msgpack registries: a record becomes a tagged dict of its fields and comes
back as the same class, with its tuples and sets restored from the field types. Only the
classes listed here are rebuilt, so reading a Doc never constructs anything else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from functools import cache
from typing import Any

import srsly

from .actors import ActorRecord, EntityRecord
from .quotes import QuoteRecord
from .schema import DateMention

_TAG = "__quotex__"
_RECORDS: dict[str, type] = {
    cls.__name__: cls for cls in (QuoteRecord, EntityRecord, ActorRecord, DateMention)
}


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _restore(value: Any, hint: Any) -> Any:
    """msgpack turns tuples and sets into lists (and DocBin reads every array as a tuple): give
    a field back the type it is declared as."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _restore(value, inner[0]) if len(inner) == 1 else value
    if origin is tuple and isinstance(value, (list, tuple)):
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_restore(v, args[0]) for v in value)
        return tuple(_restore(v, a) for v, a in zip(value, args, strict=False))
    if origin is list and isinstance(value, (list, tuple)):
        return [_restore(v, args[0]) if args else v for v in value]
    if origin is set and isinstance(value, (list, tuple)):
        return set(value)
    return value


def encode(obj: Any, chain: Any = None) -> Any:
    """srsly msgpack encoder for quotex's records and for dates."""
    name = type(obj).__name__
    if dataclasses.is_dataclass(obj) and _RECORDS.get(name) is type(obj):
        data = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        for key, value in data.items():
            if isinstance(value, set):
                data[key] = sorted(value)
        return {_TAG: name, "fields": data}
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return {_TAG: "date", "iso": obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Any = None) -> Any:
    """srsly msgpack decoder: the inverse of `encode`; anything else passes through."""
    tag = obj.get(_TAG) if isinstance(obj, dict) else None
    if tag == "date":
        return dt.date.fromisoformat(obj["iso"])
    cls = _RECORDS.get(tag) if isinstance(tag, str) else None
    if cls is not None:
        hints = _field_types(cls)
        fields = {k: _restore(v, hints.get(k)) for k, v in obj["fields"].items() if k in hints}
        return cls(**fields)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("quotex", func=encode)
srsly.msgpack_decoders.register("quotex", func=decode)
