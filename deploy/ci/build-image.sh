#!/usr/bin/env bash
# Build the image with podman where no registry can be reached: the base is made once from
# Debian's mirror (bookworm, python3, python3-venv, ca-certificates) and kept as
# localhost/todo-evolution-base:bookworm. The host's CA bundle is mounted for the build's
# downloads only; it never lands in the image.
#   deploy/ci/build-image.sh [TAG]     (default TAG: localhost/todo-evolution:dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/deploy/ci/containers.conf}"
tag="${1:-localhost/todo-evolution:dev}"
base="${TODO_BASE_IMAGE:-localhost/todo-evolution-base:bookworm}"
bundle=/etc/ssl/certs/ca-certificates.crt

if ! podman image exists "$base"; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  mmdebstrap --quiet --variant=minbase \
    --include=python3,python3-venv,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    bookworm "$scratch/base.tar"
  podman import --quiet "$scratch/base.tar" "$base" >/dev/null
fi

mounts=()
if [ -r "$bundle" ]; then
  mounts=(--volume "$bundle:$bundle:ro")
fi
podman build --quiet --format docker --network host --pull=never "${mounts[@]}" \
  --build-arg PYTHON_IMAGE="$base" \
  --build-arg REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
  --tag "$tag" . >/dev/null
podman image inspect --format '{{.Size}}' "$tag"
