# Reliability tests (docs/reliability.md): the crash harness the crash and concurrency
# test programs start and kill, and the wiring those programs need beyond the glob.

set(SOMDESK_RELIABILITY_SUPPORT ${CMAKE_CURRENT_SOURCE_DIR}/services/crash/harness)

add_executable(somdesk-crash-harness ${SOMDESK_RELIABILITY_SUPPORT}/CrashHarnessMain.cpp
                                     ${SOMDESK_RELIABILITY_SUPPORT}/ReliabilityFixture.h)
target_include_directories(somdesk-crash-harness PRIVATE ${SOMDESK_RELIABILITY_SUPPORT})
target_link_libraries(somdesk-crash-harness PRIVATE somdesk_services somdesk_options SQLite::SQLite3 Qt6::Core)

foreach(t test_services_crash test_services_faults test_services_concurrency)
  if(TARGET ${t})
    target_include_directories(${t} PRIVATE ${SOMDESK_RELIABILITY_SUPPORT})
    add_dependencies(${t} somdesk-crash-harness)
    target_compile_definitions(${t} PRIVATE SOMDESK_CRASH_HARNESS_PATH="$<TARGET_FILE:somdesk-crash-harness>")
  endif()
endforeach()

if(TARGET test_services_concurrency AND TARGET somdesk-cli)
  add_dependencies(test_services_concurrency somdesk-cli)
  target_compile_definitions(test_services_concurrency PRIVATE SOMDESK_CLI_PATH="$<TARGET_FILE:somdesk-cli>")
endif()
