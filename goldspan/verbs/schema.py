"""``goldspan schema``: print the JSON Schema of the gold document format."""

from __future__ import annotations

import argparse
import json

from goldspan.model.document import Document


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``schema`` verb."""
    p = sub.add_parser("schema", help="print the JSON Schema of the gold format")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema as indented JSON."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "goldspan.document version 1"
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0
