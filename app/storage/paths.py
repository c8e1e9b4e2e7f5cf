"""Where the app's settings, logs and data live, under one root that the environment can move."""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HOME_VARIABLE = "SHIPTURTLE_TOKENS_HOME"
_APP_DIR_NAME = "Shipturtle Tokens"
_APP_AUTHOR = "Shipturtle"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to; nothing is written anywhere else."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def under(cls, root: Path) -> "AppPaths":
        """Keep everything below one folder (tests, portable use, support)."""
        return cls(config_dir=root / "config", data_dir=root / "data", log_dir=root / "logs")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> "AppPaths":
        """Use SHIPTURTLE_TOKENS_HOME when set, else the platform's usual folders."""
        root = environ.get(HOME_VARIABLE, "").strip()
        if root:
            return cls.under(Path(root).expanduser())
        import platformdirs  # only needed without the override; keeps start-up light

        return cls(
            config_dir=Path(platformdirs.user_config_dir(_APP_DIR_NAME, _APP_AUTHOR)),
            data_dir=Path(platformdirs.user_data_dir(_APP_DIR_NAME, _APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(_APP_DIR_NAME, _APP_AUTHOR)),
        )

    @property
    def demo_database(self) -> Path:
        """The local sandbox's database used by demo mode."""
        return self.data_dir / "demo.sqlite3"
