#include "Settings.h"

#include <QSettings>

namespace somdesk {

const QList<Settings::KeyInfo>& Settings::keys()
{
    static const QList<KeyInfo> kKeys = {
        {Key::MainWindowGeometry, QStringLiteral("MainWindow/geometry"), Scope::Local, QByteArray()},
        {Key::MainWindowState, QStringLiteral("MainWindow/state"), Scope::Local, QByteArray()},
        {Key::CaseloadSplitter, QStringLiteral("MainWindow/caseloadSplitter"), Scope::Local, QByteArray()},
        {Key::CaseloadHeader, QStringLiteral("MainWindow/caseloadHeader"), Scope::Local, QByteArray()},
        {Key::NominalSplitter, QStringLiteral("MainWindow/nominalSplitter"), Scope::Local, QByteArray()},
        {Key::CurrentTab, QStringLiteral("MainWindow/currentTab"), Scope::Local, 0},
        {Key::LastDatabase, QStringLiteral("Session/lastDatabase"), Scope::Local, QString()},
        {Key::LastUsername, QStringLiteral("Session/lastUsername"), Scope::Local, QString()},
        {Key::OnlyMyWork, QStringLiteral("MyWork/onlyMine"), Scope::User, true},
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

QVariant Settings::value(Key key) const
{
    const KeyInfo& k = info(key);
    QVariant v = m_settings->value(k.path, k.defaultValue);
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
    m_settings->setValue(info(key).path, value);
}

void Settings::reset(Key key)
{
    m_settings->remove(info(key).path);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace somdesk
