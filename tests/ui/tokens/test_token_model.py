"""The token table model and its proxy: Qt's model checks, texts, filters and in-place updates."""

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.api.models import AccessToken, TokenStatus
from app.services.token_changes import token_changes
from app.ui.tokens.token_filter import TokenFilterProxy
from app.ui.tokens.token_model import Column, TokenTableModel

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def token(index: int, **changes: object) -> AccessToken:
    base = AccessToken(
        id=f"at_{index}",
        username=f"user-{index}",
        permissions=("orders", "products"),
        status=TokenStatus.ACTIVE,
        created_at=NOW - timedelta(days=3),
        expires_at=None,
        revoked_at=None,
        last_used_at=None,
        token_hint="ab12",
        note=f"note {index}",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def model_with(*tokens: AccessToken) -> TokenTableModel:
    model = TokenTableModel(clock=lambda: NOW)
    model.set_tokens(tokens)
    return model


def text(model: TokenTableModel, row: int, column: Column) -> str:
    return str(model.data(model.index(row, column)))


def test_model_and_proxy_pass_qt_model_tests(qtmodeltester: ModelTester) -> None:
    model = model_with(*(token(i) for i in range(5)))
    qtmodeltester.check(model)
    proxy = TokenFilterProxy(model)
    proxy.set_search_text("user-1")
    qtmodeltester.check(proxy)
    model.update_token(token(9))
    model.update_token(token(1, status=TokenStatus.REVOKED))


def test_cells_read_like_a_person_would_say_them() -> None:
    model = model_with(
        token(1, last_used_at=NOW - timedelta(hours=3), expires_at=NOW + timedelta(days=5))
    )
    assert text(model, 0, Column.USERNAME) == "user-1"
    assert text(model, 0, Column.PERMISSIONS) == "Order API Access, Product API Access"
    assert text(model, 0, Column.CREATED) == "3 days ago"
    assert text(model, 0, Column.LAST_USED) == "3 hours ago"
    assert text(model, 0, Column.EXPIRES) == "in 5 days"
    assert text(model, 0, Column.STATUS) == "Active"
    assert text(model, 0, Column.TOKEN) == "\u2026 ab12"
    tooltip = model.data(model.index(0, Column.CREATED), Qt.ItemDataRole.ToolTipRole)
    assert "2026" in tooltip
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Username"


def test_never_and_expiring_soon(qapp: object) -> None:
    # The warning icon comes from the application's style: it needs an application.
    model = model_with(token(1), token(2, expires_at=NOW + timedelta(days=6)))
    assert text(model, 0, Column.LAST_USED) == "Never"
    assert text(model, 0, Column.EXPIRES) == "Never"
    assert model.data(model.index(0, Column.EXPIRES), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(1, Column.EXPIRES), Qt.ItemDataRole.DecorationRole) is not None
    assert "Expires soon" in model.data(model.index(1, Column.EXPIRES), Qt.ItemDataRole.ToolTipRole)


def test_inactive_rows_are_greyed() -> None:
    model = model_with(token(1), token(2, status=TokenStatus.REVOKED))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_search_by_username_and_note_and_filter_by_status() -> None:
    model = model_with(
        token(1, note="Warehouse picking app"),
        token(2, username="catalog-import"),
        token(3, status=TokenStatus.REVOKED, note="warehouse, old"),
    )
    proxy = TokenFilterProxy(model)
    assert proxy.rowCount() == 3
    proxy.set_search_text("WAREHOUSE")
    assert proxy.rowCount() == 2
    proxy.set_status(TokenStatus.ACTIVE)
    assert proxy.rowCount() == 1
    proxy.set_search_text("")
    assert proxy.rowCount() == 2
    proxy.set_status(TokenStatus.REVOKED)
    assert proxy.rowCount() == 1


def test_sorting_uses_real_values_not_words() -> None:
    model = model_with(
        token(1, created_at=NOW - timedelta(days=40)),
        token(2, created_at=NOW - timedelta(hours=2)),
        token(3, created_at=NOW - timedelta(days=3)),
    )
    proxy = TokenFilterProxy(model)
    proxy.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    order = [proxy.index(row, Column.USERNAME).data() for row in range(3)]
    assert order == ["user-2", "user-3", "user-1"]


def test_update_changes_one_row_without_a_reset(qtbot: object) -> None:
    model = model_with(token(1), token(2))
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.update_token(token(2, status=TokenStatus.REVOKED))
    assert resets == []
    assert changed == [1]
    assert text(model, 1, Column.STATUS) == "Revoked"


def test_filters_keep_up_with_changed_and_new_tokens(qtmodeltester: ModelTester) -> None:
    model = model_with(token(1), token(2), token(3, username="other"))
    proxy = TokenFilterProxy(model)
    proxy.set_status(TokenStatus.ACTIVE)
    proxy.set_search_text("user")
    assert proxy.rowCount() == 2
    model.update_token(token(2, status=TokenStatus.REVOKED))
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["user-1"]
    model.update_token(token(4))
    assert proxy.rowCount() == 2
    model.update_token(token(3, username="user-3"))
    assert proxy.rowCount() == 3
    model.set_tokens([token(5), token(6, status=TokenStatus.EXPIRED)])
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["user-5"]
    qtmodeltester.check(proxy)


def test_a_keystroke_that_shows_the_same_rows_redoes_nothing() -> None:
    model = model_with(token(1), token(2), token(3, username="other"))
    proxy = TokenFilterProxy(model)
    proxy.set_search_text("u")
    changes: list[str] = []
    for signal in (proxy.rowsRemoved, proxy.rowsInserted, proxy.layoutChanged, proxy.modelReset):
        signal.connect(lambda *_: changes.append("changed"))
    proxy.set_search_text("us")
    proxy.set_search_text("user")
    assert changes == []
    assert proxy.rowCount() == 2
    proxy.set_search_text("user-1")
    assert changes
    assert proxy.rowCount() == 1


def _spoken(model: TokenTableModel, row: int, column: Column) -> tuple[object, object]:
    """What a screen reader reading the row has of a cell: its text and description."""
    index = model.index(row, column)
    return (
        model.data(index, Qt.ItemDataRole.AccessibleTextRole),
        model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole),
    )


