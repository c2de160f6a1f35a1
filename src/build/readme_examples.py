#!/usr/bin/env python3
"""Rewrites the sample outputs in README.md with what the current build prints.

Loads seeds/ into a temporary data folder with target/diplograph.jar (as the README's first command
does), then, for every `$ java -jar target/diplograph.jar query ...` line of a README code block that
is followed by output, runs the query and puts its first lines in place of the ones shown (as many
as were shown; a `...` line stays where it was). Also replaces the load's `Dataset:` line.
ReadmeExamplesTest fails when the README and the build disagree; run this, then read the diff.
Standard library only.
"""
import re
import subprocess
import sys
import tempfile

JAR = "$ java -jar target/diplograph.jar "


def run(args):
    return subprocess.run(["java", "-jar", "target/diplograph.jar"] + args, capture_output=True,
                          text=True, check=True).stdout


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = tmp + "/data"
        loaded = run(["ingest", "--db", db, "seeds"])
        dataset = next(l for l in loaded.splitlines() if l.startswith("Dataset: "))
        lines = open("README.md", encoding="utf-8").read().split("\n")
        out, i, in_block = [], 0, False
        while i < len(lines):
            line = lines[i]
            if line.startswith("```"):
                in_block = not in_block
            if in_block and line.startswith(JAR + "query "):
                out.append(line)
                shown = []
                j = i + 1
                while j < len(lines) and not lines[j].startswith("$ ") and not lines[j].startswith("```"):
                    shown.append(lines[j])
                    j += 1
                cut = [k for k, l in enumerate(shown) if l.strip() == "..."]
                keep = cut[0] if cut else len(shown)
                if keep:
                    command = re.sub(r"\s+#.*$", "", line[len(JAR):]).split()
                    printed = run(command[:2] + ["--db", db] + command[2:]).rstrip("\n").split("\n")
                    out.extend(l.rstrip() for l in printed[:keep])
                out.extend(shown[keep:])
                i = j
                continue
            if line.startswith("Dataset: ") and "quads" in line:
                line = dataset
            out.append(line)
            i += 1
        open("README.md", "w", encoding="utf-8").write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
