from __future__ import annotations

import importlib.metadata

__all__ = ["__version__"]

try:
    __version__ = importlib.metadata.version("client-overlays")
except importlib.metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
