"""A local Shipturtle API sandbox: FastAPI on loopback, SQLite, hashed secrets (no Qt)."""

from app.sandbox.server import RunningSandbox, start_sandbox

__all__ = ["RunningSandbox", "start_sandbox"]
