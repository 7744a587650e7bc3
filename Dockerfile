# Todo Evolution: one image for every process. The container's arguments choose it:
#   todo serve (the default) · todo worker · todo db upgrade · todo mcp
# docs/deploy.md says how to build and run it; the base is any Debian-like image holding
# python3 with venv and ca-certificates (a slim Python image by default).
ARG PYTHON_IMAGE=docker.io/library/python:3.11-slim-bookworm

# ---- build: the locked dependencies and the project, into /app/.venv --------------------------
FROM ${PYTHON_IMAGE} AS build
ARG UV_VERSION=0.13.8
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    UV_SYSTEM_CERTS=1 \
    UV_NO_CACHE=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
SHELL ["/bin/sh", "-eu", "-c"]
RUN python3 -m venv /opt/uv && /opt/uv/bin/pip install --quiet "uv==${UV_VERSION}"
WORKDIR /src
# The dependencies first, from the lock file alone: this layer is reused until uv.lock changes.
COPY pyproject.toml uv.lock ./
RUN /opt/uv/bin/uv sync --quiet --frozen --no-default-groups --no-install-project --python python3
COPY README.md ./
COPY src ./src
RUN /opt/uv/bin/uv sync --quiet --frozen --no-default-groups --no-editable --python python3 \
 && /app/.venv/bin/todo --help >/dev/null

# ---- run: the environment, a user, nothing else ------------------------------------------------
FROM ${PYTHON_IMAGE}
ARG VERSION=0.2.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="Todo Evolution" \
      org.opencontainers.image.description="Self-hostable task manager: web app, REST API, MCP server, chat assistant and event workers." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT"
SHELL ["/bin/sh", "-eu", "-c"]
# A user of its own, and /data: the one path written to (only with the embedded SQLite
# database; with PostgreSQL the root filesystem can be read-only and /tmp a tmpfs).
RUN echo "todo:x:10001:10001:Todo Evolution:/data:/usr/sbin/nologin" >> /etc/passwd \
 && echo "todo:x:10001:" >> /etc/group \
 && mkdir -p /data && chown 10001:10001 /data && chmod 0700 /data
COPY --from=build /app/.venv /app/.venv
COPY deploy/container/healthcheck.py /app/healthcheck.py
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/data \
    TODO_HOME=/data \
    TODO_HOST=0.0.0.0 \
    TODO_PORT=8000 \
    TODO_WORKER_HOST=0.0.0.0 \
    TODO_WORKER_PORT=8001 \
    TODO_LOG_FORMAT=json \
    TODO_CONSOLE_AGENT=false
WORKDIR /app
USER 10001:10001
EXPOSE 8000 8001
# Probes the process the container runs: /healthz of `todo serve` or of `todo worker`.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python3", "/app/healthcheck.py"]
CMD ["todo", "serve"]
