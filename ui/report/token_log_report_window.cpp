#include "report/token_log_report_window.h"

#include "document/config_document.h"
#include "io/atomic_file.h"
#include "io/bounded_input.h"
#include "io/regular_file_check.h"
#include "prompts.h"
#include "report/report_bar_chart.h"
#include "report/token_log_html.h"
#include "report/token_log_text.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace engage {

namespace {

constexpr int progressSteps = 1000;

const QColor acceptedColor(0x2e, 0x7d, 0x32);
const QColor rejectedColor(0xc6, 0x28, 0x28);
const QColor plainColor(0x1f, 0x5f, 0xa8);

QTableWidget* makeReportTable(QWidget* parent, const QString& objectName, const QString& name,
                              const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// One row per entry of `texts`, each a row of cells; numbers are aligned right.
void fillTable(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            auto* item = new QTableWidgetItem(rows.at(row).at(column));
            bool isNumber = false;
            rows.at(row).at(column).toLongLong(&isNumber);
            if (isNumber)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace

TokenLogReportWindow::TokenLogReportWindow(ConfigDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); }), m_path(new QLineEdit(this)),
      m_choose(new QPushButton(tr("&Choose\u2026"), this)),
      m_run(new QPushButton(tr("&Run Report"), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)),
      m_conclusions(new QLabel(this)), m_totals(new QLabel(this)), m_details(new QTabWidget(this)),
      m_saveHtml(new QPushButton(tr("&Save as HTML\u2026"), this))
{
    setObjectName(QStringLiteral("tokenLogReportWindow"));
    setWindowTitle(tr("Token Log Report"));
    m_path->setObjectName(QStringLiteral("reportLogPathEdit"));
    m_path->setAccessibleName(tr("Token log file"));
    m_path->setPlaceholderText(tr("A file of captured tokens, one per line"));
    m_choose->setObjectName(QStringLiteral("reportChooseLogButton"));
    m_choose->setAccessibleName(tr("Choose the token log file"));
    m_run->setObjectName(QStringLiteral("reportRunButton"));
    m_run->setDefault(true);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setRange(0, progressSteps);
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the report"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose a log of captured tokens, one per line, then run the report: "
                         "it checks every token against this configuration."));
    m_conclusions->setObjectName(QStringLiteral("reportConclusions"));
    m_conclusions->setWordWrap(true);
    m_conclusions->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    QFont conclusionFont = m_conclusions->font();
    conclusionFont.setBold(true);
    m_conclusions->setFont(conclusionFont);
    m_totals->setObjectName(QStringLiteral("reportTotals"));
    m_totals->setWordWrap(true);
    m_saveHtml->setObjectName(QStringLiteral("reportSaveHtmlButton"));
    m_saveHtml->setEnabled(false);
    // Paths, kids and errors are quoted in these sentences: a "<" in them is a character.
    for (QLabel* sentence : {m_status, m_conclusions, m_totals})
        sentence->setTextFormat(Qt::PlainText);

    m_kids = makeReportTable(this, QStringLiteral("reportKidsTable"), tr("Tokens by key"),
                             {tr("Key ID"), tr("Configured"), tr("Tokens"), tr("Accepted"),
                              tr("Rejected"), tr("Valid signature"), tr("Latest exp")});
    m_reasons = makeReportTable(this, QStringLiteral("reportReasonsTable"),
                                tr("Rejected tokens by reason"), {tr("Reason"), tr("Tokens")});
    m_hints = makeReportTable(this, QStringLiteral("reportHintsTable"), tr("Hints"),
                              {tr("Hint"), tr("Tokens")});
    m_extraValueKeys =
        makeReportTable(this, QStringLiteral("reportExtraValuesTable"), tr("Extra values keys"),
                        {tr("Key"), tr("Mapped"), tr("Tokens")});
    m_mappedFields =
        makeReportTable(this, QStringLiteral("reportMappedFieldsTable"), tr("Mapped fields filled"),
                        {tr("Key"), tr("Field"), tr("Filled")});
    m_lifetimes = new QLabel(this);
    m_lifetimes->setObjectName(QStringLiteral("reportLifetimes"));
    m_lifetimes->setTextFormat(Qt::PlainText);
    m_lifetimes->setWordWrap(true);
    m_kidChart = new ReportBarChart(tr("Verdicts per key"), this);
    m_kidChart->setObjectName(QStringLiteral("reportKidChart"));
    m_reasonChart = new ReportBarChart(tr("Rejection reasons"), this);
    m_reasonChart->setObjectName(QStringLiteral("reportReasonChart"));
    m_lifetimeChart = new ReportBarChart(tr("Token lifetimes (exp - iat)"), this);
    m_lifetimeChart->setObjectName(QStringLiteral("reportLifetimeChart"));

    auto* charts = new QWidget;
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->addWidget(m_kidChart);
    chartsLayout->addWidget(m_reasonChart);
    chartsLayout->addWidget(m_lifetimeChart);
    chartsLayout->addStretch(1);
    auto* chartsScroll = new QScrollArea(this);
    chartsScroll->setWidget(charts);
    chartsScroll->setWidgetResizable(true);
    auto* lifetimes = new QWidget(this);
    auto* lifetimesLayout = new QVBoxLayout(lifetimes);
    lifetimesLayout->addWidget(m_lifetimes);
    lifetimesLayout->addStretch(1);
    m_details->setObjectName(QStringLiteral("reportDetailsTabs"));
    m_details->setAccessibleName(tr("Report details"));
    m_details->addTab(chartsScroll, tr("C&harts"));
    m_details->addTab(m_kids, tr("&Keys"));
    m_details->addTab(m_reasons, tr("R&easons"));
    m_details->addTab(m_hints, tr("H&ints"));
    m_details->addTab(m_extraValueKeys, tr("E&xtra Values"));
    m_details->addTab(m_mappedFields, tr("&Mapped Fields"));
    m_details->addTab(lifetimes, tr("Li&fetimes")); // Alt+L is the token log's

    auto* pathLabel = new QLabel(tr("Token &log:"), this);
    pathLabel->setBuddy(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    pathRow->addWidget(m_run);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveHtml);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_conclusions);
    layout->addWidget(m_totals);
    layout->addWidget(m_details, 1);
    layout->addLayout(saveRow);

    connect(m_choose, &QPushButton::clicked, this, &TokenLogReportWindow::chooseLog);
    connect(m_run, &QPushButton::clicked, this, &TokenLogReportWindow::run);
    connect(m_path, &QLineEdit::returnPressed, this, &TokenLogReportWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, &TokenLogReportWindow::cancel);
    connect(m_saveHtml, &QPushButton::clicked, this, &TokenLogReportWindow::saveHtml);
    setRunning(false);
    resize(900, 760);
}

