// engage-admin: the desktop application. Reads the command line, loads the translation,
// opens the first window and offers to recover the work of a session that crashed.

#include "main_window.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engage-admin"));
    QApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ENGAGE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/engage-admin.svg")));

    // --lang is read first, on its own, so that everything after it (the help included) is
    // in that language.
    const QString languageName = QStringLiteral("lang");
    QCommandLineParser languageParser;
    languageParser.addOption(QCommandLineOption(languageName, QString(), QStringLiteral("LANG")));
    languageParser.parse(QApplication::arguments());
    const bool languageChosen = languageParser.isSet(languageName);
    const QLocale locale = languageChosen ? QLocale(languageParser.value(languageName)) : QLocale();
    QLocale::setDefault(locale);
    if (!engage::installTranslations(locale, engage::applicationTranslationDirectories()) &&
        languageChosen) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QApplication::translate(
                                        "main", "engage-admin: no translation for \"%1\"; "
                                                "the application stays in English.")
                                        .arg(languageParser.value(languageName))));
    }
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Engage Community Admin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Edit and check the signed identities, JWT keys and extra values mapping of "
                "RingCentral Engage Messaging communities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        languageName,
        QApplication::translate("main", "The language of the interface, such as \"fr\" or "
                                        "\"en\"; by default the system's."),
        QStringLiteral("LANG")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A configuration file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    auto* window = new engage::MainWindow;
    if (!parser.positionalArguments().isEmpty())
        window->loadFile(parser.positionalArguments().constFirst());
    window->show();
    QTimer::singleShot(0, &app, [] { engage::MainWindow::offerRecovery(); });
    return QApplication::exec();
}
