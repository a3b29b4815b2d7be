# CX Academy. The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: run test venv system-deps check lint format messages bench worker clean

# The virtual environment, rebuilt whenever the lock changes.
$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

venv: $(VENV)/.installed

## make run: the site with the demo curriculum and accounts on http://127.0.0.1:8000
run: venv
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	$(MANAGE) runserver $(HOST)

## make test: install what the tests need, then run the whole suite
test: venv system-deps
	$(BIN)/pytest $(PYTEST_ARGS)

# Debian's Chromium for the browser tests, gettext for the translation checks and
# poppler-utils to read certificate PDFs back.
# Installed when missing and we may (root with apt); otherwise those tests skip
# and say why.
system-deps:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Not installed:$$missing (needs root and apt-get); the tests that need them will skip."; \
	  fi; \
	fi

## make check: what CI gates on besides the tests
check: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/lint-imports

lint: check

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make messages: extract interface strings into the Indonesian catalogue and compile it
messages: venv
	$(MANAGE) makemessages -l id --no-obsolete --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*'
	$(MANAGE) makemessages -d djangojs -l id --no-obsolete --ignore '.venv/*' --ignore 'var/*' \
	  --ignore 'tests/*' --ignore 'staticfiles/*' --ignore 'node_modules/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

## make bench: speed and memory benchmarks (tests/bench)
bench: venv
	$(BIN)/pytest tests/bench -s -o python_files='bench_*.py' $(PYTEST_ARGS) || test $$? -eq 5

## make worker: a task worker, for installs with REDIS_URL set
worker: venv
	$(MANAGE) rqworker --job-class django_tasks_rq.Job default

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
