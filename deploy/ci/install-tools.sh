#!/usr/bin/env bash
# Install what builds and runs the image without a Docker engine: podman and buildah (with runc),
# and mmdebstrap, which makes a base image from Debian's mirror when no registry can be reached.
# Needs root and apt; does nothing when the tools are already there.
set -euo pipefail
missing=()
for tool in podman buildah runc mmdebstrap; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install ${missing[*]} to build and run the container image (needs root and apt)." >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  podman buildah runc mmdebstrap ca-certificates >/dev/null
