"""Shipturtle Tokens: a desktop app for managing Shipturtle API access tokens."""

__version__ = "0.1.0"
APP_NAME = "Shipturtle Tokens"
