#!/usr/bin/env bash
# concord-indexer as users run it: exit codes (0 ok, 1 failure, 2 usage) and messages of
# `build`, `check` and `analyze`, on small inputs written into a temporary folder.
# Usage: indexer_cli_test.sh <path to concord-indexer> <repo root>
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <concord-indexer> <repo root>" >&2
  exit 2
fi
indexer=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
checks=0

# run [stdin-file] -- args...: runs the indexer, keeping stdout, stderr and the exit code.
run() {
  local input=/dev/null
  if [[ $1 != -- ]]; then input=$1; shift; fi
  shift
  rc=0
  "$indexer" "$@" <"$input" >"$work/stdout" 2>"$work/stderr" || rc=$?
}

fail() {
  failures=$((failures + 1))
  echo "FAIL: $name: $*" >&2
  echo "  stdout: $(head -c 600 "$work/stdout")" >&2
  echo "  stderr: $(head -c 600 "$work/stderr")" >&2
}

expect_rc() {
  checks=$((checks + 1))
  [[ $rc -eq $1 ]] || fail "exit code $rc, want $1"
}

# expect_in stdout|stderr <fixed string>
expect_in() {
  checks=$((checks + 1))
  grep -qF -- "$2" "$work/$1" || fail "$1 lacks: $2"
}

expect_not_in() {
  checks=$((checks + 1))
  ! grep -qF -- "$2" "$work/$1" || fail "$1 should not contain: $2"
}

expect_line() {
  checks=$((checks + 1))
  local got
  got=$(cat "$work/stdout")
  [[ $got == "$1" ]] || fail "stdout is \"$got\", want \"$1\""
}

# Inputs ---------------------------------------------------------------------------------------
cat >"$work/themes.json" <<'EOF'
[{"id": "green-innovation", "labels": {"en": "Green innovation", "fr": "Innovation verte"}}]
EOF
cat >"$work/good.jsonl" <<'EOF'
{"id": "story-en-1", "kind": "story", "lang": "en", "title": "Licensing patents", "themes": ["green-innovation"]}

{"id": "need-fr-1", "kind": "need", "title": "Les brevets au service de l'innovation agricole"}
EOF
cat >"$work/one-bad.jsonl" <<'EOF'
{"id": "ok-1", "kind": "story", "lang": "en", "title": "Good"}
{"id": "ok-2", "kind": "story", "lang": "en", "title": "Also good"}

{"id": "bad-1", "kind": "story", "lang": "en", "title": "Bad", "themes": ["space-mining"]}
{"id": "ok-3", "kind": "offer", "lang": "en", "title": "Still good"}
EOF
gzip -c "$work/good.jsonl" >"$work/good.jsonl.gz"
mkdir -p "$work/folder/sub"
cp "$work/good.jsonl" "$work/folder/a.jsonl"
printf '%s\n' '{"id": "z-1", "kind": "profile", "lang": "es", "title": "Oficina"}' \
  >"$work/folder/sub/b.ndjson"

# Usage errors: exit 2 -------------------------------------------------------------------------
name="no subcommand"; run -- ; expect_rc 2
name="unknown subcommand"; run -- index "$work/good.jsonl"; expect_rc 2
name="build without --index"; run -- build "$work/good.jsonl"; expect_rc 2
expect_in stderr "--index"
name="build without inputs"; run -- build --index "$work/idx"; expect_rc 2
name="check without inputs"; run -- check; expect_rc 2
name="unknown option"; run -- check --no-such-option "$work/good.jsonl"; expect_rc 2
name="help"; run -- --help; expect_rc 0
expect_in stdout "build"
expect_in stdout "check"
expect_in stdout "analyze"

# check ----------------------------------------------------------------------------------------
name="check good file"; run -- check --themes "$work/themes.json" "$work/good.jsonl"
expect_rc 0
expect_in stdout "2 valid documents, 0 rejected"

name="check one bad line"; run -- check --themes "$work/themes.json" "$work/one-bad.jsonl"
expect_rc 1
expect_in stderr "$work/one-bad.jsonl:4: field \"themes\": unknown theme"
expect_in stdout "3 valid documents, 1 rejected"
checks=$((checks + 1)); [[ $(wc -l <"$work/stderr") -eq 1 ]] || fail "want one message"

