# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?=
# pytest-xdist: one test process per core (each gets its own test database); PYTEST_WORKERS=0
# runs the suite in this process.
PYTEST_WORKERS ?= auto
# A development key for run/test only: the settings refuse to start without SECRET_KEY.
export SECRET_KEY ?= insecure-dev-key-for-make-run-and-test-only

.PHONY: run test test-postgres install browser lint system-packages system-fonts production-check bench-packages

install: $(VENV)/.installed

# Development and CI install the test tools too (requirements-test.lock includes
# requirements.lock); a production image installs requirements.lock alone.
$(VENV)/.installed: requirements.lock requirements-test.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-test.lock
	touch $@

run: install system-fonts
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo ""
	@echo "Portal:  http://127.0.0.1:$(PORT)/"
	@echo "Admin:   http://127.0.0.1:$(PORT)/admin/  (user 'admin', password printed above when it was created)"
	@echo ""
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Debian's Chromium drives the end-to-end tests (Playwright is never asked to download a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed and cannot be installed without root: browser tests will be skipped"; fi; }

test: install browser system-fonts
	$(BIN)/python manage.py compile_translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-postgres: install
	$(BIN)/python manage.py compile_translations
	@echo "PostgreSQL pass: the whole suite except the browser tests (they test the pages, not the database)."
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not browser" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Fonts of the generated share cards (portal/card_fonts.py): Latin, Cyrillic, Arabic, Chinese; and
# FriBiDi, which the libraqm bundled in Pillow's wheels loads to lay out right-to-left text.
SHARE_CARD_PACKAGES := fonts-noto-core fonts-noto-cjk fonts-dejavu-core libfribidi0 fontconfig
system-fonts:
	@test -f /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf \
	  && test -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc \
	  && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
	  && ldconfig -p 2>/dev/null | grep -q libfribidi || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(SHARE_CARD_PACKAGES) >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq $(SHARE_CARD_PACKAGES) >/dev/null; \
	  else echo "share-card fonts are not installed and cannot be installed without root: cards will lack glyphs"; fi; }

# Debian packages the checks need on a fresh machine (Chromium for the browser tests is `browser`).
system-packages:
	@command -v varnishd >/dev/null 2>&1 || test -x /usr/sbin/varnishd || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq varnish >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq varnish >/dev/null; \
	  else echo "varnish is not installed and cannot be installed without root"; exit 1; fi; }

# The production topology, live: Varnish (docker/varnish/default.vcl) -> gunicorn
# (docker/gunicorn.conf.py) + the task worker, on PostgreSQL and Redis, DEBUG off
# (tests/production/conftest.py starts and stops it all).
production-check: install system-packages system-fonts
	$(BIN)/python manage.py compile_translations
	PRODUCTION_CHECK=1 $(BIN)/pytest tests/production -p no:django -p no:cacheprovider -o addopts="" -v

# What the benchmarks in tests/benchmarks/ need besides Varnish (`system-packages`): wrk as the
# load generator and nginx as the static-file yardstick (tests/benchmarks/README.md). nginx is
# started by the benchmarks themselves, on a free loopback port; Debian's own service is stopped.
bench-packages: install system-packages
	@command -v wrk >/dev/null 2>&1 && { command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx; } || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq wrk nginx-light >/dev/null; \
	  else echo "wrk and nginx are not installed and cannot be installed without root"; exit 1; fi; \
	  (systemctl stop nginx || service nginx stop) >/dev/null 2>&1 || true; }
