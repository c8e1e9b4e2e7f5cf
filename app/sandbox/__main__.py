"""Command line: `python -m app.sandbox` serves the local Shipturtle API sandbox."""

import argparse
import faulthandler
import logging
import sys

import uvicorn

from app.sandbox.features import ALL, OPTIONAL_FEATURES, SEED, Features
from app.sandbox.middleware import AccessLog
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, STARTER_EMAIL, STARTER_PASSWORD
from app.sandbox.server import LOOPBACK, build_sandbox, server_config
from app.sandbox.storage import StorageError
from app.storage.paths import AppPaths


def _parse(argv: list[str]) -> argparse.Namespace:
    default_db = AppPaths.from_environment().data_dir / "sandbox.sqlite3"
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox", description="Serve the local Shipturtle API sandbox."
    )
    parser.add_argument("--host", default=LOOPBACK, help="address to bind (default: loopback)")
    parser.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    parser.add_argument(
        "--db", default=str(default_db), help=f"SQLite file or :memory: (default: {default_db})"
    )
    parser.add_argument(
        "--latency-ms", type=int, default=0, help="delay added to every request, to try slowness"
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="comma-separated addresses of proxies whose X-Forwarded-For is believed "
        "(default: none; the address a call came from is the connection's)",
    )
    parser.add_argument(
        "--features",
        type=_features,
        default=Features(),
        help=f"the optional parts of the contract to offer: {ALL} (the default), {SEED} (only "
        "what Shipturtle's help page describes: sign in, list, create, revoke; no "
        f"/v1/capabilities either), or a comma-separated list of: {', '.join(OPTIONAL_FEATURES)}",
    )
    return parser.parse_args(argv)


def _features(text: str) -> Features:
    try:
        return Features.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    # A fault no exception can carry (SIGBUS from a journal file made unwritable under the
    # running server) still says where it struck, rather than nothing at all.
    faulthandler.enable()
    try:
        sandbox = build_sandbox(
            args.db, latency_ms=args.latency_ms, host=args.host, features=args.features
        )
    except StorageError as error:
        print(error, file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Shipturtle API sandbox on http://{host}:{args.port}  (database: {args.db})")
    print(f"  Sign in as {DEMO_EMAIL} / {DEMO_PASSWORD} (Demo Store, API Integration on)")
    print(f"  or {STARTER_EMAIL} / {STARTER_PASSWORD} (Starter Store, no add-on)")
    offered = ", ".join(args.features.in_order()) or "none (only the seed's part)"
    print(f"  Optional parts offered: {offered}")
    print(f"  API docs: http://{host}:{args.port}/docs    Stop with Ctrl+C.", flush=True)
    config = server_config(
        AccessLog(sandbox.app),
        args.host,
        args.port,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    uvicorn.Server(config).run()
    sandbox.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
