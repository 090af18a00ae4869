# dfcost: two commands do all set-up on a fresh Debian machine.
#   make run   installs what is missing, builds in release, prints the published table's totals
#   make test  the same set-up, then every test and the check against the published tables
SHELL := /bin/bash
SWIFT ?= swift
PUBLISHED := $(wildcard Scenarios/published/*.toml)
DEBIAN_PACKAGES := liblapacke-dev pkg-config
# The browser check of the HTML report (scripts/check-html.sh) needs Chromium; `make test` installs it.
TEST_PACKAGES := chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/dfcost

.PHONY: run test deps test-deps build verify corpus bench fuzz clean

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release --product dfcost

run: build
	$(BIN) totals Scenarios/published/ehelseportefolje-2023-10.toml

verify: build
	$(BIN) verify $(PUBLISHED)

test: deps test-deps
	$(SWIFT) test
	$(SWIFT) build -c release --product dfcost
	$(BIN) verify $(PUBLISHED)
	@if command -v chromium >/dev/null 2>&1; then \
	  $(BIN) report Scenarios/published/ehelseportefolje-2023-10.toml --format html -o .build/report.html && \
	  $(BIN) report Scenarios/bench/standard-workload.toml --compare Scenarios/fm-delayed-1y.toml --simulate --trials 20000 --format html -o .build/report-simulate.html && \
	  scripts/check-html.sh .build/report.html .build/report.png && \
	  scripts/check-html.sh .build/report-simulate.html .build/report-simulate.png; \
	else echo "chromium not installed: skipping the browser check of the HTML report"; fi

# Speed against the NumPy peer (Benchmarks/README.md): simulate at 10^6, 10^7 and 200 lines,
# sweep throughput, verify start-up. RUNS=3 for a shorter run. Not part of `make test`.
bench: build
	DFCOST=$(BIN) Benchmarks/compare-numpy.sh

# libFuzzer + ASan harnesses of Fuzz/ (scenario loader, extends chains and operations; import),
# SECONDS split among them. Not part of `make test`; the malformed corpus is (MalformedCorpusTests).
SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh all $(SECONDS)

# Chromium for the browser check, installed with apt-get only when missing.
test-deps:
	@missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

# The screenshot of the published table's report shown in the README.
docs/report.png: build
	$(BIN) report Scenarios/published/ehelseportefolje-2023-10.toml --format html -o .build/report.html
	scripts/check-html.sh .build/report.html docs/report.png

clean:
	rm -rf .build
