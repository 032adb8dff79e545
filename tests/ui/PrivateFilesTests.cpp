// The desktop app's data folder and log are as private as the command line's files, and
// its purpose question offers only the list (docs/security.md, "Files, output and free text").

#include "PrivateFolder.h"
#include "dialogs/PurposeDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace somdesk;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("threat: the desktop app's data folder and log are readable by other users", "[security]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share/somdesk"));
    REQUIRE(preparePrivateFolder(folder));
    CHECK(modeOf(folder) == 0700);
    const QString log = folder + QStringLiteral("/somdesk.log");
    REQUIRE(preparePrivateFile(log));
    CHECK(modeOf(log) == 0600);
    // An existing log left world-readable by an older version is narrowed, its lines kept.
    {
        QFile f(log);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("line\n");
    }
    REQUIRE(::chmod(QFile::encodeName(log).constData(), 0644) == 0);
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    REQUIRE(preparePrivateFolder(folder));
    REQUIRE(preparePrivateFile(log));
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(log) == 0600);
    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "line\n");
    // A link in the log's place is not followed.
    const QString link = folder + QStringLiteral("/linked.log");
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("elsewhere.log")), link));
    CHECK_FALSE(preparePrivateFile(link));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("elsewhere.log"))));
}

TEST_CASE("threat: the purpose question lets free text about a person into the audit trail", "[security]")
{
    PurposeDialog dialog(QStringLiteral("N000123"));
    const int intelligence = dialog.reasonBox()->findData(QStringLiteral("intelligence check"));
    REQUIRE(intelligence >= 0);
    dialog.reasonBox()->setCurrentIndex(intelligence);
    dialog.detailEdit()->setText(QStringLiteral("Testperson's sister called"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().startsWith(QStringLiteral("reference:")));
    CHECK(dialog.purpose().isEmpty());
    dialog.detailEdit()->setText(QStringLiteral("IL2026/0042"));
    CHECK(dialog.purpose() == QStringLiteral("intelligence check ref=IL2026/0042"));
    // Every choice is on the list; none is free text.
    for (int i = 0; i < dialog.reasonBox()->count(); ++i) {
        CHECK_FALSE(dialog.reasonBox()->itemData(i).toString().isEmpty());
    }
    CHECK(dialog.reasonBox()->isEditable() == false);
}
