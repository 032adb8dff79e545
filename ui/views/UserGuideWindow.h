#pragma once

// The user guide (docs/user-guide.md, built into the application) in a window of its own,
// opened by Help ▸ User guide (F1): the same text as the repository's, with its screenshots.

#include <QWidget>

class QTextBrowser;

namespace somdesk {

class UserGuideWindow : public QWidget {
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace somdesk
