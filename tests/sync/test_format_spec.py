"""The bundle format changes only through a new, written format version (desktop/sync/FORMAT.md)."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from desktop.db.base import local_only_columns
from desktop.db.models import synced_models
from desktop.sync.format import CURRENT, OLDEST, bundle_format, spec_bytes
from desktop.sync.format.upgrade import STEPS
from desktop.sync.payload import model_kind, table_specs

FINGERPRINTS = Path(__file__).parent / "golden" / "fingerprints.toml"
ADVICE = "add it to the spec in a new format version (desktop/sync/FORMAT.md, 'Adding a table or a field')"


def _models() -> dict[str, type]:
    return {m.__table__.name: m for m in synced_models()}  # type: ignore[attr-defined]


def fingerprint(version: int) -> str:
    """The spec file's bytes; for the current version also the model columns its fields are stored in."""
    digest = hashlib.sha256(spec_bytes(version))
    if version == CURRENT:
        models = _models()
        for name, table in sorted(bundle_format(version).tables.items()):
            columns = models[name].__table__.columns  # type: ignore[attr-defined]
            for field in table.fields:
                column = columns[field.column]
                digest.update(json.dumps([name, field.name, field.column, model_kind(column), column.nullable,
                                          getattr(column.type, "length", None)]).encode())
    return digest.hexdigest()


def test_every_synced_column_of_the_models_is_in_the_current_format() -> None:
    spec = bundle_format(CURRENT).tables
    problems = []
    for name, model in _models().items():
        hidden = local_only_columns(model)
        if name not in spec:
            problems.append(f"synced table {name} is not in bundle format {CURRENT}: {ADVICE}")
            continue
        carried = {f.column for f in spec[name].fields}
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if column.name not in hidden and column.name not in carried:
                problems.append(f"{name}.{column.name} is a synced column that bundle format {CURRENT} does not "
                                f"carry: {ADVICE}, or make it local_only(...)")
    assert not problems, "\n".join(problems)


def test_the_current_format_agrees_with_the_model_columns() -> None:
    models = _models()
    for name, table in bundle_format(CURRENT).tables.items():
        columns = models[name].__table__.columns  # type: ignore[attr-defined]
        for field in table.fields:
            column = columns[field.column]
            assert (field.kind, field.nullable, field.max_length) == (
                model_kind(column), bool(column.nullable), getattr(column.type, "length", None)), (name, field.name)


@pytest.mark.parametrize("version", range(OLDEST, CURRENT + 1))
def test_local_only_columns_are_in_no_format_version(version: int) -> None:
    models = _models()
    for name, table in bundle_format(version).tables.items():
        if name in models:
            hidden = local_only_columns(models[name])
            assert not {f.column for f in table.fields} & hidden, (version, name)
    for spec in table_specs().values():
        assert not set(spec.column_names) & set(spec.local_defaults)


def test_a_spec_naming_a_local_only_column_stops_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync import payload
    from desktop.sync.format import BundleFormat, FieldSpec, TableFormat

    current = bundle_format(CURRENT)
    outreach = current.tables["outreach_sessions"]
    leaking = TableFormat("outreach_sessions", (*outreach.fields, FieldSpec("notes", "str", False, False, None, "",
                                                                            "notes")))
    monkeypatch.setattr(payload, "bundle_format",
                        lambda v: BundleFormat(v, current.manifest_keys, {**current.tables, "outreach_sessions": leaking}))
    payload.table_specs.cache_clear()
    try:
        with pytest.raises(TypeError, match="notes"):
            payload.table_specs()
    finally:
        monkeypatch.undo()
        payload.table_specs.cache_clear()


def test_no_format_version_changed_without_a_new_version() -> None:
    stored = tomllib.loads(FINGERPRINTS.read_text(encoding="utf-8"))
    recorded = {int(k): v for k, v in stored["fingerprints"].items()}
    assert set(recorded) == set(range(OLDEST, CURRENT + 1)), "record the new version's fingerprint"
    for version, value in recorded.items():
        if version in stored["released"]:
            assert fingerprint(version) == value, (
                f"bundle format {version} is released and its spec (or, for the current version, a model column "
                f"it maps to) changed: restore it and make format {CURRENT + 1} with a converter")
        else:
            assert fingerprint(version) == value, (
                f"the payload of unreleased format {version} changed: review desktop/sync/format/bundle_v{version}"
                f".toml, regenerate tests/sync/golden/v{version} and record {fingerprint(version)} in {FINGERPRINTS}")


def test_each_older_format_has_a_converter_for_what_changed() -> None:
    assert set(STEPS) == set(range(OLDEST, CURRENT))
    for source, step in STEPS.items():
        older, newer = bundle_format(source).tables, bundle_format(source + 1).tables
        for name, table in older.items():
            target = step.renamed_tables.get(name, name)
            if name in step.dropped_tables:
                continue
            assert target in newer, f"format {source + 1} drops table {name}: list it in STEPS[{source}]"
            before = {f.name: f for f in table.fields}
            for field in newer[target].fields:
                same = before.get(field.name)
                # An added field that an older sender may leave out needs no converter; any other change does.
                needs = (same is None and field.required) or (
                    same is not None and (same.kind, same.nullable, same.max_length) != (
                        field.kind, field.nullable, field.max_length))
                assert not needs or target in step.records, f"{target}.{field.name}: STEPS[{source}] needs a converter"
            dropped = set(before) - {f.name for f in newer[target].fields}
            assert not dropped or target in step.records, f"{target} drops {dropped}: STEPS[{source}] needs a converter"
