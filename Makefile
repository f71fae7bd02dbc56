# Every entry point of the monorepo. Each target sets up what it needs from a clean clone:
# uv (pinned, into .tools/), the Python workspace (.venv/, from uv.lock) and the npm spec
# tools (scripts/node_modules/, from scripts/package-lock.json).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
SYNCED := $(VENV)/.synced
NODE_TOOLS := scripts/node_modules/.installed
REDOCLY := scripts/node_modules/.bin/redocly

# Use the machine's Python 3.11; never download an interpreter behind the user's back.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(shell command -v $(PYTHON))
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Hash randomisation changes set and dict-of-set iteration orders, and with them the cases
# the seeded contract tests generate: a fixed seed makes every run, here and in CI, the same run.
export PYTHONHASHSEED := 0

VENDORS := $(notdir $(patsubst %/,%,$(dir $(wildcard specs/*/openapi.yaml))))
FINGERPRINT = generated/$(1)-client/.generated-fingerprint
GENERATOR_CODE := scripts/generate.py scripts/client_readme.py scripts/speclib.py scripts/overlay_metadata.py scripts/client_pyproject.py scripts/versioning.py scripts/overlay_extras.py LICENSE $(wildcard scripts/templates/*.jinja scripts/templates/*/*.jinja)
HAND_WRITTEN := overlays/src scripts tests
# The official Panamah SDK's own environment for tests/interop: hash-locked, never mixed into .venv.
INTEROP_VENV := .interop/venv
INTEROP_REQUIREMENTS := tests/interop/requirements.txt
INTEROP_READY := $(INTEROP_VENV)/.installed

.PHONY: help setup interop-env generate check-generated lint-specs lint format test contract-cli fuzz bench mock demo ci lock clean dist wheelhouse changelog release-check

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# --- environment -------------------------------------------------------------------------

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(SYNCED): $(UV) pyproject.toml uv.lock overlays/pyproject.toml tests/mocks/pyproject.toml $(wildcard generated/*/pyproject.toml)
	$(UV) sync --locked --all-packages --quiet
	@touch $@

$(NODE_TOOLS): scripts/package.json scripts/package-lock.json
	cd scripts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(SYNCED) $(NODE_TOOLS) ## Create .venv and install the npm spec tools

# Rebuilt only when the requirements file changes (the stamp is newer otherwise).
$(INTEROP_READY): $(INTEROP_REQUIREMENTS) | $(UV)
	rm -rf $(INTEROP_VENV)
	$(UV) venv --quiet $(INTEROP_VENV)
	$(UV) pip install --quiet --require-hashes --no-deps --python $(INTEROP_VENV)/bin/python -r $(INTEROP_REQUIREMENTS)
	@touch $@

interop-env: $(INTEROP_READY) ## The official Panamah SDK's environment for tests/interop (.interop/venv)

lock: $(UV) ## Re-resolve uv.lock after changing a pyproject.toml, and the interop requirements
	$(UV) lock
	$(UV) pip compile --quiet --generate-hashes --python-version 3.11 --no-header \
	  tests/interop/requirements.in -o $(INTEROP_REQUIREMENTS)

# --- generation --------------------------------------------------------------------------

# A client is regenerated only when its spec, its generator config, the locked generator
# version (uv.lock) or the generation code changed; the script then also compares a content
# fingerprint, so a fresh clone's arbitrary file times never cause a rewrite.
generated/%-client/.generated-fingerprint: specs/%/openapi.yaml specs/%/generator.yaml uv.lock $(GENERATOR_CODE) | $(SYNCED)
	$(PY) scripts/generate.py $*

generate: $(if $(VENDOR),$(call FINGERPRINT,$(VENDOR)),$(foreach v,$(VENDORS),$(call FINGERPRINT,$(v)))) ## Regenerate clients whose inputs changed (VENDOR=<slug> for one)
	@$(UV) lock --check --quiet 2>/dev/null || { echo "A generated pyproject changed: updating uv.lock"; $(UV) lock --quiet; }

check-generated: $(SYNCED) ## Fail if generated/ differs from a fresh generation
	$(PY) scripts/generate.py --check

# --- distributions -------------------------------------------------------------------------

dist: $(SYNCED) ## Wheels and sdists of every workspace package into dist/ (reproducible, twine check --strict)
	$(PY) scripts/dist.py

wheelhouse: $(SYNCED) ## Third-party runtime wheels, pinned by uv.lock, into wheelhouse/ (for offline installs)
	$(PY) scripts/wheelhouse.py

changelog: $(SYNCED) $(NODE_TOOLS) ## Write each client's specs/<vendor>/CHANGELOG.md entry from its spec's diff with the last release tag (PACKAGE=<name> for one)
	$(PY) scripts/changelog.py write $(if $(PACKAGE),--package $(PACKAGE))

release-check: $(SYNCED) $(NODE_TOOLS) ## Refuse VERSION for PACKAGE unless generated, newer than the last tag, and a new major after a breaking change
	@test -n "$(PACKAGE)" -a -n "$(VERSION)" || { echo "usage: make release-check PACKAGE=<name>-client VERSION=<version>"; exit 2; }
	$(PY) scripts/changelog.py check --package $(PACKAGE) --version $(VERSION)

# --- quality gates -----------------------------------------------------------------------

lint-specs: $(SYNCED) $(NODE_TOOLS) ## openapi-spec-validator and Redocly lint (recommended rules) on every spec
	$(PY) scripts/lint_specs.py $(VENDOR)

lint: $(SYNCED) ## ruff and mypy on hand-written code
	$(VENV)/bin/ruff check $(HAND_WRITTEN)
	$(VENV)/bin/ruff format --check $(HAND_WRITTEN)
	$(VENV)/bin/mypy $(HAND_WRITTEN)

format: $(SYNCED) ## Apply ruff's fixes and formatting to hand-written code
	$(VENV)/bin/ruff check --fix $(HAND_WRITTEN)
	$(VENV)/bin/ruff format $(HAND_WRITTEN)

# --- tests and demo ------------------------------------------------------------------------

test: $(SYNCED) $(INTEROP_READY) ## Run the test suite (the command CI runs)
	$(PY) -m pytest

contract-cli: $(SYNCED) ## The schemathesis CLI against every mock on 127.0.0.1 (VENDOR=<slug> for one; schemathesis.toml)
	$(PY) scripts/contract_cli.py $(VENDOR)

fuzz: $(SYNCED) ## The contract tests with many more generated cases (slow)
	CONTRACT_EXAMPLES=$${CONTRACT_EXAMPLES:-400} CONTRACT_STATEFUL_EXAMPLES=$${CONTRACT_STATEFUL_EXAMPLES:-150} \
	  $(PY) -m pytest tests/contract -q

bench: $(SYNCED) ## Benchmarks, as ratios against baselines measured in the same run (QUICK=1: tiny smoke run)
	$(PY) scripts/bench.py $(if $(QUICK),--quick)

PORT ?= 8000
MOCK_FLAGS ?=
mock: $(SYNCED) ## Serve one mock on 127.0.0.1: make mock VENDOR=<slug> PORT=<n> MOCK_FLAGS="--rate-503 0.1"
	@test -n "$(VENDOR)" || { echo "usage: make mock VENDOR=<slug> [PORT=8000] [MOCK_FLAGS=...]"; exit 2; }
	$(VENV)/bin/vendor-mock $(VENDOR) --port $(PORT) $(MOCK_FLAGS)

demo: $(SYNCED) ## Show every client and its operations
	$(PY) scripts/demo.py

ci: lint lint-specs check-generated test contract-cli ## Everything CI checks

clean: ## Remove local environments and caches (not generated/)
	rm -rf $(VENV) $(TOOLS) .interop scripts/node_modules .pytest_cache .mypy_cache .ruff_cache .schemathesis dist wheelhouse
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
