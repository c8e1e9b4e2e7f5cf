"""Names vulture cannot see used: called by a framework, or part of a public surface.

`make lint` runs `vulture app vulture_whitelist.py --min-confidence 60`; anything else
vulture finds in `app` is code nobody calls, to delete rather than list here.
"""

# ruff: noqa: B018
from PySide6.QtWidgets import QStyleOptionViewItem

from app.api import capabilities as api_capabilities
from app.api import client, hand_off, hand_off_calls, models
from app.sandbox import (
    capabilities,
    docs_page,
    error_codes,
    hand_off_routes,
    hand_off_schemas,
    operations,
    protocol,
    routes,
    schemas,
    server,
)
from app.storage import logs
from app.ui.details import activity_chart, activity_model
from app.ui.reveal import copy_buttons
from app.ui.shared import first_paint, secret_field
from app.ui.tokens import token_filter, token_model

# Qt reads the style option the delegate changed.
QStyleOptionViewItem.state

# uvicorn calls its protocol's override by name.
protocol.JsonErrorsH11Protocol.send_400_response

# Qt calls these overrides and slots by name.
first_paint._FirstPaint.eventFilter
activity_chart.ActivityChart.paintEvent
secret_field.SecretField.mousePressEvent  # Qt's event handlers
token_filter.TokenFilterProxy.filterAcceptsColumn  # Qt asks it
copy_buttons.CountdownButton.shown_text  # what tests read of the painted countdown
secret_field.SecretField.mouseMoveEvent
secret_field.SecretField.mouseReleaseEvent
secret_field.SecretField.mouseDoubleClickEvent
secret_field.SecretField.contextMenuEvent
activity_model.CallsModel.columnCount
activity_model.CallsModel.headerData
token_model.TokenTableModel.columnCount
token_model.TokenTableModel.headerData
token_filter.TokenFilterProxy.filterAcceptsRow

# FastAPI calls the routes, pydantic reads model_config, uvicorn reads should_exit.
routes.health
hand_off_routes.create_hand_off  # FastAPI routes, called by the framework
hand_off_routes.list_hand_offs
hand_off_routes.withdraw_hand_off
hand_off_routes.open_hand_off
hand_off_routes.hand_off_page_for
hand_off_schemas.CreateHandOffRequest.expires_in_hours
routes.developer_sign_out
routes.token_info
routes._TokenIdConvertor.regex  # Starlette reads a convertor's regex
capabilities.add_capabilities_route.capabilities
capabilities.TokenFormat.length
capabilities.PasswordPolicy.min_length
capabilities.PasswordPolicy.max_length
capabilities.PasswordPolicy.strength_checked
capabilities.Capabilities.contract_version
capabilities.Capabilities.password_policy
schemas.BaseModel.model_config
schemas.ErrorDetail.field_problems
# The data plane's shapes, documented for developers (the sandbox sends plain dicts).
schemas.Product.vendor
schemas.Product.price
schemas.Product.currency
schemas.Product.inventory
schemas.OrderLine.product_id
schemas.OrderLine.unit_price
schemas.Order.customer
schemas.Order.currency
# Read by tools/contract_lint.py and its test (README's error table).
error_codes.catalogue_table
docs_page.add_docs.docs  # FastAPI calls the routes
docs_page.add_docs.postman
operations.ANY_OPERATION
server.uvicorn.Server.should_exit
logs.logging.LogRecord.msg
logs.logging.handlers.RotatingFileHandler.rotator  # logging calls it at each rollover

# The client covers the whole contract: integrating developers call these (README).
client.ShipturtleClient.health
client.ShipturtleClient.capabilities
api_capabilities.Capabilities.everything
api_capabilities.Capabilities.contract_version
api_capabilities.Capabilities.checked_token_format
api_capabilities.Capabilities.password_min_length
api_capabilities.Capabilities.password_max_length
api_capabilities.Capabilities.password_strength_checked
client.ShipturtleClient.developer_sign_out
client.ShipturtleClient.token_info
models.TokenInfo.merchant_name

# The one-time hand-off's cryptography (issue 24): the hand-off flow and its page build on it;
# tests/api/test_hand_off.py holds it to the checked-in vectors until then.
hand_off.seal
hand_off.open_sealed
hand_off.hand_off_link
# A receipt's opener, for Details to say (issue 25); tests/api/test_hand_off_calls.py reads it.
hand_off_calls.HandOffReceipt.opened_from
hand_off_calls.HandOffReceipt.opened_with
