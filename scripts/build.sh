#!/usr/bin/env bash
# Configures and builds Concord into build/ (warnings are errors).
#   bash scripts/build.sh [CMAKE_ARG...] [--target NAME...]
# --target NAME... builds only those targets (serve.sh builds just the two programs it runs, so a
# first start does not wait for the tests and benchmarks); it takes every following argument up
# to the next one starting with "-". Every other argument goes to the configure step, e.g.
# -DCONCORD_TESTS=ON from test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
configure_args=()
targets=()
while (($# > 0)); do
  case $1 in
    --target)
      shift
      if (($# == 0)) || [[ $1 == -* ]]; then
        echo "build.sh: --target needs at least one target name" >&2
        exit 2
      fi
      while (($# > 0)) && [[ $1 != -* ]]; do
        targets+=("$1")
        shift
      done
      ;;
    --target=*)
      targets+=("${1#--target=}")
      shift
      ;;
    *)
      configure_args+=("$1")
      shift
      ;;
  esac
done
build_args=()
if ((${#targets[@]} > 0)); then
  build_args=(--target "${targets[@]}")
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "${configure_args[@]}" >/dev/null
cmake --build build -j"$(nproc)" "${build_args[@]}"
