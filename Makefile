# Setting up, running and checking Shipturtle Tokens on Debian/Ubuntu.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP_INSTALL := $(PY) tools/pip_install.py

# What Qt needs from the system: offscreen first, then a real window under X11 and Wayland.
# "a|b": either name (Debian 13 and Ubuntu 24.04 call GLib's package libglib2.0-0t64).
QT_LIBS := libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 \
	'libglib2.0-0t64|libglib2.0-0' libdbus-1-3 libx11-6
X11_LIBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0
WAYLAND_LIBS := libwayland-client0 libwayland-cursor0 libwayland-egl1
# python3-venv brings pip into the virtual environment; ca-certificates lets it trust PyPI.
SYSTEM_PACKAGES := python3 python3-venv ca-certificates curl zsh $(QT_LIBS) $(X11_LIBS) \
	$(WAYLAND_LIBS)
# The focus and keyboard tests run on a real X server with a window manager; the screen
# reader tests (tests/ui/atspi) on a private D-Bus session with the AT-SPI bus, and the
# keychain's (tests/storage/real_keychain) with a real GNOME keyring.
TEST_PACKAGES := xvfb xauth openbox xdotool dbus-bin at-spi2-core python3-pyatspi gnome-keyring \
	chromium chromium-driver

.PHONY: setup system-packages test-packages i18n i18n-update run sandbox test format lint bench screenshots openapi bundle \
	bundle-packages bundle-test install-desktop bench-bundle clean

setup: system-packages $(VENV)/.installed i18n

# Only what is missing, without recommends; nothing is asked for when all is there.
system-packages:
	@bash tools/system-packages.sh "the system packages" $(SYSTEM_PACKAGES)

$(VENV)/.installed: pyproject.toml
	@echo "Setting up the virtual environment in $(VENV)/..."
	@python3 -m venv $(VENV)
	@$(PIP_INSTALL) -e '.[test,build]'
	@touch $@

# The shipped languages' .qm files, from resources/i18n/*.ts (tools/i18n.py).
i18n: $(VENV)/.installed
	@$(PY) tools/i18n.py build

# After changing a sentence in the code: the catalogues list what is new (then translate it).
i18n-update: $(VENV)/.installed
	$(PY) tools/i18n.py update

run: setup
	$(PY) -m app --demo

sandbox: setup
	$(PY) -m app.sandbox

# The suite offscreen, then the focus and keyboard tests on Xvfb with openbox (tests/ui/real_x).
test: setup test-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:xvfb
	QT_QPA_PLATFORM=xcb $(PY) -m pytest tests/ui/real_x

test-packages:
	@bash tools/system-packages.sh "the tests' X server and Chromium" $(TEST_PACKAGES)
	@bash tools/newman.sh

# Rewrites the code as `make lint` wants it: fixes first, so the formatter has the last
# word, then lists what ruff cannot fix (and fails if there is any).
format: setup
	$(VENV)/bin/ruff check --fix --exit-zero --quiet .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check .

# Also checks the workflows: valid for GitHub, and no zizmor finding (offline audits only).
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/vulture app vulture_whitelist.py --min-confidence 60
	$(PY) tools/i18n.py check
	$(PY) tools/contract_lint.py
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(VENV)/bin/zizmor --offline .github/workflows/

# Every benchmark runs and prints its table; the target fails at the end if any figure missed.
bench: setup
	@status=0; \
	$(PY) -m tests.benchmarks.bench_sandbox || status=1; \
	$(PY) -m tests.benchmarks.bench_body_check || status=1; \
	$(PY) -m tests.benchmarks.bench_load || status=1; \
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.bench_app || status=1; \
	$(PY) -m tests.benchmarks.bench_idle || status=1; \
	exit $$status

screenshots: setup
	$(PY) -m tests.screenshots
	$(PY) -m tests.screenshots --language es
	$(PY) -m tests.screenshots --language de
	SHIPTURTLE_SCREENSHOTS=1 $(PY) -m pytest -p no:xvfb -q tests/sandbox/test_hand_off_page.py -k signs_in

openapi: setup
	$(PY) -m app.sandbox.openapi > resources/api/openapi.json
	$(PY) tools/postman.py

BUNDLE := dist/Shipturtle Tokens

# PyInstaller reads libraries with objdump (binutils) and copies Python's shared library,
# which Debian packages apart (libpython3.11 on Debian 12, libpython3.13 on 13).
bundle-packages: setup
	@bash tools/system-packages.sh "what PyInstaller needs" binutils $$($(PY) tools/libpython_package.py)

# The one-folder bundle and its archive in dist/ (see build.spec).
bundle: setup bundle-packages
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

# The frozen app checks itself, opens its real window offscreen and quits (tests/test_bundle.py).
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle tests/test_bundle.py

# Adds the bundle to this user's application menu.
install-desktop: bundle
	"$(BUNDLE)/install-desktop-entry.sh"

# Builds the app and the bare window itself, in a temporary folder: no `make bundle` first.
bench-bundle: setup bundle-packages
	$(PY) -m tests.benchmarks.bench_bundle

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
