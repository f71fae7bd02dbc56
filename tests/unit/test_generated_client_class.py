"""The generated `Client` / `AuthenticatedClient` (scripts/templates/client.py.jinja) are plain
classes, so importing a client package costs no attrs; they keep the constructor, attributes and
methods of openapi-python-client's own attrs classes, which this test renders from the
generator's stock template and runs side by side with ours."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import attrs
import httpx
import jinja2
import openapi_python_client
import pytest

from specs_fixtures import VENDORS

PACKAGES = [vendor.package_name for vendor in VENDORS]


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """openapi-python-client's own client.py (attrs classes), rendered from its template."""
    templates = Path(openapi_python_client.__file__).parent / "templates"
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(templates))
    text = environment.get_template("client.py.jinja").render(config=SimpleNamespace(docstrings_on_attributes=False))
    path = tmp_path_factory.mktemp("stock-client") / "stock_client.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("stock_client", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stock_client"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["stock_client"]


def _ours(package: str) -> ModuleType:
    return importlib.import_module(f"{package}.client")


def test_every_package_has_the_same_client_module() -> None:
    texts = {package: inspect.getsource(_ours(package)) for package in PACKAGES}
    assert len(set(texts.values())) == 1, sorted(texts)
    classes = [getattr(_ours(package), name) for package in PACKAGES for name in ("Client", "AuthenticatedClient")]
    assert not any(attrs.has(cls) for cls in classes)


@pytest.mark.parametrize("name", ["Client", "AuthenticatedClient"])
def test_constructor_and_methods_match_the_stock_attrs_class(stock: ModuleType, name: str) -> None:
    ours, theirs = getattr(_ours(PACKAGES[0]), name), getattr(stock, name)
    mine, stock_parameters = inspect.signature(ours).parameters, inspect.signature(theirs).parameters
    assert list(mine) == list(stock_parameters)
    for parameter, expected in stock_parameters.items():
        assert mine[parameter].kind == expected.kind, parameter
        if expected.default is not attrs.NOTHING:  # a factory (`dict`) where ours says None
            assert mine[parameter].default == expected.default, parameter

    def public(cls: type) -> set[str]:
        return {attribute for attribute in dir(cls) if not attribute.startswith("__") or attribute in _PROTOCOLS}

    assert public(theirs) - {"__attrs_attrs__", "__attrs_props__"} <= public(ours)


_PROTOCOLS = {"__enter__", "__exit__", "__aenter__", "__aexit__"}


def _observe(module: ModuleType, name: str) -> list[Any]:
    """What a user sees of a client made, evolved and used the way the generated functions do."""
    cls = getattr(module, name)
    credentials: tuple[str, ...] = ("tok",) if name == "AuthenticatedClient" else ()
    client = cls("http://vendor.invalid/v1", *credentials, headers={"A": "1"}, cookies={"c": "1"})
    live = client.get_httpx_client()  # made before the changes: updated in place by them
    changed = client.with_headers({"B": "2"}).with_cookies({"d": "2"}).with_timeout(httpx.Timeout(3.0))
    made = changed.get_httpx_client()
    seen: list[Any] = [type(changed) is cls, client.raise_on_unexpected_status]
    for http in (live, made):
        seen += [str(http.base_url), dict(http.headers), dict(http.cookies), http.timeout]
    if name == "AuthenticatedClient":
        bare = cls("http://vendor.invalid", "tok", prefix="", auth_header_name="X-Key").get_async_httpx_client()
        seen += [changed.token, changed.prefix, changed.auth_header_name, bare.headers["X-Key"]]
    with pytest.raises(TypeError):
        cls("http://vendor.invalid", *credentials, "Bearer", "Authorization", True)  # keyword-only after these
    with pytest.raises(AttributeError):
        client.no_such_setting = 1  # slotted, like the attrs classes
    return seen


@pytest.mark.parametrize("name", ["Client", "AuthenticatedClient"])
def test_behaves_as_the_stock_attrs_class(stock: ModuleType, name: str) -> None:
    assert _observe(_ours(PACKAGES[0]), name) == _observe(stock, name)


async def test_async_context_and_repr_without_the_token() -> None:
    client = _ours(PACKAGES[0]).AuthenticatedClient("http://vendor.invalid", "s3cret-token")
    async with client as entered:
        assert entered is client
    assert "s3cret-token" not in repr(client) and "http://vendor.invalid" in repr(client)
