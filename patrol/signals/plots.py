"""Bulletin plots with matplotlib, as inline SVG: no files to lose, the same bytes for
the same data (fixed hash salt, no timestamp), and sharp in both HTML and PDF."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

matplotlib.rcParams.update({"svg.hashsalt": "patrol", "svg.fonttype": "none", "font.size": 9,
                            "axes.spines.top": False, "axes.spines.right": False})


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def time_series(periods, lines: dict[str, list[int]], title: str, ylabel: str = "documents") -> str:
    fig, ax = plt.subplots(figsize=(7.5, 2.8))
    for name, ys in lines.items():
        ax.plot(periods, ys, marker="o", markersize=3, linewidth=1.5, label=name)
    ax.set_title(title, loc="left")
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=7, frameon=False, ncols=2)
    fig.autofmt_xdate()
    return _svg(fig)


def bars(labels: list[str], values: list[float], title: str, xlabel: str = "documents") -> str:
    fig, ax = plt.subplots(figsize=(7.5, 0.3 * max(3, len(labels)) + 0.6))
    ax.barh(labels[::-1], values[::-1], color="#3b6ea5")
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    return _svg(fig)
