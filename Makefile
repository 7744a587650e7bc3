# Everything installs itself: the first `make` creates .tools/ with uv, then uv builds .venv
# from uv.lock. Needs only Python >= 3.11 and the package index.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
UV_VERSION := 0.13.8
export UV_COMPILE_BYTECODE := 1
export UV_PYTHON_DOWNLOADS := never

.PHONY: run todo test quick check lint types contracts deploy-check deploy-tools image bench soak install clean reader-model

# The main job on the embedded defaults: the API server on http://127.0.0.1:8000 (docs: /docs).
# `make todo ARGS="list --due week"` runs a console command instead.
run: .venv/.installed
	@.venv/bin/todo serve

ARGS ?= --help
todo: .venv/.installed
	@.venv/bin/todo $(ARGS)

# Lint, types and the import-layer contracts, then every test (the deployment checks too:
# they need podman and mmdebstrap, which deploy-tools installs where it can).
test: check deploy-tools
	.venv/bin/pytest

# The fast tier, in seconds: the pure rules and every service verb, on SQLite only.
quick: .venv/.installed
	.venv/bin/pytest -q -n 2 -m "not postgres" tests/unit tests/service tests/offline_chat

# The container image, the compose file and the Helm chart: hadolint; the image built and run
# against this machine's PostgreSQL and Redis; compose validated and started; the chart
# rendered, linted and checked against the Kubernetes schemas.
deploy-check: .venv/.installed deploy-tools
	.venv/bin/pytest tests/deploy

# podman, buildah, runc and mmdebstrap from the system's packages (root and apt only).
deploy-tools:
	@deploy/ci/install-tools.sh

# Build the image here (no registry needed): `make image TAG=localhost/todo-evolution:dev`.
TAG ?= localhost/todo-evolution:dev
image: deploy-tools
	deploy/ci/build-image.sh $(TAG)

check: lint types contracts

lint: .venv/.installed
	.venv/bin/ruff format --check src tests bench deploy
	.venv/bin/ruff check src tests bench deploy

types: .venv/.installed
	.venv/bin/mypy

contracts: .venv/.installed
	.venv/bin/lint-imports

bench: .venv/.installed
	.venv/bin/python bench/cli_startup.py
	.venv/bin/python bench/list_latency.py
	.venv/bin/python bench/mcp_latency.py
	.venv/bin/python bench/chat_latency.py
	.venv/bin/python bench/relay_throughput.py
	.venv/bin/python bench/ws_latency.py
	.venv/bin/python bench/ws_connections.py

# The chat's learned reader: gather examples from the development sets, train, write the model.
reader-model: .venv/.installed
	.venv/bin/python -m tests.offline_chat.harvest
	.venv/bin/python -m tests.offline_chat.train_reader

# Ten minutes of mixed load on one server: errors, latency, memory growth, database size.
# `make soak SOAK_ARGS="--duration 60 --database postgres"` for a shorter one.
SOAK_ARGS ?=
soak: .venv/.installed
	.venv/bin/python bench/soak.py $(SOAK_ARGS)

install: .venv/.installed

.venv/.installed: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --all-groups
	.venv/bin/python -m compileall -q src
	@touch $@

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache
