"""A local web server with named misbehaviours, one per way the real web breaks.

``with MockWeb(robots="allow") as web:`` serves on a free port of 127.0.0.1.
The first path segment names the misbehaviour (``/slow/...``, ``/bomb/...``);
``robots`` names what ``/robots.txt`` does (a file from ``ROBOTS``, or a
misbehaviour from ``ROBOTS_MISBEHAVIOURS``: a redirect, a 503, a 429).
Every request is logged with its arrival time so tests can check the rate
limit from the server's side, and ``sent`` records how many body bytes each
path actually wrote.
"""

from __future__ import annotations

import gzip
import io
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

HTML = "text/html; charset=utf-8"
PAGE = b"<!DOCTYPE html><html><head><title>Dr. Jane Doe</title></head><body><h1>Dr. Jane Doe, MD</h1></body></html>"
ROBOTS = {
    "allow": b"User-agent: *\nAllow: /\n",
    "disallow": b"User-agent: *\nDisallow: /private/\n",
    "crawl-delay": b"User-agent: *\nCrawl-delay: 0.6\nAllow: /\n",
    # Binary noise, an HTML page and broken directives: what a misconfigured server sends.
    "garbage": b"\x89PNG\r\n\x1a\n\x00\xff\xfe<html><body>Disallow\x00: /\nUser-agent *** \n::::\nCrawl-delay: soon\n",
    # A site that answers every path with its web page.
    "html": b"<!DOCTYPE html><html><head><title>Welcome</title></head><body>Disallow: /</body></html>",
    "disallow-all": b"User-agent: *\nDisallow: /\n",
}
# Where an SSRF redirect points: the mock server itself, by a name no mirror maps (``localhost``).
INTERNAL_PATH = "/internal-admin/delete-everything?confirm=yes"


@cache
def gzip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """``size`` bytes of HTML-ish zeros, gzipped to a few tens of kilobytes."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        gz.write(b"<html><body>")
        block = b"\0" * (1024 * 1024)
        for _ in range(size // len(block)):
            gz.write(block)
    return out.getvalue()


def png(width: int, height: int) -> bytes:
    """A grey PNG of ``width`` x ``height``; compressed rows of zeros, so a huge one is small on the wire."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    packer = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    rows = 64
    block = row * rows
    data = [packer.compress(block) for _ in range(height // rows)] + [packer.compress(row * (height % rows))]
    idat = b"".join(data) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@cache
def image_bomb() -> bytes:
    """16000 x 16000 pixels: about 250 kB on the wire, a gigabyte once a browser decodes it."""
    return png(16_000, 16_000)


@cache
def page_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """``size`` bytes of real HTML markup (a DOM for a browser to build), gzipped to a few hundred kB."""
    out = io.BytesIO()
    row = b"<div class='r'><p>Dr. Jane Doe</p><span>row</span></div>\n"
    block = b"<!DOCTYPE html><html><body>" + row * (1024 * 1024 // len(row))
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6) as gz:
        for _ in range(size // len(block)):
            gz.write(block)
    return out.getvalue()


class Listener:
    """A TCP and a UDP port on 127.0.0.1 that count what reaches them: where a hostile page calls out to."""

    def __init__(self) -> None:
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.connections = 0
        self.datagrams = 0
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=f, daemon=True) for f in (self._accept, self._receive)]

    @property
    def ports(self) -> tuple[int, int]:
        return self.tcp.getsockname()[1], self.udp.getsockname()[1]

    def _accept(self) -> None:
        self.tcp.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.tcp.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def _receive(self) -> None:
        self.udp.settimeout(0.2)
        while not self._stop.is_set():
            try:
                self.udp.recvfrom(4096)
            except OSError:
                continue
            self.datagrams += 1

    def __enter__(self) -> Listener:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()
        self.tcp.close()
        self.udp.close()


class Handler(BaseHTTPRequestHandler):
    server: MockServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        web = self.server.web
        name = self.path.lstrip("/").split("/")[0].split("?")[0]
        with web.lock:
            web.log.append((time.monotonic(), self.path))
            web.agents.append(self.headers.get("User-Agent", ""))
            web.hits[name] += 1
            nth = web.hits[name]
        if self.path == "/robots.txt" and web.robots in ROBOTS_MISBEHAVIOURS:
            ROBOTS_MISBEHAVIOURS[web.robots](self, nth)
            return
        if self.path == "/robots.txt":
            self.send(200, ROBOTS[web.robots], "text/plain")
            return
        if self.path.startswith("/robots-hop/"):
            robots_hop(self, nth)
            return
        behaviour = MISBEHAVIOURS.get(name, ok)
        try:
            behaviour(self, nth)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up, as it should on a huge body

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))  # a form or JSON body: read, not looked at
        self.do_GET()

    def send(self, status: int, body: bytes, ctype: str = HTML, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)
        self.server.web.count_sent(self.path, len(body))

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


