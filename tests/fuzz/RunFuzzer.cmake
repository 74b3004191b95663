# One bounded fuzzing run for ctest: copies the seed corpus into a fresh scratch folder (the
# fuzzer adds to its corpus; tests/ is never written) and fuzzes for SECONDS. Any finding makes
# the harness exit non-zero; its input is kept in WORK as crash-*, timeout-*, leak-* or oom-*.
# cmake -DHARNESS=... -DNAME=... -DSEEDS=... -DDICT=... -DWORK=... -DSECONDS=... -P RunFuzzer.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${SEEDS}/*)
if(seeds)
  file(COPY ${seeds} DESTINATION ${WORK}/corpus)
endif()
set(args -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
  -artifact_prefix=${WORK}/)
if(DICT)
  list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND ${HARNESS} ${args} ${WORK}/corpus RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(GLOB findings ${WORK}/crash-* ${WORK}/timeout-* ${WORK}/leak-* ${WORK}/oom-* ${WORK}/slow-unit-*)
  message(FATAL_ERROR "fuzz ${NAME}: the harness exited with ${status}; the input is in: ${findings}\n"
    "Fix the bug, copy the input into tests/fuzz/regressions/${NAME}/ and add a test in tests/core.")
endif()
