"""Charts as PNG bytes, drawn with matplotlib's Agg backend (no display needed)."""
from __future__ import annotations

import io
from datetime import date

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

QUAD_COLORS = {"verbal_coop": "#7fb3d5", "material_coop": "#1f618d",
               "verbal_conflict": "#f5b041", "material_conflict": "#c0392b"}
TIE_COLORS = {"alliance": "#1e8449", "cooperation": "#5dade2", "conflict": "#c0392b",
              "mixed": "#aab7b8"}


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _empty(title: str) -> bytes:
    fig, ax = plt.subplots(figsize=(8, 1.5))
    ax.axis("off")
    ax.text(0.5, 0.5, f"{title}: no events", ha="center", va="center")
    return _png(fig)


def dyad_chart(rows: list[dict], a: str, b: str) -> bytes:
    """Stacked event counts by quad class per period, escalation index on a second axis."""
    if not rows:
        return _empty(f"{a} – {b}")
    fig, ax = plt.subplots(figsize=(9, 4))
    x = np.arange(len(rows))
    bottom = np.zeros(len(rows))
    for key, color in QUAD_COLORS.items():
        values = np.array([r[key] for r in rows], dtype=float)
        ax.bar(x, values, bottom=bottom, color=color, label=key.replace("_", " "))
        bottom += values
    ax.set_ylabel("events")
    step = max(1, len(rows) // 12)
    ax.set_xticks(x[::step], [r["period"][:7] for r in rows][::step], rotation=45, ha="right")
    twin = ax.twinx()
    twin.plot(x, [r["escalation_index"] for r in rows], color="black", marker="o", lw=1.5,
              label="escalation index")
    twin.axhline(0, color="grey", lw=0.5)
    twin.set_ylabel("escalation index")
    ax.set_title(f"{a} – {b}")
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    return _png(fig)


def escalation_chart(rows: list[dict]) -> bytes:
    if not rows:
        return _empty("Escalation")
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(rows) + 1.2))
    labels = [f"{r['actor_a']} – {r['actor_b']}" for r in rows][::-1]
    values = [r["z"] for r in rows][::-1]
    colors = ["#c0392b" if r["alert"] else "#7f8c8d" for r in rows][::-1]
    ax.barh(labels, values, color=colors)
    ax.axvline(0, color="black", lw=0.5)
    ax.set_xlabel("escalation z (recent window vs baseline); red = alert")
    ax.set_title(f"Escalation, window ending {rows[0]['window_end']}")
    return _png(fig)


def _layout(nodes: list[str], edges: list[tuple[int, int, float]], steps: int = 200) -> np.ndarray:
    """A small deterministic force-directed layout."""
    rng = np.random.default_rng(0)
    pos = rng.uniform(-1, 1, (len(nodes), 2))
    for step in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1) + 1e-6
        force = (delta / dist[..., None] ** 2 * 0.02).sum(axis=1)
        for i, j, w in edges:
            pull = (pos[j] - pos[i]) * 0.05 * min(w, 5)
            force[i] += pull
            force[j] -= pull
        pos += force * (1 - step / steps)
        pos -= pos.mean(axis=0)
    return pos


def network_chart(network: dict) -> bytes:
    nodes = [n["id"] for n in network["nodes"]]
    if not nodes:
        return _empty("Network")
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[e["a"]], index[e["b"]], max(e["affinity"], 0.2)) for e in network["edges"]]
    pos = _layout(nodes, edges)
    fig, ax = plt.subplots(figsize=(8, 7))
    for e in network["edges"]:
        i, j = index[e["a"]], index[e["b"]]
        ax.plot(*zip(pos[i], pos[j]), color=TIE_COLORS[e["tie"]], lw=0.8 + min(e["events"], 10) * 0.4,
                alpha=0.8, zorder=1)
    communities = sorted({n["community"] for n in network["nodes"]})
    cmap = plt.get_cmap("tab10")
    colors = [cmap(communities.index(n["community"]) % 10) for n in network["nodes"]]
    sizes = [80 + 25 * n["events"] for n in network["nodes"]]
    ax.scatter(pos[:, 0], pos[:, 1], s=sizes, c=colors, zorder=2, edgecolors="black")
    for name, (x, y) in zip(nodes, pos):
        ax.annotate(name, (x, y), textcoords="offset points", xytext=(6, 6), fontsize=9)
    for tie, color in TIE_COLORS.items():
        ax.plot([], [], color=color, label=tie)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title("Actor network (node colour = community)")
    ax.axis("off")
    return _png(fig)


def timeline_chart(rows: list[dict]) -> bytes:
    if not rows:
        return _empty("Timeline")
    from ..coding.tables import cameo

    fig, ax = plt.subplots(figsize=(9, 3.5))
    days = [date.fromisoformat(r["day"]) for r in rows]
    goldstein = [cameo(r["cameo"]).goldstein for r in rows]
    colors = ["#c0392b" if g < 0 else "#1f618d" for g in goldstein]
    ax.scatter(days, goldstein, c=colors, s=[20 + 15 * r["documents"] for r in rows])
    ax.axhline(0, color="grey", lw=0.5)
    ax.set_ylabel("Goldstein")
    ax.set_title("Key events")
    fig.autofmt_xdate()
    return _png(fig)
