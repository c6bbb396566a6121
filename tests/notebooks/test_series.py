"""The whole series: every claim taught, every flag corrected, every acronym in the glossary,
every notebook ready in the README's map."""

import json
import re

import pandas as pd

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
FLAGS = pd.read_csv(ROOT / "data" / "flags.csv")
CLAIMS = pd.read_csv(ROOT / "data" / "claims.csv")
# Words in capitals that are not acronyms a reader needs explained.
NOT_ACRONYMS = {"PDF", "README", "CSV", "JSON", "HTML", "UTC", "URL", "ISO", "TV"}


def metadata(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["metadata"]["indeo"]


def union(key: str) -> set[int]:
    return set().union(*(metadata(path).get(key, []) for path in NOTEBOOKS))


def test_the_series_has_eleven_notebooks():
    assert [p.stem[:2] for p in NOTEBOOKS] == [f"{n:02d}" for n in range(11)]


def test_every_claim_is_taught_somewhere():
    missing = sorted(set(range(1, 68)) - union("claims"))
    assert not missing, f"claims taught: {67 - len(missing)}/67; missing: {missing}"


def test_every_flag_is_corrected_somewhere():
    corrected = union("corrects")
    open_flags = [row.flag_no for row in FLAGS.itertuples()
                  if not {int(c) for c in row.claim_ids.split(";")} <= corrected]
    assert len(FLAGS) == 26
    assert not open_flags, f"flags corrected: {26 - len(open_flags)}/26; open: {open_flags}"


def test_the_flags_are_the_flagged_claims():
    in_flags = {int(c) for ids in FLAGS["claim_ids"] for c in ids.split(";")}
    flagged = set(CLAIMS.loc[CLAIMS["flag_kind"].notna(), "claim_id"])
    assert in_flags <= flagged
    assert flagged - in_flags == {15}  # the missing evidence for #15, corrected in 08, is not in the list


def markdown_text(path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    text = re.sub(r"https?://\S+", "", text)
    return re.sub(r"`[^`]*`", "", text)


def glossary() -> set[str]:
    text = markdown_text(NOTEBOOKS[0])
    table = text[text.index("## Glossary"):]
    terms = set()
    for line in table.splitlines()[3:]:
        if line.startswith("|"):
            terms |= {t.strip() for t in line.split("|")[1].split("/")}
    return terms


def acronyms(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w/.-])([A-Z][A-Z0-9]*[A-Z](?:-[A-Z]+)?)(?![\w-])", text))


def test_the_glossary_covers_every_acronym():
    states = set(pd.read_csv(ROOT / "data" / "states.csv")["iso3"])
    known = glossary() | NOT_ACRONYMS | states
    missing = {}
    for path in NOTEBOOKS:
        for word in acronyms(markdown_text(path)) - known:
            missing.setdefault(word, path.stem[:2])
    assert not missing, f"acronyms not in 00's glossary (first notebook using each): {missing}"


def test_the_readme_map_says_ready_for_every_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        row = next((line for line in readme.splitlines() if f"(notebooks/{path.name})" in line), "")
        assert row.rstrip(" |").endswith("ready"), f"README's map does not link {path.name} as ready"
    assert "planned |" not in readme
