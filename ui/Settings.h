#pragma once

// Typed settings: one table lists every key with its QSettings path, scope and default, so
// no widget spells a settings path or a default of its own.

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace somdesk {

class Settings {
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        CaseloadSplitter,
        CaseloadHeader,
        NominalSplitter,
        CurrentTab,
        LastDatabase,
        LastUsername,
        OnlyMyWork,
        RecordTab,
        ChronologyType,
        DarkPalette,
    };

    // Local: this machine's window layout and the last sign-in; User: the person's choices
    // (columns, filters, tabs), kept under Users/<name>/ so that people who share a
    // workstation do not inherit each other's.
    enum class Scope { Local, User };

    struct KeyInfo {
        Key key;
        QString path;
        Scope scope;
        QVariant defaultValue;
    };

    // The table of every key, in declaration order.
    static const QList<KeyInfo>& keys();
    static const KeyInfo& info(Key key);

    // The application's settings (organisation and application names of QCoreApplication).
    Settings();
    // Settings kept in an INI file, for tests.
    explicit Settings(const QString& iniFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // Whose choices the User keys read and write. Until a user is set they read their
    // defaults and are not written.
    void setUser(const QString& username);
    QString user() const { return m_user; }
    // Where a key is kept for the current user ("Users/pc1000/MyWork/onlyMine").
    QString storedPath(Key key) const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    QString text(Key key) const { return value(key).toString(); }
    bool flag(Key key) const { return value(key).toBool(); }
    int number(Key key) const { return value(key).toInt(); }

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_user;
};

} // namespace somdesk
