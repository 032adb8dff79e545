#include "Settings.h"

#include <QSettings>
#include <QUrl>

namespace somdesk {

const QList<Settings::KeyInfo>& Settings::keys()
{
    static const QList<KeyInfo> kKeys = {
        {Key::MainWindowGeometry, QStringLiteral("MainWindow/geometry"), Scope::Local, QByteArray()},
        {Key::MainWindowState, QStringLiteral("MainWindow/state"), Scope::Local, QByteArray()},
        {Key::CaseloadSplitter, QStringLiteral("MainWindow/caseloadSplitter"), Scope::Local, QByteArray()},
        // Columns by position: a new column needs a new path, or an old state would give one
        // column's width and hidden flag to the next ("caseloadHeader" had no Officer column).
        {Key::CaseloadHeader, QStringLiteral("MainWindow/caseloadColumns"), Scope::User, QByteArray()},
        {Key::NominalSplitter, QStringLiteral("MainWindow/nominalSplitter"), Scope::Local, QByteArray()},
        {Key::CurrentTab, QStringLiteral("MainWindow/currentTab"), Scope::User, 0},
        {Key::LastDatabase, QStringLiteral("Session/lastDatabase"), Scope::Local, QString()},
        {Key::LastUsername, QStringLiteral("Session/lastUsername"), Scope::Local, QString()},
        {Key::OnlyMyWork, QStringLiteral("MyWork/onlyMine"), Scope::User, true},
        {Key::RecordTab, QStringLiteral("Record/tab"), Scope::User, 0},
        // The chronology's type filter as the bundle's type name; empty for every type.
        {Key::ChronologyType, QStringLiteral("Record/chronologyType"), Scope::User, QString()},
        {Key::DarkPalette, QStringLiteral("View/darkPalette"), Scope::User, false},
    };
    return kKeys;
}

const Settings::KeyInfo& Settings::info(Key key)
{
    for (const KeyInfo& k : keys()) {
        if (k.key == key) {
            return k;
        }
    }
    Q_UNREACHABLE();
}

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

void Settings::setUser(const QString& username)
{
    m_user = username;
}

QString Settings::storedPath(Key key) const
{
    const KeyInfo& k = info(key);
    if (k.scope == Scope::Local) {
        return k.path;
    }
    if (m_user.isEmpty()) {
        return {};
    }
    // Percent-encoded, so no user name can reach into another group of keys.
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(m_user));
    return QStringLiteral("Users/%1/%2").arg(name, k.path);
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& k = info(key);
    const QString path = storedPath(key);
    if (path.isEmpty()) {
        return k.defaultValue;
    }
    QVariant v = m_settings->value(path, k.defaultValue);
    // A value of the wrong type (hand-edited file, older version) falls back to the default.
    if (k.defaultValue.isValid() && !v.canConvert(k.defaultValue.metaType())) {
        return k.defaultValue;
    }
    if (k.defaultValue.isValid()) {
        v.convert(k.defaultValue.metaType());
    }
    return v;
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (const QString path = storedPath(key); !path.isEmpty()) {
        m_settings->setValue(path, value);
    }
}

void Settings::reset(Key key)
{
    if (const QString path = storedPath(key); !path.isEmpty()) {
        m_settings->remove(path);
    }
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace somdesk
