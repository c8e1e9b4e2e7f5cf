"""The interactive API docs at /docs, served whole by the sandbox: no CDN, nothing from
another origin (Swagger UI's files come from the swagger-ui-py package)."""

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response

from app.sandbox.postman import rendered

# What the page loads, all from this server: Swagger UI's bundle and stylesheet.
ASSETS = ("swagger-ui-bundle.js", "swagger-ui.css")
_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/start.js"></script>
</body>
</html>
"""
# validatorUrl null: Swagger UI would otherwise send the contract to validator.swagger.io.
_START = """window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#docs",
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: false,
  persistAuthorization: false
});
"""
# Scripts from this origin only, and nothing sent anywhere else.
_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = {"Content-Security-Policy": _POLICY, "Cache-Control": "no-cache"}


def assets_folder() -> Path | None:
    """Where Swagger UI's files are: in the installed package, or in the frozen app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        folder = Path(bundle) / "resources" / "swagger-ui"
        return folder if folder.is_dir() else None
    spec = importlib.util.find_spec("swagger_ui")  # found, not imported: it pulls in jinja2
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def add_docs(app: FastAPI, title: str) -> None:
    """/docs and its assets (the app is built with docs_url=None)."""
    folder = assets_folder()

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        if folder is None:
            return HTMLResponse("The API docs are not installed here.", status_code=404)
        return HTMLResponse(_PAGE.format(title=title), headers=_HEADERS)

    @app.get("/docs/assets/start.js", include_in_schema=False)
    def start() -> Response:
        return Response(_START, media_type="text/javascript", headers=_HEADERS)

    @app.get("/docs/postman.json", include_in_schema=False)
    def postman() -> Response:
        """The developer's Postman collection, from this server's own contract."""
        body = rendered(app.openapi())
        return Response(body, media_type="application/json", headers=_HEADERS)

    for name in ASSETS:  # each by its fixed name: nothing from the request names a file
        app.add_api_route(f"/docs/assets/{name}", _asset(folder, name), include_in_schema=False)


def _asset(folder: Path | None, name: str) -> Callable[[], Response]:
    media = "text/javascript" if name.endswith(".js") else "text/css"

    def asset() -> Response:
        if folder is None:
            return Response(status_code=404)
        return FileResponse(folder / name, media_type=media, headers=_HEADERS)

    return asset
