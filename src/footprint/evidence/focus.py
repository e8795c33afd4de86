"""Shooting what a finding is about: find its text on the page, outline it, shoot that region.

Runs on the browser's thread as the work of one visit
(:meth:`footprint.fetch.browser.Browser.visit`), with the page's own
scripts off; these functions run in the page through Playwright, which
works with JavaScript disabled.

The text is looked for as the finding gives it: its ``highlight`` (the
exposed part) inside its ``excerpt`` where both are on the page, else the
highlight alone, else the excerpt. Whitespace and case are ignored first;
then punctuation too ("Age 47" matches "Age: 47" across two elements), for
needles long enough not to match by chance. Each text node the match covers
is wrapped in an outlined mark, drawn over whatever the page's own styles
say; the shot is the marks' box with context around it, at least
:data:`MIN_WIDTH` CSS pixels wide, at the page's own scale (readable, not a
thumbnail). The marks are removed before the next needle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

OUTLINE = (230, 0, 126)  # the outline's colour: a magenta no site uses for text, so a test can find it
OUTLINE_PX = 4
MIN_WIDTH = 720
MAX_HEIGHT = 1600
CONTEXT_Y = 110
CONTEXT_X = 48
MIN_FUZZY = 5  # letters and digits a needle needs before punctuation is ignored


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.x + other.width <= self.x + self.width
            and other.y + other.height <= self.y + self.height
        )


@dataclass(frozen=True)
class Needle:
    """What one finding wants shown: the exposed part and the text around it."""

    highlight: str
    excerpt: str

    @property
    def key(self) -> str:
        return f"{self.highlight}\x00{self.excerpt}"


@dataclass(frozen=True)
class Shot:
    """One region shot: the PNG, the outlined box and the clip (page coordinates), and the outlined text."""

    png: bytes
    box: Box
    clip: Box
    text: str


@dataclass(frozen=True)
class Photos:
    """What one visit shot: the top of the page (when asked) and a shot per needle found."""

    top: bytes | None
    shots: dict[str, Shot]


MARK_JS = """
({highlight, excerpt, colour, width, fuzzy}) => {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD']);
  const root = document.body || document.documentElement;
  if (!root) return null;
  const spaced = {text: '', at: []}, dense = {text: '', at: []};
  let space = true;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip.has(parent.tagName) || !parent.getClientRects().length) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i].toLowerCase();
      if (/\\s/.test(c)) {
        if (!space) { spaced.text += ' '; spaced.at.push([node, i]); space = true; }
        continue;
      }
      spaced.text += c; spaced.at.push([node, i]); space = false;
      if (/[\\p{L}\\p{N}]/u.test(c)) { dense.text += c; dense.at.push([node, i]); }
    }
  }
  const squash = s => s.toLowerCase().replace(/\\s+/g, ' ').trim();
  const strip = s => s.toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, '');
  const ranges = needle => {
    const out = [];
    for (const [index, want] of [[spaced, squash(needle)], [dense, strip(needle)]]) {
      if (!want || (index === dense && want.length < fuzzy)) continue;
      for (let i = index.text.indexOf(want); i >= 0 && out.length < 50; i = index.text.indexOf(want, i + 1)) {
        const [startNode, startOffset] = index.at[i];
        const [endNode, endOffset] = index.at[i + want.length - 1];
        const range = document.createRange();
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset + 1);
        out.push(range);
      }
      if (out.length) break;
    }
    return out;
  };
  const around = excerpt && excerpt.length <= 4000 ? ranges(excerpt)[0] : undefined;
  const inside = r => around && around.comparePoint(r.startContainer, r.startOffset) === 0
    && around.comparePoint(r.endContainer, r.endOffset) === 0;
  const found = highlight ? ranges(highlight) : [];
  const chosen = found.find(inside) || found[0] || around;
  if (!chosen) return null;
  // Wrap every text node the range covers (or the part of it) in an outlined mark.
  const nodes = [];
  const it = document.createTreeWalker(chosen.commonAncestorContainer.nodeType === 3
    ? chosen.commonAncestorContainer.parentNode : chosen.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = it.nextNode(); node; node = it.nextNode()) if (chosen.intersectsNode(node)) nodes.push(node);
  if (!nodes.length && chosen.startContainer.nodeType === 3) nodes.push(chosen.startContainer);
  const text = chosen.toString();
  const marks = [];
  for (let node of nodes) {
    let from = node === chosen.startContainer ? chosen.startOffset : 0;
    let to = node === chosen.endContainer ? chosen.endOffset : node.data.length;
    if (to <= from || !node.data.slice(from, to).trim()) continue;
    if (to < node.data.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    const mark = document.createElement('footprint-mark');
    const set = (k, v) => mark.style.setProperty(k, v, 'important');
    set('display', 'inline'); set('visibility', 'visible'); set('opacity', '1');
    set('outline', `${width}px solid rgb(${colour.join(',')})`); set('outline-offset', '2px');
    set('background', '#fff3a0'); set('color', '#000');
    node.parentNode.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  if (!marks.length) return null;
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const mark of marks) for (const r of mark.getClientRects()) {
    x1 = Math.min(x1, r.left); y1 = Math.min(y1, r.top); x2 = Math.max(x2, r.right); y2 = Math.max(y2, r.bottom);
  }
  if (!(x2 > x1 && y2 > y1)) return null;
  const pad = width + 2;
  const doc = document.documentElement;
  return {
    text,
    box: {x: x1 + scrollX - pad, y: y1 + scrollY - pad, width: x2 - x1 + 2 * pad, height: y2 - y1 + 2 * pad},
    page: {width: Math.max(doc.scrollWidth, root.scrollWidth), height: Math.max(doc.scrollHeight, root.scrollHeight)},
  };
}
"""

UNMARK_JS = """
() => {
  for (const mark of [...document.querySelectorAll('footprint-mark')]) {
    const parent = mark.parentNode;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
"""


def clip_for(box: Box, page_width: float, page_height: float) -> Box:
    """The region to shoot around ``box``: context on every side, MIN_WIDTH wide at least, within the page."""
    width = min(max(box.width + 2 * CONTEXT_X, MIN_WIDTH), max(page_width, box.width))
    x = min(max(0.0, box.x + box.width / 2 - width / 2), max(0.0, page_width - width))
    x = min(x, box.x)
    height = min(box.height + 2 * CONTEXT_Y, MAX_HEIGHT)
    y = max(0.0, box.y - CONTEXT_Y) if box.height + 2 * CONTEXT_Y <= MAX_HEIGHT else max(0.0, box.y)
    return Box(round(x), round(y), round(width), round(height))


def shoot(page: Any, response: Any, needles: Sequence[Needle], top: bool) -> Photos:
    """The top of the page (if ``top``) and an outlined region per needle found; nothing for an error page."""
    if response is None or response.status >= 400:
        return Photos(None, {})
    first = page.screenshot(full_page=False) if top else None
    shots: dict[str, Shot] = {}
    for needle in needles:
        spot = page.evaluate(
            MARK_JS,
            {
                "highlight": needle.highlight,
                "excerpt": needle.excerpt,
                "colour": list(OUTLINE),
                "width": OUTLINE_PX,
                "fuzzy": MIN_FUZZY,
            },
        )
        if not spot:
            continue
        try:
            box = Box(**spot["box"])
            clip = clip_for(box, float(spot["page"]["width"]), float(spot["page"]["height"]))
            png = page.screenshot(clip=_as_dict(clip), full_page=True)
            shots[needle.key] = Shot(png, box, clip, str(spot["text"]))
        finally:
            page.evaluate(UNMARK_JS)
    return Photos(first, shots)


def _as_dict(box: Box) -> dict[str, float]:
    return {"x": box.x, "y": box.y, "width": box.width, "height": box.height}
