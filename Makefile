# dfcost: two commands do all set-up on a fresh Debian machine.
#   make run   installs what is missing, builds in release, prints the published table's totals
#   make test  the same set-up, then every test and the check against the published tables
SHELL := /bin/bash
SWIFT ?= swift
PUBLISHED := $(wildcard Scenarios/published/*.toml)
# libopenblas0-pthread: Debian's alternatives put OpenBLAS behind libblas.so.3/liblapack.so.3 (the
# reference libraries stay installed); the default simulate's tornado runs 1.5x (200 lines) to 2.7x
# (1 000 lines) faster on it, measured in Benchmarks/README.md.
DEBIAN_PACKAGES := liblapacke-dev pkg-config libopenblas0-pthread
# The browser check of the HTML report (scripts/check-html.sh) needs Chromium, the browser check of
# `dfcost serve` (scripts/serve/check-browser.py) Chromium and its WebDriver (chromium-driver), the
# workbook tests LibreOffice Calc (Tests/DFCostCLITests/LibreOfficeWorkbookTests.swift); `make test`
# installs them.
TEST_PACKAGES := chromium chromium-driver libreoffice-calc-nogui
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/dfcost
# The version, from its one place in the source; the commit is written by `stamp` (BuildInfo.swift).
VERSION := $(shell sed -n 's/^ *static let version = "\(.*\)"$$/\1/p' Sources/dfcost/BuildInfo.swift)
STAMP := Sources/dfcost/BuildStamp.generated.swift
STAMP_FLAGS := -Xswiftc -DDFCOST_STAMPED
# `make build` (so run, test, bench) compiles for this machine's CPU: the same bytes as a baseline
# build, the simulation ~25 % faster. `make build TARGET_CPU=` builds for baseline x86-64; `make
# dist` always does (Benchmarks/README.md, "Builds tuned to the CPU").
TARGET_CPU ?= native
CPU_FLAGS := $(if $(TARGET_CPU),-Xswiftc -target-cpu -Xswiftc $(TARGET_CPU))

.PHONY: run test check check-imports check-schemas deps test-deps build verify corpus bench fuzz oracle import-oracle clean stamp dist dist-deps check-dist man check-man doc-test check-html check-serve

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps stamp
	$(SWIFT) build -c release --product dfcost $(STAMP_FLAGS) $(CPU_FLAGS)

run: build
	$(BIN) totals Scenarios/published/ehelseportefolje-2023-10.toml

verify: build
	$(BIN) verify $(PUBLISHED)

# Two compilations, both needed: `swift test` builds every target in debug (tests import modules
# @testable, which an optimized build does not allow, and run the debug dfcost beside them); the
# release build is the binary people run, which the checks below use (the import oracle's 2000
# cases, BLAS providers, verify, doc and browser checks), and scripts/check-builds-agree.sh compares
# the two builds' bytes. After `make run` the release build here is a no-op (same flags, same stamp).
test: deps test-deps stamp check-imports
	$(SWIFT) test
	$(SWIFT) build -c release --product dfcost $(STAMP_FLAGS) $(CPU_FLAGS)
	Benchmarks/check-blas-providers.sh $(BIN)
	scripts/check-builds-agree.sh .build/debug/dfcost $(BIN)
	scripts/check-schemas.py $(BIN)
	$(BIN) verify Scenarios/published --junit .build/verify-published.xml
	scripts/check-junit.py .build/verify-published.xml >/dev/null
	python3 Tests/ImportOracle/oracle.py --self-check --cases 200 --seed 1
	python3 Tests/ImportOracle/oracle.py --dfcost $(BIN) --seed 1 --cases 2000 --jobs 2
	$(MAKE) --no-print-directory doc-test DFCOST_DOC=$(BIN)
	$(MAKE) --no-print-directory check-man
	@if command -v chromium >/dev/null 2>&1; then $(MAKE) --no-print-directory check-html; \
	else echo "chromium not installed: skipping the browser check of the HTML report"; fi
	$(MAKE) --no-print-directory check-serve

# The HTML reports in headless Chromium (scripts/check-html.sh): the report, three rounds side by
# side, a simulation, and a total D&F level; each screenshot at 1280 px (.png) and printed to A4
# (.pdf) in .build/html-check/, failing when a page does not fit a 1280 px window or A4.
HTML_CHECK := .build/html-check
check-html:
	@mkdir -p $(HTML_CHECK)
	$(BIN) report Scenarios/published/ehelseportefolje-2023-10.toml --format html -o $(HTML_CHECK)/report.html
	$(BIN) report Scenarios/published/ehelseportefolje-2023-10.toml --compare Scenarios/examples/illustrativ-runde-2.toml --compare Scenarios/fm-delayed-1y.toml --format html -o $(HTML_CHECK)/report-rounds.html
	$(BIN) report Scenarios/bench/standard-workload.toml --compare Scenarios/fm-delayed-1y.toml --simulate --trials 20000 --format html -o $(HTML_CHECK)/report-simulate.html
	$(BIN) report Scenarios/examples/illustrativ-driftsgrunnlag.toml --by payer --format html -o $(HTML_CHECK)/report-level.html
	for r in report report-rounds report-simulate report-level; do scripts/check-html.sh $(HTML_CHECK)/$$r.html $(HTML_CHECK)/$$r.png || exit 1; done

# `dfcost serve` tested as it will be used, each check starting its own server on a free loopback
# port over a temporary copy of Scenarios/ and stopping it with SIGTERM (docs/guide/serve.md,
# "How it is tested"): hostile requests (path traversal in every form, huge and malformed bodies,
# 10^12 trials, too many simulations, slowloris, a thousand requests at once, the token, SIGTERM
# mid-request), the API against its OpenAPI document (openapi-spec-validator, schemathesis), the
# pages in Chromium through Selenium (what-if, compare, a simulation, the xlsx download; screenshots
# and A4 PDFs in .build/serve-check/), and a short load run (Benchmarks/serve-load.py, 2 s a cell,
# its table printed). BIN picks the binary: `make check-serve BIN=.build/debug/dfcost` after
# `swift build --product dfcost`. All four run, then it fails if any failed.
check-serve:
	@fail=""; \
	scripts/serve/check-hostile.py $(BIN) || fail="$$fail hostile"; \
	scripts/serve/check-api.py $(BIN) || fail="$$fail api"; \
	scripts/serve/check-browser.py $(BIN) --out .build/serve-check || fail="$$fail browser"; \
	Benchmarks/serve-load.py $(BIN) --seconds 2 || fail="$$fail load"; \
	if [ -n "$$fail" ]; then echo "check-serve: failed:$$fail"; exit 1; fi

# Every example of the docs (README.md, Scenarios/README.md, docs/guide/*.md) and of every
# --help text, run against DFCOST_DOC (`make test`: the release binary; by hand, after
# `swift build --product dfcost`, the debug one).
DFCOST_DOC ?= .build/debug/dfcost
DOC_FILES := README.md Scenarios/README.md $(wildcard docs/guide/*.md)
doc-test:
	scripts/doc-test.py $(DFCOST_DOC) $(DOC_FILES)
	scripts/help-test.py $(DFCOST_DOC)

# The man pages of docs/man/, one per command, generated from the command definitions by
# swift-argument-parser's generate-manual plugin (a debug build; works offline). MAN_DATE is the
# date the pages carry: the release date of VERSION, so that a regeneration gives the same bytes.
# `make check-man` (in `make test`) fails when the committed pages differ from fresh ones:
# run `make man` after changing a command's options or help text.
MAN_DATE := 2026-12-07
MAN_OUT := .build/plugins/GenerateManual/outputs/dfcost
define generate-man
	rm -rf $(MAN_OUT)
	$(SWIFT) package --allow-writing-to-package-directory generate-manual \
	  --configuration debug --multi-page --date $(MAN_DATE) >/dev/null
endef
man:
	$(generate-man)
	rm -rf docs/man && mkdir -p docs/man && cp $(MAN_OUT)/*.1 docs/man/
	@ls docs/man
check-man:
	$(generate-man)
	@diff -r docs/man $(MAN_OUT) || { echo "docs/man differs from the command definitions: run make man"; exit 1; }

# The fast loop for development: one debug build (the one `swift test` makes), every Swift test,
# the doc test and the JSON schemas on the debug binary, the package graph's imports. No release
# build, no browser, no import oracle, and the differential oracle at CHECK_ORACLE_CASES random
# scenarios (`make test`: 20000). Seconds to a few minutes once built; `make test` stays the
# complete check (.ci/run calls it). CHECK_FILTER runs only the Swift tests it matches
# (swift test --filter), e.g. `make check CHECK_FILTER=RendererGoldenTests`.
DEBUG_BIN := .build/debug/dfcost
CHECK_ORACLE_CASES ?= 1000
CHECK_FILTER ?=
check: deps check-imports
	$(SWIFT) build --build-tests
	DFCOST_ORACLE_CASES=$(CHECK_ORACLE_CASES) $(SWIFT) test --skip-build $(if $(CHECK_FILTER),--filter '$(CHECK_FILTER)')
	$(MAKE) --no-print-directory doc-test DFCOST_DOC=$(DEBUG_BIN)
	scripts/check-schemas.py $(DEBUG_BIN)

# Every module a target imports that this package or its dependencies make is a declared
# dependency of that target (an undeclared one builds only while SwiftPM happens to build it first).
check-imports:
	scripts/check-imports.py

# Every JSON document dfcost writes (totals, explain, simulate, compare, report, on the published
# table and Scenarios/) against its JSON Schema in docs/ (python3 jsonschema, from `make test-deps`).
# DFCOST picks the binary (default the debug one).
check-schemas:
	@test -x $(DFCOST) || [ "$(DFCOST)" != .build/debug/dfcost ] || $(SWIFT) build --product dfcost
	scripts/check-schemas.py $(DFCOST)

# Speed against the NumPy peer (Benchmarks/README.md): simulate at 10^6, 10^7 and 200 lines,
# sweep throughput, verify start-up. RUNS=3 for a shorter run. Not part of `make test`.
bench: build
	DFCOST=$(BIN) Benchmarks/compare-numpy.sh

# libFuzzer + ASan harnesses of Fuzz/ (scenario loader, extends chains and operations; import;
# workbook reader), SECONDS split among them; a run without coverage or corpus growth fails.
# Not part of `make test`; the malformed corpus is (MalformedCorpusTests).
SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh all $(SECONDS)

# The differential oracle of Tests/DFCostOracleTests alone, in release, with N random scenarios
# (`make test` runs it with 20000). ORACLE_FLAGS passes more to swift test, e.g. a --scratch-path.
N ?= 200000
ORACLE_FLAGS ?=
oracle: deps
	DFCOST_ORACLE_CASES=$(N) $(SWIFT) test -c release $(ORACLE_FLAGS) --filter DFCostOracleTests

# The import oracle (Tests/ImportOracle/README.md): N random D&F tables (default 2000) in random
# analyst layouts (CSV, TSV, Windows-1252, .xlsx by openpyxl and by xlsxwriter) through
# `DFCOST import`; a must-import layout refused, a different table, or a corrupted table accepted
# fails (after a self-check of the generator and writers on 200 cases). SEED picks the cases
# (default 1); a failing case replays with
# `Tests/ImportOracle/oracle.py --seed S --case K`. Not part of `make test`.
DFCOST ?= .build/debug/dfcost
SEED ?= 1
import-oracle:
	@test -x $(DFCOST) || [ "$(DFCOST)" != .build/debug/dfcost ] || $(SWIFT) build --product dfcost
	python3 Tests/ImportOracle/oracle.py --self-check --cases 200 --seed $(SEED)
	python3 Tests/ImportOracle/oracle.py --dfcost $(DFCOST) --seed $(SEED) \
	  --cases $(if $(filter file,$(origin N)),2000,$(N))

# Chromium for the browser check and LibreOffice Calc for the workbook tests, installed with
# apt-get only when missing; junitparser and xmlschema (pip) for the tests that read the JUnit
# reports with an independent reader; openpyxl and xlsxwriter (pip) for the import oracle's
# workbooks and the tests that read dfcost's workbooks with software nobody here wrote;
# jsonschema (pip) for the check of dfcost's JSON against docs/*.schema.json; selenium,
# schemathesis and openapi-spec-validator (pip, scripts/serve/requirements.txt) for check-serve.
PIP_PACKAGES := junitparser xmlschema openpyxl xlsxwriter jsonschema
SERVE_REQUIREMENTS := scripts/serve/requirements.txt
test-deps:
	@missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import junitparser, xmlschema, openpyxl, xlsxwriter, jsonschema' 2>/dev/null || { echo "installing: $(PIP_PACKAGES) (pip)"; \
	  python3 -m pip install -q $(PIP_PACKAGES) || python3 -m pip install -q --break-system-packages $(PIP_PACKAGES); }
	@python3 -c 'import selenium, openapi_spec_validator, schemathesis; assert int(schemathesis.__version__.split(".")[0]) >= 4' 2>/dev/null || { \
	  echo "installing: $(SERVE_REQUIREMENTS) (pip)"; \
	  python3 -m pip install -q -r $(SERVE_REQUIREMENTS) || python3 -m pip install -q --break-system-packages -r $(SERVE_REQUIREMENTS); }

# The commit for `dfcost --version`, in a file git ignores, rewritten only when it changes.
stamp:
	@commit=$$(git rev-parse --short=12 HEAD 2>/dev/null); modified=false; \
	if [ -n "$$commit" ] && [ -n "$$(git --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then \
	  modified=true; fi; \
	value=$${commit:+\"$$commit\"}; \
	text="// Written by \`make stamp\` (git ignores it); see BuildInfo.swift.\n#if DFCOST_STAMPED\nenum BuildStamp { static let commit: String? = $${value:-nil}; static let modified = $$modified }\n#endif"; \
	printf "$$text\n" | cmp -s - $(STAMP) || printf "$$text\n" > $(STAMP)

# The portable build (README, "In CI: one portable binary, ..."): release, the Swift runtime linked in
# (--static-swift-stdlib), and every other library but glibc linked from Debian's static archives:
# LAPACKE, reference LAPACK and BLAS and the Fortran runtime (CLapacke), libxml2 with ICU and liblzma
# (FoundationXML, for .xlsx import), zlib (ZIPFoundation), libstdc++ and the unwinder (libgcc_eh,
# so no libgcc_s), stripped. The link is pointed at them by pkg-config files of its own for lapacke
# and zlib in $(DIST_SCRATCH)/pkgconfig and a folder holding only the static archives. Both files
# matter: zlib's own .pc puts -L/usr/lib/x86_64-linux-gnu on the link line ahead of every other
# folder, where -llapacke, -llapack, -lblas and FoundationXML's -lxml2 would find the shared
# libraries (and through them OpenBLAS, libgfortran, libquadmath and ICU).
GCC_MAJOR := $(or $(shell ls /usr/lib/gcc/x86_64-linux-gnu 2>/dev/null | sort -n | tail -1),12)
DIST_PACKAGES := liblapacke-dev liblapack-dev libblas-dev libgcc-$(GCC_MAJOR)-dev libgfortran-$(GCC_MAJOR)-dev \
  libstdc++-$(GCC_MAJOR)-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev binutils
DIST_SCRATCH := .build-dist
DIST_TARBALL := dist/dfcost-$(VERSION)-linux-x86_64.tar.gz
LIBDIR := /usr/lib/x86_64-linux-gnu
GCCDIR := /usr/lib/gcc/x86_64-linux-gnu/$(GCC_MAJOR)
DIST_ARCHIVES := $(LIBDIR)/liblapacke.a $(LIBDIR)/lapack/liblapack.a $(LIBDIR)/blas/libblas.a \
  $(GCCDIR)/libgfortran.a $(GCCDIR)/libquadmath.a $(LIBDIR)/libxml2.a $(LIBDIR)/libicuuc.a \
  $(LIBDIR)/libicudata.a $(LIBDIR)/liblzma.a $(LIBDIR)/libz.a $(GCCDIR)/libstdc++.a
# What the portable binary may load: glibc's libraries and the dynamic loader, nothing else.
DIST_ALLOWED := linux-vdso|libc\.so|libm\.so|libpthread\.so|libdl\.so|libutil\.so|librt\.so|ld-linux

dist-deps:
	@missing=""; for p in $(DIST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

dist: deps dist-deps stamp
	rm -rf $(DIST_SCRATCH)/static-libs $(DIST_SCRATCH)/pkgconfig
	mkdir -p $(DIST_SCRATCH)/static-libs $(DIST_SCRATCH)/pkgconfig dist
	ln -s $(DIST_ARCHIVES) $(DIST_SCRATCH)/static-libs/
	printf 'Name: LAPACKE\nDescription: static LAPACKE, LAPACK, BLAS, Fortran runtime, libxml2, ICU, liblzma, zlib, libstdc++ for make dist\nVersion: 3\nLibs: -L%s -llapacke -llapack -lblas -lgfortran -lquadmath -lxml2 -licuuc -licudata -llzma -lz -lstdc++ -lgcc_eh -lm -ldl -lpthread\nCflags: %s\n' \
	  "$(CURDIR)/$(DIST_SCRATCH)/static-libs" "$$(pkg-config --cflags lapacke)" > $(DIST_SCRATCH)/pkgconfig/lapacke.pc
	printf 'Name: zlib\nDescription: static zlib for make dist\nVersion: 1\nLibs: -L%s -lz\nCflags: %s\n' \
	  "$(CURDIR)/$(DIST_SCRATCH)/static-libs" "$$(pkg-config --cflags zlib)" > $(DIST_SCRATCH)/pkgconfig/zlib.pc
	PKG_CONFIG_PATH=$(CURDIR)/$(DIST_SCRATCH)/pkgconfig $(SWIFT) build -c release --product dfcost \
	  --scratch-path $(DIST_SCRATCH) --static-swift-stdlib $(STAMP_FLAGS) -Xswiftc -DDFCOST_PORTABLE
	rm -f dist/dfcost dist/dfcost-*-linux-x86_64.tar.gz
	strip -o dist/dfcost $(DIST_SCRATCH)/release/dfcost
	@if ldd dist/dfcost | grep -vE '$(DIST_ALLOWED)'; then \
	  echo "dist/dfcost still loads the libraries above (only glibc's may be loaded)"; exit 1; fi
	dist/dfcost --version --locale en | grep -q '^build: portable'
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$$(git log -1 --format=%ct 2>/dev/null || echo 0) \
	  -C dist -cf - dfcost | gzip -n -9 > $(DIST_TARBALL)
	@ls -l dist/dfcost $(DIST_TARBALL); ldd dist/dfcost

# The portable binary in a bare Debian root made by debootstrap (scripts/check-dist.sh): verify,
# totals and a short simulate give the same output as the normal build. Needs root and the
# Debian mirror apt uses; the check takes about 2.5 minutes after the two builds (README). Not
# part of `make test` (a third full build and a Debian root download); .ci/run runs it after.
check-dist: dist build
	scripts/check-dist.sh dist/dfcost $(BIN)

# The screenshot of the published table's report shown in the README.
docs/report.png: build
	$(BIN) report Scenarios/published/ehelseportefolje-2023-10.toml --format html -o .build/report.html
	scripts/check-html.sh .build/report.html .build/report.png
	cp .build/report.png docs/report.png

# The screenshot of `dfcost serve` shown in the README: the published table with FM's phase-out
# delayed by one year, 1280 px wide, taken by the browser check.
docs/images/serve.png: build
	@mkdir -p docs/images
	scripts/serve/check-browser.py $(BIN) --out .build/serve-check --readme-shot docs/images/serve.png

clean:
	rm -rf .build $(DIST_SCRATCH) dist