# -- the misbehaviours ------------------------------------------------------
def ok(h: Handler, nth: int) -> None:
    h.send(200, PAGE)


def slow(h: Handler, nth: int) -> None:
    """Answers only after ``slow_s`` seconds: longer than the client's read timeout."""
    time.sleep(h.server.web.slow_s)
    h.send(200, PAGE)


def drop(h: Handler, nth: int) -> None:
    """Reads the request, then closes the connection without a word."""
    h.close_connection = True
    h.connection.shutdown(socket.SHUT_RDWR)


def partial(h: Handler, nth: int) -> None:
    """Promises 100 kB, sends 1 kB, hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", HTML)
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(PAGE + b" " * (1000 - len(PAGE)))
    h.wfile.flush()
    h.close_connection = True
    h.connection.shutdown(socket.SHUT_RDWR)


def ratelimited(h: Handler, nth: int) -> None:
    """429 with ``Retry-After: 1`` the first time, then the page."""
    if nth == 1:
        h.send(429, b"<html><body>Too many requests</body></html>", Retry_After="1")
    else:
        h.send(200, PAGE)


def ratelimited_long(h: Handler, nth: int) -> None:
    """429 asking for an hour's pause, every time."""
    h.send(429, b"<html><body>Too many requests</body></html>", Retry_After="3600")


def unavailable_once(h: Handler, nth: int) -> None:
    """503 the first time, then the page."""
    if nth == 1:
        h.send(503, b"<html><body>Service unavailable</body></html>")
    else:
        h.send(200, PAGE)


def broken(h: Handler, nth: int) -> None:
    """500 every time (some sites' way of saying "no such user")."""
    h.send(500, b"<html><body>Internal Server Error</body></html>")


def loop(h: Handler, nth: int) -> None:
    """/loop/a -> /loop/b -> /loop/a ..."""
    h.redirect("/loop/b" if h.path.endswith("/a") else "/loop/a")


def to_login(h: Handler, nth: int) -> None:
    h.redirect("/accounts/login/?next=" + h.path)


def captcha(h: Handler, nth: int) -> None:
    h.send(200, b'<html><body><form><div class="g-recaptcha" data-sitekey="x"></div></form></body></html>')


def challenge(h: Handler, nth: int) -> None:
    """A Cloudflare-style interstitial: 403, ``cf-mitigated: challenge``, "Just a moment..."."""
    body = (
        b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
        b'<div id="challenge-body-text">Checking your browser</div>'
        b'<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>'
    )
    h.send(403, body, Server="cloudflare", cf_mitigated="challenge")


def forbidden(h: Handler, nth: int) -> None:
    h.send(403, b"<html><body><h1>403 Forbidden</h1></body></html>")