name="check without themes accepts any theme"; run -- check "$work/one-bad.jsonl"
expect_rc 0

name="check gzip and folder"; run -- check "$work/good.jsonl.gz" "$work/folder"
expect_rc 0
expect_in stdout "5 valid documents, 0 rejected"

name="check missing input"; run -- check "$work/missing.jsonl"
expect_rc 1
expect_in stderr "missing.jsonl"

name="check missing themes file"; run -- check --themes "$work/nothemes.json" "$work/good.jsonl"
expect_rc 1
expect_in stderr "nothemes.json"

name="check the bundled corpus"
run -- check --themes "$root/corpus/themes.json" "$root/corpus/documents"
expect_rc 0
expect_in stdout " 0 rejected"

# build ----------------------------------------------------------------------------------------
name="build good file"; run -- build --index "$work/idx" --themes "$work/themes.json" "$work/good.jsonl"
expect_rc 0
expect_in stdout "indexed 2 documents, rejected 0"
checks=$((checks + 1)); [[ -L $work/idx ]] || fail "the live index is not a symbolic link"

name="build one bad line"
run -- build --index "$work/idx2" --themes "$work/themes.json" "$work/one-bad.jsonl"
expect_rc 1
expect_in stderr "$work/one-bad.jsonl:4: field \"themes\": unknown theme"
expect_in stdout "indexed 3 documents, rejected 1"
checks=$((checks + 1)); [[ -L $work/idx2 ]] || fail "good lines were not published"

name="build gzip input"; run -- build --index "$work/idx3" "$work/good.jsonl.gz"
expect_rc 0
expect_in stdout "indexed 2 documents, rejected 0"

name="build folder input"; run -- build --index "$work/idx4" "$work/folder"
expect_rc 0
expect_in stdout "indexed 3 documents"

name="rebuild switches the link"
before=$(readlink "$work/idx")
run -- build --index "$work/idx" "$work/good.jsonl" "$work/folder/sub/b.ndjson"
expect_rc 0
expect_in stdout "indexed 3 documents"
checks=$((checks + 1)); [[ $(readlink "$work/idx") != "$before" ]] || fail "link not switched"

name="build missing input publishes nothing"
before=$(readlink "$work/idx")
run -- build --index "$work/idx" "$work/good.jsonl" "$work/missing.jsonl"
expect_rc 1
expect_in stderr "concord-indexer: "
expect_in stderr "missing.jsonl"
checks=$((checks + 1)); [[ $(readlink "$work/idx") == "$before" ]] || fail "link changed"
name="first build with missing input"; run -- build --index "$work/idx5" "$work/missing.jsonl"
expect_rc 1
checks=$((checks + 1)); [[ ! -e $work/idx5 && ! -L $work/idx5 ]] || fail "an index was published"

# analyze --------------------------------------------------------------------------------------
printf '綠色創新\n知识产权保护\n' >"$work/zh.txt"
name="analyze zh"; run "$work/zh.txt" -- analyze --lang zh
expect_rc 0
expect_line $'绿色 创新\n知识产权 保护'

printf "L'innovation et les brevets\n" >"$work/fr.txt"
name="analyze fr"; run "$work/fr.txt" -- analyze --lang fr
expect_rc 0
expect_line "innovation et les brevets"
name="analyze fr terms"; run "$work/fr.txt" -- analyze --lang fr --terms
expect_rc 0
expect_in stdout "brevets Zbrevet XZbrev"

printf 'الـعَرَبِيَّة\n' >"$work/ar.txt"
name="analyze ar"; run "$work/ar.txt" -- analyze --lang ar
expect_rc 0
expect_line "العربيه"

printf 'ＡＢＣ Patents\n\n' >"$work/en.txt"
name="analyze en keeps one output line per input line"; run "$work/en.txt" -- analyze --lang en
expect_rc 0
expect_line "abc patents"
checks=$((checks + 1)); [[ $(wc -l <"$work/stdout") -eq 2 ]] || fail "want 2 output lines"

name="analyze empty input"; run -- analyze --lang en
expect_rc 0
expect_line ""

echo "indexer_cli: $checks checks, $failures failed"
[[ $failures -eq 0 ]]
