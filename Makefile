# Briefing Builder — `make run` opens the app, `make test` runs every test. Both set up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-libraries
# Shared libraries Qt needs offscreen (QtWidgets, QPrinter, QtPdf), as Debian 12 packages.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
SYSTEM_LIBRARIES := libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0
# A real window (make run with a display) also needs the xcb platform plugin's libraries.
WINDOW_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0

.PHONY: run test lint bench soak setup system-libraries clean translations

run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "No display found: starting offscreen (set DISPLAY to see the window)."; \
		QT_QPA_PLATFORM=offscreen $(BIN)/briefing; \
	else $(BIN)/briefing; fi

test: setup
	$(BIN)/ruff check desktop models reports tests
	$(BIN)/lint-imports --config pyproject.toml
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check desktop models reports tests
	$(BIN)/lint-imports --config pyproject.toml
	$(BIN)/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

# Thirty minutes of real keystrokes and clicks on the real window (not part of make test).
soak: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.soak.session --minutes 30

TRANSLATIONS := resources/translations/briefing_da.qm

setup: system-libraries $(STAMP) $(TRANSLATIONS)

# Compiled catalogues are built, not committed; the .ts sources are the truth.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources after changing user-visible strings in desktop/.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop -name '*.py' | sort) -ts resources/translations/briefing_da.ts


$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Briefing Builder needs Python 3.11 or newer ($(PYTHON) is older)."; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || $(MAKE) --no-print-directory python-venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-libraries: $(SYSTEM_STAMP)

$(SYSTEM_STAMP):
	@missing=""; for lib in $(SYSTEM_LIBRARIES); do \
		ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$lib"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing system libraries for Qt:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); \
		else \
			echo "Qt needs system libraries that are missing:$$missing"; \
			echo "Install them with:"; \
			echo "  sudo apt-get install -y --no-install-recommends $(SYSTEM_PACKAGES)"; \
			exit 1; \
		fi; \
	fi
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing PostgreSQL for the team-mode tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; \
		else \
			echo "The tests need PostgreSQL's server programs. Install them with:"; \
			echo "  sudo apt-get install -y --no-install-recommends postgresql"; \
			exit 1; \
		fi; \
	fi
	@mkdir -p $(VENV) && touch $(SYSTEM_STAMP)

python-venv:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; \
	else echo "Python's venv module is missing. Install it with: sudo apt-get install -y python3-venv"; exit 1; fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
