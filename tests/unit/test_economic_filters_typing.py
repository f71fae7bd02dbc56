"""The generated e-conomic field types make mypy refuse what the server would answer 400 to:
properties that are not filterable, operators a property does not allow, values of the
wrong type. One mypy run (strict, the project's configuration) checks two snippets: one
where every marked line must fail with the marked message, one that must pass."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api

from speclib import REPO_ROOT

# Every line ending in `# E: <text>` must get a mypy error containing <text>, and no other line any.
WRONG = textwrap.dedent(
    """
    import datetime as dt

    from client_overlays.economic import filters
    from client_overlays.economic.filters import ContactFields, GroupFields

    ContactFields.notes.eq("x")  # E: "type[ContactFields]" has no attribute "notes"
    ContactFields.phone  # E: "type[ContactFields]" has no attribute "phone"
    ContactFields.isDeleted.like("x")  # E: "EqNeGtGteLtLteField[bool]" has no attribute "like"
    ContactFields.lastUpdated.in_([])  # E: has no attribute "in_"
    ContactFields.name.desc()  # E: "EqNeGtGteLtLteLikeInNinField[str]" has no attribute "desc"
    ContactFields.number.eq("x")  # E: incompatible type "str"; expected "int"
    ContactFields.lastUpdated.gt(dt.date(2024, 1, 1))  # E: incompatible type "date"; expected "datetime"
    ContactFields.email.eq(None)  # E: incompatible type "None"; expected "str"
    GroupFields.name.in_([1])  # E: List item 0 has incompatible type "int"
    filters.sort("-number")  # E: incompatible type "str"; expected "SortKey"
    filters.split_in(ContactFields.number, ["a"])  # E: Cannot infer value of type parameter "V"
    """
)

RIGHT = textwrap.dedent(
    """
    import datetime as dt

    from client_overlays.economic import filters
    from client_overlays.economic.filters import ContactFields, Expr, GroupFields
    from filter_eval import matches

    since = dt.datetime(2024, 5, 6, tzinfo=dt.UTC)
    expr: Expr = ContactFields.name.like("*port") & (ContactFields.number.gt(100) | ContactFields.email.is_null())
    expr = expr | ContactFields.lastUpdated.gte(since) & ContactFields.isDeleted.eq(False)
    expr = expr & ContactFields.supplierNumber.in_([1001, None]) & GroupFields.name.like(filters.literal("50*"), "*")
    expr = expr & filters.field("anything").eq(dt.date(2024, 5, 6)) & filters.field("notes").in_(["a", 1, None])
    text: str = str(expr)
    order: str = filters.sort(ContactFields.number.desc(), ContactFields.supplierNumber.alphabetic())
    parts: list[Expr] = filters.split_in(ContactFields.number, range(450), where=ContactFields.isDeleted.eq(False))
    ok: bool = matches(expr, {"number": 1}, model="Contact")
    """
)

_EXPECTED = re.compile(r"#\s*E:\s*(.+)$")


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[int, list[str]]]:
    """snippet name -> line -> mypy's error messages, from one run over both snippets."""
    folder = tmp_path_factory.mktemp("typing")
    paths = {name: folder / f"{name}.py" for name in ("wrong", "right")}
    paths["wrong"].write_text(WRONG, encoding="utf-8")
    paths["right"].write_text(RIGHT, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO_ROOT)  # the configuration's mypy_path is relative to the repository
        stdout, stderr, _ = api.run(
            [
                "--config-file",
                str(REPO_ROOT / "pyproject.toml"),
                "--cache-dir",
                str(folder / "cache"),  # a private cache: nothing shared with other runs
                "--no-error-summary",
                "--show-error-codes",
                *(str(path) for path in paths.values()),
            ]
        )
    assert not stderr, stderr
    errors: dict[str, dict[int, list[str]]] = {name: {} for name in paths}
    for line in stdout.splitlines():
        found = re.match(r"(.+?):(\d+): error: (.*)$", line)
        if found is None:
            continue
        name = Path(found.group(1)).stem
        errors[name].setdefault(int(found.group(2)), []).append(found.group(3))
    return errors


def test_each_wrong_use_is_a_type_error_with_its_message(mypy_errors: dict[str, dict[int, list[str]]]) -> None:
    expected = {
        number: match.group(1).strip()
        for number, line in enumerate(WRONG.splitlines(), start=1)
        if (match := _EXPECTED.search(line)) is not None
    }
    assert len(expected) == 11
    got = mypy_errors["wrong"]
    assert set(got) == set(expected), f"lines with errors {sorted(got)} != marked lines {sorted(expected)}: {got}"
    for number, fragment in expected.items():
        assert any(fragment in message for message in got[number]), (number, fragment, got[number])


def test_correct_uses_type_check(mypy_errors: dict[str, dict[int, list[str]]]) -> None:
    assert mypy_errors["right"] == {}
