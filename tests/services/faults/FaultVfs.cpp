#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <mutex>

namespace somdesk::test {

namespace {

struct Plan {
    std::atomic<bool> armed{false};
    std::atomic<int> op{0}; // FaultVfs::Op as int
    std::atomic<int> nth{0};
    std::atomic<int> error{SQLITE_IOERR};
    std::atomic<bool> sticky{false};
    std::atomic<int> writes{0};
    std::atomic<int> syncs{0};
    std::atomic<int> injected{0};
};

Plan& plan()
{
    static Plan p;
    return p;
}

// Counts the call; returns the error to inject, or SQLITE_OK.
int fault(FaultVfs::Op op)
{
    Plan& p = plan();
    const int seen = (op == FaultVfs::Op::Write ? p.writes : p.syncs).fetch_add(1) + 1;
    if (!p.armed.load() || p.op.load() != static_cast<int>(op)) {
        return SQLITE_OK;
    }
    const int n = p.nth.load();
    if (seen == n || (p.sticky.load() && seen > n)) {
        p.injected.fetch_add(1);
        return p.error.load();
    }
    return SQLITE_OK;
}

// Our file: the base struct first (SQLite's handle), the real file right after it.
struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_vfs* realVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}
sqlite3_file* realFile(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

int fClose(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int fRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xRead(r, buf, amount, offset);
}
int fWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset)
{
    if (const int rc = fault(FaultVfs::Op::Write); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* r = realFile(f);
    return r->pMethods->xWrite(r, buf, amount, offset);
}
int fTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xTruncate(r, size);
}
int fSync(sqlite3_file* f, int flags)
{
    if (const int rc = fault(FaultVfs::Op::Sync); rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_file* r = realFile(f);
    return r->pMethods->xSync(r, flags);
}
int fFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xFileSize(r, size);
}
int fLock(sqlite3_file* f, int level)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xLock(r, level);
}
int fUnlock(sqlite3_file* f, int level)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xUnlock(r, level);
}
int fCheckReservedLock(sqlite3_file* f, int* out)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xCheckReservedLock(r, out);
}
int fFileControl(sqlite3_file* f, int op, void* arg)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xFileControl(r, op, arg);
}
int fSectorSize(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xSectorSize(r);
}
int fDeviceCharacteristics(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xDeviceCharacteristics(r);
}
int fShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xShmMap(r, region, size, extend, out);
}
int fShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xShmLock(r, offset, n, flags);
}
void fShmBarrier(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    r->pMethods->xShmBarrier(r);
}
int fShmUnmap(sqlite3_file* f, int deleteFlag)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xShmUnmap(r, deleteFlag);
}
int fFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xFetch(r, offset, amount, out);
}
int fUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xUnfetch(r, offset, p);
}

// The methods for files whose real methods are version 3 (shared memory, mmap) and
// for older ones (no shared memory: SQLite then never calls those entries).
const sqlite3_io_methods kMethodsV3 = {
    3,
    fClose,
    fRead,
    fWrite,
    fTruncate,
    fSync,
    fFileSize,
    fLock,
    fUnlock,
    fCheckReservedLock,
    fFileControl,
    fSectorSize,
    fDeviceCharacteristics,
    fShmMap,
    fShmLock,
    fShmBarrier,
    fShmUnmap,
    fFetch,
    fUnfetch,
};
const sqlite3_io_methods kMethodsV1 = {
    1,
    fClose,
    fRead,
    fWrite,
    fTruncate,
    fSync,
    fFileSize,
    fLock,
    fUnlock,
    fCheckReservedLock,
    fFileControl,
    fSectorSize,
    fDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int vOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultFile*>(file);
    ours->base.pMethods = nullptr;
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultFile));
    ours->real->pMethods = nullptr;
    sqlite3_vfs* real = realVfs(vfs);
    const int rc = real->xOpen(real, name, ours->real, flags, outFlags);
    if (ours->real->pMethods != nullptr) {
        // Even a failed open may set methods; SQLite then calls xClose through ours.
        ours->base.pMethods = ours->real->pMethods->iVersion >= 3 ? &kMethodsV3 : &kMethodsV1;
    }
    return rc;
}
int vDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}
int vAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
}
int vFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}
void* vDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
}
void vDlError(sqlite3_vfs* vfs, int size, char* out)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, out);
}
void (*vDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}
void vDlClose(sqlite3_vfs* vfs, void* handle)
{
    realVfs(vfs)->xDlClose(realVfs(vfs), handle);
}
int vRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}
int vSleep(sqlite3_vfs* vfs, int micros)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), micros);
}
int vCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
}
int vGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
}
int vCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
}

} // namespace

const char* FaultVfs::name()
{
    return "somdesk-faults";
}

bool FaultVfs::install()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        if (real == nullptr) {
            return;
        }
        static sqlite3_vfs vfs{};
        vfs.iVersion = 2; // no xSetSystemCall family: tests never replace system calls
        vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = name();
        vfs.pAppData = real;
        vfs.xOpen = vOpen;
        vfs.xDelete = vDelete;
        vfs.xAccess = vAccess;
        vfs.xFullPathname = vFullPathname;
        vfs.xDlOpen = vDlOpen;
        vfs.xDlError = vDlError;
        vfs.xDlSym = vDlSym;
        vfs.xDlClose = vDlClose;
        vfs.xRandomness = vRandomness;
        vfs.xSleep = vSleep;
        vfs.xCurrentTime = vCurrentTime;
        vfs.xGetLastError = vGetLastError;
        vfs.xCurrentTimeInt64 = real->iVersion >= 2 && real->xCurrentTimeInt64 ? vCurrentTimeInt64 : nullptr;
        ok = sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    });
    return ok;
}

void FaultVfs::arm(Op op, int nth, int error, bool sticky)
{
    Plan& p = plan();
    p.armed = false;
    p.op = static_cast<int>(op);
    p.nth = nth;
    p.error = error;
    p.sticky = sticky;
    p.writes = 0;
    p.syncs = 0;
    p.injected = 0;
    p.armed = true;
}

void FaultVfs::disarm()
{
    plan().armed = false;
}

int FaultVfs::writes()
{
    return plan().writes.load();
}
int FaultVfs::syncs()
{
    return plan().syncs.load();
}
int FaultVfs::injected()
{
    return plan().injected.load();
}

} // namespace somdesk::test
