# Quick start: `make demo` runs the demo on SQLite; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) example_site/manage.py

.PHONY: demo demo-data test test-main test-modeladmin lint docs clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,postgres,redis,modeladmin]"
	touch $@

## demo: install, migrate, set up the toolkit, load demo content, create users, serve
demo: demo-data
	@echo "The toolkit: http://127.0.0.1:$(PORT)/   the admin: http://127.0.0.1:$(PORT)/admin/"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

demo-data: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) iitk_setup --as-site-root
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_users

## test: every test (SQLite by default; set DATABASE_URL for PostgreSQL)
test: test-main test-modeladmin

test-main: $(VENV)/.installed
	$(PY) -m pytest --ignore=tests/contrib

# The optional ModelAdmin sub-app needs its own INSTALLED_APPS, so it runs separately.
test-modeladmin: $(VENV)/.installed
	IITK_TEST_MODELADMIN=1 $(PY) -m pytest tests/contrib

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

docs: $(VENV)/.installed
	$(VENV)/bin/mkdocs build --strict

clean:
	rm -rf $(VENV) site example_site/db.sqlite3
