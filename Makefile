# coil — build, test and benchmark.
#   make          build/coil and build/libcoil.a
#   make demo     build, then run the main job (the asyncio guide)
#   make test     build, then run every unit and script test
#   make bench    speed and memory against python3
# Generated sources (re2c, Bison, embedded Python) go to build/gen, never to the tree.

CXX      ?= g++
BUILD    ?= build
MODE     ?= release
JOBS     ?= 2

WARN     := -Wall -Wextra -Wno-unused-parameter
SAN      := -fsanitize=address,undefined
ifeq ($(MODE),debug)
  OPT    := -O0 -g
else ifeq ($(MODE),asan)
  OPT    := -O1 -g $(SAN) -fno-omit-frame-pointer
else
  OPT    := -O2 -g
endif
CXXFLAGS ?=
CXXFLAGS += -std=c++20 $(OPT) $(WARN) -I. -Iinclude -I$(BUILD)/gen -MMD -MP
LDFLAGS  ?=
LDFLAGS  += $(if $(filter asan,$(MODE)),$(SAN))
LIBS     := -luv -lgmp -lpthread

GEN      := $(BUILD)/gen
OBJ      := $(BUILD)/obj

# Every .cpp in the stage folders is part of the library; new files need no Makefile edit.
SRC_DIRS := lexer parser compiler vm runtime runtime/* stdlib stdlib/*
LIB_SRCS := $(sort $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.cpp)))
RE_SRCS  := $(wildcard lexer/*.re)
Y_SRCS   := $(wildcard parser/*.y)
PY_SRCS  := $(sort $(wildcard stdlib/*.py stdlib/*/*.py))
GEN_RE   := $(patsubst %.re,$(GEN)/%.cpp,$(RE_SRCS))
GEN_Y    := $(patsubst %.y,$(GEN)/%.cpp,$(Y_SRCS))
GEN_HDRS := $(patsubst %.y,$(GEN)/%.hpp,$(Y_SRCS))
GEN_PY   := $(GEN)/stdlib/embedded_sources.cpp

LIB_OBJS := $(patsubst %.cpp,$(OBJ)/%.o,$(LIB_SRCS)) \
            $(patsubst $(GEN)/%.cpp,$(OBJ)/gen/%.o,$(GEN_RE) $(GEN_Y) $(GEN_PY))
MAIN_OBJS := $(patsubst %.cpp,$(OBJ)/%.o,$(wildcard cli/*.cpp))
TEST_SRCS := $(sort $(wildcard tests/unit/*.cpp tests/unit/*/*.cpp))
TEST_OBJS := $(patsubst %.cpp,$(OBJ)/%.o,$(TEST_SRCS))

DEPS_STAMP := $(BUILD)/.deps-ok

.PHONY: all demo test unit-test py-test bench clean
# Generated sources are kept: deleting them as intermediates would force a full rebuild next time.
.SECONDARY: $(GEN_RE) $(GEN_Y) $(GEN_HDRS) $(GEN_PY)
all: $(BUILD)/coil $(BUILD)/libcoil.a

# A fresh machine gets its packages from the project's own script.
$(DEPS_STAMP): scripts/install-deps.sh
	@mkdir -p $(BUILD)
	@scripts/install-deps.sh
	@touch $@

$(GEN)/lexer/%.cpp: lexer/%.re | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -o $@ $<

$(GEN)/parser/%.cpp $(GEN)/parser/%.hpp: parser/%.y | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	bison -Wall -o $(GEN)/parser/$*.cpp --header=$(GEN)/parser/$*.hpp $<

$(GEN)/stdlib/embedded_sources.cpp: $(PY_SRCS) scripts/embed-sources.sh
	@mkdir -p $(dir $@)
	scripts/embed-sources.sh $@ $(PY_SRCS)

# Objects wait for generated headers: any source may include the parser's.
$(OBJ)/%.o: %.cpp | $(DEPS_STAMP) $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -c $< -o $@

$(OBJ)/gen/%.o: $(GEN)/%.cpp | $(DEPS_STAMP) $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -Wno-unused-function -c $< -o $@

$(BUILD)/libcoil.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/coil: $(MAIN_OBJS) $(BUILD)/libcoil.a
	$(CXX) $(LDFLAGS) -o $@ $(MAIN_OBJS) $(BUILD)/libcoil.a $(LIBS)

$(BUILD)/unit_tests: $(TEST_OBJS) $(BUILD)/libcoil.a
	$(CXX) $(LDFLAGS) -o $@ $(TEST_OBJS) $(BUILD)/libcoil.a -lgtest -lgtest_main $(LIBS)

demo: $(BUILD)/coil
	$(BUILD)/coil tests/scripts/guide/asyncio-guide.md

unit-test: $(BUILD)/unit_tests
	$(BUILD)/unit_tests --gtest_brief=1

py-test: $(BUILD)/coil
	scripts/run_py_tests.sh --coil $(BUILD)/coil --jobs $(JOBS)

# Sub-makes keep the build parallel even when the caller forgot -j.
test:
	@$(MAKE) --no-print-directory -j$(JOBS) all $(BUILD)/unit_tests
	@$(MAKE) --no-print-directory unit-test
	@$(MAKE) --no-print-directory py-test

bench: $(BUILD)/coil
	bench/run.sh --coil $(BUILD)/coil

clean:
	rm -rf $(BUILD)

-include $(shell find $(OBJ) -name '*.d' 2>/dev/null)
