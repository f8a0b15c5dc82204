"""The output contract: typed records that `quotex extract` turns into JSON.

Field names are fixed by the published JSON Schema (`output.schema.json`); new fields may be
added, none renamed. Offsets are Python character offsets into the exact input text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, Literal

SCHEMA_VERSION = "1"

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass
class Entity:
    id: str
    text: str
    start: int
    end: int
    label: str
    actor: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    gender: str | None = None


@dataclass
class Cue:
    text: str
    start: int
    end: int
    lemma: str


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    name: str
    actor: str | None
    label: str | None


@dataclass
class QuotePart:
    text: str
    start: int
    end: int


@dataclass
class Quote:
    """`text`/`start`/`end` cover the whole quotation; when its frame interrupts it („Das
    Problem“, erklärte Ludwig, „ist nicht neu.“) they include the frame, and `parts` lists the
    quoted pieces. `parts` always holds at least the quotation itself."""

    id: str
    kind: str
    text: str
    start: int
    end: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    parts: list[QuotePart] = field(default_factory=list)


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    encoding: str | None = None


@dataclass
class ModelInfo:
    name: str
    version: str


@dataclass
class ExtractionResult:
    source: Source
    model: ModelInfo
    reference_date: str | None
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        # Keep the contract's key order: schema_version first.
        return {"schema_version": d.pop("schema_version"), **d}

    def to_json(self, *, pretty: bool = False) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2 if pretty else None)


def json_schema() -> dict[str, Any]:
    """The published JSON Schema of one extraction result."""
    text = resources.files("quotex").joinpath("output.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
