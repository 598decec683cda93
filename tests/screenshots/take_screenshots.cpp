// Screenshots for the README, taken from the real windows on the bundled example:
//   take_screenshots EXAMPLE OUTPUT_DIR
// Run under Xvfb by tests/screenshots/take_screenshots.sh so that fonts and style are the
// ones of a desktop session.

#include "document/config_document.h"
#include "json/json_parser.h"
#include "jwt/jwt_signer.h"
#include "main_window.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTabWidget>
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

    window->document()->markSaved();
    window->close();
    attention->close();
    return saved ? 0 : 1;
}
