"""Serve the archive with Python's standard library: its http.server, plus the archive's types in UTF-8 and its 404 page.

The archive at the root of a site (/srv/archive holds index.html, 404.html, zh-hans/ …):
    python3 python-server.py 8080 --directory /srv/archive
Under /mirror/summit-archive/ of a site served from /srv/www:
    python3 python-server.py 8080 --directory /srv/www --not-found /mirror/summit-archive/404.html
No compression. (Plain `python3 -m http.server` also works, but sends .bib without a charset and its own 404 page.)
"""

import argparse
import functools
import http.server
import os

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".bib": "text/x-bibtex; charset=utf-8",
    ".ris": "application/x-research-info-systems; charset=utf-8",
    ".svg": "image/svg+xml",
}


class ArchiveHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def __init__(self, *args, not_found, **kwargs):
        self.not_found = not_found
        super().__init__(*args, **kwargs)

    def guess_type(self, path):
        if os.path.basename(path) == "feed.xml":
            return "application/atom+xml; charset=utf-8"
        return super().guess_type(path)

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, self.not_found.lstrip("/"))
        if code != 404 or not os.path.isfile(page):
            return super().send_error(code, message, explain)
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(404)
        self.send_header("Content-Type", TYPES[".html"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int, nargs="?", default=8080)
    parser.add_argument("--bind", default="")
    parser.add_argument("--directory", default=os.getcwd())
    parser.add_argument("--not-found", default="/404.html", help="the archive's 404 page, as a URL path")
    args = parser.parse_args()
    handler = functools.partial(ArchiveHandler, directory=args.directory, not_found=args.not_found)
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as server:
        print(f"Serving {args.directory} on port {args.port}")
        server.serve_forever()
