"""The README's promises that can drift: the mock credentials it lists, the env variables it
names and the make targets it documents."""

from __future__ import annotations

import re

import pytest

from speclib import REPO_ROOT
from vendor_mocks import MOCK_CLASSES, create_mock
from vendor_mocks.credentials import CONNECT_ARGUMENTS

README = (REPO_ROOT / "README.md").read_text()


@pytest.mark.parametrize("slug", sorted(MOCK_CLASSES))
def test_readme_lists_every_credential_a_mock_accepts(slug: str) -> None:
    for name, value in create_mock(slug).credentials().items():
        assert f"| `{slug}` | {name} | `{value}` |" in README, f"README is missing {slug}'s {name}"


@pytest.mark.parametrize("slug", sorted(CONNECT_ARGUMENTS))
def test_readme_shows_what_to_pass_to_connect(slug: str) -> None:
    mock = create_mock(slug)
    arguments = ", ".join(f'{name}="{value}"' for name, value in mock.connect_arguments().items())
    assert dict(CONNECT_ARGUMENTS[slug]) == mock.connect_arguments()
    assert f"| `{mock.overlay}` | `{arguments}` |" in README, f"README's connect() table is wrong for {slug}"


def test_every_documented_make_target_exists() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text()
    documented = set(re.findall(r"`make ([a-z-]+)", README))
    defined = set(re.findall(r"^([a-z-]+):", makefile, flags=re.MULTILINE))
    assert documented and documented <= defined, documented - defined


@pytest.mark.parametrize(
    "variable",
    [
        "ECONOMIC_APP_SECRET_TOKEN",
        "ECONOMIC_AGREEMENT_GRANT_TOKEN",
        "PANAMAH_PARTNER_TOKEN",
        "PANAMAH_PARTNER_SECRET",
        "PANORAYS_API_TOKEN",
        "PAYMENTWORKS_TOKEN",
        "PANDIUM_API_KEY",
    ],
)
def test_documented_environment_variables_are_the_ones_the_overlay_reads(variable: str) -> None:
    overlay_sources = "".join(path.read_text() for path in (REPO_ROOT / "overlays" / "src").rglob("*.py"))
    assert f'"{variable}"' in overlay_sources
    assert f"`{variable}`" in README
