# dfcost: two commands do all set-up on a fresh Debian machine.
#   make run   installs what is missing, builds in release, prints the published table's totals
#   make test  the same set-up, then every test and the check against the published tables
SHELL := /bin/bash
SWIFT ?= swift
PUBLISHED := $(wildcard Scenarios/published/*.toml)
DEBIAN_PACKAGES := liblapacke-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/dfcost

.PHONY: run test deps build verify corpus bench clean

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

test: deps
	$(SWIFT) test
	$(SWIFT) build -c release --product dfcost
	$(BIN) verify $(PUBLISHED)

clean:
	rm -rf .build
