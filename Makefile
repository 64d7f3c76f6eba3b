# Accord: the two set-up commands are `make play` and `make test`.
.PHONY: all deps configure build test asan play lint api-docs clean

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

all: build

deps:
	@bash tools/deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

asan: deps
	@cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DACCORD_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

play: build
	@$(BUILD_DIR)/bin/accord play

lint: deps
	@luacheck --quiet --config scripts/.luacheckrc scripts/scenarios

# Regenerates the API reference and the LuaLS stubs from the binding registry.
api-docs: build
	@$(BUILD_DIR)/bin/accord api --markdown > docs/lua-api.md
	@$(BUILD_DIR)/bin/accord api --lua-stubs > scripts/types/accord.lua

clean:
	@rm -rf $(BUILD_DIR) $(ASAN_DIR)
