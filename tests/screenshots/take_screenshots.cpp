// Screenshots for the README, taken from the real windows on the bundled example:
//   take_screenshots EXAMPLE OUTPUT_DIR
// Run under Xvfb by tests/screenshots/take_screenshots.sh so that fonts and style are the
// ones of a desktop session.

#include "document/config_document.h"
#include "json/json_parser.h"
#include "jwt/jwt_signer.h"
#include "main_window.h"
#include "report/token_log_report_window.h"
#include "text/translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace engage;

namespace {

bool save(QWidget* widget, const QString& path)
{
    QTest::qWait(200); // let the style finish its first layout and paint
    const bool saved = widget->grab().save(path);
    QTextStream(saved ? stdout : stderr) << (saved ? "wrote " : "could not write ") << path << '\n';
    return saved;
}

// A token log for the report window: tokens of "prod" (most accepted, some expired), a few of
// an unknown key, and one with a near-miss extra value key; "rsa_2026" signs none.
QByteArray sampleTokenLog(const CommunityConfig& config, qint64 now)
{
    CommunityConfig withStranger = config;
    JwtKey stranger;
    stranger.id = QStringLiteral("legacy_2024");
    stranger.algorithm = JwtAlgorithm::hs256;
    stranger.secret = QStringLiteral("fedcba9876543210fedcba98");
    withStranger.jwtKeys.append(stranger);
    const auto token = [&withStranger](const QString& kid, const QByteArray& payload, qint64 at,
                                       qint64 ttl) {
        JwtSignRequest request;
        request.kid = kid;
        request.payload = *parseJson(payload).value;
        request.nowUnixSeconds = at;
        request.ttlSeconds = ttl;
        return JwtSigner::sign(withStranger, request).token.value_or(QByteArray());
    };
    QByteArray log;
    for (int index = 0; index < 240; ++index) {
        const QByteArray iat = QByteArray::number(now - index);
        const qint64 ttl = index % 3 == 0 ? 86400 : 7200;
        log += token(QStringLiteral("prod"),
                     R"({"uuid":"C)" + QByteArray::number(10000000 + index) + R"(","iat":)" + iat +
                         R"(,"extra_values":{"cell_number":"+33 6 12 34 56 78"}})",
                     now - index, ttl) +
               '\n';
    }
    for (int index = 0; index < 30; ++index)
        log += token(QStringLiteral("prod"),
                     R"({"uuid":"C20000000","iat":)" + QByteArray::number(now - 5000) + "}",
                     now - 5000, 1800) +
               '\n';
    for (int index = 0; index < 12; ++index)
        log += token(QStringLiteral("legacy_2024"),
                     R"({"uuid":"C30000000","iat":)" + QByteArray::number(now) + "}", now, 7200) +
               '\n';
    log += token(QStringLiteral("prod"),
                 R"({"uuid":"C40000000","iat":)" + QByteArray::number(now) +
                     R"(,"extra_values":{"cellnumber":"+33 6 00 00 00 00"}})",
                 now, 7200) +
           '\n';
    return log;
}

// Tools > Token Log Report on the sample log, and the two steps of Rotate… on "prod".
bool saveReportAndRotation(MainWindow* window, const QDir& output)
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("captured-tokens.log"));
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly))
        return false;
    log.write(sampleTokenLog(window->document()->config(), QDateTime::currentSecsSinceEpoch()));
    log.close();
    window->findChild<QAction*>(QStringLiteral("tokenLogReportAction"))->trigger();
    auto* report = window->findChild<TokenLogReportWindow*>(QStringLiteral("tokenLogReportWindow"));
    report->resize(980, 900);
    report->findChild<QLineEdit*>(QStringLiteral("reportLogPathEdit"))->setText(logPath);
    report->findChild<QPushButton*>(QStringLiteral("reportRunButton"))->click();
    if (!QTest::qWaitFor([report] { return !report->isRunning(); }, 60000) ||
        !QTest::qWaitForWindowExposed(report))
        return false;
    bool saved = save(report, output.filePath(QStringLiteral("token-log-report.png")));
    report->close();

    auto* keys = window->findChild<QAbstractItemView*>(QStringLiteral("jwtKeyList"));
    keys->setCurrentIndex(keys->model()->index(0, 0));
    window->findChild<QPushButton*>(QStringLiteral("rotateKeyButton"))->click();
    auto* rotation = window->findChild<QDialog*>(QStringLiteral("keyRotationDialog"));
    rotation->resize(640, 360);
    if (!QTest::qWaitForWindowExposed(rotation))
        return false;
    saved = save(rotation, output.filePath(QStringLiteral("key-rotation.png"))) && saved;
    rotation->findChild<QPushButton*>(QStringLiteral("addNewKeyButton"))->click();
    saved = save(rotation, output.filePath(QStringLiteral("key-rotation-next-steps.png"))) && saved;
    rotation->close();
    return saved;
}

