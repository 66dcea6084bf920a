# kehoach: `make run` serves http://127.0.0.1:8000 as for real (DEBUG off, gunicorn), `make dev`
# the reloading development server, `make test` runs every check.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
# Every target here but `run` runs on a developer's machine: DEBUG and a throwaway SECRET_KEY
# (settings); `run` drops both (kehoach/serve.py).
export KEHOACH_DEV ?= 1
# Production-like values for `check --deploy`; never used to serve anything.
DEPLOY_ENV := KEHOACH_DEV=0 DEBUG=false SECRET_KEY=check-deploy-$(shell date +%s)-not-a-real-secret-0123456789abcdef ALLOWED_HOSTS=kehoach.example.gov.vn

.PHONY: venv run dev demo test test-sqlite test-postgres test-fuzz test-fuzz-full test-sqlite-fuzz test-parallel test-browser lint messages screenshots clean bench demo-report

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

venv: $(STAMP)

# DEBUG off through gunicorn, WhiteNoise's hashed static files, the secret key kept in
# var/secret_key; migrates, loads the demo only into an empty database, and runs the task runner
# and the daily reminders beside the server. Safe for real data (README, "Running it for real").
run: venv
	$(PY) -m kehoach.serve

# The development server: DEBUG on, reloads on every change, the task runner beside it.
dev: venv
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo_load
	@echo "kehoach (DEBUG): http://127.0.0.1:8000"
	# The task runner reads uploaded plans in the background; it stops with the server.
	trap 'kill 0' EXIT; $(PY) manage.py db_worker --interval 0.5 & $(PY) manage.py runserver 127.0.0.1:8000

# (Re)load the demo: whatever of it is missing is created; the passwords of users created now
# are printed, existing ones keep theirs.
demo: venv
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo_load

lint: venv
	$(VENV)/bin/ruff check --no-cache .
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING

test-sqlite: venv
	$(VENV)/bin/pytest -m "not browser and not fuzz" -q

# Generated inputs for every form of the site (kehoach/tests/test_bounded_forms.py): the same
# 100 a form in `make test`, beside the two suites; 1,000 random ones a form in the full run.
test-fuzz: venv
	$(VENV)/bin/pytest -m fuzz -q

test-fuzz-full: venv
	KEHOACH_FUZZ_EXAMPLES=1000 KEHOACH_FUZZ_RANDOM=1 $(VENV)/bin/pytest -m fuzz -q

# Only the tests that touch a database (conftest.py): the parser, OCR, text and layout tests
# answer the same on either database and run once, in the SQLite suite.
test-postgres: venv
	KEHOACH_DATABASE_TESTS_ONLY=1 DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -m "not browser and not fuzz" -q

test-browser: venv
	$(VENV)/bin/pytest -m browser -q

# The SQLite suite then the fuzzing on one core, the PostgreSQL suite (its database tests
# only) on the other: measured, the two sides take about as long.
test-sqlite-fuzz: venv
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-fuzz

test-parallel: venv
	$(MAKE) --no-print-directory --output-sync=target -j2 test-sqlite-fuzz test-postgres

test: lint test-parallel test-browser

# Refresh the README's screenshots in docs/ and the guides' in static/help/ from the browser
# tests.
screenshots: venv
	UPDATE_SCREENSHOTS=1 $(VENV)/bin/pytest -m browser -q tests/browser/test_coordinator.py tests/browser/test_mobile.py tests/browser/test_plan_import.py tests/browser/test_help_screenshots.py

# Regenerate the English catalogue after changing user-facing strings; the
# compiled .mo is committed so that a new machine needs no gettext to run.
messages: venv
	$(PY) manage.py makemessages -l vi -l en --no-obsolete --ignore=.venv --ignore=var
	$(PY) manage.py compilemessages --ignore=.venv

# Parse time of a 20-page plan; then, in a PostgreSQL database of their own (BENCH_DATABASE_URL,
# default kehoach_bench; built once, a few minutes: 34 provinces, 10,000 units, 1,000,000
# products, 40,000 activities, a period asking every unit, the current year's late tasks), the
# dashboard and the task list through Django's test client, and then every page through
# gunicorn (three workers, DEBUG off) for 1 and 20 logged-in people: dashboard, tasks, products
# (first page and 500,000 rows deep), activities, units, reporting rate, period, late tasks and
# the API (first page and a deep cursor, with a token): median, p95, requests per second, the
# body as sent (gzip or brotli), errors, the load average and a CPU check beside every line,
# past-goal figures marked; then the dashboard against the one-pass SQL it runs
# (PlanProducts) over the same rows. Then the consolidated report of 100 and 1,000 unit
# reports (throwaway SQLite under var/bench, or REPORT_BENCH_DATABASE_URL), the units and
# people imports, and the demo through gunicorn on SQLite and PostgreSQL
# (SERVER_BENCH_DATABASE_URL). NATIONAL_SERVER_SECONDS (default 6) is each figure's length;
# NATIONAL_SERVER_PAGES=dashboard,late times only the pages whose labels start so.
bench: venv
	$(PY) bench/ingest_bench.py
	$(PY) bench/national_bench.py
	$(PY) bench/national_server.py
	$(PY) bench/report_bench.py 100
	$(PY) bench/report_bench.py 1000
	$(PY) bench/units_bench.py
	$(PY) bench/people_bench.py
	$(PY) bench/server_bench.py

# The demo's consolidated six-month report: var/demo/BC-6thang-2024.docx, .xlsx and .pdf.
demo-report: venv
	mkdir -p var/demo
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo_load
	$(PY) manage.py demo_report

clean:
	rm -rf $(VENV) var
