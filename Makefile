# The two commands a newcomer needs: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Re-install only when a requirements file changes, so a second `make run` starts in seconds.
INSTALLED := $(VENV)/.installed

.PHONY: run test install migrate demo demo-code lint format clean messages bench

$(INSTALLED): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(INSTALLED)

# The translation catalogues are compiled at install (the .mo files are not committed), with polib so that
# GNU gettext is not needed; a changed .po is compiled again on the next make.
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po locale-wagtail/*/LC_MESSAGES/*.po))
%.mo: %.po $(INSTALLED)
	$(BIN)/python -c "import polib, sys; polib.pofile(sys.argv[1]).save_as_mofile(sys.argv[2])" $< $@

install: $(INSTALLED) $(CATALOGUES)

migrate: install
	$(BIN)/python manage.py migrate --noinput

# seed_demo is idempotent: on an existing database it adds what is missing and changes nothing else.
demo: migrate
	$(BIN)/python manage.py seed_demo

# The demo staff accounts' second factor of the moment (see README, Demo accounts).
demo-code: install
	@$(BIN)/python manage.py demo_code

# The scheduler (scheduled publishing, reminders, retention) runs beside the web server and stops with it.
run: demo
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# One test worker per core; tests are shared out one by one, except that one worker runs all the fault tests
# (they share their private PostgreSQL, Redis and app servers): see pytest_xdist_make_scheduler in tests/conftest.py.
TEST_WORKERS ?= auto
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadscope

# The pages under load beside a bare template view and a stock Wagtail page, on PostgreSQL and Redis under gunicorn
# with the production settings (README, Speed; BENCH_* settings in mentorsite/bench/run.py).
bench: install
	$(BIN)/python -m mentorsite.bench.run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -q -c pyproject.toml -r . --severity-level medium
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# After adding or changing interface strings: update the Danish catalogue, then translate what it marks new
# (tests/test_translations.py fails until every entry is translated and none is fuzzy).
messages: install
	$(BIN)/python manage.py makemessages -l da -e html,txt,py --no-obsolete \
		--ignore=.venv --ignore=tests --ignore=staticfiles --ignore=media --ignore=node_modules

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media private-documents staticfiles .pytest_cache
