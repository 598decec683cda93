// Tools > Token Log Report as a person uses it: the real window of the main window, run on a
// generated log in the background, its figures compared with the core's summary of the same
// log, Cancel, and Save as HTML; offscreen.

#include "config/config_file.h"
#include "document/config_document.h"
#include "main_window.h"
#include "prompts.h"
#include "report/report_bar_chart.h"
#include "report/token_log_html.h"
#include "report/token_log_report.h"
#include "report/token_log_report_window.h"
#include "support/hs256_tokens.h"
#include "support/main_windows.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");
const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray prodSecret = "9aeaf06388b8ab6487d1605b";

// Accepted tokens of the example's "prod" key, expired ones, an unknown kid, a near-miss extra
// value key, a malformed line; the example's "rsa_2026" signs none.
QByteArray generatedLog()
{
    const QByteArray iat = QByteArray::number(now);
    const QByteArray exp = QByteArray::number(now + 7200);
    QList<QByteArray> lines;
    for (int index = 0; index < 7; ++index)
        lines << hs256Token("prod",
                           R"({"uuid":"C0000000)" + QByteArray::number(index) + R"(","iat":)" +
                               iat + R"(,"exp":)" + exp +
                               R"(,"extra_values":{"cell_number":"+33","tier":"gold"}})",
                           prodSecret);
    for (int index = 0; index < 3; ++index)
        lines << hs256Token("prod",
                           R"({"uuid":"C00000010","iat":)" + QByteArray::number(now - 7210) +
                               R"(,"exp":)" + QByteArray::number(now - 10) + "}",
                           prodSecret);
    for (int index = 0; index < 2; ++index)
        lines << hs256Token("ghost", R"({"uuid":"C00000020","exp":)" + exp + "}", prodSecret);
    lines << hs256Token("prod",
                       R"({"uuid":"C00000030","iat":)" + iat + R"(,"exp":)" + exp +
                           R"(,"extra_values":{"cellnumber":"+33"}})",
                       prodSecret);
    lines << "not a token";
    return lines.join('\n') + '\n';
}

// The letter after a single '&', lowercase; a null QChar when the text has none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype index = 0; index + 1 < text.size(); ++index) {
        if (text.at(index) != QLatin1Char('&'))
            continue;
        if (text.at(index + 1) != QLatin1Char('&'))
            return text.at(index + 1).toLower();
        ++index;
    }
    return QChar();
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestTokenLogReportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void showsTheNumbersOfTheCoreSummary();
    void savesTheCoresHtmlPage();
    void nameWithoutExtensionIsSavedAsHtml();
    void cancelStopsTheRunAndLeavesTheWindowUsable();
    void closingTheWindowCancelsTheRun();
    void missingLogIsSaidAndNothingShown();
    void markupInALogPathIsShownAsWritten();
    void everyControlHasAnAccessibleName();
    void mnemonicsAreUniqueInTheWindow();
    void escapeCancelsTheRunThenClosesTheWindow();
    void configurationEditedDuringTheRunIsSaid();

private:
    TokenLogReportWindow* openReport();
    bool runOn(TokenLogReportWindow* report, const QString& path);
    TokenLogSummary coreSummaryOf(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_logPath;
    QString m_bigLogPath;
};

void TestTokenLogReportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_logPath = m_dir.filePath(QStringLiteral("tokens.log"));
    QFile log(m_logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(generatedLog());
    // Large enough to take far longer than a click: a quarter of a million tokens.
    m_bigLogPath = m_dir.filePath(QStringLiteral("big.log"));
    QFile big(m_bigLogPath);
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray block = generatedLog().repeated(1000);
    for (int index = 0; index < 18; ++index)
        big.write(block);
}

void TestTokenLogReportWindow::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

TokenLogReportWindow* TestTokenLogReportWindow::openReport()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    window->show();
    window->findChild<QAction*>(QStringLiteral("tokenLogReportAction"))->trigger();
    auto* report = window->findChild<TokenLogReportWindow*>(QStringLiteral("tokenLogReportWindow"));
    if (!report || !report->isVisible())
        return nullptr;
    report->setClock([] { return now; });
    return report;
}

