"""Fetches a pinned npm package with `npm pack` into a temporary folder and unpacks it.

Used by the generators of ontology/ tables; the package is read, never kept in the project.
"""

import json
import os
import subprocess
import sys
import tarfile
import tempfile


def unpacked(name, version, folder=None):
    """The folder of the unpacked package `name@version`: `folder` if given, else fetched with npm.

    Exits with a message when the folder holds another version than the one pinned.
    """
    if folder is None:
        tmp = tempfile.mkdtemp(prefix=name + "-")
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(tmp, f"{name}-{version}.tgz")) as t:
            if hasattr(tarfile, "data_filter"):
                t.extractall(tmp, filter="data")
            else:
                t.extractall(tmp)
        folder = os.path.join(tmp, "package")
    with open(os.path.join(folder, "package.json"), encoding="utf-8") as f:
        found = json.load(f)["version"]
    if found != version:
        sys.exit(f"{folder}: expected {name} {version}, found {found}")
    return folder
