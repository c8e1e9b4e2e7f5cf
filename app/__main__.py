"""`python -m app` opens Shipturtle Tokens."""

import sys

from app.launcher import main

sys.exit(main())
