#include "command.h"

#include "config/config_file.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "jwt/jwt_verifier.h"
#include "text/translations.h"
#include "text/untrusted_text.h"

#include <QDateTime>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <sys/stat.h>

namespace engage {

namespace {

// Qt's toInt() and toDouble() take " 5", "+5" and "5." too: an option's number is written as
// the usage says, digits first and last.
bool startsAndEndsWithADigit(const QString& text)
{
    return !text.isEmpty() && text.front().isDigit() && text.back().isDigit();
}

} // namespace

std::optional<QString> Console::finishOutput()
{
    out.flush();
    // The stream's own flush can fail unseen; the C library keeps the error until asked.
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return std::nullopt;
    const QString reason = errno != 0 ? qt_error_string(errno) : out.device()->errorString();
    return tr("Standard output could not be written: %1. What was printed is incomplete.")
        .arg(reason);
}

void speakLanguage(const QLocale& locale)
{
    const QStringList builtIn{QStringLiteral(":/translations")};
    removeTranslations();
    // Numbers and lists are written as the sentences around them are: a language without a
    // translation falls back to English for both, never "22,2 %" inside an English sentence.
    if (installTranslations(locale, builtIn)) {
        QLocale::setDefault(locale);
    } else {
        installTranslations(QLocale(QLocale::English), builtIn);
        QLocale::setDefault(QLocale(QLocale::English));
    }
}

MachineReadableLanguage::MachineReadableLanguage(bool active)
{
    if (!active)
        return;
    m_userLocale = QLocale();
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator*>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        translator->setParent(nullptr);
        m_userTranslators.emplace_back(translator);
    }
    // The same bytes whatever the user's locale: English words, C numbers and lists, and the
    // C library's words for system errors (strerror, which Qt quotes) of the C locale.
    speakLanguage(QLocale(QLocale::English));
    QLocale::setDefault(QLocale::c());
    if (const char* messages = std::setlocale(LC_MESSAGES, nullptr))
        m_userMessagesLocale = messages;
    std::setlocale(LC_MESSAGES, "C");
}

MachineReadableLanguage::~MachineReadableLanguage()
{
    if (!m_userLocale)
        return;
    removeTranslations();
    // Installed again in their first order, so that they are looked up as before.
    for (std::unique_ptr<QTranslator>& translator : m_userTranslators) {
        translator->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(translator.release());
    }
    QLocale::setDefault(*m_userLocale);
    if (m_userMessagesLocale)
        std::setlocale(LC_MESSAGES, m_userMessagesLocale->c_str());
}

std::optional<int> Command::parse(QCommandLineParser& parser, const QStringList& arguments,
                                  Console& console) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    parser.addOption(helpOption);
    // QCommandLineParser takes the program name first. Its error quotes an unknown option as
    // it was given: escaped, as any argument echoed.
    if (!parser.parse(QStringList{QStringLiteral("engagectl")} + arguments))
        return usageError(UntrustedText::forDisplay(parser.errorText()), console);
    if (parser.isSet(helpOption)) {
        // Qt names the executable's full path in the usage line; scripts' readers want
        // "engagectl <command>".
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1String(" [options]")),
                     tr("Usage: engagectl %1").arg(name()));
        console.out << help;
        return ExitSuccess;
    }
    return std::nullopt;
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
}

int Command::usageError(const QString& message, Console& console) const
{
    printMessage(console, message);
    console.err << tr("Run \"engagectl %1 --help\" for its usage.").arg(name()) << '\n';
    return ExitUsageOrIo;
}

void Command::printMessage(Console& console, const QString& message) const
{
    console.err << tr("engagectl %1: %2").arg(name(), message) << '\n';
}

std::optional<int> Command::refuseStandardInputTwice(const QStringList& inputs,
                                                     Console& console) const
{
    if (inputs.count(QStringLiteral("-")) <= 1)
        return std::nullopt;
    return usageError(tr("standard input (\"-\") can be read only once."), console);
}

std::optional<int> Command::refuseOutputOverInput(const QString& output, const QStringList& inputs,
                                                  Console& console) const
{
    struct stat written
    {
    };
    if (::stat(QFile::encodeName(output).constData(), &written) != 0)
        return std::nullopt; // a new file
    for (const QString& input : inputs) {
        struct stat read
        {
        };
        if (input != QLatin1String("-") &&
            ::stat(QFile::encodeName(input).constData(), &read) == 0 &&
            read.st_dev == written.st_dev && read.st_ino == written.st_ino) {
            return usageError(tr("--out names %1, which this command reads; nothing was "
                                 "written. Choose another file.")
                                  .arg(fileLabel(input)),
                              console);
        }
    }
    return std::nullopt;
}

BoundedInput Command::readConfigReportingError(const QString& path, Console& console) const
{
    BoundedInput input = ConfigFile::readBytes(path);
    if (input.error)
        printMessage(console, *input.error);
    return input;
}

std::optional<ConfigLoadResult> Command::loadConfigReportingDiagnostics(const QString& path,
                                                                        Console& console) const
{
    const BoundedInput input = readConfigReportingError(path, console);
    if (input.error)
        return std::nullopt;
    ConfigLoadResult result = ConfigFile::load(input);
    printDiagnostics(console.err, fileLabel(path), result.diagnostics);
    return result;
}

