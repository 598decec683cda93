#pragma once

#include "report/token_log_report.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QThread;

namespace engage {

class ConfigDocument;
class ReportBarChart;

// Tools > Token Log Report (docs/engagectl.md report, engage-admin(1)): a token log read against
// the document's configuration by the core (TokenLogReport) on a worker thread, with progress and
// Cancel; then the verdict lines, the tables and the charts of its summary, and Save as HTML, which
// writes the core's page.
class TokenLogReportWindow : public QWidget
{
    Q_OBJECT

public:
    explicit TokenLogReportWindow(ConfigDocument* document, QWidget* parent = nullptr);
    ~TokenLogReportWindow() override;

    // Test seam: the time tokens are judged at (Unix seconds); the system clock by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // The summary shown, if a report ran to its end.
    const std::optional<TokenLogSummary>& summary() const { return m_summary; }
    bool isRunning() const { return m_worker != nullptr; }

protected:
    // Closing the window cancels a run: nobody would see its result.
    void closeEvent(QCloseEvent* event) override;
    // Escape cancels a run, or closes the window when none runs, as in a dialog.
    void keyPressEvent(QKeyEvent* event) override;

signals:
    // A run ended: with a summary shown, canceled, or failed.
    void finished();

private:
    void chooseLog();
    void run();
    void cancel();
    void showProgress(qint64 bytesRead, std::optional<qint64> totalBytes);
    // configChanged: the document was edited during the run, which read the configuration as
    // it was when the run started.
    void showResult(const TokenLogSummary& summary, bool configChanged);
    void showSummary(const TokenLogSummary& summary);
    // A new run shows nothing of the previous one, whatever its end.
    void clearShownSummary();
    void saveHtml();
    void setRunning(bool running);

    ConfigDocument* m_document;
    std::function<qint64()> m_clock;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QLabel* m_conclusions;
    QLabel* m_totals;
    QTabWidget* m_details;
    QTableWidget* m_kids;
    QTableWidget* m_reasons;
    QTableWidget* m_hints;
    QTableWidget* m_extraValueKeys;
    QTableWidget* m_mappedFields;
    QLabel* m_lifetimes;
    ReportBarChart* m_kidChart;
    ReportBarChart* m_reasonChart;
    ReportBarChart* m_lifetimeChart;
    QPushButton* m_saveHtml;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancelRequested{false};
    std::optional<TokenLogSummary> m_summary;
    QString m_summaryTitle; // the log's file name, for the HTML page
};

} // namespace engage
