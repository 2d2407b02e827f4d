#!/usr/bin/env python3
"""Fails when a function in Concord's own code is longer than the LineThreshold that
.clang-tidy gives readability-function-size, and names each one.

Runs clang-tidy with that one check over every .cpp of analyzers/, indexer/, searchd/, eval/
and bench/ in the build's compile_commands.json (and the headers of those folders they
include), through run-clang-tidy when there is one, else through its own parallel loop.

Usage: function_size.py --source DIR --build DIR --clang-tidy PATH [--run-clang-tidy PATH]
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time

FOLDERS = ("analyzers", "indexer", "searchd", "eval", "bench")
CHECKS = "-*,readability-function-size"

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LOCATION = r"^(?P<file>/[^:]+):(?P<line>\d+):\d+: "
FINDING = re.compile(LOCATION + r"(?:warning|error): function '(?P<name>[^']+)' exceeds "
                     r"recommended size/complexity thresholds \[readability-function-size")
LENGTH = re.compile(LOCATION + r"note: (?P<lines>\d+) lines including whitespace and "
                    r"comments \(threshold (?P<threshold>\d+)\)")
# Code that GCC 12 accepts and clang 14 does not (a lambda capturing a structured binding):
# clang-tidy still measures every function of such a file, so it is reported, not failed.
FRONT_END_ERROR = re.compile(LOCATION + r"error: .*\[clang-diagnostic-error\]")
CRASH = re.compile(r"PLEASE submit a bug report|Stack dump:|terminated by signal")


def posix_escape(text):
    """Escapes text for the POSIX extended regular expression of clang-tidy's -header-filter."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", text)


def first_party_sources(source_dir, build_dir):
    """The .cpp files of FOLDERS that compile_commands.json compiles, each once."""
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        database = json.load(f)
    roots = tuple(os.path.join(source_dir, folder) + os.sep for folder in FOLDERS)
    files = {os.path.normpath(os.path.join(entry["directory"], entry["file"]))
             for entry in database}
    return sorted(f for f in files if f.startswith(roots) and f.endswith(".cpp"))


def header_filter(source_dir):
    return "^" + posix_escape(source_dir) + "/(" + "|".join(FOLDERS) + ")/"


def run_with_run_clang_tidy(args, sources, jobs):
    """run-clang-tidy's whole output: it runs `jobs` clang-tidy processes at a time."""
    files_regex = "^(" + "|".join(re.escape(f) for f in sources) + ")$"
    command = [args.run_clang_tidy, "-clang-tidy-binary", args.clang_tidy, "-p", args.build,
               "-j", str(jobs), "-quiet", "-checks=" + CHECKS,
               "-header-filter=" + header_filter(args.source), files_regex]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            check=False)
    return result.stdout.decode("utf-8", "replace")


def run_one(args, source):
    command = [args.clang_tidy, "-p", args.build, "--quiet", "--checks=" + CHECKS,
               "--warnings-as-errors=*", "--header-filter=" + header_filter(args.source),
               source]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            check=False)
    output = result.stdout.decode("utf-8", "replace")
    if result.returncode < 0:
        output += "%s: terminated by signal %d\n" % (source, -result.returncode)
    return output


def run_with_loop(args, sources, jobs):
    """The output of one clang-tidy per source, `jobs` at a time, file after file."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return "".join(pool.map(lambda source: run_one(args, source), sources))


def parse_findings(output, source_dir):
    """{(relative path, line, function): "N lines (threshold T)"}, each function once."""
    names, lengths = {}, {}
    for line in output.splitlines():
        if match := FINDING.match(line):
            names[(match["file"], match["line"])] = match["name"]
        elif match := LENGTH.match(line):
            lengths[(match["file"], match["line"])] = "%s lines (threshold %s)" % (
                match["lines"], match["threshold"])
    return {(os.path.relpath(file, source_dir), int(line), name):
            lengths.get((file, line), "over a threshold")
            for (file, line), name in names.items()}


def report(findings):
    """Prints every finding; returns how many there are."""
    for (path, line, name), size in sorted(findings.items()):
        print("TOO LONG: %s:%d: %s is %s" % (path, line, name, size))
    return len(findings)


def print_tool_trouble(output, source_dir):
    """Prints clang's front-end errors and clang-tidy's crashes; returns whether it crashed."""
    for line in output.splitlines():
        if FRONT_END_ERROR.match(line):
            print("clang 14 rejects (its functions measured anyway): "
                  + line.replace(source_dir + os.sep, "", 1))
    crashed = any(CRASH.search(line) for line in output.splitlines())
    if crashed:
        print("clang-tidy failed; its whole output:\n" + output)
    return crashed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--run-clang-tidy", default="")
    args = parser.parse_args()
    args.source = os.path.abspath(args.source)

    with open(os.path.join(args.source, ".clang-tidy"), encoding="utf-8") as f:
        if "readability-function-size.LineThreshold" not in f.read():
            print(".clang-tidy sets no readability-function-size.LineThreshold: nothing to check")
            return 1
    started = time.monotonic()
    sources = first_party_sources(args.source, args.build)
    if not sources:
        print("no sources of %s in %s/compile_commands.json" % (FOLDERS, args.build))
        return 1
    jobs = len(os.sched_getaffinity(0))
    run = run_with_run_clang_tidy if args.run_clang_tidy else run_with_loop
    output = ANSI.sub("", run(args, sources, jobs))

    crashed = print_tool_trouble(output, args.source)
    failures = report(parse_findings(output, args.source))
    print("%d files checked by %s, %d at a time, in %.0f s"
          % (len(sources), os.path.basename(args.run_clang_tidy or args.clang_tidy), jobs,
             time.monotonic() - started))
    return 1 if failures or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