def huge(h: Handler, nth: int) -> None:
    """An endless page (200 MB if anyone read it all), without a Content-Length."""
    h.send_response(200)
    h.send_header("Content-Type", HTML)
    h.send_header("Connection", "close")
    h.end_headers()
    h.close_connection = True
    chunk = b"<p>" + b"x" * 65_530 + b"</p>"
    for _ in range(200 * 1024 * 1024 // len(chunk)):
        h.wfile.write(chunk)
        h.server.web.count_sent(h.path, len(chunk))


def bomb(h: Handler, nth: int) -> None:
    """64 MB of zeros in a gzip body of tens of kilobytes."""
    h.send(200, gzip_bomb(), HTML, Content_Encoding="gzip")


def wrong_type(h: Handler, nth: int) -> None:
    """A PDF where an HTML page was expected."""
    h.send(200, b"%PDF-1.7\n" + b"0" * 2_000_000, "application/pdf")


def header_trickle(h: Handler, nth: int) -> None:
    """The status line and headers one byte every ``trickle_s`` seconds: each byte beats the read timeout."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"z" * 80 + b"\r\n"
    head += b"Content-Length: %d\r\n\r\n" % len(PAGE)
    h.close_connection = True
    for byte in head:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(h.server.web.trickle_s)
    h.wfile.write(PAGE)


def body_trickle(h: Handler, nth: int) -> None:
    """Headers at once, then the body one byte every ``trickle_s`` seconds."""
    body = PAGE + b" " * 200
    h.send_response(200)
    h.send_header("Content-Type", HTML)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.close_connection = True
    for byte in body:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(h.server.web.trickle_s)


def ssrf_redirect(h: Handler, nth: int) -> None:
    """A page (a search result, say) that redirects to an admin URL on this machine that no mirror maps."""
    port = h.server.server_address[1]
    h.redirect(f"http://localhost:{port}{INTERNAL_PATH}")


def ssrf_hop(h: Handler, nth: int) -> None:
    """A redirect to another path of this mirrored server, which then redirects to the unmirrored admin URL."""
    h.redirect("/ssrf-redirect/then")


def missing(h: Handler, nth: int) -> None:
    h.send(404, b"<html><body><h1>Not found</h1></body></html>")


def unavailable(h: Handler, nth: int) -> None:
    """503, every time."""
    h.send(503, b"<html><body>Service unavailable</body></html>")


def link_flood(h: Handler, nth: int) -> None:
    """A 5 MB listing page of links, most of them repeated many times."""
    h.send(200, link_flood_page())


@cache
def link_flood_page(size: int = 5_000_000) -> bytes:
    """``size`` bytes of ``<a href>`` links: 20,000 distinct profile URLs, each repeated, some with fragments."""
    out = [b"<!DOCTYPE html><html><head><title>Directory</title></head><body><ul>"]
    total, n = len(out[0]), 0
    while total < size:
        line = b'<li><a href="/doctor/%d#top">Dr. %d</a></li>' % (n % 20_000, n)
        out.append(line)
        total += len(line)
        n += 1
    out.append(b"</ul></body></html>")
    return b"".join(out)


def latin1(h: Handler, nth: int) -> None:
    """Windows-1252 bytes, no charset anywhere."""
    h.send(
        200,
        "<html><head><title>Dr. José Müller – Café</title></head><body></body></html>".encode("cp1252"),
        "text/html",
    )


def malformed(h: Handler, nth: int) -> None:
    """Unclosed tags, a stray NUL, broken entities and an undeclared ISO-8859-1 body."""
    body = (
        b"<html><head><title>Dr. Jane Doe</title><body><div><p>Dermatology <b>Portland &amp OR"
        b"<table><tr><td>Caf\xe9 \x00 <img src=x <a href='/x'>link</p></div></span></span>"
    )
    h.send(200, body, "text/html")


def sockets(h: Handler, nth: int) -> None:
    """A page whose script calls another port of this host (``?tcp=PORT&udp=PORT``): a WebSocket, a WebRTC
    STUN request, a fetch, a beacon and a worker's fetch. A browser that obeys the rules sends none."""
    query = dict(part.split("=", 1) for part in h.path.partition("?")[2].split("&") if "=" in part)
    tcp, udp = int(query.get("tcp", "9")), int(query.get("udp", "9"))
    script = f"""
      try {{ new WebSocket('ws://127.0.0.1:{tcp}/ws'); }} catch (e) {{}}
      try {{
        const pc = new RTCPeerConnection({{iceServers: [{{urls: 'stun:127.0.0.1:{udp}'}}]}});
        pc.createDataChannel('x'); pc.createOffer().then(o => pc.setLocalDescription(o));
      }} catch (e) {{}}
      try {{ fetch('http://127.0.0.1:{tcp}/fetch'); }} catch (e) {{}}
      try {{ navigator.sendBeacon('http://127.0.0.1:{tcp}/beacon', 'x'); }} catch (e) {{}}
      try {{ new Worker(URL.createObjectURL(new Blob(["fetch('http://127.0.0.1:{tcp}/worker')"]))); }} catch (e) {{}}
    """
    body = "<!DOCTYPE html><html><head><title>Dr. Jane Doe</title></head><body><h1>Dr. Jane Doe, MD</h1>"
    body += f"<img src='http://127.0.0.1:{tcp}/pixel.png'><script>{script}</script></body></html>"
    h.send(200, body.encode())


def flood(h: Handler, nth: int) -> None:
    """/flood/: a page of 200 same-origin images (/flood/img/N.png) and one robots.txt disallows (/private/)."""
    if "/img/" in h.path:
        h.send(200, png(8, 8), "image/png")
        return
    images = "".join(f"<img src='/flood/img/{n}.png' width=8 height=8>" for n in range(200))
    body = f"<!DOCTYPE html><html><body><h1>Dr. Jane Doe, MD</h1><img src='/private/me.png'>{images}</body></html>"
    h.send(200, body.encode())


def pagebomb(h: Handler, nth: int) -> None:
    """64 MB of HTML markup in a gzip body of a few hundred kilobytes."""
    h.send(200, page_bomb(), HTML, Content_Encoding="gzip")


def imagebomb(h: Handler, nth: int) -> None:
    """/imagebomb/: a page showing one image that takes a gigabyte to decode (/imagebomb/big.png)."""
    if h.path.endswith(".png"):
        h.send(200, image_bomb(), "image/png")
        return
    page = b"<!DOCTYPE html><html><body><h1>Dr. Jane Doe</h1><img src='/imagebomb/big.png' width=320></body></html>"
    h.send(200, page)


EXPOSED = b"""<!DOCTYPE html><html><head><title>Jane Doe - people search</title>
<style>* { outline: none !important; } .r { margin: 0 0 1.2em; } .spacer { height: 2400px; }</style></head>
<body><h1>Jane Doe in Portland, OR</h1><p class="spacer">Records below.</p>
<div class="r"><h2>Jane Q Doe</h2><p>Age: <b>47</b></p>
<p>Current home address: <a href="/x">4417 SE <b>Larkspur</b> Ct, Portland, OR 97206</a></p>
<p>Phone: (971) 555-0188</p></div><p class="spacer">More records.</p>
<script>for (const r of document.querySelectorAll('.r')) r.remove();</script></body></html>"""


def exposed(h: Handler, nth: int) -> None:
    """/exposed/: a people-search page with a home address far below the first screen, split across elements,
    a style that removes every outline, and a script that removes the record (a page shown with its scripts
    off still has it)."""
    h.send(200, EXPOSED)


# -- robots.txt misbehaviours ------------------------------------------------
def robots_redirect(h: Handler, nth: int) -> None:
    """robots.txt moved permanently, to a file that disallows everything."""
    h.redirect("/robots-hop/moved.txt", 301)


def robots_redirect_chain(h: Handler, nth: int) -> None:
    """robots.txt redirected six times in a row (more than RFC 9309's five), on to a disallow-all file."""
    h.redirect("/robots-hop/1", 301)


def robots_unavailable(h: Handler, nth: int) -> None:
    """robots.txt answers 503: the server is in trouble, so the whole site is off limits (RFC 9309)."""
    h.send(503, b"<html><body>Service unavailable</body></html>")


def robots_ratelimited(h: Handler, nth: int) -> None:
    h.send(429, b"<html><body>Too many requests</body></html>")


def robots_missing(h: Handler, nth: int) -> None:
    """No robots.txt (404): everything is allowed."""
    h.send(404, b"<html><body>Not found</body></html>")


def robots_hop(h: Handler, nth: int) -> None:
    """/robots-hop/1 .. /5 redirect to the next; anything else is a file that disallows everything."""
    last = h.path.rsplit("/", 1)[1]
    if last.isdigit() and int(last) < 6:
        h.redirect(f"/robots-hop/{int(last) + 1}", 301)
    else:
        h.send(200, ROBOTS["disallow-all"], "text/plain")


ROBOTS_MISBEHAVIOURS: dict[str, Callable[[Handler, int], None]] = {
    "redirect": robots_redirect,
    "redirect-chain": robots_redirect_chain,
    "503": robots_unavailable,
    "429": robots_ratelimited,
    "404": robots_missing,
}


MISBEHAVIOURS: dict[str, Callable[[Handler, int], None]] = {
    "slow": slow,
    "drop": drop,
    "partial": partial,
    "ratelimited": ratelimited,
    "ratelimited-long": ratelimited_long,
    "unavailable-once": unavailable_once,
    "broken": broken,
    "loop": loop,
    "to-login": to_login,
    "captcha": captcha,
    "challenge": challenge,
    "forbidden": forbidden,
    "huge": huge,
    "bomb": bomb,
    "wrong-type": wrong_type,
    "latin1": latin1,
    "malformed": malformed,
    "sockets": sockets,
    "flood": flood,
    "pagebomb": pagebomb,
    "imagebomb": imagebomb,
    "exposed": exposed,
    "header-trickle": header_trickle,
    "body-trickle": body_trickle,
    "ssrf-redirect": ssrf_redirect,
    "ssrf-hop": ssrf_hop,
    "missing": missing,
    "unavailable": unavailable,
    "link-flood": link_flood,
}


class MockServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, web: MockWeb) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.web = web

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up on a bomb or an endless page is doing its job: no traceback on stderr.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class MockWeb:
    def __init__(self, robots: str = "allow", slow_s: float = 3.0, trickle_s: float = 0.2) -> None:
        self.robots = robots
        self.slow_s = slow_s
        self.trickle_s = trickle_s
        self.log: list[tuple[float, str]] = []
        self.agents: list[str] = []
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()
        self.lock = threading.Lock()
        self._server = MockServer(self)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def count_sent(self, path: str, n: int) -> None:
        with self.lock:
            self.sent[path] += n

    def times(self) -> list[float]:
        with self.lock:
            return [t for t, _ in self.log]

    def __enter__(self) -> MockWeb:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
