# ngx_review_module
#
#   make            build build/ngx_http_review_filter_module.so (against
#                   Debian's nginx-dev, or NGINX_SRC=/path/to/nginx-1.x.y)
#                   and build/review-extract
#   make demo       install what is missing, build, serve the demo pages
#   make test       install what is missing, build, run every test
#
#   LIBXML2_SRC=/path/to/libxml2 (a release's source tree) builds that
#   libxml2 (scripts/build-libxml2, static, into build/libxml2-<version>)
#   and links everything against it instead of the system's.
#
# Warnings are errors everywhere.

SHELL       := /bin/bash
NGINX_SRC   ?=
NGINX_BIN   ?= /usr/sbin/nginx
BUILD       := build
CC          ?= cc
CFLAGS      ?= -O2 -g
WARN        := -Wall -Wextra -Wno-unused-parameter -Wpointer-arith -Werror
LIBXML2_SRC ?=
ifeq ($(LIBXML2_SRC),)
XML2_CFLAGS := $(shell xml2-config --cflags 2>/dev/null \
                 || pkg-config --cflags libxml-2.0 2>/dev/null \
                 || echo -I/usr/include/libxml2)
XML2_LIBS   := $(shell xml2-config --libs 2>/dev/null \
                 || pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
else
XML2_PREFIX := $(shell scripts/build-libxml2 "$(LIBXML2_SRC)" || echo FAILED)
ifeq ($(XML2_PREFIX),FAILED)
$(error could not build libxml2 from $(LIBXML2_SRC))
endif
XML2_CFLAGS := -I$(XML2_PREFIX)/include/libxml2
# static: its symbols stay inside the module, away from a system libxml2
# another module may load
XML2_LIBS   := -Wl,--exclude-libs,libxml2.a $(XML2_PREFIX)/lib/libxml2.a \
               -lm -lpthread
endif
# switching libxml2 rebuilds what was built against the other one
XML2_STAMP  := $(BUILD)/.libxml2
$(shell mkdir -p $(BUILD); [ "$$(cat $(XML2_STAMP) 2>/dev/null)" = \
    "$(XML2_CFLAGS)" ] || echo "$(XML2_CFLAGS)" > $(XML2_STAMP))
# the core's rooms: core/ and every folder in it (parse, page, text, gen...)
CORE_DIRS   := ngx_review_module/core \
               $(patsubst %/,%,$(sort $(wildcard ngx_review_module/core/*/)))
CORE_INCS   := $(addprefix -I,$(CORE_DIRS))
CORE_CFLAGS  = $(CFLAGS) $(WARN) $(XML2_CFLAGS) $(CORE_INCS)

CORE_SRCS   := $(sort $(wildcard $(addsuffix /review*.c,$(CORE_DIRS))))
CORE_HDRS   := $(wildcard $(addsuffix /review*.h,$(CORE_DIRS)))
GLUE_SRCS   := $(wildcard ngx_review_module/ngx_http_review_*.[ch])
CORE_OBJS   := $(patsubst ngx_review_module/core/%.c,$(BUILD)/core/%.o,\
                 $(CORE_SRCS))
UNIT_SRCS   := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS   := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))
MODULE      := $(BUILD)/ngx_http_review_filter_module.so

.PHONY: all module extract unit test prove demo deps-test deps-demo clean \
        fuzz fuzz-build bench bench-warm deps-bench test-asan \
        test-valgrind soak test-short deb accuracy

all: module extract

module: $(MODULE)

extract: $(BUILD)/review-extract

$(MODULE): config $(CORE_SRCS) $(CORE_HDRS) $(GLUE_SRCS) scripts/build-module \
          $(XML2_STAMP)
	LIBXML2_CFLAGS="$(if $(LIBXML2_SRC),$(XML2_CFLAGS))" \
	LIBXML2_LIBS="$(if $(LIBXML2_SRC),$(XML2_LIBS))" \
	REVIEW_MODULE_OUT=$(abspath $(MODULE)) scripts/build-module "$(NGINX_SRC)"

$(BUILD)/core/%.o: ngx_review_module/core/%.c $(CORE_HDRS) $(XML2_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CORE_CFLAGS) -c -o $@ $<

$(BUILD)/libreview.a: $(CORE_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/review-extract: tools/review-extract.c $(BUILD)/libreview.a
	$(CC) $(CORE_CFLAGS) -o $@ $< $(BUILD)/libreview.a $(XML2_LIBS)

$(BUILD)/unit/%: tests/unit/%.c tests/unit/unit.h $(BUILD)/libreview.a
	@mkdir -p $(dir $@)
	$(CC) $(CORE_CFLAGS) -Itests/unit -o $@ $< $(BUILD)/libreview.a \
	    $(XML2_LIBS)

unit: $(UNIT_BINS)
	@fail=0; for t in $(UNIT_BINS); do $$t || fail=1; done; exit $$fail

prove: all
	prove -r t/

deps-test:
	scripts/install-deps test
	@[ -d t/js/node_modules/jsonld ] \
	    || npm ci --prefix t/js --no-audit --no-fund --loglevel=error

deps-demo:
	scripts/install-deps demo

test: deps-test
	$(MAKE) all
	$(MAKE) unit
	prove -r t/
	$(MAKE) test-short

# the long runs, short: what CI can afford on every change
test-short:
	$(MAKE) fuzz FUZZ_TIME=20
	$(MAKE) soak SOAK_TIME=5 SOAK_GROWTH=5
	$(MAKE) test-asan TESTS="t/01-basic.t t/05-escape.t t/10-hostile.t"
	$(MAKE) test-valgrind TESTS="t/01-basic.t"

SOAK_TIME   ?= 60
# a few seconds cannot tell 1% from how many big pages happen to be in
# flight at the peak: the short run only catches gross growth
SOAK_GROWTH ?= 1
TESTS       ?= t/

soak: deps-bench
	$(MAKE) all
	scripts/soak $(SOAK_TIME) $(SOAK_GROWTH)

# the real-page corpus (tests/realpages): rebuilt from the mirrors when
# they are here, then both halves scored through nginx; without mirrors
# (CI) and without a cache it says so and scores nothing
accuracy: deps-test
	$(MAKE) all
	-scripts/realpages build
	scripts/realpages check
	scripts/realpages score
	scripts/realpages validate

demo: deps-demo
	$(MAKE) all
	scripts/demo

$(BUILD)/review-bench: bench/review-bench.c $(BUILD)/libreview.a
	$(CC) $(CORE_CFLAGS) -o $@ $< $(BUILD)/libreview.a $(XML2_LIBS)

# LIBXML2_SRC=/path also benches a libxml2 built from that source tree,
# side by side with the system's (built in build/xml2-src)
bench: deps-bench
	$(MAKE) LIBXML2_SRC= all $(BUILD)/review-bench
	$(if $(LIBXML2_SRC),$(MAKE) BUILD=build/xml2-src \
	    LIBXML2_SRC=$(LIBXML2_SRC) module build/xml2-src/review-bench)
	BENCH_XML2=$(if $(LIBXML2_SRC),build/xml2-src) scripts/bench

# a cache hit against plain static, sendfile off and on: worker CPU per
# request over several rounds, and instructions (docs/performance.md)
bench-warm: deps-bench module
	scripts/bench-warm

deps-bench:
	scripts/install-deps bench

deb:
	scripts/install-deps deb
	scripts/build-deb

# the module with ASan+UBSan in stock nginx, and nginx under memcheck
ASAN_SO      = $(BUILD)/asan/ngx_http_review_filter_module.so
# globals are not instrumented: the ngx_modules[] that nginx generates
# for a dynamic module would be taken for the binary's own, and every
# reload reported as an overflow of it
ASAN_CFLAGS  = -fsanitize=address,undefined -fno-omit-frame-pointer \
               -mllvm -asan-globals=0
ASAN_LDFLAGS = -fsanitize=address,undefined -shared-libasan

$(ASAN_SO): config $(CORE_SRCS) $(CORE_HDRS) $(GLUE_SRCS) scripts/build-module \
          Makefile
	@mkdir -p $(dir $@)
	LD_LIBRARY_PATH=$$(dirname $$(clang \
	    -print-file-name=libclang_rt.asan-x86_64.so)) \
	CC=clang REVIEW_CFLAGS="$(ASAN_CFLAGS)" REVIEW_LDFLAGS="$(ASAN_LDFLAGS)" \
	    REVIEW_MODULE_OUT=$@ scripts/build-module "$(NGINX_SRC)"

test-asan: deps-test
	scripts/install-deps asan
	$(MAKE) all $(ASAN_SO)
	TEST_REVIEW_ASAN=1 TEST_REVIEW_MODULE=$(abspath $(ASAN_SO)) \
	    prove -r $(TESTS)

test-valgrind: deps-test
	scripts/install-deps asan
	$(MAKE) all
	TEST_REVIEW_VALGRIND=1 prove -r $(TESTS)

# libFuzzer with ASan and UBSan over the whole core; FUZZ_TIME seconds
FUZZ_TIME   ?= 60
FUZZ_FLAGS   = -g -O1 -fsanitize=fuzzer,address,undefined \
               -fno-sanitize-recover=undefined

$(BUILD)/fuzz/fuzz_review: tests/fuzz/fuzz_review.c $(CORE_SRCS) $(CORE_HDRS)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) $(XML2_CFLAGS) $(CORE_INCS) -o $@ \
	    tests/fuzz/fuzz_review.c $(CORE_SRCS) $(XML2_LIBS)

fuzz-build: $(BUILD)/fuzz/fuzz_review

fuzz: fuzz-build
	scripts/install-deps fuzz
	scripts/fuzz $(FUZZ_TIME)

clean:
	rm -rf $(BUILD)
