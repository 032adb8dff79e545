// Supervision in the main window: the Officer column and filter of the caseload for those
// who supervise several officers (sergeants: their team; inspectors: their area).

#include "MainWindow.h"

#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"

#include "ui_MainWindow.h"

#include <QCollator>
#include <QComboBox>

#include <algorithm>

namespace somdesk {

bool MainWindow::supervisesOfficers() const
{
    // An officer's caseload is their own: one owner says nothing per row.
    return m_session.role == Role::Sergeant || m_session.role == Role::Inspector;
}

void MainWindow::setupSupervision()
{
    const bool supervises = supervisesOfficers();
    m_ui->officerFilterLabel->setVisible(supervises);
    m_ui->officerFilter->setVisible(supervises);
    m_ui->caseloadTable->setColumnHidden(CaseloadModel::Officer, !supervises);
    if (supervises) {
        m_caseload->setOfficers(m_directory);
    }
    m_ui->officerFilter->addItem(tr("All officers"), QString());
    connect(m_ui->officerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_caseloadProxy->setOwner(m_ui->officerFilter->currentData().toString());
        updateCaseloadCount();
    });
}

void MainWindow::updateOfficerFilter()
{
    if (!supervisesOfficers()) {
        return;
    }
    m_caseload->setOfficers(m_directory);
    m_ui->caseloadTable->setColumnHidden(CaseloadModel::Officer, false);

    // The owners of the cases listed, and the officers of the scope who own none yet, so a
    // drill-down to any of them shows their (empty) caseload rather than everyone's.
    QStringList usernames = m_caseload->owners();
    for (const User& u : m_colleagues) {
        const bool inScope = m_session.role == Role::Inspector ||
                             (!m_session.team.isEmpty() && u.team.value_or(QString()) == m_session.team);
        if (u.role == Role::Officer && !u.disabled.value_or(false) && inScope && !usernames.contains(u.username)) {
            usernames << u.username;
        }
    }
    const QString current = m_caseloadProxy->owner();
    if (!current.isEmpty() && !usernames.contains(current)) {
        usernames << current; // asked for: kept, even with no case
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(usernames.begin(), usernames.end(), [&](const QString& a, const QString& b) {
        const int c = collator.compare(m_directory.displayName(a), m_directory.displayName(b));
        return c != 0 ? c < 0 : a < b;
    });

    const QSignalBlocker block(m_ui->officerFilter);
    m_ui->officerFilter->clear();
    m_ui->officerFilter->addItem(tr("All officers"), QString());
    for (const QString& username : usernames) {
        m_ui->officerFilter->addItem(m_directory.displayName(username), username);
    }
    m_ui->officerFilter->setCurrentIndex(std::max(0, m_ui->officerFilter->findData(current)));
}

void MainWindow::showOfficerCaseload(const QString& username)
{
    if (!supervisesOfficers()) {
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->caseloadTab);
    int index = m_ui->officerFilter->findData(username);
    if (index < 0) {
        m_caseloadProxy->setOwner(username); // kept by the rebuild as the choice asked for
        updateOfficerFilter();
        index = m_ui->officerFilter->findData(username);
    }
    if (m_ui->officerFilter->currentIndex() == index) {
        m_caseloadProxy->setOwner(username);
        updateCaseloadCount();
    } else {
        m_ui->officerFilter->setCurrentIndex(index); // narrows the caseload through its signal
    }
}

QString MainWindow::officerFilter() const
{
    return m_caseloadProxy->owner();
}

} // namespace somdesk
