"""The flows that listen to the main window, built with it: help, locking, creating, the rest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.services.clipboard import SecretClipboard
from app.services.idle_watch import IdleClock, IdleWatch
from app.services.token_service import OnFailure, TokenService
from app.storage.settings import Preferences
from app.ui.create_flow import CreateFlow
from app.ui.hand_off_watch import HandOffWatch
from app.ui.help_flow import HelpFlow, UrlOpener
from app.ui.lock_flow import LockFlow
from app.ui.shared.session_scope import SessionScope
from app.ui.sign_in.session_flow import SessionFlow
from app.ui.token_actions import TokenActions
from app.ui.tokens.notifier import ExpiryNotifier
from app.ui.tokens.token_model import utc_now

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.ui.tokens.main_window import MainWindow


@dataclass(frozen=True)
class WindowFlows:
    """What the controller still speaks to after building them."""

    create: CreateFlow
    lock: LockFlow
    notifier: ExpiryNotifier
    hand_offs: HandOffWatch


@dataclass(frozen=True)
class FlowParts:
    """What every flow is built from: the app's collaborators."""

    service: TokenService
    clipboard: SecretClipboard
    preferences: Preferences
    scope: SessionScope
    session: SessionFlow
    open_url: UrlOpener
    idle_clock: IdleClock


def build_window_flows(
    window: MainWindow,
    parts: FlowParts,
    *,
    on_failure: OnFailure,
    on_plan_missing: Callable[[], None],
    parent: QObject,
) -> WindowFlows:
    """Help, lock, create, and details, rotation, checks and revokes from the list."""
    service, clipboard, scope = parts.service, parts.clipboard, parts.scope
    HelpFlow(service, window, parts.open_url, parent=parent)
    idle = IdleWatch(parts.idle_clock, parent)
    lock = LockFlow(parts.session, scope, window, parts.preferences, idle, parent)
    create = CreateFlow(
        service,
        clipboard,
        window,
        scope,
        on_failure=on_failure,
        on_plan_missing=on_plan_missing,
        parent=parent,
    )
    notifier = ExpiryNotifier(parts.preferences, utc_now, parent=parent)
    hand_offs = HandOffWatch(service, window, utc_now, notifier.tell, parent)
    TokenActions(
        service,
        clipboard,
        window,
        create.hand_off,  # the same words in every message to a developer
        utc_now,
        scope,
        on_failure=on_failure,
        on_switched=notifier.switched,
        link_sender=create.link_sender,
        on_receipts=hand_offs.update,
        parent=parent,
    )
    return WindowFlows(create, lock, notifier, hand_offs)
