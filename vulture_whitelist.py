"""Names vulture cannot see used: called by a framework, or part of a public surface.

`make lint` runs `vulture app vulture_whitelist.py --min-confidence 60`; anything else
vulture finds in `app` is code nobody calls, to delete rather than list here.
"""

# ruff: noqa: B018
from app.api import client, models
from app.sandbox import routes, schemas, server
from app.services import token_service
from app.storage import logs, settings
from app.ui import first_paint, token_model

# Qt calls these overrides and slots by name.
first_paint._FirstPaint.eventFilter
token_model.TokenTableModel.columnCount
token_model.TokenTableModel.headerData
token_model.TokenFilterProxy.filterAcceptsRow

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

# called by the token service (issue 11 UI)
client.ShipturtleClient.update_token
client.ShipturtleClient.rotate_token
client.ShipturtleClient.stop_previous_secret
client.ShipturtleClient.activity
client.ShipturtleClient.lookup_token

# Callers arrive with the next issues: checking a pasted token (11), removing a profile (12).
token_service.TokenService.check_token
settings.Settings.without_profile
