"""Build the reading edition: a static website made from the saved notebooks.

    python authoring/site.py [--out DIR] [--repo OWNER/NAME]

Nothing is re-run: each page shows the outputs saved in notebooks/NN_*.ipynb. The site works
from disk (file:// addresses) with no network: plotly.js and reveal.js are copied into it.
It holds a home page with the notebook map, one page and one slide deck per notebook, the
glossary, the sources and the data sets (with their CSV files).
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import shutil
import sys
import time
from pathlib import Path

import jinja2
import nbformat
from markupsafe import Markup
from nbconvert import HTMLExporter, SlidesExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbconvert.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
SITE_ASSETS = Path(__file__).resolve().parent / "site_assets"
REVEAL = Path(__file__).resolve().parent / "vendor" / "reveal.js"

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
CHECK_NOTE = "Checking answers needs a live notebook: {binder} or run it locally."

NAV = [("index.html", "Home"), ("index.html#notebooks", "Notebooks"), ("glossary.html", "Glossary"),
       ("sources.html", "Sources"), ("data.html", "Data")]


# ---------------------------------------------------------------- notebook outputs


class DrawPlotlyCharts(Preprocessor):
    """Turn each saved plotly figure into a div that plotly.js draws when the page opens.

    nbconvert draws nothing for plotly's own output type, so the figure's data and layout
    are written into a small script instead. Its menus and sliders then work with no kernel.
    """

    def preprocess(self, nb, resources):
        self.count = 0
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        for output in cell.get("outputs", []):
            figure = output.get("data", {}).get(PLOTLY_MIME)
            if figure is not None:
                self.count += 1
                output["data"] = {"text/html": chart_html(f"plotly-chart-{self.count}", figure)}
        return cell, resources


def chart_html(chart_id: str, figure: dict) -> str:
    # "</" inside the JSON would end the script tag early.
    data = json.dumps(figure.get("data", [])).replace("</", "<\\/")
    layout = json.dumps(figure.get("layout", {})).replace("</", "<\\/")
    return (f'<div class="plotly-chart" id="{chart_id}"></div>\n<script>'
            f'Plotly.newPlot("{chart_id}", {data}, {layout}, {{responsive: true, displaylogo: false}});'
            "</script>")


class ExplainLiveParts(Preprocessor):
    """Say where a page cannot do what the running notebook does: widgets and answer checks.

    Speaker notes get the tag "lecturer-note", so the page can set them apart from the text.
    """

    def preprocess_cell(self, cell, resources, index):
        binder = html.escape(resources["binder_url"])
        for output in cell.get("outputs", []):
            if WIDGET_MIME in output.get("data", {}):
                fallback = html.escape(output["data"].get("text/plain", "This part needs a live notebook."))
                output["data"] = {"text/html": (
                    f'<p class="live-note">{fallback} <a href="{binder}">Launch this notebook on Binder</a></p>')}
        if cell.metadata.get("slideshow", {}).get("slide_type") == "notes":
            cell.metadata["tags"] = [*cell.metadata.get("tags", []), "lecturer-note"]
        if cell.cell_type == "code" and "checks.check(" in cell.source:
            note = CHECK_NOTE.format(binder=f'<a href="{binder}">launch it on Binder</a>')
            cell.outputs.append(nbformat.v4.new_output(
                "display_data", data={"text/html": f'<p class="live-note">{note}</p>'}))
        return cell, resources


# ---------------------------------------------------------------- nbconvert templates
# Both templates extend nbconvert's own, dropping every script it would fetch from a CDN
# (require.js, jQuery, MathJax, mermaid) and loading the site's own copies instead.

PAGE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{% block html_head_js %}<script src="assets/plotly.min.js"></script>{% endblock %}
{% block jupyter_widgets %}{% endblock %}
{% block html_head_js_mathjax %}{% endblock %}
{% block html_head_js_mermaidjs %}{% endblock %}
{% block html_head_css %}<link rel="stylesheet" href="assets/site.css">{% endblock %}
{% block body_header %}
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
{{ resources.site_nav }}
<main>
{{ resources.page_links }}
{% endblock %}
"""

