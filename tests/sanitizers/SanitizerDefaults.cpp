// Linked into every executable of a sanitizer build (KGATLAS_SANITIZE=address or thread): the
// options (and, for libraries built without sanitizers, the suppressions) the sanitizers read
// at start-up, so that running any test or the viewer from such a build by hand behaves
// exactly as it does under ctest. Settings in
// ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS or TSAN_OPTIONS still override these.

extern "C" {

// Stack use after return and init-order bugs as well; a report fails the process.
const char* __asan_default_options() {
  return "detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1";
}

// Undefined behaviour is an error, with the stack that reached it.
const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

#ifdef KGATLAS_SANITIZE_address
// The GL driver (Mesa's llvmpipe, loaded by libGL at run time) is unloaded at exit before
// LeakSanitizer looks, and what it still held then reads as leaked from "<unknown module>",
// which no suppression can tell from a leak of ours. In an AddressSanitizer build dlclose keeps
// every module loaded, so what a driver holds stays reachable and LeakSanitizer needs no
// suppressions at all: every leak it reports is real.
int dlclose(void*) { return 0; }
#endif

const char* __tsan_default_options() { return "halt_on_error=1:second_deadlock_stack=1"; }

// Reports that lie wholly inside libraries built without ThreadSanitizer, named by module:
// - GDAL takes its own mutexes in more than one order while it registers its drivers (all on
//   one thread, inside GDALAllRegister);
// - Mesa's llvmpipe rasteriser threads hand work to each other through synchronisation that
//   ThreadSanitizer cannot see in an uninstrumented driver.
// A race or lock-order problem with a frame of kgatlas's own between two threads is not covered.
const char* __tsan_default_suppressions() {
  return "deadlock:libgdal.so\n"
         "race:swrast_dri.so\n";
}

}  // extern "C"
