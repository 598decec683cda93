#pragma once

#include "api/api_client.h"
#include "api/api_command.h"
#include "api/api_error.h"
#include "command.h"
#include "config/config_diff.h"
#include "config/config_file.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace engage {

// What communities, pull, diff and push share: the server options (--server, --token-file or
// ENGAGE_API_TOKEN, --ca-file, --max-in-flight, --timeout, --attempts), the API client, running an
// API command to its end, and the exit codes of SPEC §5 for API errors.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::SyncCommand)

protected:
    SyncCommand();

    void addServerOptions(QCommandLineParser& parser, bool withCommunity);
    // --community ID as a filter that may be left out (sources).
    void addOptionalCommunity(QCommandLineParser& parser) const { parser.addOption(m_community); }
    // Reads the server options and makes the client; the exit code when it cannot.
    std::optional<int> connectToServer(const QCommandLineParser& parser, Console& console);
    ApiClient& client() const { return *m_client; }
    QString communityId(const QCommandLineParser& parser) const;

    // Runs the command in QCoreApplication's event loop until it finishes.
    static void runToEnd(ApiCommand& command);
    // Prints the error on standard error and returns its exit code: 1 for settings the
    // server refused, 2 for a bad URL or CA file, 3 for a conflict, 4 for every network and
    // authentication failure, 5 for a server without the settings extension (SPEC §6.2).
    int reportError(const ApiError& error, Console& console) const;

    // A configuration file to compare or push; its diagnostics go to standard error.
    // std::nullopt (with the exit code) when it cannot be read at all, or, with requireValid,
    // when it has errors.
    struct LocalFile
    {
        std::optional<ConfigLoadResult> loaded;
        int exitCode = 0;
    };
    LocalFile loadLocal(const QString& path, bool requireValid, Console& console) const;

    // The differences, one line each, or a sentence saying there are none.
    static void printChanges(QTextStream& stream, const ConfigChanges& changes);

private:
    QCommandLineOption m_server;
    QCommandLineOption m_community;
    bool m_requiresCommunity = false; // --community was added, and is then required
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_caFile;
    QCommandLineOption m_maxInFlight;
    QCommandLineOption m_timeout;
    QCommandLineOption m_attempts;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace engage
