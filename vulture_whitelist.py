"""Names vulture cannot see used: called by a framework, or part of a public surface.

`make lint` runs `vulture app vulture_whitelist.py --min-confidence 60`; anything else
vulture finds in `app` is code nobody calls, to delete rather than list here.
"""

# ruff: noqa: B018
from PySide6.QtWidgets import QStyleOptionViewItem

from app.api import client, models
from app.sandbox import protocol, routes, schemas, server
from app.storage import logs
from app.ui import activity_chart, activity_model, first_paint, token_filter, token_model

# Qt reads the style option the delegate changed.
QStyleOptionViewItem.state

# uvicorn calls its protocol's override by name.
protocol.JsonErrorsH11Protocol.send_400_response

# Qt calls these overrides and slots by name.
first_paint._FirstPaint.eventFilter
activity_chart.ActivityChart.paintEvent
activity_model.CallsModel.columnCount
activity_model.CallsModel.headerData
token_model.TokenTableModel.columnCount
token_model.TokenTableModel.headerData
token_filter.TokenFilterProxy.filterAcceptsRow

# FastAPI calls the routes, pydantic reads model_config, uvicorn reads should_exit.
routes.health
routes.developer_sign_out
routes.token_info
routes._TokenIdConvertor.regex  # Starlette reads a convertor's regex
schemas.BaseModel.model_config
server.uvicorn.Server.should_exit
logs.logging.LogRecord.msg

# The client covers the whole contract: integrating developers call these (README).
client.ShipturtleClient.health
client.ShipturtleClient.developer_sign_out
client.ShipturtleClient.token_info
models.TokenInfo.merchant_name
