# zhiping — the two commands: `make run` and `make test`.
BUILD ?= build
JOBS  ?= $(shell nproc)
PORT  ?= 8080
DATA  ?= ./data

.PHONY: all deps configure build run test unit api bench web clean

all: build

deps:
	@scripts/deps.sh

$(BUILD)/build.ninja:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

configure: deps $(BUILD)/build.ninja

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

web: deps
	@if [ -f web/package.json ]; then cd web && npm run build --silent; fi

run: build web
	$(BUILD)/zhiping serve --port $(PORT) --data $(DATA) --demo

# Every test suite: unit (GoogleTest via CTest) and API (the real binary over HTTP).
test: build web
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

unit: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE api

api: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L api

bench: build
	@$(BUILD)/bench/zp_bench --benchmark_min_time=0.2

clean:
	rm -rf $(BUILD)
