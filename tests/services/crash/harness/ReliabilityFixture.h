#pragma once

// Shared by the crash harness and the reliability tests (crash, faults, concurrency):
// a tiny valid bundle, a database set up through the services, a child process with a
// pipe on its stdout, and read-only checks made with raw SQLite (not through the code
// under test, so a bug there cannot hide itself).

#include "services/Services.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <optional>
#include <poll.h>
#include <set>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char** environ; // NOLINT(readability-redundant-declaration)

namespace somdesk::reliability {

inline const QString kAdmin = QStringLiteral("admin");
inline const QByteArray kAdminPassword = QByteArrayLiteral("admin-pw-test");
inline const QString kOfficer = QStringLiteral("pc1");
inline const QByteArray kOfficerPassword = QByteArrayLiteral("pw-test-officer-1");

// The ref of the i-th nominal the fixture bundle holds (N001, N002, …).
inline QString nominalRef(int i, const QString& prefix = QStringLiteral("N"))
{
    return prefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

inline QByteArray nominalJson(const QString& ref, int entries)
{
    QByteArray json = QStringLiteral(R"({"ref":"%1","family_name":"Testperson","given_names":"Nominal %1",)"
                                     R"("date_of_birth":"1980-01-01","area":"A1","owner":"pc1","risk_level":"low",)"
                                     R"("registration":{"first_notified":"2015-03-01","period":"indefinite"})")
                          .arg(ref)
                          .toUtf8();
    if (entries > 0) {
        json += R"(,"entries":[)";
        for (int e = 0; e < entries; ++e) {
            json += QStringLiteral(R"(%1{"id":"E%2","at":"2020-01-01T10:00:00Z","by":"pc1","type":"note",)"
                                   R"("text":"imported entry %2"})")
                        .arg(e == 0 ? QString() : QStringLiteral(","))
                        .arg(e + 1)
                        .toUtf8();
        }
        json += "]";
    }
    return json + "}";
}

// One officer (with a password) and `nominals` nominals owned by them, without entries
// unless asked, so every entry in the database was made by addEntry and has its own
// audit row.
inline QByteArray bundleJson(int nominals, bool withOfficer = true, const QString& prefix = QStringLiteral("N"),
                             int entriesEach = 0)
{
    QByteArray json = R"({"format":"somdesk-bundle","version":1,"users":[)";
    if (withOfficer) {
        json += R"({"username":"pc1","name":"Test Officer One","collar":"1","role":"officer","area":"A1",)"
                R"("team":"A1T1","password":"pw-test-officer-1"})";
    }
    json += R"(],"nominals":[)";
    for (int i = 0; i < nominals; ++i) {
        if (i > 0) {
            json += ",";
        }
        json += nominalJson(nominalRef(i, prefix), entriesEach);
    }
    return json + "]}";
}

inline QString describe(const Error& e)
{
    return e.message;
}

// A new database at `path`: the admin, the officer pc1 and `nominals` nominals.
inline Status setupDatabase(const QString& path, int nominals)
{
    QByteArray pw = kAdminPassword;
    if (Status st = Services::initDatabase(path, kAdmin, QStringLiteral("Admin"), pw); !st) {
        return st;
    }
    auto services = Services::open(path);
    if (!services) {
        return services.error();
    }
    pw = kAdminPassword;
    auto admin = (*services)->signIn(kAdmin, pw);
    if (!admin) {
        return admin.error();
    }
    auto imported = (*services)->importBundle(*admin, bundleJson(nominals));
    if (!imported) {
        return imported.error();
    }
    return {};
}

// ---------------------------------------------------------------- raw SQLite checks

// A read-only connection that is not the code under test.
class RawDb {
public:
    explicit RawDb(const QString& path)
    {
        const QByteArray p = QFile::encodeName(path);
        if (sqlite3_open_v2(p.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            m_error = m_db ? sqlite3_errmsg(m_db) : "cannot open";
        }
        if (m_db) {
            sqlite3_busy_timeout(m_db, 10000);
        }
    }
    ~RawDb()
    {
        if (m_db) {
            sqlite3_close(m_db);
        }
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

    // Rows of text columns for a query with text parameters.
    std::vector<std::vector<std::string>> query(const char* sql, const std::vector<std::string>& params = {})
    {
        std::vector<std::vector<std::string>> rows;
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(m_db);
            return rows;
        }
        for (size_t i = 0; i < params.size(); ++i) {
            sqlite3_bind_text(stmt, static_cast<int>(i + 1), params[i].c_str(), static_cast<int>(params[i].size()),
                              SQLITE_TRANSIENT);
        }
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const unsigned char* t = sqlite3_column_text(stmt, c);
                row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
            }
            rows.push_back(std::move(row));
        }
        if (rc != SQLITE_DONE) {
            m_error = sqlite3_errmsg(m_db);
        }
        sqlite3_finalize(stmt);
        return rows;
    }

    std::string integrityCheck()
    {
        std::string out;
        for (const auto& row : query("PRAGMA integrity_check")) {
            out += (out.empty() ? "" : "\n") + row.at(0);
        }
        return out;
    }

    // (ref, entry id) → text of every entry.
    std::map<std::pair<std::string, std::string>, std::string> entries()
    {
        std::map<std::pair<std::string, std::string>, std::string> out;
        for (const auto& row :
             query("SELECT n.ref, e.entry_id, e.text FROM entries e JOIN nominals n ON n.id = e.nominal_id")) {
            out.emplace(std::make_pair(row.at(0), row.at(1)), row.at(2));
        }
        return out;
    }

    std::set<std::pair<std::string, std::string>> entryKeys()
    {
        std::set<std::pair<std::string, std::string>> out;
        for (const auto& [key, text] : entries()) {
            out.insert(key);
        }
        return out;
    }

    // "ref id" of every entry named by an audit row of addEntry.
    std::set<std::pair<std::string, std::string>> auditedEntries()
    {
        std::set<std::pair<std::string, std::string>> out;
        for (const auto& row : query("SELECT record_ref, detail FROM audit_log WHERE record_type = 'entry' AND "
                                     "operation = 'collection'")) {
            // detail: "entry=E12 type=note"
            const std::string& d = row.at(1);
            const size_t start = d.find("entry=");
            if (start == std::string::npos) {
                continue;
            }
            const size_t end = d.find(' ', start);
            out.emplace(row.at(0), d.substr(start + 6, end == std::string::npos ? std::string::npos : end - start - 6));
        }
        return out;
    }

    std::optional<std::string> entryText(const std::string& ref, const std::string& id)
    {
        const auto rows = query("SELECT e.text FROM entries e JOIN nominals n ON n.id = e.nominal_id "
                                "WHERE n.ref = ? AND e.entry_id = ?",
                                {ref, id});
        if (rows.empty()) {
            return std::nullopt;
        }
        return rows.front().at(0);
    }

    long long count(const char* sql, const std::vector<std::string>& params = {})
    {
        const auto rows = query(sql, params);
        return rows.empty() ? -1 : std::stoll(rows.front().at(0));
    }

private:
    sqlite3* m_db = nullptr;
    std::string m_error;
};

// ---------------------------------------------------------------- child processes

// A child with its stdout on a pipe. Lines are collected only when complete: the
// harness writes each acknowledgement with one write(2) of less than PIPE_BUF bytes.
class Child {
public:
    Child() = default;
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    Child(Child&& other) noexcept { *this = std::move(other); }
    Child& operator=(Child&& other) noexcept
    {
        std::swap(m_pid, other.m_pid);
        std::swap(m_fd, other.m_fd);
        std::swap(m_buffer, other.m_buffer);
        std::swap(m_lines, other.m_lines);
        std::swap(m_status, other.m_status);
        return *this;
    }
    ~Child()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            wait();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    // Starts argv[0] with the parent's environment, where `extraEnv` ("NAME=value") replaces any
    // variable of the same name: the first of two definitions wins for getenv, so appending would
    // let the caller's environment (e.g. a SOMDESK_PASSWORD of their own) decide the test.
    static std::optional<Child> spawn(const std::vector<std::string>& argv,
                                      const std::vector<std::string>& extraEnv = {})
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            return std::nullopt;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        std::vector<char*> args;
        for (const auto& a : argv) {
            args.push_back(const_cast<char*>(a.c_str()));
        }
        args.push_back(nullptr);
        std::vector<std::string> envStrings;
        auto overridden = [&extraEnv](const std::string& entry) {
            const std::string name = entry.substr(0, entry.find('='));
            for (const auto& extra : extraEnv) {
                if (extra.substr(0, extra.find('=')) == name) {
                    return true;
                }
            }
            return false;
        };
        for (char** e = environ; *e != nullptr; ++e) {
            if (!overridden(*e)) {
                envStrings.emplace_back(*e);
            }
        }
        envStrings.insert(envStrings.end(), extraEnv.begin(), extraEnv.end());
        std::vector<char*> env;
        for (auto& e : envStrings) {
            env.push_back(e.data());
        }
        env.push_back(nullptr);
        pid_t pid = -1;
        const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), env.data());
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        if (rc != 0) {
            ::close(fds[0]);
            return std::nullopt;
        }
        Child c;
        c.m_pid = pid;
        c.m_fd = fds[0];
        return c;
    }

    pid_t pid() const { return m_pid; }

    // Reads what arrives within `timeoutMs`; false once the pipe is at its end.
    bool pump(int timeoutMs)
    {
        if (m_fd < 0) {
            return false;
        }
        pollfd p{m_fd, POLLIN, 0};
        const int r = ::poll(&p, 1, timeoutMs);
        if (r <= 0) {
            return r == 0 || errno == EINTR;
        }
        char buf[4096];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n < 0) {
            return errno == EINTR || errno == EAGAIN;
        }
        if (n == 0) {
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        m_buffer.append(buf, static_cast<size_t>(n));
        size_t nl = 0;
        while ((nl = m_buffer.find('\n')) != std::string::npos) {
            m_lines.push_back(m_buffer.substr(0, nl));
            m_buffer.erase(0, nl + 1);
        }
        return true;
    }

    // Reads until the child closes its stdout (after it exits or is killed).
    void drain()
    {
        while (pump(1000)) {
        }
    }

    // Complete lines read so far, removed from the child.
    std::vector<std::string> takeLines() { return std::exchange(m_lines, {}); }
    const std::vector<std::string>& lines() const { return m_lines; }

    void kill9()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
        }
    }

    // Waits for the child; returns the raw wait status.
    int wait()
    {
        if (m_pid > 0) {
            int status = 0;
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
            m_status = status;
            m_pid = -1;
        }
        return m_status;
    }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_buffer;
    std::vector<std::string> m_lines;
    int m_status = 0;
};

// Splits "ack N001 E12 tag" into its words.
inline std::vector<std::string> words(const std::string& line)
{
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < line.size()) {
        const size_t end = line.find(' ', pos);
        out.push_back(line.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
        if (end == std::string::npos) {
            break;
        }
        pos = end + 1;
    }
    return out;
}

} // namespace somdesk::reliability
