"""What `make generate` writes into the overlay from the specs (scripts/overlay_metadata.py).

One `<vendor>.spec.json` per vendor (servers, credential headers, per-operation security,
limits; read through `client_overlays._specfacts`), the e-conomic field classes and the
Panamah model table. Never edited by hand: a spec edit and `make generate` change them,
and `make check-generated` fails when they drift."""