Command::LoadedConfigFile Command::loadConfigFile(const QString& path, Console& console) const
{
    std::optional<ConfigLoadResult> loaded = loadConfigReportingDiagnostics(path, console);
    if (!loaded)
        return {std::nullopt, ExitUsageOrIo};
    if (!loaded->holdsConfiguration()) {
        printMessage(console,
                     tr("%1 is not a configuration that can be read.").arg(fileLabel(path)));
        return {std::nullopt, ExitInvalid};
    }
    return {std::move(loaded), ExitSuccess};
}

Command::LoadedConfig Command::loadConfig(const QString& path, Console& console) const
{
    return loadCommunityConfig(path, std::nullopt, console);
}

Command::LoadedConfig Command::loadValidConfig(const QString& path, const QString& refusal,
                                               Console& console) const
{
    return loadCommunityConfig(path, refusal, console);
}

Command::LoadedConfig Command::loadCommunityConfig(const QString& path,
                                                   const std::optional<QString>& refusal,
                                                   Console& console) const
{
    LoadedConfigFile file = loadConfigFile(path, console);
    if (!file.loaded)
        return {std::nullopt, file.exitCode};
    ConfigLoadResult& result = *file.loaded;
    if (hasErrors(result.diagnostics)) {
        if (refusal) {
            printMessage(console, *refusal);
            return {std::nullopt, ExitInvalid};
        }
        printMessage(console, tr("%1 has errors; keys with errors cannot verify or sign anything.")
                                  .arg(fileLabel(path)));
    }
    return {std::move(result.config), ExitSuccess};
}

QCommandLineOption Command::nowOption()
{
    return QCommandLineOption(QStringLiteral("now"),
                              tr("Take this Unix time (seconds) as the current time."),
                              QStringLiteral("UNIX"));
}

std::optional<int> Command::threadCountFrom(const QCommandLineParser& parser,
                                            const QCommandLineOption& threads,
                                            Console& console) const
{
    if (!parser.isSet(threads))
        return QThread::idealThreadCount();
    return wholeNumberFrom(parser, threads, 1, 256, console);
}

std::optional<int> Command::wholeNumberFrom(const QCommandLineParser& parser,
                                            const QCommandLineOption& option, int lowest,
                                            int highest, Console& console) const
{
    bool isNumber = false;
    const QString text = parser.value(option);
    const int value = text.toInt(&isNumber);
    if (!isNumber || !startsAndEndsWithADigit(text) || value < lowest || value > highest) {
        usageError(tr("--%1 takes a whole number from %2 to %3.")
                       .arg(option.names().constFirst())
                       .arg(lowest)
                       .arg(highest),
                   console);
        return std::nullopt;
    }
    return value;
}

std::optional<double> Command::secondsFrom(const QCommandLineParser& parser,
                                           const QCommandLineOption& option, Console& console) const
{
    bool isNumber = false;
    const QString text = parser.value(option);
    const double value = text.toDouble(&isNumber);
    // NaN passes every comparison.
    if (!isNumber || !startsAndEndsWithADigit(text) || !std::isfinite(value) || value < 0.001 ||
        value > 3600) {
        usageError(tr("--%1 takes a number of seconds from 0.001 to 3600.")
                       .arg(option.names().constFirst()),
                   console);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Command::nowFrom(const QCommandLineParser& parser,
                                       const QCommandLineOption& now, Console& console) const
{
    if (!parser.isSet(now))
        return QDateTime::currentSecsSinceEpoch();
    bool isNumber = false;
    const qint64 value = parser.value(now).toLongLong(&isNumber);
    if (!isNumber) {
        usageError(tr("--now takes a Unix time in seconds, not \"%1\".")
                       .arg(UntrustedText::forDisplay(parser.value(now), maxQuotedArgument)),
                   console);
        return std::nullopt;
    }
    return value;
}

QCommandLineOption Command::configOption()
{
    return QCommandLineOption(QStringLiteral("config"), tr("The community configuration."),
                              QStringLiteral("FILE"));
}

std::optional<QByteArray> Command::readTokenArgument(const QString& argument,
                                                     Console& console) const
{
    // A token is read the same way from either: a byte order mark (a file saved by some
    // Windows editors), then white space around it, are dropped.
    const auto tokenOf = [](QByteArray bytes) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        return bytes.trimmed();
    };
    if (argument != QLatin1String("-"))
        return tokenOf(argument.toUtf8());
    // Two bytes of slack for a final line break, so that a token of the maximum size is not
    // refused for it.
    const BoundedInput input = BoundedInputReader::read(argument, JwtVerifier::maxTokenSize + 2);
    if (input.error) {
        printMessage(console, *input.error);
        return std::nullopt;
    }
    return tokenOf(input.bytes);
}

std::optional<JsonValue> Command::readJsonObject(const QString& path, Console& console) const
{
    constexpr qint64 maxObjectSize = 1024 * 1024;
    const BoundedInput input = BoundedInputReader::read(path, maxObjectSize);
    if (input.error) {
        printMessage(console, *input.error);
        return std::nullopt;
    }
    if (input.exceeds(maxObjectSize)) {
        printMessage(console, tr("%1 is larger than 1 MiB.").arg(fileLabel(path)));
        return std::nullopt;
    }
    JsonParseResult parsed = parseJson(input.bytes);
    if (parsed.error) {
        printMessage(console, notValidJsonMessage(fileLabel(path), *parsed.error));
        return std::nullopt;
    }
    if (!parsed.value->isObject()) {
        printMessage(console, tr("%1 does not hold a JSON object.").arg(fileLabel(path)));
        return std::nullopt;
    }
    return std::move(parsed.value);
}

} // namespace engage