TokenLogReportWindow::~TokenLogReportWindow()
{
    // The worker reads this window's cancel flag and posts its progress here: it is told to
    // stop, which it does within a chunk of the log, and waited for before the window goes.
    if (m_worker) {
        m_cancelRequested = true;
        m_worker->wait();
    }
}

void TokenLogReportWindow::closeEvent(QCloseEvent* event)
{
    if (m_worker)
        cancel();
    QWidget::closeEvent(event);
}

void TokenLogReportWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Cancel)) {
        if (m_worker)
            cancel();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TokenLogReportWindow::chooseLog()
{
    const QString path = prompts::openFileName(this, tr("Choose a Token Log"),
                                               tr("Token logs (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_run->setFocus(Qt::OtherFocusReason);
}

void TokenLogReportWindow::setRunning(bool running)
{
    m_path->setEnabled(!running);
    m_choose->setEnabled(!running);
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_saveHtml->setEnabled(!running && m_summary.has_value());
}

void TokenLogReportWindow::run()
{
    if (m_worker)
        return;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the token log to read first."));
        m_path->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Checked here: a named pipe would keep the report waiting for a writer.
    if (const std::optional<QString> problem = RegularFileCheck::problem(path)) {
        m_status->setText(*problem);
        return;
    }
    m_summary.reset();
    m_summaryTitle = QFileInfo(path).fileName();
    m_cancelRequested = false;
    m_progress->setValue(0);
    m_status->setText(tr("Reading \"%1\"\u2026").arg(QDir::toNativeSeparators(path)));
    clearShownSummary();

    const CommunityConfig config = m_document->config();
    TokenLogReportOptions options;
    options.nowUnixSeconds = m_clock();
    options.threads = std::max(1, QThread::idealThreadCount());
    options.cancel = &m_cancelRequested;
    options.progress = [this](qint64 bytesRead, std::optional<qint64> totalBytes) {
        QMetaObject::invokeMethod(
            this, [this, bytesRead, totalBytes] { showProgress(bytesRead, totalBytes); },
            Qt::QueuedConnection);
    };
    auto result = std::make_shared<TokenLogSummary>();
    m_worker = QThread::create([config, options, path, result] {
        QFile input;
        if (const std::optional<QString> error = BoundedInputReader::open(input, path)) {
            result->error = *error;
            return;
        }
        *result = TokenLogReport::run(config, input, options);
    });
    m_worker->setParent(this); // deleted with the window should it close during a run
    connect(m_worker, &QThread::finished, this, [this, result, config] {
        m_worker->deleteLater();
        m_worker = nullptr;
        showResult(*result, m_document->config() != config);
    });
    setRunning(true);
    m_cancel->setFocus(Qt::OtherFocusReason);
    m_worker->start();
}

void TokenLogReportWindow::cancel()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Canceling\u2026"));
}

void TokenLogReportWindow::showProgress(qint64 bytesRead, std::optional<qint64> totalBytes)
{
    if (!m_worker)
        return;
    if (totalBytes && *totalBytes > 0)
        m_progress->setValue(
            int(std::min<qint64>(progressSteps, bytesRead * progressSteps / *totalBytes)));
    else
        m_progress->setRange(0, 0); // size unknown: busy
}

void TokenLogReportWindow::showResult(const TokenLogSummary& summary, bool configChanged)
{
    if (summary.error) {
        m_status->setText(*summary.error);
    } else if (summary.canceled) {
        m_status->setText(tr("The report was canceled before the end of the log, so nothing "
                             "is shown. Run it again to read the whole log."));
    } else {
        m_summary = summary;
        const int tokens = int(std::min<qint64>(summary.tokens, std::numeric_limits<int>::max()));
        m_status->setText(
            configChanged
                ? tr("Read %n token(s) against the configuration as it was when the report "
                     "started; it has been edited since, so run the report again to check the "
                     "log against the edits.",
                     nullptr, tokens)
                : tr("Read %n token(s) against the configuration as it is now.", nullptr, tokens));
        showSummary(summary);
    }
    m_progress->setRange(0, progressSteps);
    setRunning(false);
    m_run->setFocus(Qt::OtherFocusReason);
    emit finished();
}

void TokenLogReportWindow::showSummary(const TokenLogSummary& summary)
{
    QStringList conclusions;
    for (const QString& conclusion : summary.conclusions)
        conclusions.append(QStringLiteral("\u2022 ") + conclusion);
    m_conclusions->setText(conclusions.join(QLatin1Char('\n')));
    m_totals->setText(tr("%1 tokens: %2 accepted, %3 rejected; %4 naming a key that is not "
                         "configured, %5 without a readable kid.")
                          .arg(summary.tokens)
                          .arg(summary.accepted)
                          .arg(summary.rejected)
                          .arg(summary.unknownKidTokens)
                          .arg(summary.tokensWithoutKid));

    QList<QStringList> kidRows;
    QList<ReportBarChart::Bar> kidBars;
    for (const TokenLogSummary::KidCount& kid : summary.kids) {
        const QString kidText = TokenLogText::escapedForDisplay(kid.kid);
        kidRows.append(
            {kidText, kid.configured ? tr("yes") : tr("no"),
             kid.error == 0 ? QString::number(kid.tokens) : tr("at most %1").arg(kid.tokens),
             QString::number(kid.accepted), QString::number(kid.rejected),
             kid.configured ? QString::number(kid.signatureValid) : QString(),
             kid.latestExp ? TokenLogText::unixTimeText(*kid.latestExp) : tr("none")});
        kidBars.append({kidText, {kid.accepted, kid.rejected}});
    }
    fillTable(m_kids, kidRows);
    m_kidChart->setData({{tr("accepted"), acceptedColor}, {tr("rejected"), rejectedColor}},
                        kidBars);

    QList<QStringList> reasonRows;
    QList<ReportBarChart::Bar> reasonBars;
    for (const TokenLogSummary::ReasonCount& reason : summary.reasons) {
        reasonRows.append({jwtReasonName(reason.reason), QString::number(reason.tokens)});
        reasonBars.append({jwtReasonName(reason.reason), {reason.tokens}});
    }
    fillTable(m_reasons, reasonRows);
    m_reasonChart->setData({{tr("tokens"), rejectedColor}}, reasonBars);

    QList<QStringList> hintRows;
    for (const TokenLogSummary::HintCount& hint : summary.hints)
        hintRows.append({jwtHintName(hint.code), QString::number(hint.tokens)});
    fillTable(m_hints, hintRows);

    QList<QStringList> keyRows;
    for (const TokenLogSummary::ExtraValueKeyCount& key : summary.extraValueKeys)
        keyRows.append(
            {TokenLogText::escapedForDisplay(key.key), key.mapped ? tr("yes") : tr("no"),
             key.error == 0 ? QString::number(key.tokens) : tr("at most %1").arg(key.tokens)});
    fillTable(m_extraValueKeys, keyRows);

    QList<QStringList> fieldRows;
    for (const TokenLogSummary::MappedFieldCount& field : summary.mappedFields)
        fieldRows.append({TokenLogText::escapedForDisplay(field.key),
                          TokenLogText::escapedForDisplay(field.field),
                          QString::number(field.filled)});
    fillTable(m_mappedFields, fieldRows);

    const TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    m_lifetimes->setText(
        tr("Over %1 tokens with exp and iat: minimum %2, median %3%4, maximum %5. Without iat "
           "(lifetime unknown): %6. With exp before iat (left out): %7.")
            .arg(lifetimes.measured)
            .arg(TokenLogText::secondsText(lifetimes.minimum),
                 TokenLogText::secondsText(lifetimes.median),
                 lifetimes.medianApproximate ? tr(" (approximate)") : QString(),
                 TokenLogText::secondsText(lifetimes.maximum))
            .arg(lifetimes.withoutIat)
            .arg(lifetimes.expBeforeIat));
    QList<ReportBarChart::Bar> bandBars;
    for (const TokenLogSummary::Lifetimes::Band& band : lifetimes.bands)
        bandBars.append({TokenLogText::bandLabel(band), {band.tokens}});
    m_lifetimeChart->setData({{tr("tokens"), plainColor}}, bandBars);
}

void TokenLogReportWindow::clearShownSummary()
{
    m_conclusions->clear();
    m_totals->clear();
    for (QTableWidget* table : {m_kids, m_reasons, m_hints, m_extraValueKeys, m_mappedFields})
        table->setRowCount(0);
    m_lifetimes->clear();
    for (ReportBarChart* chart : {m_kidChart, m_reasonChart, m_lifetimeChart})
        chart->setData({}, {});
}

void TokenLogReportWindow::saveHtml()
{
    if (!m_summary)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("token-log-report.html"));
    const QString chosen = prompts::saveFileName(this, tr("Save the Report as HTML"), suggested,
                                                 tr("Web pages (*.html)"), QStringLiteral("html"));
    if (chosen.isEmpty())
        return;
    const QByteArray page = TokenLogHtml::render(*m_summary, m_summaryTitle);
    if (const std::optional<QString> error = AtomicFile::write({chosen, page, false})) {
        m_status->setText(*error);
        return;
    }
    m_status->setText(tr("The report was saved as \"%1\".").arg(QDir::toNativeSeparators(chosen)));
}

} // namespace engage