SLIDES_TEMPLATE = """{%- extends 'index.html.j2' -%}
{% block html_head_js %}<script src="../assets/plotly.min.js"></script>{% endblock %}
{% block jupyter_widgets %}{% endblock %}
{% block html_head_js_mathjax %}{% endblock %}
{% block html_head_css %}
<link rel="stylesheet" href="../assets/rise.css">
<link rel="stylesheet" href="../assets/slides.css">
{% endblock %}
{% block footer_js %}
<script src="{{ resources.reveal.url_prefix }}/dist/reveal.js"></script>
<script src="{{ resources.reveal.url_prefix }}/plugin/notes/notes.js"></script>
<script>
Reveal.initialize({
  controls: true, progress: true, history: true, center: true,
  transition: "{{ resources.reveal.transition }}",
  width: {{ resources.reveal.width }}, height: {{ resources.reveal.height }},
  plugins: [RevealNotes]
});
// Charts on slides not yet shown were drawn at a guessed size: fit them when they appear.
function fitSlide() {
  const slide = Reveal.getCurrentSlide();
  slide.querySelectorAll(".js-plotly-plot").forEach(plot => Plotly.Plots.resize(plot));
  if (slide.scrollHeight > Reveal.getConfig().height) slide.classList.add("scrolling-slide");
}
Reveal.on("ready", fitSlide);
Reveal.on("slidechanged", fitSlide);
</script>
{% endblock footer_js %}
"""


def page_exporter() -> HTMLExporter:
    exporter = HTMLExporter(template_name="lab", template_file="site_page.html.j2",
                            extra_loaders=[jinja2.DictLoader({"site_page.html.j2": PAGE_TEMPLATE})])
    exporter.register_preprocessor(DrawPlotlyCharts(), enabled=True)
    exporter.register_preprocessor(ExplainLiveParts(), enabled=True)
    return exporter


def slides_exporter() -> SlidesExporter:
    exporter = SlidesExporter(template_name="reveal", template_file="site_slides.html.j2",
                              extra_loaders=[jinja2.DictLoader({"site_slides.html.j2": SLIDES_TEMPLATE})],
                              exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                              reveal_url_prefix="../assets/reveal.js", reveal_theme="white",
                              reveal_width="1280", reveal_height="720")
    exporter.register_preprocessor(DrawPlotlyCharts(), enabled=True)
    return exporter


# ---------------------------------------------------------------- what the notebooks say


def notebook_paths() -> list[Path]:
    return sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def markdown_blocks(nb) -> list[str]:
    """The notebook's markdown split into paragraphs (blocks separated by a blank line)."""
    text = "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "markdown"
                       and cell.metadata.get("slideshow", {}).get("slide_type") != "notes")
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def describe(path: Path) -> dict:
    """What the notebook map says about one notebook."""
    nb = nbformat.read(path, as_version=4)
    blocks = markdown_blocks(nb)
    heading = next(i for i, block in enumerate(blocks) if block.startswith("# "))
    # The line under the title gives time and prerequisites; the description is the next paragraph.
    after = [b for b in blocks[heading + 1:] if not b.startswith(("**Time:**", "#", "<"))]
    indeo = nb.metadata.get("indeo", {})
    return {"name": path.stem, "number": path.stem[:2],
            "heading": re.sub(r"^#\s*(\d\d\s*·\s*)?", "", blocks[heading].splitlines()[0]).strip(),
            "title": indeo.get("title", ""), "minutes": indeo.get("minutes", ""),
            "description": " ".join(after[0].split()) if after else ""}


def binder_repository() -> str:
    """owner/name from the Binder link in README.md."""
    found = re.search(r"mybinder\.org/v2/gh/([^/\s]+)/([^/\s]+)/", (ROOT / "README.md").read_text(encoding="utf-8"))
    return f"{found.group(1)}/{found.group(2)}" if found else "<owner>/<repo>"


def binder_link(repository: str, name: str) -> str:
    return f"https://mybinder.org/v2/gh/{repository}/HEAD?labpath=notebooks%2F{name}.ipynb"


