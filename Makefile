# The course's commands. Quick start: `make lab` (study) and `make test` (check everything).
# Everything runs inside .venv/, built from requirements.lock on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.course-installed
NLTK_STAMP := .nltk_data/.course-built

# Same environment for JupyterLab, nbval and `make notebooks`, so stored outputs repeat.
export NLTK_DATA := $(CURDIR)/.nltk_data
export PYTHONHASHSEED := 0
export JUPYTER_PLATFORM_DIRS := 1
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0

NBVAL_FLAGS := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg --nbval-cell-timeout=300
NB ?= notebooks/*.ipynb
# What `make test` runs; narrow it while working: make test TESTS="tests/test_core.py notebooks/01-01_nlp_and_workflow.ipynb"
TESTS ?= tests notebooks
# Jupyter refuses to start as root (containers, CI machines) unless told it is intended.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)

.PHONY: lab test unit notebooks bench site site-test site-lock data lock env check-env clean-venv help

help:
	@echo "make lab        JupyterLab을 notebooks/ 에서 실행 (처음이면 .venv 생성)"
	@echo "make test       단위 테스트 + 모든 노트북 nbval 검사"
	@echo "make notebooks  노트북을 위에서 아래로 다시 실행해 출력 저장 (하나만: make notebooks NB=notebooks/01-01_nlp_and_workflow.ipynb)"
	@echo "make bench      benchmarks/ 실행, benchmarks/README.md 갱신"
	@echo "make site       저장된 노트북으로 웹사이트 만들기 (_build/site/index.html, 다시 실행하지 않음)"
	@echo "make site-test  웹사이트를 만들고 headless Chromium으로 모든 페이지 검사 (apt: chromium chromium-driver)"
	@echo "make site-lock  pyproject.toml 의 site extra 로 requirements-site.lock 다시 만들기 (uv 필요)"
	@echo "make data       LibreOffice 한국어 도움말 말뭉치(data/help_ko*.tsv.gz) 다시 만들기 (apt-get 필요; 저장소에 이미 있음)"
	@echo "make lock       pyproject.toml 범위로 requirements.lock 다시 만들기 (uv 필요)"
	@echo "make clean-venv .venv 삭제 (다음 make 에서 새로 생성)"

# Build (or sync) the virtual environment whenever the lock or the package metadata changes.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; ok = (3, 11) <= sys.version_info[:2] <= (3, 13); \
	  sys.exit(0 if ok else "Python 3.11~3.13 이 필요합니다 (현재 %d.%d). PYTHON=python3.11 make ... 처럼 지정하세요." % sys.version_info[:2])'
	@if [ -d $(VENV) ] && ! $(PY) -c 'import sys' >/dev/null 2>&1; then \
	  echo "[.venv] 가상환경이 손상되어 새로 만듭니다 (Python 경로가 바뀐 경우 등)."; rm -rf $(VENV); fi
	@[ -x $(PY) ] || { echo "[.venv] 가상환경을 만듭니다: $(VENV)"; $(PYTHON) -m venv $(VENV); }
	@echo "[.venv] requirements.lock 의 버전으로 패키지를 설치합니다 (처음에는 몇 분 걸립니다)."
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@# Build matplotlib's font cache now, so no notebook prints "building the font cache" on stderr.
	@$(PY) -c 'import matplotlib.pyplot' >/dev/null 2>&1
	@touch $(STAMP)

env: $(STAMP) check-env $(NLTK_STAMP)

check-env: $(STAMP)
	@$(PY) -c 'import course_utils, numpy, nbval, jupyterlab' || { \
	  echo "[.venv] 패키지를 불러오지 못했습니다(위 오류 참고). 가상환경이 손상되었다면 'make clean-venv' 후 다시 실행하세요."; exit 1; }

$(NLTK_STAMP): $(STAMP) scripts/build_nltk_data.py
	$(PY) scripts/build_nltk_data.py
	@touch $(NLTK_STAMP)

# JupyterLab asks "Would you like to get notified about official Jupyter news?" while its fetchNews
# setting is "none" (ask); the course environment answers "false" through a settings override file.
LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.d/course.json

lab: env
	@mkdir -p $(dir $(LAB_OVERRIDES))
	@echo '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' > $(LAB_OVERRIDES)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=notebooks $(ROOT_FLAG) $(LAB_ARGS)

test: env
	$(PY) -m pytest $(TESTS) $(NBVAL_FLAGS) $(PYTEST_ARGS)

unit: env
	$(PY) -m pytest tests $(PYTEST_ARGS)

notebooks: env
	@for nb in $(NB); do \
	  echo "[notebooks] $$nb"; \
	  $(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.record_timing=False "$$nb" || exit 1; \
	done

bench: env
	$(PY) benchmarks/run_all.py

# The course as a website (site/): Sphinx + MyST-NB render the stored notebooks (no re-execution) into _build/site;
# site-test serves it on 127.0.0.1 and checks every page in headless Chromium (Debian chromium + chromium-driver).
# requirements-site.lock pins the `site` extra on top of requirements.lock (`make site-lock`); installing it with
# `-c requirements.lock` fails, instead of changing the course's own versions, when the two locks disagree.
SITE_STAMP := $(VENV)/.site-installed

$(SITE_STAMP): $(STAMP) requirements-site.lock requirements.lock
	@echo "[.venv] 웹사이트 도구(requirements-site.lock: Sphinx, MyST-NB, Selenium)를 설치합니다."
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-site.lock -c requirements.lock || { \
	  echo "[.venv] requirements-site.lock 이 requirements.lock 과 맞지 않습니다. 'make site-lock' 으로 다시 만드세요."; exit 1; }
	@touch $(SITE_STAMP)

site-lock:
	uv pip compile pyproject.toml --extra site -c requirements.lock --universal --python-version 3.11 -o requirements-site.lock

site: $(SITE_STAMP)
	$(PY) site/build.py

site-test: site
	$(PY) site/check_site.py

# Rebuild the shipped help corpus from the pinned Debian package (apt-get download + dpkg-deb; no root needed).
data: env
	$(PY) scripts/extract_help_corpus.py

lock:
	uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 -o requirements.lock

clean-venv:
	rm -rf $(VENV)
