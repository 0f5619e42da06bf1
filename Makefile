# make run   - set everything up (idempotent) and serve the bot on http://127.0.0.1:8000/
# make test  - the same setup, then the test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MODEL := models/smollm2-135m-instruct
KB ?= ../shared/kb

.PHONY: run test eval bench load faq faq-models model worker flower clean browser wrk train

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

$(MODEL)/model.safetensors: | $(STAMP)
	$(PY) -m worker.prepare_model --out $(MODEL)

model: $(MODEL)/model.safetensors

run: $(STAMP) $(MODEL)/model.safetensors faq-models
	$(PY) -m stack

test: $(STAMP) browser wrk faq-models
	$(PY) -m pytest $(PYTEST_ARGS)

# The FAQ matcher and domain filter, fitted once for the current data (about two minutes on 2 cores).
faq-models: $(STAMP)
	$(PY) -m faq.fitted

# The page's browser tests drive Debian's Chromium; they are skipped where it cannot be installed.
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && { apt-get install -y -q chromium >/dev/null || \
	  { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; } || \
	  echo "note: /usr/bin/chromium missing (apt-get install chromium as root); browser tests will be skipped"; }

# make bench's load generator; the suite runs the bench once on a tiny configuration.
wrk:
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && { apt-get install -y -q wrk >/dev/null || \
	  { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }; } || \
	  echo "note: wrk missing (apt-get install wrk as root); the bench test will be skipped"; }

faq: $(STAMP)
	$(PY) -m faq.build --kb $(KB)

worker: $(STAMP) $(MODEL)/model.safetensors
	$(VENV)/bin/celery -A worker worker -Q $${LLM_QUEUE:-llm} --loglevel INFO

flower: $(STAMP)
	$(VENV)/bin/celery -A worker flower --address=127.0.0.1 --port=5555 $${FLOWER_BASIC_AUTH:+--basic-auth=$$FLOWER_BASIC_AUTH}

bench: $(STAMP) $(MODEL)/model.safetensors wrk
	@command -v wrk >/dev/null || { echo "make bench needs wrk (apt-get install wrk)"; exit 1; }
	$(PY) -m bench.run

load: $(STAMP) $(MODEL)/model.safetensors
	$(PY) -m load.run

train: $(STAMP) $(MODEL)/model.safetensors
	$(PY) -m training.fine_tune $(TRAIN_ARGS)

# Query sets written apart from the FAQ data, faq/eval/<name>_queries.jsonl, figures in bench/eval-<name>.json.
# In the order they were written: the typo run mistypes all their queries from one seed.
QUERY_SETS := $(foreach name,\
  independent fresh blind unseen untried native texting cold tenth eleventh twelfth thirteenth \
  fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst \
  twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh twentyeighth \
  twentyninth thirtieth thirtyfirst thirtysecond thirtythird thirtyfourth thirtyfifth thirtysixth \
  thirtyseventh thirtyeighth thirtyninth fortieth fortyfirst fortysecond fortythird fortyfourth \
  fortyfifth fortysixth fortyseventh fortyeighth fortyninth fiftieth fiftyfirst fiftysecond \
  fiftythird fiftyfourth fiftyfifth fiftysixth fiftyseventh fiftyeighth fiftyninth sixtieth \
  sixtyfirst sixtysecond sixtythird sixtyfourth sixtyfifth sixtysixth sixtyseventh sixtyeighth \
  sixtyninth seventieth seventyfirst seventysecond seventythird seventyfourth seventyfifth \
  seventysixth seventyseventh seventyeighth seventyninth eightieth \
  eightyfirst eightysecond eightythird eightyfourth eightyfifth eightysixth \
  eightyseventh eightyeighth eightyninth ninetieth ninetyfirst ninetysecond \
  ninetythird ninetyfourth ninetyfifth ninetysixth ninetyseventh ninetyeighth \
  ninetyninth hundredth hundredfirst hundredsecond hundredthird hundredfourth,faq/eval/$(name)_queries.jsonl)

eval: $(STAMP)
	$(PY) -m faq.evaluate
	set -e; for q in $(QUERY_SETS); do n=$$(basename $$q _queries.jsonl); $(PY) -m faq.evaluate --queries $$q --out bench/eval-$$n.json; done
	$(PY) -m faq.evaluate --typos 3 --out bench/eval-typos.json --queries ../shared/eval/dev_queries.jsonl $(QUERY_SETS)
	$(PY) -m faq.evaluate --wrap faq/eval/courtesy_wrappers.json --out bench/eval-courtesy.json --queries ../shared/eval/dev_queries.jsonl $(QUERY_SETS)
	$(PY) -m faq.evaluate --wrap faq/eval/story_wrappers.json --out bench/eval-story.json --queries ../shared/eval/dev_queries.jsonl $(QUERY_SETS)

clean:
	rm -rf $(VENV) var .pytest_cache