bool TestTokenLogReportWindow::runOn(TokenLogReportWindow* report, const QString& path)
{
    auto* pathEdit = report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"));
    pathEdit->setText(path);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportRunButton")),
                      Qt::LeftButton);
    if (!report->isRunning())
        return false;
    return QTest::qWaitFor([report] { return !report->isRunning(); }, 60000);
}

TokenLogSummary TestTokenLogReportWindow::coreSummaryOf(const QString& path) const
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    TokenLogReportOptions options;
    options.nowUnixSeconds = now;
    return TokenLogReport::run(*ConfigFile::load(ConfigFile::readBytes(exampleFile)).config, input,
                               options);
}

void TestTokenLogReportWindow::showsTheNumbersOfTheCoreSummary()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    QVERIFY(runOn(report, m_logPath));
    const TokenLogSummary expected = coreSummaryOf(m_logPath);
    QCOMPARE(expected.tokens, 14);
    QVERIFY(report->summary());

    // The verdict lines first, as engagectl report ends with them.
    const QString conclusions =
        report->findChild<QLabel*>(QStringLiteral("reportConclusions"))->text();
    QVERIFY(!expected.conclusions.isEmpty());
    for (const QString& conclusion : expected.conclusions)
        QVERIFY2(conclusions.contains(conclusion), qPrintable(conclusion));
    QVERIFY2(conclusions.contains(QStringLiteral("rsa_2026")), qPrintable(conclusions));
    const QString totals = report->findChild<QLabel*>(QStringLiteral("reportTotals"))->text();
    QVERIFY2(totals.startsWith(QStringLiteral("14 tokens: 8 accepted, 6 rejected; 2 naming a key "
                                              "that is not configured, 1 without")),
             qPrintable(totals));

    const auto* kids = report->findChild<QTableWidget*>(QStringLiteral("reportKidsTable"));
    QCOMPARE(kids->rowCount(), expected.kids.size());
    for (int row = 0; row < kids->rowCount(); ++row) {
        const TokenLogSummary::KidCount& kid = expected.kids.at(row);
        QCOMPARE(cell(kids, row, 0), kid.kid);
        QCOMPARE(cell(kids, row, 2), QString::number(kid.tokens));
        QCOMPARE(cell(kids, row, 3), QString::number(kid.accepted));
        QCOMPARE(cell(kids, row, 4), QString::number(kid.rejected));
    }
    QCOMPARE(cell(kids, 0, 0), QStringLiteral("prod"));
    QCOMPARE(cell(kids, 0, 3), QStringLiteral("8"));
    QCOMPARE(cell(kids, 0, 4), QStringLiteral("3"));
    QCOMPARE(cell(kids, 1, 0), QStringLiteral("rsa_2026"));
    QCOMPARE(cell(kids, 1, 2), QStringLiteral("0"));
    QCOMPARE(cell(kids, 2, 0), QStringLiteral("ghost"));
    QCOMPARE(cell(kids, 2, 1), QStringLiteral("no"));

    const auto* reasons = report->findChild<QTableWidget*>(QStringLiteral("reportReasonsTable"));
    QCOMPARE(reasons->rowCount(), expected.reasons.size());
    for (int row = 0; row < reasons->rowCount(); ++row) {
        QCOMPARE(cell(reasons, row, 0), jwtReasonName(expected.reasons.at(row).reason));
        QCOMPARE(cell(reasons, row, 1), QString::number(expected.reasons.at(row).tokens));
    }
    const auto* hints = report->findChild<QTableWidget*>(QStringLiteral("reportHintsTable"));
    QCOMPARE(hints->rowCount(), expected.hints.size());
    for (int row = 0; row < hints->rowCount(); ++row) {
        QCOMPARE(cell(hints, row, 0), jwtHintName(expected.hints.at(row).code));
        QCOMPARE(cell(hints, row, 1), QString::number(expected.hints.at(row).tokens));
    }
    const auto* keys = report->findChild<QTableWidget*>(QStringLiteral("reportExtraValuesTable"));
    QCOMPARE(keys->rowCount(), expected.extraValueKeys.size());
    for (int row = 0; row < keys->rowCount(); ++row) {
        QCOMPARE(cell(keys, row, 0), expected.extraValueKeys.at(row).key);
        QCOMPARE(cell(keys, row, 2), QString::number(expected.extraValueKeys.at(row).tokens));
    }
    const auto* fields =
        report->findChild<QTableWidget*>(QStringLiteral("reportMappedFieldsTable"));
    QCOMPARE(fields->rowCount(), expected.mappedFields.size());
    for (int row = 0; row < fields->rowCount(); ++row)
        QCOMPARE(cell(fields, row, 2), QString::number(expected.mappedFields.at(row).filled));

    // The charts draw the same figures.
    const auto* kidChart = report->findChild<ReportBarChart*>(QStringLiteral("reportKidChart"));
    QCOMPARE(kidChart->bars().size(), expected.kids.size());
    QCOMPARE(kidChart->bars().at(0).values, (QList<qint64>{8, 3}));
    QVERIFY(
        kidChart->accessibleDescription().contains(QStringLiteral("prod: 8 accepted, 3 rejected")));
    const auto* reasonChart =
        report->findChild<ReportBarChart*>(QStringLiteral("reportReasonChart"));
    QCOMPARE(reasonChart->bars().size(), expected.reasons.size());
    const auto* lifetimeChart =
        report->findChild<ReportBarChart*>(QStringLiteral("reportLifetimeChart"));
    QCOMPARE(lifetimeChart->bars().size(), expected.lifetimes.bands.size());
    qint64 measured = 0;
    for (const ReportBarChart::Bar& bar : lifetimeChart->bars())
        measured += bar.values.at(0);
    QCOMPARE(measured, expected.lifetimes.measured);
}

