#pragma once

// A test-only SQLite VFS that wraps the default one and makes the Nth xWrite or xSync
// (counted over every file of every connection opened through it, from the moment it is
// armed) return an error such as SQLITE_IOERR_WRITE or SQLITE_FULL. Open a database with
// the VFS name (Database::open(path, mode, FaultVfs::name())) to route it through here.

namespace somdesk::test {

class FaultVfs {
public:
    enum class Op { Write, Sync };

    static const char* name();
    // Registers the VFS (not as the default); safe to call more than once.
    static bool install();

    // From now on the `nth` (1-based) call of `op` returns `error`; with `sticky`, every
    // later one does too (a disk that stays full).
    static void arm(Op op, int nth, int error, bool sticky = false);
    static void disarm();

    // Since the last arm().
    static int writes();
    static int syncs();
    static int injected();
};

} // namespace somdesk::test
