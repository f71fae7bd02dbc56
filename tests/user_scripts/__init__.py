"""Scripts a user would write from the README alone, one per vendor: type-checked with
`mypy --strict` and run against the served mocks by tests/integration/test_user_scripts.py."""
