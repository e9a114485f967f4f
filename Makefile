# Quick start: `make demo` runs the demo on SQLite; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
INTRANET_PORT ?= 8001
MANAGE := $(PY) example_site/manage.py

.PHONY: demo demo-data test test-main test-modeladmin test-widgets widgets chromium lint docs dist clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,postgres,redis,modeladmin]"
	touch $@

## demo: install, migrate, set up the toolkit, load demo content, create users, serve
## the toolkit on PORT and a demo trust intranet that embeds it on INTRANET_PORT
demo: demo-data
	@echo "The toolkit: http://127.0.0.1:$(PORT)/   the admin: http://127.0.0.1:$(PORT)/admin/"
	@echo "The demo trust intranet (another origin): http://127.0.0.1:$(INTRANET_PORT)/"
	$(MANAGE) serve_demo_intranet --port $(INTRANET_PORT) --toolkit http://127.0.0.1:$(PORT) & \
	intranet=$$!; trap 'kill $$intranet 2>/dev/null' EXIT INT TERM; \
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

demo-data: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) iitk_setup --as-site-root
	$(MANAGE) load_demo_content --site-url http://127.0.0.1:$(PORT)
	$(MANAGE) create_demo_users

widgets/node_modules/.installed: widgets/package-lock.json
	cd widgets && npm ci --no-audit --no-fund
	touch $@

## widgets: rebuild the widget bundle into wagtail_iitk/static/wagtail_iitk/widgets/
widgets: widgets/node_modules/.installed
	cd widgets && npm run build

# The browser tests drive Debian's Chromium (never a downloaded browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)

## test: every test (SQLite by default; set DATABASE_URL for PostgreSQL)
test: test-widgets test-main test-modeladmin

# The committed build must match the source; then unit tests, types and size budgets.
test-widgets: widgets/node_modules/.installed
	cd widgets && npm run check-build && npm test && npm run typecheck && npm run size

test-main: $(VENV)/.installed widgets/node_modules/.installed chromium
	$(PY) -m pytest --ignore=tests/contrib

# The optional ModelAdmin sub-app needs its own INSTALLED_APPS, so it runs separately.
test-modeladmin: $(VENV)/.installed
	IITK_TEST_MODELADMIN=1 $(PY) -m pytest tests/contrib

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

docs: $(VENV)/.installed
	$(VENV)/bin/mkdocs build --strict

## dist: build the sdist and the wheel into dist/ and check them as PyPI would
dist: $(VENV)/.installed
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(VENV)/bin/twine check --strict dist/*
	$(PY) .ci/check_dist.py dist

clean:
	rm -rf $(VENV) site dist example_site/db.sqlite3
