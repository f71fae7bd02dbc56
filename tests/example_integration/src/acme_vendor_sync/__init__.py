"""An example integration: one module per vendor, each a function or two over `client_overlays`."""
