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
    };

    // Local: this machine's window layout; User: the person's choices.
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
};

} // namespace somdesk
