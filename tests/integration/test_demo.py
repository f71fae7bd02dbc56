"""`make demo` keeps working: every tour runs against its mock and says what it did."""

from __future__ import annotations

import pytest

from demo import main
from demo_tours import TOURS
from specs_fixtures import VENDORS


def test_every_vendor_has_a_tour() -> None:
    assert sorted(TOURS) == sorted(vendor.slug for vendor in VENDORS)


def test_the_tour_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    output = capsys.readouterr().out
    for vendor in VENDORS:
        assert vendor.project_name in output
    assert "Error" in output, "each tour shows a typed error"


def test_the_operation_listing_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--operations"]) == 0
    assert "Operations per client:" in capsys.readouterr().out
