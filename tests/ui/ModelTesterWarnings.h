#pragma once

// Runs QAbstractItemModelTester in warning mode and collects what it reports, so that a
// broken model fails the Catch2 test with the tester's message instead of aborting the run.

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QStringList>

#include <memory>

namespace somdesk::test {

class ModelTesterWarnings {
public:
    ModelTesterWarnings() : m_previous(qInstallMessageHandler(&ModelTesterWarnings::handler)) { current() = this; }
    ~ModelTesterWarnings()
    {
        qInstallMessageHandler(m_previous);
        current() = nullptr;
    }
    ModelTesterWarnings(const ModelTesterWarnings&) = delete;
    ModelTesterWarnings& operator=(const ModelTesterWarnings&) = delete;

    void watch(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }

    const QStringList& failures() const { return m_failures; }

private:
    static ModelTesterWarnings*& current()
    {
        static ModelTesterWarnings* instance = nullptr;
        return instance;
    }

    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (current() != nullptr && context.category != nullptr &&
            QLatin1String(context.category) == QLatin1String("qt.modeltest") && type >= QtWarningMsg) {
            current()->m_failures << message;
        }
    }

    QtMessageHandler m_previous = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QStringList m_failures;
};

} // namespace somdesk::test