void TestTokenLogReportWindow::savesTheCoresHtmlPage()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    auto* save = report->findChild<QPushButton*>(QStringLiteral("reportSaveHtmlButton"));
    QVERIFY(!save->isEnabled()); // nothing to save before a report
    QVERIFY(runOn(report, m_logPath));
    QVERIFY(save->isEnabled());
    const QString htmlPath = m_dir.filePath(QStringLiteral("report.html"));
    prompts::answerNextFileChooser(htmlPath);
    QTest::mouseClick(save, Qt::LeftButton);
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(html.readAll(),
             TokenLogHtml::render(coreSummaryOf(m_logPath), QStringLiteral("tokens.log")));
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("report.html")));
}

void TestTokenLogReportWindow::nameWithoutExtensionIsSavedAsHtml()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    QVERIFY(runOn(report, m_logPath));
    const QString typed = m_dir.filePath(QStringLiteral("march-report"));
    prompts::answerNextFileChooser(typed);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportSaveHtmlButton")),
                      Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(typed));
    QFile html(typed + QStringLiteral(".html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("march-report.html")));
}

void TestTokenLogReportWindow::cancelStopsTheRunAndLeavesTheWindowUsable()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    QVERIFY(runOn(report, m_logPath)); // a first report, which the canceled run must not leave
    auto* pathEdit = report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"));
    auto* run = report->findChild<QPushButton*>(QStringLiteral("reportRunButton"));
    auto* cancel = report->findChild<QPushButton*>(QStringLiteral("reportCancelButton"));
    pathEdit->setText(m_bigLogPath);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(report->isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(report->findChild<QProgressBar*>(QStringLiteral("reportProgress"))->isVisible());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 60000);
    QVERIFY(!report->summary());
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("canceled")));
    QVERIFY(run->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!report->findChild<QPushButton*>(QStringLiteral("reportSaveHtmlButton"))->isEnabled());
    QCOMPARE(report->findChild<QTableWidget*>(QStringLiteral("reportKidsTable"))->rowCount(), 0);
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportConclusions"))->text().isEmpty());

    // The window is usable again: the next run reads its log to the end.
    QVERIFY(runOn(report, m_logPath));
    QVERIFY(report->summary());
    QCOMPARE(report->summary()->tokens, 14);
}

void TestTokenLogReportWindow::closingTheWindowCancelsTheRun()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(m_bigLogPath);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportRunButton")),
                      Qt::LeftButton);
    QVERIFY(report->isRunning());
    report->close();
    QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 60000);
    QVERIFY(!report->summary());
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("canceled")));
}