def test_a_row_read_aloud_says_when_a_token_expires_soon() -> None:
    """Orca reads a row cell by cell, names only: the warning icon was all that said so."""
    model = model_with(token(0, expires_at=NOW + timedelta(days=3)))
    spoken, _described = _spoken(model, 0, Column.EXPIRES)
    assert spoken == "in 3 days, expires soon"
    later = model_with(token(0, expires_at=NOW + timedelta(days=90)))
    assert _spoken(later, 0, Column.EXPIRES)[0] == "in 3 months"


def test_the_permissions_cell_is_not_said_twice() -> None:
    spoken, described = _spoken(model_with(token(0)), 0, Column.PERMISSIONS)
    assert spoken == "Order API Access, Product API Access"
    assert described is None  # the tooltip, the same words, is for the mouse


def test_a_refresh_worked_out_off_the_gui_thread_changes_only_its_rows(
    qtmodeltester: ModelTester,
) -> None:
    model = model_with(token(1), token(2), token(3), token(4))
    proxy = TokenFilterProxy(model)
    generation, known = model.snapshot()
    now = [token(5), token(1), token(2, status=TokenStatus.REVOKED), token(4)]  # 3 gone
    changes = token_changes(known, now)
    assert [t.id for t in changes.changed] == ["at_2"]
    assert [t.id for t in changes.added] == ["at_5"]
    assert changes.removed == {"at_3"}
    assert changes.before["at_2"].status is TokenStatus.ACTIVE
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.apply_changes(changes, generation)
    assert resets == []
    assert changed == [1]  # the one changed row, nothing else said
    assert sorted(t.id for t in model.tokens) == ["at_1", "at_2", "at_4", "at_5"]
    assert text(model, model.tokens.index(now[2]), Column.STATUS) == "Revoked"
    qtmodeltester.check(proxy)


def test_a_refresh_worked_out_against_an_older_list_is_compared_again() -> None:
    model = model_with(token(1), token(2))
    generation, known = model.snapshot()
    model.update_token(token(2, note="changed by an action meanwhile"))
    changes = token_changes(known, [token(1, note="changed on the server"), token(2)])
    model.apply_changes(changes, generation)  # not the list it was worked out against
    assert {t.id: t.note for t in model.tokens} == {
        "at_1": "changed on the server",
        "at_2": "note 2",  # the server's list is the truth, compared with what is shown
    }


def test_reminders_are_found_without_looking_at_every_token() -> None:
    soon = token(1, expires_at=NOW + timedelta(days=2))
    later = token(2, expires_at=NOW + timedelta(days=30))
    revoked = token(3, expires_at=NOW + timedelta(days=1), status=TokenStatus.REVOKED)
    model = model_with(soon, later, revoked, token(4))
    by = NOW + timedelta(days=7)
    assert [t.id for t in model.reminder_candidates(by)] == ["at_1"]
    generation, known = model.snapshot()
    closer = token(2, expires_at=NOW + timedelta(days=3))
    model.apply_changes(token_changes(known, [soon, closer, revoked, token(4)]), generation)
    assert sorted(t.id for t in model.reminder_candidates(by)) == ["at_1", "at_2"]
    model.update_token(token(1, status=TokenStatus.REVOKED, expires_at=soon.expires_at))
    assert [t.id for t in model.reminder_candidates(by)] == ["at_2"]
    assert [t.id for t in model.reminder_candidates(NOW + timedelta(days=60))] == ["at_2"]
