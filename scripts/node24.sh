#!/usr/bin/env bash
# Runs a command with the project's Node (see .nvmrc) on PATH, provisioning it first
# when the machine's Node is older. Used by every top-level npm script.
set -euo pipefail
. "$(dirname "$0")/use-node.sh"
exec "$@"