// The main window on an example at a size, saved to a path and closed.
bool saveMainWindow(const QString& example, QSize size, const QString& path)
{
    auto* window = new MainWindow;
    window->loadFile(example);
    window->resize(size);
    window->show();
    const bool saved = QTest::qWaitForWindowExposed(window) && save(window, path);
    window->close();
    return saved;
}

// The same main window and workbench in French (the longer French labels must fit), and the
// main window at 1024×640, a small laptop's screen.
bool saveFrenchAndSmallScreen(const QString& example, const QByteArray& token, const QDir& output)
{
    bool saved = saveMainWindow(example, QSize(1024, 640),
                                output.filePath(QStringLiteral("main-window-1024x640.png")));
    removeTranslations();
    installTranslations(QLocale(QLocale::French), {QStringLiteral(ENGAGE_QM_DIR)});
    saved = saveMainWindow(example, QSize(1100, 720),
                           output.filePath(QStringLiteral("main-window-fr.png"))) &&
            saved;

    auto* window = new MainWindow;
    window->loadFile(example);
    window->show();
    window->findChild<QAction*>(QStringLiteral("workbenchAction"))->trigger();
    auto* workbench = window->findChild<QDialog*>(QStringLiteral("jwtWorkbench"));
    workbench->resize(900, 720);
    workbench->findChild<QPlainTextEdit*>(QStringLiteral("tokenEdit"))
        ->setPlainText(QString::fromLatin1(token));
    saved = QTest::qWaitForWindowExposed(workbench) &&
            save(workbench, output.filePath(QStringLiteral("jwt-workbench-fr.png"))) && saved;
    workbench->close();
    window->close();
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engage-admin-screenshots"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: take_screenshots EXAMPLE OUTPUT_DIR\n";
        return 2;
    }
    const QDir output(arguments.at(2));
    installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)});

    auto* window = new MainWindow;
    window->loadFile(arguments.at(1));
    window->resize(1100, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    bool saved = save(window, output.filePath(QStringLiteral("main-window.png")));

    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    sections->setCurrentIndex(2);
    saved = save(window, output.filePath(QStringLiteral("jwt-keys.png"))) && saved;

    JwtSignRequest request;
    request.kid = QStringLiteral("prod");
    request.payload = *parseJson(R"({"uuid": "C00000001", "extra_values": {"cell_number": "+33 6 12 34 56 78", "email_address": "ada@example.com"}})").value;
    request.nowUnixSeconds = QDateTime::currentSecsSinceEpoch();
    const JwtSignResult signedToken = JwtSigner::sign(window->document()->config(), request);
    window->findChild<QAction*>(QStringLiteral("workbenchAction"))->trigger();
    auto* workbench = window->findChild<QDialog*>(QStringLiteral("jwtWorkbench"));
    workbench->resize(900, 720);
    if (signedToken.token) {
        workbench->findChild<QPlainTextEdit*>(QStringLiteral("tokenEdit"))
            ->setPlainText(QString::fromLatin1(*signedToken.token));
    }
    if (!QTest::qWaitForWindowExposed(workbench))
        return 1;
    saved = save(workbench, output.filePath(QStringLiteral("jwt-workbench.png"))) && saved;

    // The issue's integrator: a uuid that fails the custom field's regex, and a key with a typo.
    request.payload = *parseJson(R"({"uuid": "v1", "extra_values": {"cellnumber": "+33 6 12 34 56 78"}})").value;
    const JwtSignResult hintedToken = JwtSigner::sign(window->document()->config(), request);
    if (hintedToken.token) {
        workbench->findChild<QPlainTextEdit*>(QStringLiteral("tokenEdit"))
            ->setPlainText(QString::fromLatin1(*hintedToken.token));
    }
    saved = save(workbench, output.filePath(QStringLiteral("jwt-workbench-hints.png"))) && saved;

    // A configuration that needs attention: marks in the table and the diagnostics panel.
    auto* attention = new MainWindow;
    attention->loadFile(QFileInfo(arguments.at(1)).dir().filePath(QStringLiteral("needs-attention.json")));
    attention->resize(1100, 720);
    attention->show();
    if (!QTest::qWaitForWindowExposed(attention))
        return 1;
    saved = save(attention, output.filePath(QStringLiteral("diagnostics.png"))) && saved;

    saved = saveReportAndRotation(window, output) && saved;
    saved = saveFrenchAndSmallScreen(arguments.at(1), signedToken.token.value_or(QByteArray()),
                                     output) &&
            saved;

    window->document()->markSaved();
    window->close();
    attention->close();
    return saved ? 0 : 1;
}