def link_pages_not_notebooks(page: str, suffix: str) -> str:
    """Links between notebooks point at their pages on the site."""
    return re.sub(r'href="(\d\d_[\w-]+)\.ipynb"', rf'href="\1{suffix}"', page)


# ---------------------------------------------------------------- the site's own pages

LAYOUT = jinja2.Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{{ title }} · Afghanistan and Central Asia, read closely</title>
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
{{ nav }}
<div class="site-page">
{{ body }}
</div>
</body>
</html>
""")


def nav_html() -> str:
    links = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in NAV)
    return f'<nav class="site-nav" aria-label="Site"><ul>{links}</ul></nav>'


def page(title: str, body: str) -> str:
    return LAYOUT.render(title=title, nav=Markup(nav_html()), body=Markup(body))


def index_body(notebooks: list[dict], repository: str) -> str:
    items = []
    for nb in notebooks:
        items.append(
            f'<li><span class="number">{nb["number"]}</span> '
            f'<a href="{nb["name"]}.html">{html.escape(nb["heading"])}</a>'
            f'<div class="meta">{html.escape(nb["title"])} · about {nb["minutes"]} minutes · '
            f'<a href="slides/{nb["name"]}.slides.html">slides</a> · '
            f'<a href="{html.escape(binder_link(repository, nb["name"]))}">Launch on Binder</a></div>'
            f'<div>{inline_markdown(nb["description"])}</div></li>')
    return (
        "<h1>Afghanistan and Central Asia, read closely</h1>\n"
        "<p>A series of notebooks that reads one short policy paper, Fabio Indeo's <em>Afghanistan "
        "and Central Asia: Looming priorities and regional un-balances</em> (NATO Defense College "
        "Foundation, late 2018), and checks each of its claims against sourced data. This is the "
        "reading edition: every page shows the notebook as saved, with its charts, menus and "
        "sliders working. Exercises and widgets need the live notebook: launch it on Binder.</p>\n"
        '<h2 id="notebooks">The notebooks</h2>\n'
        f'<ol class="notebook-map" style="list-style: none; padding: 0">{"".join(items)}</ol>\n'
        '<h2>Also here</h2>\n<ul><li><a href="glossary.html">Glossary</a></li>'
        '<li><a href="sources.html">Sources</a>: every document a number comes from</li>'
        '<li><a href="data.html">Data</a>: every data set, its fields and a CSV to download</li></ul>')


def inline_markdown(text: str) -> str:
    rendered = markdown2html_mistune(text).strip()
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.S)


def glossary_body() -> str:
    nb = nbformat.read(NOTEBOOKS / "00_start_here.ipynb", as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("## Glossary"))
    return markdown2html_mistune(cell.source)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def sources_body() -> str:
    rows = read_csv(DATA / "sources.csv")
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for column in columns:
            value = html.escape(row[column] or "")
            if column == "url" and value.startswith(("http://", "https://")):
                value = f'<a href="{value}">{value}</a>'
            cells.append(f"<td>{value}</td>")
        body.append(f'<tr id="{html.escape(row["source_id"])}">{"".join(cells)}</tr>')
    return (f"<h1>Sources</h1>\n<p>{len(rows)} documents: every number in the data comes from one of "
            "them. <code>read_via</code> says what was read when the primary document could not be.</p>\n"
            f'<div class="wide-table"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def cited_sources(path: Path) -> list[str]:
    ids = set()
    for row in read_csv(path):
        ids.update(part.strip() for part in re.split(r"[;,]", row.get("source_id") or "") if part.strip())
    return sorted(ids)


def data_body() -> str:
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    parts = ["<h1>Data</h1>\n<p>Every data set the series uses, as described in "
             '<code>datapackage.json</code>. Each row cites a document listed on the '
             '<a href="sources.html">sources</a> page.</p>']
    for resource in package["resources"]:
        fields = "".join(
            f'<tr><td><code>{html.escape(f["name"])}</code></td><td>{html.escape(f.get("type", ""))}</td>'
            f'<td>{html.escape(f.get("description", ""))}</td></tr>' for f in resource["schema"]["fields"])
        cited = [] if resource["name"] == "sources" else cited_sources(DATA / resource["path"])
        sources = ", ".join(f'<a href="sources.html#{html.escape(s)}">{html.escape(s)}</a>' for s in cited)
        parts.append(
            f'<section class="data-set" id="{html.escape(resource["name"])}">'
            f'<h2>{html.escape(resource.get("title", resource["name"]))}</h2>'
            f'<p>{html.escape(resource.get("description", ""))}</p>'
            f'<p><a href="data/{html.escape(resource["path"])}">Download {html.escape(resource["path"])}</a></p>'
            '<div class="wide-table"><table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr>'
            f"</thead><tbody>{fields}</tbody></table></div>"
            + (f"<p>Sources cited: {sources}</p>" if sources else "") + "</section>")
    return "\n".join(parts)


# ---------------------------------------------------------------- building


def copy_assets(out: Path) -> None:
    import plotly

    assets = out / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", assets / "plotly.min.js")
    shutil.copy(SITE_ASSETS / "site.css", assets / "site.css")
    shutil.copy(SITE_ASSETS / "slides.css", assets / "slides.css")
    shutil.copy(NOTEBOOKS / "rise.css", assets / "rise.css")
    shutil.copytree(REVEAL, assets / "reveal.js", dirs_exist_ok=True)
    (out / "data").mkdir(exist_ok=True)
    for path in DATA.glob("*.csv"):
        shutil.copy(path, out / "data" / path.name)


def page_links(info: dict, repository: str) -> str:
    return ('<div class="page-links">'
            f'<a href="slides/{info["name"]}.slides.html">Slides</a>'
            f'<a href="{html.escape(binder_link(repository, info["name"]))}">Launch this notebook on Binder</a>'
            "</div>")


def build_notebook(path: Path, info: dict, repository: str, out: Path, exporters: tuple) -> None:
    to_page, to_slides = exporters
    nb = nbformat.read(path, as_version=4)
    resources = {"site_nav": nav_html(), "page_links": page_links(info, repository),
                 "binder_url": binder_link(repository, path.stem)}
    body, _ = to_page.from_notebook_node(nb, resources)
    (out / f"{path.stem}.html").write_text(link_pages_not_notebooks(body, ".html"), encoding="utf-8")

    nb = nbformat.read(path, as_version=4)
    slides, _ = to_slides.from_notebook_node(nb)
    (out / "slides").mkdir(exist_ok=True)
    (out / "slides" / f"{path.stem}.slides.html").write_text(
        link_pages_not_notebooks(slides, ".slides.html"), encoding="utf-8")


def build(out: Path, repository: str | None = None) -> list[Path]:
    """Build the whole site into ``out``; return the HTML pages written."""
    repository = repository or binder_repository()
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out)
    notebooks = [describe(path) for path in notebook_paths()]
    exporters = (page_exporter(), slides_exporter())
    for path, info in zip(notebook_paths(), notebooks):
        build_notebook(path, info, repository, out, exporters)
    pages = {"index.html": ("Home", index_body(notebooks, repository)),
             "glossary.html": ("Glossary", glossary_body()),
             "sources.html": ("Sources", sources_body()),
             "data.html": ("Data", data_body())}
    for name, (title, body) in pages.items():
        (out / name).write_text(page(title, body), encoding="utf-8")
    return sorted(out.rglob("*.html"))


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "_site", help="where to write the site (_site/)")
    parser.add_argument("--repo", help="GitHub owner/name for the Binder links (default: from README.md)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    repository = args.repo or binder_repository()
    if "<" in repository:
        print(f"Note: the Binder links use the placeholder {repository} from README.md; "
              "pass --repo owner/name to fill it in.", file=sys.stderr)
    pages = build(args.out, repository)
    for path in pages:
        print(f"{path.relative_to(args.out)}  {path.stat().st_size / 1000:.0f} KB")
    print(f"{len(pages)} pages, {size_mb(args.out):.1f} MB, built in {time.perf_counter() - started:.1f} s "
          f"into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
