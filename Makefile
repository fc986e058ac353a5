# zhiping — the two commands: `make run` and `make test`.
BUILD ?= build
JOBS  ?= $(shell nproc)
PORT  ?= 8080
DATA  ?= ./data

.PHONY: all deps configure build run test unit api web-test bench web clean

all: build

deps:
	@scripts/deps.sh

$(BUILD)/build.ninja:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

configure: deps $(BUILD)/build.ninja

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The front end: npm ci when needed (scripts/deps.sh), then type-check and build web/dist.
web: deps
	@if [ -f web/package.json ]; then cd web && npm run build --silent -- --logLevel warn; fi

run: build web
	$(BUILD)/zhiping serve --port $(PORT) --data $(DATA) --demo

# Every test suite through CTest: unit (GoogleTest), API (the real binary over HTTP) and
# web (vitest; e2e in chromium against the real binary serving web/dist).
test: build web
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

unit: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE 'api|web'

api: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L api

web-test: build web
	@cd $(BUILD) && ctest --output-on-failure -L web

bench: build
	@$(BUILD)/bench/zp_bench --benchmark_min_time=0.2

clean:
	rm -rf $(BUILD)
