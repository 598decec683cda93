#pragma once

#include "config/community_config.h"
#include "config/config_file.h"
#include "json/json_value.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace engage {

// Standard output for results, standard error for errors and progress.
struct Console
{
    Q_DECLARE_TR_FUNCTIONS(engage::Console)

public:
    QTextStream out{stdout};
    QTextStream err{stderr};

    // Flushes standard output. A translated error when any of it could not be written (a full
    // disk, /dev/full, a closed descriptor): a script must not take a cut result for a whole one.
    std::optional<QString> finishOutput();
};

// engagectl's language: the translation of `locale` built into the program, or English (with
// its plural forms) for a language it has none of. Replaces the language spoken before.
void speakLanguage(const QLocale& locale);

// An argument that is not what was expected is quoted in messages up to this length.
constexpr qsizetype maxQuotedArgument = 40;

// While it lives, engagectl speaks English with C numbers and lists, as its machine-readable
// output (--json, --batch, --format json) does in every locale, so that the output is the same
// for every script that reads it; the user's language is back after it, for the messages on
// standard error. Inactive when constructed with false, for a command printing sentences.
class MachineReadableLanguage
{
public:
    explicit MachineReadableLanguage(bool active);
    ~MachineReadableLanguage();
    MachineReadableLanguage(const MachineReadableLanguage&) = delete;
    MachineReadableLanguage& operator=(const MachineReadableLanguage&) = delete;

private:
    std::optional<QLocale> m_userLocale;
    std::optional<std::string> m_userMessagesLocale; // the C library's LC_MESSAGES
    // The user's translations, set aside rather than deleted and loaded again: validate --json
    // switches for every file.
    std::vector<std::unique_ptr<QTranslator>> m_userTranslators;
};

// One engagectl subcommand. run() gets the arguments after the subcommand's name and
// returns the process exit code (ExitCode).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments, Console& console) = 0;

protected:
    // Adds --help (and --json when asked), parses, and handles --help and usage errors.
    // Returns the exit code when the command must stop there.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                             Console& console) const;

    // The standard --json option, shared by the commands that have machine-readable output.
    static QCommandLineOption jsonOption();

    int usageError(const QString& message, Console& console) const;

    // "engagectl <command>: <message>" and a line break on standard error: the one shape of a
    // command's own messages. The pattern is translated whole, so that French puts its
    // non-breaking space before the colon.
    void printMessage(Console& console, const QString& message) const;

    // Standard input is read to its end once: when more than one of a command's inputs (its
    // file arguments and the values of its input options, such as --config) is "-", the exit
    // code after a usage error; the second reader would get nothing and take it for an input.
    std::optional<int> refuseStandardInputTwice(const QStringList& inputs, Console& console) const;
    // The exit code, after a usage error message, when `output` is one of `inputs` (the same
    // file, through any link): writing it would replace what the command reads (kit --out over
    // its configuration, a report over its token log).
    std::optional<int> refuseOutputOverInput(const QString& output, const QStringList& inputs,
                                             Console& console) const;

    // The one way a command reads a configuration file's bytes: when the file cannot be read
    // (missing, a directory, no permission), the error naming it is printed to standard error
    // and is in the result (exit code 2).
    BoundedInput readConfigReportingError(const QString& path, Console& console) const;
    // The one way a command loads a configuration file: read as above, loaded, with its
    // diagnostics printed to standard error under the file's name; std::nullopt after saying
    // why when the file cannot be read (exit code 2). What a load without a configuration
    // means is the caller's to say.
    std::optional<ConfigLoadResult> loadConfigReportingDiagnostics(const QString& path,
                                                                   Console& console) const;
    // The same, for a command that needs the configuration: without one, after saying why, the
    // exit code: 2 when the file cannot be read, 1 when it holds no configuration (empty, not
    // JSON, too large), since such a file is invalid, as validate says.
    struct LoadedConfigFile
    {
        std::optional<ConfigLoadResult> loaded; // its config is set
        int exitCode = 0;
    };
    LoadedConfigFile loadConfigFile(const QString& path, Console& console) const;
    // The configuration named by --config, loaded as above; one with errors is used, after a
    // message saying that its keys with errors verify and sign nothing.
    struct LoadedConfig
    {
        std::optional<CommunityConfig> config;
        int exitCode = 0;
    };
    LoadedConfig loadConfig(const QString& path, Console& console) const;
    // The same for a command that refuses a configuration with errors: after the diagnostics,
    // `refusal` (a translated sentence saying why) is printed, exit code 1.
    LoadedConfig loadValidConfig(const QString& path, const QString& refusal,
                                 Console& console) const;

    // --now UNIX, or the system clock when the option is not set; std::nullopt after a usage
    // error message when the value is not a whole number.
    std::optional<qint64> nowFrom(const QCommandLineParser& parser, const QCommandLineOption& now,
                                  Console& console) const;
    static QCommandLineOption nowOption();
    // --threads N for the commands that verify on every core: one per core when not set;
    // std::nullopt after a usage error message when N is not a whole number from 1 to 256.
    std::optional<int> threadCountFrom(const QCommandLineParser& parser,
                                       const QCommandLineOption& threads, Console& console) const;
    // The option's value as a whole number from `lowest` to `highest`; std::nullopt after a
    // usage error message naming the option and the range when it is anything else.
    std::optional<int> wholeNumberFrom(const QCommandLineParser& parser,
                                       const QCommandLineOption& option, int lowest, int highest,
                                       Console& console) const;
    // The option's value as a number of seconds from 0.001 (below a millisecond a time limit
    // would round to none) to 3600; std::nullopt after a usage error message otherwise.
    std::optional<double> secondsFrom(const QCommandLineParser& parser,
                                      const QCommandLineOption& option, Console& console) const;
    // --config FILE, the community configuration of the signed-identity commands.
    static QCommandLineOption configOption();

    // A token given as an argument, or "-" for the whole of standard input with surrounding
    // white space and a leading UTF-8 byte order mark removed. std::nullopt after an error message
    // when standard input cannot be read. A token too long for the verifier stays too long, so it
    // is refused by its size.
    std::optional<QByteArray> readTokenArgument(const QString& argument, Console& console) const;

    // A JSON file (or "-") that must hold one object, such as a payload or an identity; at most
    // 1 MiB. std::nullopt after an error message that names the file and, for bad JSON, where.
    std::optional<JsonValue> readJsonObject(const QString& path, Console& console) const;

private:
    LoadedConfig loadCommunityConfig(const QString& path, const std::optional<QString>& refusal,
                                     Console& console) const;
};

} // namespace engage
