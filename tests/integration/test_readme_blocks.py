"""Every Python block of the README and of each generated client's README runs, as written,
against the mocks served on 127.0.0.1.

A block reaches the mocks the way a user's script would: `connect()` reads its credentials and
`<VENDOR>_BASE_URL` from the environment. The generated READMEs show the generated client alone,
with the production URL and a placeholder per credential: those two are replaced by the mock's
URL and its test credential, nothing else.
"""

from __future__ import annotations

import gc
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vendor_mocks
from client_overlays._specfacts import spec_facts
from integration.served_mocks import environment, serve_all
from speclib import REPO_ROOT, discover_vendors
from vendor_mocks.credentials import CONNECT_ARGUMENTS

pytestmark = pytest.mark.slow  # five mocks under uvicorn, and every block's calls

BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
# A generated README's credential placeholder -> the value the mock accepts in that header
PLACEHOLDERS = {
    "appSecretToken": CONNECT_ARGUMENTS["economic-suppliers"]["app_secret_token"],
    "agreementGrantToken": CONNECT_ARGUMENTS["economic-suppliers"]["agreement_grant_token"],
    "sdkIdentity": "panamah-api1.0.0",
    "PandiumApiKey": CONNECT_ARGUMENTS["pandium"]["api_key"],
    "bearer": CONNECT_ARGUMENTS["panorays"]["token"],
    "tokenAuth": f"Token {CONNECT_ARGUMENTS['paymentworks']['token']}",
}


def _blocks() -> list[Any]:
    params = []
    for path in [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "generated").glob("*/README.md"))]:
        text = path.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 2
            where = f"{path.relative_to(REPO_ROOT)}:{line}"
            params.append(pytest.param(path, match.group(1), id=where))
    return params


BLOCKS = _blocks()


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, vendor_mocks.RunningMock]]:
    with serve_all() as running:
        yield running


def test_both_readmes_have_blocks_to_run() -> None:
    paths = {str(param.values[0].relative_to(REPO_ROOT)) for param in BLOCKS}
    generated = {f"generated/{vendor.project_name}/README.md" for vendor in discover_vendors()}
    assert paths == {"README.md"} | generated and len(BLOCKS) >= 15


@pytest.mark.parametrize(("path", "code"), BLOCKS)
def test_the_block_runs_against_the_mocks(
    path: Path,
    code: str,
    served: dict[str, vendor_mocks.RunningMock],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    for name, value in environment(served).items():
        monkeypatch.setenv(name, value)
    if path.parent.parent.name == "generated":
        slug = path.parent.name.removesuffix("-client")
        code = code.replace(spec_facts(slug).servers["production"], served[slug].base_url)
        code = re.sub(
            r'"<(\w+): see Authentication>"',
            lambda match: repr(PLACEHOLDERS.get(match.group(1), match.group(0).strip('"'))),
            code,
        )
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    try:
        exec(compile(code, str(path), "exec"), namespace)  # the README's own code, nothing added
    finally:
        _close_what_the_block_left_open(namespace)


def _close_what_the_block_left_open(namespace: dict[str, Any]) -> None:
    """A script ends with its process; a test does not. The clients a block made stay open (as a
    short script may leave them): close those it named, and collect the rest (`client.updates`
    of an unnamed `connect()`), so their sockets close here rather than warn in a later test."""
    for value in namespace.values():
        if hasattr(value, "get_httpx_client") and callable(getattr(value, "close", None)):
            value.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
