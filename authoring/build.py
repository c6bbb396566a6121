"""Build notebooks/NN_slug.ipynb from authoring/NN_slug.py (jupytext "percent" format).

    python authoring/build.py            # every notebook
    python authoring/build.py 00 02      # only these
    python authoring/build.py --check    # rebuild into a temporary folder; fail on any difference

Each build converts the source, gives every cell slideshow metadata (default: continue the
current slide), runs the notebook top to bottom in a fresh kernel, drops saved widget state
and writes it to notebooks/. Read `git diff notebooks/` before committing: nbval compares
these saved outputs.

Saved outputs depend on the installed packages, so the build refuses to run unless this Python
holds exactly what requirements-dev.txt pins, and nothing it does not pin (make one with
`python -m venv .venv && .venv/bin/pip install -r requirements-dev.txt`).
"""

import argparse
import difflib
import importlib.metadata as metadata
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "authoring"
TARGET = ROOT / "notebooks"
LOCK = ROOT / "requirements-dev.txt"
OWN = {"indeo-series-helpers", "indeo-series-lab-settings"}
TOOLS = {"pip", "setuptools", "wheel"}  # installers, which change no output


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(lock: Path = LOCK) -> dict[str, str]:
    """Package name -> version, from a pip-compile lock."""
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line.strip())
        if match:
            pins[canonical(match.group(1))] = match.group(2)
    return pins


def environment_problems(lock: Path = LOCK) -> list[str]:
    """How this Python differs from the lock: wrong versions, missing or extra packages."""
    installed = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()
                 if d.metadata["Name"]}
    problems = []
    for name, version in sorted(pinned(lock).items()):
        if name not in installed:
            problems.append(f"{name}=={version} is not installed")
        elif installed[name] != version:
            problems.append(f"{name} is {installed[name]}, the lock pins {version}")
    extra = sorted(set(installed) - set(pinned(lock)) - OWN - TOOLS)
    if extra:
        problems.append(f"not in the lock: {', '.join(extra)}")
    return problems


def build(source: Path, target_dir: Path = TARGET) -> Path:
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    nb = jupytext.read(source)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata.pop("jupytext", None)
    # The "white" reveal.js theme uses bundled fonts; RISE's default theme fetches web fonts.
    nb.metadata["rise"] = {"theme": "white", "scroll": True, "start_slideshow_at": "beginning"}
    for number, cell in enumerate(nb.cells):
        cell.metadata.setdefault("slideshow", {"slide_type": "-"})
        cell.id = f"{source.stem[:2]}-{number:02d}"  # stable ids keep rebuild diffs readable
    # The kernel runs in notebooks/, as for a reader, so helpers finds data/ from there.
    NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=False,
                   record_timing=False, resources={"metadata": {"path": str(TARGET)}}).execute()
    nb.metadata.pop("widgets", None)
    target = target_dir / f"{source.stem}.ipynb"
    nbformat.write(nb, target)
    return target


def differences(built: Path, saved: Path) -> list[str]:
    """A short unified diff of two notebooks' JSON (sources, metadata and outputs)."""
    if not saved.exists():
        return [f"{saved.relative_to(ROOT)} is missing"]
    a = json.dumps(json.loads(saved.read_text(encoding="utf-8")), indent=1, sort_keys=True)
    b = json.dumps(json.loads(built.read_text(encoding="utf-8")), indent=1, sort_keys=True)
    # Object addresses and widget model ids differ from run to run (nbval ignores both too).
    a, b = (re.sub(r"0x[0-9a-f]{6,16}", "0xADDRESS", text) for text in (a, b))
    a, b = (re.sub(r'"model_id": "[0-9a-f]{32}"', '"model_id": "ID"', text) for text in (a, b))
    return list(difflib.unified_diff(a.splitlines(), b.splitlines(), "saved", "rebuilt", n=1,
                                     lineterm=""))[:40]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("numbers", nargs="*", help="two-digit notebook numbers (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="rebuild into a temporary folder and fail on any difference")
    args = parser.parse_args(argv)
    problems = environment_problems()
    if problems:
        print("Refusing to build: this Python differs from requirements-dev.txt, so the saved "
              "outputs would differ for everyone else.\n  " + "\n  ".join(problems[:15]),
              file=sys.stderr)
        return 2
    sources = [s for s in sorted(SOURCES.glob("[0-9][0-9]_*.py"))
               if not args.numbers or s.stem[:2] in args.numbers]
    if not args.check:
        for source in sources:
            print("built", build(source).relative_to(ROOT))
        return 0
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for source in sources:
            diff = differences(build(source, Path(folder)), TARGET / f"{source.stem}.ipynb")
            print(f"{source.stem}: {'differs' if diff else 'identical'}")
            if diff:
                failed = True
                print("\n".join(diff))
    if failed:
        print("Saved notebooks differ from their rebuild: run python authoring/build.py and read "
              "git diff notebooks/.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
