"""A local Shipturtle API sandbox: FastAPI on loopback, SQLite, hashed secrets (no Qt)."""

from app.sandbox.server import DEMO_PORT, RunningSandbox, start_sandbox

__all__ = ["DEMO_PORT", "RunningSandbox", "start_sandbox"]
