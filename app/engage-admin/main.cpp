// engage-admin: the desktop application. Reads the command line, loads the translation,
// opens the first window and offers to recover the work of a session that crashed.

#include "main_window.h"
#include "text/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

const QString languageName = QStringLiteral("lang");

// The options, described in the language installed when it is called.
void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Edit and check the signed identities, JWT keys and extra values mapping of "
                "RingCentral Engage Messaging communities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        languageName,
        QCoreApplication::translate("main", "The language of the interface, such as \"fr\" or "
                                            "\"en\"; by default the system's."),
        QStringLiteral("LANG")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "A configuration file to open."),
        QStringLiteral("[FILE]"));
}

// True when the command line asks only for text (--help, --version) or is wrong: that is
// answered with no window system at all, since QApplication aborts where no display is
// reachable (an SSH session, a CI job). Read before any application object exists.
bool asksOnlyForText(int argc, char* argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    QCommandLineParser parser;
    describeCommandLine(parser);
    return !parser.parse(arguments) || parser.isSet(QStringLiteral("help")) ||
           parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"));
}

// Names, version and translation, for the text-only and the windowed start alike. --lang is
// read first, on its own, so that everything after it (the help included) is in that language.
void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("engage-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));

    QCommandLineParser languageParser;
    languageParser.addOption(QCommandLineOption(languageName, QString(), QStringLiteral("LANG")));
    languageParser.parse(QCoreApplication::arguments());
    const bool languageChosen = languageParser.isSet(languageName);
    const QLocale locale = languageChosen ? QLocale(languageParser.value(languageName)) : QLocale();
    QLocale::setDefault(locale);
    if (!engage::installTranslations(locale, engage::applicationTranslationDirectories()) &&
        languageChosen) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "main", "engage-admin: no translation for \"%1\"; "
                                                "the application stays in English.")
                                        .arg(languageParser.value(languageName))));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        QCommandLineParser parser;
        describeCommandLine(parser);
        parser.process(app); // prints the help, the version or the error, and exits
    }

    QApplication app(argc, argv);
    setUpApplication();
    QApplication::setDesktopFileName(QStringLiteral(ENGAGE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/engage-admin.svg")));
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Engage Community Admin"));

    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);

    auto* window = new engage::MainWindow;
    if (!parser.positionalArguments().isEmpty())
        window->loadFile(parser.positionalArguments().constFirst());
    else
        window->showStartPage();
    window->show();
    QTimer::singleShot(0, &app, [] { engage::MainWindow::offerRecovery(); });
    return QApplication::exec();
}
