"""One tour per vendor for `make demo`: a realistic flow through the generated client."""

from __future__ import annotations

import importlib
from collections.abc import Callable

__all__ = ["TOURS"]

_MODULES = {
    "economic-suppliers": "economic",
    "panamah": "panamah",
    "pandium": "pandium",
    "panorays": "panorays",
    "paymentworks": "paymentworks",
}


def _tour(module: str) -> Callable[[], None]:
    def run() -> None:
        importlib.import_module(f"{__name__}.{module}").tour()

    return run


TOURS: dict[str, Callable[[], None]] = {slug: _tour(module) for slug, module in _MODULES.items()}
