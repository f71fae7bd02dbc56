"""The project's parse path (scripts/templates/) builds exactly the models the stock
openapi-python-client templates build, on every example of every spec.

Each client is generated a second time without the parse-path templates, into a temporary folder
under another import name (`stock_<package>`); every example whose schema is a model (or an
array of models) is parsed by both and the two results compared field by field: same classes,
same values, same additional properties, and the same exception where the stock path raises.
The same holds with an unknown key added to an example (additional properties) and with a
required key removed.

The baseline is the stock templates plus our enum templates (`str_enum`, `int_enum`): those
change what an enum accepts on purpose (a value the spec does not list parses, with `is_known`
False; `test_forward_compatible_models.py` pins that), and are not part of the parse path this
test isolates. With them in both packages, a difference here can only come from the parse-path
templates, and the enum hook is exercised through both `from_dict`s alike.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from openapi_python_client.strings import ClassName

from generate import TEMPLATES, _generator_env
from speclib import Vendor
from specs_fixtures import VENDORS
from unit.test_spec_examples import _iter_examples

_REF = "#/components/schemas/"
# Not the parse path: behaviour we change on purpose, shared by both sides (see the docstring).
_BASELINE_TEMPLATES = ("str_enum.py.jinja", "int_enum.py.jinja")


def _config_without_hooks(vendor: Vendor, root: Path) -> Path:
    config = yaml.safe_load(vendor.config_path.read_text(encoding="utf-8"))
    config.pop("post_hooks", None)
    path = root / f"{vendor.slug}-generator.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def stock_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every client generated with the stock templates, importable as `stock_<package>`."""
    root = tmp_path_factory.mktemp("stock-clients")
    baseline = tmp_path_factory.mktemp("baseline-templates")
    for name in _BASELINE_TEMPLATES:
        shutil.copy(TEMPLATES / name, baseline / name)
    for vendor in VENDORS:
        out = root / vendor.slug
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(vendor.spec_path),
            "--config",
            str(_config_without_hooks(vendor, root)),
            "--meta",
            "none",
            "--custom-template-path",
            str(baseline),
            "--output-path",
            str(out),
            "--overwrite",
        ]
        subprocess.run(command, check=True, capture_output=True, env=_generator_env())
        shutil.move(str(out), str(root / f"stock_{vendor.package_name}"))
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))


def _model_name(spec: dict[str, Any], pointer: str) -> tuple[str, bool] | None:
    """(component schema name, whether the example is an array of it) for a model-typed pointer."""
    node: Any = spec
    for part in pointer.strip("/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    if pointer.startswith("/components/schemas/") and pointer.count("/") == 3:
        return pointer.rsplit("/", 1)[1], False
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith(_REF):
        return node["$ref"][len(_REF) :], False
    items = node.get("items") if node.get("type") == "array" else None
    if isinstance(items, dict) and str(items.get("$ref", "")).startswith(_REF):
        return items["$ref"][len(_REF) :], True
    return None


def _cases() -> list[Any]:
    params = []
    for vendor in VENDORS:
        spec = vendor.spec()
        for where, pointer, example in _iter_examples(spec):
            found = _model_name(spec, pointer)
            schemas = spec["components"]["schemas"]
            if (
                found is not None
                and schemas[found[0]].get("type", "object") == "object"
                and "enum" not in schemas[found[0]]
            ):
                params.append(pytest.param(vendor, found[0], found[1], example, id=f"{vendor.slug}:{where}"))
    return params


def _same(ours: Any, stock: Any, path: str = "$") -> None:
    """Field-by-field equality across the two packages (their classes are distinct objects)."""
    if attrs.has(type(ours)) or attrs.has(type(stock)):
        assert type(ours).__name__ == type(stock).__name__, f"{path}: {type(ours)} != {type(stock)}"
        for field in attrs.fields(type(ours)):
            _same(getattr(ours, field.name), getattr(stock, field.name), f"{path}.{field.name}")
        return
    if isinstance(ours, enum.Enum) or isinstance(stock, enum.Enum):
        assert type(ours).__name__ == type(stock).__name__ and ours.value == stock.value, path
        return
    if isinstance(ours, list | tuple):
        assert type(ours) is type(stock) and len(ours) == len(stock), f"{path}: {ours!r} != {stock!r}"
        for index, (left, right) in enumerate(zip(ours, stock, strict=True)):
            _same(left, right, f"{path}[{index}]")
        return
    if isinstance(ours, dict):
        assert isinstance(stock, dict) and list(ours) == list(stock), f"{path}: keys {list(ours)} != {list(stock)}"
        for key in ours:
            _same(ours[key], stock[key], f"{path}[{key!r}]")
        return
    if type(ours).__name__ == "Unset":
        assert type(stock).__name__ == "Unset", f"{path}: UNSET != {stock!r}"
        return
    assert type(ours) is type(stock) and ours == stock, f"{path}: {ours!r} != {stock!r}"
    if isinstance(ours, dt.datetime):
        assert ours.tzinfo == stock.tzinfo, path


def _outcome(parse: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "value", parse()
    except Exception as error:
        return "raised", type(error)


def _compare(vendor: Vendor, schema_name: str, is_list: bool, example: Any) -> None:
    class_name = ClassName(schema_name, prefix="field_")
    ours_cls = getattr(importlib.import_module(f"{vendor.package_name}.models"), class_name, None)
    stock_cls = getattr(importlib.import_module(f"stock_{vendor.package_name}.models"), class_name, None)
    assert (ours_cls is None) == (stock_cls is None), class_name
    if ours_cls is None or not hasattr(ours_cls, "from_dict"):
        pytest.skip(f"{schema_name} is no model class (an alias or an enum)")

    def parse(cls: Any) -> Callable[[], Any]:
        return lambda: [cls.from_dict(item) for item in example] if is_list else cls.from_dict(example)

    ours, stock = _outcome(parse(ours_cls)), _outcome(parse(stock_cls))
    assert ours[0] == stock[0], f"ours {ours}, stock {stock}"
    if ours[0] == "raised":
        assert ours[1] is stock[1]
    else:
        _same(ours[1], stock[1])


@pytest.mark.slow
@pytest.mark.parametrize(("vendor", "schema_name", "is_list", "example"), _cases())
def test_every_example_parses_to_the_same_models(
    stock_root: Path, vendor: Vendor, schema_name: str, is_list: bool, example: Any
) -> None:
    _compare(vendor, schema_name, is_list, example)


def _variants(example: Any) -> Iterator[tuple[str, Any]]:
    """The example with an undeclared key added, and with each of its keys removed in turn."""
    if isinstance(example, dict):
        yield "extra key", {**example, "x-undeclared": {"kept": [1, 2]}}
        for key in example:
            yield f"without {key}", {k: v for k, v in example.items() if k != key}


@pytest.mark.slow
@pytest.mark.parametrize(("vendor", "schema_name", "is_list", "example"), _cases())
def test_additional_and_missing_keys_behave_the_same(
    stock_root: Path, vendor: Vendor, schema_name: str, is_list: bool, example: Any
) -> None:
    if is_list or not isinstance(example, dict):
        pytest.skip("variants are built for object examples")
    for _label, variant in _variants(example):
        _compare(vendor, schema_name, False, variant)


def test_the_cases_cover_every_spec() -> None:
    covered = {param.values[0].slug for param in _cases()}
    assert covered == {vendor.slug for vendor in VENDORS}
    assert len(_cases()) > 50
