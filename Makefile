# Quick start: `make demo` runs the demo on SQLite; `make test` runs every test.
#
# Django 5.2 LTS is the default. DJANGO6=1 switches every target to Django 6.1 on Python
# 3.12 in its own virtual environment, .venv-dj6 (PYTHON names the interpreter if
# python3.12 is not on PATH); `make test-django6` runs the Python suites that way.
# BROWSER=0 leaves out the browser tests, which `make test` runs once, on Django 5.2.
ifdef DJANGO6
PYTHON ?= python3.12
VENV ?= .venv-dj6
DJANGO ?= Django>=6.1,<6.2
endif
PYTHON ?= python3
VENV ?= .venv
DJANGO ?= Django>=5.2,<6.0
BROWSER ?= 1
PY := $(VENV)/bin/python
PORT ?= 8000
INTRANET_PORT ?= 8001
MANAGE := $(PY) example_site/manage.py

.PHONY: demo demo-data serve test test-django6 test-main test-modeladmin test-widgets widgets chromium \
	lint docs dist clean nhsuk-frontend screenshots messages

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,postgres,redis,modeladmin,serve,cards,demo]" "$(DJANGO)"
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
	$(MANAGE) load_demo_content --site-url http://127.0.0.1:$(PORT) \
		--intranet-url http://127.0.0.1:$(INTRANET_PORT)
	$(MANAGE) create_demo_users

## serve: the example site the production way, on the data `make demo` made: gunicorn
## (DEBUG off), WhiteNoise and the task worker on PORT, stopped together by Ctrl+C
## (SQLite by default; DATABASE_URL and REDIS_URL are honoured; see docs/operations.md)
serve: $(VENV)/.installed
	PORT=$(PORT) exec $(PY) example_site/serve.py

widgets/node_modules/.installed: widgets/package-lock.json
	cd widgets && npm ci --no-audit --no-fund
	touch $@

## widgets: rebuild the widget bundle into wagtail_iitk/static/wagtail_iitk/widgets/
widgets: widgets/node_modules/.installed
	cd widgets && npm run build

## nhsuk-frontend: refresh the example site's vendored NHS.UK frontend from npm (the
## version pinned in example_site/demo/theme/package.json) into its static files
nhsuk-frontend:
	cd example_site/demo/theme && npm ci --no-audit --no-fund && node build.mjs

## screenshots: take docs/images/*.png from a fresh demo in a throwaway database
screenshots: $(VENV)/.installed
	$(PY) docs/screenshots.py

# The browser tests drive Debian's Chromium (never a downloaded browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)

## test: every test (SQLite by default; set DATABASE_URL for PostgreSQL)
test: test-widgets test-main test-modeladmin

# The committed build must match the source; then unit tests, types and size budgets.
test-widgets: widgets/node_modules/.installed
	cd widgets && npm run check-build && npm test && npm run typecheck && npm run size

## test-django6: the main suite and the ModelAdmin run on Django 6.1 and Python 3.12,
## without the browser tests (set DATABASE_URL and REDIS_URL as for make test)
test-django6:
	$(MAKE) DJANGO6=1 BROWSER=0 test-main test-modeladmin

ifeq ($(BROWSER),0)
# The browser tests: tests/browser/ and every test that conftest.py marks "browser".
# (widgets/node_modules holds openapi-typescript and tsc for tests/api/test_generated_typescript.py.)
test-main: $(VENV)/.installed widgets/node_modules/.installed
	$(PY) -m pytest --ignore=tests/contrib --ignore=tests/browser -m "not browser"
else
test-main: $(VENV)/.installed widgets/node_modules/.installed chromium
	$(PY) -m pytest --ignore=tests/contrib
endif

# The optional ModelAdmin sub-app needs its own INSTALLED_APPS, so it runs separately.
test-modeladmin: $(VENV)/.installed
	IITK_TEST_MODELADMIN=1 $(PY) -m pytest tests/contrib

# The Welsh catalogues: the package's (wagtail_iitk/locale/) and the example site's
# (example_site/demo/locale/). Locations name the file only, so a line moved elsewhere
# does not touch the catalogue (fewer merge conflicts).
MAKEMESSAGES := makemessages --locale cy --extension html,txt,py --no-obsolete --add-location file \
	--ignore '.venv*' --ignore 'node_modules' --ignore 'tests' --ignore 'test/*' --ignore 'static/*'

## messages: bring the Welsh catalogues up to date with the source and compile them;
## then translate each new or changed (fuzzy) entry in the .po files and run it again
## (docs/translating.md)
messages: $(VENV)/.installed
	cd wagtail_iitk && ../$(PY) -m django $(MAKEMESSAGES)
	cd example_site/demo && ../../$(PY) -m django $(MAKEMESSAGES)
	cd wagtail_iitk && ../$(PY) -m django compilemessages --locale cy
	cd example_site/demo && ../../$(PY) -m django compilemessages --locale cy

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

docs: $(VENV)/.installed
	$(VENV)/bin/mkdocs build --strict

## dist: build the sdist and the wheel into dist/ and check them as PyPI would
dist: $(VENV)/.installed
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(VENV)/bin/twine check --strict dist/*
	$(PY) .ci/check_dist.py dist

clean:
	rm -rf $(VENV) .venv-dj6 site dist example_site/db.sqlite3