void TestTokenLogReportWindow::missingLogIsSaidAndNothingShown()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    const QString missing = m_dir.filePath(QStringLiteral("missing.log"));
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(missing);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportRunButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!report->isRunning());
    QVERIFY(!report->summary());
    QVERIFY(!report->findChild<QPushButton*>(QStringLiteral("reportSaveHtmlButton"))->isEnabled());
    const QString status = report->findChild<QLabel*>(QStringLiteral("reportStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("missing.log")), qPrintable(status));
}

void TestTokenLogReportWindow::markupInALogPathIsShownAsWritten()
{
    // The status quoted the path as HTML: "<h1>" made a heading, "<img>" loaded a picture.
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    const QString missing = m_dir.filePath(QStringLiteral("<h1>missing</h1>.log"));
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(missing);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportRunButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!report->isRunning());
    const auto* status = report->findChild<QLabel*>(QStringLiteral("reportStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("<h1>missing</h1>.log")),
             qPrintable(status->text()));
    QVERIFY(status->textFormat() == Qt::PlainText ||
            (status->textFormat() == Qt::AutoText && !Qt::mightBeRichText(status->text())));
}

void TestTokenLogReportWindow::everyControlHasAnAccessibleName()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    int checked = 0;
    for (const QWidget* widget : report->findChildren<QWidget*>()) {
        if (!widget->objectName().startsWith(QLatin1String("report")) ||
            qobject_cast<const QLabel*>(widget))
            continue;
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                 qPrintable(widget->objectName()));
        ++checked;
    }
    QCOMPARE(checked, 15); // path, 4 buttons, progress, tabs, 5 tables, 3 charts
}

void TestTokenLogReportWindow::mnemonicsAreUniqueInTheWindow()
{
    // Alt+L went to the token log's field and to the Lifetimes tab: the second was out of reach.
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    QStringList texts;
    for (const QAbstractButton* button : report->findChildren<QAbstractButton*>())
        texts << button->text();
    for (const QLabel* label : report->findChildren<QLabel*>()) {
        if (label->buddy())
            texts << label->text();
    }
    auto* tabs = report->findChild<QTabWidget*>(QStringLiteral("reportDetailsTabs"));
    for (int index = 0; index < tabs->count(); ++index)
        texts << tabs->tabText(index);
    QHash<QChar, QString> owners;
    for (const QString& text : std::as_const(texts)) {
        const QChar mnemonic = mnemonicOf(text);
        if (mnemonic.isNull())
            continue;
        QVERIFY2(!owners.contains(mnemonic),
                 qPrintable(owners.value(mnemonic) + QStringLiteral(" / ") + text));
        owners.insert(mnemonic, text);
    }
    QVERIFY(owners.size() >= 11); // path, Choose, Run, Save, seven tabs
}

void TestTokenLogReportWindow::escapeCancelsTheRunThenClosesTheWindow()
{
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(m_bigLogPath);
    auto* run = report->findChild<QPushButton*>(QStringLiteral("reportRunButton"));
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(report->isRunning());
    QTest::keyClick(report->findChild<QPushButton*>(QStringLiteral("reportCancelButton")),
                    Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 60000);
    QVERIFY(report->isVisible()); // the first Escape stops the run, the window stays
    QVERIFY(report->findChild<QLabel*>(QStringLiteral("reportStatus"))
                ->text()
                .contains(QStringLiteral("canceled")));
    QTest::keyClick(run, Qt::Key_Escape);
    QVERIFY(!report->isVisible());
}

void TestTokenLogReportWindow::configurationEditedDuringTheRunIsSaid()
{
    // The run reads the configuration as it was when it started; the result said "as it is now".
    TokenLogReportWindow* report = openReport();
    QVERIFY(report);
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(m_bigLogPath);
    QTest::mouseClick(report->findChild<QPushButton*>(QStringLiteral("reportRunButton")),
                      Qt::LeftButton);
    QVERIFY(report->isRunning());
    ConfigDocument* document = qobject_cast<MainWindow*>(report->parentWidget())->document();
    CommunityInfo community = document->config().community;
    community.name += QStringLiteral(" (renamed)");
    document->setCommunity(community);
    QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 60000);
    QVERIFY(report->summary());
    const QString status = report->findChild<QLabel*>(QStringLiteral("reportStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("as it was when the report started")) &&
                 status.contains(QStringLiteral("run the report again")),
             qPrintable(status));
}

QTEST_MAIN(TestTokenLogReportWindow)
#include "test_token_log_report_window.moc"
