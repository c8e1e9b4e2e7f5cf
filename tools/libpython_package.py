"""Prints the Debian package holding the shared library of the Python running this, if any.

PyInstaller copies that library into the bundle; Debian ships it apart from python3
(libpython3.11 on Debian 12, libpython3.13 on 13). Pythons built elsewhere (pyenv,
python.org, CI's setup-python) carry their own, and get nothing printed.
"""

import sys

if __name__ == "__main__" and sys.base_prefix == "/usr":
    sys.stdout.write(f"libpython{sys.version_info.major}.{sys.version_info.minor}\n")
