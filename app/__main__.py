"""`python -m app` opens Shipturtle Tokens."""

import sys

from app.main import main

sys.exit(main())
