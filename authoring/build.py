"""Build notebooks/NN_slug.ipynb from authoring/NN_slug.py (jupytext "percent" format).

    python authoring/build.py            # every notebook
    python authoring/build.py 00 02      # only these

Each build converts the source, gives every cell slideshow metadata (default: continue the
current slide), runs the notebook top to bottom in a fresh kernel, drops saved widget state
and writes it to notebooks/. Read `git diff notebooks/` before committing: nbval compares
these saved outputs.
"""

import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "authoring"
TARGET = ROOT / "notebooks"


def build(source: Path) -> Path:
    nb = jupytext.read(source)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata.pop("jupytext", None)
    # The "white" reveal.js theme uses bundled fonts; RISE's default theme fetches web fonts.
    nb.metadata["rise"] = {"theme": "white", "scroll": True, "start_slideshow_at": "beginning"}
    for number, cell in enumerate(nb.cells):
        cell.metadata.setdefault("slideshow", {"slide_type": "-"})
        cell.id = f"{source.stem[:2]}-{number:02d}"  # stable ids keep rebuild diffs readable
    NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=False, record_timing=False,
                   resources={"metadata": {"path": str(TARGET)}}).execute()
    nb.metadata.pop("widgets", None)
    target = TARGET / f"{source.stem}.ipynb"
    nbformat.write(nb, target)
    return target


def main(selected: list[str]) -> None:
    for source in sorted(SOURCES.glob("[0-9][0-9]_*.py")):
        if not selected or source.stem[:2] in selected:
            print("built", build(source).relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
