# SPDX-License-Identifier: MIT
"""Load a spec file with the line of every mapping and list, and validate it against the schema.

Errors are reported as `file:line: message`, the way compilers do, so editors can jump to them.
"""
import json
import os

import jsonschema
import yaml


class SpecError(Exception):
    """A problem in a spec file, with its location."""

    def __init__(self, path, line, message):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class LDict(dict):
    """A mapping that remembers the spec line it was written on."""
    line = 0


class LList(list):
    line = 0


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader, node):
    loader.flatten_mapping(node)
    d = LDict(loader.construct_pairs(node, deep=True))
    d.line = node.start_mark.line + 1
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k)
        if key in seen:
            raise SpecError(loader.name, k.start_mark.line + 1, f"duplicate key {key!r}")
        seen.add(key)
    return d


def _sequence(loader, node):
    lst = LList(loader.construct_sequence(node, deep=True))
    lst.line = node.start_mark.line + 1
    return lst


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "spec.schema.json")


def _line_of(doc, path):
    """The line of the deepest node on a JSON-Schema error path."""
    node, line = doc, getattr(doc, "line", 1)
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", line)
    return line


def load(path):
    """Parse and schema-check a spec file; returns the document (LDict)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    loader = _Loader(text)
    loader.name = path
    try:
        doc = loader.get_single_data()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise SpecError(path, mark.line + 1 if mark else 1, str(e).splitlines()[0]) from None
    finally:
        loader.dispose()
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc),
                    key=lambda e: _line_of(doc, e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        raise SpecError(path, _line_of(doc, e.absolute_path), f"{where}: {e.message}")
    _check_sources(path, doc)
    return doc


def _check_sources(path, node):
    """Every entry cites its document line, or says where it comes from instead (source:)."""
    if isinstance(node, dict):
        if "line" in node and node["line"] is None and not node.get("source"):
            raise SpecError(path, getattr(node, "line", 0) or 1, "line: null needs a source: saying where the entry comes from")
        for v in node.values():
            _check_sources(path, v)
    elif isinstance(node, list):
        for v in node:
            _check_sources(path, v)
